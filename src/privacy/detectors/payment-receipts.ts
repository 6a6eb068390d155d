/**
 * Person-to-person payment receipts pasted into a prompt (session 36): a Pix, UPI, Venmo, PayPal, Zelle, M-Pesa, Bizum,
 * WeChat or bank-transfer confirmation ("You paid Jordan Pike $1,240.00", "Comprovante Pix … Valor R$ 2.750,00 … De:
 * Ricardo Alves Pereira", "Paid to RAKESH KUMAR YADAV ₹18,500", "收款人：陈晓燕 金额：¥5,200.00"). The record's structure
 * is the evidence: a receipt word, and a counterparty named after a payment verb or a payer/payee label (two or more
 * capitalised words, or a CJK name after its label). Then the receipt's amounts with a currency are that person's
 * money (`financial`); a zero amount or a placeholder name ("JOHN DOE", "[nome]", "$X.XX") is a template. A UPI
 * payment address with a bank's handle (`name@okaxis`, `…@ybl`) is reported as `bank_account`.
 * Keyword-gated; linear (each pattern runs once over the text).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { AMOUNT } from "./financial.js";
import { MONEY } from "./money-near-person.js";
import { PUBLIC_FIGURE_PATTERN } from "./personal.js";
import { FICTION_CUE, mentionsWellKnownPerson } from "../judgement/public-entities.js";
import { globalOf } from "../global-patterns.js";

const RECEIPT_STEMS = [
  "venmo",
  "paypal",
  "zelle",
  "pix",
  "upi",
  "pesa",
  "bizum",
  "cash app",
  "cashapp",
  "you paid",
  "you sent",
  "paid to",
  "sent to",
  "comprovante",
  "transferência",
  "transferencia",
  "przelew",
  "转账",
  "轉帳",
  "이체",
  "振込",
];
const RECEIPT_CUE =
  /(?<![\p{L}])(?:venmo|paypal|zelle|pix|upi|m-?pesa|bizum|cash ?app|you (?:paid|sent)|paid to|sent to|comprovante|transfer[eê]ncia|przelew)(?![\p{L}])|转账|轉帳|이체|振込/iu;

/** Two to four capitalised words (all-capitals too), the counterparty's name. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}`;
const COUNTERPARTY = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:paid|sent|pagou|enviou|enviado|enviaste|transferred|transferiu|zapłacił\p{L}*)(?:[^\n]{0,30}?[ \t](?:to|para|a|pra))?[ \t]+(${NAME}))` +
    String.raw`|(?:(?:^|\n|\|)[ \t]*(?:De|Para|To|From|A|Recipient|Payee|Beneficiary|Beneficiário|Favorecido|Destinatário|Destinatario|Pagador|Recebedor|Nadawca|Odbiorca|Empfänger|Bénéficiaire)[ \t]*:?[ \t]+(${NAME}))` +
    String.raw`|(?:(?:收款人|付款人|收款方|받는[ ]?분|보내는[ ]?분|받는[ ]?사람|振込先|受取人)[ \t]*[:：]?[ \t]*([\p{Script=Han}\p{Script=Hangul}]{2,4}))`,
  "gu",
);
/** Words that make a "name" a service, an account or a placeholder ("Venmo Balance", "JOHN DOE", "Test User"). */
const NOT_A_NAME =
  /(?<![\p{L}])(?:venmo|paypal|zelle|pix|upi|bank|banco|balance|saldo|card|cartão|tarjeta|visa|mastercard|account|conta|cuenta|wallet|doe|mustermann|test|sample|example|user|name|nome|nombre|whom|concern|sirs?|madam)(?![\p{L}])/iu;

const ZERO_AMOUNT = /^[^\d]*0+(?:[.,]0+)?[^\d]*$/u;
/**
 * A UPI virtual payment address with a bank's or app's handle (no top-level domain); a dash before a case ending in an
 * Indian script may follow it ("…@okicici-কে", session 50).
 */
const UPI_ADDRESS =
  /(?<![\w.@-])[a-z0-9][a-z0-9._-]{2,}@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|paytm|apl|upi|axisbank|icici|hdfcbank|sbi|kotak|yesbank|pthdfc|ptsbi|ptyes|ptaxis)(?![\w.@]|-[\w.@-])/giu;

/**
 * A public figure in the payment's line up to the counterparty ("Taylor Swift sent $10 to Travis Kelce"), or fiction
 * in the line: a story or a celebrity ad, not a receipt (review of session 36).
 */
function publicOrFictional(text: string, nameEnd: number): boolean {
  const lineStart = text.lastIndexOf("\n", nameEnd - 1) + 1;
  const lineEnd = text.indexOf("\n", nameEnd);
  const upToName = text.slice(lineStart, nameEnd);
  return (
    PUBLIC_FIGURE_PATTERN.test(upToName) || mentionsWellKnownPerson(upToName) || FICTION_CUE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))
  );
}

