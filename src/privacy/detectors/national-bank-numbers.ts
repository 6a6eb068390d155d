/**
 * Bank account and driving-licence numbers in national forms that carry a check digit, or a shape of their own, which
 * the generic account rule (6-17 digits after an account word) and the licence rule (a number after a licence word)
 * miss (session 45, dev-60 half A, issue #15):
 *  - a Mexican CLABE: 18 digits (bank, city, account, check digit with weights 3, 7, 1), after an account word;
 *  - a Polish NRB: 26 digits written without `PL` (`81 1020 4919 0262 3898 3982 8481`) whose IBAN check (as `PL…`)
 *    holds, after an account or transfer word;
 *  - a Brazilian CNH: 11 digits with the CNH's two check digits, after "CNH", "habilitação" or "registro";
 *  - a Brazilian account with its check digit after "conta" or "c/c" (`conta 00019283-6`, `c/c 0038127-9`);
 *  - a PIX random key (a UUID) after "chave" in a text about PIX;
 *  - a Japan Post Bank account (記号 12345 番号 12345678);
 *  - an Indian driving licence by its shape: a state code, the RTO's two digits, the year of issue and seven digits
 *    (`KA01 20180004567`, `DL-0420110149646`).
 * None counts after an example cue ("e.g.", "example", "ejemplo", "przykład" …) in the 40 characters before the value.
 * Every read is a bounded window before a match of a pattern without nested unbounded quantifiers: linear time.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isRepetitive } from "../context.js";
import { mod97 } from "../checksums.js";

/** An example or format cue right before a value: a documented or explained number, nobody's. */
const EXAMPLE_BEFORE =
  /(?<![\p{L}])(?:e\.g\.|eg\.|example|sample|specimen|ejemplo|exemplo|przykład\p{L}*|np\.|esempio|voorbeeld|format\p{L}*|formacie|formato)(?![\p{L}])|例/iu;

