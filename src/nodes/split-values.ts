/**
 * Values split across two messages (session 39, issue #15's evasion review): a user who sends "my card is 4172 9960"
 * and then "8905 6538", or an integration that cuts a long text into messages of a fixed size ("…4172 99" | "60 8905
 * 6538…"), puts no whole value in any one message, and the per-message scan finds none. Across each boundary between
 * two consecutive message contents, the last WINDOW characters of the first and the first WINDOW of the second are
 * scanned joined by a space, and joined as they are when the cut is inside a word or number; a finding that covers characters of both messages, neither part of
 * which its own message's scan found, is a split value. Its category's policy applies, except that a value to redact
 * cannot be rewritten in two messages safely, so it pins the request local (as a value in a name or a schema does).
 * Cost: two scans of at most 2 × WINDOW + 1 characters per boundary with a digit or an "@" within NEAR characters of
 * the cut (none for others: most boundaries of a chat end and start with words).
 */
import type { PrivacyFinding, PrivacyScanner } from "../privacy/types.js";
import type { OutgoingString } from "./outgoing-request.js";

/** Characters read on each side of a boundary: longer than the longest value pattern (an IBAN of 34 in groups, a key). */
export const WINDOW = 96;
const CONTENT_FIELD = /^messages\[\d+\]\.content$/;
const ALPHANUMERIC_END = /[\p{L}\p{N}]$/u;
const ALPHANUMERIC_START = /^[\p{L}\p{N}]/u;
const isAscii = (code: number) => code < 0x80;
const MAY_BE_SPLIT = /[\p{Nd}@＠]/u;
/** Characters on each side of the cut that must hold a digit or an "@" for the boundary to be scanned. */
const NEAR = 32;

export interface SplitValue {
  category: string;
  /** The two fields the value is split between, e.g. `messages[1].content+messages[2].content`. */
  field: string;
}

const overlaps = (findings: readonly PrivacyFinding[] | undefined, start: number, end: number) =>
  findings?.some((finding) => finding.start < end && finding.end > start) ?? false;

/**
 * The split values of `outgoing` (in order, as outgoingStrings gives them); `found` holds each string's own findings
 * (undefined: none).
 */
export function splitValues(scanner: PrivacyScanner, outgoing: readonly OutgoingString[], found: ReadonlyMap<OutgoingString, PrivacyFinding[]>): SplitValue[] {
  const contents = outgoing.filter((string) => CONTENT_FIELD.test(string.field));
  const split: SplitValue[] = [];
  for (let index = 0; index + 1 < contents.length; index++) {
    const first = contents[index]!;
    const second = contents[index + 1]!;
    const tailStart = Math.max(0, first.text.length - WINDOW);
    const tail = first.text.slice(tailStart);
    const head = second.text.slice(0, WINDOW);
    // Every value a cut can split has a digit or an "@" near the cut (numbers, e-mail addresses, keys): no scan without.
    if (!MAY_BE_SPLIT.test(tail.slice(-NEAR)) && !MAY_BE_SPLIT.test(head.slice(0, NEAR))) continue;
    // Joined as they are only where the cut is inside a word or a number (a letter or digit on both sides, both ASCII
    // or both not): glued sentences ("…locked out?" + "Should we…", "…example.com" + "짧은…") read as values.
    const glued = ALPHANUMERIC_END.test(tail) && ALPHANUMERIC_START.test(head) && isAscii(tail.charCodeAt(tail.length - 1)) === isAscii(head.charCodeAt(0));
    for (const joiner of glued ? ["", " "] : [" "]) {
      const boundary = tail.length;
      const after = boundary + joiner.length;
      for (const finding of scanner.scan(tail + joiner + head)) {
        if (finding.start >= boundary || finding.end <= after) continue;
        // Already found in either message on its own (e.g. an e-mail address the next message's first word runs on from).
        if (overlaps(found.get(first), tailStart + finding.start, first.text.length) || overlaps(found.get(second), 0, finding.end - after)) continue;
        split.push({ category: finding.category, field: `${first.field}+${second.field}` });
      }
    }
  }
  return split;
}
