import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { laterOrdinaryTexts, laterSensitiveTexts, ordinaryTexts, sensitiveTexts } from "./privacy-credential-id-review-texts.js";

// Session 49 review-b (issue #15): the day's credential, id and probe rules on ordinary texts they might misread and on
// sensitive variants they should catch, in 13 languages. Texts in privacy-credential-id-review-texts.ts.
const scanner = createPrivacyScanner();
const describeFindings = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);

/** A Polish NIP said to be a firm's ("NIP firmy …"): a company's tax number, read as a person's today. */
const COMPANY_NIP = "NIP firmy 123-456-32-18 jest na fakturze.";

describe("review-b: ordinary product, booking, document and idiom texts", () => {
  it("raise no finding (except the known company NIP)", () => {
    const alarms = [...ordinaryTexts, ...laterOrdinaryTexts]
      .filter((text) => text !== COMPANY_NIP)
      .flatMap((text) => describeFindings(text).map((finding) => `${finding} ← ${text}`));
    expect(alarms).toEqual([]);
  });

  it("the copula after an access code's label is no code: the code after it is read", () => {
    expect(describeFindings("The guest code is 8mk2-qx7z for tonight.")).toEqual(["password:8mk2-qx7z"]);
    expect(describeFindings("The voucher code on the back of the gift card is GC4K-9PLM-2QRT.")).toEqual([]);
  });

  // Closed in session 51: a NIP whose label names a firm, an employer or a seller (east-european.ts) is theirs.
  it("a Polish NIP said to be a firm's is no person's number", () => {
    expect(describeFindings(COMPANY_NIP)).toEqual([]);
  });
});

describe("review-b: sensitive variants", () => {
  it.each([...sensitiveTexts, ...laterSensitiveTexts])("%s → %s", (text, category) => {
    expect(scanner.scan(text).map((finding) => finding.category)).toContain(category);
  });

  // Closed in session 52 (labelled-identifiers.ts HOLDER_GAP): "de"/"of"/"cha" and up to three words naming the holder
  // before the colon; not a company's or an example's, and not "cédula y celular de …" (a phone told after both words).
  it.each(["Cédula de mi hermana Lucía: 1020456789", "DNI de mi padre: 34582917", "Kitambulisho cha mama yangu: 27485310"])(
    "an id card's number after the holder's name and a colon: %s",
    (text) => {
      expect(scanner.scan(text).map((finding) => finding.category)).toContain("national_id");
    },
  );
  it.each(["Cédula y celular de Lucía: 3001234567", "Cédula de la empresa: 900123456", "Cédula de ejemplo: 1020456789"])(
    "no id card's number after a phone's, a company's or an example's words: %s",
    (text) => {
      expect(scanner.scan(text).map((finding) => finding.category)).not.toContain("national_id");
    },
  );
});
