/**
 * Patterns written `/(?:^|\n)…/` (no `m` flag), whose every match starts at the text's start or at a line feed, tried
 * only there (session 55): a sticky copy at position 0 and at each `\n` that V8's `indexOf` finds, where a whole-text
 * search tries every position (on the bench's 2,000-token prompt, two-byte text, visit-patient's two such gates cost
 * ~22 µs, ~18 µs this way). The same answer as `pattern.test(text)`: a match can start nowhere else.
 * Not for `/^…/m` patterns: V8's search of those was already cheaper than a sticky try at each of ~150 line starts
 * (pay-field-amount 28 → 38 µs when tried so; measured and dropped).
 */
import { stickyCopy } from "./digit-runs.js";

/** `pattern.test(text)` for a pattern (without the `m` flag) every match of which starts with `(?:^|\n)`. */
export function matchesAtLineFeeds(text: string, pattern: RegExp): boolean {
  const sticky = stickyCopy(pattern);
  for (let start = 0; start >= 0; start = text.indexOf("\n", start + 1)) {
    sticky.lastIndex = start;
    if (sticky.test(text)) return true;
  }
  return false;
}
