/**
 * A condition in a chat-export message about the sender's unnamed relative (session 42, dev-44): "[05/12/2026 20:20]
 * Trần Minh: Mẹ tôi bị tiểu đường", "2026-12-01 08:10 — Bea Lind: my cousin got diagnosed with ADHD", "Оксана Мельник,
 * [04.12.2026 18:25]\nу мого дідуся деменція". The name in the export's sender position is the writer, not the person the
 * condition belongs to; the relative is unnamed, which the policy does not report (eval/privacy/README.md).
 * The finding is dropped when its line is a message of a chat export (a timestamped sender header: WhatsApp, Signal,
 * Teams, Telegram), a first-person possessive before a lower-case word ("my cousin", "у мого дідуся", "mi tía") or a
 * kinship word before "tôi" comes before the condition in the message, and the message holds no other capitalised word
 * (its first word only when it is not a known first name): "[…] Dana: Marek's mum has cancer" stays reported.
 */
import type { PrivacyFinding } from "../types.js";
import { isPersonName } from "../detectors/people-names.js";

/**
 * A message line's sender header: `[date, time] Name: `, `date time — Name: `, `Name (09:41): `. Bounded: at most 48
 * characters of date and 40 of name.
 */
const SENDER_HEADER =
  /[ \t]*(?:\[[\d \t\u00a0\u202f./,:-]{6,40}(?:[AaPp]\.?[Mm]\.?)?\][ \t]*[^\n:[\]]{1,40}:[ \t]|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]*[—–-][ \t]*[^\n:]{1,40}:[ \t]|[^\n:()]{1,40}\(\d{1,2}:\d{2}\)[ \t]*:[ \t])/uy;
/** Telegram's header line before the message: `Name, [05.12.2026 21:14]`. */
const TELEGRAM_HEADER = /[ \t]*[^\n,[\]]{1,40},[ \t]*\[[\d \t\u00a0\u202f./,:-]{6,40}\][ \t]*(?=\n|$)/uy;
/** A first-person possessive before a lower-case word (the relative, unnamed), or a kinship noun before "tôi". */
const OWN_UNNAMED =
  /(?<![\p{L}])(?:[Mm]y|[Oo]ur|[Mm]eine?[mnrs]?|[Uu]nser(?:e[mnrs]?)?|[Mm]on|[Mm]a|[Mm]es|[Mm]is?|[Mm]i[oa]|[Mm]iei|[Mm]eu|[Mm]inha|[Mm]ijn|[Mm]ój|[Mm]oja|[Mm]ojego|[Mm]ojej|[Mm]eri|[Mm]era|[Mm]ere|[Mm]in|[Mm]itt|[Мм]о(?:й|я|е|ё|ї|є|его|ей|ему|го|єї|їй))[ \t]+\p{Ll}|(?<![\p{L}])(?:[Mm]ẹ|[Bb]ố|[Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Ee]m|[Cc]on|[Cc]ô|[Cc]hú|[Bb]ác|[Vv]ợ|[Cc]hồng)[ \t]+tôi(?![\p{L}])/u;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}+/gu;
const NOT_SPACE = /\S/u;

/** A chat-export message: its body's [start, end), and whether a finding at or after `cueEnd` is an unnamed relative's. */
interface Message {
  start: number;
  end: number;
  /** End of the first unnamed-relative cue in the body, or Infinity when there is none or the body names someone. */
  cueEnd: number;
}

/** Per text: its chat-export messages in order, read once on the first health finding (linear in the text). */
export interface ChatMessages {
  messages?: Message[];
}

function readMessages(text: string): Message[] {
  const messages: Message[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Sticky matches at the line start: bounded reads (a header is at most ~130 characters), no copy of the line.
    SENDER_HEADER.lastIndex = lineStart;
    const header = SENDER_HEADER.exec(text);
    let bodyStart = -1;
    if (header) bodyStart = lineStart + header[0].length;
    else if (previousStart >= 0 && text.charCodeAt(previousEnd - 1) === 93 && matchesAt(TELEGRAM_HEADER, text, previousStart)) bodyStart = lineStart;
    if (bodyStart >= 0) messages.push({ start: bodyStart, end: lineEnd, cueEnd: cueEndIn(text.slice(bodyStart, lineEnd), bodyStart) });
    previousStart = lineStart;
    previousEnd = lineEnd;
    lineStart = lineEnd + 1;
  }
  return messages;
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

function cueEndIn(body: string, offset: number): number {
  const cue = OWN_UNNAMED.exec(body);
  // A possessive right before a capitalised word is read by the same test: "my cousin Jules" names Jules.
  if (!cue || namesSomeone(body.replace(OWN_UNNAMED, (found) => found.toLowerCase()))) return Infinity;
  return offset + cue.index + cue[0].length;
}

/** Whether the message names someone: a capitalised word after its first, or a first word that is a first name. */
function namesSomeone(body: string): boolean {
  CAPITALISED_WORD.lastIndex = 0;
  const first = body.search(NOT_SPACE);
  for (let match = CAPITALISED_WORD.exec(body); match !== null; match = CAPITALISED_WORD.exec(body)) {
    if (match.index !== first || isPersonName(match[0])) return true;
  }
  return false;
}

export function isChatRelativeHealth(text: string, finding: PrivacyFinding, cache: ChatMessages): boolean {
  if (finding.category !== "health") return false;
  const messages = (cache.messages ??= readMessages(text));
  // The last message starting at or before the finding (binary search).
  let low = 0;
  let high = messages.length - 1;
  let found: Message | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (messages[middle]!.start <= finding.start) {
      found = messages[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found !== undefined && finding.end <= found.end && finding.start >= found.cueEnd;
}
