/**
 * Evaluates the privacy scanner on a labelled JSONL set ({"id","prompt","sensitive","spans"}).
 * Prints precision, recall and F1 per category and overall, at prompt level and span level
 * (a predicted span matches a gold span of the same category when they overlap by at least half of
 * the longer one; exact-boundary matches are counted too), plus the false-positive rate on
 * non-sensitive prompts. Usage: npm run eval:privacy [-- --file FILE] [--errors]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createPrivacyScanner, type PrivacyFinding } from "../../src/policies/privacy/index.js";

interface Span {
  start: number;
  end: number;
  category: string;
}
interface Labelled {
  id: string;
  prompt: string;
  sensitive: boolean;
  spans: Span[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const newCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (numerator: number, denominator: number) => (denominator === 0 ? NaN : numerator / denominator);
function scores(counts: Counts) {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 = Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0 ? NaN : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function overlapMatches(predicted: Span, gold: Span): boolean {
  if (predicted.category !== gold.category) return false;
  const overlap = Math.min(predicted.end, gold.end) - Math.max(predicted.start, gold.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(predicted.end - predicted.start, gold.end - gold.start);
}

export function loadLabelled(path: string): Labelled[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const record = JSON.parse(line) as Labelled;
      if (typeof record.prompt !== "string" || !Array.isArray(record.spans)) throw new Error(`${path}:${index + 1}: expected {"id","prompt","sensitive","spans"}`);
      return record;
    });
}

export interface EvaluationReport {
  prompts: number;
  sensitivePrompts: number;
  promptLevel: { overall: Counts; byCategory: Map<string, Counts>; falsePositiveRate: number };
  spanLevel: { overall: Counts; byCategory: Map<string, Counts>; exactMatches: number };
  errors: Array<{ id: string; kind: "missed" | "false-positive"; category: string; text: string }>;
}

export function evaluate(records: Labelled[], scan: (text: string) => PrivacyFinding[]): EvaluationReport {
  const promptOverall = newCounts();
  const promptByCategory = new Map<string, Counts>();
  const spanOverall = newCounts();
  const spanByCategory = new Map<string, Counts>();
  const errors: EvaluationReport["errors"] = [];
  let negatives = 0;
  let falsePositives = 0;
  let exactMatches = 0;
  const bucket = (map: Map<string, Counts>, category: string) => {
    let counts = map.get(category);
    if (!counts) map.set(category, (counts = newCounts()));
    return counts;
  };
  for (const record of records) {
    const predicted: Span[] = scan(record.prompt).map(({ start, end, category }) => ({ start, end, category: String(category) }));
    const goldSensitive = record.spans.length > 0 || record.sensitive;
    const predictedSensitive = predicted.length > 0;
    if (goldSensitive && predictedSensitive) promptOverall.tp++;
    else if (goldSensitive) promptOverall.fn++;
    else if (predictedSensitive) promptOverall.fp++;
    if (!goldSensitive) {
      negatives++;
      if (predictedSensitive) falsePositives++;
    }
    const goldCategories = new Set(record.spans.map((span) => span.category));
    const predictedCategories = new Set(predicted.map((span) => span.category));
    for (const category of new Set([...goldCategories, ...predictedCategories])) {
      const counts = bucket(promptByCategory, category);
      if (goldCategories.has(category) && predictedCategories.has(category)) counts.tp++;
      else if (goldCategories.has(category)) counts.fn++;
      else counts.fp++;
    }
    const used = new Set<number>();
    for (const gold of record.spans) {
      const index = predicted.findIndex((span, position) => !used.has(position) && overlapMatches(span, gold));
      const counts = bucket(spanByCategory, gold.category);
      if (index >= 0) {
        used.add(index);
        counts.tp++;
        spanOverall.tp++;
        if (predicted[index]!.start === gold.start && predicted[index]!.end === gold.end) exactMatches++;
      } else {
        counts.fn++;
        spanOverall.fn++;
        errors.push({ id: record.id, kind: "missed", category: gold.category, text: record.prompt.slice(gold.start, gold.end) });
      }
    }
    predicted.forEach((span, position) => {
      if (used.has(position)) return;
      bucket(spanByCategory, span.category).fp++;
      spanOverall.fp++;
      errors.push({ id: record.id, kind: "false-positive", category: span.category, text: record.prompt.slice(span.start, span.end) });
    });
  }
  return {
    prompts: records.length,
    sensitivePrompts: records.filter((record) => record.spans.length > 0 || record.sensitive).length,
    promptLevel: { overall: promptOverall, byCategory: promptByCategory, falsePositiveRate: ratio(falsePositives, negatives) },
    spanLevel: { overall: spanOverall, byCategory: spanByCategory, exactMatches },
    errors,
  };
}

const format = (value: number) => (Number.isNaN(value) ? "  -  " : value.toFixed(3));

function table(title: string, overall: Counts, byCategory: Map<string, Counts>): string {
  const lines = [title, `${"category".padEnd(20)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"F1".padStart(6)}   tp   fp   fn`];
  const row = (name: string, counts: Counts) => {
    const { precision, recall, f1 } = scores(counts);
    return `${name.padEnd(20)} ${format(precision).padStart(6)} ${format(recall).padStart(6)} ${format(f1).padStart(6)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}`;
  };
  for (const category of [...byCategory.keys()].sort()) lines.push(row(category, byCategory.get(category)!));
  lines.push(row("OVERALL", overall));
  return lines.join("\n");
}

export function formatReport(report: EvaluationReport, source: string): string {
  const prompt = scores(report.promptLevel.overall);
  return [
    `privacy evaluation on ${source}: ${report.prompts} prompts, ${report.sensitivePrompts} sensitive`,
    "",
    table("prompt level (a category counts when the prompt holds at least one value of it):", report.promptLevel.overall, report.promptLevel.byCategory),
    "",
    table("span level (same category, overlap >= 50% of the longer span):", report.spanLevel.overall, report.spanLevel.byCategory),
    `exact-boundary span matches: ${report.spanLevel.exactMatches} of ${report.spanLevel.overall.tp} matched spans`,
    "",
    `prompt-level sensitive/not: precision ${format(prompt.precision)}, recall ${format(prompt.recall)} (target >= 0.99), F1 ${format(prompt.f1)}`,
    `false-positive rate on non-sensitive prompts: ${(report.promptLevel.falsePositiveRate * 100).toFixed(2)}% (target <= 3%)`,
  ].join("\n");
}

/**
 * Flag rate on recorded public benchmark prompts (../shared/datasets: MT-Bench, Arena, MMLU-Pro,
 * GSM8K, CRUXEval). They are believed to hold no private data (a few e-mail threads do hold real
 * addresses), so the rate bounds the false-positive rate on ordinary traffic.
 */
