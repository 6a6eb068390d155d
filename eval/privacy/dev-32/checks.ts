/**
 * Development set 32's own checks of its identifiers (written by the set's author from the published schemes, apart
 * from src/privacy on purpose): each scheme has a shape and the languages it is written in; a labelled `national_id`
 * or `passport` value whose shape and language match a scheme must pass that scheme's check. Schemes without a public
 * check (Nigerian NIN, Kenyan KRA PIN, Pakistani CNIC, Malaysian MyKad, Sri Lankan NIC, passport numbers outside an
 * MRZ) are only counted.
 */

const digitsOf = (text: string) => text.replace(/\D/g, "");
const weighted = (digits: string, weights: readonly number[]) => weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);

/** Chile RUT / RUN: body digits from the right times 2…7, 11 − sum mod 11; 11 → 0, 10 → K. */
export function validRut(value: string): boolean {
  const raw = value.replace(/[.\s-]/g, "").toUpperCase();
  const body = raw.slice(0, -1);
  if (!/^\d{7,8}$/.test(body)) return false;
  let sum = 0;
  let factor = 2;
  for (const char of [...body].reverse()) {
    sum += Number(char) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const check = 11 - (sum % 11);
  return raw.at(-1) === (check === 11 ? "0" : check === 10 ? "K" : String(check));
}

/** Argentina CUIL / CUIT: 11 digits, weights 5432765432, 11 − sum mod 11 (11 → 0; 10 never issued). */
export function validCuit(value: string): boolean {
  const d = digitsOf(value);
  if (!/^(20|23|24|27|30|33|34)\d{9}$/.test(d)) return false;
  const check = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && Number(d[10]) === (check === 11 ? 0 : check);
}

/** Peru RUC of a person: 10 + DNI + check digit (weights 5432765432, 11 − sum mod 11; 10 → 0, 11 → 1). */
export function validRuc(value: string): boolean {
  const d = digitsOf(value);
  if (!/^(10|15|17|20)\d{9}$/.test(d)) return false;
  const check = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return Number(d[10]) === check % 10;
}

/** Colombia NIT: weights 3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71 from the right; r > 1 → 11 − r. */
export function validNit(value: string): boolean {
  const match = /^([\d.]+)-(\d)$/.exec(value.replace(/\s/g, ""));
  if (!match) return false;
  const body = match[1]!.replace(/\./g, "");
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const sum = [...body].reverse().reduce((total, char, index) => total + Number(char) * weights[index]!, 0);
  const rest = sum % 11;
  return Number(match[2]) === (rest > 1 ? 11 - rest : rest);
}

/** Ecuador cédula: province 01–24, third digit < 6, coefficients 212121212 (products over 9 minus 9). */
export function validEcuadorCedula(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 || Number(d.slice(0, 2)) < 1 || Number(d.slice(0, 2)) > 24 || Number(d[2]) >= 6) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const product = Number(d[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return Number(d[9]) === (10 - (sum % 10)) % 10;
}

/** Uruguay cédula: seven digits, weights 2987634, check (10 − sum mod 10) mod 10. */
export function validUruguayCi(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 8) return false;
  return Number(d[7]) === (10 - (weighted(d, [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10;
}

/** Mexico RFC of a person (13 characters): the homoclave's check character, mod 11 over the table below. */
export function validRfc(value: string): boolean {
  const raw = value.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-ZÑ&]{4}\d{6}[A-Z\d]{3}$/.test(raw)) return false;
  const table = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += table.indexOf(raw[index]!) * (13 - index);
  const rest = sum % 11;
  const check = rest === 0 ? "0" : 11 - rest === 10 ? "A" : String(11 - rest);
  return raw[12] === check;
}

/** Bulgaria ЕГН: weights 2 4 8 5 10 9 7 3 6, sum mod 11 (10 → 0). */
export function validEgn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10) return false;
  const check = weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
  return Number(d[9]) === check % 10;
}

/** Croatia OIB: ISO 7064 MOD 11,10. */
export function validOib(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 11) return false;
  let t = 10;
  for (let index = 0; index < 10; index++) {
    t = (t + Number(d[index])) % 10;
    if (t === 0) t = 10;
    t = (t * 2) % 11;
  }
  const check = 11 - t;
  return Number(d[10]) === (check === 10 ? 0 : check);
}

/** Slovenia EMŠO / Serbian, Bosnian, Macedonian JMBG: DDMMYYY RR BBB K, weights 765432765432, 11 − r (11 → 0). */
export function validJmbg(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 13) return false;
  const check = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 10) return false;
  return Number(d[12]) === (check === 11 ? 0 : check);
}

