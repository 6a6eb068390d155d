/**
 * Documentation cues before a told value (issue #15, session 44; the cue list from session 43's dev-49 detectors):
 * "RFC 6238 test secret: …", "Vorlage für Gäste: WLAN-Schlüssel …", "短信模板：验证码是…". Such a value is a documented
 * example, nobody's (docs/privacy.md policy), so the scanner drops it unless `privacy.testValues: sensitive` asks for
 * documented test and example values. Judged here, not in the detectors, on the value's own sentence or clause only:
 * at most 80 characters back, stopping at a sentence end (`.`, `!`, `?` and a space; `。！？`), a blank line or a list
 * item's line start, so a cue in an earlier sentence ("See the docs. My door code is 4821") hides nothing.
 * Two readers' own cues moved here too (session 44 audit, same drops as before): an OCR'd card on a line that calls it a
 * demo or an example ("the Luhn demo value SOlO 1234 …", session 42), and a Wi-Fi key label's value with a manual's
 * note after it ("CHANGEME1 (default, change on first login)", "… aus dem Handbuch ändern", session 42), also when the
 * standalone reader reported the key (a key that names itself a placeholder, session 46).
 * The readers' documented example values (known example secrets, tutorial genotype rows, example patients' lab values)
 * are judged here too, in judgement/known-examples.ts.
 * Constant work per finding.
 */
import type { PrivacyFinding } from "../types.js";
import { afterWifiKeyLabel } from "../detectors/ocr-values.js";
import { isKnownExampleValue } from "./known-examples.js";

/**
 * Session 51: also a demo, a sample, an example, a sandbox, a template or a fake in India's scripts (Hindi and Marathi,
 * Bengali, Tamil, Gujarati, Telugu, Kannada): "डेमो के लिए टेस्ट ओटीपी 123456". Not the bare "टेस्ट" (a blood test too).
 */
const DOCUMENTATION_CUE =
  /(?<!\p{L})(?:rfc|test vectors?|test secret|examples?|sample|placeholder|dummy|fake|template|documentation|docs|tutorial|vorlage|beispiel\p{L}*|muster|plantilla|ejemplo|exemple|modèle de|esempio|exemplo|modelo de|voorbeeld|sjabloon|przykład\p{L}*|szablon|şablon|örnek|шаблон|пример\p{L}*|mall för|exempel)(?!\p{L})|テンプレート|サンプル|模板|示例|例文|템플릿|예시|डेमो|सैंडबॉक्स|नमूना|नमूने|नमुना|उदाहरण|टेम्पलेट|नकली|ডেমো|নমুনা|উদাহরণ|টেমপ্লেট|டெமோ|உதாரணம்|டெம்ப்ளேட்|ડેમો|નમૂનો|નમૂના|ઉદાહરણ|ટેમ્પલેટ|డెమో|నమూనా|ఉదాహరణ|టెంప్లేట్|ಡೆಮೊ|ಡೆಮೋ|ಮಾದರಿ|ಉದಾಹರಣೆ/iu;

/** How far back the value's clause is read. */
const CLAUSE_REACH = 80;

/** The readers of told values whose findings a documentation cue may drop (described, Wi-Fi, key-shape secrets). */
const JUDGED_RULES = new Set([
  "described-password",
  "told-wifi-key",
  "told-app-password",
  "told-key-groups",
  "told-backup-code",
  // Review b, session 50: "Security question examples: mother's maiden name: Smith", "test OTP 123456 है".
  "security-answer",
  "otp-after-script-word",
  // Session 51: "Sample SMS: 482913 is your Google verification code".
  "service-code",
  // Session 53: "Example BRP number: ZU1234567", "visa foil number, e.g. 12345678".
  "travel-document-label",
]);
/** A labelled identifier glued to a Han or kana copula ("验证码是386027"): judged too (no space, no word boundary). */
const LABELLED_IDENTIFIER_RULE = /^id-(?:label|key)-/;
const GLUED_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** An OCR'd card's line calling it a demo or an example (ocr-values.ts `ocr-card`). */
const DEMO_LINE = /\b(?:demo|example|sample|specimen|dummy|fake|placeholder|beispiel|exemple|ejemplo|esempio|voorbeeld)\b/iu;
/** A manual's note in the 60 characters after a Wi-Fi key label's value (ocr-values.ts `wifi-key-label`). */
const MANUAL_NOTE = /\b(?:change|ändern|ändere|modifiez|cambia|default|factory|werkseinstellung|handbuch|manual|manuel|example|beispiel)\b/iu;
const SENTENCE_END = /[.!?]/;
const FULL_STOP = /[。！？]/;
const LIST_MARKER = /^[ \t]*(?:[-*•·]|\d{1,3}[.)])\s/;

