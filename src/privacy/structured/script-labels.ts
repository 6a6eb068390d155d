/**
 * Labels written in a non-Latin script before their value: form lines and JSON keys such as `身分證字號：F228419372`,
 * `کد ملی: 0073482617`, `"کد_ملی": "…"`, `วันเกิด: 3 มีนาคม 2535`, `জন্ম তারিখ: ১২/০৩/১৯৮৮`. The key-value rule
 * (key-values.ts) reads keys of Latin letters only; this rule reads a label of the field-name table (`fieldKind`,
 * its script labels) ending with a letter of another script right before a colon (ASCII or full-width) or a log
 * line's `=` (`수신번호=010-4829-1736 오류코드=3018`: the value then also stops at the next `key=`), and the
 * value after it up to its closing quote, the end of its line or a field separator. The value must fit the kind the
 * label announces (`valueFits`, plus the local birth-date forms below); money fields still need a name label or an
 * identifier in the same record (`emitFields`). Diagnosis labels are read by the clinical rule (item by item); a quoted
 * JSON key's health field (`{"入居者": "…", "処置": "…"}`, which that rule does not read) here, beside a name key (session 53). Linear: one pass over the colons, with a look back of at
 * most 28 characters each, and none when the character before the colon is ASCII or Latin.
 */
import type { Emit } from "../detector.js";
import { isInstitutionOrSampleAddress } from "../detectors/indic-addresses.js";
import { fieldKind, type FieldKind } from "./field-names.js";
import { emitFields } from "./key-values.js";
import { valueFits } from "./values.js";

interface Field {
  kind: FieldKind;
  start: number;
  end: number;
}

