/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const GERMAN_TAX_ID_VALID_PATTERN_1 = /^[1-9]\d{10}$/;
const ABA_ROUTING_VALID_PATTERN_1 = /^\d{9}$/;
const NHS_NUMBER_VALID_PATTERN_1 = /^\d{10}$/;
const INSEE_VALID_PATTERN_1 = /^[12378]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$/i;
const SPANISH_ID_VALID_PATTERN_1 = /^([XYZ]?)(\d{7,8})([A-Z])$/;
const FINNISH_PERSONAL_ID_VALID_PATTERN_1 = /^(\d{2})(\d{2})(\d{2})[-+A-FYXWVU](\d{3})([0-9A-Y])$/;
const NORWEGIAN_BIRTH_NUMBER_VALID_PATTERN_1 = /^\d{11}$/;
const ROMANIAN_PERSONAL_CODE_VALID_PATTERN_1 = /^[1-8]\d{12}$/;
const PORTUGUESE_TAX_NUMBER_VALID_PATTERN_1 = /^[1235689]\d{8}$/;
const BALTIC_PERSONAL_CODE_VALID_PATTERN_1 = /^[1-6]\d{10}$/;
/**
 * Check-digit algorithms used to confirm candidate numbers (pure functions over digit strings).
 * Written here because each is a few lines and the published algorithms are small and fixed;
 * pulling a validator package per algorithm would cost more than it saves.
 */

/** Luhn (ISO/IEC 7812) over a string of digits. */
/**
 * A Canadian SIN (session 55): Luhn, and a first digit that is issued to a person — 0 never is (CRA's published sample
 * 046 454 286 starts so) and 8 marks a business number, no person's. 9 (temporary residents) is a person's.
 */
export function canadianSinValid(digits: string): boolean {
  return digits.length === 9 && digits[0] !== "0" && digits[0] !== "8" && luhnValid(digits);
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let value = digits.charCodeAt(index) - 48;
    if (value < 0 || value > 9) return false;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 97-10 over an alphanumeric string (letters A=10 .. Z=35), as used by IBAN. */
export function mod97(value: string): number {
  let remainder = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return -1;
  }
  return remainder;
}

/** IBAN check: move the first four characters to the end; the remainder mod 97 must be 1. */
export function ibanValid(compact: string): boolean {
  if (compact.length < 15 || compact.length > 34) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff check (Indian Aadhaar): the whole number, check digit included, must reduce to 0. */
export function verhoeffValid(digits: string): boolean {
  let check = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (digit < 0 || digit > 9) return false;
    check = VERHOEFF_D[check]![VERHOEFF_P[index % 8]![digit]!]!;
  }
  return check === 0;
}

/** Verhoeff check digit for a payload (used by the evaluation generator and tests). */
export function verhoeffCheckDigit(payload: string): number {
  for (let digit = 0; digit <= 9; digit++) if (verhoeffValid(payload + digit)) return digit;
  return -1;
}

