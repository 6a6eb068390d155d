/**
 * Encoded values (session 40, issue #15): developers paste personal data in encodings no value pattern reads — a JWT
 * whose claims hold an e-mail, `Authorization: Basic <base64(user:password)>`, base64 of JSON, CSV or text in configs
 * and Kubernetes Secrets, `data:` URLs, MIME encoded-words (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`). Each such token is
 * decoded and its line is scanned again with the token replaced by its decoded text (so "password: <base64>" is read
 * as "password: <value>"); a finding inside a decoded token becomes one finding over **the whole encoded token** (what
 * redaction replaces: a part of a base64 string redacts nothing), and replaces the findings the plain scan reported
 * inside the token (a JWT's `jwt`, an `api_key` on base64). A token whose decoded text is ordinary text with nothing in
 * it (a placeholder `REPLACE_ME`, RFC 7617's `Aladdin:open sesame`) drops the credential findings the plain scan
 * reported on its base64 form.
 *
 * Cheap gates: `eyJ` for JWTs, `=?` for encoded-words, a base64 run of ≥ 24 characters (≥ 12 when padded or holding
 * `+`/`/`) whose bytes decode as UTF-8 text, in a text with padding, an encoding word, `eyJ`, `://` or `-----BEGIN`, or
 * (session 41) a run of ≥ 24 base64 characters mixing both cases and a digit, or without a digit decoding to printable
 * text with an `@` or a space (unpaddedBase64); quoted-printable only in
 * a text that shows it. Session 41: wrapped base64 lines are one token (base64-blocks.ts), a
 * URL path's base64url segment is read, a decoded text that is itself base64 of text or holds JWTs is read one level
 * further (decodeNested), values cut by a line break are joined (joined-values.ts), a run of ≥ 16 hex digits that
 * decodes to printable text with an `@` or words is read (decodedHex; at most 256 runs tried). Bounded: 64 tokens per text (the
 * first 64), 16 K characters per base64 run or encoded-word, 64 K per wrapped block, 64 KB decoded per text, two levels
 * (the second scan of a line decodes nothing). Session 46 (dev-67): byte lists (`{0x6d, …}`), hex dumps (xxd, `hexdump -C`),
 * base32 in groups of four, pairs whose separator changes, hex inside base64, `auth=<base64(user:password)>`. Past the bound tokens are read only as written, or reported as
 * `undecoded` with `privacy.encoded.beyondBound: sensitive` (scanner.ts). Linear: each pattern is one pass without
 * nested or unbounded look-arounds, each token is decoded once, each line holding tokens is scanned once more.
 */
import { TextDecoder } from "node:util";
import type { PrivacyFinding } from "./types.js";
import { isPlaceholderValue } from "./context.js";
import { containsAny } from "./detector.js";
import { isDocumentedExample } from "./detectors/secrets.js";
import { base64Pieces, type Base64Piece } from "./base64-blocks.js";
import { findJoinedValues } from "./joined-values.js";
import { CODE_LITERAL_CUES, findCodedStrings, findJoinedLiterals, findReversedLiterals, findTemplateLiterals } from "./joined-literals.js";

export type EncodedKind = "jwt" | "basic" | "base64" | "hex" | "base32" | "data-url" | "mime-word" | "quoted-printable" | "joined" | "literals";

export interface EncodedToken {
  start: number;
  end: number;
  kind: EncodedKind;
  /** The decoded text the line's second scan sees in the token's place. */
  decoded: string;
  /** A value joined across a line break (joined-values.ts): where the break was in `decoded`; only a finding across it counts. */
  joinAt?: number;
  /** String literals joined in code (joined-literals.ts): where the pieces meet in `decoded`; only a finding across one counts. */
  joinsAt?: number[];
  /** The decoded text held a JWT (base64 of a JWT): a finding in it is also reported as `jwt` when the JWT is one. */
  holdsJwt?: boolean;
  /**
   * The plain scan's credential findings inside stay when the decoded text holds nothing (session 46: base32 in groups
   * of four is a 2FA setup key as shown, whatever its bytes spell).
   */
  keepPlain?: boolean;
}

const MAX_TOKENS = 64;
const MAX_DECODED_TOTAL = 65_536;
/** Context kept on each side of a line's tokens for the second scan. */
const LINE_CONTEXT = 160;

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2048}\.(eyJ[A-Za-z0-9_-]{8,16384})\.[A-Za-z0-9_-]{0,1024}(?![A-Za-z0-9_-])/g;
/** 1 for a base64 or base64url character, 2 for `=`: runs are found by one loop over the text (a regex scan cost
 * several times more on ordinary prose). */
const BASE64_CLASS = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-") BASE64_CLASS[char.charCodeAt(0)] = 1;
BASE64_CLASS[61] = 2;
const MAX_RUN = 16_384;

/**
 * A text that may hold a base64 token worth decoding: padding (`==`, or `=` before a quote, `,;&)<` or the line's
 * end), or a word that goes with encoded values. One native search; a character loop over every text cost the
 * bench's 2,000-token prompt ~15% of its scan.
 */
const BASE64_GATE =
  /==|=["'`,;&)<]|=$|%3d|base64|b64|basic|secret|data:|token|auth|payload|attachment|blob|cookie|header|encoded|decod|dekod|eyj|:\/\/|-----begin/im;

/** Session 41: a lower-case letter or digit before a capital, where an unpadded base64 run without an encoding word shows itself. */
const CASE_TURN = /[a-z0-9][A-Z]/g;
/** The shortest unpadded run the second gate opens for (the decoder's own minimum for an unpadded run). */
const MIN_UNPADDED = 24;

/**
 * The second base64 gate (session 41): a base64 run of ≥ 24 characters holding lower-case and capital letters and a
 * digit (or, s41-hexmail, no digit but bytes that are text with an `@` or a space), without padding or an encoding word (the sender chose the length and the words). One native search for a case
 * turn, each turn's run measured once (the search resumes past it): hex hashes, UUIDs and git SHAs have one case, prose and
 * camelCase identifiers short runs or no digit; what still opens the gate is read by the decoder, whose UTF-8-text check
 * drops binary (an image's base64).
 */
export function unpaddedBase64(text: string): boolean {
  const length = text.length;
  CASE_TURN.lastIndex = 0;
  // `test`, not `exec`: no match array per case turn (session 41, allocation); a turn is two characters.
  while (CASE_TURN.test(text)) {
    let end = CASE_TURN.lastIndex;
    let start = end - 2;
    while (start > 0 && inBase64(text.charCodeAt(start - 1))) start--;
    while (end < length && inBase64(text.charCodeAt(end))) end++;
    // Character loops over the run, not a regex over a slice of it (session 47: ~1 KB a scan of the bench prompt).
    if (end - start >= MIN_UNPADDED && holdsIn(text, start, end, 97, 122) && (holdsIn(text, start, end, 48, 57) || wordsOrAddress(text.slice(start, end))))
      return true;
    if (
      end - start >= MIN_SHORT &&
      end - start < MIN_UNPADDED &&
      // shortValue's own first test, made before a slice: "TimeoutError", "2025-03-14T09" fail it.
      holdsIn(text, start, end, 48, 57) &&
      holdsIn(text, start, end, 97, 122) &&
      holdsIn(text, start, end, 65, 90) &&
      shortValue(text.slice(start, end)) !== undefined
    )
      return true;
    CASE_TURN.lastIndex = end;
  }
  return false;
}
const inBase64 = (code: number) => code < 128 && BASE64_CLASS[code] === 1;
/** A code unit from `low` to `high` in [start, end) of `text`. */
function holdsIn(text: string, start: number, end: number, low: number, high: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= low && code <= high) return true;
  }
  return false;
}
/** The shortest unpadded run read as one value (session 42): base64 of a 9-byte address or phone number. */
const MIN_SHORT = 12;
const SHORT_EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
const SHORT_PHONE = /^\+?\d[\d ()-]{6,18}\d$/;
/**
 * A short unpadded run (12–23 characters, a digit and both cases among them; session 42: `uid=YW5hLnJAZ214LmRl` in a
 * cookie, a phone number in a link): its bytes when they are exactly one e-mail address or one phone number, else
 * undefined. The whole decoded text must be the value: camelCase identifiers, nonces and ids decode to no such text.
 */
