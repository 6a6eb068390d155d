/**
 * IP addresses (our own: a bounded IPv4 pattern plus a small IPv6 validator; no maintained library
 * finds addresses in free text with spans). Not reported: loopback, unspecified, documentation
 * ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), link-local, multicast and
 * reserved space, netmasks, well-known public resolvers (8.8.8.8, 1.1.1.1 ...), and dotted version
 * strings (v1.2.3.4, "version 10.0.19041.1").
 * Private and shared ranges (10/8, 172.16/12, 192.168/16, 100.64/10 carrier-grade NAT, IPv6
 * fc00::/7 unique-local) are not reported either: they are infrastructure (Docker's 172.17.0.1,
 * a router's 192.168.1.1, a pod's 10.0.4.12), the same in millions of networks, and identify no
 * person. Public addresses are reported.
 * Defanged and dictated forms (session 47, dev-71): `73[.]241[.]18[.]206`, `24(.)56(.)198(.)77`, `86 dot 142 dot 77
 * dot 19`, `[dot]`/`(dot)`/`{.}` — the way threat reports and people hiding an address write it — are read with the same
 * ranges excluded, behind the shared keyword pass ("dot" or a bracketed full stop), then a digit before one of them.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { keywordBefore } from "../context.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_IPV4_PATTERN_1 = /^\/\d{1,2}/;
const IPV6_GROUPS_PATTERN_1 = /(\d{1,3}\.){3}\d{1,3}$/;
const IPV6_GROUPS_PATTERN_2 = /^[0-9A-Fa-f]{1,4}$/;
const RUN_IPV6_PATTERN_1 = /[\p{L}\p{N}_]/u;
const RUN_IPV6_PATTERN_2 = /^0+$/;
const RUN_IPV6_PATTERN_3 = /[a-f]/i;

const IPV4 = /(?<![\p{L}\p{N}_.-])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\p{L}\p{N}_]|\.\d|-\d)/gu;
const PUBLIC_RESOLVERS = new Set([
  "8.8.8.8",
  "8.8.4.4",
  "1.1.1.1",
  "1.0.0.1",
  "9.9.9.9",
  "149.112.112.112",
  "208.67.222.222",
  "208.67.220.220",
  "4.2.2.2",
  "1.2.3.4",
]);
// "upgrade to", "release notes", chapter and section numbers (`Chapter 3 dot 1 dot 4 dot 2`, session 47 review).
const VERSION_CONTEXT =
  /(?:\bv|version|ver\.?|release(?: notes)?|build|rev|firmware|kernel|node|python|java|chrome|firefox|windows|ios|android|sdk|api|v\.|versión|versão|upgrade(?:d| to)?|chapter|section|§)\s*(?:[:=]\s*)?$|(?:==|>=|<=|~=)\s*$/i;

export function ipv4Reportable(octets: number[], text: string, start: number): boolean {
  if (octets.some((octet) => octet > 255)) return false;
  const [a, b, c] = octets as [number, number, number, number];
  if (a === 0 || a === 127 || a >= 224) return false; // unspecified, loopback, multicast, reserved
  if (a === 169 && b === 254) return false; // link-local
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  if (a === 255 || (a === 198 && (b === 18 || b === 19))) return false; // netmasks, benchmarking range
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return false; // private, CGNAT
  if (PUBLIC_RESOLVERS.has(octets.join("."))) return false;
  if (octets.every((octet) => octet === a)) return false; // one octet repeated (123.123.123.123): a dummy value
  if (keywordBefore(text, start, VERSION_CONTEXT, 20)) return false;
  return true;
}

function runIpv4(text: string, emit: Emit): void {
  IPV4.lastIndex = 0;
  for (let match = IPV4.exec(text); match !== null; match = IPV4.exec(text)) {
    if (match.slice(1, 5).some((octet) => octet.length > 1 && octet.startsWith("0"))) continue; // 01.02.2024-style
    const octets = match.slice(1, 5).map(Number);
    if (octets[3] === 0 && RUN_IPV4_PATTERN_1.test(text.slice(match.index + match[0].length, match.index + match[0].length + 3))) continue; // a network block (10.0.0.0/8), not a host
    if (!ipv4Reportable(octets, text, match.index)) continue;
    emit("ip_address", match.index, match.index + match[0].length, "ipv4", PRIORITY.structured);
  }
}

/** `[.]`, `(.)`, `{.}`, `[dot]`, `(dot)`, ` dot `, `\.` between two numbers (the first such separator: a gate). */
const DEFANGED_DOT = /\d(?:\\\.| ?(?:dot|[[({](?:\.|dot)[\])}]) ?)\d/i;
// A plain full stop too (`73[.]241[.]18.206`, partly defanged) and a regex-escaped one (`73\.241\.18\.206`), session 47
// review: a match must hold one defanged mark.
const DEFANGED_SEPARATOR = "(?:\\\\?\\.| ?(?:dot|[[({](?:\\.|dot)[\\])}]) ?)";
const isDefanged = (match: string) => /[^\d.]/.test(match);
const DEFANGED_IPV4 = new RegExp(
  `(?<![\\p{L}\\p{N}_.-])(\\d{1,3})${DEFANGED_SEPARATOR}(\\d{1,3})${DEFANGED_SEPARATOR}(\\d{1,3})${DEFANGED_SEPARATOR}(\\d{1,3})(?![\\p{L}\\p{N}_]|\\\\?\\.\\d)`,
  "giu",
);

