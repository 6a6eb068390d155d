/**
 * Record formats whose structure, not a `key: value` pair, names each value: CSV/TSV/semicolon/
 * markdown tables with a header row, HL7 v2 segments (PID, NK1, GT1, DG1), vCards, and SQL
 * `INSERT … (columns) VALUES (…)`. All are read line by line in one pass.
 */
import { asDocumentedExamples, containsAny, type Emit } from "../detector.js";
import { fieldKind, normalizeFieldName, type FieldKind } from "./field-names.js";
import { isBiometricTemplateId, sampleRecordAround, valueFits } from "./values.js";
import { GIVEN_NAMES } from "../detectors/lexicon.js";
import { isNameIncludingCommonWords } from "../detectors/people-names.js";
import { IDENTIFYING, emitFields, privatePersonNear, type Field } from "./key-values.js";
import { isRegexSpace } from "../regex-space.js";
import { isTestPatientField } from "./test-records.js";
import { withStandardSeparators } from "./separators.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
// Marks count as letters: the vowel signs of Devanagari, Bengali, Tamil and Thai headers (मोबाइल, கைபேசி, เบอร์โทร).
const CLASSES_OF_PATTERN_1 = /[\p{L}\p{M}]/u;
const CLASSES_OF_PATTERN_2 = /\p{N}/u;
const CLASSES_OF_PATTERN_3 = /\s/u;
const HL7_VALUE_PATTERN_1 = /\^/g;
const RUN_HL7_PATTERN_1 = /[\r\n]/;
const RUN_VCARDS_PATTERN_1 = /^tel:/i;
const RUN_VCARDS_PATTERN_2 = /\d/;
const RUN_VCARDS_PATTERN_3 = /;/g;
const RUN_SQL_INSERTS_PATTERN_1 = /[`"[\]]/g;

interface Cell {
  start: number;
  end: number;
}

// Patterns of the per-cell and per-row loops, made once (a regex literal in a loop is a new object each time).
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}/;

/** Cell bounds written by `splitCellBounds` (reused by every row: a row allocates no cell objects). */
const CELL_STARTS: number[] = [];
const CELL_ENDS: number[] = [];

/**
 * Cells of one line split on `delimiter`, honouring double quotes; spans exclude quotes and padding.
 * Written to CELL_STARTS/CELL_ENDS; returns the number of cells.
 */
function splitCellBounds(text: string, start: number, end: number, delimiter: string): number {
  let count = 0;
  let index = start;
  while (index <= end) {
    let cellStart = index;
    let cellEnd: number;
    while (cellStart < end && (text[cellStart] === " " || text[cellStart] === "\t") && delimiter !== "\t") cellStart++;
    if (text[cellStart] === '"') {
      const close = text.indexOf('"', cellStart + 1);
      cellEnd = close >= 0 && close < end ? close : end;
      const next = text.indexOf(delimiter, cellEnd);
      CELL_STARTS[count] = cellStart + 1;
      CELL_ENDS[count++] = cellEnd;
      index = next >= 0 && next < end ? next + 1 : end + 1;
      continue;
    }
    const next = text.indexOf(delimiter, cellStart);
    cellEnd = next >= 0 && next < end ? next : end;
    let trimmedEnd = cellEnd;
    while (trimmedEnd > cellStart && isRegexSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    CELL_STARTS[count] = cellStart;
    CELL_ENDS[count++] = trimmedEnd;
    index = cellEnd + 1;
  }
  return count;
}

/** Cells of one line split on `delimiter`, as objects (splitCellBounds). */
function splitCells(text: string, start: number, end: number, delimiter: string): Cell[] {
  const count = splitCellBounds(text, start, end, delimiter);
  const cells: Cell[] = [];
  for (let index = 0; index < count; index++) cells.push({ start: CELL_STARTS[index]!, end: CELL_ENDS[index]! });
  return cells;
}

const DELIMITERS = ["\t", ",", ";", "|"];
const DELIMITER_CODES = DELIMITERS.map((delimiter) => delimiter.charCodeAt(0));

/** The first of `DELIMITERS` (in their order) that the line `text[start, end)` holds: no slice of the line. */
function lineDelimiter(text: string, start: number, end: number): string | undefined {
  for (let which = 0; which < DELIMITER_CODES.length; which++) {
    const code = DELIMITER_CODES[which];
    for (let index = start; index < end; index++) if (text.charCodeAt(index) === code) return DELIMITERS[which];
  }
  return undefined;
}
const HEADER_LINE = /^[\s|"]*[\p{L}_#][\p{L}\p{M}\p{N} _./#()&"|,;\t-]*$/u;
const HEADER_CELL = /^[\p{L}_#][\p{L}\p{M}\p{N} _./#()&-]{0,40}$/u;

/** ASCII characters HEADER_LINE allows: letters, digits, whitespace and `_./#()&"|,;-` (`&`: WooCommerce's `Address 1&2`). */
const HEADER_ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) HEADER_ASCII[code] = /[A-Za-z0-9\s_./#()&"|,;-]/.test(String.fromCharCode(code)) ? 1 : 0;

/**
 * False when [start, end) holds an ASCII character HEADER_LINE never allows (`:`, `?`, `'`, `=` …): a
 * plain loop that rejects most prose and code lines at a fraction of the pattern's cost per character.
 */
function mayBeHeaderLine(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 128 && HEADER_ASCII[code] === 0) return false;
  }
  return true;
}