function shortValue(run: string): string | undefined {
  if (!/[0-9]/.test(run) || !/[a-z]/.test(run) || !/[A-Z]/.test(run)) return undefined;
  const bytes = base64Bytes(run);
  const decoded = bytes && asText(bytes, utf8, 0);
  return decoded !== undefined && (SHORT_EMAIL.test(decoded) || SHORT_PHONE.test(decoded)) ? decoded : undefined;
}
/**
 * A digit-free run (s41-hexmail: base64 of a short address can have no digit) opens the gate when its bytes are
 * printable text holding an `@` or a space: the decode is the check (a camelCase identifier's bytes are no such text).
 */
function wordsOrAddress(run: string): boolean {
  const bytes = base64Bytes(run);
  const decoded = bytes && asText(bytes);
  return decoded !== undefined && (decoded.includes("@") || decoded.includes(" "));
}

/** [start, end) of each base64 run of 12 to 16 K characters (with up to two `=`) not followed by more base64 or `=`. */
function base64Runs(text: string, limit: number, gated: boolean, unread?: (start: number, end: number) => void): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  if (!gated) return runs;
  const length = text.length;
  let index = 0;
  while (index < length) {
    if (runs.length >= limit) {
      // Past the candidates' bound: the rest of the text is unread.
      unread?.(index, length);
      break;
    }
    let code = text.charCodeAt(index);
    if (code >= 128 || BASE64_CLASS[code] !== 1) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < length && (code = text.charCodeAt(end)) < 128 && BASE64_CLASS[code] === 1) end++;
    let padded = end;
    while (padded < length && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
    if (padded < length && (code = text.charCodeAt(padded)) < 128 && BASE64_CLASS[code] !== 0) {
      // More base64 after the `=`: the run so far is no token, but what follows may be one (`KEY=<base64>`, a query's
      // `p=<base64>`): read on from there (each character is read at most twice).
    } else if (end - index >= 12 && end - index <= MAX_RUN) runs.push([index, padded]);
    else if (end - index > MAX_RUN) unread?.(index, padded);
    index = padded;
  }
  return runs;
}
/** White space between two encoded-words of one phrase (a folded header: a line break and the next line's indent). */
const FOLD_ONLY = /^[ \t]*(?:\r?\n[ \t]+)?$/;
const MAX_FOLD = 16;
const MIME_WORD = /=\?([A-Za-z0-9_.:-]{1,40})\?([BbQq])\?([^?\s]{1,4096})\?=/g;
/** `data:<type>;base64,` just before a base64 run. */
const DATA_URL_PREFIX = /data:[a-z]+\/[\w.+-]+(?:;[\w-]+=[\w.-]+)*;base64,$/i;
/** `Basic` (an HTTP authorization scheme) a few characters before a base64 run on its line. */
const BASIC_BEFORE = /\bbasic\b[^\n]{0,20}$/i;
/**
 * A credentials key right before a base64 run (session 46: `auth=<base64(user:password)>` in a config, `"credentials":
 * "<base64>"`): the decoded pair counts as Basic credentials when its user is a name or address and its password one (six characters or more, no space or quote,
 * a letter and a digit or sign).
 */