const DEFANGED_MARKS = ["dot", "[.]", "(.)", "{.}", "\\."];
const isOpeningBracket = (code: number) => code === 91 || code === 40 || code === 123;
/**
 * A digit right before "dot" or a bracketed full stop (a space and an opening bracket may stand between): what every
 * defanged separator after a number holds. Native searches of the lower-cased text, a few characters read at each hit.
 */
function holdsDefangedDot(lower: string): boolean {
  for (const mark of DEFANGED_MARKS)
    for (let index = lower.indexOf(mark); index >= 0; index = lower.indexOf(mark, index + 1)) {
      let before = index - 1;
      if (mark === "dot" && isOpeningBracket(lower.charCodeAt(before))) before--;
      if (lower.charCodeAt(before) === 32) before--;
      const code = lower.charCodeAt(before);
      if (code >= 48 && code <= 57) return true;
    }
  return false;
}

function runDefangedIpv4(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, DEFANGED_MARKS) || !holdsDefangedDot(lower) || !DEFANGED_DOT.test(text)) return;
  DEFANGED_IPV4.lastIndex = 0;
  for (let match = DEFANGED_IPV4.exec(text); match !== null; match = DEFANGED_IPV4.exec(text)) {
    const octets = match.slice(1, 5);
    if (!isDefanged(match[0])) continue; // a plain IPv4: the ipv4 reading's
    if (octets.some((octet) => octet.length > 1 && octet.startsWith("0"))) continue;
    if (!ipv4Reportable(octets.map(Number), text, match.index)) continue;
    emit("ip_address", match.index, match.index + match[0].length, "ipv4-defanged", PRIORITY.structured);
  }
}

const IPV6 = /(?<![\p{L}\p{N}_:.])(?:[0-9A-Fa-f]{1,4}:|::?)(?:[0-9A-Fa-f]{0,4}:){1,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\p{L}\p{N}_:])/gu;

function ipv6Groups(value: string): string[] | undefined {
  const doubleColon = value.indexOf("::");
  if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) return undefined;
  let body = value;
  let embeddedV4 = 0;
  const v4 = IPV6_GROUPS_PATTERN_1.exec(body);
  if (v4) {
    embeddedV4 = 2;
    body = body.slice(0, v4.index) + "0";
  }
  const parts = doubleColon >= 0 ? body.split("::") : [body];
  const left = parts[0] ? parts[0].split(":") : [];
  const right = parts[1] ? parts[1].split(":") : [];
  if ([...left, ...right].some((group) => !IPV6_GROUPS_PATTERN_2.test(group))) return undefined;
  const count = left.length + right.length + (embeddedV4 ? 1 : 0);
  if (doubleColon < 0 && count !== 8) return undefined;
  if (doubleColon >= 0 && count > 7) return undefined;
  const fill = doubleColon >= 0 ? new Array<string>(8 - count).fill("0") : [];
  return [...left, ...fill, ...right].map((group) => group.toLowerCase());
}

/** Anchor on ":hex:" (cheap: starts with a literal), then widen to the whole candidate by hand. */
const IPV6_ANCHOR = /:[0-9A-Fa-f]{0,4}:/g;
const IPV6_CHAR = /[0-9A-Fa-f:.]/;

function runIpv6(text: string, emit: Emit): void {
  if (!text.includes(":")) return;
  IPV6_ANCHOR.lastIndex = 0;
  for (let anchor = IPV6_ANCHOR.exec(text); anchor !== null; anchor = IPV6_ANCHOR.exec(text)) {
    let start = anchor.index;
    while (start > 0 && anchor.index - start < 45 && IPV6_CHAR.test(text[start - 1]!)) start--;
    let end = anchor.index + anchor[0].length;
    while (end < text.length && end - start < 45 && IPV6_CHAR.test(text[end]!)) end++;
    IPV6_ANCHOR.lastIndex = end;
    while (end > start && text[end - 1] === ".") end--;
    if (start > 0 && RUN_IPV6_PATTERN_1.test(text[start - 1]!)) continue;
    if (end < text.length && RUN_IPV6_PATTERN_1.test(text[end]!)) continue;
    IPV6.lastIndex = 0;
    const match = IPV6.exec(text.slice(start, end));
    if (!match || match.index !== 0 || match[0].length !== end - start) continue;
    const value = match[0];
    const groups = ipv6Groups(value);
    if (!groups) continue;
    const nonZero = groups.filter((group) => !RUN_IPV6_PATTERN_2.test(group)).length;
    if (nonZero < 2) continue; // ::, ::1 and other near-empty values
    const first = parseInt(groups[0]!, 16);
    if ((first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) continue; // link-local, multicast
    if (first === 0x2001 && parseInt(groups[1]!, 16) === 0xdb8) continue; // documentation (`0db8`, `DB8` too; s42-reviewgaps)
    if (groups.length === 8 && groups.every((group) => group.length === 2)) continue; // an EUI-64 or hex pairs, no address
    if ((first & 0xfe00) === 0xfc00) continue; // unique-local (private)
    if (!RUN_IPV6_PATTERN_3.test(value) && value.split(":").length < 6) continue; // times like 12:30:45
    emit("ip_address", start, end, "ipv6", PRIORITY.structured);
  }
}

export const networkDetectors: Detector[] = [
  { name: "ipv4", run: runIpv4 },
  { name: "ipv4-defanged", run: runDefangedIpv4 },
  { name: "ipv6", run: runIpv6 },
];
