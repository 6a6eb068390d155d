/**
 * Format and grid check for development set 93 (shared check: `../check-split-set.ts`). Values: every `api_key` span
 * has a published format's prefix, length and alphabet, GitHub `gh?_` and npm `npm_` tokens pass their CRC32; every
 * `jwt` is three base64url parts whose first two decode to JSON; every `private_key` is a PEM or OpenSSH block (or its
 * JSON-escaped form); every `connection_string` is a URI with user:password@ or an Azure string with an AccountKey;
 * `password` values are 6+ characters without spaces. Grid: every language has positives and negatives, every file
 * shape a positive and a negative, ≥ 40 % negatives. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-93/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable, readHalves } from "../check-split-set.js";
import { prefixedCrcValid } from "./formats.js";
import { LANGS } from "./frames.js";

const API_KEY_FORMATS: readonly RegExp[] = [
  /^gh[opusr]_[0-9A-Za-z]{36}$/,
  /^github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}$/,
  /^npm_[0-9A-Za-z]{36}$/,
  /^xoxb-\d{10,13}-\d{10,13}-[0-9A-Za-z]{24}$/,
  /^xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[0-9a-f]{32}$/,
  /^AKIA[A-Z2-7]{16}$/,
  /^[A-Za-z0-9+/]{40}$/,
  /^[rs]k_live_[0-9A-Za-z]{99}$/,
  /^[0-9a-f]{32}(-us\d{1,2})?$/,
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  /^[0-9A-Za-z]{40}$/,
  /^SG\.[\w-]{22}\.[\w-]{43}$/,
  /^sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}$/,
  /^sk-ant-api03-[\w-]{93}AA$/,
  /^glpat-[\w-]{20}$/,
  /^AIza[\w-]{35}$/,
  /^pypi-AgEIcHlwaS5vcmc[\w-]{50,}$/,
];

function apiKeyWrong(value: string): string | undefined {
  if (!API_KEY_FORMATS.some((format) => format.test(value))) return "no published format";
  if (/^(gh[opusr]|npm)_/.test(value) && !prefixedCrcValid(value)) return "bad CRC32";
  return undefined;
}

function jwtWrong(value: string): string | undefined {
  const parts = value.split(".");
  if (parts.length !== 3 || !parts.every((part) => /^[\w-]+$/.test(part))) return "not three base64url parts";
  try {
    for (const part of parts.slice(0, 2)) JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return "header or payload is not JSON";
  }
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  switch (category) {
    case "api_key":
      return apiKeyWrong(value);
    case "jwt":
      return jwtWrong(value);
    case "private_key":
      return /^-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----(\n|\\n)[\s\S]+-----END (RSA |EC |OPENSSH )?PRIVATE KEY-----(\\n)?$/.test(value)
        ? undefined
        : "not a private key block";
    case "connection_string":
      return /^[a-z+]+:\/\/[^:@/\s]*:[^@\s]+@/.test(value) || /AccountKey=[A-Za-z0-9+/]{86}==/.test(value) ? undefined : "no password in the URI";
    case "password":
      return value.length >= 6 && !/\s/.test(value) ? undefined : "not a password";
    default:
      return "unexpected category";
  }
});

// the grid
const records = readHalves(folder);
const problems: string[] = [];
for (const lang of LANGS) {
  const own = records.filter((record) => record.lang === lang);
  if (!own.some((record) => record.sensitive) || !own.some((record) => !record.sensitive)) problems.push(`${lang}: needs positives and negatives`);
}
const fileShapes = (negative: boolean) =>
  new Set(records.filter((record) => record.kind.startsWith(negative ? "neg-file:" : "file:")).map((record) => record.kind.split(":")[1]));
const positives = fileShapes(false);
const negatives = fileShapes(true);
for (const shape of positives) if (!negatives.has(shape)) problems.push(`file shape ${shape} has no negative`);
for (const shape of negatives) if (!positives.has(shape)) problems.push(`file shape ${shape} has no positive`);
const negativeShare = records.filter((record) => !record.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${LANGS.length} languages, ${positives.size} file shapes, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