/** The end of the line starting at `start` (before its `\n`, and before a `\r` ending it). */
/** Per BMP code unit, computed on first sight: 1 = known, 2 = \p{L}, 4 = \p{N}, 8 = \s. */
const CHARACTER_CLASSES = new Uint8Array(65536);
const LETTER = 2;
const NUMBER = 4;
const SPACE = 8;

function classesOf(code: number): number {
  let classes = CHARACTER_CLASSES[code]!;
  if (classes !== 0) return classes;
  const char = String.fromCharCode(code);
  classes = 1 | (CLASSES_OF_PATTERN_1.test(char) ? LETTER : 0) | (CLASSES_OF_PATTERN_2.test(char) ? NUMBER : 0) | (CLASSES_OF_PATTERN_3.test(char) ? SPACE : 0);
  CHARACTER_CLASSES[code] = classes;
  return classes;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
/** `_./#()&-` and space, which both header patterns allow after the first character. */
const isHeaderPunctuation = (code: number) =>
  code === 32 || code === 95 || code === 46 || code === 47 || code === 35 || code === 40 || code === 41 || code === 38 || code === 45;

/**
 * HEADER_LINE.test(text.slice(start, end)) by char code (the pattern was most of this detector's
 * cost): the leading `[\s|"]*` run cannot give a character back to `[\p{L}_#]`, so one forward walk
 * decides. A surrogate (a letter outside the BMP) leaves it to the pattern.
 */
function isHeaderLine(text: string, start: number, end: number): boolean {
  let index = start;
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 124 || code === 34) continue;
    if (isSurrogate(code)) return HEADER_LINE.test(text.slice(start, end));
    if ((classesOf(code) & SPACE) === 0) break;
  }
  if (index >= end) return false;
  const first = text.charCodeAt(index);
  if (!(first === 95 || first === 35 || (classesOf(first) & LETTER) !== 0)) return false;
  for (index++; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isHeaderPunctuation(code) || code === 34 || code === 124 || code === 44 || code === 59 || code === 9) continue;
    if (isSurrogate(code)) return HEADER_LINE.test(text.slice(start, end));
    if ((classesOf(code) & (LETTER | NUMBER)) === 0) return false;
  }
  return true;
}

/** HEADER_CELL.test(text.slice(start, end)) by char code (a surrogate leaves it to the pattern). */
function isHeaderCell(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (end - start > 41) return end - start <= 82 && HEADER_CELL.test(text.slice(start, end));
  const first = text.charCodeAt(start);
  if (isSurrogate(first)) return HEADER_CELL.test(text.slice(start, end));
  if (!(first === 95 || first === 35 || (classesOf(first) & LETTER) !== 0)) return false;
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isHeaderPunctuation(code)) continue;
    if (isSurrogate(code)) return HEADER_CELL.test(text.slice(start, end));
    if ((classesOf(code) & (LETTER | NUMBER)) === 0) return false;
  }
  return true;
}

