/**
 * A named private person's bank statement pasted as lines: two or more transaction lines (a day and month, a
 * description, an amount with cents at the end of the line: "03/11 VIR SALAIRE +2 145,80", "11/05 OVERDRAFT FEE
 * -35.00") and balance lines ("Solde au 30/11 : -604,22", "Ending balance: -212.84"), after a heading that names
 * the account's private person ("les opérations du compte de M. Aurélien Castagné", "transactions for Marcus
 * Oyelaran"; personal.ts's person verdict, no public-figure or fiction cue). Amounts carry no currency there, so
 * the money rules (financial.ts, money-near-person.ts) do not see them. A statement that names nobody ("my own
 * card, sample month") is not reported. The span is the amount. Linear: one pass over line starts.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";
import { personAround } from "./personal.js";
import { someDigitRunStart } from "../digit-runs.js";

const AMOUNT = "[+-]?\\s?\\d{1,3}(?:[ .,\\u00a0]\\d{3})*[.,]\\d{2}";
/** "03 Nov", "3-Nov-25": a day and an English month abbreviation, as UK and US online banking print them. */
const DAY_MONTH_NAME =
  "\\d{1,2}[ -](?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:[ -]\\d{2,4})?";
/** A transaction line: day and month (and year), a description of at most 60 characters, the amount ending the line. */
const TRANSACTION = new RegExp(`^[ \\t]*(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|${DAY_MONTH_NAME})[ \\t]+[^\\n]{2,60}?[ \\t](${AMOUNT})[ \\t]*$`, "gm");
/** A balance line: the balance word, an optional date, the amount. */
const BALANCE = new RegExp(
  `^[ \\t]*(?:solde|saldo|balance|kontostand|ending balance|closing balance|opening balance|saldo final|saldo inicial|solde final)[^\\n\\d]{0,30}(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?[^\\n\\d+-]{0,6}(${AMOUNT})[ \\t]*$`,
  "gim",
);
/**
 * A line starting with a day and month: the cheap test before the patterns run, `/\n[ \t]*DAY_AND_MONTH/.test(text)`.
 * The day opens a run of ASCII digits after a line break and spaces or tabs: DAY_AND_MONTH (sticky) is tried only at
 * such a run's start (the scan's shared digit runs; session 54: the whole-text search cost ~5 µs on the bench prompt).
 */
const DAY_AND_MONTH = /\d{1,2}(?:[/.]\d{1,2}[ \t/.]|[ -][A-Za-z]{3}[ \t-])/y;
export function datedLine(text: string): boolean {
  return someDigitRunStart(text, (start) => {
    let before = start - 1;
    while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
    if (before < 0 || text.charCodeAt(before) !== 10) return false;
    DAY_AND_MONTH.lastIndex = start;
    return DAY_AND_MONTH.test(text);
  });
}

function amounts(text: string, pattern: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].trimEnd().length;
    found.push([end - match[1]!.length, end]);
  }
  return found;
}

function runStatementLines(text: string, emit: Emit): void {
  if (!datedLine(text)) return;
  const transactions = amounts(text, TRANSACTION);
  if (transactions.length < 2) return;
  // The heading: the line before the first transaction line.
  const firstLine = text.lastIndexOf("\n", transactions[0]![0]);
  if (firstLine <= 0) return;
  const person = personAround(text, firstLine - 1);
  if (!person.found || person.publicContext) return;
  for (const [start, end] of [...transactions, ...amounts(text, BALANCE)]) emit("financial", start, end, "statement-line-amount", PRIORITY.contextual);
}

export const statementLineDetectors: Detector[] = [{ name: "statement-lines", run: runStatementLines }];