/** Characters that end a label when walking back from its colon (line, quote, brace, list and cell separators). */
const LABEL_STOP = new Set(["\n", "\t", '"', "'", "{", ",", "،", "|", "、", "，", ";", "；", "「", "」", "(", "（", "[", "•"]);
/** Bullets and spaces before a label on its line. */
const LABEL_LEAD = /^[\s\-*·•>#]+/;
/** Opening quotes and spaces after the colon. */
const VALUE_LEAD = /^[ \t"'「『“«]*/;
/** Where an unquoted value stops (an address runs to the end of its line). */
const VALUE_STOP = /[\n"」』”»]|[,，、;；](?!\d{3})|\s{2,}/;
const ADDRESS_STOP = /[\n"」』”»]/;
/** In a log line (`수신번호=010-4829-1736 오류코드=3018`) a value after `=` also stops at the next `key=`. */
const NEXT_LOG_KEY = /\s+[^\s=]{1,28}=/;
const TRAILING = /[\s.。,，;；)）]+$/u;
const REMARK = /\s*[（(][^（()）\d]{1,12}[）)]\s*$/u;
/**
 * Birth dates written the local way: era years (平成2年7月14日, 民國79年3月12日), Korean (1990년 5월 8일), a day, a month
 * name of any script (its vowel signs are marks) and a year (3 มีนาคม 2535, 3 апреля 1990 года).
 */
const LOCAL_DATE =
  /^(?:(?:平成|昭和|令和|大正|民國|民国)\s?\d{1,2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}\s[\p{L}\p{M}]{3,14}\.?\s\d{4}(?:\s?(?:года|року|г\.|р\.))?)$/u;
const PARENTHESES = /[()]/g;
/** The text read before an address field's colon for an institution's or a sample's word: its label and 40 more. */
const LOOK_BACK = 68;
/** Field kinds this rule reports (person labels are evidence only). */
const REPORTED: ReadonlySet<FieldKind> = new Set([
  "national_id",
  "passport",
  "phone",
  "date_of_birth",
  "bank_account",
  "street_address",
  "financial",
  "person",
]);

/** True for a code unit of a script other than Latin (Greek and above, excluding the Latin Extended Additional block). */
const isOtherScript = (code: number) => code >= 0x370 && !(code >= 0x1e00 && code <= 0x1eff);

/** A label of Chinese, Japanese or Korean characters only, written without spaces between its words. */
const CJK_LABEL = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{3,12}$/u;
/** Kinds a compound label's last word may announce (a money word needs a name label in the record too). */
const HEAD_WORD_KINDS: ReadonlySet<FieldKind> = new Set(["financial", "person"]);

/**
 * A Chinese, Japanese or Korean compound label ends with the word that says what it holds: 基本工资, 实发工资 and
 * 月收入 are wages and income, 信用卡欠款 a debt, 差引支給額 a net pay, 客户姓名 a name. Its longest known ending of at
 * least two characters, for money and name labels only.
 */
function headWordKind(label: string): FieldKind | undefined {
  if (!CJK_LABEL.test(label)) return undefined;
  for (let from = 1; from <= label.length - 2; from++) {
    const kind = fieldKind(label.slice(from));
    if (kind !== undefined) return HEAD_WORD_KINDS.has(kind) ? kind : undefined;
  }
  return undefined;
}

/**
 * The field kind of the label that ends at `end` (exclusive), trying the whole label, then without its first words;
 * a log line's `key=` label (`oneWord`) is its last word only.
 */
function labelKind(text: string, end: number, oneWord: boolean, quoted: boolean): FieldKind | undefined {
  let start = end;
  while (start > 0 && end - start < 28 && !LABEL_STOP.has(text[start - 1]!) && !(oneWord && text[start - 1] === " ")) start--;
  let label = text.slice(start, end).replace(LABEL_LEAD, "").trim();
  for (let tries = 0; tries < 3 && label.length > 0; tries++) {
    const kind = fieldKind(label);
    if (kind !== undefined) return REPORTED.has(kind) || (quoted && kind === "health") ? kind : undefined;
    const space = label.indexOf(" ");
    if (space < 0) return headWordKind(label);
    label = label.slice(space + 1);
  }
  return undefined;
}

function fits(kind: FieldKind, value: string): boolean {
  if (kind === "person") return true;
  if (kind === "date_of_birth" && LOCAL_DATE.test(value)) return true;
  if (kind === "national_id") return valueFits(kind, value.replace(PARENTHESES, ""));
  return valueFits(kind, value);
}

/** The labelled fields of `text` whose label is in a non-Latin script. */
export function collectScriptLabelFields(text: string): Field[] {
  const fields: Field[] = [];
  let ascii = text.indexOf(":");
  let wide = text.indexOf("：");
  let equals = text.indexOf("=");
  while (ascii >= 0 || wide >= 0 || equals >= 0) {
    // The nearest of the three separators (a missing one is -1: never chosen).
    let colon = ascii;
    if (wide >= 0 && (colon < 0 || wide < colon)) colon = wide;
    if (equals >= 0 && (colon < 0 || equals < colon)) colon = equals;
    const logKey = colon === equals;
    if (colon === ascii) ascii = text.indexOf(":", colon + 1);
    else if (colon === wide) wide = text.indexOf("：", colon + 1);
    else equals = text.indexOf("=", colon + 1);
    let end = colon;
    while (end > 0 && text[end - 1] === " ") end--;
    const quoted = text[end - 1] === '"' || text[end - 1] === "'";
    if (quoted) end--;
    const kind = end > 0 && isOtherScript(text.charCodeAt(end - 1)) ? labelKind(text, end, logKey, quoted) : undefined;
    if (kind !== undefined) {
      const lead = VALUE_LEAD.exec(text.slice(colon + 1, colon + 9))![0].length;
      const from = colon + 1 + lead;
      const rest = text.slice(from, from + 160);
      const stop = (kind === "street_address" ? ADDRESS_STOP : VALUE_STOP).exec(rest);
      let cut = stop ? stop.index : rest.length;
      const nextKey = logKey ? NEXT_LOG_KEY.exec(rest) : null;
      if (nextKey && nextKey.index < cut) cut = nextKey.index;
      // A remark in parentheses after the value ("（記入例）", "(office)") is no part of it.
      const value = rest.slice(0, cut).replace(REMARK, "").replace(TRAILING, "");
      if (value.length === 0 || !fits(kind, value)) continue;
      // An institution's or a sample's address ("बैंक का पता: …", "ঠিকানা: … বিধানসভা, …", "नमूना पता: …"; session 51).
      if (kind === "street_address" && isInstitutionOrSampleAddress(text.slice(Math.max(0, colon - LOOK_BACK), colon), value)) continue;
      fields.push({ kind, start: from, end: from + value.length });
    }
  }
  return fields;
}

/** A quoted key naming a patient or a care home's resident (Chinese, Japanese, Korean, Arabic, Persian, Urdu, Hindi, Bengali, Russian, Hebrew, Greek). */
const CARE_PERSON_KEY =
  /["'](?:入居者|患者|患者名|利用者|病人|환자|المريض|المريضة|मरीज़|बीमार|بیمار|مریض|مریضہ|রোগী|রোগীর নাম|Пациент|Пациентка|Пацієнт|Пацієнтка|מטופל|מטופלת|Ασθενής)["']\s*[:：]/u;

/** The detector: fields with a non-Latin label, a health or money field only when the record names its person. */
export function runScriptLabels(text: string, emit: Emit): void {
  let fields = collectScriptLabelFields(text);
  if (fields.length === 0) return;
  // A JSON key's health field (処置 is also an office's "measure taken") only in a patient's or a care resident's record.
  if (fields.some((field) => field.kind === "health") && !CARE_PERSON_KEY.test(text)) fields = fields.filter((field) => field.kind !== "health");
  emitFields(
    fields,
    emit,
    "script-label-field",
    fields.some((field) => field.kind === "person"),
    text,
  );
}
