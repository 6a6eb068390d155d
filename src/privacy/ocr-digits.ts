/**
 * OCR confusions (session 44, issue #15, dev-56): a scanned form, payslip, label or letter read by OCR writes the digits
 * 0 and 1 as the letters O, I, l inside numbers ("D.O.B: 1O/O4/l95l", "TFN 2l7 537 O95", "Tel O7923 5l4 882") and
 * the letters o and l as 0 and 1 inside words ("22 Cl0ver Lane", "hypertensi0n"). Before detection they are read back,
 * in place (same length: no offsets change):
 * - in a word of ASCII letters and digits that holds a digit and no letter other than O, I, l, those letters
 *   become 0 and 1 (`l95l` → `1951`, `O2` → `02`), unless the word beside it is a code's group with another letter
 *   ("IT69 O996 …": an Italian IBAN's check letter) or the word is one of four groups of four (a card's shape:
 *   ocr-values.ts reads it beside its card word); a lower-case o stays (`3º` is `3o` after NFKC: an ordinal);
 * - only in a text that has such a word (an OCR'd text): a 0 or 1 between two lower-case letters becomes o or l
 *   (`Cl0ver` → `Clover`); a clean text keeps `a1b` and `x0y` as written.
 * Words longer than 40 characters (keys, hashes, base64) stay as written. One native search gates the text; each
 * word is read once from the match that found it, so the fold is linear.
 */

const MAY_CONFUSE = /\d[OlI]|[OlI]\d/;
const CONFUSED = /\d[OlI]|[OlI]\d|[a-z][01][a-z]/g;
const LONGEST_WORD = 40;

const AS_DIGIT: Readonly<Record<string, string>> = { O: "0", I: "1", l: "1" };
const AS_LETTER: Readonly<Record<string, string>> = { "0": "o", "1": "l" };

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isLowerCode = (code: number) => code >= 97 && code <= 122;
const isWordCode = (code: number) => isDigitCode(code) || isLowerCode(code) || (code >= 65 && code <= 90);
const isConfusableLetter = (char: string) => char === "O" || char === "I" || char === "l";

/** The word's letters read as digits when it is a number written with OCR letters, else undefined. */
function asNumber(word: string): string | undefined {
  let digits = 0;
  for (const char of word) {
    if (char >= "0" && char <= "9") digits++;
    else if (!isConfusableLetter(char)) return undefined;
  }
  return digits > 0 && digits < word.length ? word.replace(/[OlI]/g, (char) => AS_DIGIT[char]!) : undefined;
}

/** The word with each 0 and 1 between two lower-case letters read as o and l, else undefined. */
function asLetters(word: string): string | undefined {
  let changed = false;
  let out = "";
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!;
    const code = word.charCodeAt(index);
    if (isDigitCode(code)) {
      if (char !== "0" && char !== "1") return undefined;
      if (!isLowerCode(word.charCodeAt(index - 1)) || !isLowerCode(word.charCodeAt(index + 1))) return undefined;
      out += AS_LETTER[char]!;
      changed = true;
    } else out += char;
  }
  return changed ? out : undefined;
}

/** A group of letters and digits with a letter no OCR confusion explains ("IT69", "650D", "R2D8"). */
function isCodeGroup(text: string, start: number, end: number): boolean {
  let digit = false;
  let otherLetter = false;
  for (let index = start; index < end; index++) {
    const char = text[index]!;
    if (char >= "0" && char <= "9") digit = true;
    else if (!isConfusableLetter(char)) otherLetter = true;
  }
  return digit && otherLetter;
}

/**
 * The word [start, end) is one group of a code (an IBAN, a postcode, a product key): the word before or after it,
 * across one space or hyphen, is a code group ("IT69 O996 1423 650D": the O is the Italian IBAN's check letter).
 */
function inCode(text: string, start: number, end: number): boolean {
  if (start >= 2 && (text[start - 1] === " " || text[start - 1] === "-") && isWordCode(text.charCodeAt(start - 2))) {
    let before = start - 2;
    while (before > 0 && start - before <= LONGEST_WORD && isWordCode(text.charCodeAt(before - 1))) before--;
    if (isCodeGroup(text, before, start - 1)) return true;
  }
  if ((text[end] === " " || text[end] === "-") && isWordCode(text.charCodeAt(end + 1))) {
    let after = end + 1;
    while (after < text.length && after - end <= LONGEST_WORD && isWordCode(text.charCodeAt(after))) after++;
    if (isCodeGroup(text, end + 1, after)) return true;
  }
  return false;
}

