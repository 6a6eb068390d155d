import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { datedLine } from "../../src/privacy/detectors/statement-lines.js";
import { REGEX_SPACES } from "../../src/privacy/regex-space.js";
import { forgetDigitRuns } from "../../src/privacy/digit-runs.js";

// Session 54 (issue #15, speed): whole-text searches replaced by exact gates (keyword pass, digit runs, line starts).
// Findings identical to session 53's (scripts/privacy-same-findings.ts); these pin the forms each gate must let through.
describe("session 54 speed gates", () => {
  const scanner = createPrivacyScanner();
  const found = (text: string) => scanner.scan(text).map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`);

  it("still reads what the gated walks found", () => {
    expect(found("My national insurance number is AB 12 34 56 C.")).toEqual(["uk-nino:AB 12 34 56 C"]);
    expect(found("NI number: AB-123456-C please")).toEqual(["uk-nino:AB-123456-C"]);
    expect(found("Пациентка Ольга Смирнова, диагноз: сахарный диабет.")).toEqual(["named-person-clinical-label:сахарный диабет"]);
    expect(found("Hi Anna Smith,\nyour diabetes results are back.")).toEqual(["named-person-condition:diabetes"]);
    expect(found("شارع الملك فهد، مبنى 12")).toEqual(["address-ar:شارع الملك فهد، مبنى 12"]);
    expect(found("Statement for John Smith\n12/11 PRLV SEPA LOYER -890,00\n14/11 CB CARREFOUR -54,20")).toEqual([
      "statement-line-amount:-890,00",
      "statement-line-amount:-54,20",
    ]);
    expect(found("John Smith owes $1,950 in arrears.")).toEqual(["named-person-amount:$1,950"]);
  });

  it("spells every \\s character after the stems that need one", () => {
    const spaces = REGEX_SPACES.join("");
    expect(/^\s+$/.test(spaces)).toBe(true);
    for (let code = 0; code < 0x10000; code++) if (/\s/.test(String.fromCharCode(code))) expect(spaces).toContain(String.fromCharCode(code));
  });

  it("answers the dated-line test as the earlier whole-text search on random texts", () => {
    const earlier = /\n[ \t]*\d{1,2}(?:[/.]\d{1,2}[ \t/.]|[ -][A-Za-z]{3}[ \t-])/;
    const pieces = ["\n", " ", "\t", "1", "12", "123", "/", ".", "-", "Jan", "ab", "x", "\r"];
    let seed = 54;
    const next = (limit: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 16) % limit);
    for (let round = 0; round < 4000; round++) {
      let text = "";
      for (let count = next(14); count > 0; count--) text += pieces[next(pieces.length)];
      expect(datedLine(text), JSON.stringify(text)).toBe(earlier.test(text));
      forgetDigitRuns();
    }
  });
});