/** Where the clause that ends at `start` begins: at most CLAUSE_REACH characters back. */
export function clauseStart(text: string, start: number): number {
  const limit = Math.max(0, start - CLAUSE_REACH);
  for (let index = start; index > limit; index--) {
    const previous = text[index - 1]!;
    if (FULL_STOP.test(previous)) return index;
    if (/\s/.test(previous) && index >= 2 && SENTENCE_END.test(text[index - 2]!)) return index;
    if (previous === "\n" && (/^[ \t]*(?:\n|$)/.test(text.slice(index, index + 8)) || LIST_MARKER.test(text.slice(index, index + 8)))) return index;
    if (previous === "\n" && index >= 2 && text[index - 2] === "\n") return index;
  }
  // Cut at the reach: one character more, so the cue's letter boundary is read as written.
  return Math.max(0, limit - (limit > 0 ? 1 : 0));
}

/**
 * Session 54 (dev-98): a test suite's words before an identifier in its clause — "Presidio's unit test for the Aadhaar
 * recognizer expects "…"", "in the test file the sample NHS number … is marked valid", "the pytest fixture's SSN" —
 * make it the suite's fixture, nobody's number.
 */
const TEST_SUITE_CUE = /(?<!\p{L})(?:unit[- ]?tests?|test (?:files?|cases?|suites?|fixtures?)|fixtures?|recogni[sz]ers?|pytest|parametri[sz]ed?)(?!\p{L})/iu;
const IDENTIFIER_CATEGORIES: ReadonlySet<string> = new Set(["national_id", "us_ssn", "medical_record", "driver_license"]);
/** A holder in the same clause keeps the value ("Test fixture for the parser, my colleague's card: …", session 53). */
const HOLDER_IN_CLAUSE = /(?<!\p{L})(?:my|our|his|her|their|colleague|wife|husband|mother|father|son|daughter|friend|customer|patient|client)(?!\p{L})/iu;

/** True when an example, test, template or documentation cue stands in the clause before `start`. */
export function documentationCueInClause(text: string, start: number): boolean {
  return DOCUMENTATION_CUE.test(text.slice(clauseStart(text, start), start));
}

/** The line around [start, end), at most 80 characters either side. */
function lineAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 80 && text[from - 1] !== "\n") from--;
  let to = end;
  while (to < text.length && to - end < 80 && text[to] !== "\n") to++;
  return text.slice(from, to);
}

/**
 * True when `finding` is a told value of a judged reader with a documentation cue in its clause, an OCR'd demo card,
 * or a Wi-Fi label's key with a manual's note after it.
 */
export function isDocumentedExampleValue(text: string, finding: PrivacyFinding): boolean {
  if (isKnownExampleValue(text, finding)) return true;
  if (IDENTIFIER_CATEGORIES.has(finding.category)) {
    const clause = text.slice(clauseStart(text, finding.start), finding.start);
    if (TEST_SUITE_CUE.test(clause) && !HOLDER_IN_CLAUSE.test(clause)) return true;
  }
  if (finding.rule === "ocr-card") return DEMO_LINE.test(lineAround(text, finding.start, finding.end));
  if (finding.rule === "wifi-key-label" || (finding.rule === "standalone-password" && afterWifiKeyLabel(text, finding.start)))
    return MANUAL_NOTE.test(text.slice(finding.end, Math.min(text.length, finding.end + 60)).split("\n")[0]!);
  const judged =
    JUDGED_RULES.has(finding.rule) || (LABELLED_IDENTIFIER_RULE.test(finding.rule) && finding.start > 0 && GLUED_CJK.test(text[finding.start - 1]!));
  return judged && documentationCueInClause(text, finding.start);
}