function lineContentEnd(text: string, start: number, newline: number): number {
  return newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

/** True when every cell in [first, last) of CELL_STARTS/CELL_ENDS is a header (HEADER_CELL). */
function allHeaderCells(text: string, first: number, last: number): boolean {
  for (let index = first; index < last; index++) if (!isHeaderCell(text, CELL_STARTS[index]!, CELL_ENDS[index]!)) return false;
  return true;
}

/** A markdown line's empty first cell (before its outer pipe) is dropped: the index of the first cell kept. */
function firstKeptCell(delimiter: string, count: number): number {
  return delimiter === "|" && count > 0 && CELL_STARTS[0] === CELL_ENDS[0] ? 1 : 0;
}

/** A markdown line's empty last cell (after its outer pipe) is dropped: the end of the cells kept. */
function lastKeptCell(delimiter: string, count: number, first: number): number {
  return delimiter === "|" && count - 1 >= first && CELL_STARTS[count - 1] === CELL_ENDS[count - 1] ? count - 1 : count;
}

const THOUSANDS_HEAD = /^-?\d{1,3}(?:,\d{3})*$/;
const THOUSANDS_TAIL = /^\d{3}(?:\.\d{1,2})?$/;
const NAME_PART = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/**
 * A comma-separated row written without quotes around cells that hold commas (a spreadsheet pasted as text): amounts
 * with thousands separators ("4,820.00" split into "4" and "820.00") and "Surname, Given" names (the given name after
 * a comma and a space) are joined back, first the amounts, then the names, until the row has the header's number of
 * cells. Rows that still do not fit are left as they were (the caller stops the table there).
 */
function rejoinUnquotedCommas(text: string, count: number, want: number): number {
  const joined = joinPass(text, count, want, true);
  const names = joinPass(text, joined, want, false);
  return names === want || joinAddressCells(text, names, want) ? want : count;
}

/**
 * The cells after the one address column that each follow ", " (a comma and a space, as an address's parts are written;
 * a spreadsheet's cells follow a bare comma) are that address's parts: "Calle Hidalgo 245 Int. 3, Col. Centro" in a
 * pasted order export (session 49, dev-81). Joined when exactly that many cells are too many; true when the row fits.
 */
function joinAddressCells(text: string, count: number, want: number): boolean {
  const extra = count - want;
  let column = -1;
  // HEADER_KINDS holds this header's `want` kinds (entries after them are an earlier header's).
  for (let index = 0; index < want; index++) {
    if (HEADER_KINDS[index] !== "street_address") continue;
    if (column >= 0) return false;
    column = index;
  }
  if (extra <= 0 || column < 0) return false;
  for (let part = 1; part <= extra; part++) if (text[CELL_STARTS[column + part]! - 1] !== " " || text[CELL_STARTS[column + part]! - 2] !== ",") return false;
  // The row's other cells follow a bare comma: a row written with ", " throughout (an SQL values list) is no such row.
  for (let index = 1; index < count; index++) if ((index <= column || index > column + extra) && text[CELL_STARTS[index]! - 1] === " ") return false;
  CELL_ENDS[column] = CELL_ENDS[column + extra]!;
  for (let index = column + 1; index < want; index++) {
    CELL_STARTS[index] = CELL_STARTS[index + extra]!;
    CELL_ENDS[index] = CELL_ENDS[index + extra]!;
  }
  return true;
}

/**
 * One left-to-right pass over CELL_STARTS/CELL_ENDS that joins a cell to the next (amounts: `thousands`, else names)
 * while the row has more than `want` cells, compacting the arrays as it goes; returns the new count. Linear in the
 * row (review of session 36: joining by shifting the arrays and re-testing the growing joined cell was quadratic, 2 s
 * for a 200 KB row of "000,"): whether a joined cell still fits is known from its parts — an amount joined to a
 * three-digit group still reads as a thousands head, one joined to decimals no longer does, and a joined name holds
 * ", " and is no name part.
 */
function joinPass(text: string, count: number, want: number, thousands: boolean): number {
  if (count <= want) return count;
  let joined = count;
  let kept = 0;
  let headFits = thousands ? thousandsHead(text, 0) : namePart(text, 0);
  for (let next = 1; next < count; next++) {
    const start = CELL_STARTS[next]!;
    const end = CELL_ENDS[next]!;
    if (joined > want && headFits) {
      if (thousands && start === CELL_ENDS[kept]! + 1 && THOUSANDS_TAIL.test(text.slice(start, end))) {
        CELL_ENDS[kept] = end;
        joined--;
        headFits = THREE_DIGITS.test(text.slice(start, end));
        continue;
      }
      if (!thousands && text[start - 1] === " " && NAME_PART.test(text.slice(start, end))) {
        CELL_ENDS[kept] = end;
        joined--;
        headFits = false;
        continue;
      }
    }
    kept++;
    CELL_STARTS[kept] = start;
    CELL_ENDS[kept] = end;
    headFits = joined > want && (thousands ? thousandsHead(text, kept) : namePart(text, kept));
  }
  return joined;
}

const THREE_DIGITS = /^\d{3}$/;
const thousandsHead = (text: string, index: number) => THOUSANDS_HEAD.test(text.slice(CELL_STARTS[index]!, CELL_ENDS[index]!));
const namePart = (text: string, index: number) => NAME_PART.test(text.slice(CELL_STARTS[index]!, CELL_ENDS[index]!));

/** A company's name in a name column ("Acme Corp", "Globex Inc.", "Müller GmbH"): no person (session 38 review). */
/**
 * A name cell the capitalised and CJK forms of `valueFits` miss: a script without letter case (Hebrew, Thai, the Indic
 * scripts, Georgian, Ethiopic …) or a name typed in lower case ("john smith", two to four words; a slug such as
 * "acme-corp" is one). Evidence only, like every person field (session 38 lead, after the review's name-cell check
 * had dropped these tables' names: one dev-34 half-B prompt lost).
 */
const UNCASED_NAME =
  /^(?:[\p{Script=Hebrew}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Oriya}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}'’.-]{2,24}(?:\s+[\p{L}\p{M}'’.-]{1,24}){0,3}|\p{Ll}[\p{L}'’.]+(?: \p{L}[\p{L}'’.-]*){1,3})$/u;
