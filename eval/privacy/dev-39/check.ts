/**
 * Format check for development set 39 (shared check: `../check-split-set.ts`), with a value check that decodes each
 * span the way its encoding says (JWT payload, Basic credentials, base64, data: URL, MIME encoded-word,
 * quoted-printable, line breaks and group separators removed) and requires the decoded text to hold a value of the
 * span's category (Luhn for cards, mod 97 for IBANs, an `@` for e-mail …); then the per-half table.
 * Run: npx tsx eval/privacy/dev-39/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";

const utf8 = (bytes: Buffer) => new TextDecoder("utf-8", { fatal: false }).decode(bytes);

function decode(value: string): string {
  if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) return utf8(Buffer.from(value.split(".")[1]!, "base64url"));
  if (/^=\?[^?]+\?[BbQq]\?/.test(value)) {
    const [, charset, kind, text] = /^=\?([^?]+)\?([BbQq])\?(.*)\?=$/.exec(value)!;
    const bytes = /b/i.test(kind!)
      ? Buffer.from(text!, "base64")
      : Buffer.from(
          text!.replace(/_/g, " ").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          "latin1",
        );
    return charset!.toUpperCase() === "UTF-8" ? utf8(bytes) : bytes.toString("latin1");
  }
  if (value.startsWith("data:")) return utf8(Buffer.from(value.slice(value.indexOf(",") + 1), "base64"));
  if (/^[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return utf8(Buffer.from(value, "base64"));
  if (/=\n|=[0-9A-F]{2}/.test(value))
    return utf8(
      Buffer.from(
        value.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ),
    );
  return value.replace(/\\\n|\n/g, "").replace(/[_·•\u2009\u202f]/g, " ");
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function ibanValid(compact: string): boolean {
  const numeric = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const digit of numeric) rest = (rest * 10 + Number(digit)) % 97;
  return rest === 1;
}

const CHECKS: Record<string, (text: string) => boolean> = {
  email: (text) => /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text),
  phone: (text) => /\+?\d[\d\s().-]{7,}\d/.test(text),
  payment_card: (text) => (text.match(/\d[\d ]{11,22}\d/g) ?? []).some((run) => luhnValid(run.replace(/ /g, ""))),
  iban: (text) => (text.match(/[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}/g) ?? []).some((run) => ibanValid(run.replace(/ /g, "").replace(/[^A-Z0-9].*$/, ""))),
  us_ssn: (text) => /\d{3}[- ]?\d{2}[- ]?\d{4}/.test(text),
  national_id: (text) => /\d{8}[A-Z]/.test(text.replace(/ /g, "")),
  password: (text) => text.length >= 6,
  health: (text) => text.length >= 10,
  jwt: (text) => text.startsWith("{"),
};

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  const check = CHECKS[category];
  if (!check) return `no check for ${category}`;
  return check(decode(value)) ? undefined : `decoded "${decode(value).slice(0, 60)}" holds no ${category}`;
});
printHalfTable(folder);
