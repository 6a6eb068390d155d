import { describe, expect, it } from "vitest";
import { createPrivacyScanner, createRedactionSession } from "../../src/privacy/index.js";
import { normalizeForScan } from "../../src/privacy/normalize.js";
import { found } from "./privacy-helpers.js";

describe("Unicode normalisation before detection (evasions from the server attack)", () => {
  it("finds a card number with zero-width characters inside, and the span covers the original characters", () => {
    const text = "card 4172\u200b9960\u200b8905\u200b6538 thanks";
    expect(found(text)).toEqual(["payment_card:4172\u200b9960\u200b8905\u200b6538"]);
  });
  it("finds full-width digits and a full-width at sign", () => {
    expect(found("card ４１７２ ９９６０ ８９０５ ６５３８")).toEqual(["payment_card:４１７２ ９９６０ ８９０５ ６５３８"]);
    expect(found("mail jane.doe＠gmail.com")).toEqual(["email:jane.doe＠gmail.com"]);
  });
  it("reads Arabic-Indic and Devanagari digits", () => {
    expect(found("My SSN is ٥٣٦-٢٢-١٢٣٤")).toEqual(["us_ssn:٥٣٦-٢٢-١٢٣٤"]);
  });
  it("redaction replaces the original characters, zero-width ones included", () => {
    const text = "write to ja\u200dne@gmail.com now";
    const findings = createPrivacyScanner().scan(text);
    expect(createRedactionSession().redact(text, findings)).toBe("write to [EMAIL_1] now");
  });
  it("maps spans through expansions and combining marks", () => {
    const original = "e\u0301 ① x";
    const normalized = normalizeForScan(original);
    expect(normalized.text).toBe("é 1 x");
    expect(normalized.toOriginal(2, 3)).toEqual([3, 4]);
    expect(normalized.toOriginal(0, 1)).toEqual([0, 2]);
  });
  it("leaves plain text untouched", () => {
    expect(normalizeForScan("plain ascii").changed).toBe(false);
  });
});
