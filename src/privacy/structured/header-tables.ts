/**
 * Records whose labels stand away from their values (issue #15, session 46, dev-66): a JSON table with its column
 * names in a `"columns"` list or a first row of strings, an HTML `<table>` with a `<th>` header row, a box-drawing or
 * `+---+` ASCII table (read as the markdown table it draws), fixed-width columns aligned with runs of spaces, and a
 * label alone on its line with the value on the next (forms, OCR'd forms). Each gives a value the kind its column or
 * label names (`fieldKind`, the vocabulary of every record reader) and reports it as the record readers do
 * (`emitFields`: health and money only beside a person or an identifier). Every reader is gated by a cheap test and
 * walks its text once.
 */
import { containsAny, type Emit } from "../detector.js";
import { fieldKind, type FieldKind } from "./field-names.js";
import { emitFields, IDENTIFYING, type Field } from "./key-values.js";
import { animalHeader, personCell, rowNamesNoPerson, runTables } from "./records.js";
import { valueFits } from "./values.js";
import { isRegexSpace } from "../regex-space.js";

/** A cell of a table read by this file: its bounds in the text. */
interface Cell {
  start: number;
  end: number;
}

/** A header cell: short, starting with a letter (as `records.ts` HEADER_CELL), no sentence. */
const HEADER_WORD = /^[\p{L}_#][\p{L}\p{M}\p{N} _./#()°º-]{0,40}$/u;

/** The kinds of a header's cells, or undefined when no cell names a kind other than a person or a cell is no header. */
function headerKinds(text: string, cells: readonly Cell[]): Array<FieldKind | undefined> | undefined {
  if (cells.length < 2) return undefined;
  const kinds: Array<FieldKind | undefined> = [];
  let namesKind = false;
  let animals = false;
  for (const cell of cells) {
    const header = text.slice(cell.start, cell.end);
    if (!HEADER_WORD.test(header)) return undefined;
    const kind = fieldKind(header);
    kinds.push(kind);
    if (kind !== undefined && kind !== "person") namesKind = true;
    if (animalHeader(header)) animals = true;
  }
  // A table of animals (a breed or species column): its birth dates are theirs.
  return namesKind ? kinds.map((kind) => (animals && kind === "date_of_birth" ? undefined : kind)) : undefined;
}

/** The fields of one row under `kinds` (same width); a row naming a product or an animal lends no birth date. */
function rowFields(text: string, kinds: ReadonlyArray<FieldKind | undefined>, cells: readonly Cell[], into: Field[]): void {
  const row: Field[] = [];
  for (let index = 0; index < cells.length; index++) {
    const kind = kinds[index];
    if (kind === undefined) continue;
    const { start, end } = cells[index]!;
    const value = text.slice(start, end);
    // An IBAN under an account column is reported as an IBAN.
    if (kind === "bank_account" && valueFits("iban", value)) row.push({ kind: "iban", start, end });
    else if (kind === "person" ? personCell(value) : valueFits(kind, value)) row.push({ kind, start, end });
  }
  const noPerson =
    row.some((field) => field.kind === "date_of_birth") &&
    rowNamesNoPerson(
      kinds,
      cells.map((cell) => text.slice(cell.start, cell.end)),
    );
  for (const field of row) if (!(noPerson && field.kind === "date_of_birth")) into.push(field);
}

/** Report a table's fields: a person column's name or an identifying column makes the record a person's. */
function emitTable(fields: readonly Field[], kinds: ReadonlyArray<FieldKind | undefined>, emit: Emit, rule: string): void {
  const hasPerson = kinds.some((kind) => kind !== undefined && kind !== "person" && IDENTIFYING.has(kind)) || fields.some((field) => field.kind === "person");
  emitFields(fields, emit, rule, hasPerson);
}

// --- JSON tables ---------------------------------------------------------------------------------------------------
/** A JSON array of 2–40 strings, none longer than 40 characters: a header candidate. */
const JSON_STRING_ARRAY = /\[\s*"[^"\\\n]{1,40}"(?:\s*,\s*"[^"\\\n]{1,40}"){1,39}\s*\]/g;
/** A flat JSON array (no nested bracket) of up to 2,000 characters: a row candidate. */
const JSON_FLAT_ARRAY = /\[([^[\]\n]{0,2000})\]/y;
/** What may stand between a header and its rows, and between rows: commas, brackets, a key. */
const JSON_GAP = /^[\s,[\]{}:]*(?:"[\p{L}\p{N}_ -]{1,30}"\s*:\s*\[?\s*)?$/u;
const JSON_TOKEN = /\s*(?:"((?:[^"\\\n]|\\.){0,400})"|([^,"\s][^,]{0,400}?))\s*(?:,|$)/y;
const JSON_STEMS = ['["', '[ "'];