const AUTH_BEFORE = /\b(?:auth|credentials?|creds|userpass|user_pass|login)["']?[ \t]*[:=][ \t]*["']?$/i;
/**
 * A request to decode the run, earlier on its line (session 47, dev-71: "decodeer dit en log in op de server:
 * <base64(root:password)>", "decode this: …"): its `user:password` pair counts as credentials when the password is
 * one (STRONG_PAIR).
 */
// The word's letters are taken atomically (`(?=(\p{L}*))\1`): giving some back only lengthens the rest, and trying each
// split cost ~0.1 ms on 120 characters of "decode" repeated.
const DECODE_REQUEST_BEFORE = /(?:decod|dekod)(?=(\p{L}*))\1[^\n]{0,100}$/iu;
const STRONG_PAIR = /^[\w.@+-]{1,128}:(?=[^\s"]*[A-Za-z])(?=[^\s"]*[^A-Za-z\s"])[^\s"]{6,256}$/;
/** A decoded `user:password` pair (Basic credentials). */
const USER_PASSWORD = /^([^\s:]{1,128}):([^\n]{1,256})$/;
/** Credentials documented as examples (RFC 7617's, tutorials') or placeholders: nobody's secret. */
const PLACEHOLDER_PASSWORDS = new Set(["open sesame", "password", "pass", "passwd", "secret", "changeme", "testpassword", "test", "example", "pwd"]);
const CREDENTIALS = new Set<string>(["password", "api_key", "jwt", "private_key", "connection_string"]);
/** Rules that decode their own token and check its shape (detectors/pasted-credentials.ts): the decoded scan's silence is no veto. */
const SELF_DECODED_RULES = new Set<string>(["docker-config-auth"]);

/** Quoted-printable (RFC 2045): a run of non-space characters holding `=XX` escapes or soft line breaks `=\n`. */
const QP_TOKEN = /(?<![^\s=])[^\s=]*(?:=(?:[0-9A-F]{2}|\r?\n)[^\s=]*)+/g;
/** Signs that a text is quoted-printable: the header, a UTF-8 sequence `=C3=A4`, an address with `=40`. */
const QP_SIGNS = /quoted-printable|=[C-F][0-9A-F]=[89AB][0-9A-F]|[\w.]=40[\w-]+\.[a-z]/i;
/** A soft line break after a non-space character, with an escape in the text. */
const QP_SOFT_BREAK = /\S=\r?\n/;
const QP_ESCAPE = /=[0-9A-F]{2}/;

/**
 * The gates as stems of the keyword pass (detector.ts: one automaton walk over the lower-cased text answers every
 * list): each family's stems are a superset of its search below (`eyj` for `eyJ`, the base64 gate's alternatives with
 * `=$` as `=` before a line break, quoted-printable's literal parts), so a family whose stems are absent is closed
 * without searching the text, and one whose stems are present is answered by its search: the same answer as
 * searchGates (property test in privacy-encoded-gates.test.ts).
 */
const JWT_STEMS = ["eyj"];
const MIME_STEMS = ["=?"];
const BASE64_STEMS = [
  ...["==", '="', "='", "=`", "=,", "=;", "=&", "=)", "=<", "=\n", "=\r", "=\u2028", "=\u2029"],
  ...["%3d", "base64", "b64", "basic", "secret", "data:", "token", "auth", "payload", "attachment", "blob", "cookie", "header", "encoded", "decod", "dekod"],
  // Session 41: unpadded base64url — JSON (`eyJ…`) anywhere, any token in a text with a URL or deep link; PEM-like blocks.
  ...["eyj", "://", "-----begin"],
];
const QP_STEMS = ["quoted-printable", "=c", "=d", "=e", "=f", "=40", "=\n", "=\r"];
/** Strings built from character codes or reversed in code (joined-literals.ts; session 51): their openings, lower-cased. */
const CODE_LITERAL_STEMS = CODE_LITERAL_CUES.map((cue) => cue.toLowerCase());

/**
 * Which token kinds a text may hold: bit 1 JWT, 2 MIME encoded-word, 4 base64, 8 quoted-printable, 16 hex, 32 base32,
 * 64 a string built from character codes or reversed in code (joined-literals.ts CODE_LITERAL_CUES).
 */
export type EncodedGates = number;

/**
 * The families whose stems occur in `lower`: a lower-cased text holding every ASCII stretch of the original text
 * (the scanner's normalised text when normalisation composed no ASCII character with a mark), from the keyword pass.
 */
export function stemGates(lower: string): EncodedGates {
  return (
    (containsAny(lower, JWT_STEMS) ? 1 : 0) |
    (containsAny(lower, MIME_STEMS) ? 2 : 0) |
    (containsAny(lower, BASE64_STEMS) ? 4 : 0) |
    (containsAny(lower, QP_STEMS) ? 8 : 0) |
    (containsAny(lower, CODE_LITERAL_STEMS) ? 64 : 0)
  );
}

/** The families stemGates answers (the others are searched in every text). */
const STEM_GATED: EncodedGates = 1 | 2 | 4 | 8 | 64;

/** The gates of `text`: each family's search, only for the families in `candidates` (stemGates; all by default). */
export function searchGates(text: string, candidates: EncodedGates = STEM_GATED): EncodedGates {
  let gates = 0;
  if ((candidates & 1) !== 0 && text.includes("eyJ")) gates |= 1;
  if ((candidates & 2) !== 0 && text.includes("=?")) gates |= 2;
  if ((((candidates & 4) !== 0 || text.endsWith("=")) && BASE64_GATE.test(text)) || unpaddedBase64(text)) gates |= 4;
  if ((candidates & 8) !== 0 && quotedPrintable(text)) gates |= 8;
  if (hexGate(text) || text.includes("\\x") || pairsGate(text) || percentGate(text) || byteListGate(text) || dumpGate(text)) gates |= 16;
  if (base32Gate(text) || groupedBase32Gate(text)) gates |= 32;
  if ((candidates & 64) !== 0 && CODE_LITERAL_CUES.some((cue) => text.includes(cue))) gates |= 64;
  return gates;
}

/**
 * Hex of text (session 41): a run of ≥ 16 hex digits of one case, no longer than a base64 run, standing alone (no
 * letter, digit or base64 character either side). The gate (hexGate) looks for 16 hex characters in a row; hashes, git
 * SHAs and UUIDs open it too and are dropped by the decode (random bytes are no printable UTF-8 text). The one-character
 * look-arounds and the run bound keep the search linear (a run that fails its end is left at its start: no start inside
 * it is tried).
 */
const HEX_CLASS = new Uint8Array(128);
for (const char of "0123456789abcdefABCDEF") HEX_CLASS[char.charCodeAt(0)] = 1;
const isHex = (code: number) => code < 128 && HEX_CLASS[code] === 1;
/**
 * True when `text` has 16 hex characters in a row (either case). Every 16th character is probed, a hex one measured
 * (at most 15 back, on until 16 or a non-hex character), the next probe 16 past what was measured: a native regex search
 * cost the bench prompt ~65 µs, this a few.
 */
export function hexGate(text: string): boolean {
  const length = text.length;
  let index = 15;
  while (index < length) {
    if (!isHex(text.charCodeAt(index))) {
      index += 16;
      continue;
    }
    let start = index;
    while (start > index - 15 && isHex(text.charCodeAt(start - 1))) start--;
    let end = index + 1;
    while (end < length && end - start < 16 && isHex(text.charCodeAt(end))) end++;
    if (end - start >= 16) return true;
    index = end + 16;
  }
  return false;
}
const isPairSeparator = (code: number) => code === 58 || code === 32 || code === 45;
/**
 * True when `text` may hold 8 hex pairs joined by separators (23 characters; session 42): every 21st character is
 * probed; at a hex digit or separator, the pair it stands in or beside (four starts) is measured back and on, pair by
 * pair — times, dates and phone numbers join fewer than 8. HEX_RUN does the exact work behind it.
 */
export function pairsGate(text: string): boolean {
  const length = text.length;
  for (let index = 22; index < length; index += 21) {
    const code = text.charCodeAt(index);
    if (!isHex(code) && !isPairSeparator(code)) continue;
    for (let at = index - 2; at <= index + 1; at++) if (isPairSeparator(text.charCodeAt(at + 2)) && joinedPairs(text, at) >= 8) return true;
  }
  return false;
}
/** How many pairs joined by `:`, ` ` or `-` (session 46: any of them, per pair) the pair at `at` (two hex digits, then a separator) belongs to; 0 for none. */
function joinedPairs(text: string, at: number): number {
  if (!isPairSeparator(text.charCodeAt(at + 2)) || !isHex(text.charCodeAt(at)) || !isHex(text.charCodeAt(at + 1))) return 0;
  let first = at;
  while (first >= 3 && isPairSeparator(text.charCodeAt(first - 1)) && pairAt(text, first - 3)) first -= 3;
  let last = at;
  while (isPairSeparator(text.charCodeAt(last + 2)) && pairAt(text, last + 3)) last += 3;
  return (last - first) / 3 + 1;
}
const pairAt = (text: string, start: number) => isHex(text.charCodeAt(start)) && isHex(text.charCodeAt(start + 1));
/**
 * A hex run: plain (session 42: either case, mixed too — an ERP's re-cased bytes — and after a `0x` or Postgres' `\x`
 * prefix), or pairs written as `\x6a\x61…` (Python's bytes, C strings) or joined by `:`, ` ` or `-` (session 46: the
 * separator may change mid-run, `6d:61:72-74-61`)
 * (Wireshark, hexdumps, card readers), or every byte URL-escaped (`%6d%61…`; s42-reviewgaps) — at least 8 pairs. The look-behind keeps a start out of another run (a pair and
 * its separator before it, a backslash), so a run that fails at its end is tried from its start only.
 */
const HEX_RUN =
  /(?<![0-9A-Za-z+/_\\-]|(?<![0-9A-Za-z])[0-9A-Fa-f]{2}[: -])(?:(?:(?:0[xX]|\\x)?[0-9A-Fa-f]{16,16384}|[0-9A-Fa-f]{2}[: -][0-9A-Fa-f]{2}(?:[: -][0-9A-Fa-f]{2}){6,8190})(?![0-9A-Za-z+/_-])|(?:\\x[0-9A-Fa-f]{2}){8,8192}(?!\\x)|(?:%[0-9A-Fa-f]{2}){8,8192}(?!%[0-9A-Fa-f]))/g;
/** The hex digits of a run as HEX_RUN matched it (prefix, escapes and separators removed). */
const hexDigits = (run: string): string => run.replace(/^0[xX]/, "").replace(/\\x|[%: -]/g, "");
/** Eight URL escapes in a row (`%6d%61…`; s42-reviewgaps: every byte of a value percent-encoded). */
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2}){8}/y;
/** True when `text` holds eight URL escapes in a row: each `%` looked at once, the pattern tried where the next two are escapes. */
function percentGate(text: string): boolean {
  for (let at = text.indexOf("%"); at >= 0; at = text.indexOf("%", at + 1)) {
    if (text.charCodeAt(at + 3) !== 37 || text.charCodeAt(at + 6) !== 37) continue;
    PERCENT_RUN.lastIndex = at;
    if (PERCENT_RUN.test(text)) return true;
  }
  return false;
}

