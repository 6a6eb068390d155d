/**
 * Format and value check for development set 16 (shared format check: `../check-split-set.ts`). Every labelled value
 * of a checksummed scheme must pass its check: NHS (mod 11), MRZ lines (ICAO 9303, all five digits), Canadian SIN and
 * card-style numbers (Luhn), Steuer-ID (ISO 7064), Sozialversicherungsnummer, NIR (mod 97), numéro fiscal (mod 511),
 * DNI/NIF/NIE (mod 23), codice fiscale, CPF, CNPJ, CNH, Portuguese NIF, CURP, BSN (11-test), PESEL, NIP, GSTIN,
 * Chinese resident ID (MOD 11-2, also the individual 纳税人识别号 and 驾驶证号), My Number, T.C. Kimlik, personnummer.
 * Values of schemes without a published check (EIN, ITIN, UTR, NINO, PAN, Steuernummer, most licences, passport
 * booklet numbers, hospital numbers) are checked for shape only. Then the per-half table of every class and language.
 * Run: npx tsx eval/privacy/dev-16/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { insee, tcKimlik } from "../dev-10/values.js";
import { validChineseId, validLuhn, validMyNumber } from "../dev-12/values.js";

import * as v from "./values.js";

const validTcKimlik = (text: string) => /^[1-9]\d{10}$/.test(text) && tcKimlik(text.slice(0, 9)) === text;
const validInsee = (text: string) => {
  const compact = text.replace(/ /g, "");
  return compact.length === 15 && insee(compact.slice(0, 13)).replace(/ /g, "") === compact;
};

const ID = ["national_id"];
/** [categories, shape, validator] per checksummed scheme; the first matching one decides. */
const CHECKED: Array<[string[], RegExp, (text: string) => boolean]> = [
  [["passport"], /^[A-Z0-9<]{44}$/, v.validMrzLine2],
  [["medical_record"], /^\d{3} \d{3} \d{4}$/, v.validNhs],
  [ID, /^\d{11}$/, (text) => v.validSteuerId(text) || v.validPesel(text) || validTcKimlik(text)],
  [["driver_license"], /^\d{11}$/, v.validCnh],
  [ID, /^\d{2} \d{6} [A-Z] \d{3}$/, v.validSvNummer],
  [ID, /^[12] \d{2} \d{2} \d{2} \d{3} \d{3} \d{2}$/, validInsee],
  [ID, /^\d{2} \d{2} \d{3} \d{3} \d{3}$/, v.validNumeroFiscal],
  [[...ID, "driver_license"], /^[XYZ0-9]\d{7}[A-Z]$/, v.validDniOrNie],
  [ID, /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/, v.validCodiceFiscale],
  [ID, /^\d{3}\.\d{3}\.\d{3}-\d{2}$/, v.validCpf],
  [ID, /^\d{9}$/, (text) => v.validNifPt(text) || v.validBsn(text) || validLuhn(text)],
  [ID, /^[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d$/, v.validCurp],
  [ID, /^\d{3}-\d{3}-\d{2}-\d{2}$/, v.validNip],
  [ID, /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, v.validGstin],
  [[...ID, "driver_license"], /^\d{17}[\dX]$/, validChineseId],
  [ID, /^\d{4} \d{4} \d{4}$/, validMyNumber],
  [ID, /^\d{6}-\d{4}$/, validLuhn],
];

/** Shapes of the national_id schemes without a published check digit: ITIN, EIN, UTR, NINO, PAN, Steuernummer. */
const UNCHECKED_NATIONAL = [
  /^9\d{2}-[78]\d-\d{4}$/,
  /^\d{2}-\d{7}$/,
  /^\d{4} \d{5} \d$/,
  /^[A-CEGHJ-PR-TW-Z]{2} \d{2} \d{2} \d{2} [A-D]$/,
  /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/,
  /^\d{3}\/\d{3}\/\d{5}$/,
];

function valueProblem(category: string, value: string): string | undefined {
  const scheme = CHECKED.find(([categories, shape]) => categories.includes(category) && shape.test(value));
  if (scheme) return scheme[2](value) ? undefined : "fails its check digit";
  if (category === "national_id" && !UNCHECKED_NATIONAL.some((shape) => shape.test(value))) return "unknown national_id shape";
  if (category === "passport" && value.length === 44) return "MRZ shape";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), valueProblem);
printHalfTable(dirname(fileURLToPath(import.meta.url)));
