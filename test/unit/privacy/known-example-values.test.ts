import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

const byDefault = createPrivacyScanner();
const reportingTestValues = createPrivacyScanner({ testValues: "sensitive" });
const rules = (scanner: typeof byDefault, text: string) => scanner.scan(text).map((finding) => finding.rule);

/** One documented example per reader that used to drop it itself: [reader's rule, text]. */
const EXAMPLES = [
  ["aws-access-key-id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE"],
  [
    "jwt",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  ],
  ["generic-secret-assignment", "totp_secret = JBSWY3DPEHPK3PXP"],
  ["biometric-value", "Example 23andMe format:\n# rsid\tchromosome\tposition\tgenotype\nrs4477212\t1\t82154\tAA"],
  ["named-person-lab-value", "Example patient Adam Everyman, glucose this morning 182 mg/dL"],
  ["ocr-mrz-td3", `${"P«D««HUBER««ANNA".padEnd(44, "«")}\nC01X00T478D««6408125F2702283«««««««««««««««4`],
] as const;

describe("readers' documented example values obey privacy.testValues (issue #15, session 44)", () => {
  it.each(EXAMPLES)("%s: not reported by default, reported with testValues: sensitive", (rule, text) => {
    expect(rules(byDefault, text)).not.toContain(rule);
    expect(rules(reportingTestValues, text)).toContain(rule);
  });
});
