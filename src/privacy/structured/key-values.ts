/**
 * Key-value records: JSON and FHIR JSON, YAML, key=value logs, HTTP headers, query strings, SQL
 * comparisons (`WHERE mrn = '…'`), and labelled lines in notes (`Dx: …`). The field name is the
 * evidence, the span is the value. One bounded pattern finds every `key SEP value`; fields whose
 * name says nothing (`value`, `doc_number`, `to`) are read with the record around them (FHIR
 * `identifier.type` MRN, `telecom.system` phone, `doc_type: "P"`, an SMS gateway's `to=+1…`).
 * Health fields count only when the same record names a person or carries an identifier.
 */
import type { Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";
import { fieldKind, normalizeFieldName, type FieldKind } from "./field-names.js";
import { isBiometricTemplateId, sampleRecordAround, valueFits } from "./values.js";
import { personAround } from "../detectors/personal.js";
import { isCloudAccount, isServiceDefaultPassword } from "../judgement/infrastructure.js";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { isRegexSpace } from "../regex-space.js";
import { isLetterOrNumberCodePoint } from "../code-units.js";
import { sliceOfRange } from "../range-strings.js";
import { AMBIGUOUS_HEALTH_KEYS, readsMedical } from "./health-keys.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const KIND_FROM_RECORD_PATTERN_1 = /"system"\s*:\s*"(?:phone|sms|fax)"/;
const KIND_FROM_RECORD_PATTERN_2 = /"code"\s*:\s*"(?:MR|MRN)"|mrn|medical[ -]?record/i;
const KIND_FROM_RECORD_PATTERN_3 = /"code"\s*:\s*"(?:SS|SSN)"|us-ssn|social security/i;
const KIND_FROM_RECORD_PATTERN_4 = /"code"\s*:\s*"PPN"|passport/i;
const KIND_FROM_RECORD_PATTERN_5 = /"code"\s*:\s*"(?:DL|NI|NNxxx|PRN|TAX)"|national|driver/i;
const KIND_FROM_RECORD_PATTERN_6 = /"(?:subject|patient)"\s*:\s*\{[^{}]{0,120}$/;
const KIND_FROM_RECORD_PATTERN_7 = /"code"\s*:\s*\{[^{}]{0,200}$/;
/** Inside a `code.coding` entry (after any earlier entries): its `display` names the coded condition or medicine. */
const CODING_ENTRY = /"code"\s*:\s*\{\s*"coding"\s*:\s*\[\s*(?:\{[^{}]{0,200}\}\s*,\s*){0,3}\{[^{}]{0,200}$/;
const KIND_FROM_RECORD_PATTERN_8 = /(?:doc(?:ument)?[_ -]?type|type)["']?\s*[:=]\s*["']?(?:P|PP|passport)\b/i;
/**
 * A document type in the record's own language (`"tipo": "pasaporte"`, `tipo_doc: PASOR`, `"documenttype":
 * "paspoort"`, `"rodzaj_dokumentu": "paszport"`, `"type_piece": "passeport"`; session 47, dev-72): the record's bare or
 * localised document number (`numero`, `nr_doc`, `documentnummer`) is a passport's. PASOR is the Italian police
 * register's code for an ordinary passport.
 */
const LOCAL_PASSPORT_TYPE =
  /(?<![\p{L}])(?:tipo|typ|type|kind|doc|documento?|document_?type|documenttype|doc_?type|tipo_?doc(?:umento)?|rodzaj_?dokumentu|type_?(?:de_?)?piece|documentsoort|dokumententyp|dokumentart|ausweisart|reisedokuments)["']?\s*[:=]\s*["']?(?:passport|reisepass|passeport|pasaporte|passaporto|passaporte|paszport|paspoort|pasaport|pasor|(?:normaler |ordinary |gewöhnlicher )?pass(?![\p{L}\p{N}_-]))(?![\p{L}\p{N}_-])/iu;
/**
 * Session 53 (dev-94): the ICAO code P (or PP) after a document-type key ("Tipo de documento: P (pasaporte)", `doc_type=P`,
 * "Art des Reisedokuments: P"), the hotel registers' and airlines' own field.
 */
const PASSPORT_TYPE_CODE =
  /(?<![\p{L}])(?:tipo de documento|tipo documento|tipo_(?:de_)?documento|tipo_?doc|document_?type|doc_?type|type of document|type de document|type de pièce|dokumententyp|dokumentart|art des (?:reise)?dokuments)["']?[ \t]*[:=][ \t]*["']?p{1,2}(?![\p{L}\p{N}_-])/iu;
const KIND_FROM_RECORD_PATTERN_9 = /^(?:passport|reisepass|passeport|pasaporte)$/;
const KIND_FROM_RECORD_PATTERN_10 = /driv/;
const KIND_FROM_RECORD_PATTERN_11 = /^\+?\d{10,15}$/;
const KIND_FROM_RECORD_PATTERN_12 = /sms|call|dial|twilio|message|gateway|voice/i;
const COLLECT_KEY_VALUE_FIELDS_PATTERN_1 = /^(?:account|acct)$/i;
const COLLECT_KEY_VALUE_FIELDS_PATTERN_2 = /["'`]/g;

export interface Field {
  kind: FieldKind;
  start: number;
  end: number;
}

/**
 * Anchored on the separator (`:`, `=`, `=>`, `:=`, SQL `LIKE`), which prose rarely holds: the key
 * is read backwards from it and the value forwards, each within a bounded window. (A pattern that
 * starts at every word was the most expensive rule on a long prompt.)
 */
// The separators `=>|:=|[:=]|\s(?:LIKE|like)\s` are found by hand in collectKeyValueFields, in the order of a global
// exec loop (the last alternative, as a pattern, tried every space: ~2.5× the cost; and a match array per separator).

/** The smaller of two offsets that are not -1 (-1 when both are). */
const earliest = (left: number, right: number): number => (left < 0 ? right : right < 0 ? left : Math.min(left, right));

/**
 * Where the next `\s${word}\s` starts (its leading space) at or after `position`, or -1: what the `\s(?:LIKE|like)\s`
 * alternative matches, one word at a time.
 */
function likeSeparatorAt(text: string, word: "LIKE" | "like", position: number): number {
  for (let index = text.indexOf(word, position + 1); index >= 0; index = text.indexOf(word, index + 1))
    if (isRegexSpace(text.charCodeAt(index - 1)) && isRegexSpace(text.charCodeAt(index + 4))) return index - 1;
  return -1;
}
export const VALUE = /[ \t]*\[?[ \t]*(?:"([^"\n]{0,200})"|'([^'\n]{0,200})'|([^\s"'[{][^\n]{0,120}))/y;

/** Where `valueAt` found the value: its group's start and end, and whether it was quoted (group 1 or 2, else 3). */
export const VALUE_FOUND = { start: 0, end: 0, quoted: false };

const isSpaceOrTab = (code: number) => code === 32 || code === 9;

/**
 * VALUE's match at `at` (as `lastIndex`), by character code with no match array (session 42, allocation): true and
 * VALUE_FOUND filled when it matches. No backtracking changes the answer: spaces, `[`, quotes and `{` start no
 * unquoted value, and a quote's run stops at its first quote or line break.
 */
export function valueAt(text: string, at: number): boolean {
  let index = at;
  while (isSpaceOrTab(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) === 91) {
    index++;
    while (isSpaceOrTab(text.charCodeAt(index))) index++;
  }
  if (index >= text.length) return false;
  const first = text.charCodeAt(index);
  if (first === 34 || first === 39) {
    const limit = Math.min(text.length, index + 201);
    let end = index + 1;
    while (end < limit && text.charCodeAt(end) !== first && text.charCodeAt(end) !== 10) end++;
    if (text.charCodeAt(end) !== first) return false;
    VALUE_FOUND.start = index + 1;
    VALUE_FOUND.end = end;
    VALUE_FOUND.quoted = true;
    return true;
  }
  if (isRegexSpace(first) || first === 91 || first === 123) return false;
  const limit = Math.min(text.length, index + 121);
  let end = index + 1;
  while (end < limit && text.charCodeAt(end) !== 10) end++;
  VALUE_FOUND.start = index;
  VALUE_FOUND.end = end;
  VALUE_FOUND.quoted = false;
  return true;
}

/** `|`, `>`, `|-`, `>+` alone after a YAML key: a block scalar, whose text is on the indented lines below. */
function isBlockScalarIndicator(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first !== 124 && first !== 62) return false;
  let index = start + 1;
  if (text.charCodeAt(index) === 45 || text.charCodeAt(index) === 43) index++;
  while (index < end && isSpaceOrTab(text.charCodeAt(index))) index++;
  return index >= end || text.charCodeAt(index) === 13;
}

/**
 * A block scalar's first line (`diagnosi: |` then `    Adenocarcinoma del colon, stadio III`: session 47, dev-72), as a
 * quoted value in VALUE_FOUND, when it is indented deeper than the key. The key's line start is looked for at most 200
 * characters back.
 */
function blockScalarLine(text: string, keyStart: number, indicatorLineEnd: number): boolean {
  let lineStart = keyStart;
  while (lineStart > 0 && keyStart - lineStart < 200 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let keyIndent = 0;
  while (lineStart + keyIndent < keyStart && isSpaceOrTab(text.charCodeAt(lineStart + keyIndent))) keyIndent++;
  const next = indicatorLineEnd + 1;
  if (text.charCodeAt(indicatorLineEnd) !== 10 && text.charCodeAt(indicatorLineEnd) !== 13) return false;
  let contentStart = next;
  while (contentStart < text.length && contentStart - next < 40 && isSpaceOrTab(text.charCodeAt(contentStart))) contentStart++;
  if (contentStart - next <= keyIndent) return false;
  let end = contentStart;
  while (end < text.length && end - contentStart < 200 && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  if (end === contentStart) return false;
  VALUE_FOUND.start = contentStart;
  VALUE_FOUND.end = end;
  VALUE_FOUND.quoted = true;
  return true;
}

// Patterns of the per-field loop, made once (a regex literal in a loop is a new object each time).
/**
 * Where an address field's value ends in prose: a sentence stop, a dash between spaces ("neue Adresse: Lindenstraße
 * 140, 50674 Köln – kannst du …"), two spaces; not an abbreviation's dot (after a word of one to three letters or a
 * listed longer one: "depto. 2303", "Av. Álvaro Obregón", "Col. Roma", "m. 12", "Kel. Cempaka Putih", session 50). `CLAUSE_AFTER_COMMA`: a comma before a lower-case clause ("…, Santiago, escríbeme el correo"),
 * honoured when the value has a capital before it (a value written in lower case has no clause to tell).
 */
const SENTENCE_END = /[!?;¿](?=\s)|(?<!(?:^|[\s,(])(?:\p{L}{1,3}|depto|dpto|apto|avda|brgy|blvd|piso|dept|sokak|mahalle))\.(?=\s)|\s[–—]\s|\s{2,}/iu;
const CLAUSE_AFTER_COMMA = /,(?=\s\p{Ll}[\p{Ll}'’]+\s\p{Ll})/u;
const CAPITAL = /\p{Lu}/u;
const TRAILING_SPACE = /\s+$/;
const TRAILING_DOT = /[.]$/;

interface KeyMatch {
  key: string;
  start: number;
}

/** The one answer `keyBefore` fills in and returns (read before its next call: no object per separator). */
const KEY_MATCH: KeyMatch = { key: "", start: 0 };

function keyAt(key: string, start: number): KeyMatch {
  KEY_MATCH.key = key;
  KEY_MATCH.start = start;
  return KEY_MATCH;
}

/** `KEY_CHAR` by character code: A-Z a-z 0-9 _ . - @ (run for every character of every key). */
function isKeyCode(code: number): boolean {
  // Latin-1 and Latin Extended-A/B letters too (`Diagnóstico:`, `Prénom:`), but not × and ÷.
  if (code >= 192 && code <= 591) return code !== 215 && code !== 247;
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45 || code === 64;
}

/** `[A-Za-z_@]` and Latin-1/Latin Extended-A/B letters (`číslo`, `Születési`) by character code. */
const isKeyStartCode = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 64 || (code >= 192 && code <= 591 && code !== 215 && code !== 247);

/** `/[\p{L}\p{N}_.\-]/u` by character code (code-units.ts's table above ASCII). */
function isKeyBoundary(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
  return isLetterOrNumberCodePoint(code); // `_ . -` are ASCII; by table, no string per character above U+00FF
}

/**
 * The start of the line holding `start` when it begins at most 66 characters before it (0 at the
 * text's start), else -1: a search back over that bounded window.
 */
function lineStartNear(text: string, start: number): number {
  const from = Math.max(0, start - 67);
  for (let index = start - 1; index >= from; index--) if (text.charCodeAt(index) === 10) return index + 1;
  return start <= 66 ? 0 : -1;
}

/** The words of a several-word key before its last word, up to the line start, accented Latin letters too (`Rodné číslo`, `Születési idő`); made once. */
export const KEY_WORDS_BEFORE = /^[ \t>*#-]*((?:[A-Za-z\u00C0-\u024F][A-Za-z0-9_.\-\u00C0-\u024F]{0,20} ){1,3})$/;

const isKeyWordLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f);
const isKeyWordBody = (code: number) => isKeyWordLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
const isKeyWordsLead = (code: number) => code === 32 || code === 9 || code === 62 || code === 42 || code === 35 || code === 45;

/**
 * Where KEY_WORDS_BEFORE's group starts in `text.slice(lineStart, start)`, or -1 when it does not match; by character
 * code, with no slice or match array (session 42, allocation). The lead characters hold no letter, a word no space:
 * the lead is the longest run of them, and each word runs to the next space.
 */
export function keyWordsStart(text: string, lineStart: number, start: number): number {
  let at = lineStart;
  while (at < start && isKeyWordsLead(text.charCodeAt(at))) at++;
  const wordsStart = at;
  for (let words = 0; words < 3 && at < start; words++) {
    if (!isKeyWordLetter(text.charCodeAt(at))) return -1;
    const body = ++at;
    while (at < start && isKeyWordBody(text.charCodeAt(at))) at++;
    if (at - body > 20 || at >= start || text.charCodeAt(at) !== 32) return -1;
    at++;
  }
  return at === start && at > wordsStart ? wordsStart : -1;
}

/** The key that ends just before `index` (quotes and spaces skipped), or undefined; the answer is reused by the next call. */
function keyBefore(text: string, index: number): KeyMatch | undefined {
  let end = index;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  let quote = "";
  const last = text.charCodeAt(end - 1); // NaN at the text's start
  if (last === 34 || last === 39 || last === 96) {
    quote = text[end - 1]!;
    end--;
  }
  let start = end;
  while (start > 0 && end - start < 41 && isKeyCode(text.charCodeAt(start - 1))) start--;
  if (start === end || !isKeyStartCode(text.charCodeAt(start))) return undefined;
  if (quote) {
    if (text[start - 1] !== quote) return undefined;
    return keyAt(sliceOfRange(text, start, end), start - 1);
  }
  if (start > 0 && isKeyBoundary(text.charCodeAt(start - 1))) return undefined;
  // A key of several words ("Date of birth: …") only when it opens its line.
  // Look back at most 67 characters for the line start (an unbounded lastIndexOf over a text without
  // line breaks would scan back to the beginning at every separator: quadratic).
  // The words end with a space right before the key: without one, no search back.
  const lineStart = text.charCodeAt(start - 1) === 32 ? lineStartNear(text, start) : -1;
  if (lineStart >= 0 && start - lineStart > 0 && start - lineStart <= 64) {
    const wordsStart = keyWordsStart(text, lineStart, start);
    if (wordsStart >= 0) {
      const key = sliceOfRange(text, start, end);
      const longKey = text.slice(wordsStart, start) + key;
      if (fieldKind(longKey) !== undefined && fieldKind(key) === undefined) return keyAt(longKey, wordsStart);
      // Session 53 (dev-94): a form's words that name a record key ("Numero documento:", "Número de documento:"): the
      // record decides its kind (kindFromRecord), as for the one-word key.
      if (fieldKind(key) === undefined && RECORD_KEYS.has(normalizeFieldName(longKey)) && !RECORD_KEYS.has(normalizeFieldName(key)))
        return keyAt(longKey, wordsStart);
      return keyAt(key, start);
    }
  }
  return keyAt(sliceOfRange(text, start, end), start);
}

const DOCUMENT_NUMBER = new Set([
  "docnumber",
  "documentnumber",
  "docno",
  "documentno",
  "docnum",
  "documentid",
  "docid",
  // The same in German, Spanish, Italian, Portuguese, Polish, Dutch and French (session 47, dev-72).
  "nrdoc",
  "ndoc",
  "numdoc",
  "numerodoc",
  "numdocumento",
  "numerodocumento",
  "nrdocumento",
  "dokumentennummer",
  "dokumentnummer",
  "documentnummer",
  "nrdokumentu",
  "numerdokumentu",
  "numerodudocument",
  "numdocument",
  // Session 53 (dev-94): the hotel registers' and forms' own words ("Número de documento", "Nummer des Dokuments").
  "numerodedocumento",
  "nummerdesdokuments",
  "numerodedocument",
]);
const ROUTED_NUMBER = new Set([
  "to",
  "from",
  "recipient",
  "sender",
  "dest",
  "destination",
  "src",
  "callerid",
  "caller",
  "callee",
  "msisdn",
  "number",
  "ani",
  "dnis",
]);

/** A number's key in other languages, read inside a passport object (`"reisepass":{"nummer":…}`, session 44). */
const OBJECT_NUMBER = new Set(["number", "nummer", "numero", "numer", "no", "nr"]);
/**
 * The object a key stands in is a passport or travel document's (`"travel_document":{"type":"P","number":…}`,
 * `"reisepass":{"nummer":…}`): its parent key, then up to 120 characters of the object without a nested one.
 */
const PASSPORT_OBJECT =
  /["']?(?:travel_?document|passport|reisepass|passeport|pasaporte|passaporto|passaporte|paszport|paspoort|pasaport)["']?\s*:\s*\{[^{}]{0,120}$/i;

/**
 * The same in YAML (session 44 review): the parent key alone on its line, then up to four more indented lines, the
 * number's key on the last (`passport:\n  country: NOR\n  number: "32891746"`).
 */
const PASSPORT_YAML_OBJECT =
  /(?:^|\n)([ \t]*)["']?(?:travel_?document|passport|reisepass|passeport|pasaporte|passaporto|passaporte|paszport|paspoort|pasaport)["']?[ \t]*:[ \t]*\n(?:\1[ \t]+[^\n]*\n){0,4}\1[ \t]+[^\n]*$/i;

/** Keys that name no kind themselves but whose record can (see kindFromRecord). */
const RECORD_KEYS: ReadonlySet<string> = new Set([
  "value",
  "valuestring",
  "a",
  "text",
  "display",
  ...DOCUMENT_NUMBER,
  ...ROUTED_NUMBER,
  ...OBJECT_NUMBER,
  ...AMBIGUOUS_HEALTH_KEYS,
]);

/** FHIR resources whose `code.text` is a condition, allergy or medication of the `subject`, or an observation's result. */
const FHIR_CLINICAL =
  /"resourceType"\s*:\s*"(?:Condition|AllergyIntolerance|MedicationStatement|MedicationRequest|Procedure|DiagnosticReport|ClinicalImpression|Observation)"/;
/** An Observation's result: `valueQuantity.value` / `valueString`, or the text of its `interpretation` (a subject's result). */
const FHIR_RESULT_OBJECT = /"(?:valueQuantity|interpretation)"\s*:\s*\[?\s*\{[^{}]{0,160}$/;

/**
 * An E.164 number (`+` and 10–15 digits, valid for its country) is a phone number whatever key holds it
 * (`alici=+90501…`, `"kontakt": "+4915…"`): logs and fixtures name their fields in every language.
 */
const E164 = /^\+[1-9]\d{9,14}$/;
function isE164Phone(value: string): boolean {
  return E164.test(value) && parsePhoneNumberFromString(value)?.isValid() === true;
}

/** Is the value after a separator (quotes and spaces skipped) an E.164 number's start (`+` and a digit)? */
function e164After(text: string, index: number): boolean {
  let at = index;
  while (at < index + 3 && (text[at] === " " || text[at] === '"' || text[at] === "'")) at++;
  const next = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === 43 && next >= 49 && next <= 57;
}
/**
 * `"type": "passport"` (or an ID card, a driver's licence) in the object before a bare `"number"`; also a KYC log's
 * document code (`doc=DL state=FL number=…`, `"doc_type": "PP"`: DL a driver's licence, P/PP a passport, ID an ID card).
 * The codes count after a document key only: `"type": "id"` and `"type": "p"` (a paragraph node) are no documents.
 */
const DOCUMENT_TYPE =
  /["']?(?:type|kind|doc|document|doc_?type|document_?type)["']?\s*[:=]\s*["']?(passport|reisepass|passeport|pasaporte|national[_ -]?id|id[_ -]?card|identity[_ -]?card|driver'?s?[_ -]?licen[cs]e|driving[_ -]?licen[cs]e|(?<=(?<![\w])doc(?:ument)?(?:_?type)?["']?\s*[:=]\s*["']?)(?:dl|pp|p|id)(?![\w-]))/i;

/** An object under a document key (`"document": {`, `"travel_doc": {`, `"documento": {`), up to 120 characters of it. */
const DOCUMENT_OBJECT = /["']?(?:documents?|doc|travel_?doc|id_?document|identity_?document|documento|dokument)["']?\s*:\s*\{[^{}]{0,120}$/i;
/** The ICAO code of a passport as the object's type (`"type": "P"`, `type: PP`). */
const PASSPORT_CODE_IN_OBJECT = /["']?(?:type|doc_?type|document_?type|kind|code)["']?\s*[:=]\s*["']?p{1,2}["']?\s*(?:[,}]|$)/i;

/** A SOAP note: `S:` and `O:` lines before the `A:` (assessment) line, whose value is the diagnosis. */
const SOAP_SUBJECTIVE = /(?:^|\n)[ \t]*S[ \t]*:/;
const SOAP_OBJECTIVE = /(?:^|\n)[ \t]*O[ \t]*:/;

// Made once (a regex literal in a function is a new object each call); neither is global, so no `lastIndex` is shared.
// A comma before three digits groups thousands, before two a decimal comma ends (`4.320,00`: session 47, dev-72).
const COLON_VALUE_STOP = /,(?!\d{3}(?!\d)|\d{2}(?![\d,]))|[;}\]|]|\s{2,}/;
const OTHER_VALUE_STOP = /[\s,;&)\]}|]/;

/** The unquoted value ends at the field separator of its syntax. */
function unquotedEnd(value: string, separator: string): number {
  const stop = separator === ":" ? COLON_VALUE_STOP : OTHER_VALUE_STOP;
  const match = stop.exec(value);
  return match ? match.index : value.length;
}

/** Facts about the whole text, computed at most once per scan (many fields share them). */
interface RecordContext {
  clinicalFhir?: boolean;
}

/** The kind of a field whose name alone says nothing, read from the record around it. */
function kindFromRecord(key: string, text: string, start: number, value: string, context: RecordContext): FieldKind | undefined {
  if (key === "value" || key === "valuestring") {
    const before = text.slice(Math.max(0, start - 240), start);
    if ((context.clinicalFhir ??= FHIR_CLINICAL.test(text)) && (key !== "value" || FHIR_RESULT_OBJECT.test(before))) return "health";
    const object = before.slice(before.lastIndexOf('"value"') + 1);
    if (KIND_FROM_RECORD_PATTERN_1.test(object)) return "phone";
    if (KIND_FROM_RECORD_PATTERN_2.test(object)) return "medical_record";
    if (KIND_FROM_RECORD_PATTERN_3.test(object)) return "us_ssn";
    if (KIND_FROM_RECORD_PATTERN_4.test(object)) return "passport";
    if (KIND_FROM_RECORD_PATTERN_5.test(object)) return "national_id";
    return undefined;
  }
  if (key === "text" || key === "display") {
    if (!(context.clinicalFhir ??= FHIR_CLINICAL.test(text))) return undefined;
    const before = text.slice(Math.max(0, start - 400), start);
    if (key === "display") return KIND_FROM_RECORD_PATTERN_6.test(before) ? "person" : CODING_ENTRY.test(before) ? "health" : undefined;
    return KIND_FROM_RECORD_PATTERN_7.test(before) || FHIR_RESULT_OBJECT.test(before) ? "health" : undefined;
  }
  if (key === "a") {
    const before = text.slice(Math.max(0, start - 400), start);
    return SOAP_SUBJECTIVE.test(before) && SOAP_OBJECTIVE.test(before) ? "health" : undefined;
  }
  if (DOCUMENT_NUMBER.has(key)) {
    const around = text.slice(Math.max(0, start - 200), Math.min(text.length, start + 200));
    if (KIND_FROM_RECORD_PATTERN_8.test(around) || LOCAL_PASSPORT_TYPE.test(around) || PASSPORT_TYPE_CODE.test(around)) return "passport";
    return "national_id";
  }
  if (OBJECT_NUMBER.has(key)) {
    const before = text.slice(Math.max(0, start - 160), start);
    if (PASSPORT_OBJECT.test(before) || PASSPORT_YAML_OBJECT.test(before)) return "passport";
    // `"documento": {"tipo": "pasaporte", "numero": …}`: the type in the same object, before the number.
    const object = before.slice(before.lastIndexOf("{") + 1);
    if (before.includes("{") && LOCAL_PASSPORT_TYPE.test(object)) return "passport";
  }
  if (key === "number") {
    // Session 53 (dev-94): `"document": {"type": "P", "number": …}` — the object's parent key names a document, its
    // `type` the ICAO document code P (passport) or PP.
    const before = text.slice(Math.max(0, start - 160), start);
    if (DOCUMENT_OBJECT.test(before) && PASSPORT_CODE_IN_OBJECT.test(before.slice(before.lastIndexOf("{") + 1))) return "passport";
    const documentType = DOCUMENT_TYPE.exec(text.slice(Math.max(0, start - 160), start))?.[1]?.toLowerCase();
    if (documentType !== undefined) {
      if (KIND_FROM_RECORD_PATTERN_9.test(documentType) || documentType === "p" || documentType === "pp") return "passport";
      return KIND_FROM_RECORD_PATTERN_10.test(documentType) || documentType === "dl" ? "driver_license" : "national_id";
    }
  }
  if (AMBIGUOUS_HEALTH_KEYS.has(key)) return readsMedical(value) ? "health" : undefined;
  if (
    ROUTED_NUMBER.has(key) &&
    KIND_FROM_RECORD_PATTERN_11.test(value) &&
    (value.startsWith("+") || KIND_FROM_RECORD_PATTERN_12.test(text.slice(Math.max(0, start - 200), start)))
  )
    return "phone";
  return isE164Phone(value) ? "phone" : undefined;
}

/** Every field in the text whose name (or record) says what its value is, and whose value fits. */
export function collectKeyValueFields(text: string): Field[] {
  const fields: Field[] = [];
  const context: RecordContext = {};
  let position = 0;
  // The next `:`, `=`, ` like ` and ` LIKE ` at or after `position` (each found again only once passed: linear).
  let colon = -2;
  let equals = -2;
  let likeLower = -2;
  let likeUpper = -2;
  for (;;) {
    if (colon !== -1 && colon < position) colon = text.indexOf(":", position);
    if (equals !== -1 && equals < position) equals = text.indexOf("=", position);
    if (likeLower !== -1 && likeLower < position) likeLower = likeSeparatorAt(text, "like", position);
    if (likeUpper !== -1 && likeUpper < position) likeUpper = likeSeparatorAt(text, "LIKE", position);
    const separatorIndex = earliest(earliest(colon, equals), earliest(likeLower, likeUpper));
    if (separatorIndex < 0) break;
    const following = text.charCodeAt(separatorIndex + 1);
    const separatorText =
      separatorIndex === likeLower || separatorIndex === likeUpper
        ? text.slice(separatorIndex, separatorIndex + 6)
        : separatorIndex === equals
          ? following === 62
            ? "=>"
            : "="
          : following === 61
            ? ":="
            : ":";
    position = separatorIndex + separatorText.length;
    const separator = separatorText.trim();
    if (separator === ":" && text[separatorIndex + 1] === "/" && text[separatorIndex + 2] === "/") continue; // URL scheme
    const keyMatch = keyBefore(text, separatorIndex);
    if (!keyMatch) continue;
    // A key that names no kind counts only when its record may say one (kindFromRecord): skip the value otherwise.
    const keyKind = fieldKind(keyMatch.key);
    const normalized = keyKind === undefined ? normalizeFieldName(keyMatch.key) : "";
    if (keyKind === undefined && !RECORD_KEYS.has(normalized) && !e164After(text, separatorIndex + separatorText.length)) continue;
    if (!valueAt(text, separatorIndex + separatorText.length)) continue;
    if (
      separator === ":" &&
      !VALUE_FOUND.quoted &&
      isBlockScalarIndicator(text, VALUE_FOUND.start, VALUE_FOUND.end) &&
      !blockScalarLine(text, keyMatch.start, VALUE_FOUND.end)
    )
      continue;
    let value: string;
    const valueStart = VALUE_FOUND.start;
    if (VALUE_FOUND.quoted) value = text.slice(valueStart, VALUE_FOUND.end);
    else {
      const raw = text.slice(valueStart, VALUE_FOUND.end);
      // An address runs to the end of its line or sentence ("Anschrift: Lindenstraße 12, 10115 Berlin").
      const lineEnd = raw.indexOf("\n");
      const line = raw.slice(0, lineEnd < 0 ? raw.length : lineEnd);
      let sentenceEnd = line.search(SENTENCE_END);
      const sentence = sentenceEnd < 0 ? line : line.slice(0, sentenceEnd);
      const clause = sentence.search(CLAUSE_AFTER_COMMA);
      if (clause > 0 && CAPITAL.test(sentence.slice(0, clause))) sentenceEnd = clause;
      value =
        separator === ":" && keyKind === "street_address"
          ? line.slice(0, sentenceEnd < 0 ? line.length : sentenceEnd)
          : raw.slice(0, unquotedEnd(raw, separator));
    }
    const trimmed = value.replace(TRAILING_SPACE, "").replace(TRAILING_DOT, "");
    const leading = trimmed.length - trimmed.trimStart().length;
    const clean = trimmed.trim();
    const kind = keyKind ?? kindFromRecord(normalized, text, keyMatch.start, clean, context);
    if (!kind || !valueFits(kind, clean)) continue;
    // A form's words for a document number ("Número de documento:", session 53) name a passport's only when the record
    // types the document so; otherwise any document's (an invoice's, a delivery note's): no identity number by default.
    if (kind === "national_id" && keyKind === undefined && keyMatch.key.includes(" ") && DOCUMENT_NUMBER.has(normalized)) continue;
    // A template's record id in a sample record (a placeholder user, a format question) is nobody's (session 44).
    if (kind === "biometric" && isBiometricTemplateId(clean) && sampleRecordAround(text, keyMatch.start)) continue;
    // `"account": "493817265012"` next to a region or ARN is a cloud account; `POSTGRES_PASSWORD: postgres` a documented default.
    if (
      kind === "bank_account" &&
      COLLECT_KEY_VALUE_FIELDS_PATTERN_1.test(keyMatch.key.replace(COLLECT_KEY_VALUE_FIELDS_PATTERN_2, "")) &&
      isCloudAccount(text, keyMatch.start, valueStart)
    )
      continue;
    if (kind === "password" && (isServiceDefaultPassword(keyMatch.key, clean) || FLAG_VALUE.test(clean))) continue;
    if (kind === "password" && ONE_TIME_CODE_KEYS.has(normalizeFieldName(keyMatch.key)) && !DIGIT.test(clean)) continue;
    fields.push({ kind, start: valueStart + leading, end: valueStart + leading + clean.length });
  }
  return fields;
}

/**
 * A yes/no or true/false answer after a password key is a flag, not a secret: MySQL's "Access denied … (using password:
 * YES)", `password: true` in a config that turns password login on.
 */
const FLAG_VALUE = /^(?:yes|no|true|false)\)?$/i;
/**
 * One-time code keys (session 52): a code sent or shown has digits; a value without one is a setting's word
 * (`"otp": "required"`, `OTP: enabled`, `"mfa_code": "optional"`), no code (s52-review).
 */
const ONE_TIME_CODE_KEYS: ReadonlySet<string> = new Set([
  "otp",
  "otpcode",
  "onetimecode",
  "onetimepasscode",
  "totp",
  "totpcode",
  "smscode",
  "verificationcode",
  "mfacode",
  "twofactorcode",
]);
const DIGIT = /\d/;

export function privatePersonNear(text: string, index: number): boolean {
  const verdict = personAround(text, index);
  return verdict.found && !verdict.publicContext;
}

/** Fields that identify a person: a health or financial field in the same record is about that person. */
export const IDENTIFYING: ReadonlySet<FieldKind> = new Set([
  "person",
  "medical_record",
  "national_id",
  "us_ssn",
  "passport",
  "driver_license",
  "date_of_birth",
  "email",
  "phone",
  "bank_account",
  "iban",
]);

/**
 * Emits fields as findings. A health field needs a person or an identifier in the same record
 * (within about 600 characters before or 300 after it); a person field is evidence only.
 */
export function emitFields(fields: readonly Field[], emit: Emit, rule: string, recordHasPerson = false, text?: string): void {
  let lastIdentifying = -Infinity;
  const identifyingStarts: number[] = [];
  for (const field of fields) if (IDENTIFYING.has(field.kind)) identifyingStarts.push(field.start);
  let pointer = 0;
  for (const field of fields) {
    if (field.kind === "person") continue;
    if (field.kind === "health" || field.kind === "financial") {
      while (pointer < identifyingStarts.length && identifyingStarts[pointer]! <= field.start + 300) lastIdentifying = identifyingStarts[pointer++]!;
      // A labelled note ("Frau Sabine Koch, geb. … Hauptdiagnose: …") may name the person in prose instead of a field.
      if (
        !recordHasPerson &&
        !(lastIdentifying >= field.start - 600) &&
        !(field.kind === "health" && text !== undefined && privatePersonNear(text, field.start))
      )
        continue;
    }
    emit(field.kind, field.start, field.end, rule, field.kind === "health" || field.kind === "financial" ? PRIORITY.contextual + 5 : PRIORITY.structured);
  }
}