/** The cells of a flat JSON array's content starting at `start` (strings without their quotes, bare values trimmed). */
function jsonCells(text: string, start: number, content: string): Cell[] | undefined {
  const cells: Cell[] = [];
  JSON_TOKEN.lastIndex = 0;
  while (JSON_TOKEN.lastIndex < content.length) {
    const at = JSON_TOKEN.lastIndex;
    const token = JSON_TOKEN.exec(content);
    if (token === null || token[0].length === 0) return undefined;
    const value = token[1] ?? token[2]!;
    const offset = content.indexOf(value, at + (token[1] !== undefined ? 1 : 0));
    cells.push({ start: start + offset, end: start + offset + value.length });
    if (cells.length > 40) return undefined;
  }
  return cells;
}

/** `{"columns": [...], "rows": [[...], ...]}` and `[["name", "dob"], ["…", "…"]]`: each row's values by the header's names. */
export function runJsonTables(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, JSON_STEMS)) return;
  JSON_STRING_ARRAY.lastIndex = 0;
  for (let header = JSON_STRING_ARRAY.exec(text); header !== null; header = JSON_STRING_ARRAY.exec(text)) {
    const headerCells = jsonCells(text, header.index + 1, header[0].slice(1, -1));
    const kinds = headerCells && headerKinds(text, headerCells);
    if (!kinds) continue;
    const fields: Field[] = [];
    let position = header.index + header[0].length;
    for (let rows = 0; rows < 10_000; rows++) {
      const open = text.indexOf("[", position);
      if (open < 0 || open - position > 40 || !JSON_GAP.test(text.slice(position, open))) break;
      JSON_FLAT_ARRAY.lastIndex = open;
      const row = JSON_FLAT_ARRAY.exec(text);
      if (row === null) {
        // The outer bracket of a list of rows: step inside it.
        position = open + 1;
        continue;
      }
      const cells = jsonCells(text, open + 1, row[1]!);
      if (!cells || cells.length !== kinds.length) break;
      rowFields(text, kinds, cells, fields);
      position = open + row[0].length;
    }
    JSON_STRING_ARRAY.lastIndex = Math.max(JSON_STRING_ARRAY.lastIndex, position);
    emitTable(fields, kinds, emit, "json-table-column");
  }
}

// --- HTML tables ---------------------------------------------------------------------------------------------------
const HTML_CELL = /<(t[hd])\b[^<>]{0,200}>([^<]{0,300})<\/t[hd]\s*>/gi;
const HTML_STEMS = ["<th"];

/** Trimmed bounds of [start, end). */
function trimmed(text: string, start: number, end: number): Cell {
  while (start < end && isRegexSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** `<tr><th>…</th>…</tr>` then `<tr><td>…</td>…</tr>` rows: each cell by its column's header. */
export function runHtmlTables(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, HTML_STEMS)) return;
  HTML_CELL.lastIndex = 0;
  let kinds: Array<FieldKind | undefined> | undefined;
  let fields: Field[] = [];
  let cells: Cell[] = [];
  let headerRow = true;
  let nextRow = lower.indexOf("<tr");
  const endRow = () => {
    if (cells.length === 0) return;
    if (headerRow) {
      const read = headerKinds(text, cells);
      if (read) {
        if (kinds) emitTable(fields, kinds, emit, "html-table-column");
        kinds = read;
        fields = [];
      }
    } else if (kinds && cells.length === kinds.length) rowFields(text, kinds, cells, fields);
    cells = [];
    headerRow = true;
  };
  for (let cell = HTML_CELL.exec(text); cell !== null; cell = HTML_CELL.exec(text)) {
    // A new row starts between the last cell and this one.
    if (nextRow >= 0 && nextRow < cell.index) {
      endRow();
      nextRow = lower.indexOf("<tr", cell.index);
    }
    const contentStart = cell.index + cell[0].indexOf(">") + 1;
    cells.push(trimmed(text, contentStart, contentStart + cell[2]!.length));
    if (cell[1]!.toLowerCase() === "td") headerRow = false;
  }
  endRow();
  if (kinds) emitTable(fields, kinds, emit, "html-table-column");
}

