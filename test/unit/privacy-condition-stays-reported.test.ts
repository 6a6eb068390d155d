import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 42 review (issue #15) of s42-health's rules: the chat-export suppression of an unnamed relative's condition
 * (judgement/chat-relative-health.ts), the Arabic name cues, biometric hex ids. Probes an attacker or a user would write
 * against the suppression, and hard negatives. `it.fails` marks a gap left open (docs/privacy.md, "review of
 * s42-health"). Invented names and values.
 */
const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));
const W = "[05/12/2026, 20:20] Ana Souza: ";
const S = "2026-12-01 08:10 — Bea Lind: ";

describe("the condition stays reported", () => {
  it.each([
    ["the relative named in the next message", `${W}my cousin has leukemia\n[05/12/2026, 20:21] Ana Souza: her name is Marta Ferreira`],
    ["the relative named in an earlier message", `[05/12/2026, 20:19] Ana Souza: you know Marta Ferreira?\n${W}my cousin has leukemia`],
    ["the name on the message's next line", `${S}my cousin has ADHD\nhis name is Jules Okoro`],
    ["a name in capitals", `${W}my cousin MARTA FERREIRA has leukemia`],
    ["a name in Arabic script", `${W}my cousin فاطمة حسن has leukemia`],
    ["a name in Hangul", `${W}my cousin 김민준 has leukemia`],
    ["a surname as the first word", `${W}Ferreira, my cousin, has leukemia`],
    ["a possessive first word", `${W}Okoro's my cousin, he has leukemia`],
    ["'my doctor' (the sender's own)", `${W}my doctor says it is leukemia`],
    ["'my blood test'", `${W}my blood test shows diabetes, what now?`],
    ["'my oncologist'", `${W}my oncologist confirmed leukemia`],
    ["French 'mon médecin'", "[05/12/2026 20:20] Luc Morel: mon médecin dit que j'ai un cancer du sein"],
    ["Spanish 'mi médico'", "[05/12/2026 20:20] Ana Ruiz: mi médico dice que tengo diabetes"],
    ["Polish 'ma' (has)", "[05.12.2026, 20:20] Ola Nowak: ma ciężką depresję od roku"],
    ["the sender too ('and I both')", `${W}my mum and I both have diabetes`],
    ["the sender too ('I have … too')", `${W}my sister has diabetes and I have diabetes too`],
    ["a phone number in the message", `${W}my cousin has HIV, her number is +44 7911 123456`],
    ["a birth date in the message", `${W}my father, born 12/03/1948, has dementia`],
    ["an e-mail address in the message", `${W}my brother has HIV, write to rui.ferreira@gmail.com`],
    ["an SSN in a log line read as a header", "2026-12-05 08:10 - patient: my son has leukemia, ssn 412-67-3391"],
    ["an address in the message", `${W}my father has dementia, he lives at 14 Elm Street, Leeds`],
    ["a bracketed birth date, no time, as the 'timestamp'", "[12/03/1961] Marta Ferreira: my mother has leukemia"],
    ["a dotted birth date in brackets", "[12.03.1961] Marta Ferreira: my son has HIV"],
    ["a Telegram-like line with a birth date", "Marta Ferreira, [12.03.1961]\nmy son has HIV"],
    ["a Ukrainian relative named", "Оксана Мельник, [04.12.2026 18:25]\nмоя сестра Олена має діабет"],
    ["a named colleague", "Maya Chen (08:51): my colleague Priya has breast cancer"],
    ["a Monday in the message (capitalised word)", `${W}my chemo for breast cancer starts Monday`],
    ["the same words outside a chat export", "my cousin Marta Ferreira has leukemia"],
  ])("%s", (_name, text) => {
    expect(health(text)).not.toEqual([]);
  });

  it("a biometric hex id with a named person, and an Arabic bed number before a name", () => {
    expect(found('user="Brendan Whitty" vein_template=VT-52c9e1a07d3f4b88')).toEqual(["biometric:VT-52c9e1a07d3f4b88"]);
    expect(health("غرفة 12: سامي العلي عنده سكري")).toEqual(["health:سكري"]);
    expect(health("Тарас Коваль має перелом ноги")).toEqual(["health:перелом"]);
  });

  // Closed in session 44 (lower-case-names.ts): a lower-case given name after the kinship word names the relative.
  it("a lower-case name after the kinship word (closed in session 44)", () => {
    expect(health(`${W}my cousin marta ferreira has leukemia`)).not.toEqual([]);
  });
  it("a lower-case Ukrainian name (closed in session 44)", () => {
    expect(health("Оксана Мельник, [04.12.2026 18:25]\nмоя сестра олена мельник має діабет")).not.toEqual([]);
  });
});

describe("hard negatives: nothing reported", () => {
  it.each([
    ["Spanish grandmother", "[05/12/2026 20:20] Ana Ruiz: mi abuela tiene alzhéimer, ¿qué hago?"],
    ["Spanish aunt", "[05/12/2026 20:20] Ana Ruiz: mi tía tiene diabetes"],
    ["Italian mother", "[05/12/2026 20:20] Gino Rossi: mia madre ha il diabete, cosa può mangiare?"],
    ["Portuguese mother", "[05/12/2026 20:20] João Lima: minha mãe tem diabetes, o que ela pode comer?"],
    ["Dutch grandmother", "[05/12/2026 20:20] Sanne de Vries: mijn oma heeft dementie, tips?"],
    ["Polish grandmother", "[05.12.2026, 20:20] Ola Nowak: moja babcia ma cukrzycę, co jeść?"],
    ["Russian mother", "[05.12.2026 20:20] Ирина Петрова: моя мама болеет диабетом, что ей есть?"],
    ["Hinglish father", "[05/12/26, 9:10:02 PM] Rohit: mere papa ko diabetes hai, kya khana chahiye?"],
    ["Swedish grandmother", "[2026-12-05 20:20] Johanna Berg: min mormor har demens, tips?"],
    ["French grandmother", "[05/12/2026 20:20] Luc Morel: ma grand-mère a la maladie d'Alzheimer"],
    ["French mother", "[05/12/2026 20:20] Luc Morel: ma mère a un cancer du sein"],
    ["a friend's dad", `${W}my friend's dad has diabetes, what should he eat?`],
    ["a wife, Signal", `${S}my wife has breast cancer, how do I support her?`],
    ["an uncle's chemo", `${W}my uncle's chemo got moved again`],
    ["Vietnamese father", "[05/12/2026 20:20] Trần Minh: Bố tôi bị cao huyết áp"],
    ["a public figure", `${W}my cousin says Bruce Willis has dementia`],
    ["an Arabic city", "مدينة الرياض عندها مستشفى للسكري"],
    ["an Arabic common noun", "رجل السوق عنده سكري"],
    ["a Ukrainian question", "перелом руки: скільки заживає?"],
  ])("%s", (_name, text) => {
    expect(health(text)).toEqual([]);
  });

  it("a hex template id with no person", () => {
    expect(found("vein_template=VT-52c9e1a07d3f4b88 stored for record 4411")).toEqual([]);
    expect(found("commit VT-52c9e1a07d3f4b88 fixed the build")).toEqual([]);
  });
});
