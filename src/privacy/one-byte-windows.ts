/**
 * Windows of a scanned text for the judgement's regexes, held by V8 as one-byte strings when they can be (session 53).
 * A text with any character above U+00FF (a Chinese or Hindi line anywhere in a prompt) is stored with two bytes a
 * character, and so is every slice of it: a `u`-flag regex with a large alternation (the public-context cues) then ran
 * ~5× slower on a 120-character window of plain English than on the same characters stored one byte each (~6 against
 * ~1.2 µs on the bench prompt). A window whose characters are all Latin-1 is copied into a one-byte string: the same
 * string value (`===`), so every regex answers exactly as before; only its storage changes. Windows of a text with no
 * character above U+00FF are returned as sliced (such a text is normally one byte a character already).
 */
import { Buffer } from "node:buffer";

const ABOVE_LATIN1 = /[^\0-\xff]/;
/** Windows longer than this are returned as sliced (the judgement's windows are ~30–500 characters). */
const SCRATCH_LENGTH = 2048;
/** Shorter windows are returned as sliced: the copy (~0.2 µs) would cost more than it saves. */
const SHORTEST = 16;
const scratch = Buffer.allocUnsafeSlow(SCRATCH_LENGTH);

let lastText: string | undefined;
let lastWide = false;

/** Whether `text` holds a character above U+00FF; asked once per text (the last text is remembered). */
function isWide(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastWide = ABOVE_LATIN1.test(text);
  }
  return lastWide;
}

/** `text.slice(from, to)` with `from` and `to` clamped to the text, stored one byte a character when it can be. */
export function textWindow(text: string, from: number, to: number): string {
  const window = text.slice(Math.max(0, from), Math.min(text.length, to));
  return oneByte(text, window);
}

/** `window` (a slice of `text`) stored one byte a character when all its characters are Latin-1 and `text` has others. */
export function oneByte(text: string, window: string): string {
  if (window.length < SHORTEST || window.length > SCRATCH_LENGTH || !isWide(text) || ABOVE_LATIN1.test(window)) return window;
  const written = scratch.write(window, 0, "latin1");
  return scratch.toString("latin1", 0, written);
}

/** Drops the remembered text (the scanner calls it after a scan, so a large prompt is not kept alive). */
export function forgetWindowText(): void {
  lastText = undefined;
}