// --- Box-drawing and ASCII tables ----------------------------------------------------------------------------------
const BOX_STEMS = ["│", "┃", "\n+-", "\n+="];
const BOX_VERTICAL = /[│┃║]/g;
/** A rule line of a drawn table: box corners and joints, or `+---+`. */
const BOX_RULE_LINE = /^[ \t]*[┌┍┎┏├┝┞┟┠┡┢┣└┕┖┗╔╠╚+][─━═┬┭┮┯┰┱┲┳┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋┴┵┶┷┸┹┺┻╦╬╩┐┑┒┓┤┥┦┧┨┩┪┫┘┙┚┛╗╣╝+=-]*[ \t]*$/gmu;

/** A drawn table read as a markdown table: verticals become `|`, rule lines `|---` (one character for one). */
export function runDrawnTables(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, BOX_STEMS)) return;
  const redrawn = text
    .replace(BOX_RULE_LINE, (line) => line.replace(/[^ \t]/g, (char, offset: number) => (offset === line.search(/[^ \t]/) ? "|" : "-")))
    .replace(BOX_VERTICAL, "|");
  if (redrawn === text || redrawn.length !== text.length) return;
  runTables(redrawn, (category, start, end, rule, priority) => emit(category, start, end, rule === "table-column" ? "drawn-table-column" : rule, priority));
}

// --- Fixed-width columns -------------------------------------------------------------------------------------------
const COLUMN_GAP = / {2,}/g;
/** A letter, `_` or `#` in ASCII, or any character beyond it (a header's cells are checked in full after the split). */
const mayStartHeader = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 35 || code > 127;
const FIXED_WIDTH_STEMS = ["   "];

/** The cells of [start, end) split at runs of two or more spaces. */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(start, end);
  let from = 0;
  while (from < line.length && line[from] === " ") from++;
  COLUMN_GAP.lastIndex = from;
  for (let gap = COLUMN_GAP.exec(line); gap !== null; gap = COLUMN_GAP.exec(line)) {
    if (gap.index > from) cells.push({ start: start + from, end: start + gap.index });
    from = gap.index + gap[0].length;
    if (cells.length > 40) return cells;
  }
  if (from < line.length) cells.push({ start: start + from, end });
  return cells;
}

/**
 * Two spaces or more after a character other than a space or a line break: where a header's second cell can start
 * (a line's leading spaces split no cell). Each run of spaces is looked at once. Indented code, what mostly opens the
 * three-space gate, has none and is passed over without walking its lines (session 47).
 */
function hasInnerGap(text: string): boolean {
  for (let gap = text.indexOf("  "); gap >= 0;) {
    // `gap` starts a run of spaces (the search resumes after the last run): the character before it is no space.
    const before = text.charCodeAt(gap - 1);
    if (gap > 0 && before !== 10) return true;
    let end = gap + 2;
    while (text.charCodeAt(end) === 32) end++;
    gap = text.indexOf("  ", end);
  }
  return false;
}

