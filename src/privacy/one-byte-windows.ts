/**
 * Windows of a scanned text for the judgement's regexes, held by V8 as one-byte strings when they can be (session 53).
 * A text with any character above U+00FF (a Chinese or Hindi line anywhere in a prompt) is stored with two bytes a
 * character, and so is every slice of it: a `u`-flag regex with a large alternation (the public-context cues) then ran
 * ~5× slower on a 120-character window of plain English than on the same characters stored one byte each (~6 against
 * ~1.2 µs on the bench prompt). A window whose characters are all Latin-1 is copied into a one-byte string: the same
 * string value (`===`), so every regex answers exactly as before; only its storage changes. Windows of a text with no
 * character above U+00FF are returned as sliced (such a text is normally one byte a character already), and so are the
 * windows of any string but the text the scanner is judging (judgeWindowsOf).
 */
import { Buffer } from "node:buffer";

const ABOVE_LATIN1 = /[^\0-\xff]/;
/** Windows longer than this are returned as sliced (the judgement's windows are ~30–500 characters). */
const SCRATCH_LENGTH = 2048;
/** Shorter windows are returned as sliced: the copy (~0.2 µs) would cost more than it saves. */
const SHORTEST = 16;
const scratch = Buffer.allocUnsafeSlow(SCRATCH_LENGTH);

let judgedText: string | undefined;
/** Whether the judged text holds a character above U+00FF; undefined until a window of it is asked for. */
let judgedWide: boolean | undefined;
/**
 * The last one-byte copy made, [regionFrom, regionTo) of the judged text: a finding's windows (~13 for a phone number,
 * 30–160 characters before it, up to 200 after) are mostly slices of one copy around it, not a copy each.
 */
let region: string | undefined;
let regionFrom = 0;
let regionTo = 0;
/** How far a new copy reaches before the end of the window asked for, and after it. */
const REGION_BACK = 240;
const REGION_ON = 200;
/** A shorter window (an e-mail address, the 40–50 characters before a value) is copied alone. */
const REGION_WORTH = 100;

/**
 * Names the text whose windows the judgement will read (the scanner calls it after its detectors); windows of any other
 * string are returned as sliced. Whether it holds a character above U+00FF is read at its first window.
 */
export function judgeWindowsOf(text: string): void {
  judgedText = text;
  judgedWide = undefined;
  region = undefined;
}

/** Drops the judged text (the scanner calls it after its judgement, so a large prompt is not kept alive). */
export function forgetWindowText(): void {
  judgeWindowsOf("");
  judgedText = undefined;
}

/**
 * `text.slice(from, to)` with `from` and `to` clamped to the text; for the judged text, stored one byte a character when
 * the text is wide and the window all Latin-1.
 */
export function textWindow(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (end - start < SHORTEST || text !== judgedText) return text.slice(start, end);
  if (region !== undefined && start >= regionFrom && end <= regionTo) return region.slice(start - regionFrom, end - regionFrom);
  judgedWide ??= ABOVE_LATIN1.test(text);
  if (!judgedWide) return text.slice(start, end);
  const aroundFrom = Math.max(0, Math.min(start, end - REGION_BACK));
  const aroundTo = Math.min(text.length, end + REGION_ON);
  if (end - start >= REGION_WORTH && aroundTo - aroundFrom <= SCRATCH_LENGTH) {
    const around = text.slice(aroundFrom, aroundTo);
    if (!ABOVE_LATIN1.test(around)) {
      region = oneByteCopy(around);
      regionFrom = aroundFrom;
      regionTo = aroundTo;
      return region.slice(start - regionFrom, end - regionFrom);
    }
  }
  const window = text.slice(start, end);
  return window.length > SCRATCH_LENGTH || ABOVE_LATIN1.test(window) ? window : oneByteCopy(window);
}

/** `latin1` (all its characters U+0000–U+00FF, at most SCRATCH_LENGTH) as a one-byte string. */
function oneByteCopy(latin1: string): string {
  const written = scratch.write(latin1, 0, "latin1");
  return scratch.toString("latin1", 0, written);
}
