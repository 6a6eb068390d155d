/**
 * A phone in a table whose rows are offices (session 48, issue #15): a box-drawn, pipe or ASCII table with an "Office",
 * "Branch", "Location" … column and no person column ("│ Office │ Telephone │ … │ Berlin │ 030 901820 │") lists an
 * organisation's lines, as a "Berlin office: 030 …" sentence would. The header is the topmost text row of the table
 * the value's row belongs to: the lines above it that hold the same cell mark, or are border lines (─ ┼ + - =), read
 * back at most 20 lines and 2,000 characters; a row longer than 400 characters is no table's. A column named a person (`fieldKind` "person": Name, Contact, Employee …)
 * makes the rows people's, so their numbers stay reported.
 */
import { fieldKind } from "../structured/field-names.js";

/** Words that name the place a table row stands for (an office, a branch, a site), whole header cells. */
const PLACE_COLUMN =
  /^(?:offices?|branch(?:es)?|locations?|sites?|stores?|shops?|departments?|dept\.?|campus|clinics?|bureaus?|agency|agencies|filialen?|standorte?|niederlassung(?:en)?|abteilung(?:en)?|sedes?|oficinas?|sucursal(?:es)?|uffici|ufficio|filiali?|bureaux|agences?|biura?|oddzia[łl]y?|kantoor|vestiging(?:en)?)$/iu;
/** A box-drawing, Markdown or ASCII border line (no text cells). */
const BORDER_LINE = /^[\s─━═│┃┌┐└┘├┤┬┴┼╭╮╯╰+|:=-]*$/u;
const CELL_MARKS = ["│", "┃", "|"];
const MAX_LINES = 20;
/** The longest table row read. */
const MAX_ROW = 400;
const MAX_READ = 2000;

/** True when the value at `start` is in a table row whose header names an office-like column and no person column. */
export function inOfficeTableRow(text: string, start: number): boolean {
  // The value's line, read at most MAX_ROW characters each way (a search to the text's ends, for each phone of a long
  // line, was quadratic).
  const from = Math.max(0, start - MAX_ROW);
  const before = text.slice(from, start);
  const lineBreak = before.lastIndexOf("\n");
  if (lineBreak < 0 && from > 0) return false;
  const lineStart = from + lineBreak + 1;
  const after = text.slice(start, Math.min(text.length, start + MAX_ROW));
  const lineEnd = after.includes("\n") ? start + after.indexOf("\n") : start + after.length;
  const row = text.slice(lineStart, lineEnd);
  const mark = CELL_MARKS.find((candidate) => row.includes(candidate));
  if (mark === undefined || lineStart === 0) return false;
  let header: string | undefined;
  // The lines above, within MAX_READ characters (searched in that slice only: never back to the text's start).
  const floor = Math.max(0, lineStart - MAX_READ);
  const above = text.slice(floor, lineStart - 1).split("\n");
  // A first line cut by the floor is no whole line.
  if (floor > 0) above.shift();
  for (let index = above.length - 1, lines = 0; index >= 0 && lines < MAX_LINES; index--, lines++) {
    const line = above[index]!.replace(/\r$/, "");
    if (BORDER_LINE.test(line)) {
      if (line.trim().length === 0) break;
    } else if (line.includes(mark)) header = line;
    else break;
  }
  if (header === undefined) return false;
  const cells = header
    .split(mark)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0);
  return cells.some((cell) => PLACE_COLUMN.test(cell)) && !cells.some((cell) => fieldKind(cell) === "person");
}
