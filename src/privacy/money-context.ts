/**
 * Money context carries through a prompt, as health context does (health-context.ts). The financial rules
 * need a person and a money word beside an amount ("Tom owes £14,300"); once a prompt holds one such
 * finding, it is about someone's money, and its other amounts with a currency (a sign, code or word before
 * or after the number, in any script the amount patterns read: financial.ts, money-near-person.ts) are that
 * person's too: a payslip's other lines, a statement's balance, the second debt in a list, the amount a
 * reminder asks for. Only prompts that already have a financial finding gain findings.
 */
import { AMOUNT } from "./detectors/financial.js";
import { MONEY } from "./detectors/money-near-person.js";
import { byStartLongerFirst, carryMentions } from "./health-context.js";
import type { PrivacyFinding } from "./types.js";
import { globalOf } from "./global-patterns.js";

/** The amount patterns as global expressions, compiled once (not per scan). */
const AMOUNT_ALL = globalOf(AMOUNT);
const MONEY_ALL = globalOf(MONEY);

function matches(global: RegExp, text: string, into: Array<[number, number]>): void {
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0].length === 0) global.lastIndex++;
    else into.push([match.index, match.index + match[0].trimEnd().length]);
  }
}

/** Adds the currency amounts of a prompt that already has a financial finding. */
export function carryMoneyContext(text: string, findings: PrivacyFinding[]): PrivacyFinding[] {
  if (!findings.some((finding) => finding.category === "financial")) return findings;
  const amounts: Array<[number, number]> = [];
  matches(AMOUNT_ALL, text, amounts);
  matches(MONEY_ALL, text, amounts);
  amounts.sort(byStartLongerFirst);
  return carryMentions(text, findings, "financial", amounts, "money-context");
}
