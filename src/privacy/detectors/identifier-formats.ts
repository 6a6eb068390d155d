/**
 * Identifiers whose format carries its own proof, without a label: the second line of a passport's
 * machine-readable zone (ICAO 9303 TD3, all five check digits; any issuing state, `D<<` included; the
 * ICAO specimen state `UTO` excepted), an Indian GSTIN (mod-36 check), a French numéro fiscal written
 * in its groups `00 00 000 000 000` (key = first ten digits mod 511), ISO/IEC 19794-2 and ANSI 378
 * fingerprint templates (the `FMR\0` header, in hex or base64), and a named person's SNP genotypes
 * (`rs429358 CT`). Plus account recovery codes listed after their label. Our own code from the
 * published formats.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { digitRunLength, digitRunStart, forEachMatchAtDigitRunStarts } from "../digit-runs.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { isRepetitive } from "../context.js";

/** TD3 line 2: number(9) check nationality(3) birth(6) check sex expiry(6) check optional(14) check composite. */
const MRZ_LINE_2 = /(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;
const GSTIN = /(?<![A-Za-z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])/g;
const NUMERO_FISCAL = /(?<!\d ?)[0-3]\d \d{2} \d{3} \d{3} \d{3}(?![\d])/g;
const FMR_HEX = /(?<![0-9A-Fa-f])464[dD]52(?:00|20)[0-9A-Fa-f]{24,}/g;
const FMR_BASE64 = /(?<![A-Za-z0-9+/])Rk1SA[A-Za-z0-9+/]{20,}={0,2}/g;
const SNP_GENOTYPE = /(?<![\p{L}\p{N}])rs\d{3,10}[ \t]*[:=]?[ \t]*(?:[ACGTDI]{2}|[ACGT]\/[ACGT])(?![\p{L}\p{N}/])/gu;
const RECOVERY_LABEL =
  /(?:recovery|backup|rescue) codes?|códigos? de (?:recuperación|respaldo)|codes? de (?:récupération|secours)|wiederherstellungscodes?|backup-codes?|kody (?:zapasowe|odzyskiwania)|herstelcodes?|codici di (?:recupero|backup)|códigos? de recuperação|リカバリーコード|バックアップコード|恢复码|备用码/giu;
const RECOVERY_STEMS = [
  "recovery",
  "backup",
  "rescue",
  "recupera",
  "récupération",
  "secours",
  "wiederherstellung",
  "zapasowe",
  "odzyskiwania",
  "herstelcode",
  "recupero",
  "リカバリー",
  "バックアップ",
  "恢复码",
  "备用码",
];
/** "kx7q2-9fj3p" (hyphen form) or Google's "4829 1736" (two groups of digits split by a space). */
/** Session 45 (dev-59): "no digit group after it" holds for the spaced digit form only ("k7xq-2mpa 9fdt-wr4e" is two codes). */
const RECOVERY_CODE = /(?<![\p{L}\p{N}-])(?:[a-z0-9]{4,5}-[a-z0-9]{4,5}(?![\p{L}\p{N}-])|\d{4,5} \d{4,5}(?![\p{L}\p{N}-]| \d))/giu;
const DIGIT = /\d/;
const isCapital = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;
const runStart = (_text: string, run: number) => digitRunStart(run);
const SPACES = / /g;

const MRZ_WEIGHTS = [7, 3, 1];
/** ICAO 9303 check digit of a field of A–Z, 0–9 and `<` (weights 7, 3, 1). */
export function mrzCheck(field: string): number {
  let sum = 0;
  for (let index = 0; index < field.length; index++) {
    const code = field.charCodeAt(index);
    const value = code === 60 ? 0 : code <= 57 ? code - 48 : code - 55;
    sum += value * MRZ_WEIGHTS[index % 3]!;
  }
  return sum % 10;
}

/** A TD3 line 2 whose five check digits all hold. */
export function mrzLine2Valid(line: string): boolean {
  const digitAt = (index: number) => line.charCodeAt(index) - 48;
  return (
    mrzCheck(line.slice(0, 9)) === digitAt(9) &&
    mrzCheck(line.slice(13, 19)) === digitAt(19) &&
    mrzCheck(line.slice(21, 27)) === digitAt(27) &&
    mrzCheck(line.slice(28, 42)) === (line[42] === "<" ? 0 : digitAt(42)) &&
    mrzCheck(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) === digitAt(43)
  );
}

const GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Indian GSTIN: 15 characters, the last a mod-36 check over the first 14 (factors 1, 2 alternating). */
export function gstinValid(compact: string): boolean {
  if (compact.length !== 15) return false;
  let sum = 0;
  for (let index = 0; index < 14; index++) {
    const product = GST_CHARS.indexOf(compact[index]!) * (index % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GST_CHARS[(36 - (sum % 36)) % 36] === compact[14];
}

/** French numéro fiscal (SPI): 13 digits, the last three = the first ten mod 511. */
export function numeroFiscalValid(digits: string): boolean {
  return digits.length === 13 && Number(digits.slice(0, 10)) % 511 === Number(digits.slice(10));
}

function runPattern(text: string, pattern: RegExp, valid: (value: string) => boolean, emit: (start: number, end: number) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) if (valid(match[0])) emit(match.index, match.index + match[0].length);
}

/** GSTIN: a run of exactly two digits followed by a capital letter. */
const GSTIN_START = (text: string, run: number, start = runStart(text, run)) => digitRunLength(run) === 2 && isCapital(text.charCodeAt(start + 2));
/** Numéro fiscal: a run of exactly two digits, the first 0-3, followed by a space and a digit. */
const FISCAL_START = (text: string, run: number, start = runStart(text, run)) =>
  digitRunLength(run) === 2 && text.charCodeAt(start) <= 51 && text.charCodeAt(start + 2) === 32 && isDigit(text.charCodeAt(start + 3));

/** `runPattern` for a pattern every match of which starts at a digit run that `mayStart` accepts (GSTIN, numéro fiscal). */
function runDigitPattern(
  text: string,
  pattern: RegExp,
  mayStart: (text: string, run: number) => boolean,
  valid: (value: string) => boolean,
  emit: (start: number, end: number) => void,
): void {
  forEachMatchAtDigitRunStarts(text, pattern, mayStart, (match) => {
    if (valid(match[0])) emit(match.index, match.index + match[0].length);
  });
}

/** "rs" and a digit: an SNP id may be present (answered by the shared keyword pass). */
const SNP_STEMS = ["rs1", "rs2", "rs3", "rs4", "rs5", "rs6", "rs7", "rs8", "rs9"];
/** A GSTIN is written on Indian invoices beside "GST"; a numéro fiscal beside the French tax words. */
const GST_STEMS = ["gst"];
const FISCAL_STEMS = ["fiscal", "impôt", "impot", "déclaration", "declaration"];

function runRecoveryCodes(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, RECOVERY_STEMS)) return;
  RECOVERY_LABEL.lastIndex = 0;
  for (let label = RECOVERY_LABEL.exec(text); label !== null; label = RECOVERY_LABEL.exec(text)) {
    const from = label.index + label[0].length;
    const window = text.slice(from, Math.min(text.length, from + 160));
    RECOVERY_CODE.lastIndex = 0;
    for (let code = RECOVERY_CODE.exec(window); code !== null; code = RECOVERY_CODE.exec(window))
      // One or two characters repeated ("1111-1111", "1212-1212") is a test fixture's code (session 51).
      if (DIGIT.test(code[0]) && !isRepetitive(code[0]))
        emit("password", from + code.index, from + code.index + code[0].length, "id-format-recovery-code", PRIORITY.checksum);
  }
}

