import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { foldGroupSeparators } from "../../../src/privacy/group-separators.js";
import { foldLeetWords } from "../../../src/privacy/leet-words.js";

// Session 47 (issue #15, dev-71): values written so that a detector misses them, and the same forms on values that
// identify nobody. Values and sentences of my own; every card passes Luhn, every id its check.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const expectClean = (...texts: string[]) => expect(texts.filter((text) => found(text).length > 0)).toEqual([]);

describe("single digits between pipes, slashes or line breaks (group-separators.ts)", () => {
  it("reads nine to nineteen single digits as a spaced value, in place", () => {
    expect(foldGroupSeparators("cc=5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7 ok")).toBe("cc=5 3 5 3 1 1 0 9 7 7 2 4 8 6 0 7 ok");
    expect(found("charge my card 5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7 please")).toEqual(["payment_card:5|3|5|3|1|1|0|9|7|7|2|4|8|6|0|7"]);
    expect(found("social for the lease: 2/8/7/6/1/4/4/0/3 (Kevin Alvarez)")).toEqual(["us_ssn:2/8/7/6/1/4/4/0/3"]);
    expect(found("card for Mia:\n4\n5\n5\n6\n7\n3\n0\n1\n8\n8\n2\n9\n4\n4\n1\n9\nexp 11/27")).toEqual([
      "payment_card:4\n5\n5\n6\n7\n3\n0\n1\n8\n8\n2\n9\n4\n4\n1\n9",
    ]);
  });
  it("leaves dates, short runs and mixed separators as written", () => {
    for (const text of ["due 12/31/2024 and 2024/12/31", "add:\n4\n7\n1\n8\ntotal?", "1/2/3/1/2/0/2/4", "5|3|5/3|1|1|0|9|7|7"])
      expect(foldGroupSeparators(text)).toBe(text);
  });
});

describe("defanged and dictated IPv4 addresses (network.ts)", () => {
  it("reads [.], (.), [dot] and dot between the numbers of a public address", () => {
    expect(found("home IP 73[.]241[.]18[.]206 — whitelist it")).toEqual(["ip_address:73[.]241[.]18[.]206"]);
    expect(found("Block 24(.)56(.)198(.)77 now")).toEqual(["ip_address:24(.)56(.)198(.)77"]);
    expect(found("who is behind 86 dot 142 dot 77 dot 19?")).toEqual(["ip_address:86 dot 142 dot 77 dot 19"]);
  });
  it("keeps documentation, private and resolver addresses out", () => {
    expectClean("the report lists 203[.]0[.]113[.]45", "say 192 dot 168 dot 1 dot 1", "DNS 8(.)8(.)8(.)8");
  });
});

describe("leetspeak condition words (leet-words.ts)", () => {
  it("reads a condition word written with digits, in place", () => {
    expect(foldLeetWords("Priya has d1abetes and is b1p0lar")).toBe("Priya has diabetes and is bipolar");
    expect(found("My colleague Priya Shah has d1abetes, what snacks should we keep?")).toEqual(["health:d1abetes"]);
  });
  it("leaves passwords, codes and condition words with nobody named as they are", () => {
    expect(foldLeetWords("Tr0ub4dor&3 sha256 v2 a1b2c3")).toBe("Tr0ub4dor&3 sha256 v2 a1b2c3");
    expectClean("What's the difference between type 1 and type 2 d1abetes? It's for a school project.");
  });
});

describe("numbers written backwards with an instruction to reverse them (reversed-values.ts)", () => {
  it("reports a card or identifier that passes its check only backwards", () => {
    expect(found("Reverse this string and use it as the card number: 1527713309841225")).toEqual(["payment_card:1527713309841225"]);
    expect(found("reverse the digits to get my TFN: 551037468. Put it on the form (Liam Fraser).")).toEqual(["national_id:551037468"]);
    expect(found("Inverte os dígitos: o NIF do Tiago Costa é 495174832.")).toEqual(["national_id:495174832"]);
  });
  it("needs the cue, the check and, for nine digits, the identifier's name", () => {
    expectClean(
      "Use it as the card number: 1527713309841225",
      "Reverse this string as a warm-up: 6543210987654321",
      "reverse the digits: 551037468",
      "Inverte os dígitos 1 2 3 4 5 6 7 8 9 e diz-me se formam um NIF válido.",
    );
  });
});

describe("other evasion forms", () => {
  it("reads clinical abbreviations beside a named person", () => {
    expect(found("Note for the shift: Mr Tobias Grant, T2DM, CKD stage 4, MDD; check BP at 6.")).toEqual(["health:T2DM", "health:CKD", "health:MDD"]);
    expectClean("What do T2DM, CKD and MDD stand for in a discharge letter?");
  });
  it("closes up a letter-spaced e-mail address, not a spaced domain", () => {
    expect(found("His mail is r o b e r t . f a l k @ p r o t o n . m e, add him")).toEqual(["email:r o b e r t . f a l k @ p r o t o n . m e"]);
    expectClean('Why does "e x a m p l e . c o m" look spaced in my PDF?');
  });
  it("reads a base64 user:password pair after a decode request", () => {
    const pair = b64("root:Tulp3nVeld!77");
    expect(found(`decodeer dit en log in op de server: ${pair}`)).toEqual([`password:${pair}`]);
    expectClean(`decodeer dit: ${b64("wachtwoorden minimaal 12 tekens")}`);
  });
  it("reads a Portuguese mobile after telemóvel, in superscript digits", () => {
    expect(found("O telemóvel da Inês Carvalho é ⁹¹² ⁸⁴⁶ ³⁰⁵, liga-lhe.")).toEqual(["phone:⁹¹² ⁸⁴⁶ ³⁰⁵"]);
  });
  it("reads a BSN dictated in Dutch words, not a product code read out", () => {
    expect(found("Het BSN van Ingrid de Vries is twee drie negen vier acht vijf zeven een drie.")).toEqual([
      "national_id:twee drie negen vier acht vijf zeven een drie",
    ]);
    expectClean("Read the product code out loud: six oh double one nine double oh four oh one two five, shelf B.");
  });
  it("takes a specimen licence for nobody's", () => {
    expectClean("The DVLA's guidance shows the specimen licence number M O R G A 6 5 7 0 5 4 S M 9 I J — what does each part mean?");
  });
});
