/**
 * Bank numbers that are an institution's own, not a person's (session 44, dev-57 half A, issue #15):
 *  - a bank code alone — an ABA routing or transit number, a sort code, a BLZ, a bank code — in a text that holds no
 *    account-number finding: it names a bank or a branch, nobody's account ("Chase's ABA routing number for New York is
 *    021000021 — is that the one for wires too?"), or a list of them ("routing numbers by state: CA 121042882, …"); a
 *    Plaid Sandbox account counts as none, so its documented routing goes too, unless `privacy.testValues: sensitive`;
 *  - any bank number on a sample or specimen cheque, or on an organisation's payment or help page ("The sample cheque on
 *    the bank's help page shows routing 026009593", "HMRC's payment page lists sort code 08-32-10 and account 12001039").
 *  - any bank number after a company's name with its legal form in the value's sentence, no bank's and no person's
 *    there ("Acme Corp statement: account 12345678", "Globex Ltd, BSB 062-000, account 1234 5678"; session 44 review):
 *    a company's account is nobody's ("Barclays Bank PLC … in the name of Mr J. Smith" stays).
 *  - (session 48) an IBAN after a company's name with its legal form and an invoice word (withoutCompanyIbans).
 * None holds with a personal cue (my, his, mein, mon …) in the 50 characters before the value: "my routing number is
 * …" is the writer's own branch, told with the account it belongs to. Bounded reads before each finding: linear.
 */
import type { PrivacyFinding } from "../types.js";
import { personalBefore } from "./public-context.js";

/**
 * A bank-code label right before the value: "routing number for New York is", "sort code", "BLZ:", "ABA #"; as a record's
 * key too (`"routing_number": "…"`, `sort_code=`: a bank directory tool's result, session 52, dev-90).
 */
const BANK_CODE_LABEL =
  /(?<![\p{L}])(?:routing|aba|transit|sort[ _-]?code|blz|bankleitzahl|bank[ _-]?code|code banque|código (?:de )?(?:banco|entidad)|swift|bic)(?:[ \t_]+(?:number|no\.?|nr\.?|#|code))?(?:[ \t]+(?:for|of|in)[ \t]+[\p{L} .]{1,24})?["']?[ \t]*(?:is|was|=|:|#)?[ \t]*["']?$/iu;

/** A sample document or an organisation's published page, before the value in its sentence. */
const INSTITUTION_SOURCE =
  /(?<![\p{L}])(?:(?:sample|specimen|example|dummy|voided?)[ \t]+(?:cheques?|checks?|rib|bank statements?|deposit slips?)|(?:payment|help|donations?|support|faq|contact|official)[ \t]+(?:page|site|website)|cheque de ejemplo|ejemplo de cheque|exemple de (?:rib|chèque)|musterscheck|beispielscheck|scheckmuster)(?![\p{L}])|見本|샘플 수표/iu;

/**
 * A capitalised name and its company's legal form: "Acme Corp", "Globex Ltd", "Muster GmbH", "HARBOUR PTY LTD" (case
 * kept: "inc. VAT", "limited time" are no company); an Indian trading firm (Sharma Traders) or a Chinese company
 * (北京某某科技有限公司: session 48, dev-77).
 */
const COMPANY_FORM =
  /(?<![\p{L}])\p{Lu}[\p{L}&'.-]*,?[ \t]+(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|LLP|PLC|plc|Corp|CORP|Corporation|GmbH|Pty|PTY|SARL|S\.r\.l|S\.A\.|B\.V\.|Pvt|Traders|Enterprises)\.?(?![\p{L}])|\p{Script=Han}{2}(?:有限公司|有限责任公司|股份公司)/u;
/** A bank's own legal name or a person as the account's holder: the company may be the bank, the account a person's. */
const HOLDER_NOT_COMPANY =
  /(?<![\p{L}])(?:bank(?:ing)?[ \t]+(?:ltd|limited|inc|plc|corp|ag|gmbh|n\.a\.)|building society|account holder|in the name of|holder|payee|employee|mr|mrs|ms|miss|dr)(?![\p{L}])/iu;

/** The value's sentence names a company with its legal form, and no bank or person as the holder. */
function companyHeld(sentence: string): boolean {
  return COMPANY_FORM.test(sentence) && !HOLDER_NOT_COMPANY.test(sentence);
}

/** Abbreviations whose full stop ends no sentence ("Betrag 128,40 € inkl. MwSt, zahlbar an …": session 48, dev-77). */
const ABBREVIATION_BEFORE_STOP = /(?<![\p{L}])(?:inkl|zzgl|ca|bzw|ggf|nr|no|incl|excl|approx|vs|etc|z\.b|u\.a|d\.h)$/iu;

/** The sentence of the value up to it, at most 120 characters: "." then a space (not after an abbreviation), or a line break, ends one. */
function sentenceBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 120), start);
  let stop = window.lastIndexOf(". ");
  while (stop > 0 && ABBREVIATION_BEFORE_STOP.test(window.slice(Math.max(0, stop - 6), stop))) stop = window.lastIndexOf(". ", stop - 1);
  stop = Math.max(window.lastIndexOf("\n"), stop);
  return stop < 0 ? window : window.slice(stop + 1);
}

