/**
 * Bank account numbers announced in languages the digit rule's keyword list does not cover
 * (Portuguese and Spanish current accounts, Indonesian, Polish, Russian, Chinese, Japanese, Korean, Hindi, Marathi,
 * Bengali, Gujarati (session 50), Arabic; Hebrew,
 * Czech with its bank code after a slash, Hungarian, Greek, Swahili, Malay), Hungarian GIRO numbers by their block
 * checks, and Indian IFSC branch codes
 * (four letters, a zero, six characters) next to their keyword or an account. The span is the
 * number; its length (6-20 digits) is the only check, since account formats are national.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isRepetitive } from "../context.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_ACCOUNTS_PATTERN_1 = /\D/g;
const RUN_ACCOUNTS_PATTERN_2 = /ifsc|account|a\/c|खाता|bank/i;

const ACCOUNT_KEYWORD =
  /(?:conta[ -]corrente|conta poupança|conta salário|n[ºo°.]* da conta|número da conta|cuenta corriente|cuenta de ahorros|n[ºo°.]* de cuenta|número de cuenta|nomor rekening|no\.? rek(?:ening)?|numer (?:konta|rachunku)|nr (?:konta|rachunku)|konto bankowe|rachun(?:ek|ku) bankow\p{L}*|на счёт|на счет|(?:расч[её]тн\p{L}*|лицев\p{L}*|банковск\p{L}*|номер) сч[её]т\p{L}*|сч[её]т(?: №| n| получателя)?|р\/с|к\/с|корр\.? сч[её]т|бик|银行账号|银行账户|银行帳號|账号|帳號|账户|帳戶|银行卡号|卡号|口座番号|口座|계좌번호|계좌|खाता संख्या|खाता नंबर|खाता न\.?|अकाउंट नंबर|खाते क्रमांक|खाते क्र\.?|खाते नंबर|ব্যাঙ্ক অ্যাকাউন্ট|অ্যাকাউন্ট নং|ખાતા નંબર|ખાતા નં\.?|એકાઉન્ટ નંબર|khata (?:number|no\.?)|رقم الحساب|অ্যাকাউন্ট নম্বর|হিসাব নম্বর|கணக்கு எண்|اکاؤنٹ نمبر|کھاتہ نمبر|شماره حساب|الحساب البنكي|رقم حساب|银行卡|số tài khoản|tài khoản số|\bstk\b|เลขที่บัญชี|เลขบัญชี|บัญชี|(?:普通|当座)(?:預金)?(?=\s*\d{7}(?!\d))|[לבמ]?חשבון(?: בנק)?(?: מס(?:פר|')?)?|(?:na |číslo |čísle )?účt?(?:u|em|ě)?\b|č\. ?ú\.|számlaszám\p{L}*|bankszáml\p{L}*|(?<![\p{L}])(?:على |في |ل)?حساب(?:ي|ه|ك|ها)?(?![\p{L}])|λογαριασμ\p{L}*|akaunti(?: namba| ya benki)?|akaun(?: bank)?|hesap (?:no|numarası|numarasi)\.?)/giu;
const STEMS = [
  "conta corrente",
  "conta-corrente",
  "conta poupança",
  "conta salário",
  "da conta",
  "cuenta",
  "rekening",
  "no. rek",
  "no rek",
  "kont",
  "rachun",
  "сч",
  "р/с",
  "к/с",
  "бик",
  "账",
  "帳",
  "卡号",
  "口座",
  "계좌",
  "खाता",
  "अकाउंट",
  // Marathi, Bengali and Gujarati account labels (session 50, dev-83)
  "खाते क्र",
  "खाते नंबर",
  "ব্যাঙ্ক অ্যাকাউন্ট",
  "অ্যাকাউন্ট নং",
  "ખાતા",
  "એકાઉન્ટ નંબર",
  "khata",
  "الحساب",
  "অ্যাকাউন্ট নম্বর",
  "হিসাব নম্বর",
  "கணக்கு எண்",
  "اکاؤنٹ نمبر",
  "کھاتہ نمبر",
  "شماره حساب",
  "حساب",
  "银行卡",
  "tài khoản",
  "stk",
  "บัญชี",
  "普通",
  "当座",
  "חשבון",
  "účet",
  "účt",
  "č. ú",
  "č.ú",
  "számla",
  "λογαριασμ",
  "akaun",
  "hesap",
];
/** The number after the keyword; a Czech or Slovak bank code after a slash belongs to it (`2801457931/2010`). */
const NUMBER = /^[^\n\p{N}]{0,16}?(\d(?:[ -]?\d){5,25}(?:\/\d{4}(?![\p{N}]))?)(?![\p{N}])/u;
const IFSC = /(?<![A-Za-z0-9])[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])/g;
/** Words of an Indian account's context: any of them in the text opens the IFSC search (answered by the scan's keyword pass). */
const IFSC_CONTEXT_STEMS = ["ifsc", "account", "a/c", "खाता"];
/** An account number (9-18 digits) beside the IFSC: a branch code alone ("which branch is SBIN0005943?") is the bank's (session 45). */
const ACCOUNT_DIGITS_NEAR = /(?<![\p{N}])\d{9,18}(?![\p{N}])/u;

