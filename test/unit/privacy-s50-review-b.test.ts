import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import * as texts from "./privacy-s50-review-b-texts.js";

// Session 50 review b (issue #15): the session's backup-code lists, labelled security answers, digit Wi-Fi keys, secrets
// in prose and assignments, OTPs and PINs told in India's scripts and UPI ids, on hard negatives and positives written
// for the review (privacy-s50-review-b-texts.ts).
const scanner = createPrivacyScanner();
const GROUPS = ["backupCode", "securityAnswer", "wifi", "secret", "proseKey", "indic", "upi"] as const;
const table = texts as unknown as Record<string, string[]>;
const negatives = GROUPS.flatMap((group) => table[`${group}Negatives`]!);
const positives = GROUPS.flatMap((group) => table[`${group}Positives`]!);

/**
 * Closed in session 51 (now read by the plain tests below): the repeated test codes (a recovery code of one or two repeated
 * characters), the postal codes after "codes" (a postal word between label and value), the Hindi test OTP (Indian
 * scripts' demo and sample words are documentation cues), the merchant's and the trust's UPI ids (payment-receipts.ts
 * reads an organisation's word); and every known bypass: "Answer:" / "Respuesta:" after the question, "the security
 * answer (for the … account) is …", 8-digit Wi-Fi keys right after their frame, the percent-encoded session cookie
 * (secrets.ts names a session's id), the Turkish API key (prose-api-keys.ts), the Telugu OTP.
 * Closed in session 53: the two known false alarms, Marie Curie's birthplace declared public and a product's list of
 * security-question ideas (security-answers.ts).
 */

const findings = (text: string) => scanner.scan(text).map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`);

describe("review b: hard negatives raise no finding", () => {
  it.each(negatives)("%s", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("review b: positives are found", () => {
  it.each(positives)("%s", (text) => {
    expect(findings(text)).not.toEqual([]);
  });
});