/** A name cell with a short note in parentheses after it ("Jonas (Gruppe Igel)", "Rosa (Mum's sister)"): session 39, dev-37. */
const NAME_THEN_NOTE = /^([^()\n]{2,60}?)\s*\([^()\n]{1,40}\)$/u;
const nameCell = (value: string) => valueFits("person", value) || UNCASED_NAME.test(value);
export const personCell = (value: string): boolean => {
  if (nameCell(value)) return true;
  const noted = NAME_THEN_NOTE.exec(value);
  return noted !== null && nameCell(noted[1]!);
};
/**
 * "Kind" heads a German column of children and an English column of types ("Pizza", "Deployment"): there, a cell counts
 * as a name only when it starts with a given name of the lexicon (session 39 review).
 */
const AMBIGUOUS_PERSON_HEADER = /^\s*kind\s*$/i;
const FIRST_WORD = /^\s*([\p{L}'’-]+)/u;
const givenNameCell = (value: string) => {
  const first = FIRST_WORD.exec(value);
  return first !== null && GIVEN_NAMES.has(first[1]!.toLowerCase()) && personCell(value);
};

/**
 * A column of an animal's breed or species (a herd book, a shelter's list): the table's names and birth dates are
 * animals' (session 46, dev-66). "Race" is left out: it heads an ethnicity column of patients' records.
 */
const ANIMAL_HEADER = /^\s*(?:breed|species|rasse|raza|rasa|raça|razza|ras|品種|品种|犬種|猫種)\s*$/iu;
export const animalHeader = (header: string): boolean => ANIMAL_HEADER.test(header);
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;

/**
 * A row whose name cells name no person: the table has a person column, and each of its cells in this row is one
 * Latin word that is no name of the lexicon, given or family ("Widget" — a product's or an animal's name). Such a row
 * lends no birth date (session 46: "NAME,DOB,NAT,DOC / Widget,2020-01-01,…").
 */
export function rowNamesNoPerson(kinds: ReadonlyArray<FieldKind | undefined>, values: readonly string[]): boolean {
  let personColumn = false;
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] !== "person") continue;
    personColumn = true;
    const value = (values[index] ?? "").trim();
    if (!LATIN_WORD.test(value) || isNameIncludingCommonWords(value)) return false;
  }
  return personColumn;
}

const COMPANY_NAME =
  /(?<![\p{L}])(?:inc|corp|corporation|ltd|llc|llp|plc|gmbh|ag|s\.a|s\.l|sas|sarl|srl|spa|s\.p\.a|b\.v|n\.v|oy|ab|company|group|holdings?)\.?\s*$/iu;

/**
 * A table of amounts without a person column whose text names a private person (an account statement pasted "for my
 * client Alberto Sanz Medina": session 47, dev-72): the amounts are that person's. The writer's own statement, which
 * names nobody, stays unreported.
 */
function moneyOfNamedPerson(text: string, fields: readonly Field[], width: number, headerStart: number, tableEnd: number): boolean {
  const money = fields.find((field) => field.kind === "financial");
  // A table with a person column names its people there (a tenant column of companies names none: session 38).
  if (money === undefined || HEADER_KINDS.slice(0, width).includes("person")) return false;
  // The sentence after the table, then the one before its header, then the rows' own paragraph.
  return (
    (tableEnd < text.length && privatePersonNear(text, tableEnd)) ||
    (headerStart > 1 && privatePersonNear(text, headerStart - 2)) ||
    privatePersonNear(text, money.start)
  );
}

/** Column headers naming a company (normalised like field names): a registry table's, not a person's. */
const COMPANY_HEADERS: ReadonlySet<string> = new Set([
  "company",
  "companyname",
  "firma",
  "firmenname",
  "unternehmen",
  "razonsocial",
  "denominacionsocial",
  "ragionesociale",
  "denominazione",
  "raisonsociale",
  "denominationsociale",
  "empresa",
  "denominacao",
  "nazwa",
  "nazwafirmy",
  "bedrijf",
  "bedrijfsnaam",
  "handelsnaam",
]);

/** Does the header name a company column and no person column? (HEADER_KINDS is filled for it.) */
function companyRegister(text: string, first: number, last: number): boolean {
  let company = false;
  for (let index = first; index < last; index++) {
    if (HEADER_KINDS[index - first] === "person") return false;
    if (COMPANY_HEADERS.has(normalizeFieldName(text.slice(CELL_STARTS[index]!, CELL_ENDS[index]!)))) company = true;
  }
  return company;
}

/** A table's column kinds and "given names only" marks, by column (filled by `runTables` for each header it reads). */
const HEADER_KINDS: Array<FieldKind | undefined> = [];
const GIVEN_NAME_ONLY: boolean[] = [];

/** Does one of the first `width` columns hold an identifying kind other than a person? */
function identifyingColumn(width: number): boolean {
  for (let index = 0; index < width; index++) {
    const kind = HEADER_KINDS[index];
    if (kind !== undefined && kind !== "person" && IDENTIFYING.has(kind)) return true;
  }
  return false;
}