/** A Chinese account word (an account of any service) and a mainland mobile number, which logs in many services. */
const LOGIN_ACCOUNT = /^[账帐賬][号號]$/u;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const BANK_BEFORE = /银行|銀行|卡|开户|開戶|收款|转账|轉帳|汇款|匯款/u;

function runAccounts(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, STEMS)) {
    ACCOUNT_KEYWORD.lastIndex = 0;
    for (let keyword = ACCOUNT_KEYWORD.exec(text); keyword !== null; keyword = ACCOUNT_KEYWORD.exec(text)) {
      const from = keyword.index + keyword[0].length;
      const match = NUMBER.exec(text.slice(from, from + 64));
      if (!match) continue;
      const digits = match[1]!.replace(RUN_ACCOUNTS_PATTERN_1, "");
      if (digits.length < 6 || digits.length > 26 || isRepetitive(digits)) continue;
      const start = from + match[0].length - match[1]!.length;
      // "爱奇艺会员账号：13816720945": a login's mainland mobile number, not a bank account (session 43).
      if (LOGIN_ACCOUNT.test(keyword[0]) && MAINLAND_MOBILE.test(digits) && !BANK_BEFORE.test(text.slice(Math.max(0, keyword.index - 12), keyword.index))) {
        emit("phone", start, start + match[1]!.length, "login-phone-number", PRIORITY.contextual + 2);
        continue;
      }
      emit("bank_account", start, start + match[1]!.length, "account-after-local-keyword", PRIORITY.contextual + 2);
    }
  }
  if (containsAny(lower, IFSC_CONTEXT_STEMS)) {
    IFSC.lastIndex = 0;
    for (let match = IFSC.exec(text); match !== null; match = IFSC.exec(text)) {
      const around = text.slice(Math.max(0, match.index - 64), match.index + 64);
      if (RUN_ACCOUNTS_PATTERN_2.test(around) && ACCOUNT_DIGITS_NEAR.test(around))
        emit("bank_account", match.index, match.index + match[0].length, "in-ifsc", PRIORITY.contextual + 2);
    }
  }
}

/**
 * A Korean account written right after its bank's name ("국민은행 412302-01-558190", "카카오뱅크 3333-08-4172956"):
 * three or four hyphenated groups of 10–14 digits (a bank's hotline, 1588-9999, has two).
 */
const KOREAN_BANK_WORDS = ["은행", "뱅크"];
const KOREAN_BANK_ACCOUNT = /(?<=[가-힣])(?:은행|뱅크)\s?(\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?)(?![\d-])/g;

function runKoreanBankAccounts(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, KOREAN_BANK_WORDS)) return;
  KOREAN_BANK_ACCOUNT.lastIndex = 0;
  for (let match = KOREAN_BANK_ACCOUNT.exec(text); match !== null; match = KOREAN_BANK_ACCOUNT.exec(text)) {
    const digits = match[1]!.replace(/-/g, "").length;
    if (digits < 10 || digits > 14) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("bank_account", start, start + match[1]!.length, "account-after-korean-bank", PRIORITY.contextual + 2);
  }
}

/**
 * A Hungarian account number (GIRO: two or three blocks of eight digits, `11773016-50218738-00000000`): every block
 * passes its check (weights 9, 7, 3, 1; sum ≡ 0 mod 10), in a text about an account or a transfer (számla, utal …).
 */
const HUNGARIAN_ACCOUNT = /(?<![\d-])\d{8}-\d{8}(?:-\d{8})?(?![\d-])/g;
const HUNGARIAN_STEMS = ["számla", "szla", "utal", "bank", "account", "giro"];

export function hungarianGiroBlocksValid(value: string): boolean {
  for (const block of value.split("-")) {
    let sum = 0;
    for (let index = 0; index < 8; index++) sum += (block.charCodeAt(index) - 48) * [9, 7, 3, 1][index % 4]!;
    if (sum % 10 !== 0) return false;
  }
  return !isRepetitive(value.replace(/-/g, ""));
}

function runHungarianAccounts(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, HUNGARIAN_STEMS) || !text.includes("-")) return;
  HUNGARIAN_ACCOUNT.lastIndex = 0;
  for (let match = HUNGARIAN_ACCOUNT.exec(text); match !== null; match = HUNGARIAN_ACCOUNT.exec(text))
    if (hungarianGiroBlocksValid(match[0])) emit("bank_account", match.index, match.index + match[0].length, "hungarian-giro-account", PRIORITY.checksum);
}

export const bankAccountDetectors: Detector[] = [
  { name: "bank-accounts-local", run: runAccounts },
  { name: "bank-accounts-hungarian", run: runHungarianAccounts },
  { name: "bank-accounts-korean", run: runKoreanBankAccounts },
];