/**
 * Session 46 (dev-67): bytes written as a C, Python, Java or Rust list — `{0x6d, 0x61, …}`, `bytes([0x6d, …])`,
 * `(byte) 0x6d, …` — eight items or more, each `0x` and two hex digits, joined by a comma and up to 16 spaces or line
 * breaks. Gate (byteListGate): each `0x` looked at once, the pattern tried where a comma follows its two digits.
 */
const BYTE_LIST = /(?<![0-9A-Za-z_])(?:\(byte\)[ \t]?)?0[xX][0-9A-Fa-f]{2}(?:,[ \t\r\n]{0,16}(?:\(byte\)[ \t]?)?0[xX][0-9A-Fa-f]{2}){7,8191}(?![0-9A-Za-z])/g;
const BYTE_LIST_START = /0x[0-9A-Fa-f]{2},[ \t\r\n]{0,16}(?:\(byte\)[ \t]?)?0[xX][0-9A-Fa-f]{2},/y;
/** True when `text` holds two `0x` bytes joined by a comma, then a comma (the start of a byte list). */
export function byteListGate(text: string): boolean {
  for (let at = text.indexOf("0x"); at >= 0; at = text.indexOf("0x", at + 1)) {
    if (text.charCodeAt(at + 4) !== 44) continue;
    BYTE_LIST_START.lastIndex = at;
    if (BYTE_LIST_START.test(text)) return true;
  }
  return false;
}

/**
 * Session 46 (dev-67): hex dumps — `xxd` (`00000000: 7573 6572 …  user…`), `hexdump -C` (`00000000  75 73 …  |user…|`),
 * Wireshark (`0000  75 73 …   user…`). A line is an offset of 4–8 hex digits, an optional `:`, one or two spaces and
 * groups of 2, 4, 6 or 8 hex digits separated by one or two spaces, up to 16 bytes; three spaces or a `|` end the hex
 * part (the ASCII column is not read). A block is consecutive lines whose offsets follow on (each the last one plus its
 * bytes), eight bytes or more; the token is the whole block, its bytes read as text (bytesText). Gate (dumpGate): `0000`
 * in the text, then a line starting with an offset `0000…` and a hex group.
 */
const DUMP_FIRST = /^[ \t]*0000[0-9A-Fa-f]{0,4}:?[ \t]{1,2}[0-9A-Fa-f]{2}/m;
const DUMP_HEAD = /^[ \t]*([0-9A-Fa-f]{4,8}):?[ \t]{1,2}(?=[0-9A-Fa-f]{2})/gm;
const DUMP_HEAD_AT = /[ \t]*([0-9A-Fa-f]{4,8}):?[ \t]{1,2}(?=[0-9A-Fa-f]{2})/y;
const MAX_DUMP_BYTES = 8192;
export function dumpGate(text: string): boolean {
  return text.includes("0000") && DUMP_FIRST.test(text);
}
/** The dump line at `at` (a line start): its offset, bytes and end; undefined when it is none. */
function dumpLine(text: string, at: number): { offset: number; bytes: number[]; end: number } | undefined {
  DUMP_HEAD_AT.lastIndex = at;
  const head = DUMP_HEAD_AT.exec(text);
  if (head === null) return undefined;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  const bytes: number[] = [];
  let index = at + head[0].length;
  while (index < end && bytes.length < 16) {
    let stop = index;
    while (stop < end && stop - index <= 8 && isHex(text.charCodeAt(stop))) stop++;
    const width = stop - index;
    const after = text.charCodeAt(stop);
    if (width < 2 || width > 8 || width % 2 !== 0 || bytes.length + width / 2 > 16 || (stop < end && after !== 32 && after !== 9 && after !== 13)) break;
    for (let pair = index; pair < stop; pair += 2) bytes.push(parseInt(text.slice(pair, pair + 2), 16));
    let gap = stop;
    while (gap < end && (text.charCodeAt(gap) === 32 || text.charCodeAt(gap) === 9) && gap - stop < 3) gap++;
    if (gap - stop >= 3 || text.charCodeAt(gap) === 124) break;
    index = gap;
  }
  return bytes.length === 0 ? undefined : { offset: parseInt(head[1]!, 16), bytes, end };
}
/** The dump blocks of `text` as [start, end, bytes]. */
function dumpBlocks(text: string, limit: number): Array<[number, number, Uint8Array]> {
  const blocks: Array<[number, number, Uint8Array]> = [];
  DUMP_HEAD.lastIndex = 0;
  for (let head = DUMP_HEAD.exec(text); head !== null && blocks.length < limit; head = DUMP_HEAD.exec(text)) {
    let line = dumpLine(text, head.index);
    if (line === undefined) {
      DUMP_HEAD.lastIndex = head.index + head[0].length;
      continue;
    }
    const start = head.index + head[0].length - head[0].trimStart().length;
    const bytes: number[] = [];
    let end = line.end;
    for (;;) {
      bytes.push(...line.bytes);
      if (end >= text.length || bytes.length >= MAX_DUMP_BYTES) break;
      const next = dumpLine(text, end + 1);
      if (next === undefined || next.offset !== line.offset + line.bytes.length) break;
      line = next;
      end = next.end;
    }
    // The ASCII column's trailing spaces and a carriage return are not part of the token.
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (bytes.length >= 8) blocks.push([start, end, Uint8Array.from(bytes)]);
    DUMP_HEAD.lastIndex = Math.max(end, head.index + head[0].length);
  }
  return blocks;
}

/**
 * Bytes written out as bytes (a byte list, a dump, pairs with separators, `\x` or `%` escapes, base32 in groups; session
 * 46): printable UTF-8 text of six characters or more holding an `@`, words, seven digits (a phone, a card), or three
 * letters and a digit (`PESEL:85071412341`, a password) — a bare word or a run of letters is no value.
 */
export function bytesText(bytes: Uint8Array): string | undefined {
  const decoded = asText(bytes, utf8, 0);
  if (decoded === undefined || decoded.trim().length < 6) return undefined;
  if (decoded.includes("@") || (decoded.includes(" ") && /[A-Za-z]{2}/.test(decoded))) return decoded;
  let digits = 0;
  let letters = 0;
  for (let index = 0; index < decoded.length; index++) {
    const code = decoded.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if ((code | 0x20) >= 97 && (code | 0x20) <= 122) letters++;
  }
  return digits >= 7 || (letters >= 3 && digits >= 1) ? decoded : undefined;
}

/** The run's bytes as text (even length, a letter among the digits, printable UTF-8 holding `@` or words), else undefined. */
export function decodedHex(run: string): string | undefined {
  if (run.length % 2 !== 0 || !/[a-fA-F]/.test(run)) return undefined;
  return addressOrWords(Buffer.from(run, "hex"));
}
/** Bytes that are printable UTF-8 text holding an `@` or a space and two letters, as that text; else undefined. */
function addressOrWords(bytes: Uint8Array): string | undefined {
  const decoded = asText(bytes);
  if (decoded === undefined) return undefined;
  return decoded.includes("@") || (decoded.includes(" ") && /[A-Za-z]{2}/.test(decoded)) ? decoded : undefined;
}

