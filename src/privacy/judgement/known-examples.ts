/**
 * Documented example values that readers used to drop themselves, where `privacy.testValues: sensitive` could not
 * undo the drop (issue #15, session 44): the readers report them, and the scanner drops them here unless the option
 * asks for documented test and example values. The windows are the readers' own, so default findings are unchanged:
 * - a provider token, JWT, TOTP seed or Basic credential published as an example (AWS `…EXAMPLE` keys, the jwt.io and
 *   RFC 7519 tokens, `JBSWY3DPEHPK3PXP`, Stripe's documented test key, RFC 7617's `dGVzdDoxMjPCow==`), by value
 *   (detectors/secrets.ts);
 * - a raw genotype row (`rs123 1 5000 AG`) with "example", "format", "e.g." in the 120 characters before it: a
 *   tutorial's sample row (detectors/biometric.ts, session 38);
 * - a named person's lab value with "example", "demo", "test patient", "sample:" in the 200 characters before or 120
 *   after it: a standard's example patient (detectors/clinical.ts, session 43);
 * - a fingerprint template (`FMR\0` in hex or base64) with "such as", "e.g.", "for example", "sample data" in the 120
 *   characters before or 80 after it: an SDK reference's sample (detectors/identifier-formats.ts, session 45);
 * - an OCR'd machine-readable zone of a published specimen passport or identity card (detectors/ocr-mrz.ts); any MRZ
 *   reader's zone in a paragraph that calls its document a specimen (session 53: specimen-documents.ts);
 * - the Spanish documentation DNI 12345678Z (any reader's) with a documentation or example word on its line, 80 characters either side
 *   (session 46): alone, people type it as their own number, so it is still reported (test-values.ts); the same for the
 *   English-speaking countries' documented numbers (session 50: SPECIMEN_IDS).
 * Constant work per finding.
 */
import { isDocumentedExampleSecret } from "../detectors/secrets.js";
import { SNP_EXPORT_LINE } from "../detectors/biometric.js";
import { isSpecimenMrz } from "../detectors/ocr-mrz.js";
import { isSpecimenDocumentZone } from "./specimen-documents.js";
import type { PrivacyFinding } from "../types.js";

/** An example or a file format before a raw-data line. */
const GENOTYPE_EXAMPLE_CUE = /(?<![\p{L}])(?:example|e\.g\.|for instance|format|looks like|beispiel|ejemplo|exemple|esempio|formato|przykład|пример)/iu;

/** A documentation cue near a fingerprint template (session 45, dev-62). */
const TEMPLATE_EXAMPLE_CUE =
  /(?<![\p{L}])(?:such as|e\.g\.|for example|for instance|sample (?:data|template|value|output|response)|example (?:template|value|output|response)|beispiel|ejemplo|exemple|esempio|przykład|пример)(?![\p{L}])/iu;

/** A documentation cue near a lab value. Not a bare "sample" (a blood sample is a patient's). */
const LAB_EXAMPLE_CUE =
  /(?<![\p{L}])(?:example|demo(?: data)?|dummy|specimen|test patient|synthetic|placeholder|sample(?= ?:| (?:data|message|patient|record|file|document|bundle|resource|oru|adt|cda))|beispiel|exemple|ejemplo|esempio|voorbeeld|przykład|пример)(?![\p{L}])/iu;

/** A documentation word beside the Spanish specimen DNI ("the DNI 12345678Z is the documentation example"). */
const DNI_EXAMPLE_CUE =
  /(?<![\p{L}])(?:documentation|documentación|docs?|examples?|ejemplos?|sample|muestra|placeholder|dummy|fake|ficticio|de prueba|specimen)(?![\p{L}])/iu;
/**
 * The Spanish DNI's, and (session 50, dev-84) the English-speaking countries' numbers that their documentation and every
 * validator tutorial print: the ATO's TFN 123 456 782, the Canadian SIN 046 454 286, Inland Revenue's IRD 49-091-850,
 * Revenue's PPSN 1234567T, HMRC's NINO QQ 12 34 56 C, the South African ID 8001015009087, the NRIC S1234567D and the
 * PAN ABCDE1234F. Alone, people type them as their own number too: only with a documentation word on the line.
 */
const SPECIMEN_IDS = new Set(["12345678Z", "123456782", "046454286", "49091850", "1234567T", "QQ123456C", "8001015009087", "S1234567D", "ABCDE1234F"]);
const NOT_ALPHANUMERIC = /[^0-9A-Za-z]/g;

/** The value's line, at most 80 characters either side. */
function lineWindow(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, Math.min(text.length, end + 80));
  return `${before.slice(before.lastIndexOf("\n") + 1)} ${after.split("\n")[0]!}`;
}

/** True when `finding` is a documented example value of the secrets, biometric or lab-value readers. */
export function isKnownExampleValue(text: string, finding: PrivacyFinding): boolean {
  if (isSpecimenDocumentZone(text, finding)) return true;
  const value = text.slice(finding.start, finding.end);
  switch (finding.rule) {
    case "biometric-value":
      return SNP_EXPORT_LINE.test(value) && GENOTYPE_EXAMPLE_CUE.test(text.slice(Math.max(0, finding.start - 120), finding.start));
    case "id-format-fingerprint-template":
      return TEMPLATE_EXAMPLE_CUE.test(text.slice(Math.max(0, finding.start - 120), Math.min(text.length, finding.end + 80)));
    case "named-person-lab-value":
      return LAB_EXAMPLE_CUE.test(text.slice(Math.max(0, finding.start - 200), Math.min(text.length, finding.end + 120)));
    case "ocr-mrz-td3":
    case "ocr-mrz-td1":
      return isSpecimenMrz(text, finding);
    default:
      if (finding.category === "national_id")
        return SPECIMEN_IDS.has(value.replace(NOT_ALPHANUMERIC, "").toUpperCase()) && DNI_EXAMPLE_CUE.test(lineWindow(text, finding.start, finding.end));
      return (
        (finding.category === "api_key" || finding.category === "jwt" || finding.rule === "authorization-basic") &&
        isDocumentedExampleSecret(finding.rule, value)
      );
  }
}
