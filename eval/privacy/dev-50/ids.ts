/**
 * Check-digit generators for development set 50 (`eval/privacy/dev-50.ts`) beyond the ones dev-10 already has: every
 * positive identity number is an invented body completed with its real check digit (written from the published
 * algorithms, not from any detector of this project). `breakCheck` makes the invalid look-alikes the negatives use.
 */
export { aadhaar, bsn, chineseId, codiceFiscale, cpf, dni, luhn, myNumber, pesel, personnummer, rrn, tcKimlik } from "../dev-10/values.js";

const value = (char: string) => (char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55);

/** ICAO 9303 check digit (weights 7 3 1) of a machine-readable field. */
export function icaoCheck(field: string): string {
  let sum = 0;
  [...field].forEach((char, index) => (sum += value(char) * [7, 3, 1][index % 3]!));
  return String(sum % 10);
}

/** German Personalausweis / Reisepass number: nine characters, then the ICAO check digit (as in the MRZ). */
export const germanDocument = (nine: string) => nine + icaoCheck(nine);

/** Spanish NIE: X/Y/Z + seven digits + the DNI letter of the prefix digit and the seven. */
export const nie = (prefix: "X" | "Y" | "Z", seven: string) => prefix + seven + "TRWAGMYFPDXBNJZSQVHLCKE"[Number("XYZ".indexOf(prefix) + seven) % 23];

/** Belgian rijksregisternummer YY.MM.DD-SSS.CC (97 − n mod 97; born from 2000: n prefixed with 2). */
export function rijksregister(date6: string, serial3: string, from2000 = false): string {
  const body = date6 + serial3;
  const check = 97 - (Number((from2000 ? "2" : "") + body) % 97);
  const cc = String(check).padStart(2, "0");
  return `${date6.slice(0, 2)}.${date6.slice(2, 4)}.${date6.slice(4)}-${serial3}.${cc}`;
}

/** Norwegian fødselsnummer DDMMYY IIIKK (two mod-11 digits); undefined when a check would be 10. */
export function fodselsnummer(date6: string, individual3: string): string | undefined {
  const digits = [...(date6 + individual3)].map(Number);
  const weighted = (weights: number[], list: number[]) => {
    const rest = 11 - (weights.reduce((total, weight, index) => total + weight * list[index]!, 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  const k1 = weighted([3, 7, 6, 1, 8, 9, 4, 5, 2], digits);
  if (k1 === 10) return undefined;
  const k2 = weighted([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...digits, k1]);
  if (k2 === 10) return undefined;
  return `${date6}${individual3}${k1}${k2}`;
}

/** Finnish henkilötunnus DDMMYYCNNNX (X = DDMMYYNNN mod 31). */
export const hetu = (date6: string, century: "-" | "A", serial3: string) =>
  date6 + century + serial3 + "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(date6 + serial3) % 31];

/** Danish CPR DDMMYY-SSSS with the (pre-2007) mod-11 test passing; undefined when no last digit passes. */
export function cpr(date6: string, serial3: string): string | undefined {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = [...(date6 + serial3)].reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  const last = (11 - (sum % 11)) % 11;
  return last === 10 ? undefined : `${date6}-${serial3}${last}`;
}

/** Portuguese NIF: eight digits + mod-11 check digit. */
export function nif(eight: string): string {
  const sum = [...eight].reduce((total, char, index) => total + Number(char) * (9 - index), 0);
  const rest = sum % 11;
  return eight + String(rest < 2 ? 0 : 11 - rest);
}

/** Chilean RUT printed 12.345.678-K (mod 11, weights 2..7 from the right). */
export function rut(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((char, index) => (sum += Number(char) * (2 + (index % 6))));
  const rest = 11 - (sum % 11);
  const check = rest === 11 ? "0" : rest === 10 ? "K" : String(rest);
  return `${body.replace(/\B(?=(\d{3})+$)/g, ".")}-${check}`;
}

/** South African ID: YYMMDD SSSS C A + Luhn digit (13 digits). */
export function southAfricanId(date6: string, serial4: string, citizen = "0"): string {
  const body = date6 + serial4 + citizen + "8";
  let sum = 0;
  [...body].reverse().forEach((char, index) => {
    let digit = Number(char);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  });
  return body + String((10 - (sum % 10)) % 10);
}

/** Mexican CURP: seventeen characters + check digit (RENAPO dictionary, weights 18..2). */
export function curp(seventeen: string): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  const sum = [...seventeen].reduce((total, char, index) => total + alphabet.indexOf(char) * (18 - index), 0);
  return seventeen + String((10 - (sum % 10)) % 10);
}

/** Polish dowód osobisty series and number: three letters, check digit, five digits. */
export function dowod(letters: string, five: string): string {
  const weights = [7, 3, 1, 7, 3, 1, 7, 3];
  const chars = [...letters, ...five];
  const sum = chars.reduce((total, char, index) => total + value(char) * weights[index]!, 0);
  return `${letters}${sum % 10}${five}`;
}

/** São Paulo RG: eight digits + mod-11 digit (weights 2..9; 10 → X), printed 12.345.678-9. */
export function rgSaoPaulo(eight: string): string {
  const sum = [...eight].reduce((total, char, index) => total + Number(char) * (index + 2), 0);
  const rest = sum % 11;
  const check = rest === 10 ? "X" : String(rest);
  return `${eight.slice(0, 2)}.${eight.slice(2, 5)}.${eight.slice(5)}-${check}`;
}

/** The same number with its last digit changed (a look-alike whose check fails); letters are left alone. */
export function breakCheck(valid: string): string {
  const index = valid.search(/\d(?=\D*$)/);
  if (index < 0) return valid;
  const digit = (Number(valid[index]) + 3) % 10;
  return valid.slice(0, index) + String(digit) + valid.slice(index + 1);
}

/** Throws when a generator returned undefined (a body without a valid check digit). */
export function must(text: string | undefined, what: string): string {
  if (text === undefined) throw new Error(`${what}: body admits no check digit`);
  return text;
}