/** The first `width` column kinds of HEADER_KINDS. */
const rowKinds = (width: number) => HEADER_KINDS.slice(0, width);
/** The row's kept cells as strings (only for a row with a birth date). */
function rowValues(text: string, first: number, last: number): string[] {
  const values: string[] = [];
  for (let index = first; index < last; index++) values.push(text.slice(CELL_STARTS[index]!, CELL_ENDS[index]!));
  return values;
}
/** True when fields[from…] hold a birth date. */
function rowHasBirthDate(fields: readonly Field[], from: number): boolean {
  for (let index = from; index < fields.length; index++) if (fields[index]!.kind === "date_of_birth") return true;
  return false;
}
/** Drop the birth dates among fields[from…]. */
function removeBirthDates(fields: Field[], from: number): void {
  let kept = from;
  for (let index = from; index < fields.length; index++) if (fields[index]!.kind !== "date_of_birth") fields[kept++] = fields[index]!;
  fields.length = kept;
}

/**
 * Tables with a header row: each column's header names the kind of its cells. Lines are found as the
 * walk goes (no array of every line); a line is a header candidate only when a line follows it.
 */
/** A file format's name and a colon at a line's start, before a table's header. */
const FORMAT_LABEL = /^[ \t]*(?:csv|tsv|psv)[ \t]*:[ \t]*/iu;

/**
 * The length of FORMAT_LABEL's match at the line from `start` (0 without one). The pattern is tried only when the line's
 * first character after spaces and tabs is "c", "t" or "p" in either case, the first letter of each format's name (no
 * other character folds to one of them case-insensitively): a slice and a regex per line cost the bench's 2,000-token
 * prompt ~10 µs (session 50).
 */
function formatLabelLength(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  const first = text.charCodeAt(index) | 32;
  if (index >= end || (first !== 99 && first !== 116 && first !== 112)) return 0;
  return FORMAT_LABEL.exec(text.slice(start, Math.min(end, start + 12)))?.[0].length ?? 0;
}

export function runTables(text: string, emit: Emit): void {
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) return;
    const end = lineContentEnd(text, start, newline);
    // A header may follow a format label on its line ("CSV: name,passport", session 49): the header starts after it.
    const lineStart = start + formatLabelLength(text, start, end);
    start = newline + 1;
    if (end - lineStart < 3 || end - lineStart > 600) continue;
    // Cheap rejection of prose lines before splitting: a header has short cells and no sentence.
    if (!mayBeHeaderLine(text, lineStart, end)) continue;
    if (!isHeaderLine(text, lineStart, end)) continue;
    // Searched within the line only (a search of the whole text for a delimiter it lacks, once per line, was quadratic).
    const delimiter = lineDelimiter(text, lineStart, end);
    if (!delimiter) continue;
    const headerCount = splitCellBounds(text, lineStart, end, delimiter);
    const headerFirst = firstKeptCell(delimiter, headerCount);
    const headerLast = lastKeptCell(delimiter, headerCount, headerFirst);
    if (headerLast - headerFirst < 2) continue;
    if (!allHeaderCells(text, headerFirst, headerLast)) continue;
    // The columns' kinds in the reused HEADER_KINDS / GIVEN_NAME_ONLY (no arrays for the many headers that name no kind).
    const width = headerLast - headerFirst;
    let namesKind = false;
    let animals = false;
    for (let index = headerFirst; index < headerLast; index++) {
      const header = text.slice(CELL_STARTS[index]!, CELL_ENDS[index]!);
      const kind = fieldKind(header);
      HEADER_KINDS[index - headerFirst] = kind;
      // Read for a person column only.
      GIVEN_NAME_ONLY[index - headerFirst] = kind === "person" && AMBIGUOUS_PERSON_HEADER.test(header);
      if (kind !== undefined && kind !== "person") namesKind = true;
      if (animalHeader(header)) animals = true;
    }
    if (animals) for (let index = 0; index < width; index++) if (HEADER_KINDS[index] === "date_of_birth") HEADER_KINDS[index] = undefined;
    if (!namesKind) continue;
    // A register of companies (`razon_social;cif;domicilio`, `nazwa;nip;regon;siedziba`) names no person: its numbers
    // and addresses are the companies' (session 47, dev-72). A person column makes it a contact list again.
    if (companyRegister(text, headerFirst, headerLast)) continue;
    const fields: Field[] = [];
    // The rows under the header, to the first empty or differently shaped line (the next header candidate).
    while (start <= text.length) {
      const rowNewline = text.indexOf("\n", start);
      const rowStart = start;
      const rowEnd = lineContentEnd(text, rowStart, rowNewline < 0 ? text.length : rowNewline);
      if (rowEnd <= rowStart) break;
      if (delimiter === "|" && MARKDOWN_RULE.test(text.slice(rowStart, Math.min(rowEnd, rowStart + 12)))) {
        start = rowNewline < 0 ? text.length + 1 : rowNewline + 1;
        continue;
      }
      // A markdown row's empty first and last cells (outside its outer pipes) are dropped, as for the header.
      let count = splitCellBounds(text, rowStart, rowEnd, delimiter);
      if (delimiter === "," && count > width) count = rejoinUnquotedCommas(text, count, width);
      const first = firstKeptCell(delimiter, count);
      const last = lastKeptCell(delimiter, count, first);
      if (last - first !== width) break;
      const rowFieldsFrom = fields.length;
      for (let index = first; index < last; index++) {
        const kind = HEADER_KINDS[index - first];
        const cellStart = CELL_STARTS[index]!;
        const cellEnd = CELL_ENDS[index]!;
        // A cell under a header that names no kind is never read: no string for it.
        if (kind === undefined) continue;
        const cell = text.slice(cellStart, cellEnd);
        const fits = kind === "person" ? (GIVEN_NAME_ONLY[index - first] ? givenNameCell : personCell)(cell) : valueFits(kind, cell);
        if (fits) fields.push({ kind, start: cellStart, end: cellEnd });
      }
      // Only this row's fields are looked at (a walk over every field of the table made long tables quadratic).
      if (rowHasBirthDate(fields, rowFieldsFrom) && rowNamesNoPerson(rowKinds(width), rowValues(text, first, last))) removeBirthDates(fields, rowFieldsFrom);
      start = rowNewline < 0 ? text.length + 1 : rowNewline + 1;
    }
    // A name column counts when a cell reads as a name: a multi-tenant table's `tenant` or `customer` column of
    // slugs ("acme-corp", "globex") names no person (session 38 review).
    // A company's name in the name column ("Acme Corp") is no person either.
    const kept = fields.filter((field) => {
      const value = text.slice(field.start, field.end);
      if (field.kind === "biometric") return !isBiometricTemplateId(value) || !sampleRecordAround(text, field.start);
      return field.kind !== "person" || !COMPANY_NAME.test(value);
    });
    const hasPerson = identifyingColumn(width) || kept.some((field) => field.kind === "person") || moneyOfNamedPerson(text, kept, width, lineStart, start);
    emitFields(kept, emit, "table-column", hasPerson);
  }
}

