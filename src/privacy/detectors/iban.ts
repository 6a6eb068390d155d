/**
 * IBAN: country code + two check digits + BBAN of the country's fixed length, confirmed by ISO 7064
 * mod 97. Our own code: the country length table is public (SWIFT IBAN registry) and the check is a
 * few lines; we need exact spans over spaced, dashed and lower-case forms in free text, which the
 * validator libraries (that take one clean string) do not give.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";
import { ibanValid } from "../checksums.js";
import { isRepetitive } from "../context.js";
import { someDigitRunStart } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_IBANS_PATTERN_1 = /[A-Za-z0-9]/;
const RUN_IBANS_PATTERN_2 = /^\s/;

/** IBAN lengths per country (SWIFT IBAN registry), all SEPA countries and the other IBAN users. */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  LY: 25,
  SD: 18,
  BI: 27,
  DJ: 27,
  RU: 33,
  SO: 23,
  NI: 28,
  MN: 20,
  FK: 18,
  OM: 23,
  YE: 30,
  // Outside the SWIFT registry but written as IBANs with the mod-97 check at home: Iran (شبا), Morocco, Algeria.
  IR: 26,
  MA: 28,
  DZ: 26,
};

/**
 * A country code and check digits, sticky (session 54): every match's two digits open a run of ASCII digits right
 * after two ASCII letters, so runIbans tries it only there (the scan's shared digit runs), not at every position.
 */
const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})(?=[ \-.]?[A-Za-z0-9])/y;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * IBAN_START's matches in order, as a global `exec` loop from 0 found them (`resume` is that loop's `lastIndex`: a
 * match's end, or the end of the IBAN read after it).
 */
function runIbans(text: string, emit: Emit): void {
  let resume = 0;
  someDigitRunStart(text, (runStart) => {
    const at = runStart - 2;
    if (at < resume || !isAsciiLetter(text.charCodeAt(at)) || !isAsciiLetter(text.charCodeAt(at + 1))) return false;
    IBAN_START.lastIndex = at;
    const match = IBAN_START.exec(text);
    if (match === null) return false;
    resume = at + match[0].length;
    const country = match[1]!.toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) return false;
    if (match[1] !== country && match[1] !== match[1]!.toLowerCase()) return false; // mixed case "De12" is a word
    // Collect `length` alphanumerics allowing single spaces, dashes or dots between them.
    let compact = country + match[2]!;
    let index = at + 4;
    while (compact.length < length && index < text.length) {
      const char = text[index]!;
      if (RUN_IBANS_PATTERN_1.test(char)) {
        compact += char.toUpperCase();
        index++;
      } else if ((char === " " || char === "-" || char === "." || char === "\u00a0") && RUN_IBANS_PATTERN_1.test(text[index + 1] ?? "")) {
        index++;
      } else break;
    }
    if (compact.length !== length) return false;
    if (RUN_IBANS_PATTERN_1.test(text[index] ?? "") && !RUN_IBANS_PATTERN_2.test(text[index - 1] ?? "")) return false; // runs on into a longer token
    if (!ibanValid(compact) || isRepetitive(compact.slice(4))) return false;
    emit("iban", at, index, "iban-mod97", PRIORITY.checksum + 10);
    resume = index;
    return false;
  });
}

export const ibanDetectors: Detector[] = [{ name: "iban", run: runIbans }];
