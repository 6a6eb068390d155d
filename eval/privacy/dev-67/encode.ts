/**
 * Encoders for development set 67: every encoded value in the set is produced here (or by dev-39's encoders) from its
 * plain value — percent-encoding, HTML entities, JSON/JS `\uXXXX` and `\xNN` escapes, base32 in groups, C and Python
 * byte arrays, xxd and `hexdump -C` dumps, punycode domains. Deterministic.
 */
import { domainToASCII } from "node:url";

/** `encodeURIComponent`, or every byte as `%XX` (`all`), or a form body (`form`: space as `+`). */
export function pct(text: string, mode: "component" | "all" | "form" = "component"): string {
  if (mode === "all") return [...Buffer.from(text, "utf8")].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  const out = encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return mode === "form" ? out.replace(/%20/g, "+") : out;
}

/** HTML entities: `@` and `.` (or every character with `all`) as decimal `&#NN;`, hex `&#xNN;` or named entities. */
export function ent(text: string, style: "dec" | "hex" | "named" = "dec", all = false): string {
  const named: Record<string, string> = {
    "@": "&commat;",
    ".": "&period;",
    " ": "&nbsp;",
    "+": "&plus;",
    "-": "&hyphen;",
    "&": "&amp;",
    "!": "&excl;",
    "<": "&lt;",
    ">": "&gt;",
  };
  return [...text]
    .map((char) => {
      if (!all && !"@. +".includes(char)) return char;
      const code = char.codePointAt(0)!;
      if (style === "named" && named[char]) return named[char];
      return style === "hex" ? `&#x${code.toString(16).toUpperCase()};` : `&#${code};`;
    })
    .join("");
}

/** `\uXXXX` for `@`, `.`, `+`, space and non-ASCII (or every character with `all`). */
export function uesc(text: string, all = false): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      return all || "@.+ ".includes(char) || code > 0x7e ? `\\u${code.toString(16).padStart(4, "0")}` : char;
    })
    .join("");
}

/** `\xNN` for every UTF-8 byte (`all`) or for `@`, `.`, `+`, space and non-ASCII bytes. */
export function xesc(text: string, all = false): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) => (all || "@.+ ".includes(String.fromCharCode(byte)) || byte > 0x7e ? `\\x${byte.toString(16).padStart(2, "0")}` : String.fromCharCode(byte)))
    .join("");
}

/** RFC 4648 base32 of raw bytes, unpadded, optionally in groups of `group` separated by spaces. */
export function b32(data: string | Buffer, group = 0): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of typeof data === "string" ? Buffer.from(data, "utf8") : data) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += alphabet[(value >>> (bits - 5)) & 31];
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return group > 0 ? out.match(new RegExp(`.{1,${group}}`, "g"))!.join(" ") : out;
}

/** The text's bytes as `0x..` items joined by `sep`. */
export const cbytes = (text: string | Buffer, sep = ", ", upper = false): string =>
  [...(typeof text === "string" ? Buffer.from(text, "utf8") : text)]
    .map((byte) => `0x${byte.toString(16).padStart(2, "0")}`)
    .map((item) => (upper ? item.toUpperCase().replace("0X", "0x") : item))
    .join(sep);

/** Hex pairs of the text's bytes. */
export const pairs = (text: string | Buffer): string[] =>
  [...(typeof text === "string" ? Buffer.from(text, "utf8") : text)].map((byte) => byte.toString(16).padStart(2, "0"));

const printable = (byte: number) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".");

/** `xxd` output: `00000000: 6a61 6e65 …  jane…` lines, 16 bytes a line, starting at `offset`. */
export function xxd(data: string | Buffer, offset = 0): string {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const lines: string[] = [];
  for (let start = 0; start < bytes.length; start += 16) {
    const row = [...bytes.subarray(start, start + 16)];
    const hex = row.map((byte) => byte.toString(16).padStart(2, "0"));
    const groups: string[] = [];
    for (let index = 0; index < hex.length; index += 2) groups.push(hex.slice(index, index + 2).join(""));
    lines.push(`${(offset + start).toString(16).padStart(8, "0")}: ${groups.join(" ").padEnd(39)}  ${row.map(printable).join("")}`);
  }
  return lines.join("\n");
}

/** `hexdump -C` output: `00000000  6a 61 6e 65 …  |jane…|` lines. */
export function hexdumpC(data: string | Buffer, offset = 0): string {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const lines: string[] = [];
  for (let start = 0; start < bytes.length; start += 16) {
    const row = [...bytes.subarray(start, start + 16)];
    const hex = row.map((byte) => byte.toString(16).padStart(2, "0"));
    const left = hex.slice(0, 8).join(" ");
    const right = hex.slice(8).join(" ");
    lines.push(`${(offset + start).toString(16).padStart(8, "0")}  ${`${left}  ${right}`.padEnd(48)}  |${row.map(printable).join("")}|`);
  }
  return lines.join("\n");
}

/** An e-mail address whose domain is written in punycode. */
export const punyMail = (local: string, domain: string): string => `${local}@${domainToASCII(domain)}`;
export const puny = (domain: string): string => domainToASCII(domain);