function runIdentifierFormats(text: string, emit: Emit, lower: string): void {
  if (text.includes("<<"))
    runPattern(
      text,
      MRZ_LINE_2,
      (line) => line.slice(10, 13) !== "UTO" && mrzLine2Valid(line),
      (start, end) => emit("passport", start, end, "id-format-mrz-line", PRIORITY.checksum),
    );
  if (containsAny(lower, GST_STEMS))
    runDigitPattern(text, GSTIN, GSTIN_START, gstinValid, (start, end) => emit("national_id", start, end, "id-format-gstin", PRIORITY.checksum));
  if (containsAny(lower, FISCAL_STEMS))
    runDigitPattern(
      text,
      NUMERO_FISCAL,
      FISCAL_START,
      (value) => numeroFiscalValid(value.replace(SPACES, "")),
      (start, end) => emit("national_id", start, end, "id-format-numero-fiscal", PRIORITY.checksum),
    );
  if (text.includes("464") || text.includes("Rk1SA")) {
    const template = (start: number, end: number) => emit("biometric", start, end, "id-format-fingerprint-template", PRIORITY.checksum);
    runPattern(text, FMR_HEX, () => true, template);
    runPattern(text, FMR_BASE64, () => true, template);
  }
  if (containsAny(lower, SNP_STEMS)) {
    const cache: PersonNearCache = { verdicts: new Map() };
    runPattern(
      text,
      SNP_GENOTYPE,
      () => true,
      (start, end) => {
        const near = personNear(text, start, cache);
        if (near.named && !near.publicContext) emit("biometric", start, end, "id-format-snp-genotype", PRIORITY.contextual + 20);
      },
    );
  }
  runRecoveryCodes(text, emit, lower);
}

export const identifierFormatDetectors: Detector[] = [{ name: "identifier-formats", run: runIdentifierFormats }];
