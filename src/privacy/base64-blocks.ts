/**
 * Wrapped base64 (session 41, issue #15): MIME bodies cut every 76 characters, PEM-like blocks every 64, base64 inside a
 * JSON string cut by `\n` escapes, a YAML block scalar's indented lines, a log's lines behind the same prefix. The lines
 * of one block are decoded as one token, so a value that spans two lines is read, and a finding covers the whole block
 * (what redaction replaces: the other lines of a base64 value still hold it).
 *
 * A block: consecutive base64 runs whose lines but the last have one width (≥ 40, no padding; any width, since a wrap at
 * 70 columns must not hide a value — review, session 41), the last no wider, each gap between them the same string — a
 * line break (after at most 8 trailing spaces or tabs: Markdown hard breaks) and the next line's indent or prefix
 * (≤ 24 characters), or a JSON `\n` / `\r\n` escape. Lines that hold nothing but base64, split by bare line breaks,
 * may have unequal widths, each but the last ≥ 40 (hand-wrapped at 76/72/76; session 41). One pass over the runs; each
 * run is read once.
 */

/** A base64 token's extent in the text and its base64 characters (a block's lines joined). */
export interface Base64Piece {
  start: number;
  end: number;
  body: string;
  /** The runs a block joined (their extents), or undefined for one run. */
  lines?: Array<[number, number]>;
}

const MIN_WIDTH = 40;
const MAX_BLOCK = 65_536;
/** A line break (after at most 8 trailing spaces or tabs) and the next line's indent or prefix; a JSON string's `\n` or `\r\n` escape (its `n` opens the next run). */
const LINE_GAP = /^[ \t]{0,8}\r?\n[^\n]{0,24}$/;
const ESCAPE_GAP = /^\\(?:r\\)?$/;
/** A bare line break: the lines around it hold nothing but base64 (hand-wrapped at unequal widths; session 41). */
const BARE_GAP = /^\r?\n$/;

/** True when `at` is a line's end (a line break or the text's end). */
function lineEnds(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return Number.isNaN(code) || code === 10 || code === 13;
}

/** Where the next line's base64 starts when `gap` joins it (a JSON escape's `n` is read as the run's first character). */
function lineStart(text: string, gap: string, runStart: number): number | undefined {
  if (LINE_GAP.test(gap)) return runStart;
  if (ESCAPE_GAP.test(gap) && text.charCodeAt(runStart) === 110) return runStart + 1;
  return undefined;
}

const TAIL = /^[A-Za-z0-9+/_-]{1,11}={0,2}(?![A-Za-z0-9+/_=-])/;

/**
 * A short last line after a full one at `after`: behind the block's gap, or (a block of one full line so far) behind a
 * line break with the first line's indent or prefix, or a JSON escape.
 */
function shortTail(text: string, after: number, gap: string | undefined, firstStart: number, width: number): [number, number] | undefined {
  const lineBegin = text.lastIndexOf("\n", firstStart - 1) + 1;
  const prefix = firstStart - lineBegin <= 24 ? text.slice(lineBegin, firstStart) : "";
  const gaps = gap !== undefined ? [gap] : ["\n" + prefix, "\r\n" + prefix, "\\", "\\r\\"];
  for (const candidate of gaps) {
    if (!text.startsWith(candidate, after)) continue;
    let from = after + candidate.length;
    if (ESCAPE_GAP.test(candidate)) {
      if (text.charCodeAt(from) !== 110) continue;
      from++;
    }
    const tail = TAIL.exec(text.slice(from, from + width + 3));
    if (tail && tail[0].length <= width) return [from, from + tail[0].length];
  }
  return undefined;
}

/** The runs (base64Runs, in text order) as pieces: wrapped lines joined into blocks, every other run alone. */
export function base64Pieces(text: string, runs: ReadonlyArray<[number, number]>): Base64Piece[] {
  const pieces: Base64Piece[] = [];
  let index = 0;
  while (index < runs.length) {
    const [start, end] = runs[index]!;
    const width = end - start;
    const lines: Array<[number, number]> = [[start, end]];
    let gap: string | undefined;
    let next = index + 1;
    let total = width;
    // A full line: the block's width, no padding; the block goes on while the gaps agree and lines stay full.
    let open = width >= MIN_WIDTH && text.charCodeAt(end - 1) !== 61;
    // Lines that are nothing but base64, split by bare line breaks, may have unequal widths (hand-wrapped 76/72/76).
    const bareStart = start === 0 || text.charCodeAt(start - 1) === 10;
    while (open && next < runs.length) {
      const [nextStart, nextEnd] = runs[next]!;
      const [, lastEnd] = lines[lines.length - 1]!;
      const between = text.slice(lastEnd, nextStart);
      if (between.length > 32 || (gap !== undefined && between !== gap)) break;
      const from = lineStart(text, between, nextStart);
      if (from === undefined || total + nextEnd - from > MAX_BLOCK) break;
      const ragged = bareStart && BARE_GAP.test(between) && lineEnds(text, nextEnd) && lineEnds(text, lastEnd);
      if (nextEnd - from > width && !ragged) break;
      gap = between;
      lines.push([from, nextEnd]);
      total += nextEnd - from;
      next++;
      open = (nextEnd - from === width || (ragged && nextEnd - from >= MIN_WIDTH)) && text.charCodeAt(nextEnd - 1) !== 61;
    }
    // A last line under 12 characters is no run of its own (base64Runs): read it after the block's last full line.
    if (open && lines.length >= 1) {
      const tail = shortTail(text, lines[lines.length - 1]![1], gap, start, width);
      if (tail !== undefined && (next >= runs.length || runs[next]![0] >= tail[1])) lines.push(tail);
    }
    if (lines.length === 1) pieces.push({ start, end, body: text.slice(start, end) });
    else pieces.push({ start, end: lines[lines.length - 1]![1], body: lines.map(([from, to]) => text.slice(from, to)).join(""), lines });
    index = next;
  }
  return pieces;
}
