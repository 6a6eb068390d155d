/**
 * Encoders of development set 43 (besides dev-39's base64 ones): hex in the forms an integrator pastes (plain, with
 * `:` or spaces between pairs, `\x` escapes, a `0x` prefix, mixed case) and RFC 4648 base32 (with or without padding).
 */
export { b64, b64url, group, iban, luhn } from "../dev-39/encode.js";
export { wrap, shuffled } from "../dev-42/encode.js";

const hexPairs = (text: string): string[] => [...Buffer.from(text, "utf8")].map((byte) => byte.toString(16).padStart(2, "0"));

export type HexForm = "plain" | "upper" | "colon" | "space" | "escape" | "prefix" | "mixed" | "dash";

export function hex(text: string, form: HexForm = "plain"): string {
  const pairs = hexPairs(text);
  switch (form) {
    case "plain":
      return pairs.join("");
    case "upper":
      return pairs.join("").toUpperCase();
    case "colon":
      return pairs.join(":");
    case "space":
      return pairs.join(" ");
    case "dash":
      return pairs.join("-").toUpperCase();
    case "escape":
      return pairs.map((pair) => `\\x${pair}`).join("");
    case "prefix":
      return `0x${pairs.join("")}`;
    case "mixed":
      return pairs.map((pair, index) => (index % 3 === 1 ? pair.toUpperCase() : pair)).join("");
  }
}

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32 of UTF-8 text; `padded` adds `=` to a multiple of 8 characters. */
export function b32(text: string | Buffer, padded = true): string {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return padded ? out.padEnd(Math.ceil(out.length / 8) * 8, "=") : out;
}

export const b64bare = (text: string): string => Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "");
