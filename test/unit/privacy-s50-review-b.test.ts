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

/** Known false alarms, each with its reason (left for a later session). */
const KNOWN_ALARMS: Record<string, string> = {
  // identifier-formats.ts reads each repeated test code as a recovery code (not a session-50 rule).
  "Recovery codes in our test fixture:\n1111-1111\n2222-2222\n3333-3333\n4444-4444": "repeated test codes",
  // labelled-identifiers.ts takes the first postal code after "codes" (not a session-50 rule).
  "Backup codes for the postal regions:\n10115 Berlin\n20095 Hamburg\n80331 München\n50667 Köln": "postal codes",
  // Marie Curie is not in the well-known people's list; a named possessive could be a private person's too.
  "Security questions are weak. Marie Curie's city of birth: Warsaw is public.": "public figure's birthplace",
  // "ideas for our app" is no documentation cue; the second label is dropped by "book" (a fiction cue) before it.
  "Security question ideas for our app: favourite book: Dune, favourite film: Alien.": "product ideas",
};

/**
 * Closed in session 51 (now in the plain tests above): the Hindi test OTP (Indian scripts' demo and sample words are
 * documentation cues), the merchant's and the trust's UPI ids (payment-receipts.ts reads an organisation's word); and
 * below, "Answer:" / "Respuesta:" after the question, "the security answer (for the … account) is …", 8-digit Wi-Fi keys
 * right after their frame, the Telugu OTP.
 */

/** Known bypasses, each with its reason. */
const KNOWN_MISSES: Record<string, string> = {
  // A percent-encoded cookie value after "session_id=" in a Cookie header.
  "Cookie: session_id=a8F3kL9xQ2%2Bz7Vn4Rt6Wm1Yp": "percent-encoded cookie",
  // Turkish "API anahtarım" (my API key) is not a prose key label.
  "API anahtarım 4Tz8Kq2Lm9Xv7Rw3Np6Bc1Dh, neden hata veriyor?": "Turkish API key",
};

const findings = (text: string) => scanner.scan(text).map((finding) => `${finding.rule}:${text.slice(finding.start, finding.end)}`);

describe("review b: hard negatives raise no finding", () => {
  it.each(negatives.filter((text) => !(text in KNOWN_ALARMS)))("%s", (text) => {
    expect(findings(text)).toEqual([]);
  });
  it.fails.each(Object.keys(KNOWN_ALARMS))("known false alarm: %s", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("review b: positives are found", () => {
  it.each(positives.filter((text) => !(text in KNOWN_MISSES)))("%s", (text) => {
    expect(findings(text)).not.toEqual([]);
  });
  it.fails.each(Object.keys(KNOWN_MISSES))("known bypass: %s", (text) => {
    expect(findings(text)).not.toEqual([]);
  });
});