function namedCounterparty(text: string): boolean {
  COUNTERPARTY.lastIndex = 0;
  for (let match = COUNTERPARTY.exec(text); match !== null; match = COUNTERPARTY.exec(text)) {
    const name = match[1] ?? match[2] ?? match[3]!;
    if (NOT_A_NAME.test(name) || publicOrFictional(text, match.index + match[0].length)) continue;
    return true;
  }
  return false;
}

/** The amount patterns as global expressions of this module's own, compiled once. */
const AMOUNTS = [globalOf(AMOUNT), globalOf(MONEY)];

function emitAmounts(text: string, emit: Emit, global: RegExp): void {
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    const value = match[0].trimEnd();
    if (ZERO_AMOUNT.test(value)) continue;
    emit("financial", match.index, match.index + value.length, "payment-receipt-amount", PRIORITY.contextual);
  }
}

/**
 * Session 50 (dev-83): a UPI address counts without a Latin-script receipt word when its handle belongs to UPI alone
 * (`@okaxis`, `@oksbi`, `@okicici`, `@okhdfcbank`, `@ybl`, `@ibl`, `@axl`) or the text names UPI in an Indian script
 * (यूपीआई, यूपीआय, ইউপিআই, யுபிஐ, યુપીઆઇ): "मी sachin.more77@ybl ला ₹३,२०० पाठवले".
 */
const UPI_ONLY_HANDLE = /@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl)$/iu;
const UPI_ONLY_STEMS = ["@okaxis", "@okhdfcbank", "@okicici", "@oksbi", "@ybl", "@ibl", "@axl", "यूपीआई", "यूपीआय", "ইউপিআই", "யுபிஐ", "યુપીઆઇ"];
const INDIC_UPI_WORD = /यूपीआई|यूपीआय|ইউপিআই|யுபிஐ|યુપીઆઇ/u;

/**
 * A UPI address whose name part is a placeholder or the format's own word ("test@ybl", "username@upi",
 * "yourname@okaxis", "name@okicici"): a template or an example, no person's address (review b, session 50).
 */
const GENERIC_PAYEE = /^(?:user(?:name)?|name|mobile(?:number)?|phone|vpa|upi(?:id)?|demo|abc|xyz)$/i;
function placeholderPayee(address: string): boolean {
  const local = address.slice(0, address.indexOf("@"));
  return GENERIC_PAYEE.test(local) || isPlaceholderValue(local);
}

/**
 * Session 51: a business's or an institution's UPI address, no person's: a merchant, shop, canteen, temple, trust or
 * donation word in the clause before it ("Pay the canteen at merchant UPI canteen.iitb@icici", "UPI ID for the temple
 * donations: shrisaibaba.trust@sbi"; at most 40 characters back, not past a sentence's end), or such a word in the
 * address's own name part ("citymedicals.store@ybl").
 */
const ORGANISATION_WORD =
  "merchant|business|shop|store|stores|mart|canteen|restaurant|cafe|hotel|temple|mandir|masjid|church|gurudwara|trust|donations?|charity|foundation|ngo|school|college|hospital|clinic|traders|enterprises|pvt|ltd";
const ORGANISATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ORGANISATION_WORD})(?![\\p{L}])[^.!?\\n]*$`, "iu");
const ORGANISATION_PAYEE = new RegExp(`(?:^|[._-])(?:${ORGANISATION_WORD})(?:$|[._-])`, "i");
function organisationPayee(text: string, start: number, address: string): boolean {
  return ORGANISATION_PAYEE.test(address.slice(0, address.indexOf("@"))) || ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function runPaymentReceipts(text: string, emit: Emit, lower: string): void {
  const receipt = containsAny(lower, RECEIPT_STEMS) && RECEIPT_CUE.test(text);
  if (lower.includes("@") && (receipt || containsAny(lower, UPI_ONLY_STEMS))) {
    const named = receipt || INDIC_UPI_WORD.test(text);
    UPI_ADDRESS.lastIndex = 0;
    for (let match = UPI_ADDRESS.exec(text); match !== null; match = UPI_ADDRESS.exec(text))
      if ((named || UPI_ONLY_HANDLE.test(match[0])) && !placeholderPayee(match[0]) && !organisationPayee(text, match.index, match[0]))
        emit("bank_account", match.index, match.index + match[0].length, "upi-payment-address", PRIORITY.contextual);
  }
  if (!receipt || !namedCounterparty(text)) return;
  for (const amounts of AMOUNTS) emitAmounts(text, emit, amounts);
}

export const paymentReceiptDetectors: Detector[] = [{ name: "payment-receipts", run: runPaymentReceipts }];
