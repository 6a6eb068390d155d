/**
 * Leetspeak condition words (session 47, issue #15, dev-71): "my colleague Priya has d1abetes", "b1p0lar", "d1ab3t3",
 * "sug4r", "c4ncer" — digits and `@`/`$` for letters, written so that a word list misses the diagnosis. Before
 * detection a word of ASCII letters, digits, `@` and `$` (3–24 characters, at least three letters) that holds such a
 * character beside a letter is read with 0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s; when that reading starts with a
 * condition stem (diabet, bipolar, cancer, schizo, epilep, hepatit, sugar …) the word is replaced in place (same
 * length: no offsets change). Any other word stays as written, so passwords, codes and keys (`Tr0ub4dor`, `v2`,
 * `sha256`) reach the detectors unchanged; the health rules then read the word as they read the plain one (a named
 * person, a relation word …). One native search gates the text; each word is read once from the boundary that found it
 * (at most 24 characters each way), so the fold is linear.
 */

const LEET_LETTER: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
/** Condition stems, read at the start of a de-leeted word (English, and the Dutch, Italian, Polish, Portuguese forms). */
const CONDITION_STEMS = [
  "diabet",
  "bipolar",
  "cancer",
  "cancro",
  "kanker",
  "tumor",
  "tumour",
  "chemo",
  "leuk",
  "depress",
  "depresj",
  "schizo",
  "epilep",
  "autis",
  "anorex",
  "bulim",
  "hepatit",
  "tubercul",
  "dementia",
  "alzheim",
  "parkinson",
  "sugar",
  "suiker",
  "herpes",
  "syphil",
  "chlamyd",
  "gonorr",
  "cirrhos",
  "dialys",
  "psychos",
  "asthma",
  "hiv",
];
/** A letter beside a leet character: where a word to read can be (one native search gates the text). */
const BOUNDARY = /[a-z][013457@$]|[013457@$][a-z]/gi;
const LONGEST = 24;

const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 64 || code === 36;

/** The word read with letters for its leet characters when it is a condition word, else undefined. */
function conditionReading(word: string): string | undefined {
  let letters = 0;
  let reading = "";
  for (const char of word) {
    const letter = LEET_LETTER[char];
    if (letter !== undefined) reading += letter;
    else if (char >= "0" && char <= "9")
      return undefined; // a digit with no letter reading (2, 6, 8, 9): a code
    else {
      reading += char;
      letters++;
    }
  }
  if (letters < 3) return undefined;
  const lower = reading.toLowerCase();
  return CONDITION_STEMS.some((stem) => lower.startsWith(stem)) ? reading : undefined;
}

/** `text` with its leetspeak condition words read as letters (same length). */
export function foldLeetWords(text: string): string {
  BOUNDARY.lastIndex = 0;
  if (!BOUNDARY.test(text)) return text;
  const pieces: string[] = [];
  let copied = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    let start = match.index;
    while (start > 0 && match.index - start < LONGEST && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = match.index + 2;
    while (end < text.length && end - start <= LONGEST && isWordCode(text.charCodeAt(end))) end++;
    BOUNDARY.lastIndex = end;
    if (end - start > LONGEST || (start > 0 && isWordCode(text.charCodeAt(start - 1))) || start < copied) continue;
    const reading = conditionReading(text.slice(start, end));
    if (reading === undefined) continue;
    pieces.push(text.slice(copied, start), reading);
    copied = end;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}
