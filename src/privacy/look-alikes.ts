/**
 * Look-alike characters (session 39, issue #15's evasion review), folded after Unicode normalisation and before
 * detection; every fold replaces one UTF-16 code unit by one, so offsets do not move.
 *
 * - Typographic dashes inside a number: word processors and PDFs turn "536-22-1947" into "536–22–1947" (en dash),
 *   "536‐22‐1947" (U+2010) or a non-breaking hyphen, and the value patterns read only "-". A dash of U+2010…U+2015 or a
 *   minus sign U+2212 between two ASCII letters or digits, one of them a digit, becomes "-" ("pages 10–20" reads as
 *   "10-20", which is what most people type anyway; "Paris–London" and "word — word" stay).
 * - Homoglyph letters in a word of two scripts: "pаssword" with a Cyrillic "а", "passwοrd" with a Greek omicron, or a
 *   Russian "парoль" with a Latin "o" hide a label from the keyword rules. A word (a run of letters) that holds both
 *   Latin letters and Cyrillic or Greek ones is written in one script when it can be: every Cyrillic or Greek letter
 *   has a Latin look-alike → those letters become Latin; else every Latin letter has a Cyrillic look-alike → those
 *   become Cyrillic. A word of one script is never changed (Russian and Greek text stays as it is). Combining marks
 *   NFKC left in place ("pа́ssword": a Cyrillic "а" has no precomposed accented form) belong to the word.
 * One pass over the text; a text with no Greek or Cyrillic letter and no such dash is returned as it is.
 */

/** Cyrillic and Greek letters that look like a Latin letter in common fonts, and that letter. */
const TO_LATIN: ReadonlyMap<number, number> = new Map(
  [
    // Cyrillic lower case
    ["а", "a"],
    ["е", "e"],
    ["о", "o"],
    ["р", "p"],
    ["с", "c"],
    ["у", "y"],
    ["х", "x"],
    ["ѕ", "s"],
    ["і", "i"],
    ["ј", "j"],
    ["һ", "h"],
    ["ԁ", "d"],
    ["ԛ", "q"],
    ["ԝ", "w"],
    ["ӏ", "l"],
    // Cyrillic upper case
    ["А", "A"],
    ["В", "B"],
    ["Е", "E"],
    ["К", "K"],
    ["М", "M"],
    ["Н", "H"],
    ["О", "O"],
    ["Р", "P"],
    ["С", "C"],
    ["Т", "T"],
    ["Х", "X"],
    ["У", "Y"],
    ["Ѕ", "S"],
    ["І", "I"],
    ["Ј", "J"],
    ["Ԛ", "Q"],
    ["Ԝ", "W"],
    // Greek
    ["ο", "o"],
    ["α", "a"],
    ["ν", "v"],
    ["ι", "i"],
    ["κ", "k"],
    ["ρ", "p"],
    ["υ", "u"],
    ["χ", "x"],
    ["Α", "A"],
    ["Β", "B"],
    ["Ε", "E"],
    ["Ζ", "Z"],
    ["Η", "H"],
    ["Ι", "I"],
    ["Κ", "K"],
    ["Μ", "M"],
    ["Ν", "N"],
    ["Ο", "O"],
    ["Ρ", "P"],
    ["Τ", "T"],
    ["Υ", "Y"],
    ["Χ", "X"],
  ].map(([from, to]) => [from!.charCodeAt(0), to!.charCodeAt(0)]),
);

/** Latin letters that look like a Cyrillic letter, and that letter (for Cyrillic words with a Latin letter inside). */
const TO_CYRILLIC: ReadonlyMap<number, number> = new Map(
  [
    ["a", "а"],
    ["e", "е"],
    ["o", "о"],
    ["p", "р"],
    ["c", "с"],
    ["y", "у"],
    ["x", "х"],
    ["A", "А"],
    ["B", "В"],
    ["E", "Е"],
    ["K", "К"],
    ["M", "М"],
    ["H", "Н"],
    ["O", "О"],
    ["P", "Р"],
    ["C", "С"],
    ["T", "Т"],
    ["X", "Х"],
  ].map(([from, to]) => [from!.charCodeAt(0), to!.charCodeAt(0)]),
);

