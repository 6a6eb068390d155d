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
  ["id-format-fingerprint-template", 'CreateTemplate() returns a base64 template such as "Rk1SACAyMAAAAAFiAAABAAFAAMUAxQEAAAAoQ3BA".'],
  ["ocr-mrz-td3", `${"P«D««HUBER««ANNA".padEnd(44, "«")}\nC01X00T478D««6408125F2702283«««««««««««««««4`],
] as const;

const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

/** Documented examples the readers and judgement dropped whatever the option said (session 44, s44-testvalues2). */
const MORE_EXAMPLES = [
  ["encoded-base64", `config: ${Buffer.from(JSON.stringify({ access_token: JWT_IO })).toString("base64")}`],
  ["date-in-dob-column", "Please enter the patient's date of birth, e.g. 12/03/1990, in the form."],
  ["date-of-birth", "Anna Schmidt, date of birth 14/07/1985 (format DD/MM/YYYY)"],
  ["address-en", "John Doe, 42 Baker Road, Leeds LS6 2AB"],
  ["phone-national", "Max Mustermann, Telefon 030 84712345"],
  [
    "hl7-field",
    "MSH|^~\\&|A|B|C|D|202001011200||ADT^A01|1|P|2.5\nPID|1||4857213^^^HOSP^MR||TEST^PATIENT||19800512|M|||12 Oak Street^^Springfield^IL^62704||(217)555-0142",
  ],
  ["gedcom-birth", "0 @I1@ INDI\n1 NAME John /Doe/\n1 BIRT\n2 DATE 12 MAR 1985\n0 TRLR"],
  ["x12-segment", "ISA*00*          *00*          *ZZ*A*ZZ*B*200101*1200*^*00501*000000001*0*P*:~NM1*IL*1*DOE*JOHN****MI*W123456789~DMG*D8*19850312*M~"],
  [
    "cda-attribute",
    '<ClinicalDocument><recordTarget><patientRole><id extension="4857213" root="2.16.840.1.113883.19.5"/><patient><name><given>John</given><family>Doe</family></name><birthTime value="19850312"/></patient></patientRole></recordTarget></ClinicalDocument>',
  ],
  // A value right after a test or sample cue, and a text declaring its records synthetic (s44-testvalues3).
  ["phone-national", "Test phone number: 0151 23456789"],
  ["date-of-birth", "Synthetic patient records:\nMaria Keller, DOB 12/03/1985"],
] as const;

describe("readers' documented example values obey privacy.testValues (issue #15, session 44)", () => {
  it.each(EXAMPLES)("%s: not reported by default, reported with testValues: sensitive", (rule, text) => {
    expect(rules(byDefault, text)).not.toContain(rule);
    expect(rules(reportingTestValues, text)).toContain(rule);
  });

  // A decoded example credential, an example date, a placeholder person's contact details, a test patient's record,
  // a test-labelled phone number and a declared-synthetic record.
  it.each(MORE_EXAMPLES)("%s: not reported by default, reported with testValues: sensitive", (rule, text) => {
    expect(rules(byDefault, text)).toEqual([]);
    expect(rules(reportingTestValues, text)).toContain(rule);
  });
});
