/**
 * A condition of the Latin- and Cyrillic-script lexicon (lexicon.ts) next to a person that a cue names:
 * a record's name label ("Patiënt: mevr. J. de Vries … Diagnose: borstkanker"), a name column of a table
 * ("Imię i nazwisko | Choroba"), or an honorific or relation word before a name ("Sra. Souza, 80a,
 * insuficiência renal crônica"). The sentence-level rule of personal.ts judges free text; this second
 * judgement reads the clinical-note and record forms, where the name and the condition sit in different
 * fields. The person comes from person-near.ts and must be named by a cue (`byCue`), not a bare name; a
 * public-figure, fiction or exam-vignette cue means no person. The conditions are looked for only in
 * bounded windows around the label and honorific cues (linear). The span is the condition.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, type PatternGate } from "../detector.js";
import { healthTermSearch, verbLength } from "./health-term-match.js";
import { HEALTH_TERMS } from "./lexicon.js";
import { personNear, type PersonNearCache } from "./person-near.js";

const TERMS = [...HEALTH_TERMS].reverse().join("|");
/** Same terms over the lower-cased text without the i/u flags (as personal.ts does): about twice as fast. */
const CONDITION_LOWER = new RegExp(`(?<![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])(?:${TERMS})(?![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])`, "g");

/** Lower-cased literals one of which every LABEL_CUE match holds, and every HONORIFIC_CUE match (checked first, each before its pass). */
const LABEL_STEMS =
  "patient|patiënt|paciente|pacjent|paziente|pasien|pt|name|naam|nome|nombre|nom|nazwisko|nama|titular|client|student|resident|employee|фио|пациент".split("|");
const HONORIFIC_STEMS = "sr.|sra.|srta.|mr.|mrs.|ms.|mevr.|dhr.|mme.|sig.|herr|frau|pani|pan|dona|doña|signora".split("|");
const CUE_STEMS = [...LABEL_STEMS, ...HONORIFIC_STEMS];
/** A record's name label or name column (the client, student, resident and employee labels with a colon only), over the lower-cased text (no i/u flags: the literal-first form V8 scans fast). */
const NAME_LABEL_WORDS = "patient|patiënt|paciente|pacjent|paziente|pasien|pt|name|naam|nome|nombre|nom|imię i nazwisko|nazwisko|nama|titular";
const COLON_LABEL_WORDS = "client|student|resident|employee|фио|пациент";
const LABEL_CUE = new RegExp(`(?:${NAME_LABEL_WORDS})(?:ka)?\\s*[:：|,;\\t]|(?:${COLON_LABEL_WORDS})(?:ка)?\\s*[:：]`, "g");
/** An honorific before a capitalised name, over the original text. */
const HONORIFIC_CUE =
  /(?:Sr|Sra|Srta|Mr|Mrs|Ms|Mevr|Dhr|Mme|Sig|sr|sra|mevr|dhr)\.\s*[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ]|(?:Herr|Frau|Pani|Pan|Dona|Doña|Signora|pani|pan|dona|doña)\s+[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ]/g;
const LETTER_BEFORE = /\p{L}/u;

/** The person-near window reaches 160 characters back and 80 forward: a condition this far around a cue can be judged. */
const BEFORE_CUE = 80;
const AFTER_CUE = 160;

export const LABELLED_PERSON_GATES: readonly PatternGate[] = [
  { name: "label-cue", pattern: LABEL_CUE, lowerCased: true, mayMatch: (_text, lower) => containsAny(lower, LABEL_STEMS) },
  { name: "honorific-cue", pattern: HONORIFIC_CUE, mayMatch: (_text, lower) => containsAny(lower, HONORIFIC_STEMS) },
];

/** LABEL_CUE's words, each a list of its own for the keyword pass: every LABEL_CUE match starts with one of them. */
const LABEL_WORDS = `${NAME_LABEL_WORDS}|${COLON_LABEL_WORDS}`.split("|");
const LABEL_WORD_LISTS: ReadonlyArray<readonly string[]> = LABEL_WORDS.map((word) => [word]);
const LABEL_CUE_STICKY = new RegExp(LABEL_CUE.source, "y");
/** Reused per call: the label words a text holds (by index), and where each occurs next. */
const PRESENT_WORDS = new Int32Array(LABEL_WORDS.length);
const NEXT_OCCURRENCE = new Int32Array(LABEL_WORDS.length);

