/**
 * Values split across two messages (session 39, issue #15's evasion review): a user who sends "my card is 4172 9960"
 * and then "8905 6538", or an integration that cuts a long text into messages of a fixed size ("…4172 99" | "60 8905
 * 6538…"), puts no whole value in any one message, and the per-message scan finds none. Across each boundary between
 * two consecutive message contents, the last WINDOW characters of the first and the first WINDOW of the second are
 * scanned joined by a space, and joined as they are when the cut is inside a word or number; a finding that covers characters of both messages, neither part of
 * which its own message's scan found, is a split value. Its category's policy applies, except that a value to redact
 * cannot be rewritten in two messages safely, so it pins the request local (as a value in a name or a schema does).
 * The window on each side runs on over shorter messages, so a value in three or more messages is read too.
 * Cost: two scans of at most 4 × WINDOW characters (2 × WINDOW + 1 unless the messages are shorter than WINDOW) per
 * boundary with a digit or an "@" within NEAR characters of the cut (none for others: most boundaries of a chat end and
 * start with words), whatever the messages' number and length.
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

/** A slice of a message content inside a window: `text` is `contents[message].text` from `from`. */
interface Piece {
  message: number;
  from: number;
  text: string;
}

/** The cut between two pieces is inside a word or a number (a letter or digit on both sides, both ASCII or both not). */
const gluedCut = (before: string, after: string) =>
  ALPHANUMERIC_END.test(before) && ALPHANUMERIC_START.test(after) && isAscii(before.charCodeAt(before.length - 1)) === isAscii(after.charCodeAt(0));

/**
 * The split values of `outgoing` (in order, as outgoingStrings gives them); `found` holds each string's own findings
 * (undefined: none). The window on each side of a boundary runs on over the messages before (after) it until it holds
 * WINDOW characters, so a value cut into three or more short messages ("4172" | "9960" | "8905 6538") is read whole.
 */
export function splitValues(scanner: PrivacyScanner, outgoing: readonly OutgoingString[], found: ReadonlyMap<OutgoingString, PrivacyFinding[]>): SplitValue[] {
  const contents = outgoing.filter((string) => CONTENT_FIELD.test(string.field));
  const split: SplitValue[] = [];
  /** Values already reported (category, message and offset of their start): a value read at two boundaries counts once. */
  const reported = new Set<string>();
  for (let index = 0; index + 1 < contents.length; index++) {
    const tail: Piece[] = [];
    for (let message = index, left = WINDOW; message >= 0 && left > 0; message--) {
      const text = contents[message]!.text;
      const from = Math.max(0, text.length - left);
      tail.unshift({ message, from, text: text.slice(from) });
      left -= text.length - from;
    }
    const head: Piece[] = [];
    for (let message = index + 1, left = WINDOW; message < contents.length && left > 0; message++) {
      const text = contents[message]!.text.slice(0, left);
      head.push({ message, from: 0, text });
      left -= text.length;
    }
    const tailText = tail.map((piece) => piece.text).join("");
    const headText = head.map((piece) => piece.text).join("");
    // Every value a cut can split has a digit or an "@" near the cut (numbers, e-mail addresses, keys): no scan without.
    if (!MAY_BE_SPLIT.test(tailText.slice(-NEAR)) && !MAY_BE_SPLIT.test(headText.slice(0, NEAR))) continue;
    const pieces = [...tail, ...head];
    // Joined as they are only where a cut is inside a word or a number: glued sentences ("…locked out?" + "Should
    // we…", "…example.com" + "짧은…") read as values. Two readings: cuts by a chunker (glued where they can be) and
    // turns typed by a person (a space at every cut); the glued reading only when this boundary's cut can be glued.
    const readings = gluedCut(tail.at(-1)!.text, head[0]!.text) ? [true, false] : [false];
    for (const glue of readings) {
      let window = "";
      const starts: number[] = [];
      pieces.forEach((piece, at) => {
        if (at > 0) window += glue && gluedCut(pieces[at - 1]!.text, piece.text) ? "" : " ";
        starts.push(window.length);
        window += piece.text;
      });
      const boundary = starts[tail.length - 1]! + tail.at(-1)!.text.length;
      const after = starts[tail.length]!;
      for (const finding of scanner.scan(window)) {
        if (finding.start >= boundary || finding.end <= after) continue;
        // The pieces it covers; a value one message's own scan found (e.g. an e-mail address the next message's first
        // word runs on from) is not a split value.
        const covered = pieces.filter((piece, at) => finding.start < starts[at]! + piece.text.length && finding.end > starts[at]!);
        const ownFound = covered.some((piece) => {
          const at = pieces.indexOf(piece);
          const from = piece.from + Math.max(0, finding.start - starts[at]!);
          const to = piece.from + Math.min(piece.text.length, finding.end - starts[at]!);
          return overlaps(found.get(contents[piece.message]!), from, to);
        });
        if (ownFound) continue;
        const first = covered[0]!;
        const key = `${finding.category} ${first.message} ${first.from + Math.max(0, finding.start - starts[pieces.indexOf(first)]!)}`;
        if (reported.has(key)) continue;
        reported.add(key);
        split.push({ category: finding.category, field: covered.map((piece) => contents[piece.message]!.field).join("+") });
      }
    }
  }
  return split;
}
