/**
 * NACHA ACH files (session 41): a 94-character entry detail record (`6` + transaction code + the receiving bank's ABA
 * routing number with its check digit + the receiver's account number in 17 positions + a 10-digit amount) holds a
 * person's (or a firm's) bank account number where no keyword names it. Read only in a file with a batch header
 * (record `5` with a service class 200/220/225/280) or a file header (`101 `); the routing checksum and the amount
 * must fit. One pass over lines starting with `6`, perhaps indented (a file pasted as an indented code block; review
 * of session 41).
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import { abaRoutingValid } from "../checksums.js";

const ENTRY_DETAIL = /^[ \t]{0,8}6(?:2[2-9]|3[2-9]|4[1-9]|5[1-5])(\d{9})([ -~]{17})\d{10}/gm;
/** The literal starts of FILE_OR_BATCH_HEADER, for the keyword pass. */
const HEADER_STEMS = ["101 ", "5200", "5220", "5225", "5280"];
const FILE_OR_BATCH_HEADER = /^[ \t]{0,8}(?:101 |5(?:200|220|225|280))/m;

export function runNachaEntries(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, HEADER_STEMS) || !FILE_OR_BATCH_HEADER.test(text)) return;
  ENTRY_DETAIL.lastIndex = 0;
  for (let match = ENTRY_DETAIL.exec(text); match !== null; match = ENTRY_DETAIL.exec(text)) {
    const account = match[2]!.trim();
    if (!abaRoutingValid(match[1]!) || !/^[0-9A-Za-z-]{4,17}$/.test(account) || /^0+$/.test(account)) continue;
    const start = match.index + match[0].length - 27 + (match[2]!.length - match[2]!.trimStart().length);
    emit("bank_account", start, start + account.length, "nacha-entry", PRIORITY.structured);
  }
}
