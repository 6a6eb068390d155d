/**
 * A named private person's clinical details that are not a condition word: the value after a
 * clinical label in a note ("Diagnosis: …", "Dx:", "Medikation:", "Traitement :", "Назначено:",
 * "诊断："), a medication by name or INN ending, with its dose when one follows ("apixaban 5 mg",
 * "metforminę", "лизиноприл 10 мг", "メトホルミン500mg"), a laboratory value with its analyte
 * ("HbA1c of 9.1%", "PSA 7.8 ng/mL", "INR 4,5", "BP 152/94"), a pregnancy week, and an ICD-10 code in
 * a text about ICD codes. Every finding needs an identified person in the sentence or paragraph
 * before it (name, honorific, relation word + name, `Name:` label, or a CJK/Hindi/Arabic/Thai person
 * pattern) and no public or fictional context: a drug leaflet, a textbook value or a case vignette
 * without a name is not reported. Each family is behind a literal pre-filter (the scan's shared
 * keyword pass), so a prompt without clinical words pays almost nothing. Vocabulary: medical-terms.ts.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, literalPrefixes, requiredPrefixes, type PatternGate, wordStartStems } from "../detector.js";
import { isLetterOrNumberCodePoint } from "../code-units.js";
import { personAround, type PersonVerdict } from "./personal.js";
import { SCRIPT_PUBLIC_CUE, namedInScripts } from "./script-health.js";
import {
  AMBIGUOUS_LABELS,
  CLINICAL_LABEL_SUFFIXES,
  CLINICAL_LABEL_WORDS,
  DOSE_UNITS,
  DRUG_ENDINGS,
  DRUG_NAMES,
  DRUG_SCRIPT_NAMES,
  ICD_STEMS,
  ICD_WORD_START_STEMS,
  LAB_ANALYTES,
  LAB_UNITS,
  MEDICAL_VALUE_HINT,
  PREGNANCY_STEMS,
  PREGNANCY_WEEK_WORDS,
} from "./medical-terms.js";
import { labShapes } from "./lab-shapes.js";
import { topicBefore } from "./topic-before.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const LABEL_BEFORE_PATTERN_1 = /\s+/;
const LABEL_BEFORE_PATTERN_2 = /^[^\p{L}]+/u;
/**
 * Where a label's value ends (a sentence end; the Devanagari danda too, session 50: "निदान: टाइप 2 मधुमेह और उच्च
 * रक्तचाप। मेटफॉर्मिन …") and what separates its items (a comma or semicolon, a plus; "and" in India's scripts: और, एवं,
 * तथा, आणि, ও, மற்றும், અને).
 */
const EMIT_VALUE_PATTERN_1 = /。|[।॥]|[.](?:\s+\p{Lu}|\s*$)|\s+\p{Lu}\p{Ll}{1,12}\s*:/u;
const EMIT_VALUE_PATTERN_2 = /([,;，、；]|\s+\+\s+|\s(?:और|एवं|तथा|आणि|ও|மற்றும்|અને)\s)/u;
/** A separator item of EMIT_VALUE_PATTERN_2's split that is a word: no value. */
const AND_WORD = /^(?:और|एवं|तथा|आणि|ও|மற்றும்|અને)$/u;
const EMIT_VALUE_PATTERN_3 = /\p{L}/u;
const DRUG_START_PATTERN_1 = /^\p{L}/u;
/** A unit, or a ratio written with a slash (152/94) or spoken ("168 over 102": session 43, dev-52). */
const RUN_LABS_PATTERN_1 = /[\p{L}%]\s*$|\/\s?\d| over \d/u;

const SCRIPT_HINT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Thai}]/u;

