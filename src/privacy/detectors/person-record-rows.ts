/**
 * Session 53 (issue #15): a number that is one cell of a record row naming a person and a date ("Novak, Maja | 13. 1.
 * 1986 | 0704953509340 | Maribor", "Ivana Horvat;1984-05-02;0205984505007"): the row is that person's record, so a
 * number whose check is strong (a check digit and an embedded birth date) counts without its own label. Cells are split
 * on `|`, `;` or a tab (three or more on the number's line, at most 300 characters read each way); one cell is a name
 * (two or three capitalised words, maybe a comma after the first, each a name of the lexicon), another a date.
 */
import { isPersonName } from "./people-names.js";

const CELL_SEPARATOR = /[|;\t]/;
const NAME_CELL = /^\p{Lu}[\p{L}'’-]+,?(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}$/u;
const NAME_GAP = /,?[ \t]+/;
const DATE_CELL = /^(?:\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?(?:19|20)\d\d|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\.?$/;

/** True when the number at `start`–`end` is a cell of a row that holds a person's name and a date. */
export function personRecordRow(text: string, start: number, end: number): boolean {
  // The line break is looked for inside the 300 characters each way only (an `indexOf` over the whole text per number
  // would be quadratic on a long text without one).
  const before = text.slice(Math.max(0, start - 300), start);
  const lineStart = start - before.length + before.lastIndexOf("\n") + 1;
  if (lineStart === start - before.length && start > 300) return false;
  const after = text.slice(end, end + 300);
  const newline = after.indexOf("\n");
  const lineEnd = newline < 0 ? end + after.length : end + newline;
  const cells = text.slice(lineStart, lineEnd).split(CELL_SEPARATOR);
  if (cells.length < 3) return false;
  let name = false;
  let date = false;
  for (const raw of cells) {
    // A label before the row's first cell ("Import: Novak, Maja") is no part of the name.
    const cell = raw.slice(raw.lastIndexOf(":") + 1).trim();
    if (NAME_CELL.test(cell) && cell.split(NAME_GAP).every((word) => isPersonName(word))) name = true;
    else if (DATE_CELL.test(cell)) date = true;
  }
  return name && date;
}