/**
 * Base32 of text (RFC 4648; session 42): a run of ≥ 16 characters of one case from A–Z and 2–7 (lower case too: DNS
 * labels, file names), up to six `=`, holding a digit 2–7 (an upper-case constant or a long lower-case word has none),
 * whose bytes are printable text with an `@` or words (as for hex: TOTP secrets, onion names and IPFS ids decode to
 * random bytes). Gate bit 32 (base32Gate): every 16th character probed, one of the alphabet measured.
 */
const B32_RUN = /(?<![0-9A-Za-z+])(?:[A-Z2-7]{16,16384}|[a-z2-7]{16,16384})={0,6}(?![0-9A-Za-z+=])/g;
const B32_VALUE = new Int8Array(128).fill(-1);
for (const [index, char] of [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"].entries()) {
  B32_VALUE[char.charCodeAt(0)] = index;
  B32_VALUE[char.toLowerCase().charCodeAt(0)] = index;
}
const isBase32 = (code: number, lower: boolean) => code < 128 && B32_VALUE[code]! >= 0 && (code < 65 || code >= 97 === lower);

/** True when `text` has 16 base32 characters of one case in a row with a digit 2–7 among them (probe as in hexGate). */
export function base32Gate(text: string): boolean {
  const length = text.length;
  let index = 15;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 128 || B32_VALUE[code]! < 0) {
      index += 16;
      continue;
    }
    const lower = code >= 97 || (code < 65 && text.charCodeAt(index + 1) >= 97);
    // A run of 16 holding the probe holds the 8 characters before it or the 8 after: prose words mostly fail both.
    if (!isBase32(text.charCodeAt(index - 8), lower) && !isBase32(text.charCodeAt(index + 8), lower)) {
      index += 16;
      continue;
    }
    let start = index;
    while (start > 0 && isBase32(text.charCodeAt(start - 1), lower)) start--;
    let end = index + 1;
    while (end < length && isBase32(text.charCodeAt(end), lower)) end++;
    if (end - start >= 16 && /[2-7]/.test(text.slice(start, end))) return true;
    index = end + 16;
  }
  return false;
}

/**
 * Base32 in groups of four (session 46, dev-67: authenticator apps show a secret as `JBSW Y3DP EHPK 3PXP`): four groups
 * or more of one case joined by single spaces, the last of one to four characters, holding a digit 2–7; the groups are
 * joined and read as B32_RUN's runs, their bytes by bytesText.
 */
const B32_GROUPED = /(?<![0-9A-Za-z])(?:(?:[A-Z2-7]{4} ){3,1023}[A-Z2-7]{1,4}|(?:[a-z2-7]{4} ){3,1023}[a-z2-7]{1,4})(?![0-9A-Za-z])/g;
const isB32Char = (code: number) => code < 128 && B32_VALUE[code]! >= 0;
/** Four base32 characters (any case) at `at`, then a space. */
const b32GroupAt = (text: string, at: number) =>
  at >= 0 &&
  isB32Char(text.charCodeAt(at)) &&
  isB32Char(text.charCodeAt(at + 1)) &&
  isB32Char(text.charCodeAt(at + 2)) &&
  isB32Char(text.charCodeAt(at + 3)) &&
  text.charCodeAt(at + 4) === 32;
const isB32Digit = (code: number) => code >= 50 && code <= 55;
/** A digit 2–7 among the four characters at `at`. */
const b32DigitIn = (text: string, at: number) =>
  isB32Digit(text.charCodeAt(at)) || isB32Digit(text.charCodeAt(at + 1)) || isB32Digit(text.charCodeAt(at + 2)) || isB32Digit(text.charCodeAt(at + 3));
/**
 * True when `text` may hold base32 in groups of four with a digit 2–7 (a superset of B32_GROUPED: case and boundaries
 * are left to it): every 19th character probed (four groups and their spaces are 19 characters); at the first space in
 * the probe's next five characters (else its four before) with another space five before or after it, the groups around it are walked back and on
 * (each group four alphabet characters and a space), three or more followed by a fourth with a digit among them.
 * Plain character loops: a regex at each probe cost the bench prompt ~13 µs, this ~2.
 */
export function groupedBase32Gate(text: string): boolean {
  const length = text.length;
  for (let index = 18; index < length; index += 19) {
    // Inside a run, one of the probe and the four characters after it is a space (or, at the run's end, one of the four
    // before it): the first one found is looked at.
    let space = index;
    while (space < index + 5 && text.charCodeAt(space) !== 32) space++;
    if (space === index + 5) for (space = index - 1; space > index - 5 && text.charCodeAt(space) !== 32;) space--;
    if (space === index - 5 || (text.charCodeAt(space + 5) !== 32 && text.charCodeAt(space - 5) !== 32)) continue;
    let start = b32GroupAt(text, space - 4) ? space - 4 : space + 1;
    while (start >= 5 && start > index - 256 && b32GroupAt(text, start - 5)) start -= 5;
    let groups = 0;
    let digit = false;
    let at = start;
    for (; groups < 1024 && b32GroupAt(text, at); at += 5, groups++) digit ||= b32DigitIn(text, at);
    // Three groups and a fourth after them, or four followed by a space (the last one then ends the run).
    const more = isB32Char(text.charCodeAt(at));
    if (groups + (more ? 1 : 0) >= 4 && (digit || (more && b32DigitIn(text, at)))) return true;
    index = Math.max(index, at);
  }
  return false;
}

/** A base32 run's bytes as text (RFC 4648, padding dropped; a length no encoder writes is none), else undefined. */
export function decodedBase32(run: string, read: (bytes: Uint8Array) => string | undefined = addressOrWords): string | undefined {
  const body = run.replace(/=+$/, "");
  if (!/[2-7]/.test(body) || [1, 3, 6].includes(body.length % 8)) return undefined;
  const bytes = new Uint8Array(Math.floor((body.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let index = 0; index < body.length; index++) {
    value = ((value << 5) | B32_VALUE[body.charCodeAt(index)]!) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bytes[at++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return read(bytes);
}

/** True when `text` shows quoted-printable (a soft break alone is also an `.env` line `KEY=`: it needs an escape too). */
function quotedPrintable(text: string): boolean {
  if (!text.includes("=")) return false;
  return QP_SIGNS.test(text) || (QP_SOFT_BREAK.test(text) && QP_ESCAPE.test(text));
}

/** A quoted-printable run decoded as UTF-8 (soft breaks removed), or undefined when its bytes are not text. */
function decodeQuotedPrintable(run: string): string | undefined {
  const bytes: number[] = [];
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index);
    if (code === 61) {
      const next = run.charCodeAt(index + 1);
      if (next === 10 || next === 13) {
        index += next === 13 ? 2 : 1;
        continue;
      }
      bytes.push(parseInt(run.slice(index + 1, index + 3), 16));
      index += 2;
    } else if (code < 0x80) bytes.push(code);
    else for (const byte of Buffer.from(run[index]!, "utf8")) bytes.push(byte);
  }
  return asText(Uint8Array.from(bytes), utf8, 0);
}

/** The order in which a token's inner findings name it (unlisted categories between the listed ones and credentials). */
const CATEGORY_RANK = ["email", "phone", "payment_card", "iban", "us_ssn", "health", "medical_record", "date_of_birth", "national_id"];
const rank = (category: string) => (CREDENTIALS.has(category) ? 100 : CATEGORY_RANK.includes(category) ? CATEGORY_RANK.indexOf(category) : 50);

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes as UTF-8 text when they are text (valid UTF-8, no control characters but tab and line breaks), else undefined. */
export function asText(bytes: Uint8Array, decoder: TextDecoder = utf8, minLetters = 3): string | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return undefined;
  }
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd) return undefined;
    if ((code | 0x20) >= 97 && (code | 0x20) <= 122) letters++;
    else if (code > 0x7f) letters++;
  }
  return letters >= minLetters ? text : undefined;
}