/** An INN ending at a word end; the word before it is read back (`drugStart`). */
const DRUG_END = new RegExp(`(?:${DRUG_ENDINGS})(?![\\p{L}])`, "giu");
/** Brand and script names: Latin and Cyrillic ones at word boundaries, CJK, Arabic and Devanagari ones anywhere. */
const DRUG_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DRUG_NAMES})(?![\\p{L}])|${DRUG_SCRIPT_NAMES}`, "giu");
/** Literals every drug match contains (lower-case): the patterns above run only when one is present. */
export const DRUG_STEMS: readonly string[] = [
  ...(literalPrefixes(DRUG_ENDINGS) ?? []),
  ...(literalPrefixes(DRUG_NAMES) ?? []),
  ...(literalPrefixes(DRUG_SCRIPT_NAMES) ?? []),
].map((stem) => stem.toLowerCase());
const DOSE = new RegExp(`[ \\u00a0]?\\d+(?:[.,]\\d+)?[ \\u00a0]?(?:${DOSE_UNITS})(?![\\p{L}])`, "iuy");
/** An analyte, a linking word, a number (or 152/94) and a unit, or a positive/negative result. */
const LAB_VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${LAB_ANALYTES})(?![\\p{L}])(?:[^\\p{L}\\p{N}\\n]{0,3}|[ \\t]{4,16})(?:(?:this morning|today|yesterday|heute früh|heute|gestern|ce matin|hier|esta mañana|ayer|stamattina|ieri|vanochtend|gisteren|bu sabah|dün|сегодня|утром|вчера|dzisiaj|rano)\\s+)?(?:(?:came back(?: at)?|is at|was at|est à|était à|à|is|was|of|at|von|ist|war|est|de|di|es|era|è|van|на|равен|=)\\s+)?(?:\\d+(?:[.,]\\d+)*(?:\\s?\\/\\s?\\d+| over \\d{2,3}(?![\\p{L}\\p{N}]))?(?:\\s?(?:${LAB_UNITS}))?|positiv[eo]?|negativ[eo]?|positif|négatif|pozytywn\\p{L}*|положительн\\p{L}*|阳性|陽性|양성)(?![\\p{L}\\p{N}])`,
  "giu",
);
/**
 * Stems for LAB_VALUE's gate: every match starts with an analyte at a word start (after no letter or
 * digit), so its lower-cased literal prefix occurs after no ASCII letter ("GBP" is no "bp"). A prefix
 * whose Cyrillic stem is cut from its middle ("сахар крови" → "ахар кр") is only looked for anywhere.
 */
const LAB_VALUE_STEMS = wordStartStems(requiredPrefixes(LAB_VALUE.source));
/** Analytes whose value is read without a unit. */
const UNITLESS_ANALYTE =
  /(?:inr|gfr|hba1c|a1c|psa|tsh|platelets?|platelet count|cd4(?: count)?|crp|ferritin[ea]?|ферритин|h?a?emoglobin[ae]?|hämoglobin|hémoglobine|гемоглобин|β?-?hcg|creatinine?a?|kreatyn?ina?|créatinine|креатинин|glucose|glycémie|glucemia|glicemia|glucosa|tansiyon\p{L}{0,3}|şeker\p{L}{0,3}|공복혈당|당화혈색소|혈당|血糖|糖化血红蛋白|肌酐|血肌酐|resting (?:hr|heart rate)|heart rate|ruhepuls|fc en reposo|frecuencia cardíaca|fréquence cardiaque|frequenza cardiaca|frequência cardíaca|hartslag|tętno|пульс|心率|心拍数|심박수)\P{L}/iu;
