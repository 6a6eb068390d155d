/**
 * Half-A / half-B totals over every development set (never the held-out eval/privacy/independent* sets).
 * Usage: tsx scripts/privacy-halves.ts [--misses CATEGORY,...] [--option KEY=VALUE ...]
 * `--option` sets a top-level scanner option (PrivacyScannerOptions: `testValues`, `unnamedRelatives`) to a string value,
 * e.g. `--option unnamedRelatives=sensitive`; repeatable. Without it the scanner has its defaults.
 * Prints prompt-level recall and FPR per file (half A, half B, unsplit sets) and the pooled half-B totals.
 * `--misses` prints the missed gold spans with 60 characters of context, for half-A and unsplit files only:
 * half B's individual errors are never printed.
 */
import { join } from "node:path";
import { evaluate, loadLabelled } from "../eval/privacy/evaluate.js";
import { createPrivacyScanner, type PrivacyScannerOptions } from "../src/privacy/index.js";
import { DEV_ROOT, SPLIT_SETS, UNSPLIT_FILES } from "./privacy-dev-files.js";

const root = DEV_ROOT;
const unsplit = UNSPLIT_FILES;
const split = SPLIT_SETS;
const args = process.argv.slice(2);
const missIndex = args.indexOf("--misses");
const missCategories = missIndex >= 0 ? new Set(args[missIndex + 1]!.split(",")) : undefined;
const options: Record<string, string> = {};
args.forEach((arg, index) => {
  if (arg !== "--option") return;
  const [key, value] = (args[index + 1] ?? "").split("=");
  if (!key || value === undefined) throw new Error(`--option needs KEY=VALUE, got ${JSON.stringify(args[index + 1])}`);
  options[key] = value;
});
const scanner = createPrivacyScanner(options as PrivacyScannerOptions);
const zero = () => ({ tp: 0, fn: 0, neg: 0, fp: 0, spanFp: 0, promptTp: 0, promptFn: 0 });
const totals = { A: zero(), B: zero(), U: zero() };
const files: Array<[string, keyof typeof totals]> = [
  ...unsplit.map((file) => [file, "U"] as [string, keyof typeof totals]),
  ...split.flatMap(
    (set) =>
      [
        [`${set}/a.jsonl`, "A"],
        [`${set}/b.jsonl`, "B"],
      ] as Array<[string, keyof typeof totals]>,
  ),
];
for (const [file, half] of files) {
  const records = loadLabelled(join(root, file));
  const report = evaluate(records, (text) => scanner.scan(text));
  const { tp, fn } = report.promptLevel.overall;
  const negatives = records.filter((record) => record.spans.length === 0 && !record.sensitive).length;
  const fp = Math.round(report.promptLevel.falsePositiveRate * negatives) || 0;
  const spans = report.spanLevel.overall;
  totals[half].tp += spans.tp;
  totals[half].fn += spans.fn;
  totals[half].neg += negatives;
  totals[half].fp += fp;
  totals[half].spanFp += spans.fp;
  totals[half].promptTp += tp;
  totals[half].promptFn += fn;
  if (!missCategories)
    process.stdout.write(
      `${file.padEnd(26)} ${half}  p-rec ${(tp / (tp + fn)).toFixed(3)}  s-rec ${(spans.tp / (spans.tp + spans.fn)).toFixed(3)}  FPR ${fp}/${negatives}\n`,
    );
  if (missCategories && half !== "B") {
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const error of report.errors) {
      if (error.kind !== "missed" || !missCategories.has(error.category)) continue;
      const record = byId.get(error.id)!;
      const at = record.prompt.indexOf(error.text);
      const context =
        record.prompt.slice(Math.max(0, at - 60), at) + "[[" + error.text + "]]" + record.prompt.slice(at + error.text.length, at + error.text.length + 40);
      process.stdout.write(`${error.category}\t${file}\t${error.id}\t${JSON.stringify(context)}\n`);
    }
  }
}
if (!missCategories)
  for (const [half, t] of Object.entries(totals))
    process.stdout.write(
      `total ${half}: span recall ${(t.tp / (t.tp + t.fn)).toFixed(4)} (${t.tp}/${t.tp + t.fn})  FPR ${t.fp}/${t.neg}  span precision ${(t.tp / (t.tp + t.spanFp)).toFixed(4)}  prompt recall ${(t.promptTp / (t.promptTp + t.promptFn)).toFixed(4)} (${t.promptTp}/${t.promptTp + t.promptFn})\n`,
    );