export function sharedFlagRate(folder: string, scan: (text: string) => PrivacyFinding[]): { prompts: number; flagged: number; categories: Map<string, number> } {
  let prompts = 0;
  let flagged = 0;
  const categories = new Map<string, number>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".jsonl")).sort()) {
    if (name.startsWith("zeroeval_gsm8k")) continue; // same questions as gsm8k_test
    for (const line of readFileSync(join(folder, name), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { prompt?: string; question?: string; turns?: string[] };
      const text = record.prompt ?? record.question ?? record.turns?.join("\n");
      if (typeof text !== "string") continue;
      prompts++;
      const findings = scan(text);
      if (findings.length === 0) continue;
      flagged++;
      for (const category of new Set(findings.map((finding) => String(finding.category)))) categories.set(category, (categories.get(category) ?? 0) + 1);
    }
  }
  return { prompts, flagged, categories };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const fileIndex = args.indexOf("--file");
  const file = fileIndex >= 0 ? args[fileIndex + 1]! : join(dirname(fileURLToPath(import.meta.url)), "dataset.jsonl");
  const records = loadLabelled(file);
  const scanner = createPrivacyScanner();
  const report = evaluate(records, (text) => scanner.scan(text));
  process.stdout.write(formatReport(report, file) + "\n");
  const sharedIndex = args.indexOf("--shared");
  const shared = sharedIndex >= 0 ? args[sharedIndex + 1]! : (process.env.ROUTELLM_SHARED_DATASETS ?? join(dirname(fileURLToPath(import.meta.url)), "../../../shared/datasets"));
  if (existsSync(shared)) {
    const rate = sharedFlagRate(shared, (text) => scanner.scan(text));
    const categories = [...rate.categories].map(([category, count]) => `${category} ${count}`).join(", ");
    process.stdout.write(
      `\nrecorded public prompts in ${shared} (unlabelled, believed non-sensitive): ${rate.flagged} of ${rate.prompts} flagged (${((rate.flagged / Math.max(1, rate.prompts)) * 100).toFixed(2)}%)${categories ? `: ${categories}` : ""}\n`,
    );
  } else process.stdout.write(`\n(no recorded prompts at ${shared}; pass --shared DIR to measure the flag rate on them)\n`);
  if (args.includes("--errors")) {
    process.stdout.write("\nerrors:\n");
    for (const error of report.errors) process.stdout.write(`  ${error.kind.padEnd(14)} ${error.category.padEnd(18)} ${error.id}  ${JSON.stringify(error.text)}\n`);
  }
}
