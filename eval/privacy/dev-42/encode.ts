/**
 * Encoders for development set 42 on top of dev-39's (`../dev-39/encode.ts`): wrapping a base64 text at a line width
 * (MIME 76, PEM 64), binary payloads with real magic bytes (PNG, gzip, DER certificates and public keys), a seeded
 * shuffle for the halves. Deterministic: "random" bytes come from SHA-256 of a seed string.
 */
import { bytes } from "../dev-39/encode.js";

export { b64, b64url, bytes, dni, group, iban, jwt, luhn, qp } from "../dev-39/encode.js";

/** `text` cut into lines of `width` characters (MIME bodies 76, PEM blocks 64). */
export function wrap(text: string, width = 76, newline = "\n"): string {
  const lines: string[] = [];
  for (let at = 0; at < text.length; at += width) lines.push(text.slice(at, at + width));
  return lines.join(newline);
}

/** base64 of UTF-8 `text`, wrapped at `width`. */
export const wrapped64 = (text: string, width = 76, newline = "\n"): string => wrap(Buffer.from(text, "utf8").toString("base64"), width, newline);

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const GZIP = Buffer.from("1f8b0800000000000003", "hex");
const DER_CERT = Buffer.from("308203a130820289a003020102021400", "hex");
const DER_RSA_PUBLIC = Buffer.from("30820122300d06092a864886f70d01010105000382010f003082010a0282010100", "hex");

/** Base64 of binary content that starts with its format's magic bytes, then `count` seeded bytes. */
export function binary64(kind: "png" | "gzip" | "cert" | "rsa-public" | "raw", seed: string, count: number): string {
  const head = { png: PNG, gzip: GZIP, cert: DER_CERT, "rsa-public": DER_RSA_PUBLIC, raw: Buffer.alloc(0) }[kind];
  return Buffer.concat([head, bytes(seed, count)]).toString("base64");
}

/** Seeded PRNG (mulberry32), for the committed split of the halves. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}