function exampleBefore(text: string, start: number): boolean {
  return EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** A Mexican CLABE's check digit: weights 3, 7, 1 over the first 17 digits, each product taken mod 10. */
export function clabeValid(digits: string): boolean {
  if (digits.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += ((digits.charCodeAt(index) - 48) * [3, 7, 1][index % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(17) - 48;
}

/** A Polish NRB (26 digits): its IBAN check as `PL` + the digits. */
export function polishNrbValid(digits: string): boolean {
  return digits.length === 26 && mod97(digits.slice(2) + "2521" + digits.slice(0, 2)) === 1;
}

/** A Brazilian CNH (11 digits): two check digits over the first nine (weights 9…1, then 1…9 less 2 when the first was 10+). */
export function brazilianCnhValid(digits: string): boolean {
  if (digits.length !== 11 || isRepetitive(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (9 - index);
  let first = sum % 11;
  let discount = 0;
  if (first >= 10) {
    first = 0;
    discount = 2;
  }
  sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (index + 1);
  const rest = sum % 11;
  const second = rest >= 10 ? 0 : rest - discount;
  return second >= 0 && digits.charCodeAt(9) - 48 === first && digits.charCodeAt(10) - 48 === second;
}

/**
 * 18 or 26 digits, joined or in groups of 2-6 digits with single spaces or hyphens (one way to split: linear), or a
 * CLABE in its printed fields (bank 3, city 3, account 11, check digit 1: `012 180 00192800000 2`).
 */
const LONG_DIGIT_RUN = /(?<![\p{N}\p{L}])(?:\d{18,26}|\d{2,6}(?:[ -]\d{2,6}){2,12}|\d{3}[ -]\d{3}[ -]\d{11}[ -]\d)(?![\p{N}\p{L}])/gu;
const NON_DIGITS = /\D/g;
/** A transfer or account word: clabe, cuenta, account, konto, rachunek, przelew, wire … (bounded window before). */
const ACCOUNT_CUE =
  /(?<![\p{L}])(?:clabe|interbancaria|cuenta|deposit\p{L}*|transfer\p{L}*|spei|account|acct|a\/c|wire|konto|konta|rachun\p{L}*|przelew\p{L}*|przelej|nr|numer|iban)(?![\p{L}])/iu;
const ACCOUNT_STEMS = ["clabe", "cuenta", "deposit", "transfer", "spei", "account", "acct", "a/c", "wire", "kont", "rachun", "przel", "nr", "numer", "iban"];

/**
 * An order, shipment, ticket, job or reference noun in the 32 characters before the number ("Order nr …", "numer
 * zamówienia …", "file transfer job …", "reference …"): the number names that thing, unless an account word proper is
 * there too ("rachunek nr …", "cuenta CLABE …").
 */
const OTHER_NUMBER_NOUN =
  /(?<![\p{L}])(?:order|orders|pedido|zam[oó]wieni\p{L}*|tracking|przesyłk\p{L}*|parcel|shipment|ticket|job|invoice|factura|faktur\p{L}*|folio|reference|ref|request|transaction id|session|build)(?![\p{L}])/iu;
const ACCOUNT_WORD = /(?<![\p{L}])(?:clabe|interbancaria|cuenta|spei|account|acct|a\/c|konto|konta|rachun\p{L}*|iban)(?![\p{L}])/iu;

function namesAnotherThing(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 32), start);
  return OTHER_NUMBER_NOUN.test(near) && !ACCOUNT_WORD.test(near);
}

function runLongAccounts(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, ACCOUNT_STEMS)) return;
  LONG_DIGIT_RUN.lastIndex = 0;
  for (let match = LONG_DIGIT_RUN.exec(text); match !== null; match = LONG_DIGIT_RUN.exec(text)) {
    const digits = match[0].replace(NON_DIGITS, "");
    const start = match.index;
    if (digits.length !== 18 && digits.length !== 26) continue;
    const valid = digits.length === 18 ? clabeValid(digits) : polishNrbValid(digits);
    if (!valid || isRepetitive(digits) || exampleBefore(text, start)) continue;
    if (!ACCOUNT_CUE.test(text.slice(Math.max(0, start - 80), start)) || namesAnotherThing(text, start)) continue;
    emit("bank_account", start, start + match[0].length, digits.length === 18 ? "mx-clabe" : "pl-nrb", PRIORITY.checksum);
  }
}

const CNH_CUE = /(?<![\p{L}])(?:cnh|habilita\p{L}*|registro|carteira de motorista)(?![\p{L}])/iu;
/**
 * "Registro" alone is any register's number (a trademark's at the INPI, a product's at Anvisa): it counts for a CNH only
 * with a driving word within 200 characters on either side.
 */
const DRIVING_CONTEXT = /(?<![\p{L}])(?:cnh|habilita\p{L}*|motorista|condutor\p{L}*|detran|dirigir|carteira|driv\p{L}*|licen[cs]\p{L}*)(?![\p{L}])/iu;
const CNH_WORD = /(?<![\p{L}])(?:cnh|habilita\p{L}*|carteira de motorista)(?![\p{L}])/iu;

function licenceCue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (!CNH_CUE.test(before)) return false;
  if (CNH_WORD.test(before)) return true;
  return DRIVING_CONTEXT.test(text.slice(Math.max(0, start - 200), Math.min(text.length, start + 211)));
}
const CNH_STEMS = ["cnh", "habilita", "registro", "motorista"];
const ELEVEN_DIGITS = /(?<![\p{N}\p{L}])\d{11}(?![\p{N}\p{L}])/gu;

function runBrazilianLicences(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CNH_STEMS)) return;
  ELEVEN_DIGITS.lastIndex = 0;
  for (let match = ELEVEN_DIGITS.exec(text); match !== null; match = ELEVEN_DIGITS.exec(text)) {
    const start = match.index;
    if (!brazilianCnhValid(match[0]) || exampleBefore(text, start)) continue;
    if (!licenceCue(text, start)) continue;
    emit("driver_license", start, start + 11, "br-cnh", PRIORITY.checksum + 8);
  }
}

/** "conta 00019283-6", "c/c 0038127-9", "conta corrente 98765-4": an account with its check digit (or X). */
const BRAZILIAN_ACCOUNT = /(?<![\p{L}])(?:conta(?:[ -]corrente| poupança)?|c\/c|cc)(?:[ \t]+n[º°o.]?)?[ \t:.]{0,3}(\d{3,12}-[\dXx])(?![\p{N}\p{L}])/giu;
const BRAZILIAN_ACCOUNT_STEMS = ["conta", "c/c", "cc"];
/** A company's legal form before the account: a shop's or a firm's account is nobody's. */
const COMPANY_BEFORE = /(?<![\p{L}])(?:ltda|s\.a\.|s\/a|me|eireli|cnpj)(?![\p{L}])/iu;