const isGroupCode = (code: number) => isDigitCode(code) || code === 79 || code === 73 || code === 108;
/** A four-character group of digits and O, I, l at [start, start + 4), standing alone. */
function isFourGroup(text: string, start: number): boolean {
  if (start < 0 || start + 4 > text.length || isWordCode(text.charCodeAt(start - 1)) || isWordCode(text.charCodeAt(start + 4))) return false;
  for (let index = start; index < start + 4; index++) if (!isGroupCode(text.charCodeAt(index))) return false;
  return true;
}

/**
 * The word is one of four or more groups of four in a row ("4O12 8818 3746 5O21"): a card number's shape, which
 * ocr-values.ts reads with its own card word and Luhn check, so it stays as written here.
 */
function inCardGroups(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  let groups = 1;
  for (let at = start - 5; groups < 4 && text[at + 4] === " " && isFourGroup(text, at); at -= 5) groups++;
  for (let at = end + 1; groups < 4 && text[at - 1] === " " && isFourGroup(text, at); at += 5) groups++;
  return groups >= 4;
}

/**
 * Session 48: OCR's S for 5, a lower-case o for 0 and a pipe for 1, read only inside a number written in groups ("TFN
 * 2I7 S37 O9S", "Tel o7923 5|4 882"): two to five groups of one to six characters parted by single spaces, each group
 * holding a digit, nine characters or more in all, at least half of them digits, a pipe only between two digits. Alone
 * these letters are words and codes ("S3 bucket", "Galaxy S7", "3o": an ordinal), so a single group stays as written,
 * and so does a run beside a code's group ("RO15 BTRL 0130 1202 S183 42XX": an IBAN's letters).
 * Bounded repeats from each position: linear.
 */
const MAY_CONFUSE_IN_GROUPS = /\d[So|]|[So|]\d/;
const NUMBER_GROUPS = /(?<![\p{L}\p{N}_|.-])[\dOIlSo|]{1,6}(?: [\dOIlSo|]{1,6}){1,4}(?![\p{L}\p{N}_|])/gu;
const GROUP_AS_DIGIT: Readonly<Record<string, string>> = { O: "0", o: "0", I: "1", l: "1", "|": "1", S: "5" };

function groupsAsNumber(text: string, run: string, at: number): string {
  // A group of a code beside the run (an IBAN's "42XX" after "0130 1202 S183"): the S is the code's letter.
  if (inCode(text, at, at + run.length)) return run;
  const groups = run.split(" ");
  let digits = 0;
  for (const group of groups) {
    const count = group.replace(/\D/g, "").length;
    if (count === 0) return run;
    digits += count;
  }
  const characters = run.length - groups.length + 1;
  if (characters < 9 || digits * 2 < characters || !/[So|]/.test(run) || /(?<!\d)\||\|(?!\d)/.test(run)) return run;
  return run.replace(/[OoIlS|]/g, (char) => GROUP_AS_DIGIT[char]!);
}

/** `text` with OCR's letters in numbers and digits in words read back (see above; same length). */
export function foldOcrDigits(original: string): string {
  const text = MAY_CONFUSE_IN_GROUPS.test(original)
    ? original.replace(NUMBER_GROUPS, (run: string, at: number) => groupsAsNumber(original, run, at))
    : original;
  if (!MAY_CONFUSE.test(text)) return text;
  const words: Array<[start: number, end: number]> = [];
  let numbers = 0;
  CONFUSED.lastIndex = 0;
  for (let match = CONFUSED.exec(text); match !== null; match = CONFUSED.exec(text)) {
    let start = match.index;
    let end = match.index + match[0].length;
    while (start > 0 && end - start <= LONGEST_WORD && isWordCode(text.charCodeAt(start - 1))) start--;
    while (end < text.length && end - start <= LONGEST_WORD && isWordCode(text.charCodeAt(end))) end++;
    CONFUSED.lastIndex = end;
    if (end - start > LONGEST_WORD) {
      // A long word (a key or hash): skipped whole.
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      CONFUSED.lastIndex = end;
      continue;
    }
    words.push([start, end]);
  }
  const numberWords: Array<string | undefined> = words.map(([start, end]) =>
    inCode(text, start, end) || inCardGroups(text, start, end) ? undefined : asNumber(text.slice(start, end)),
  );
  for (const word of numberWords) if (word !== undefined) numbers++;
  if (numbers === 0) return text;
  const pieces: string[] = [];
  let copied = 0;
  words.forEach(([start, end], index) => {
    const read = numberWords[index] ?? asLetters(text.slice(start, end));
    if (read === undefined) return;
    pieces.push(text.slice(copied, start), read);
    copied = end;
  });
  pieces.push(text.slice(copied));
  return pieces.join("");
}