// --- HL7 v2 --------------------------------------------------------------------------------------
/** Field number → kind, per segment (HL7 v2.5 PID, NK1, GT1, DG1). */
const HL7_FIELDS: Record<string, Record<number, FieldKind>> = {
  PID: {
    2: "medical_record",
    3: "medical_record",
    4: "medical_record",
    5: "person",
    7: "date_of_birth",
    11: "street_address",
    13: "phone",
    14: "phone",
    19: "us_ssn",
    20: "driver_license",
  },
  NK1: { 2: "person", 4: "street_address", 5: "phone", 6: "phone" },
  GT1: { 3: "person", 5: "street_address", 6: "phone", 7: "phone", 8: "date_of_birth", 12: "us_ssn" },
  IN1: { 16: "person", 18: "date_of_birth", 19: "street_address" },
  DG1: { 3: "health", 4: "health" },
  // A result's value and a problem's code (session 41: ORU viral loads, MDM notes, SS-MIX2 PRB): a patient's health.
  OBX: { 5: "health" },
  PRB: { 3: "health" },
};
const HL7_SEGMENT = /(?:^|[\r\n])(PID|NK1|GT1|IN1|DG1|OBX|PRB)\|/g;
/**
 * The same, perhaps indented (a message pasted as an indented code block; review of session 41): used only when an
 * indented PID is in the text, as the optional indentation makes every line start cost more.
 */
const HL7_INDENTED_SEGMENT = /(?:^|[\r\n])[ \t]{0,8}(PID|NK1|GT1|IN1|DG1|OBX|PRB)\|/g;
const INDENTED_PID = /[ \t]PID\|/;

/** The first `char` in [start, end), else `end` (a bounded search: `indexOf` would read to the end of the text for every field). */
function firstWithin(text: string, char: string, start: number, end: number): number {
  for (let index = start; index < end; index++) if (text[index] === char) return index;
  return end;
}

function hl7Value(kind: FieldKind, text: string, start: number, end: number): Cell | undefined {
  let valueEnd = firstWithin(text, "~", start, end);
  if (kind === "medical_record" || kind === "phone" || kind === "date_of_birth" || kind === "us_ssn" || kind === "national_id" || kind === "driver_license")
    valueEnd = firstWithin(text, "^", start, valueEnd);
  if (kind === "date_of_birth" && valueEnd - start > 8) valueEnd = start + 8;
  if (valueEnd <= start) return undefined;
  const value = text.slice(start, valueEnd);
  if (kind === "street_address" || kind === "health" || kind === "person")
    return value.replace(HL7_VALUE_PATTERN_1, " ").trim().length > 0 ? { start, end: valueEnd } : undefined;
  return valueFits(kind, value) ? { start, end: valueEnd } : undefined;
}

/**
 * PID-5 (family^given) of the PID segment whose fields start at `start`: a test or specimen name. Every repetition
 * must be one (review of session 41): `TEST^PATIENT~ABERNATHY^TOBIAS` is a real patient with a test alias.
 */
function hl7TestPatient(text: string, start: number, lineEnd: number): boolean {
  return isTestPatientField(text.slice(start, lineEnd).split("|", 5)[4] ?? "");
}

