/**
 * Windows of a scanned text for the judgement's regexes, held by V8 as one-byte strings when they can be (session 53).
 * A text with any character above U+00FF (a Chinese or Hindi line anywhere in a prompt) is stored with two bytes a
 * character, and so is every slice of it: a `u`-flag regex with a large alternation (the public-context cues) then ran
 * ~5× slower on a 120-character window of plain English than on the same characters stored one byte each (~6 against
 * ~1.2 µs on the bench prompt). A window whose characters are all Latin-1 is copied into a one-byte string: the same
 * string value (`===`), so every regex answers exactly as before; only its storage changes. Windows of a text with no
 * character above U+00FF are returned as sliced (such a text is normally one byte a character already), and so are the
 * windows of any string but the text the scanner is judging (judgeWindowsOf).
 * Session 55: the detectors' windows too (the scanner names the text before its detector loop), and those of the text's
 * lower-cased copy (a second copy kept apart, so a window of one never evicts the other's).
 */
import { Buffer } from "node:buffer";

const ABOVE_LATIN1 = /[^\0-\xff]/;
/** Windows longer than this are returned as sliced (the judgement's windows are ~30–500 characters). */
const SCRATCH_LENGTH = 2048;
/** Shorter windows are returned as sliced: the copy (~0.2 µs) would cost more than it saves. */
const SHORTEST = 16;
const scratch = Buffer.allocUnsafeSlow(SCRATCH_LENGTH);

/** The windows of one judged string: whether it holds a character above U+00FF, and its last one-byte copy. */
interface Judged {
  text: string | undefined;
  /** Whether `text` holds a character above U+00FF; undefined until a window of it is asked for. */
  wide: boolean | undefined;
  /**
   * The last one-byte copy made, [from, to) of `text`: a finding's windows (~13 for a phone number, 30–160 characters
   * before it, up to 200 after) are mostly slices of one copy around it, not a copy each.
   */
  region: string | undefined;
  from: number;
  to: number;
}
const judged = (): Judged => ({ text: undefined, wide: undefined, region: undefined, from: 0, to: 0 });
/** The scanned text, and its lower-cased copy (the detectors' `lower`). */
const JUDGED_TEXT = judged();
const JUDGED_LOWER = judged();
/** How far a new copy reaches before the end of the window asked for, and after it. */
const REGION_BACK = 240;
const REGION_ON = 200;
/** A shorter window (an e-mail address, the 40–50 characters before a value) is copied alone. */
const REGION_WORTH = 100;

function judge(into: Judged, text: string | undefined): void {
  into.text = text;
  into.wide = undefined;
  into.region = undefined;
}

/**
 * Names the text whose windows the detectors and the judgement will read (the scanner calls it before its detectors),
 * and its lower-cased copy; windows of any other string are returned as sliced. Whether each holds a character above
 * U+00FF is read at its first window.
 */
export function judgeWindowsOf(text: string, lower?: string): void {
  judge(JUDGED_TEXT, text);
  // A lower-cased copy equal to the text (no capital in it) has the text's windows: not named twice.
  judge(JUDGED_LOWER, lower === text ? undefined : lower);
}

/** Drops the judged text (the scanner calls it after its judgement, so a large prompt is not kept alive). */
export function forgetWindowText(): void {
  judge(JUDGED_TEXT, undefined);
  judge(JUDGED_LOWER, undefined);
}

/**
 * `text.slice(from, to)` with `from` and `to` clamped to the text; for the judged text (or its lower-cased copy), stored
 * one byte a character when the text is wide and the window all Latin-1.
 */
export function textWindow(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  if (end - start < SHORTEST) return text.slice(start, end);
  const into = text === JUDGED_TEXT.text ? JUDGED_TEXT : text === JUDGED_LOWER.text ? JUDGED_LOWER : undefined;
  if (into === undefined) return text.slice(start, end);
  if (into.region !== undefined && start >= into.from && end <= into.to) return into.region.slice(start - into.from, end - into.from);
  into.wide ??= ABOVE_LATIN1.test(text);
  if (!into.wide) return text.slice(start, end);
  const aroundFrom = Math.max(0, Math.min(start, end - REGION_BACK));
  const aroundTo = Math.min(text.length, end + REGION_ON);
  if (end - start >= REGION_WORTH && aroundTo - aroundFrom <= SCRATCH_LENGTH) {
    const around = text.slice(aroundFrom, aroundTo);
    if (!ABOVE_LATIN1.test(around)) {
      into.region = oneByteCopy(around);
      into.from = aroundFrom;
      into.to = aroundTo;
      return into.region.slice(start - aroundFrom, end - aroundFrom);
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