function base64Bytes(run: string): Uint8Array | undefined {
  const body = run.replace(/=+$/, "");
  if (body.length % 4 === 1) return undefined;
  if (run.length > body.length && run.length % 4 !== 0) return undefined;
  const url = /[-_]/.test(body);
  if (url && /[+/]/.test(body)) return undefined;
  return Buffer.from(body, url ? "base64url" : "base64");
}

/** Registered JWT claims holding times (RFC 7519): numbers no rule should read as an identifier. */
const TIMESTAMP_CLAIMS = new Set(["iat", "exp", "nbf", "auth_time", "updated_at"]);

/** A JWT's claims (or a decoded JSON object) as `key: value` lines (what keyword rules read), or the payload text when it is not a JSON object. */
function claimsText(payload: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return payload;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return payload;
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([key]) => !TIMESTAMP_CLAIMS.has(key))
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("\n");
}

function decodeMimeWord(charset: string, kind: string, body: string): string | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.toLowerCase(), { fatal: true });
  } catch {
    return undefined;
  }
  if (kind === "B" || kind === "b") {
    const bytes = base64Bytes(body);
    return bytes === undefined ? undefined : asText(bytes, decoder);
  }
  const bytes: number[] = [];
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === "_") bytes.push(0x20);
    else if (char === "=" && /^[0-9A-Fa-f]{2}$/.test(body.slice(index + 1, index + 3))) {
      bytes.push(parseInt(body.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(char.charCodeAt(0) & 0xff);
  }
  return asText(Uint8Array.from(bytes), decoder);
}

/** The most spans a scan reports beyond the bound (`privacy.encoded.beyondBound: sensitive`); the rest is one span to the end. */
const MAX_BEYOND = 64;
const NESTED_JWT = new RegExp(JWT.source, "g");
/** A decoded text that is itself base64 (double-encoded), optionally after `Bearer `. */
const BASE64_ONLY = /^(?:Bearer )?([A-Za-z0-9+/_-]{16,16384}={0,2})$/;
const MAX_NESTED_JWTS = 4;
/** A decoded text that is only hex digits (16 or more). */
const HEX_ONLY = /^[0-9A-Fa-f]{16,16384}$/;

/**
 * One more level, bounded (session 41): a decoded text that is itself base64 of text reads as that text; a decoded
 * text holding JWTs (base64 of a JWT, of `Bearer <JWT>`, of JSON with an `access_token`) reads with their claims after
 * it (at most four). The inner text is decoded no further.
 */
function decodeNested(decoded: string): { text: string; holdsJwt: boolean } {
  // Session 46: base64 of hex of text (`blob: NmQ2MTcy…`) reads as that text.
  const trimmed = decoded.trim();
  if (HEX_ONLY.test(trimmed) && trimmed.length % 2 === 0) {
    const inner = bytesText(Buffer.from(trimmed, "hex"));
    if (inner !== undefined) return { text: inner, holdsJwt: false };
  }
  const bare = BASE64_ONLY.exec(trimmed);
  if (bare && bare[1]!.length % 4 === 0 && !bare[1]!.startsWith("eyJ")) {
    const bytes = base64Bytes(bare[1]!);
    const inner = bytes && asText(bytes);
    if (inner !== undefined) return { text: inner.startsWith("{") ? claimsText(inner) : inner, holdsJwt: false };
  }
  if (!decoded.includes("eyJ")) return { text: decoded.startsWith("{") ? claimsText(decoded) : decoded, holdsJwt: false };
  const claims: string[] = [];
  NESTED_JWT.lastIndex = 0;
  for (let match = NESTED_JWT.exec(decoded); match !== null && claims.length < MAX_NESTED_JWTS; match = NESTED_JWT.exec(decoded)) {
    const payload = asText(Buffer.from(match[1]!, "base64url"));
    if (payload !== undefined) claims.push(claimsText(payload));
  }
  const text = decoded.startsWith("{") ? claimsText(decoded) : decoded;
  return claims.length === 0 ? { text, holdsJwt: false } : { text: `${text}\n${claims.join("\n")}`, holdsJwt: true };
}

/** A run's bytes as text, or those of its longest `/`-separated segment (a URL path's base64url) when the run's are not. */
function decodedRun(text: string, piece: Base64Piece): [Base64Piece, string] | undefined {
  const bytes = base64Bytes(piece.body);
  const decoded = bytes && asText(bytes);
  if (decoded !== undefined) return [piece, decoded];
  if (piece.lines !== undefined || !piece.body.includes("/")) return undefined;
  let best = "";
  for (const segment of piece.body.split("/")) if (segment.length > best.length) best = segment;
  if (best.length < 24) return undefined;
  const inner = asText(base64Bytes(best) ?? new Uint8Array());
  if (inner === undefined) return undefined;
  const start = piece.start + piece.body.indexOf(best);
  return [{ start, end: start + best.length, body: best }, inner];
}

/**
 * The encoded tokens of `text` (non-overlapping, in text order), each decoded; cheap when the gates fail. With
 * `beyond`, the extents the bound left unread (tokens past the 64th or past 64 KB decoded, base64 runs past 16 K
 * characters or past the candidates' bound) are added to it (at most 64; then one span to the text's end).
 */
export function findEncodedTokens(text: string, gates: EncodedGates = searchGates(text), beyond?: Array<[number, number]>): EncodedToken[] {
  const tokens: EncodedToken[] = [];
  let decodedTotal = 0;
  const unread = (start: number, end: number) => {
    if (beyond === undefined) return;
    if (beyond.length < MAX_BEYOND) beyond.push([start, end]);
    else beyond[MAX_BEYOND - 1] = [Math.min(beyond[MAX_BEYOND - 1]![0], start), text.length];
  };
  const add = (token: EncodedToken) => {
    if (tokens.some((other) => other.start < token.end && token.start < other.end)) return;
    if (tokens.length >= MAX_TOKENS || decodedTotal + token.decoded.length > MAX_DECODED_TOTAL) {
      if (token.kind !== "joined" && token.kind !== "literals") unread(token.start, token.end);
      return;
    }
    decodedTotal += token.decoded.length;
    tokens.push(token);
  };
  // A secret assembled from string literals or character codes (joined-literals.ts, session 48): first, so that no
  // piece is read alone.
  // Strings from character codes and reversed literals only in a text holding one of their openings (gate bit 64).
  const codeLiterals = (gates & 64) !== 0;
  for (const literal of [
    ...(codeLiterals ? findCodedStrings(text, MAX_TOKENS) : []),
    ...findJoinedLiterals(text, MAX_TOKENS),
    ...findTemplateLiterals(text, MAX_TOKENS),
    ...(codeLiterals ? findReversedLiterals(text, MAX_TOKENS) : []),
  ])
    add({ start: literal.start, end: literal.end, decoded: literal.decoded, joinsAt: literal.joinsAt, kind: "literals", keepPlain: true });
  if ((gates & 1) !== 0) {
    JWT.lastIndex = 0;
    for (let match = JWT.exec(text); match !== null; match = JWT.exec(text)) {
      if (tokens.length >= MAX_TOKENS) {
        if (beyond === undefined) break;
        unread(match.index, match.index + match[0].length);
        continue;
      }
      const payload = asText(Buffer.from(match[1]!, "base64url"));
      if (payload !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "jwt", decoded: claimsText(payload) });
    }
  }
  if ((gates & 2) !== 0) {
    MIME_WORD.lastIndex = 0;
    // Adjacent encoded-words (only white space between them, a folded header's line break too) are one token: RFC 2047
    // drops that white space, and a phrase split over two words or lines is read whole.
    let last: EncodedToken | undefined;
    let match = MIME_WORD.exec(text);
    for (; match !== null && tokens.length < MAX_TOKENS; match = MIME_WORD.exec(text)) {
      const decoded = decodeMimeWord(match[1]!, match[2]!, match[3]!);
      if (decoded === undefined) continue;
      const end = match.index + match[0].length;
      if (last !== undefined && match.index - last.end <= MAX_FOLD && FOLD_ONLY.test(text.slice(last.end, match.index))) {
        last.end = end;
        last.decoded += decoded;
        continue;
      }
      if (last !== undefined) add(last);
      last = { start: match.index, end, kind: "mime-word", decoded };
    }
    if (last !== undefined) add(last);
    if (match !== null) unread(match.index, text.length);
  }
  let candidates = 0;
  const runs = base64Runs(text, 16 * MAX_TOKENS, (gates & 4) !== 0, beyond === undefined ? undefined : unread);
  const readPiece = (piece: Base64Piece): boolean => {
    const found = decodedRun(text, piece);
    if (found === undefined) return false;
    const [read, decoded] = found;
    const before = text.slice(Math.max(0, read.start - 120), read.start);
    const dataUrl = DATA_URL_PREFIX.exec(before);
    const start = dataUrl ? read.start - dataUrl[0].length : read.start;
    const kind: EncodedKind = dataUrl
      ? "data-url"
      : (BASIC_BEFORE.test(before) && USER_PASSWORD.test(decoded)) ||
          ((AUTH_BEFORE.test(before) || DECODE_REQUEST_BEFORE.test(before)) && STRONG_PAIR.test(decoded))
        ? "basic"
        : "base64";
    const nested = kind === "basic" ? { text: decoded, holdsJwt: false } : decodeNested(decoded);
    add({ start, end: read.end, kind, decoded: nested.text, ...(nested.holdsJwt ? { holdsJwt: true } : {}) });
    return true;
  };
  for (const piece of base64Pieces(text, runs)) {
    if (tokens.length >= MAX_TOKENS || candidates >= 4 * MAX_TOKENS) {
      if (beyond === undefined) break;
      unread(piece.start, piece.end);
      continue;
    }
    if (piece.body.length < 24 && !(piece.body.endsWith("=") || /[+/]/.test(piece.body))) {
      const value = piece.lines === undefined ? shortValue(piece.body) : undefined;
      if (value !== undefined) add({ start: piece.start, end: piece.end, kind: "base64", decoded: value });
      continue;
    }
    candidates++;
    // A wrapped block is read whole; when its joined lines are no text, each line is read as before.
    if (readPiece(piece) || piece.lines === undefined) continue;
    for (const [from, to] of piece.lines) if (to - from >= 12) readPiece({ start: from, end: to, body: text.slice(from, to) });
  }
  if ((gates & 16) !== 0) {
    // A dump first (session 46): its hex columns are one token, not runs of pairs.
    if (dumpGate(text))
      for (const [start, end, bytes] of dumpBlocks(text, MAX_TOKENS)) {
        const decoded = bytesText(bytes);
        if (decoded !== undefined) add({ start, end, kind: "hex", decoded });
      }
    HEX_RUN.lastIndex = 0;
    let tried = 0;
    for (let match = HEX_RUN.exec(text); match !== null; match = HEX_RUN.exec(text)) {
      if (tokens.length >= MAX_TOKENS || tried++ >= 4 * MAX_TOKENS) break;
      const digits = hexDigits(match[0]);
      // Pairs with separators and escapes are bytes as written (session 46: bytesText); a bare run keeps the stricter read.
      const formatted = /[%: -]/.test(match[0]) || match[0].lastIndexOf("\\x") > 0;
      const decoded = !formatted ? decodedHex(digits) : /[a-fA-F]/.test(digits) ? bytesText(Buffer.from(digits, "hex")) : undefined;
      if (decoded !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "hex", decoded });
    }
    if (byteListGate(text)) {
      BYTE_LIST.lastIndex = 0;
      tried = 0;
      for (let match = BYTE_LIST.exec(text); match !== null; match = BYTE_LIST.exec(text)) {
        if (tokens.length >= MAX_TOKENS || tried++ >= 4 * MAX_TOKENS) break;
        const decoded = bytesText(Buffer.from(match[0].replace(/\(byte\)|0[xX]|[\s,]/g, ""), "hex"));
        if (decoded !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "hex", decoded });
      }
    }
  }
  if ((gates & 32) !== 0) {
    B32_RUN.lastIndex = 0;
    let tried = 0;
    for (let match = B32_RUN.exec(text); match !== null; match = B32_RUN.exec(text)) {
      if (tokens.length >= MAX_TOKENS || tried++ >= 4 * MAX_TOKENS) break;
      const decoded = decodedBase32(match[0]);
      if (decoded !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "base32", decoded });
    }
    B32_GROUPED.lastIndex = 0;
    tried = 0;
    for (let match = B32_GROUPED.exec(text); match !== null; match = B32_GROUPED.exec(text)) {
      if (tokens.length >= MAX_TOKENS || tried++ >= 4 * MAX_TOKENS) break;
      if (!/[2-7]/.test(match[0])) continue;
      const decoded = decodedBase32(match[0].replace(/ /g, ""), bytesText);
      if (decoded !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "base32", decoded, keepPlain: true });
    }
  }
  if ((gates & 8) !== 0) {
    QP_TOKEN.lastIndex = 0;
    let match = QP_TOKEN.exec(text);
    for (; match !== null && tokens.length < MAX_TOKENS; match = QP_TOKEN.exec(text)) {
      const decoded = decodeQuotedPrintable(match[0]);
      if (decoded !== undefined) add({ start: match.index, end: match.index + match[0].length, kind: "quoted-printable", decoded });
    }
    if (match !== null) unread(match.index, text.length);
  }
  // Values cut by a line break, a soft break or a JSON `\n` escape (joined-values.ts), where no token is.
  if (tokens.length < MAX_TOKENS)
    for (const joined of findJoinedValues(text, MAX_TOKENS - tokens.length))
      add({ start: joined.start, end: joined.end, kind: "joined", decoded: joined.decoded, joinAt: joined.joinAt });
  return tokens.sort((left, right) => left.start - right.start);
}

