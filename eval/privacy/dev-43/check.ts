/**
 * Format check for development set 43 (shared check: `../check-split-set.ts`): an encoded span (hex in any of its
 * forms, base32, base64 or base64url) must decode to printable UTF-8 text; record spans are taken as written.
 * Run: npx tsx eval/privacy/dev-43/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet } from "../check-split-set.js";
import { ENCODED } from "./encoded.js";

/** The values marked in the encoded entries: only these are decoded. */
const ENCODED_VALUES = new Set(
  ENCODED.filter(([, kind]) => /^(?:hex|b32|b64):/.test(kind)).flatMap(([, , text]) => [...text.matchAll(/⟦[a-z_]+\|([^⟧]*)⟧/g)].map((match) => match[1]!)),
);

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(value: string): Buffer {
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const char of value.toUpperCase().replace(/=+$/, "")) {
    acc = (acc << 5) | B32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function decoded(value: string): string | undefined {
  const hexDigits = value.replace(/^0x|^\\x/i, "").replace(/\\x|[: -]/gi, "");
  if (/^(?:[0-9a-f]{2})+$/i.test(hexDigits) && hexDigits.length >= 16) return Buffer.from(hexDigits, "hex").toString("utf8");
  if (/^[A-Z2-7]{16,}=*$/.test(value) || /^[a-z2-7]{16,}$/.test(value)) return base32(value).toString("utf8");
  if (/^[A-Za-z0-9+/_\n-]{12,}={0,2}$/.test(value)) return Buffer.from(value.replace(/\n/g, ""), /[-_]/.test(value) ? "base64url" : "base64").toString("utf8");
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  if (!ENCODED_VALUES.has(value)) return undefined;
  const text = decoded(value);
  if (text === undefined) return `${category} span is no hex, base32 or base64`;
  return /^[\p{L}\p{N}\p{P}\p{S}\s]+$/u.test(text) ? undefined : `${category} span does not decode to text`;
});
