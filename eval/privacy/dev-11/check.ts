/**
 * Format and check-digit check for development set 11: every line parses, ids are unique, spans lie inside the
 * prompt and are not empty or padded, no marker is left, `sensitive` agrees with the spans, categories are known;
 * every labelled IBAN passes mod 97, every card Luhn, every `+` phone number libphonenumber's validity, every Polish
 * account number (NRB) mod 97, and every national identifier its own check (NHS mod 11 or NINO format, Steuer-IdNr,
 * NIR key, DNI letter, codice fiscale, NIF or CPF, BSN, PESEL, TCKN, personnummer). Prints the counts per language,
 * category, topic, form and half. Run: npx tsx eval/privacy/dev-11/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { checkSplitSet } from "../check-split-set.js";
import { bsn, codiceFiscale, cpf, dni, ibanCompact, insee, luhn, pesel, personnummer, steuerId, tcKimlik } from "../dev-10/values.js";

const digitsOf = (text: string) => text.replace(/\D/g, "");
const mod11Weighted = (digits: string, first: number) => {
  const sum = [...digits.slice(0, -1)].reduce((total, char, index) => total + Number(char) * (first - index), 0);
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check;
};

/** The national identifier checks by language (a value passes when one of its language's checks passes). */
const NATIONAL: Record<string, Array<(value: string) => boolean>> = {
  en: [
    (v) => digitsOf(v).length === 10 && mod11Weighted(digitsOf(v), 10) === Number(digitsOf(v).at(-1)),
    (v) => /^(?![DFIQUV])[A-Z](?![DFIQUVO])[A-Z] ?\d\d ?\d\d ?\d\d ?[A-D]$/.test(v),
  ],
  de: [(v) => steuerId(digitsOf(v).slice(0, 10)) === digitsOf(v)],
  fr: [(v) => digitsOf(insee(digitsOf(v).slice(0, 13))) === digitsOf(v)],
  es: [(v) => dni(v.slice(0, 8)) === v],
  it: [(v) => codiceFiscale(v.slice(0, 15)) === v],
  pt: [(v) => /^\d{9}$/.test(v) && mod11Weighted(v, 9) % 10 === Number(v[8]), (v) => cpf(digitsOf(v).slice(0, 9)) === v],
  nl: [(v) => bsn(v.slice(0, 8)) === v],
  pl: [(v) => pesel(v.slice(0, 10)) === v],
  tr: [(v) => tcKimlik(v.slice(0, 9)) === v],
  sv: [(v) => personnummer(digitsOf(v).slice(0, 6), digitsOf(v).slice(6, 9)) === v],
};

function checkDigits(category: string, value: string, lang: string): string | undefined {
  const compact = value.replace(/\s/g, "");
  if (category === "iban" && ibanCompact(compact.slice(0, 2), compact.slice(4)) !== compact) return "IBAN fails mod 97";
  if (category === "payment_card" && luhn(digitsOf(value).slice(0, -1)) !== digitsOf(value)) return "card fails Luhn";
  if (category === "phone" && value.startsWith("+") && !parsePhoneNumberFromString(compact)?.isValid()) return "phone not valid";
  if (category === "bank_account" && lang === "pl" && ibanCompact("PL", digitsOf(value).slice(2)) !== `PL${digitsOf(value)}`) {
    return "NRB fails mod 97";
  }
  if (category === "us_ssn" && /^(000|666|9)/.test(digitsOf(value))) return "SSN area invalid";
  if (category === "national_id" && !(NATIONAL[lang] ?? []).some((test) => test(value))) return "national id fails its check";
  return undefined;
}

checkSplitSet(dirname(fileURLToPath(import.meta.url)), checkDigits);
