/**
 * Passenger manifests, crew lists and guest registers as delimited rows without a header the table reader knows
 * (session 44, dev-55): a crew row (`CREW|CPT|HALVORSEN|ERIK|M|19790430|NOR|P|32891746|20300215`), the Italian
 * alloggiati record (`…|UCRAINA|PASSAPORTO|FE482917|KYIV`), an APIS CSV row (`…;POL;P;EK9274813`). The document-type
 * cell (`P`, `PP` or the word passport in ten languages) says the next cell is a passport number; the row's first full
 * date before it with a year before 2015 is the holder's birth date. A row needs four cells or more. Bounded windows
 * around each type cell: linear.
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import { valueFits } from "./values.js";
import { exampleNumber } from "./travel-records.js";

const PASSPORT_WORDS = ["passport", "pasaporte", "passaporto", "passaporte", "passeport", "reisepass", "paszport", "paspoort", "pasaport"];
const MANIFEST_STEMS = ["|p|", ";p;", ",p,", "\tp\t", "|pp|", ";pp;", ",pp,", ...PASSPORT_WORDS];

/**
 * The type cell, its delimiter (group 2) and the number cell after it (group 3), which ends at a delimiter or the line.
 * The cell's leading blanks are read behind the type word's first letter (each blank once), and at most 16 blanks stand
 * on either side of the delimiter:
 * written `(?<=^|[|;,\t])[ \t]*` and `[ \t]*([|;,\t])[ \t]*` until session 47, a run of tabs was walked to its end
 * from each of its tabs, and split in every way after a "p" — quadratic (100,000 characters after "PASSPORT:\n": 3.7 s).
 */
const TYPE_THEN_NUMBER = new RegExp(
  `(?=[pr])(?<=(?:^|[|;,\\t])[ \\t]*)(PP?|${PASSPORT_WORDS.join("|")})[ \\t]{0,16}([|;,\\t])[ \\t]{0,16}([A-Z0-9]{1,3} ?[A-Z0-9]{4,10})[ \\t]*(?=\\2|\\r?\\n|$)`,
  "gimu",
);
/** ISO dates, day-month-year with `.`, `/` or `-`, and the compact CCYYMMDD; the year is captured. */
const DATE_CELL = /^[ \t]*(?:(\d{4})-\d{2}-\d{2}|\d{2}[./-]\d{2}[./-](\d{4})|(\d{4})\d{4})[ \t]*$/;
const LINE_REACH = 400;

export function runManifestRows(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, MANIFEST_STEMS)) return;
  TYPE_THEN_NUMBER.lastIndex = 0;
  for (let match = TYPE_THEN_NUMBER.exec(text); match !== null; match = TYPE_THEN_NUMBER.exec(text)) {
    const [whole, , delimiter, value] = match as unknown as [string, string, string, string];
    if (!valueFits("passport", value) || exampleNumber(value)) continue;
    const before = text.slice(Math.max(0, match.index - LINE_REACH), match.index);
    const lineStart = match.index - before.length + before.lastIndexOf("\n") + 1;
    const afterEnd = Math.min(text.length, match.index + whole.length + LINE_REACH);
    const newline = text.slice(match.index, afterEnd).indexOf("\n");
    const lineEnd = newline < 0 ? afterEnd : match.index + newline;
    const cellsBefore = text.slice(lineStart, match.index).split(delimiter);
    if (cellsBefore.length + text.slice(match.index, lineEnd).split(delimiter).length - 1 < 4) continue;
    const number = match.index + whole.lastIndexOf(value);
    emit("passport", number, number + value.length, "manifest-row", PRIORITY.structured);
    let cellStart = lineStart;
    for (const cell of cellsBefore) {
      const date = DATE_CELL.exec(cell);
      const year = Number(date?.[1] ?? date?.[2] ?? date?.[3] ?? 0);
      if (date && year >= 1900 && year < 2015 && valueFits("date_of_birth", cell)) {
        const offset = cell.length - cell.trimStart().length;
        emit("date_of_birth", cellStart + offset, cellStart + offset + cell.trim().length, "manifest-row", PRIORITY.structured);
        break;
      }
      cellStart += cell.length + 1;
    }
  }
}
