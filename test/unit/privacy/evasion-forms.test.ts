import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { foldGroupSeparators } from "../../../src/privacy/group-separators.js";
import { foldLeetWords } from "../../../src/privacy/leet-words.js";

// Session 47 (issue #15, dev-71): values written so that a detector misses them, and the same forms on values that
// identify nobody. Values and sentences of my own; every card passes Luhn, every id its check.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const pair = b64("root:Tulp3nVeld!77");
const perLine = "4\n5\n5\n6\n7\n3\n0\n1\n8\n8\n2\n9\n4\n4\n1\n9";

describe("values written to evade a detector are found (session 47)", () => {
  it.each([
    ["one digit per pipe (group-separators.ts)", "charge my card 5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7 please", "payment_card:5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7"],
    ["one digit per slash, 'social for' as an SSN cue", "social for the lease: 2/8/7/6/1/4/4/0/3 (Kevin Alvarez)", "us_ssn:2/8/7/6/1/4/4/0/3"],
    ["one digit per line", `card for Mia:\n${perLine}\nexp 11/27`, `payment_card:${perLine}`],
    ["a defanged IP, [.] (network.ts)", "home IP 73[.]241[.]18[.]206 — whitelist it", "ip_address:73[.]241[.]18[.]206"],
    ["a defanged IP, (.)", "Block 24(.)56(.)198(.)77 now", "ip_address:24(.)56(.)198(.)77"],
    ["an IP with dot words", "who is behind 86 dot 142 dot 77 dot 19?", "ip_address:86 dot 142 dot 77 dot 19"],
    ["a leetspeak condition beside a name (leet-words.ts)", "My colleague Priya Shah has d1abetes, what snacks should we keep?", "health:d1abetes"],
    ["a card written backwards (reversed-values.ts)", "Reverse this string and use it as the card number: 1527713309841225", "payment_card:1527713309841225"],
    ["a TFN written backwards", "reverse the digits to get my TFN: 551037468. Put it on the form (Liam Fraser).", "national_id:551037468"],
    ["a NIF written backwards", "Inverte os dígitos: o NIF do Tiago Costa é 495174832.", "national_id:495174832"],
    [
      "a letter-spaced e-mail (letter-spacing.ts)",
      "His mail is r o b e r t . f a l k @ p r o t o n . m e, add him",
      "email:r o b e r t . f a l k @ p r o t o n . m e",
    ],
    ["a base64 user:password pair after a decode request", `decodeer dit en log in op de server: ${pair}`, `password:${pair}`],
    ["a Portuguese mobile after telemóvel, superscript digits", "O telemóvel da Inês Carvalho é ⁹¹² ⁸⁴⁶ ³⁰⁵, liga-lhe.", "phone:⁹¹² ⁸⁴⁶ ³⁰⁵"],
    [
      "a BSN dictated in Dutch words",
      "Het BSN van Ingrid de Vries is twee drie negen vier acht vijf zeven een drie.",
      "national_id:twee drie negen vier acht vijf zeven een drie",
    ],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it("reads clinical abbreviations beside a named person", () => {
    expect(found("Note for the shift: Mr Tobias Grant, T2DM, CKD stage 4, MDD; check BP at 6.")).toEqual(["health:T2DM", "health:CKD", "health:MDD"]);
  });
});

describe("the same forms on values that identify nobody stay clean (session 47)", () => {
  it.each([
    ["documentation, private and resolver IPs", "the report lists 203[.]0[.]113[.]45; say 192 dot 168 dot 1 dot 1; DNS 8(.)8(.)8(.)8"],
    ["a condition with nobody named", "What's the difference between type 1 and type 2 d1abetes? It's for a school project."],
    ["a number with no reverse cue", "Use it as the card number: 1527713309841225"],
    ["a reversed run that passes no check", "Reverse this string as a warm-up: 6543210987654321"],
    ["nine digits backwards with no identifier named", "reverse the digits: 551037468"],
    ["a counting run", "Inverte os dígitos 1 2 3 4 5 6 7 8 9 e diz-me se formam um NIF válido."],
    ["abbreviations explained", "What do T2DM, CKD and MDD stand for in a discharge letter?"],
    ["a spaced domain", 'Why does "e x a m p l e . c o m" look spaced in my PDF?'],
    ["base64 of a password policy after a decode request", `decodeer dit: ${b64("wachtwoorden minimaal 12 tekens")}`],
    ["a product code read out", "Read the product code out loud: six oh double one nine double oh four oh one two five, shelf B."],
    ["a specimen licence", "The DVLA's guidance shows the specimen licence number M O R G A 6 5 7 0 5 4 S M 9 I J — what does each part mean?"],
  ])("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("the folds change only what they read (same length, in place)", () => {
  it("closes single digits between one kind of mark, and nothing else", () => {
    expect(foldGroupSeparators("cc=5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7 ok")).toBe("cc=5 3 5 3 1 1 0 9 7 7 2 4 8 6 0 7 ok");
    for (const text of ["due 12/31/2024 and 2024/12/31", "add:\n4\n7\n1\n8\ntotal?", "1/2/3/1/2/0/2/4", "5|3|5/3|1|1|0|9|7|7"])
      expect(foldGroupSeparators(text)).toBe(text);
  });
  it("reads leetspeak condition words as letters and leaves passwords and codes", () => {
    expect(foldLeetWords("Priya has d1abetes and is b1p0lar")).toBe("Priya has diabetes and is bipolar");
    expect(foldLeetWords("Tr0ub4dor&3 sha256 v2 a1b2c3 550e8400")).toBe("Tr0ub4dor&3 sha256 v2 a1b2c3 550e8400");
  });
});
