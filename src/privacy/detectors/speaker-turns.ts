/**
 * A transcript's speaker turn is not a record's name label (session 54, development set 96): "Patient: recently i
 * tried to donate blood" and "Patient: I came in for a refill" are what the patient said, while "Patient: Maria
 * Kowalczyk" names them. The name-label patterns of personal.ts and person-near.ts are case-insensitive (labels come
 * in every case), so they cannot tell a lower-case utterance from a name; this check reads each match of a
 * `Patient:` / `Pt:` label that opens its line, or sits in a window that also holds a clinician's turn (`Doctor:`, `D:`,
 * `[doctor]`), case-sensitively — a log line's "08:10 - patient: my son has leukemia, ssn …" is no turn: a value that starts with the pronoun "I", or with a lower-case word that is
 * no given name of the lexicons (GIVEN_NAMES; lower-case-names.ts, which leaves out everyday words), no honorific or
 * initial, not a surname before a comma ("nwosu, chidi") and not a short line of one to three words, is speech. Names typed in lower case ("patient: derek
 * olsen, 58m", "pt: mrs. ingrid solberg") and other labels (`Name: john smith`) keep their values.
 */
import { GIVEN_NAMES } from "./lexicon.js";
import { isLowerCaseGivenName } from "./lower-case-names.js";
import { globalOf } from "../global-patterns.js";

const FIRST_WORD = /^[\p{L}'’-]*/u;
/** One to three words and the end of the line (not the end of a window, which may cut a word). */
const SHORT_LINE = /^[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,2}[ \t]*\n/u;

const SPEAKER_LABEL = /(?:^|[^\p{L}])(?:patient|pt)\s*[:：]\s*$/iu;
/** A clinician's turn in the same window: the text is a transcript ("patient: my son has leukemia, ssn …" alone is a log line). */
const OTHER_SPEAKER = /(?:^|\n)[ \t]{0,3}(?:\[doctor\]|(?:doctor|dr|d|physician|clinician|nurse|provider)[ \t]{0,3}:)/iu;
/** Only blanks since the line's start (the last up to four characters before the label word). */
const LINE_START = /(?:^|\n)[ \t]{0,3}$/u;
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** The global copy of a caller's pattern, made once per pattern. */
function cachedGlobalOf(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (global === undefined) GLOBAL.set(pattern, (global = globalOf(pattern)));
  return global;
}

/** Whether the match of a name label ending with the value's first character is a speaker's turn. */
function speakerTurn(window: string, end: number, label: string): boolean {
  const labelWord = SPEAKER_LABEL.exec(label.slice(0, -1));
  if (labelWord === null) return false;
  // The label word's start in the window: a turn opens its line, or a clinician's turn is in the window.
  const wordStart = end - label.length + labelWord.index + labelWord[0].search(/[pP]/u);
  const lineStart = LINE_START.test(window.slice(Math.max(0, wordStart - 4), wordStart)) || wordStart === 0;
  if (!lineStart && !OTHER_SPEAKER.test(window)) return false;
  const first = label.at(-1)!;
  if (first === "I") return !/\p{L}/u.test(window[end] ?? "");
  if (first === first.toUpperCase()) return false;
  const word = first + FIRST_WORD.exec(window.slice(end, end + 24))![0];
  const after = window[end + word.length - 1] ?? "";
  if (after === "," || after === ".") return false;
  if (GIVEN_NAMES.has(word) || isLowerCaseGivenName(word)) return false;
  // A short value that ends its line without a full stop ("patient: cormac fenwick") is a name, not a sentence.
  const line = SHORT_LINE.exec(window.slice(end - 1, end + 60));
  return line === null;
}

/**
 * Whether `pattern` (a name-label pattern whose match ends at the value's first character) has a match in `window`
 * that is a name label and not a speaker turn. Linear: one pass of the pattern over the window.
 */
export function labelsAName(pattern: RegExp, window: string): boolean {
  const global = cachedGlobalOf(pattern);
  global.lastIndex = 0;
  for (let match = global.exec(window); match !== null; match = global.exec(window)) {
    const end = match.index + match[0].length;
    if (!speakerTurn(window, end, match[0])) return true;
    if (match[0].length === 0) global.lastIndex++;
  }
  return false;
}
