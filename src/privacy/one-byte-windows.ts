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
 * Names the text whose windows the judgement will read (the scanner calls it after its detectors); windows of any other
 * string are returned as sliced. Whether it holds a character above U+00FF is read at its first window.
 */
export function judgeWindowsOf(text: string): void {
  judgedText = text;
  judgedWide = undefined;
}

/** Drops the judged text (the scanner calls it after its judgement, so a large prompt is not kept alive). */
export function forgetWindowText(): void {
  judgedText = undefined;
  judgedWide = undefined;
}

/** `text.slice(from, to)` with `from` and `to` clamped to the text, stored one byte a character when it can be. */
export function textWindow(text: string, from: number, to: number): string {
  return oneByte(text, text.slice(Math.max(0, from), Math.min(text.length, to)));
}

/** `window` (a slice of `text`) stored one byte a character when `text` is the judged text, wide, and `window` all Latin-1. */
export function oneByte(text: string, window: string): string {
  if (window.length < SHORTEST || window.length > SCRATCH_LENGTH || text !== judgedText) return window;
  judgedWide ??= ABOVE_LATIN1.test(text);
  if (!judgedWide || ABOVE_LATIN1.test(window)) return window;
  const written = scratch.write(window, 0, "latin1");
  return scratch.toString("latin1", 0, written);
}