/** A pregnancy stated with its week or month ("in der 20. SSW", "28 weeks pregnant", "hamil 7 bulan"). */
const PREGNANCY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:\\.|th|st|nd|rd)?\\s*(?:${PREGNANCY_WEEK_WORDS})|(?:hamil|mang thai)\\s+\\d{1,2}\\s+(?:bulan|minggu|tháng|tuần)|pregnant (?:at|with) \\d{1,2} weeks)(?![\\p{L}])`,
  "giu",
);
/** An ICD-10 code (F32.2, C50.9) in a text that speaks of ICD codes. */
const ICD_CODE = /(?<![\p{L}\p{N}])[A-TV-Z]\d{2}(?:\.\d{1,4}[A-Z]?)?(?![\p{L}\p{N}])/gu;
/** A SOAP note's assessment line ("A: stable angina"), read only when the note has its S: and O: lines. */
const SOAP_ASSESSMENT = /(?:^|\n)[ \t]*A[ \t]*:[ \t]*/g;
const SOAP_SUBJECTIVE = /(?:^|\n)[ \t]*S[ \t]*:/g;
const SOAP_OBJECTIVE = /\n[ \t]*O[ \t]*:/g;

/** An S: line followed later by an O: line (two linear searches). */
function isSoapNote(text: string): boolean {
  SOAP_SUBJECTIVE.lastIndex = 0;
  const subjective = SOAP_SUBJECTIVE.exec(text);
  if (!subjective) return false;
  SOAP_OBJECTIVE.lastIndex = subjective.index + subjective[0].length;
  return SOAP_OBJECTIVE.test(text);
}
const EMPTY_VALUE = /^(?:none|keine|aucune?|ninguno|nessun[oa]|geen|brak|нет|无|なし|없음|n\/a|nil|unknown|normal)$/iu;

interface State {
  text: string;
  people: Map<string, PersonVerdict>;
}

function identified(state: State, index: number): boolean {
  const person = personAround(state.text, index, state.people);
  if (person.publicContext) return false;
  if (person.found) return true;
  const window = state.text.slice(Math.max(0, index - 200), Math.min(state.text.length, index + 60));
  return SCRIPT_HINT.test(window) && namedInScripts(window) && !SCRIPT_PUBLIC_CUE.test(window);
}

/** The last word of each label: a colon whose word before it is none of these is skipped at once. */
const LABEL_LAST_WORDS = new Set([...CLINICAL_LABEL_WORDS].map((label) => label.slice(label.lastIndexOf(" ") + 1)));
/** Letters of the Latin, Greek, Cyrillic and Vietnamese ranges (enough for the label words). */
const isLabelLetter = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code < 0x590 && code !== 0xd7 && code !== 0xf7) ||
  (code >= 0x1e00 && code <= 0x1eff);

/**
 * The clinical label right before the colon at `colon` ("diagnosis", "meds on discharge", "诊断"), or
 * undefined.
 */
function labelBefore(text: string, colon: number): string | undefined {
  let end = colon;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const last = text.charCodeAt(end - 1);
  if (last >= 0x590 && !(last >= 0x1e00 && last <= 0x1eff)) {
    const before = text.slice(Math.max(0, end - 8), end);
    return CLINICAL_LABEL_SUFFIXES.find((suffix) => before.endsWith(suffix));
  }
  let start = end;
  while (start > 0 && end - start <= 24 && isLabelLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return undefined;
  if (!LABEL_LAST_WORDS.has(text.slice(start, end).toLowerCase())) return qualifiedLabel(text, end);
  const words = text
    .slice(Math.max(0, end - 40), end)
    .toLowerCase()
    .split(LABEL_BEFORE_PATTERN_1);
  for (let count = 1; count <= 4 && count <= words.length; count++) {
    const phrase = words.slice(-count).join(" ").replace(LABEL_BEFORE_PATTERN_2, "");
    if (CLINICAL_LABEL_WORDS.has(phrase)) return phrase;
  }
  return undefined;
}

/** A form line's label of two to four words, no digit. */
const QUALIFIED_LABEL_LINE = /^[ \t]*(\p{L}+)(?:[ \t]+[\p{L}'’-]+){1,3}[ \t]*$/u;
/** The last sentence end in the stretch before a label ("… aufgenommen wurde. Medikation bei Entlassung:"). */
const LABEL_AFTER_SENTENCE_END = /[.!?;][ \t]+(?=[^.!?;]*$)/u;

/**
 * A form field whose label is a clinical label word with a qualifier after it, at its line's or sentence's start:
 * "Medikation bei Entlassung:", "Diagnóstico principal:", "Traitement de sortie :", "Leki przy wypisie:" (session 37). The first word
 * must be a label word that is not ambiguous alone (`AMBIGUOUS_LABELS`: "lab", "treatment", …).
 */
function qualifiedLabel(text: string, end: number): string | undefined {
  // The line's start is looked for in the 49 characters before the label only (a `lastIndexOf` read the whole line
  // back once per colon: quadratic on a long line of "ab:" after a label word, session 37 review).
  const limit = Math.max(0, end - 49);
  let lineStart = end;
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = text.slice(Math.max(lineStart, end - 48), end);
  const sentence = LABEL_AFTER_SENTENCE_END.exec(before);
  if (sentence === null && end - lineStart > 48) return undefined;
  const label = QUALIFIED_LABEL_LINE.exec(sentence === null ? before : before.slice(sentence.index + sentence[0].length));
  const first = label?.[1]?.toLowerCase();
  if (first === undefined || !CLINICAL_LABEL_WORDS.has(first) || AMBIGUOUS_LABELS.has(first)) return undefined;
  const qualifiers = label![0]
    .trim()
    .toLowerCase()
    .split(/[ \t]+/u)
    .slice(1);
  return qualifiers.some((word) => HEADING_WORDS.has(word)) ? undefined : first;
}

/**
 * Words that make a qualified label a topic's heading, not a form field: "Diagnosis criteria overview:", "Medication
 * adherence strategies:", "Allergy season forecast:", "Diagnose und Therapie:" after a byline (session 37 review).
 */
const HEADING_WORDS = new Set(
  "overview criteria strategies strategy tips guide guidelines forecast season basics introduction facts myths trends awareness research and und et y e i or oder ou o".split(
    " ",
  ),
);

/** The value after a label (from `from` to the end of the line or sentence), emitted item by item. */
function emitValue(state: State, emit: Emit, from: number, label = ""): void {
  const lineEnd = state.text.indexOf("\n", from);
  let value = state.text.slice(from, Math.min(lineEnd < 0 ? state.text.length : lineEnd, from + 160));
  const stop = EMIT_VALUE_PATTERN_1.exec(value);
  if (stop) value = value.slice(0, stop.index);
  if (AMBIGUOUS_LABELS.has(label) && !MEDICAL_VALUE_HINT.test(value)) return;
  let offset = 0;
  for (const item of value.split(EMIT_VALUE_PATTERN_2)) {
    const trimmed = item.trim();
    const lead = item.length - item.trimStart().length;
    if (trimmed.length >= 2 && EMIT_VALUE_PATTERN_3.test(trimmed) && !EMPTY_VALUE.test(trimmed) && !AND_WORD.test(trimmed))
      emit("health", from + offset + lead, from + offset + lead + trimmed.length, "named-person-clinical-label", PRIORITY.contextual + 1);
    offset += item.length;
  }
}

function runLabels(state: State, emit: Emit): void {
  const text = state.text;
  for (const colonChar of [":", "："]) {
    for (let colon = text.indexOf(colonChar); colon >= 0; colon = text.indexOf(colonChar, colon + 1)) {
      // JSON and key=value records are read by the structured rules; "http://" is no label.
      const previous = text[colon - 1];
      if (previous === '"' || previous === "'" || text[colon + 1] === "/") continue;
      const label = labelBefore(text, colon);
      if (label === undefined || !identified(state, colon)) continue;
      let from = colon + 1;
      while (from < text.length && (text[from] === " " || text[from] === "\t")) from++;
      emitValue(state, emit, from, label);
    }
  }
  if (text.includes("A:") && isSoapNote(text)) {
    SOAP_ASSESSMENT.lastIndex = 0;
    for (let match = SOAP_ASSESSMENT.exec(text); match !== null; match = SOAP_ASSESSMENT.exec(text))
      if (identified(state, match.index)) emitValue(state, emit, match.index + match[0].length);
  }
}

const isWordChar = (code: number) => code === 45 || isLetterOrNumberCodePoint(code);

/** The start of the word that ends in a drug stem at `index`, or -1 when fewer than two letters precede the stem. */
function drugStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < 24 && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return -1;
  return index - start >= 2 && DRUG_START_PATTERN_1.test(text.slice(start, start + 1)) ? start : -1;
}

function withDose(text: string, end: number): number {
  DOSE.lastIndex = end;
  return DOSE.exec(text) ? DOSE.lastIndex : end;
}

function runDrugs(state: State, emit: Emit): void {
  const text = state.text;
  DRUG_END.lastIndex = 0;
  for (let match = DRUG_END.exec(text); match !== null; match = DRUG_END.exec(text)) {
    const start = drugStart(text, match.index);
    if (start < 0 || !identified(state, start) || topicBefore(text, start)) continue;
    emit("health", start, withDose(text, match.index + match[0].length), "named-person-medication", PRIORITY.contextual);
  }
  DRUG_NAME.lastIndex = 0;
  for (let match = DRUG_NAME.exec(text); match !== null; match = DRUG_NAME.exec(text)) {
    if (!identified(state, match.index) || topicBefore(text, match.index)) continue;
    emit("health", match.index, withDose(text, match.index + match[0].length), "named-person-medication", PRIORITY.contextual);
  }
}

function runLabs(state: State, emit: Emit): void {
  LAB_VALUE.lastIndex = 0;
  for (let match = LAB_VALUE.exec(state.text); match !== null; match = LAB_VALUE.exec(state.text)) {
    // A bare number needs a unit, a ratio (152/94) or an analyte whose value needs none (INR, eGFR, HbA1c).
    const value = match[0];
    if (!RUN_LABS_PATTERN_1.test(value) && !UNITLESS_ANALYTE.test(value)) continue;
    // A name's number, not a value: "Glucose-6-phosphate dehydrogenase" (session 43).
    if (state.text[match.index + value.length] === "-") continue;
    if (!identified(state, match.index)) continue;
    // A documentation cue near it (a standard's example patient) is judged by the scanner: judgement/known-examples.ts.
    emit("health", match.index, match.index + value.length, "named-person-lab-value", PRIORITY.contextual);
  }
}

/** Lab values by their unit's shape (lab-shapes.ts): an analyte no list holds, with an identified person. */
function runLabShapes(state: State, emit: Emit, lower: string): void {
  for (const shape of labShapes(state.text, lower))
    if (identified(state, shape.start)) emit("health", shape.start, shape.end, "named-person-lab-shape", PRIORITY.contextual);
}

function runMatches(state: State, emit: Emit, pattern: RegExp, rule: string): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(state.text); match !== null; match = pattern.exec(state.text))
    if (identified(state, match.index)) emit("health", match.index, match.index + match[0].length, rule, PRIORITY.contextual);
}

/**
 * The last words of the clinical labels and the labels of scripts without spaces: `labelBefore` finds
 * a label only where one of them (lower-cased) stands right before a colon.
 */
const LABEL_STEMS: readonly string[] = [...new Set([...LABEL_LAST_WORDS, ...CLINICAL_LABEL_SUFFIXES.map((suffix) => suffix.toLowerCase())])];

/** The gates of clinical.ts's costly patterns (checked against every match in privacy-keyword-filter.test.ts). */
export const CLINICAL_GATES: readonly PatternGate[] = [
  {
    name: "clinical-lab-value",
    pattern: LAB_VALUE,
    mayMatch: (text, lower) =>
      /\d/.test(text) &&
      (LAB_VALUE_STEMS === undefined ||
        containsAnyAtWordStart(lower, LAB_VALUE_STEMS.atWordStart) ||
        (LAB_VALUE_STEMS.anywhere.length > 0 && containsAny(lower, LAB_VALUE_STEMS.anywhere))),
  },
];

function runClinical(text: string, emit: Emit, lower: string): void {
  const state: State = { text, people: new Map() };
  if ((text.includes(":") || text.includes("：")) && (containsAny(lower, LABEL_STEMS) || text.includes("A:"))) runLabels(state, emit);
  if (containsAny(lower, DRUG_STEMS)) runDrugs(state, emit);
  if (CLINICAL_GATES[0]!.mayMatch(text, lower)) runLabs(state, emit);
  runLabShapes(state, emit, lower);
  if (containsAny(lower, PREGNANCY_STEMS)) runMatches(state, emit, PREGNANCY, "named-person-pregnancy");
  if (containsAny(lower, ICD_STEMS) || containsAnyAtWordStart(lower, ICD_WORD_START_STEMS)) runMatches(state, emit, ICD_CODE, "named-person-icd-code");
}

export const clinicalDetectors: Detector[] = [{ name: "clinical", run: runClinical }];