/** ISO 7064 MOD 11,10 (German tax identification number, Steuer-IdNr). */
export function mod11_10CheckDigit(payload: string): number {
  let product = 10;
  for (let index = 0; index < payload.length; index++) {
    let sum = (payload.charCodeAt(index) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * German Steuer-IdNr: 11 digits, no leading zero, check digit MOD 11,10, and in the first ten
 * digits exactly one digit appears twice or three times (rule since 2016) while others appear once or not.
 */
export function germanTaxIdValid(digits: string): boolean {
  if (!GERMAN_TAX_ID_VALID_PATTERN_1.test(digits)) return false;
  const counts = new Array<number>(10).fill(0);
  for (let index = 0; index < 10; index++) counts[digits.charCodeAt(index) - 48]!++;
  const repeated = counts.filter((count) => count > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return mod11_10CheckDigit(digits.slice(0, 10)) === digits.charCodeAt(10) - 48;
}

/** ABA routing number: weights 3,7,1 repeated, sum divisible by 10, first two digits in Federal Reserve ranges. */
export function abaRoutingValid(digits: string): boolean {
  if (!ABA_ROUTING_VALID_PATTERN_1.test(digits)) return false;
  const prefix = Number(digits.slice(0, 2));
  if (!((prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80)) return false;
  const weights = [3, 7, 1];
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * weights[index % 3]!;
  return sum % 10 === 0;
}

/** UK NHS number: 10 digits, mod 11 with weights 10..2, check digit 10 invalid. */
export function nhsNumberValid(digits: string): boolean {
  if (!NHS_NUMBER_VALID_PATTERN_1.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (10 - index);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/** French NIR (INSEE): 13 characters (Corsica 2A/2B mapped to 19/18) + key = 97 - (number mod 97). */
export function inseeValid(compact: string): boolean {
  if (!INSEE_VALID_PATTERN_1.test(compact)) return false;
  const body = compact.slice(0, 13).toUpperCase().replace("2A", "19").replace("2B", "18");
  const key = Number(compact.slice(13));
  const remainder = Number(BigInt(body) % 97n);
  return 97 - remainder === key;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
export function spanishIdValid(compact: string): boolean {
  const upper = compact.toUpperCase();
  const match = SPANISH_ID_VALID_PATTERN_1.exec(upper);
  if (!match) return false;
  const prefix = match[1] === "" ? "" : String("XYZ".indexOf(match[1]!));
  const number = prefix + match[2]!;
  if (number.length !== 8) return false;
  return DNI_LETTERS[Number(number) % 23] === match[3];
}

/** Shannon entropy in bits per character (used to tell real secrets from words and placeholders). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / value.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** Digits of a string as numbers (callers pass digit-only strings). */
function digitsOf(value: string): number[] {
  const digits: number[] = [];
  for (let index = 0; index < value.length; index++) digits.push(value.charCodeAt(index) - 48);
  return digits;
}

function dotProduct(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index++) sum += digits[index]! * weights[index]!;
  return sum;
}

/** A calendar date check (month 1-12, day within the month). */
export function calendarDateValid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Turkish T.C. Kimlik No: 11 digits, no leading zero, two check digits (odd/even sums, then the total). */
export function turkishIdValid(value: string): boolean {
  if (!GERMAN_TAX_ID_VALID_PATTERN_1.test(value)) return false;
  const d = digitsOf(value);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return dotProduct(d, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) % 10 === d[10];
}

/** Ukrainian RNOKPP (individual tax number, ІПН): 10 digits, the first five the birth date as days since 1899-12-31, weighted mod-11 check. */
export function ukrainianTaxNumberValid(value: string): boolean {
  if (!NHS_NUMBER_VALID_PATTERN_1.test(value)) return false;
  const d = digitsOf(value);
  return (((dotProduct(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10 === d[9];
}

/** Birth date encoded in a Ukrainian RNOKPP (days since 1899-12-31). */
export function ukrainianTaxNumberBirthYear(value: string): number {
  return new Date(Date.UTC(1899, 11, 31) + Number(value.slice(0, 5)) * 86_400_000).getUTCFullYear();
}

/** Swedish personnummer / samordningsnummer: YYMMDD + 4 digits (10 digits), Luhn, valid date (day + 60 for coordination numbers). */
export function swedishPersonalNumberValid(tenDigits: string): boolean {
  if (!NHS_NUMBER_VALID_PATTERN_1.test(tenDigits)) return false;
  const month = Number(tenDigits.slice(2, 4));
  let day = Number(tenDigits.slice(4, 6));
  if (day > 60) day -= 60;
  if (!calendarDateValid(2000 + Number(tenDigits.slice(0, 2)), month, day) && !calendarDateValid(1900 + Number(tenDigits.slice(0, 2)), month, day))
    return false;
  return luhnValid(tenDigits);
}

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
/** Finnish henkilötunnus: DDMMYY, century sign, 3-digit individual number, mod-31 check character. */
export function finnishPersonalIdValid(value: string): boolean {
  const match = FINNISH_PERSONAL_ID_VALID_PATTERN_1.exec(value.toUpperCase());
  if (!match) return false;
  if (!calendarDateValid(2000, Number(match[2]), Number(match[1]))) return false;
  return HETU_CHECK[Number(match[1]! + match[2]! + match[3]! + match[4]!) % 31] === match[5];
}

/** Norwegian fødselsnummer / D-number: DDMMYY + 5 digits with two mod-11 check digits. */
export function norwegianBirthNumberValid(value: string): boolean {
  if (!NORWEGIAN_BIRTH_NUMBER_VALID_PATTERN_1.test(value)) return false;
  const d = digitsOf(value);
  let day = d[0]! * 10 + d[1]!;
  if (day > 40) day -= 40;
  if (!calendarDateValid(2000, (d[2]! * 10 + d[3]!) % 40, day)) return false;
  const check = (sum: number) => {
    const rest = 11 - (sum % 11);
    return rest === 11 ? 0 : rest;
  };
  return check(dotProduct(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) === d[9] && check(dotProduct(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) === d[10];
}

/** Romanian CNP: 13 digits, sex/century digit, YYMMDD, county, serial, weighted mod-11 check (10 -> 1). */
export function romanianPersonalCodeValid(value: string): boolean {
  if (!ROMANIAN_PERSONAL_CODE_VALID_PATTERN_1.test(value)) return false;
  const d = digitsOf(value);
  if (!calendarDateValid(2000, d[3]! * 10 + d[4]!, d[5]! * 10 + d[6]!)) return false;
  const rest = dotProduct(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (rest === 10 ? 1 : rest) === d[12];
}

/** Czech/Slovak rodné číslo (10 digits since 1954): divisible by 11 (or remainder 10 with check 0); month + 50 / + 20 / + 70. */
export function czechBirthNumberValid(value: string): boolean {
  if (!NHS_NUMBER_VALID_PATTERN_1.test(value)) return false;
  let month = Number(value.slice(2, 4));
  if (month > 70) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20) month -= 20;
  if (!calendarDateValid(2000, month, Number(value.slice(4, 6)))) return false;
  const rest = Number(value.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === value.charCodeAt(9) - 48;
}

/** Portuguese NIF: 9 digits, weights 9..2, check 11 - sum mod 11 (10 and 11 -> 0). */
export function portugueseTaxNumberValid(value: string): boolean {
  if (!PORTUGUESE_TAX_NUMBER_VALID_PATTERN_1.test(value)) return false;
  const rest = 11 - (dotProduct(digitsOf(value), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (rest >= 10 ? 0 : rest) === value.charCodeAt(8) - 48;
}

/** Belgian national register number: YYMMDD + 3 digits + 2-digit key = 97 - (number mod 97), prefixed by 2 for births since 2000. */
export function belgianNationalNumberValid(value: string): boolean {
  if (!NORWEGIAN_BIRTH_NUMBER_VALID_PATTERN_1.test(value)) return false;
  const body = Number(value.slice(0, 9));
  const key = Number(value.slice(9));
  return 97 - (body % 97) === key || 97 - ((2_000_000_000 + body) % 97) === key;
}

/** Estonian/Lithuanian personal code: sex/century digit, YYMMDD, serial, two-stage weighted mod-11 check. */
export function balticPersonalCodeValid(value: string): boolean {
  if (!BALTIC_PERSONAL_CODE_VALID_PATTERN_1.test(value)) return false;
  const d = digitsOf(value);
  if (!calendarDateValid(2000, d[3]! * 10 + d[4]!, d[5]! * 10 + d[6]!)) return false;
  let rest = dotProduct(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (rest === 10) rest = dotProduct(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (rest === 10 ? 0 : rest) === d[10];
}

/** Israeli Teudat Zehut: 9 digits, weights 1,2,1,2… with the digits of each product summed, total ≡ 0 (mod 10). */
export function israeliIdValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const product = (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

/** Hungarian TAJ (social insurance) number: 9 digits, weights 3,7,3,7… on the first eight, sum mod 10 = the ninth. */
export function hungarianTajValid(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (digits.charCodeAt(index) - 48) * (index % 2 === 0 ? 3 : 7);
  return sum % 10 === digits.charCodeAt(8) - 48;
}

/** Hungarian tax number of a person (adóazonosító jel): 8, days since 1867-01-01 (5 digits), 3 digits, Σ dᵢ·i mod 11. */
export function hungarianTaxIdValid(digits: string): boolean {
  if (digits.length !== 10 || digits[0] !== "8") return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (index + 1);
  return sum % 11 === digits.charCodeAt(9) - 48;
}

/** Malaysian MyKad number: YYMMDD, a birthplace code (states 01–16, 21–59 and abroad 60–93, 98, 99), 4 digits. */
export function malaysianIdValid(digits: string): boolean {
  if (digits.length !== 12 || !calendarDateValid(2000, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))) return false;
  const place = Number(digits.slice(6, 8));
  return (place >= 1 && place <= 16) || (place >= 21 && place <= 93 && place !== 70 && place !== 73 && place !== 80 && place !== 81) || place >= 98;
}

/** CRC-32 (IEEE 802.3, zlib's polynomial) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let index = 0; index < text.length; index++) {
    crc ^= text.charCodeAt(index) & 0xff;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * A GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) or npm (`npm_`) token whose last 6 characters are the CRC-32 of the 30
 * before them in base62, left-padded with "0" (the formats GitHub and npm published in 2021).
 */
export function prefixedTokenChecksumValid(token: string): boolean {
  const body = token.slice(token.indexOf("_") + 1);
  if (body.length !== 36) return false;
  let value = crc32(body.slice(0, 30));
  let encoded = "";
  for (; value > 0; value = Math.floor(value / 62)) encoded = BASE62_DIGITS[value % 62]! + encoded;
  return encoded.padStart(6, "0") === body.slice(30);
}
