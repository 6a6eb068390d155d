/**
 * Identity numbers with letters as people type them into the paperwork of life events (session 43, development set
 * 50), each confirmed by its published check:
 * - German identity card (Personalausweis) and passport number with its check digit, as the machine-readable zone
 *   prints it: nine characters from the issuer's alphabet (no vowels, no B D Q S) and the ICAO 9303 7-3-1 digit,
 *   next to an identity-document word ("Ausweis-Nr.", "ID card", "documento"); a C first is a passport.
 * - Italian codice fiscale typed in groups ("BNCG LI88 E52F 205B", "RSS MRA 85T10 A562S"): the compact form lives in
 *   ids.ts; the grouped one needs its name nearby ("C.F.", "codice fiscale", "fiscal code", "tax code").
 * - Mexican CURP: four letters, birth date, sex, state, three consonants, differentiator, RENAPO check digit — a
 *   distinctive form, valid without a keyword.
 * Patterns run only after a keyword pre-filter or where digit runs begin (digit-runs.ts); no nested quantifiers.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { keywordAround, keywordBefore } from "../context.js";
import { forEachMatchStartingWithDigits } from "../digit-runs.js";
import { italianCfValid } from "./ids.js";

/** ICAO 9303 check digit: digits as themselves, A-Z as 10-35, weights 7 3 1. */
export function icaoCheckDigit(field: string): number {
  let sum = 0;
  for (let index = 0; index < field.length; index++) {
    const code = field.charCodeAt(index);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 55 : 0;
    sum += value * [7, 3, 1][index % 3]!;
  }
  return sum % 10;
}

// --- German identity card and passport numbers ------------------------------------------------------------------
/** The issuer's alphabet (digits and the consonants C F G H J K L M N P R T V W X Y Z), then the check digit. */
const GERMAN_DOCUMENT = /(?<![\p{L}\p{N}])([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(\d)(?![\p{L}\p{N}])/gu;
const GERMAN_DOCUMENT_STEMS: readonly string[] = ["ausweis", "id card", "identity card", "id-karte", "dokument", "document", "id doc", "perso"];
/**
 * An identity-document word. A bare "document" or "Dokument" is not one: a letter and nine digits after it (an
 * accounting or archive number) passed the 7-3-1 check once in ten (session 43 review); a travel or identity
 * document is, and so is the colloquial "Perso" ("Perso-Nr.", "mein Perso": session 48).
 */
const GERMAN_DOCUMENT_CONTEXT =
  /ausweis|(?<![\p{L}])perso(?:-?nr\.?|nummer)?(?![\p{L}])|identity card|id[ -]?card|id-karte|(?:reise|identitäts|pass)dokument|(?:travel|identity|id|identification) document|document (?:d['’]identité|of identity)|documento d[ei] (?:identidad|identità|viagem|viaje)|id doc/iu;
const GERMAN_PASSPORT_CONTEXT = /pass|reisepass/iu;
const DIGIT = /\d/;

function runGermanDocuments(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, GERMAN_DOCUMENT_STEMS)) return;
  GERMAN_DOCUMENT.lastIndex = 0;
  for (let match = GERMAN_DOCUMENT.exec(text); match !== null; match = GERMAN_DOCUMENT.exec(text)) {
    const nine = match[1]!;
    // Letters only before the check digit is a word in capitals ("KLMNPRTVW…"), not a number.
    if (!DIGIT.test(nine.slice(1)) || icaoCheckDigit(nine) !== Number(match[2])) continue;
    const end = match.index + match[0].length;
    if (!keywordAround(text, match.index, end, GERMAN_DOCUMENT_CONTEXT, 40)) continue;
    const passport = nine[0] === "C" && keywordAround(text, match.index, end, GERMAN_PASSPORT_CONTEXT, 40);
    emit(passport ? "passport" : "national_id", match.index, end, passport ? "de-passport-number" : "de-id-card-number", PRIORITY.checksum);
  }
}

// --- Italian codice fiscale in groups ---------------------------------------------------------------------------
/** The sixteen positions' classes (omocodia letters where a digit may be replaced), each maybe after one space. */
const [LETTER, NUMERAL, MONTH] = ["[A-Z]", "[0-9LMNPQRSTUV]", "[A-EHLMPRST]"];
const CF_CLASSES = [LETTER, LETTER, LETTER, LETTER, LETTER, LETTER, NUMERAL, NUMERAL, MONTH, NUMERAL, NUMERAL, LETTER, NUMERAL, NUMERAL, NUMERAL, LETTER];
const CODICE_FISCALE_GROUPED = new RegExp(`(?<![A-Za-z0-9])${CF_CLASSES.join(" ?")}(?![A-Za-z0-9])`, "g");
const CODICE_FISCALE_STEMS: readonly string[] = ["fiscal", "c.f", "cf", "tax code"];
const CODICE_FISCALE_CONTEXT = /codice fiscale|(?<![\p{L}])c\.?\s?f\.?(?![\p{L}])|fiscal code|tax code/iu;
const SPACE = / /g;

function runGroupedCodiceFiscale(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CODICE_FISCALE_STEMS)) return;
  CODICE_FISCALE_GROUPED.lastIndex = 0;
  for (let match = CODICE_FISCALE_GROUPED.exec(text); match !== null; match = CODICE_FISCALE_GROUPED.exec(text)) {
    const compact = match[0].replace(SPACE, "");
    // Without a space it is ids.ts's compact form.
    if (compact.length === match[0].length || !italianCfValid(compact)) continue;
    if (keywordBefore(text, match.index, CODICE_FISCALE_CONTEXT, 40))
      emit("national_id", match.index, match.index + match[0].length, "it-codice-fiscale-grouped", PRIORITY.checksum);
  }
}

// --- Mexican CURP -----------------------------------------------------------------------------------------------
/**
 * Matched from its birth date (six digits: tried only where a run of six digits begins), the four letters before it
 * in a look-behind: initials (the second a vowel or X), YYMMDD, H/M/X, one of the 32 states or NE (born abroad), three
 * inner consonants, the differentiator, the check digit.
 */
const CURP =
  /(?<=(?<![\p{L}\p{N}])[A-Z][AEIOUX][A-Z]{2})\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d(?![\p{L}\p{N}])/gu;
const CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";

/** RENAPO's check digit: the first seventeen characters' values × 18 … 2, (10 − sum mod 10) mod 10. */
export function curpValid(curp: string): boolean {
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += CURP_ALPHABET.indexOf(curp[index]!) * (18 - index);
  return (10 - (sum % 10)) % 10 === curp.charCodeAt(17) - 48;
}

function runCurp(text: string, emit: Emit): void {
  forEachMatchStartingWithDigits(text, CURP, 6, (match) => {
    const start = match.index - 4;
    const end = match.index + match[0].length;
    if (curpValid(text.slice(start, end))) emit("national_id", start, end, "mx-curp", PRIORITY.checksum);
  });
}

export const documentNumberDetectors: Detector[] = [
  { name: "german-document-numbers", run: runGermanDocuments },
  { name: "codice-fiscale-grouped", run: runGroupedCodiceFiscale },
  { name: "mexican-curp", run: runCurp },
];