/**
 * The starts of LABEL_CUE's matches in `lower` (the `exec` loop's, in order), when `lower` is the text the keyword pass
 * read: every match starts with one of its words, so it is tried (sticky) only where a word the text holds occurs, in
 * order, from the end of the last match on — not at every position of the text (~15–30 µs on the bench prompt, which
 * holds a label word or two and no label; session 41). The words' occurrences are merged as they are read (no list).
 */
export function labelCueStarts(lower: string): number[] {
  // The words the text holds, and each one's next occurrence at or after the search position (-1: none left).
  let words = 0;
  for (let word = 0; word < LABEL_WORDS.length; word++) {
    if (!containsAny(lower, LABEL_WORD_LISTS[word]!)) continue;
    PRESENT_WORDS[words] = word;
    NEXT_OCCURRENCE[words++] = lower.indexOf(LABEL_WORDS[word]!);
  }
  const starts: number[] = [];
  for (;;) {
    let candidate = -1;
    for (let slot = 0; slot < words; slot++) {
      const next = NEXT_OCCURRENCE[slot]!;
      if (next >= 0 && (candidate < 0 || next < candidate)) candidate = next;
    }
    if (candidate < 0) return starts;
    // The exec loop goes on from a match's end, and past a position where none starts.
    let resume = candidate + 1;
    LABEL_CUE_STICKY.lastIndex = candidate;
    if (LABEL_CUE_STICKY.test(lower)) {
      starts.push(candidate);
      resume = LABEL_CUE_STICKY.lastIndex;
    }
    for (let slot = 0; slot < words; slot++) {
      const next = NEXT_OCCURRENCE[slot]!;
      if (next >= 0 && next < resume) NEXT_OCCURRENCE[slot] = lower.indexOf(LABEL_WORDS[PRESENT_WORDS[slot]!]!, resume);
    }
  }
}

function cuePositions(text: string, lower: string, lowerOfText: string): number[] {
  const positions: number[] = [];
  for (const [pattern, haystack, gate] of [
    [LABEL_CUE, lower, LABELLED_PERSON_GATES[0]!],
    [HONORIFIC_CUE, text, LABELLED_PERSON_GATES[1]!],
  ] as const) {
    if (!gate.mayMatch(text, lowerOfText)) continue;
    if (pattern === LABEL_CUE && haystack === lowerOfText) {
      for (const start of labelCueStarts(haystack)) if (start === 0 || !LETTER_BEFORE.test(haystack[start - 1]!)) positions.push(start);
      continue;
    }
    pattern.lastIndex = 0;
    for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack))
      if (match.index === 0 || !LETTER_BEFORE.test(haystack[match.index - 1]!)) positions.push(match.index);
  }
  return positions.sort((left, right) => left - right);
}

function runLabelledPersonHealth(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CUE_STEMS)) return;
  const sameOffsets = lower.length === text.length;
  const cues = sameOffsets ? cuePositions(text, lower, lower) : cuePositions(text, text.toLowerCase(), lower);
  if (cues.length === 0) return;
  const [pattern, source] = sameOffsets ? [CONDITION_LOWER, lower] : healthTermSearch(text, lower);
  const cache: PersonNearCache = { verdicts: new Map() };
  let scannedTo = 0;
  for (const cue of cues) {
    // Windows around the cues, each character read at most once: linear in the text.
    const from = Math.max(scannedTo, cue - BEFORE_CUE);
    const to = Math.min(text.length, cue + AFTER_CUE);
    if (to <= from) continue;
    const window = source.slice(from, to);
    scannedTo = to;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
      const start = from + match.index;
      if (personNear(text, start, cache).byCue === true)
        emit("health", start + verbLength(match[0]), start + match[0].length, "labelled-person-condition", PRIORITY.contextual - 2);
    }
  }
}

export const labelledPersonHealthDetectors: Detector[] = [{ name: "labelled-person-health", run: runLabelledPersonHealth }];
