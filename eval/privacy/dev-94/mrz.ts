/**
 * dev-94's machine-readable zones, written from ICAO Doc 9303 (8th edition) parts 3–7, not from the guard: the check
 * digit (weights 7-3-1 repeating; digits their value, A–Z 10–35, the filler `<` 0), and the zones of TD3 passports
 * (2 × 44), TD1 cards (3 × 30), TD2 cards (2 × 36) and MRV-A / MRV-B visas (2 × 44 / 2 × 36). `mrzWrong` re-parses a
 * zone line and names the first check digit that fails (used by check.ts). Dates are YYMMDD.
 */

/** The value of one MRZ character in the check-digit sum. */
function mrzValue(character: string): number {
  if (character === "<") return 0;
  const code = character.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new Error(`not an MRZ character: ${character}`);
}

/** The Doc 9303 check digit of `field` (weights 7, 3, 1 repeating; sum mod 10). */
export function checkDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((character, index) => (sum += mrzValue(character) * weights[index % 3]!));
  return String(sum % 10);
}

/** `text` padded with fillers to `length` (throws when longer). */
export function pad(text: string, length: number): string {
  if (text.length > length) throw new Error(`too long for ${length}: ${text}`);
  return text + "<".repeat(length - text.length);
}

export interface Holder {
  surname: string;
  given: string;
  /** ISO 3166 alpha-3 (or Doc 9303's UTO, D). */
  nationality: string;
  issuer: string;
  /** YYMMDD */
  birth: string;
  sex: "M" | "F" | "<";
  /** YYMMDD */
  expiry: string;
  documentNumber: string;
  personal?: string;
}

/** Surname<<Given<Names in MRZ form (spaces and hyphens become fillers). */
export const nameField = (holder: Holder) => `${holder.surname.replace(/[ -]/g, "<")}<<${holder.given.replace(/[ -]/g, "<")}`;

/** A document number field of 9 characters with its check digit (Doc 9303 long numbers are not generated here). */
const numberWithCheck = (value: string) => pad(value, 9) + checkDigit(pad(value, 9));

/** TD3 passport: two lines of 44. */
export function td3(holder: Holder, type = "P<"): [string, string] {
  const line1 = pad(type + holder.issuer.padEnd(3, "<") + nameField(holder), 44);
  const personal = pad(holder.personal ?? "", 14);
  const personalCheck = holder.personal ? checkDigit(personal) : "<";
  const document = numberWithCheck(holder.documentNumber);
  const birth = holder.birth + checkDigit(holder.birth);
  const expiry = holder.expiry + checkDigit(holder.expiry);
  const composite = checkDigit(document + birth + expiry + personal + personalCheck);
  const line2 = document + holder.nationality.padEnd(3, "<") + birth + holder.sex + expiry + personal + personalCheck + composite;
  return [line1, line2];
}

/** TD1 identity card: three lines of 30. */
export function td1(holder: Holder, type = "ID"): [string, string, string] {
  const line1 = pad(type + holder.issuer.padEnd(3, "<") + numberWithCheck(holder.documentNumber) + (holder.personal ?? ""), 30);
  const upper = holder.birth + checkDigit(holder.birth) + holder.sex + holder.expiry + checkDigit(holder.expiry) + holder.nationality.padEnd(3, "<");
  const optional = "<".repeat(11);
  const composite = checkDigit(line1.slice(5, 30) + upper.slice(0, 7) + upper.slice(8, 15) + optional);
  return [line1, upper + optional + composite, pad(nameField(holder), 30)];
}

/** TD2 card: two lines of 36. */
export function td2(holder: Holder, type = "I<"): [string, string] {
  const line1 = pad(type + holder.issuer.padEnd(3, "<") + nameField(holder), 36);
  const document = numberWithCheck(holder.documentNumber);
  const birth = holder.birth + checkDigit(holder.birth);
  const expiry = holder.expiry + checkDigit(holder.expiry);
  const optional = pad(holder.personal ?? "", 7);
  const composite = checkDigit(document + birth + expiry + optional);
  return [line1, document + holder.nationality.padEnd(3, "<") + birth + holder.sex + expiry + optional + composite];
}

/** MRV-A (44) or MRV-B (36) visa: no composite check digit. */
export function mrv(holder: Holder, width: 44 | 36 = 44): [string, string] {
  const line1 = pad("V<" + holder.issuer.padEnd(3, "<") + nameField(holder), width);
  const document = numberWithCheck(holder.documentNumber);
  const line2 = document + holder.nationality.padEnd(3, "<") + holder.birth + checkDigit(holder.birth) + holder.sex + holder.expiry + checkDigit(holder.expiry);
  return [line1, pad(line2 + (holder.personal ?? ""), width)];
}

const digitsAt = (line: string, start: number, end: number, check: number, what: string): string | undefined =>
  checkDigit(line.slice(start, end)) === line[check] ? undefined : `${what} check digit`;

/**
 * Why a data line fails its check digits (undefined when all pass): TD3 / MRV-A line 2 (44), TD2 / MRV-B line 2 (36),
 * TD1 line 1 (30, document number only). `visa` skips the composite.
 */
export function mrzWrong(line: string, visa = false): string | undefined {
  if (!/^[A-Z0-9<]+$/.test(line)) return "not MRZ characters";
  const fields =
    line.length === 30
      ? [digitsAt(line, 5, 14, 14, "document")]
      : [digitsAt(line, 0, 9, 9, "document"), digitsAt(line, 13, 19, 19, "birth"), digitsAt(line, 21, 27, 27, "expiry")];
  if (!visa && line.length === 44) {
    const personalCheck = line[42] === "<" ? undefined : digitsAt(line, 28, 42, 42, "personal");
    fields.push(personalCheck, checkDigit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)) === line[43] ? undefined : "composite check digit");
  }
  if (!visa && line.length === 36)
    fields.push(checkDigit(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 35)) === line[35] ? undefined : "composite check digit");
  if (line.length !== 30 && line.length !== 36 && line.length !== 44) return "not a data line length";
  return fields.find(Boolean);
}