/**
 * MSH-1 and MSH-2 choose the separators (`MSH#^~\&#…` splits fields by `#`; session 41): the field, component and
 * repetition separators after `MSH` at a line start, each no letter, digit or space, the three distinct.
 */
const MSH_SEPARATORS = /(?:^|[\r\n])[ \t]{0,8}MSH([^\sA-Za-z0-9])([^\sA-Za-z0-9])([^\sA-Za-z0-9])/g;
const STANDARD_SEPARATORS = ["|", "^", "~"] as const;
/**
 * A segment pasted without its MSH line under another field separator (session 42: `PID#1##00448127^^^LAB^MR##…`,
 * `PID!1!!…`): a PID at a line start, the separator after it, PID-1 (up to four digits) and the separator again.
 * Components and repetitions are taken as the standard `^` and `~`; the line must hold the separator at least 5 times
 * (PID-5, the name, is the 5th field) — a log's `PID#4471 exited` has one.
 */
const UNDECLARED_PID = /(?:^|[\r\n])[ \t]{0,8}PID([^\sA-Za-z0-9|^~\\&])\d{0,4}\1/;
const MAX_MESSAGES = 64;

/** `chars` (field, component, repetition) written as the standard ones in text[from, to), when they are other ones. */
function standardisedPart(text: string, from: number, to: number, chars: readonly [string, string, string]): string {
  const part = text.slice(from, to);
  if (new Set(chars).size < 3 || chars.every((char, index) => char === STANDARD_SEPARATORS[index])) return part;
  return withStandardSeparators(part, chars, STANDARD_SEPARATORS);
}

/** The part [from, to) holding no MSH: from an undeclared PID line on, with its separator written as `|`. */
function undeclaredPart(text: string, from: number, to: number): string {
  const part = text.slice(from, to);
  const pid = UNDECLARED_PID.exec(part);
  if (pid === null) return part;
  const lineStart = pid.index + (pid[0].startsWith("\n") || pid[0].startsWith("\r") ? 1 : 0);
  const lineEnd = part.indexOf("\n", lineStart);
  const line = part.slice(lineStart, lineEnd < 0 ? part.length : lineEnd);
  if (line.split(pid[1]!, 6).length < 6) return part;
  return part.slice(0, lineStart) + standardisedPart(part, lineStart, part.length, [pid[1]!, "^", "~"]);
}

/**
 * The text with the separators each message's MSH declares written as the standard `|`, `^`, `~` (one character for
 * one, so every offset stays); a standard separator character that was not declared becomes a space (data, not a
 * split). Session 42: each MSH's declaration holds up to the next MSH (two messages with different separators in one
 * paste; at most 64), and text before any MSH (or without one) is read from a PID line under another field separator.
 * The text itself when nothing is declared otherwise.
 */
function hl7Standardised(text: string): string {
  if (!text.includes("MSH") && !text.includes("PID")) return text;
  MSH_SEPARATORS.lastIndex = 0;
  const headers: Array<[number, [string, string, string]]> = [];
  for (let match = MSH_SEPARATORS.exec(text); match !== null && headers.length < MAX_MESSAGES; match = MSH_SEPARATORS.exec(text))
    headers.push([match.index, match.slice(1, 4) as [string, string, string]]);
  let result = undeclaredPart(text, 0, headers[0]?.[0] ?? text.length);
  headers.forEach(([start, chars], index) => (result += standardisedPart(text, start, headers[index + 1]?.[0] ?? text.length, chars)));
  return result.length === text.length ? result : text;
}

export function runHl7(original: string, emit: Emit): void {
  const text = hl7Standardised(original);
  if (!text.includes("|")) return;
  const segments = text.includes("PID|") && INDENTED_PID.test(text) ? HL7_INDENTED_SEGMENT : HL7_SEGMENT;
  segments.lastIndex = 0;
  const fields: Field[] = [];
  /** A test or specimen patient's fields: documented examples, reported marked (privacy.testValues, session 44). */
  const exampleFields: Field[] = [];
  let hasPatient = false;
  let testPatient = false;
  for (let match = segments.exec(text); match !== null; match = segments.exec(text)) {
    const segment = match[1]!;
    const layout = HL7_FIELDS[segment]!;
    let lineEnd = text.slice(match.index + 1).search(RUN_HL7_PATTERN_1);
    lineEnd = lineEnd < 0 ? text.length : match.index + 1 + lineEnd;
    // A test or specimen patient (`TEST^PATIENT`, the standard's `EVERYMAN^ADAM`) makes its message nobody's (session 41).
    if (segment === "PID") testPatient = hl7TestPatient(text, match.index + match[0].length, lineEnd);
    if (segment === "PID" && !testPatient) hasPatient = true;
    const into = testPatient ? exampleFields : fields;
    let fieldStart = match.index + match[0].length;
    for (let number = 1; fieldStart <= lineEnd && number <= 20; number++) {
      let fieldEnd = text.indexOf("|", fieldStart);
      if (fieldEnd < 0 || fieldEnd > lineEnd) fieldEnd = lineEnd;
      const kind = layout[number];
      if (kind && fieldEnd > fieldStart) {
        const cell = hl7Value(kind, text, fieldStart, fieldEnd);
        if (cell) into.push({ kind, ...cell });
      }
      fieldStart = fieldEnd + 1;
    }
    segments.lastIndex = lineEnd;
  }
  emitFields(fields, emit, "hl7-field", hasPatient);
  emitFields(exampleFields, asDocumentedExamples(emit), "hl7-field", true);
}

