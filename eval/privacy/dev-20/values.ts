/**
 * Check-digit validators for development set 20, written from the published algorithms (not from any detector of this
 * project, and independently of the builders in `../dev-10/values.ts` and `../dev-12/values.ts` that make the values, so
 * a builder's slip would show in `check.ts`), and `broken`, which spoils a valid number's check digit for the
 * "why is this invalid?" hard negatives.
 */

const digits = (text: string) => [...text.replace(/\D/g, "")].map(Number);

/** Verhoeff's product in the dihedral group D5 (0–4 rotations, 5–9 reflections), computed rather than tabled. */
function d5(j: number, k: number): number {
  if (j < 5) return k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5);
  return k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5;
}
/** Verhoeff's position permutation: σ applied `times` times, σ = (0 1 5 8 9 4 2 7)(3 6). */
const SIGMA = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
function permute(times: number, digit: number): number {
  let value = digit;
  for (let index = 0; index < times; index++) value = SIGMA[value]!;
  return value;
}

/** Aadhaar: 12 digits, first 2–9, Verhoeff over all twelve gives 0. */
export const validAadhaar = (text: string) => {
  const d = digits(text);
  if (d.length !== 12 || d[0]! < 2) return false;
  return d.reverse().reduce((c, digit, index) => d5(c, permute(index % 8, digit)), 0) === 0;
};

/** Korean 주민등록번호: 13 digits, weights 2…9,2…5, check (11 − sum mod 11) mod 10; month/day sane. */
export const validRrn = (text: string) => {
  const d = digits(text);
  if (d.length !== 13) return false;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = w.reduce((total, weight, index) => total + weight * d[index]!, 0);
  const month = d[2]! * 10 + d[3]!;
  return (11 - (sum % 11)) % 10 === d[12] && month >= 1 && month <= 12;
};

/** Japanese 個人番号: 12 digits; weights 2…7,2…6 from the right over the first eleven; check 11 − r (0 when r ≤ 1). */
export const validMyNumber = (text: string) => {
  const d = digits(text);
  if (d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d[11];
};

/** Russian СНИЛС: 9 digits weighted 9…1; sum < 100 → sum, 100/101 → 00, else sum mod 101 (100 → 00). */
export const validSnils = (text: string) => {
  const d = digits(text);
  if (d.length !== 11) return false;
  const sum = d.slice(0, 9).reduce((total, digit, index) => total + digit * (9 - index), 0);
  const check = sum < 100 ? sum : sum % 101 === 100 ? 0 : sum % 101;
  return check === d[9]! * 10 + d[10]!;
};

/** Russian personal ИНН: 12 digits, two check digits (weights 7,2,4,10,3,5,9,4,6,8 and 3,7,2,4,10,3,5,9,4,6,8; mod 11 mod 10). */
export const validInn12 = (text: string) => {
  const d = digits(text);
  if (d.length !== 12) return false;
  const check = (weights: number[]) => (weights.reduce((total, weight, index) => total + weight * d[index]!, 0) % 11) % 10;
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
};

/** Chinese resident ID: 17 digits + MOD 11-2 character. */
export const validChineseId = (text: string) => {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((total, weight, index) => total + weight * Number(text[index]), 0);
  return "10X98765432"[sum % 11] === text[17];
};

/** Egyptian national ID: 14 digits, century 2/3, then YYMMDD, governorate 01–35 or 88 (no published check digit). */
export const validEgyptianId = (text: string) => {
  const m = /^([23])(\d\d)(\d\d)(\d\d)(\d\d)\d{5}$/.exec(text.replace(/\s/g, ""));
  if (!m) return false;
  const [month, day, gov] = [Number(m[3]), Number(m[4]), Number(m[5])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && ((gov >= 1 && gov <= 35) || gov === 88);
};

/** Indian PAN: five letters (fourth P for a person), four digits, a letter. */
export const validPan = (text: string) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(text);

/** The same number with its last digit moved by one (so any single-digit check fails). */
export function broken(valid: string): string {
  const index = valid.search(/\d(?=\D*$)/);
  return valid.slice(0, index) + String((Number(valid[index]) + 1) % 10) + valid.slice(index + 1);
}