/** A PIX random key: a UUID after "chave" (or "key") in a text that names PIX, on the same or the next line. */
/** PIX_KEY's gate word, answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text). */
const PIX_STEMS: readonly string[] = ["pix"];
const PIX_KEY = /(?<![\p{L}])(?:chave|key)[^\p{N}]{0,32}?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z])/giu;

function runBrazilianAccounts(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, BRAZILIAN_ACCOUNT_STEMS)) {
    BRAZILIAN_ACCOUNT.lastIndex = 0;
    for (let match = BRAZILIAN_ACCOUNT.exec(text); match !== null; match = BRAZILIAN_ACCOUNT.exec(text)) {
      const value = match[1]!;
      const start = match.index + match[0].length - value.length;
      if (isRepetitive(value.replace(NON_DIGITS, "")) || COMPANY_BEFORE.test(text.slice(Math.max(0, start - 120), start))) continue;
      // "1.000 cc 250-3": "cc" after a number is an engine's cubic centimetres, not a current account.
      if (/^cc/iu.test(match[0]) && /\d[\s.,]{0,2}$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
      emit("bank_account", start, start + value.length, "br-account-check-digit", PRIORITY.contextual + 2);
    }
  }
  if (containsAny(lower, PIX_STEMS)) {
    PIX_KEY.lastIndex = 0;
    for (let match = PIX_KEY.exec(text); match !== null; match = PIX_KEY.exec(text)) {
      const value = match[1]!;
      const start = match.index + match[0].length - value.length;
      emit("bank_account", start, start + value.length, "pix-random-key", PRIORITY.contextual + 2);
    }
  }
}

/** India's states' and union territories' vehicle codes, as the first two letters of a driving licence. */
const INDIAN_STATE_CODES = new Set(
  "AN AP AR AS BR CG CH DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK TN TR TS UK UP WB".split(" "),
);
/** `MH12 20110012345`, `DL-0420110149646`, `KA01 2018 0004567`: state, RTO, year of issue (19xx/20xx), seven digits. */
const INDIAN_LICENCE = /(?<![A-Za-z0-9])([A-Z]{2})[- ]?\d{2}[- ]?((?:19|20)\d{2})[- ]?\d{7}(?![A-Za-z0-9])/g;

const INDIAN_LICENCE_STEMS = ["dl", "licen", "लाइसेंस", "लायसेंस"];

function runIndianLicences(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, INDIAN_LICENCE_STEMS)) return;
  INDIAN_LICENCE.lastIndex = 0;
  for (let match = INDIAN_LICENCE.exec(text); match !== null; match = INDIAN_LICENCE.exec(text)) {
    if (!INDIAN_STATE_CODES.has(match[1]!) || Number(match[2]) > 2030 || exampleBefore(text, match.index)) continue;
    emit("driver_license", match.index, match.index + match[0].length, "in-driving-licence", PRIORITY.checksum + 8);
  }
}

/** A Japan Post Bank (ゆうちょ銀行) account: 記号 (five digits) then 番号 (eight digits); the 番号 is the account. */
const YUCHO_ACCOUNT = /記号[ \t:：]{0,2}\d{5}[ \t、,]{0,2}番号[ \t:：]{0,2}(\d{8})(?!\d)/gu;

function runJapanPostAccounts(text: string, emit: Emit): void {
  if (!text.includes("記号")) return;
  YUCHO_ACCOUNT.lastIndex = 0;
  for (let match = YUCHO_ACCOUNT.exec(text); match !== null; match = YUCHO_ACCOUNT.exec(text)) {
    const start = match.index + match[0].length - 8;
    if (!isRepetitive(match[1]!)) emit("bank_account", start, start + 8, "jp-post-bank-account", PRIORITY.contextual + 2);
  }
}

export const nationalBankNumberDetectors: Detector[] = [
  { name: "japan-post-accounts", run: runJapanPostAccounts },
  { name: "national-long-accounts", run: runLongAccounts },
  { name: "brazilian-licences", run: runBrazilianLicences },
  { name: "brazilian-accounts", run: runBrazilianAccounts },
  { name: "indian-licences", run: runIndianLicences },
];