// --- vCard ---------------------------------------------------------------------------------------
const VCARD_LINE = /^(?:item\d+\.)?(TEL|ADR|BDAY|EMAIL|FN|N)((?:;[^:\n]*)?):([^\r\n]*)/gim;
const VCARD_KINDS: Record<string, FieldKind> = { TEL: "phone", ADR: "street_address", BDAY: "date_of_birth", EMAIL: "email", FN: "person", N: "person" };

const VCARD_STEMS = ["begin:vcard"];

export function runVcards(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, VCARD_STEMS)) return;
  VCARD_LINE.lastIndex = 0;
  const fields: Field[] = [];
  for (let match = VCARD_LINE.exec(text); match !== null; match = VCARD_LINE.exec(text)) {
    const kind = VCARD_KINDS[match[1]!.toUpperCase()]!;
    let start = match.index + match[0].length - match[3]!.length;
    let end = match.index + match[0].length;
    if (kind === "phone" && RUN_VCARDS_PATTERN_1.test(match[3]!)) start += 4;
    if (kind === "street_address") {
      while (start < end && (text[start] === ";" || text[start] === " ")) start++;
      while (end > start && (text[end - 1] === ";" || text[end - 1] === " ")) end--;
    }
    const value = text.slice(start, end);
    if (
      kind === "street_address"
        ? RUN_VCARDS_PATTERN_2.test(value) && value.length >= 6
        : kind === "person" || valueFits(kind, value.replace(RUN_VCARDS_PATTERN_3, " "))
    )
      fields.push({ kind, start, end });
  }
  emitFields(fields, emit, "vcard-property", true);
}

// --- SQL INSERT ----------------------------------------------------------------------------------
const SQL_INSERT = /\binsert\s+into\s+[\w."`[\]]{1,80}\s*\(([^()]{1,600})\)\s*values\s*/gi;
/**
 * One tuple of VALUES. A quoted string ends only where no quote follows (`(?!')`): without it, `''` could be an escape
 * or two strings side by side, and an unclosed tuple of quotes backtracked exponentially (92 characters took 1.3 s;
 * session 46). Adjacent strings are one string with an escaped quote, so the same tuples match.
 */
const SQL_TUPLE = /\(((?:'(?:[^'\n]|'')*'(?!')|[^()'\n])*)\)\s*,?\s*/y;

const SQL_INSERT_STEMS = ["insert"];

export function runSqlInserts(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, SQL_INSERT_STEMS)) return;
  SQL_INSERT.lastIndex = 0;
  for (let match = SQL_INSERT.exec(text); match !== null; match = SQL_INSERT.exec(text)) {
    const columnsStart = match.index + match[0].indexOf("(") + 1;
    const columns = splitCells(text, columnsStart, columnsStart + match[1]!.length, ",").map((cell) =>
      fieldKind(text.slice(cell.start, cell.end).replace(RUN_SQL_INSERTS_PATTERN_1, "")),
    );
    if (!columns.some((kind) => kind !== undefined)) continue;
    const fields: Field[] = [];
    SQL_TUPLE.lastIndex = match.index + match[0].length;
    for (let tuple = SQL_TUPLE.exec(text); tuple !== null && tuple[1]!.length < 4000; tuple = SQL_TUPLE.exec(text)) {
      const tupleStart = tuple.index + 1;
      let index = tupleStart;
      const tupleEnd = tupleStart + tuple[1]!.length;
      for (let column = 0; column < columns.length && index <= tupleEnd; column++) {
        while (index < tupleEnd && text[index] === " ") index++;
        let valueStart = index;
        let valueEnd: number;
        if (text[index] === "'") {
          valueStart = index + 1;
          valueEnd = text.indexOf("'", valueStart);
          if (valueEnd < 0 || valueEnd > tupleEnd) valueEnd = tupleEnd;
          const comma = text.indexOf(",", valueEnd);
          index = comma >= 0 && comma < tupleEnd ? comma + 1 : tupleEnd + 1;
        } else {
          const comma = text.indexOf(",", index);
          valueEnd = comma >= 0 && comma < tupleEnd ? comma : tupleEnd;
          index = valueEnd + 1;
          while (valueEnd > valueStart && text[valueEnd - 1] === " ") valueEnd--;
        }
        const kind = columns[column];
        if (kind && valueFits(kind, text.slice(valueStart, valueEnd))) fields.push({ kind, start: valueStart, end: valueEnd });
      }
    }
    emitFields(fields, emit, "sql-insert-column", columns.includes("person"));
  }
}