const LATIN = 1;
const CYRILLIC = 2;
const GREEK = 3;

/** The script of a letter code unit (0: not a letter of these scripts). */
function scriptOf(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 97 && (code | 0x20) <= 122 ? LATIN : 0;
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : LATIN;
  if (code >= 0x400 && code <= 0x52f) return code >= 0x482 && code <= 0x489 ? 0 : CYRILLIC;
  if (code >= 0x386 && code <= 0x3ff) return code === 0x387 ? 0 : GREEK;
  return 0;
}

/** Combining diacritical marks (U+0300…U+036F): a mark NFKC cannot compose with its letter (a Cyrillic "а" + U+0301) stays in the word. */
const isMark = (code: number) => code >= 0x300 && code <= 0x36f;
/** A code unit inside a word: a letter of these scripts or a combining mark. */
const inWord = (code: number) => scriptOf(code) !== 0 || isMark(code);

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiAlphanumeric = (code: number) => isAsciiDigit(code) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
const isDash = (code: number) => (code >= 0x2010 && code <= 0x2015) || code === 0x2212;

/** A character that may start a fold (native search: most texts have none and are returned after it). */
const MAY_FOLD = /[\u0386-\u052f\u2010-\u2015\u2212]/;

export function foldLookAlikes(text: string): string {
  if (!MAY_FOLD.test(text)) return text;
  let codes: Uint16Array | undefined;
  const set = (index: number, code: number) => {
    codes ??= Uint16Array.from({ length: text.length }, (_, at) => text.charCodeAt(at));
    codes[index] = code;
  };
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Below U+0386 nothing starts a fold (one comparison per character for Latin text): a dash or a Greek or Cyrillic
    // letter does, and the letter's word is read from its start.
    if (code < 0x386) {
      index++;
      continue;
    }
    if (isDash(code)) {
      const before = index > 0 ? text.charCodeAt(index - 1) : 0;
      const after = index + 1 < length ? text.charCodeAt(index + 1) : 0;
      if (isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after) && (isAsciiDigit(before) || isAsciiDigit(after))) set(index, 45);
      index++;
      continue;
    }
    if (scriptOf(code) === 0) {
      index++;
      continue;
    }
    // Back to the word's start (its letters before this one are Latin, or it would have started earlier).
    while (index > 0 && inWord(text.charCodeAt(index - 1))) index--;
    // A word: its scripts first (most words have one: nothing more to read), then whether each letter outside Latin
    // (inside Latin) has a look-alike.
    const start = index;
    let latin = 0;
    let other = 0;
    for (; index < length; index++) {
      const code = text.charCodeAt(index);
      const script = scriptOf(code);
      if (script === 0 && !isMark(code)) break;
      if (script === LATIN) latin++;
      else if (script !== 0) other++;
    }
    if (latin === 0 || other === 0) continue;
    let allOtherFold = true;
    let allLatinFold = true;
    let cyrillicOnly = true;
    for (let at = start; at < index; at++) {
      const letter = text.charCodeAt(at);
      const script = scriptOf(letter);
      if (script === 0) continue;
      if (script === LATIN) allLatinFold &&= TO_CYRILLIC.has(letter);
      else {
        allOtherFold &&= TO_LATIN.has(letter);
        cyrillicOnly &&= script === CYRILLIC;
      }
    }
    // Both are possible ("Сa"): the script of most of the word's letters, Latin on a tie.
    const toLatin = allOtherFold && (!allLatinFold || !cyrillicOnly || latin >= other);
    const toCyrillic = !toLatin && allLatinFold && cyrillicOnly;
    if (!toLatin && !toCyrillic) continue;
    for (let at = start; at < index; at++) {
      const letter = text.charCodeAt(at);
      if (isMark(letter)) continue;
      const folded = toLatin
        ? scriptOf(letter) === LATIN
          ? undefined
          : TO_LATIN.get(letter)
        : scriptOf(letter) === LATIN
          ? TO_CYRILLIC.get(letter)
          : undefined;
      if (folded !== undefined) set(at, folded);
    }
  }
  if (codes === undefined) return text;
  let out = "";
  for (let from = 0; from < codes.length; from += 8192) out += String.fromCharCode(...codes.subarray(from, from + 8192));
  return out;
}