/** Greece ΑΦΜ: sum of d_i · 2^(8−i) over the first eight, mod 11 mod 10. */
export function validAfm(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  return Number(d[8]) === (weighted(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10;
}

/** Hungary adóazonosító jel: 10 digits starting with 8, sum of d_i · i (i = 1…9) mod 11 (10 never issued). */
export function validHuTaxId(value: string): boolean {
  const d = digitsOf(value);
  if (!/^8\d{9}$/.test(d)) return false;
  const check = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11;
  return check !== 10 && Number(d[9]) === check;
}

/** Hungary TAJ: nine digits, odd positions · 3 and even · 7, sum mod 10. */
export function validTaj(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  return Number(d[8]) === weighted(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10;
}

/** Iceland kennitala: weights 32765432, 11 − r (11 → 0; 10 never issued), century digit 8, 9 or 0. */
export function validKennitala(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 || !/[890]$/.test(d)) return false;
  const check = 11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && Number(d[8]) === (check === 11 ? 0 : check);
}

/** Lithuania asmens kodas: weights 1234567891, then 3456789123 if the rest is 10; 10 again → 0. */
export function validLtPersonalCode(value: string): boolean {
  const d = digitsOf(value);
  if (!/^[3-6]\d{10}$/.test(d)) return false;
  let rest = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (rest === 10) rest = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return Number(d[10]) === (rest === 10 ? 0 : rest);
}

/** Ireland PPSN: seven digits, a check letter and optionally a second letter (weights 8…2, second letter × 9, mod 23). */
export function validPpsn(value: string): boolean {
  const match = /^(\d{7})([A-W])([A-IW]?)$/.exec(value.replace(/\s/g, "").toUpperCase());
  if (!match) return false;
  let sum = weighted(match[1]!, [8, 7, 6, 5, 4, 3, 2]);
  if (match[3] && match[3] !== "W") sum += 9 * (match[3].charCodeAt(0) - 64);
  const rest = sum % 23;
  return match[2] === (rest === 0 ? "W" : String.fromCharCode(64 + rest));
}

/** Australia TFN: nine digits, weights 1 4 3 7 5 8 6 9 10, sum mod 11 = 0. */
export function validTfn(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 9 && weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/** Australia Medicare card: ten digits (+ IRN), first 2–6, ninth = (weights 1 3 7 9 1 3 7 9) mod 10. */
export function validMedicare(value: string): boolean {
  const d = digitsOf(value);
  if (!/^[2-6]\d{9,10}$/.test(d)) return false;
  return Number(d[8]) === weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
}

/** New Zealand IRD number: eight or nine digits, weights 3 2 7 6 5 4 3 2 on the padded base, 11 − r (primary only). */
export function validIrd(value: string): boolean {
  const d = digitsOf(value).padStart(9, "0");
  if (d.length !== 9) return false;
  const base = d.slice(0, 8);
  const rest = weighted(base, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && Number(d[8]) === check;
}

/** Singapore NRIC / FIN for citizens: S or T, seven digits, weights 2765432 (+4 for T), letter JZIHGFEDCBA. */
export function validNric(value: string): boolean {
  const match = /^([ST])(\d{7})([A-Z])$/.exec(value.toUpperCase());
  if (!match) return false;
  const sum = weighted(match[2]!, [2, 7, 6, 5, 4, 3, 2]) + (match[1] === "T" ? 4 : 0);
  return match[3] === "JZIHGFEDCBA"[sum % 11];
}

/** Iran کد ملی: ten digits, sum d_i · (10 − i) over nine, r < 2 → r, else 11 − r. */
export function validCodeMelli(value: string): boolean {
  const d = digitsOf(value.replace(/[۰-۹]/g, (char) => String(char.charCodeAt(0) - 0x06f0)));
  if (d.length !== 10 || /^(\d)\1{9}$/.test(d)) return false;
  const rest = weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return Number(d[9]) === (rest < 2 ? rest : 11 - rest);
}

/** Mexico CURP: 18 characters, check digit over the table 0-9A-NÑO-Z with weights 18…2. */
export function validCurp(value: string): boolean {
  const raw = value.toUpperCase();
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d$/.test(raw)) return false;
  const table = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += table.indexOf(raw[index]!) * (18 - index);
  return Number(raw[17]) === (10 - (sum % 10)) % 10;
}

/** ICAO 9303 check digit (weights 7 3 1; digits, A = 10 …, `<` = 0). */
export function mrzDigit(field: string): number {
  let sum = 0;
  for (let index = 0; index < field.length; index++) {
    const char = field[index]!;
    const value = char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += value * [7, 3, 1][index % 3]!;
  }
  return sum % 10;
}

/** A TD3 second line (44 characters): document number, birth, expiry, optional data and composite check digits. */
export function validTd3Line2(line: string): boolean {
  if (!/^[A-Z0-9<]{44}$/.test(line)) return false;
  const ok = (field: string, digit: string) => mrzDigit(field) === Number(digit);
  return (
    ok(line.slice(0, 9), line[9]!) &&
    ok(line.slice(13, 19), line[19]!) &&
    ok(line.slice(21, 27), line[27]!) &&
    ok(line.slice(28, 42), line[42]!) &&
    ok(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43), line[43]!)
  );
}

/** Schemes by language and shape (value with separators removed). */
const SCHEMES: ReadonlyArray<{ name: string; langs: readonly string[]; shape: RegExp; valid: (value: string) => boolean }> = [
  { name: "RUT", langs: ["es"], shape: /^\d{7,8}[\dK]$/i, valid: validRut },
  { name: "CUIL/CUIT", langs: ["es"], shape: /^(20|23|24|27)\d{9}$/, valid: validCuit },
  { name: "RUC", langs: ["es"], shape: /^10\d{9}$/, valid: validRuc },
  { name: "NIT", langs: ["es"], shape: /^\d{6,10}-\d$/, valid: validNit },
  { name: "cédula (EC)", langs: ["es"], shape: /^(0[1-9]|1\d|2[0-4])[0-5]\d{7}$/, valid: validEcuadorCedula },
  { name: "CI (UY)", langs: ["es"], shape: /^[1-6]\d{7}$/, valid: validUruguayCi },
  { name: "RFC", langs: ["es"], shape: /^[A-ZÑ&]{4}\d{6}[A-Z\d]{3}$/, valid: validRfc },
  { name: "CURP", langs: ["es"], shape: /^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d$/, valid: validCurp },
  { name: "ЕГН", langs: ["bg"], shape: /^\d{10}$/, valid: validEgn },
  { name: "OIB", langs: ["hr"], shape: /^\d{11}$/, valid: validOib },
  { name: "EMŠO/JMBG", langs: ["sl", "sr", "bs", "mk"], shape: /^\d{13}$/, valid: validJmbg },
  { name: "ΑΦΜ", langs: ["el"], shape: /^\d{9}$/, valid: validAfm },
  { name: "adóazonosító jel", langs: ["hu"], shape: /^8\d{9}$/, valid: validHuTaxId },
  { name: "TAJ", langs: ["hu"], shape: /^\d{9}$/, valid: validTaj },
  { name: "kennitala", langs: ["is"], shape: /^\d{10}$/, valid: validKennitala },
  { name: "asmens kodas", langs: ["lt"], shape: /^\d{11}$/, valid: validLtPersonalCode },
  { name: "PPSN", langs: ["en"], shape: /^\d{7}[A-W][A-IW]?$/i, valid: validPpsn },
  { name: "TFN", langs: ["en"], shape: /^\d{9}$/, valid: validTfn },
  { name: "Medicare", langs: ["en"], shape: /^[2-6]\d{9}$/, valid: validMedicare },
  { name: "IRD", langs: ["en"], shape: /^\d{8,9}$/, valid: validIrd },
  { name: "NRIC", langs: ["en", "zh"], shape: /^[ST]\d{7}[A-Z]$/i, valid: validNric },
  { name: "کد ملی", langs: ["fa"], shape: /^[\d۰-۹]{10}$/, valid: validCodeMelli },
];

/** Why a labelled identifier is wrong, or undefined. */
export function identifierProblem(category: string, value: string, lang: string): string | undefined {
  if (category === "passport" && /^[A-Z0-9<]{44}$/.test(value)) return validTd3Line2(value) ? undefined : "MRZ check digits";
  if (category !== "national_id") return undefined;
  const keepDash = value.replace(/[\s.]/g, "");
  const compact = keepDash.replace(/[-/]/g, "");
  const schemes = SCHEMES.filter((scheme) => scheme.langs.includes(lang) && (scheme.shape.test(compact) || scheme.shape.test(keepDash)));
  if (schemes.length === 0) return undefined;
  return schemes.some((scheme) => scheme.valid(value)) ? undefined : `fails ${schemes.map((scheme) => scheme.name).join(" / ")}`;
}
