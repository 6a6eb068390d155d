/**
 * The two npm PII libraries used as baselines in `npm run eval:privacy`, wrapped to the scanner's
 * shape (spans with our category names):
 * - `@openredaction/openredaction` 1.0.4: `detect()` returns typed detections with positions.
 * - `redact-pii` 3.4.0 (SyncRedactor, built-in rules): returns only the redacted text, so spans are
 *   recovered by aligning the literal text between its placeholders (PERSON_NAME, PHONE_NUMBER …)
 *   with the original; a prompt counts as flagged when any text was replaced.
 * Their types are mapped to the closest of our categories; unmapped types keep their own name
 * (they still flag the prompt, and count as wrong-category spans).
 */
import { OpenRedaction } from "@openredaction/openredaction";
import { SyncRedactor } from "redact-pii";
import type { PrivacyFinding } from "../../src/privacy/index.js";

const TYPE_TO_CATEGORY: Array<[RegExp, string]> = [
  [/EMAIL/i, "email"],
  [/PHONE|MOBILE|TEL/i, "phone"],
  [/CREDIT_CARD|CARD/i, "payment_card"],
  [/IBAN/i, "iban"],
  [/SSN|SOCIAL_SECURITY|US_SOCIAL/i, "us_ssn"],
  [/PASSPORT/i, "passport"],
  [/IP(?:V[46])?_?ADDRESS|^IPV?[46]?$/i, "ip_address"],
  [/ADDRESS|STREET|ZIP|POSTCODE|POSTAL/i, "street_address"],
  [/DOB|BIRTH/i, "date_of_birth"],
  [/MRN|MEDICAL|NHS|PATIENT|HEALTH/i, "medical_record"],
  [/ROUTING|ACCOUNT|BANK|SORT_CODE/i, "bank_account"],
  [/PRIVATE_KEY/i, "private_key"],
  [/JWT/i, "jwt"],
  [/PASSWORD/i, "password"],
  [/CONNECTION|DATABASE_URL|DB_URL/i, "connection_string"],
  [/API|TOKEN|SECRET|KEY/i, "api_key"],
  [/NATIONAL|TAX|NINO|NI_NUMBER|AADHAAR|PAN|DNI|NIE|NIF|INSEE|CPF|SIN|ID_CARD|ID_NUMBER|DRIVER|LICEN/i, "national_id"],
];

export function mapBaselineType(type: string): string {
  for (const [pattern, category] of TYPE_TO_CATEGORY) if (pattern.test(type)) return category;
  return type.toLowerCase();
}

export function createOpenRedactionScan(): (text: string) => PrivacyFinding[] {
  const detector = new OpenRedaction();
  return (text) => {
    const result = detector.detect(text) as unknown as { detections: Array<{ type: string; position: [number, number] }> };
    return result.detections.map((detection) => ({
      category: mapBaselineType(detection.type),
      start: detection.position[0],
      end: detection.position[1],
      rule: detection.type,
    }));
  };
}

const REDACT_PII_PLACEHOLDER = /\b(?:[A-Z]+_)+[A-Z]+\b|\bDIGITS\b|\bURL\b/g;

export function createRedactPiiScan(): (text: string) => PrivacyFinding[] {
  const redactor = new SyncRedactor();
  return (text) => {
    const redacted = redactor.redact(text);
    if (redacted === text) return [];
    const findings: PrivacyFinding[] = [];
    let cursor = 0;
    let last = 0;
    let pending: string | undefined;
    const close = (literal: string) => {
      const at = literal.length === 0 ? text.length : text.indexOf(literal, cursor);
      if (pending !== undefined && at > cursor) findings.push({ category: mapBaselineType(pending), start: cursor, end: at, rule: pending });
      cursor = at >= 0 ? at + literal.length : cursor;
    };
    REDACT_PII_PLACEHOLDER.lastIndex = 0;
    for (let match = REDACT_PII_PLACEHOLDER.exec(redacted); match !== null; match = REDACT_PII_PLACEHOLDER.exec(redacted)) {
      const literal = redacted.slice(last, match.index);
      if (pending !== undefined && literal.length === 0) {
        last = match.index + match[0].length; // two placeholders in a row: one span
        continue;
      }
      if (pending === undefined) {
        const at = text.indexOf(literal, cursor);
        cursor = at >= 0 ? at + literal.length : cursor;
      } else close(literal);
      // An all-caps word that is in the original at this point was not a placeholder.
      if (text.startsWith(match[0], cursor)) {
        cursor += match[0].length;
        pending = undefined;
      } else pending = match[0];
      last = match.index + match[0].length;
    }
    if (pending !== undefined) close(redacted.slice(last));
    if (findings.length === 0) findings.push({ category: "other", start: 0, end: 0, rule: "redact-pii-changed-text" });
    return findings;
  };
}
