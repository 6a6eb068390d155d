/**
 * Format check for development set 42 (shared check: `../check-split-set.ts`), with a value check that undoes each
 * span's encoding — line breaks, JSON `\n` escapes, indentation and log prefixes between wrapped lines, soft breaks
 * `=\n`, base64 or base64url (up to three levels, a JWT's payload at any level) — and requires the decoded text to hold
 * a value of the span's category (Luhn for cards, mod 97 for IBANs, the DNI letter …); then the per-half table.
 * Run: npx tsx eval/privacy/dev-42/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { ibanProblem } from "../iban-check.js";
import { luhnValid } from "../split-set-helpers.js";

const utf8 = (bytes: Buffer) => new TextDecoder("utf-8", { fatal: false }).decode(bytes);
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

function unwrap(value: string): string {
  return value
    .replace(/=\r?\n/g, "")
    .replace(/\\r\\n|\\n/g, "")
    .replace(/\r?\n(?:worker-\d \| |[ \t]*)/g, "");
}

function decode(value: string, depth = 0): string {
  const jwt = JWT.exec(value);
  if (jwt) return decode(utf8(Buffer.from(jwt[0].split(".")[1]!, "base64url")), depth + 1);
  if (depth < 3 && /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(value)) {
    const text = utf8(Buffer.from(value, value.includes("-") || value.includes("_") ? "base64url" : "base64"));
    return /^(?:Bearer )?[A-Za-z0-9+/_.-]{16,}={0,2}$/.test(text) || JWT.test(text) ? decode(text.replace(/^Bearer /, ""), depth + 1) : text;
  }
  return value;
}

const IBAN_LENGTHS = { DE: 22, GB: 22, NL: 18, AT: 20, ES: 24 };

const CHECKS: Record<string, (text: string) => boolean> = {
  email: (text) => /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text),
  phone: (text) => /\+?\d[\d\s().-]{7,}\d/.test(text),
  payment_card: (text) => (text.match(/\d[\d ]{11,22}\d/g) ?? []).some((run) => luhnValid(run.replace(/ /g, ""))),
  iban: (text) => (text.match(/[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}/g) ?? []).some((run) => ibanProblem(run, IBAN_LENGTHS) === undefined),
  us_ssn: (text) => /\d{3}-\d{2}-\d{4}/.test(text),
  national_id: (text) => (text.match(/\d{8}[A-Z]/g) ?? []).some((id) => "TRWAGMYFPDXBNJZSQVHLCKE"[Number(id.slice(0, 8)) % 23] === id[8]),
  health: (text) => /diagnos|disease|lymphoma|diabetes|panic|cancer|krebs|mri/i.test(text),
  jwt: (text) => text.startsWith("{"),
  financial: (text) => /\d[\d,.]*\d/.test(text),
};

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  const check = CHECKS[category];
  if (!check) return `no check for ${category}`;
  const decoded = decode(unwrap(value));
  return check(decoded) ? undefined : `decoded "${decoded.slice(0, 60)}" holds no ${category}`;
});
printHalfTable(folder);
