/**
 * A phone in a table whose rows are offices (session 48, issue #15): a box-drawn, pipe or ASCII table with an "Office",
 * "Branch", "Location" … column and no person column ("│ Office │ Telephone │ … │ Berlin │ 030 901820 │") lists an
 * organisation's lines, as a "Berlin office: 030 …" sentence would. The header is the topmost text row of the table
 * the value's row belongs to: the lines above it that hold the same cell mark, or are border lines (─ ┼ + - =), read
 * back at most 20 lines and 2,000 characters. A column named a person (`fieldKind` "person": Name, Contact, Employee …)
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
const MAX_READ = 2000;

/** True when the value at `start` is in a table row whose header names an office-like column and no person column. */
export function inOfficeTableRow(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = text.length;
  const row = text.slice(lineStart, lineEnd);
  const mark = CELL_MARKS.find((candidate) => row.includes(candidate));
  if (mark === undefined || lineStart === 0) return false;
  let header: string | undefined;
  let end = lineStart - 1;
  const floor = Math.max(0, lineStart - MAX_READ);
  for (let lines = 0; lines < MAX_LINES && end > floor; lines++) {
    const from = Math.max(floor, text.lastIndexOf("\n", end - 1) + 1);
    const line = text.slice(from, end).replace(/\r$/, "");
    if (BORDER_LINE.test(line)) {
      if (line.trim().length === 0) break;
    } else if (line.includes(mark)) header = line;
    else break;
    if (from === 0) break;
    end = from - 1;
  }
  if (header === undefined) return false;
  const cells = header
    .split(mark)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0);
  return cells.some((cell) => PLACE_COLUMN.test(cell)) && !cells.some((cell) => fieldKind(cell) === "person");
}