/** Columns aligned with spaces (a report or a terminal's output): a header line of names, then rows with as many cells. */
export function runFixedWidthTables(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, FIXED_WIDTH_STEMS) || !hasInnerGap(text)) return;
  let start = 0;
  // The next double space and tab at or after the line's start, looked for again only once passed: linear.
  let nextGap = -1;
  let nextTab = -1;
  while (start < text.length) {
    let newline = text.indexOf("\n", start);
    if (newline < 0) newline = text.length;
    const lineStart = start;
    start = newline + 1;
    if (newline - lineStart > 300 || newline - lineStart < 6) continue;
    // A header starts with a letter (after an indent) and holds a run of spaces after it: code and prose are passed
    // over before splitting.
    let first = lineStart;
    while (first < newline && text.charCodeAt(first) === 32) first++;
    if (!mayStartHeader(text.charCodeAt(first))) continue;
    if (nextGap < first && nextGap !== -2) nextGap = text.indexOf("  ", first);
    if (nextGap === -1) nextGap = -2;
    if (nextGap < 0 || nextGap >= newline) continue;
    if (nextTab < lineStart && nextTab !== -2) nextTab = text.indexOf("\t", lineStart);
    if (nextTab === -1) nextTab = -2;
    if (nextTab >= 0 && nextTab < newline) continue;
    const kinds = headerKinds(text, spacedCells(text, lineStart, newline));
    if (!kinds) continue;
    const fields: Field[] = [];
    while (start < text.length) {
      let rowEnd = text.indexOf("\n", start);
      if (rowEnd < 0) rowEnd = text.length;
      const cells = spacedCells(text, start, rowEnd);
      if (cells.length !== kinds.length) break;
      rowFields(text, kinds, cells, fields);
      start = rowEnd + 1;
    }
    emitTable(fields, kinds, emit, "fixed-width-column");
  }
}

// --- A label on the line before its value --------------------------------------------------------------------------
/** A label line: a field name with an optional `:`, `?`, `：`, `？` or `#` after it. */
const LABEL_END = /[\s:?：？#.]+$/u;
/** The value line's first part: up to a comma and a space, a sentence's word or the end. */
const VALUE_PART = /^[^,;，、。]{1,60}/u;
/** Kinds a label alone on its line lends to the next line (the record readers' identifiers, dates and contacts). */
const LINE_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  "national_id",
  "us_ssn",
  "medical_record",
  "passport",
  "date_of_birth",
  "phone",
  "driver_license",
  "bank_account",
  "iban",
]);

/** Does [start, end) hold an ASCII digit? (A label line holds none: a code or a value is passed over cheaply.) */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** `DATE OF BIRTH\n07/22/1968`, `カルテ番号\n00482917`, `PESEL\n…`: the value on the line after its label. */
export function runLabelLines(text: string, emit: Emit): void {
  if (!text.includes("\n")) return;
  const fields: Field[] = [];
  let lineStart = 0;
  let previous: FieldKind | undefined;
  while (lineStart <= text.length) {
    let newline = text.indexOf("\n", lineStart);
    if (newline < 0) newline = text.length;
    if (previous === undefined && newline - lineStart > 48) {
      lineStart = newline + 1;
      continue;
    }
    const cell = trimmed(text, lineStart, newline);
    if (previous !== undefined && cell.end > cell.start) {
      const part = VALUE_PART.exec(text.slice(cell.start, cell.end));
      if (part !== null) {
        const value = trimmed(text, cell.start, cell.start + part[0].length);
        if (valueFits(previous, text.slice(value.start, value.end))) fields.push({ kind: previous, start: value.start, end: value.end });
      }
    }
    previous = undefined;
    // Every value a label line lends (dates, numbers, phones, IBANs) has a digit early in the next line: a short line
    // before a line without one is passed over without reading it as a label.
    if (
      cell.end - cell.start >= 2 &&
      cell.end - cell.start <= 40 &&
      hasDigit(text, newline + 1, Math.min(text.length, newline + 25)) &&
      !hasDigit(text, cell.start, cell.end)
    ) {
      const label = text.slice(cell.start, cell.end).replace(LABEL_END, "");
      if (HEADER_WORD.test(label)) {
        const kind = fieldKind(label);
        if (kind !== undefined && LINE_KINDS.has(kind)) previous = kind;
      }
    }
    lineStart = newline + 1;
  }
  emitFields(fields, emit, "label-line", true);
}
