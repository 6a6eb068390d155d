/**
 * Encoders for development set 39: every encoded value in the set is produced here from its plain value (base64,
 * base64url JWTs, HTTP Basic credentials, MIME encoded-words, quoted-printable, data: URLs), and the checksum helpers
 * that make the plain card and IBAN values valid. Deterministic: "random" bytes come from SHA-256 of a seed string.
 */
import { createHash } from "node:crypto";

export const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
export const b64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** `count` deterministic pseudo-random bytes from `seed`. */
export function bytes(seed: string, count: number): Buffer {
  const parts: Buffer[] = [];
  for (let index = 0; parts.length * 32 < count; index++) parts.push(createHash("sha256").update(`${seed}#${index}`).digest());
  return Buffer.concat(parts).subarray(0, count);
}

/** A JWT with the given claims; the signature is 32 bytes derived from the claims (base64url, 43 characters). */
export function jwt(claims: Record<string, unknown>, alg = "HS256"): string {
  const header = b64url(JSON.stringify({ alg, typ: "JWT" }));
  const payload = b64url(JSON.stringify(claims));
  return `${header}.${payload}.${bytes(payload, 32).toString("base64url")}`;
}

/** `Basic` credentials: base64 of `user:password`. */
export const basic = (user: string, password: string): string => b64(`${user}:${password}`);

/** RFC 2047 B-encoded word. */
export function wordB(text: string, charset: "UTF-8" | "ISO-8859-1" = "UTF-8"): string {
  return `=?${charset}?B?${Buffer.from(text, charset === "UTF-8" ? "utf8" : "latin1").toString("base64")}?=`;
}

/** RFC 2047 Q-encoded word (space as `_`, `=`, `?`, `_` and non-ASCII as `=XX`). */
export function wordQ(text: string, charset: "UTF-8" | "ISO-8859-1" = "UTF-8"): string {
  let out = "";
  for (const byte of Buffer.from(text, charset === "UTF-8" ? "utf8" : "latin1")) {
    if (byte === 0x20) out += "_";
    else if (byte > 0x20 && byte < 0x7f && !"=?_".includes(String.fromCharCode(byte))) out += String.fromCharCode(byte);
    else out += `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `=?${charset}?Q?${out}?=`;
}

/**
 * Quoted-printable text (UTF-8): `=`, non-ASCII and (when `at`) `@` as `=XX`; a soft line break `=\n` after every
 * position in `breaks` (counted in encoded characters).
 */
export function qp(text: string, options: { at?: boolean; breaks?: number[] } = {}): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    const plain = (byte >= 0x20 && byte < 0x7f && char !== "=" && !(options.at && char === "@")) || byte === 0x0a;
    out += plain ? char : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  for (const position of [...(options.breaks ?? [])].sort((a, b) => b - a)) out = `${out.slice(0, position)}=\n${out.slice(position)}`;
  return out;
}

export const dataUrl = (mime: string, text: string): string => `data:${mime};base64,${b64(text)}`;

/** Completes a card number with its Luhn digit. */
export function luhn(payload: string): string {
  for (let check = 0; check < 10; check++) {
    const digits = payload + check;
    let sum = 0;
    for (let index = 0; index < digits.length; index++) {
      let digit = Number(digits[digits.length - 1 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}

/** Completes an IBAN (`DE`, BBAN) with its mod-97 check digits; `wrong` gives a failing pair instead. */
export function iban(country: string, bban: string, wrong = false): string {
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of numeric) rest = (rest * 10 + Number(digit)) % 97;
  const check = (98 - rest + (wrong ? 3 : 0)) % 97 || 97;
  return country + String(check).padStart(2, "0") + bban;
}

/** Spanish DNI with its check letter. */
export const dni = (number: string): string => number + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(number) % 23]!;

/** Groups a compact value in fours (or `sizes`) with `separator`. */
export function group(compact: string, separator: string, sizes?: number[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes ?? Array.from({ length: Math.ceil(compact.length / 4) }, () => 4)) {
    parts.push(compact.slice(at, at + size));
    at += size;
  }
  return parts.filter(Boolean).join(separator);
}