/** A list of banks' codes: "Wells Fargo routing numbers by state: CA 121042882, NY 026012881" (session 45, dev-60). */
const BANK_CODE_LIST = /(?<![\p{L}])(?:(?:routing|transit|aba) numbers|sort codes|bsbs|bsb numbers|ifsc codes)(?![\p{L}])/iu;

function bankCodeLabelled(text: string, finding: PrivacyFinding): boolean {
  return BANK_CODE_LABEL.test(text.slice(Math.max(0, finding.start - 48), finding.start)) || BANK_CODE_LIST.test(sentenceBefore(text, finding.start));
}

/** Plaid's Sandbox Auth accounts (their routing number 011401533 is a real bank's: dropped only beside them). */
const PLAID_SANDBOX_ACCOUNTS = new Set(["1111222233330000", "1111222233331111"]);
const PLAID_SANDBOX_ROUTING = "011401533";
const NOT_DIGIT = /\D/g;

/** The findings without the bank numbers an institution publishes or a sample shows (see the module comment). */
export function withoutInstitutionBankNumbers(text: string, findings: PrivacyFinding[], testAccountsCount = false): PrivacyFinding[] {
  const kept = withoutCompanyIbans(text, findings);
  const banks = kept.filter((finding) => finding.category === "bank_account");
  if (banks.length === 0) return kept;
  // Plaid's Sandbox routing number beside one of its Sandbox accounts is the documented pair, nobody's, unless test
  // values are reported (session 46). A real routing number beside a test account stays (a person's, typed with it).
  const plaid = (finding: PrivacyFinding) => PLAID_SANDBOX_ACCOUNTS.has(text.slice(finding.start, finding.end).replace(NOT_DIGIT, ""));
  const sandboxPair =
    !testAccountsCount && banks.some(plaid) && banks.every((finding) => plaid(finding) || text.slice(finding.start, finding.end) === PLAID_SANDBOX_ROUTING);
  const codesOnly = banks.every((finding) => bankCodeLabelled(text, finding) || (sandboxPair && plaid(finding)));
  const institutional = new Set(
    banks.filter(
      (finding) =>
        !personalBefore(text, finding.start) &&
        ((codesOnly && bankCodeLabelled(text, finding)) ||
          INSTITUTION_SOURCE.test(sentenceBefore(text, finding.start)) ||
          companyHeld(sentenceBefore(text, finding.start))),
    ),
  );
  return institutional.size === 0 ? kept : kept.filter((finding) => !institutional.has(finding));
}

/** An invoice or bill word: the document a company's own account is printed on. */
const INVOICE_WORD = /(?<![\p{L}])(?:invoice|bill|rechnung|factura|fattura|fatura|facture|factuur|faktura|发票|請求書)/iu;

/**
 * An IBAN after a company's name with its legal form and an invoice word in the value's sentence, no bank's and no
 * person's there, and no personal cue before it: the company's account on its invoice ("Rechnung der Stadtwerke München
 * GmbH …, zahlbar an IBAN DE20 …": session 48, dev-77), as for the other bank numbers above.
 */
function withoutCompanyIbans(text: string, findings: PrivacyFinding[]): PrivacyFinding[] {
  if (!findings.some((finding) => finding.category === "iban")) return findings;
  const company = (finding: PrivacyFinding) => {
    if (finding.category !== "iban" || personalBefore(text, finding.start)) return false;
    const sentence = sentenceBefore(text, finding.start);
    return INVOICE_WORD.test(sentence) && companyHeld(sentence);
  };
  return findings.some(company) ? findings.filter((finding) => !company(finding)) : findings;
}
