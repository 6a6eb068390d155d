/**
 * Check for development set 97 (shared check: `../check-split-set.ts`). Values: `api_key` spans are 12+ characters of
 * a token alphabet (base62, hex, base64, `-_.=` and detect-secrets' punctuation) with a digit; `password` spans are
 * 6+ characters without spaces; a password that is base64 (a Kubernetes Secret's `data:`, a Basic header) decodes to
 * printable text. Grid: every language and every topic (the source a context came from) has positives and negatives,
 * ≥ 40 % negatives, and no negative holds a value labelled in a positive. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-97/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable, readHalves } from "../check-split-set.js";

const TOKEN = /^[\w+/=.{}()[\]>#!%*^-]{12,}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function passwordWrong(value: string): string | undefined {
  if (value.length < 6 || /\s/.test(value)) return "not a password";
  if (value.length >= 16 && value.endsWith("=") && BASE64.test(value)) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    if (!/^[\x20-\x7e]+$/.test(decoded)) return "base64 that does not decode to text";
  }
  return undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value) => {
  switch (category) {
    case "api_key":
      return TOKEN.test(value) && /\d/.test(value) ? undefined : "not a token";
    case "password":
      return passwordWrong(value);
    default:
      return "unexpected category";
  }
});

const records = readHalves(folder);
const problems: string[] = [];
const groups = (of: (kind: string, lang: string) => string) => {
  const seen = new Map<string, [number, number]>();
  for (const record of records) {
    const key = of(record.kind, record.lang);
    const pair = seen.get(key) ?? [0, 0];
    pair[record.sensitive ? 0 : 1]++;
    seen.set(key, pair);
  }
  return seen;
};
for (const [name, of] of [
  ["language", (_kind: string, lang: string) => lang],
  ["topic", (kind: string) => kind.split(":")[0]!.replace(/^neg-/, "")],
] as const) {
  for (const [key, [positive, negative]] of groups(of)) {
    if (key === "extra") continue; // the placeholder / reference negatives have no positive topic of their own
    if (positive === 0 || negative === 0) problems.push(`${name} ${key}: ${positive} positives, ${negative} negatives`);
  }
}
const labelled = new Set(records.flatMap((record) => record.spans.map((span) => record.prompt.slice(span.start, span.end))));
for (const record of records.filter((entry) => !entry.sensitive)) {
  for (const value of labelled) if (record.prompt.includes(value)) problems.push(`${record.id}: negative holds labelled value ${value}`);
}
const negativeShare = records.filter((record) => !record.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${records.length} prompts, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
