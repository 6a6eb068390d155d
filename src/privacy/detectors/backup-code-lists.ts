/**
 * A list of backup or recovery codes under its label (session 50, dev-85): "GitHub recovery codes:" or "[init] generated
 * 8 recovery codes for admin:" followed by one code a line (or two to four in columns), every code of one shape — the
 * same length and the same separators (`n2sb-h6g8`, `TQPXXURVQZ`, `4829 1735`). The list as a whole is the evidence: a
 * code without a digit (`cvza-xzuz`, `TQPXXURVQZ`) counts when it stands in a list of four or more codes of its shape,
 * at least half of which hold a digit; placeholders (`xxxx-xxxx`, `****`) and a list of words do not. The single codes
 * told after such a word stay with `identifier-formats.ts` and `told-secrets.ts`. Each label reads at most 16 lines of
 * at most 60 characters after it: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

const LIST_LABEL =
  /(?:backup|recovery|rescue|2fa|two-factor)[- ]codes?|wiederherstellungscodes?|codes? de (?:secours|récupération|respaldo|recuperación|backup)|códigos? de (?:respaldo|recuperación|backup|recuperação)|codici di (?:backup|recupero)|kody (?:zapasowe|odzyskiwania)|herstelcodes?|reservkod(?:er)?|yedek kod(?:ları|lar)?|резервн(?:ые|ый|ых) код(?:ы|ов)?|备用码|恢复码|バックアップコード|リカバリーコード/giu;
const STEMS = [
  "backup",
  "recovery",
  "rescue",
  "2fa",
  "two-factor",
  "wiederherstellungscode",
  "secours",
  "récupération",
  "respaldo",
  "recuperaci",
  "recupera",
  "codici di",
  "zapasow",
  "odzyskiwania",
  "herstelcode",
  "reservkod",
  "yedek kod",
  "резервн",
  "备用码",
  "恢复码",
  "バックアップコード",
  "リカバリーコード",
];
/** One code: two or three groups of 4–8 letters and digits joined by `-` or one space, or one group of 6–16. */
const CODE = /^(?:[A-Za-z0-9]{6,16}|[A-Za-z0-9]{4,8}([- ])[A-Za-z0-9]{4,8}(?:\1[A-Za-z0-9]{4,8})?)$/;
/** A list item's number or bullet before the code ("1. ", "- ", "• "). */
const ITEM_MARK = /^(?:\d{1,2}[.)]|[-*•·])[ \t]+/;
const COLUMN_GAP = /[ \t]{2,}|\t/;
const DIGIT = /\d/;
const MAX_LINES = 16;
const MAX_LINE = 60;
const MIN_CODES = 4;

/** The code's shape: its length and where its separators stand (`4-4` → "9:4-"). */
function shape(code: string): string {
  let marks = "";
  for (let index = 0; index < code.length; index++) if (code[index] === "-" || code[index] === " ") marks += `${index}${code[index]}`;
  return `${code.length}:${marks}`;
}

/** The codes of one line (one, or two to four columns), with their offsets in the line; undefined when it is no code line. */
function lineCodes(line: string): Array<[string, number]> | undefined {
  const leading = line.length - line.trimStart().length;
  let body = line.trim();
  let offset = leading;
  const mark = ITEM_MARK.exec(body);
  if (mark !== null) {
    body = body.slice(mark[0].length);
    offset += mark[0].length;
  }
  if (body === "") return undefined;
  const cells = body.split(COLUMN_GAP);
  if (cells.length > 4) return undefined;
  const codes: Array<[string, number]> = [];
  let at = 0;
  for (const cell of cells) {
    const position = body.indexOf(cell, at);
    if (!CODE.test(cell)) return undefined;
    codes.push([cell, offset + position]);
    at = position + cell.length;
  }
  return codes;
}

function runBackupCodeLists(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  let readTo = 0;
  LIST_LABEL.lastIndex = 0;
  for (let label = LIST_LABEL.exec(text); label !== null; label = LIST_LABEL.exec(text)) {
    // The list starts on the label's next line (the label's own line may go on for a while: "…codes for admin@ops:").
    const lineEnd = text.indexOf("\n", label.index + label[0].length);
    if (lineEnd < 0 || lineEnd < readTo || lineEnd - label.index > 200) continue;
    const codes: Array<[string, number]> = [];
    let lineStart = lineEnd + 1;
    let blankSkipped = false;
    for (let count = 0; count < MAX_LINES && lineStart < text.length; count++) {
      let next = text.indexOf("\n", lineStart);
      if (next < 0) next = text.length;
      if (next - lineStart > MAX_LINE) break;
      const line = text.slice(lineStart, next);
      const found = line.trim() === "" && codes.length === 0 && !blankSkipped ? [] : lineCodes(line);
      if (found === undefined) break;
      if (found.length === 0) blankSkipped = true;
      for (const [code, offset] of found) codes.push([code, lineStart + offset]);
      lineStart = next + 1;
    }
    readTo = lineStart;
    if (codes.length < MIN_CODES) continue;
    const first = shape(codes[0]![0]);
    if (!codes.every(([code]) => shape(code) === first)) continue;
    const withDigit = codes.filter(([code]) => DIGIT.test(code)).length;
    if (withDigit * 2 < codes.length || codes.some(([code]) => isPlaceholderValue(code))) continue;
    if (new Set(codes.map(([code]) => code.toLowerCase())).size < codes.length) continue;
    for (const [code, start] of codes) emit("password", start, start + code.length, "backup-code-list", PRIORITY.secret - 4);
  }
}

export const backupCodeListDetectors: Detector[] = [{ name: "backup-code-lists", run: runBackupCodeLists }];