/** True for Basic credentials that are a placeholder or a documented example (`Aladdin:open sesame`, `username:password`). */
function placeholderCredentials(decoded: string): boolean {
  const [, user, password] = USER_PASSWORD.exec(decoded)!;
  const lower = password!.toLowerCase();
  return PLACEHOLDER_PASSWORDS.has(lower) || lower === user!.toLowerCase() || isPlaceholderValue(password!);
}

/**
 * The findings of `original` with its encoded `tokens` (findEncodedTokens) read: `findings` are the plain scan's
 * (original offsets), `scan` is the plain scan (it decodes no token itself, so the nesting is one level).
 * `reportTestValues` (`privacy.testValues: sensitive`) keeps a decoded credential that is a documented example.
 */
export function withEncodedValues(
  original: string,
  tokens: readonly EncodedToken[],
  findings: PrivacyFinding[],
  scan: (text: string) => PrivacyFinding[],
  reportTestValues = false,
): PrivacyFinding[] {
  if (tokens.length === 0) return findings;
  const mapped: PrivacyFinding[] = [];
  /** Mapped findings of a token that held a live JWT (base64 of a JWT): reported as `jwt` too. */
  const twins = new Set<PrivacyFinding>();
  const vetoed: EncodedToken[] = [];
  for (const token of tokens)
    if (token.kind === "basic") {
      // A standard's documented Basic credential (RFC 7617's `dGVzdDoxMjPCow==`, session 45) is nobody's, unless the
      // options ask for documented test and example values.
      if (placeholderCredentials(token.decoded) || (!reportTestValues && isDocumentedExample(original.slice(token.start, token.end)))) vetoed.push(token);
      else mapped.push({ category: "password", start: token.start, end: token.end, rule: "encoded-basic" });
    }
  // Lines holding tokens: each scanned once with its tokens replaced by their decoded text.
  let index = 0;
  while (index < tokens.length) {
    const lineStart = original.lastIndexOf("\n", tokens[index]!.start - 1) + 1;
    let lineEnd = original.indexOf("\n", tokens[index]!.end);
    if (lineEnd < 0) lineEnd = original.length;
    const onLine: EncodedToken[] = [];
    while (index < tokens.length && tokens[index]!.start < lineEnd) {
      const token = tokens[index++]!;
      if (token.end > lineEnd) {
        lineEnd = original.indexOf("\n", token.end);
        if (lineEnd < 0) lineEnd = original.length;
      }
      if (token.kind !== "basic") onLine.push(token);
    }
    if (onLine.length === 0) continue;
    let view = "";
    const viewStart = Math.max(lineStart, onLine[0]!.start - LINE_CONTEXT);
    let at = viewStart;
    // [view start, view end, token] of each decoded token; the text between them keeps its offsets (shifted).
    const pieces: Array<[number, number, EncodedToken]> = [];
    const gaps: Array<[number, number]> = [];
    for (const token of onLine) {
      gaps.push([view.length, at]);
      view += original.slice(at, token.start) + " ";
      pieces.push([view.length, view.length + token.decoded.length, token]);
      view += token.decoded + " ";
      at = token.end;
    }
    gaps.push([view.length, at]);
    view += original.slice(at, Math.min(lineEnd, at + LINE_CONTEXT));
    /** The original offset of view offset `offset` (inside a decoded token: the token's start, or end with `isEnd`). */
    const toOriginal = (offset: number, isEnd: boolean): number => {
      for (const [from, to, token] of pieces)
        if (offset >= from && offset <= to && (isEnd ? offset > from : offset < to)) return isEnd ? token.end : token.start;
      let gap = gaps[0]!;
      for (const candidate of gaps) if (candidate[0] <= offset) gap = candidate;
      return Math.min(original.length, gap[1] + offset - gap[0]);
    };
    const inner = scan(view);
    const touched = new Set<EncodedToken>();
    // Values that carry their own proof (an address's syntax, a check digit) first, credentials last: a JWT holding an
    // e-mail and a user id is reported as the e-mail.
    const ranked = [...inner].sort((left, right) => rank(left.category) - rank(right.category) || left.start - right.start);
    // A value joined across a line break counts only when the finding crosses the join (each side alone was scanned).
    const crosses =
      (finding: PrivacyFinding) =>
      ([from, to, token]: [number, number, EncodedToken]) =>
        finding.start < to &&
        finding.end > from &&
        (token.joinAt === undefined || (finding.start < from + token.joinAt && finding.end > from + token.joinAt)) &&
        (token.joinsAt === undefined || token.joinsAt.some((join) => finding.start < from + join && finding.end > from + join));
    const jwtIn = new Set<EncodedToken>();
    for (const finding of inner)
      if (finding.category === "jwt") for (const [, , token] of pieces.filter(crosses(finding))) if (token.holdsJwt) jwtIn.add(token);
    for (const finding of ranked) {
      const hit = pieces.filter(crosses(finding));
      if (hit.length === 0) continue;
      // Joined literals count only for a credential (joined-literals.ts): a date or number pieces spell is no one's.
      if (!CREDENTIALS.has(finding.category) && hit.every(([, , token]) => token.kind === "literals")) continue;
      // A decoded credential that is a documented example (base64 of JSON holding the jwt.io token) is nobody's, unless
      // the options ask for documented test and example values (issue #15).
      if (!reportTestValues && CREDENTIALS.has(finding.category) && isDocumentedExample(view.slice(finding.start, finding.end))) continue;
      for (const [, , token] of hit) touched.add(token);
      const start = toOriginal(finding.start, false);
      const end = toOriginal(finding.end, true);
      if (!mapped.some((other) => other.start < end && start < other.end)) {
        const entry = { category: finding.category, start, end, rule: `encoded-${hit[0]![2].kind}` };
        mapped.push(entry);
        if (entry.category !== "jwt" && hit.some(([, , token]) => jwtIn.has(token))) twins.add(entry);
      }
    }
    for (const [, , token] of pieces)
      if (!touched.has(token) && token.kind !== "jwt" && token.kind !== "quoted-printable" && token.keepPlain !== true) vetoed.push(token);
  }
  let result = findings;
  // Ordinary text with nothing in it: the plain scan's credential findings on its encoded form go, except a rule's that
  // decoded the token itself (a Docker `"auth"` value it read as user:password, session 45).
  // A number joined across a break that fits an IBAN or card but is a documented value: its pieces are no phone numbers.
  for (const token of vetoed) {
    const dropped =
      token.kind === "joined"
        ? (finding: PrivacyFinding) => finding.category === "phone"
        : (finding: PrivacyFinding) => CREDENTIALS.has(finding.category) && !SELF_DECODED_RULES.has(finding.rule);
    result = result.filter((finding) => !(finding.start >= token.start && finding.end <= token.end && dropped(finding)));
  }
  const added: PrivacyFinding[] = [];
  for (const finding of mapped) {
    // One finding over the whole token (and over any plain finding that reaches out of it), replacing those it covers.
    let { start, end } = finding;
    for (const other of result)
      if (other.start < end && other.end > start) {
        start = Math.min(start, other.start);
        end = Math.max(end, other.end);
      }
    result = result.filter((other) => !(other.start < end && other.end > start));
    added.push({ ...finding, start, end });
    // A JWT is a bearer credential whatever its claims hold: its `jwt` finding stays on the same span, so the stricter
    // of the two categories' policies applies (redaction keeps one of two equal spans: one placeholder).
    if ((finding.rule === "encoded-jwt" && finding.category !== "jwt") || twins.has(finding)) added.push({ category: "jwt", start, end, rule: "encoded-jwt" });
  }
  if (added.length === 0 && result === findings) return findings;
  return [...result, ...added].sort((left, right) => left.start - right.start);
}
