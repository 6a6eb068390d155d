/**
 * Evaluates the privacy scanner on a labelled JSONL set ({"id","prompt","sensitive","spans"}).
 * Prints precision, recall and F1 per category and overall, at prompt level and span level
 * (a predicted span matches a gold span of the same category when they overlap by at least half of
 * the longer one; exact-boundary matches are counted too), plus the false-positive rate on
 * non-sensitive prompts. Usage: npm run eval:privacy [-- --file FILE | --set NAME] [--errors] [--learned]
 * (`--set NAME` reads the folder eval/privacy/NAME/, else eval/privacy/dataset-NAME.jsonl or NAME.jsonl)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createPrivacyScanner, type PrivacyFinding } from "../../src/privacy/index.js";

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
  lang?: string;
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

/**
 * Gold categories of other labelling schemes (the independent set's) and the guard's categories
 * that report the same data. Only the label vocabulary is translated; no detector depends on it.
 */
const GOLD_ALIASES: Record<string, readonly string[]> = {
  address: ["street_address"],
  medical_record_number: ["medical_record"],
  tax_id: ["national_id", "us_ssn"],
  driver_license: ["driver_license", "national_id"],
  national_id: ["national_id", "us_ssn"],
  credentials: ["password", "api_key", "connection_string", "private_key", "jwt"],
  financial: ["financial", "bank_account", "payment_card", "iban"],
};

export function categoriesMatch(predicted: string, gold: string): boolean {
  return predicted === gold || (GOLD_ALIASES[gold]?.includes(predicted) ?? false);
}

/**
 * Session 55: a UK NHS number is labelled `medical_record` by some sets (dev-16, dev-18, dev-91) and `national_id` by
 * others (dev-10, dev-29, dev-52, dev-84, dev-98); the guard reports it as `medical_record`. A gold span holding an NHS
 * number (ten digits, perhaps spaced or hyphenated, passing mod 11) accepts either of the two categories; no other
 * value and no other category is affected. The check is written here again: the evaluation does not use the guard's code.
 */
const NHS_PAIR = new Set(["medical_record", "national_id"]);
function nhsNumber(value: string): boolean {
  const digits = value.replace(/[ -]/g, "");
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}

function overlapMatches(predicted: Span, gold: Span, prompt: string): boolean {
  const nhsEither = NHS_PAIR.has(predicted.category) && NHS_PAIR.has(gold.category) && nhsNumber(prompt.slice(gold.start, gold.end));
  if (!nhsEither && !categoriesMatch(predicted.category, gold.category)) return false;
  const overlap = Math.min(predicted.end, gold.end) - Math.max(predicted.start, gold.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(predicted.end - predicted.start, gold.end - gold.start);
}

/**
 * Reads a labelled JSONL file. Accepted field names: `prompt` or `text`; `spans` or `entities`
 * (each `start`, `end`, and `category`, `label` or `type`); `sensitive` (else: any span); `lang`
 * or `language`.
 */
export function loadLabelled(path: string): Labelled[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const raw = JSON.parse(line) as Record<string, unknown>;
      const prompt = (raw.prompt ?? raw.text) as unknown;
      const rawSpans = (raw.spans ?? raw.entities ?? []) as Array<Record<string, unknown>>;
      if (typeof prompt !== "string" || !Array.isArray(rawSpans)) throw new Error(`${path}:${index + 1}: expected {"id","prompt","sensitive","spans"}`);
      const spans = rawSpans.map((span) => ({ start: Number(span.start), end: Number(span.end), category: String(span.category ?? span.label ?? span.type) }));
      const sensitive = typeof raw.sensitive === "boolean" ? raw.sensitive : spans.length > 0;
      return { id: String(raw.id ?? `${path}:${index + 1}`), prompt, sensitive, spans, lang: String(raw.lang ?? raw.language ?? "unknown") };
    });
}

export interface EvaluationReport {
  prompts: number;
  sensitivePrompts: number;
  promptLevel: { overall: Counts; byCategory: Map<string, Counts>; falsePositiveRate: number };
  spanLevel: { overall: Counts; byCategory: Map<string, Counts>; exactMatches: number };
  /** Per language: prompt-level and span-level counts, and non-sensitive prompts / false positives among them. */
  byLanguage: Map<string, { prompt: Counts; span: Counts; negatives: number; falsePositives: number }>;
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
  const byLanguage: EvaluationReport["byLanguage"] = new Map();
  const bucket = (map: Map<string, Counts>, category: string) => {
    let counts = map.get(category);
    if (!counts) map.set(category, (counts = newCounts()));
    return counts;
  };
  for (const record of records) {
    const predicted: Span[] = scan(record.prompt).map(({ start, end, category }) => ({ start, end, category: String(category) }));
    const goldSensitive = record.spans.length > 0 || record.sensitive;
    const predictedSensitive = predicted.length > 0;
    const language = record.lang ?? "unknown";
    let languageCounts = byLanguage.get(language);
    if (!languageCounts) byLanguage.set(language, (languageCounts = { prompt: newCounts(), span: newCounts(), negatives: 0, falsePositives: 0 }));
    if (goldSensitive && predictedSensitive) languageCounts.prompt.tp++;
    else if (goldSensitive) languageCounts.prompt.fn++;
    else {
      languageCounts.negatives++;
      if (predictedSensitive) {
        languageCounts.prompt.fp++;
        languageCounts.falsePositives++;
      }
    }
    if (goldSensitive && predictedSensitive) promptOverall.tp++;
    else if (goldSensitive) promptOverall.fn++;
    else if (predictedSensitive) promptOverall.fp++;
    if (!goldSensitive) {
      negatives++;
      if (predictedSensitive) falsePositives++;
    }
    const goldCategories = new Set(record.spans.map((span) => span.category));
    const predictedCategories = new Set(predicted.map((span) => span.category));
    for (const category of goldCategories) {
      const counts = bucket(promptByCategory, category);
      if ([...predictedCategories].some((predictedCategory) => categoriesMatch(predictedCategory, category))) counts.tp++;
      else counts.fn++;
    }
    for (const category of predictedCategories) {
      if (![...goldCategories].some((goldCategory) => categoriesMatch(category, goldCategory))) bucket(promptByCategory, category).fp++;
    }
    const used = new Set<number>();
    for (const gold of record.spans) {
      const index = predicted.findIndex((span, position) => !used.has(position) && overlapMatches(span, gold, record.prompt));
      const counts = bucket(spanByCategory, gold.category);
      if (index >= 0) {
        used.add(index);
        counts.tp++;
        spanOverall.tp++;
        languageCounts.span.tp++;
        if (predicted[index]!.start === gold.start && predicted[index]!.end === gold.end) exactMatches++;
      } else {
        counts.fn++;
        spanOverall.fn++;
        languageCounts.span.fn++;
        errors.push({ id: record.id, kind: "missed", category: gold.category, text: record.prompt.slice(gold.start, gold.end) });
      }
    }
    // A value reported under two categories (a JWT holding an e-mail is `jwt` and `email` on the same span, session 40)
    // is one value: the second category's span is no false positive once the other one matched a gold span.
    const sameValue = (span: Span) => [...used].some((position) => predicted[position]!.start === span.start && predicted[position]!.end === span.end);
    predicted.forEach((span, position) => {
      if (used.has(position) || sameValue(span)) return;
      bucket(spanByCategory, span.category).fp++;
      spanOverall.fp++;
      languageCounts.span.fp++;
      errors.push({ id: record.id, kind: "false-positive", category: span.category, text: record.prompt.slice(span.start, span.end) });
    });
  }
  return {
    prompts: records.length,
    sensitivePrompts: records.filter((record) => record.spans.length > 0 || record.sensitive).length,
    promptLevel: { overall: promptOverall, byCategory: promptByCategory, falsePositiveRate: ratio(falsePositives, negatives) },
    spanLevel: { overall: spanOverall, byCategory: spanByCategory, exactMatches },
    byLanguage,
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

function languageTable(report: EvaluationReport): string {
  const lines = [
    "per language (prompt level: precision, recall, false-positive rate on its non-sensitive prompts; span level: precision, recall):",
    `${"language".padEnd(12)} ${"prompts".padStart(7)} ${"p-prec".padStart(6)} ${"p-rec".padStart(6)} ${"FPR".padStart(7)} ${"s-prec".padStart(6)} ${"s-rec".padStart(6)}`,
  ];
  for (const language of [...report.byLanguage.keys()].sort()) {
    const counts = report.byLanguage.get(language)!;
    const prompt = scores(counts.prompt);
    const span = scores(counts.span);
    const total = counts.prompt.tp + counts.prompt.fn + counts.negatives;
    const fpr = counts.negatives === 0 ? "  -  " : `${((counts.falsePositives / counts.negatives) * 100).toFixed(1)}%`;
    lines.push(
      `${language.padEnd(12)} ${String(total).padStart(7)} ${format(prompt.precision).padStart(6)} ${format(prompt.recall).padStart(6)} ${fpr.padStart(7)} ${format(span.precision).padStart(6)} ${format(span.recall).padStart(6)}`,
    );
  }
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
    languageTable(report),
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
export function sharedFlagRate(
  folder: string,
  scan: (text: string) => PrivacyFinding[],
): { prompts: number; flagged: number; categories: Map<string, number> } {
  let prompts = 0;
  let flagged = 0;
  const categories = new Map<string, number>();
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith(".jsonl"))
    .sort()) {
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

/** Every JSONL file of a set's folder, in name order. */
function loadFolder(folder: string): Labelled[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) => loadLabelled(join(folder, name)));
}

/**
 * Every labelled set: the generated one, and each JSONL file of the independent set if present.
 * `--file FILE` evaluates that file instead; `--set NAME` the JSONL files of eval/privacy/NAME/
 * (for example `--set independent-2` or `--set independent-3`) or the development set NAME (dataset, dev-2, dev-3, dev-judge, dev-4, dev-5: eval/privacy/dataset-NAME.jsonl; dev-6 … dev-101: their folders);
 * both may be repeated.
 */
function labelledSets(args: string[]): Array<{ name: string; records: Labelled[] }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const chosen: Array<{ name: string; records: Labelled[] }> = [];
  for (let index = 0; index < args.length; index++) {
    if (args[index] === "--file") chosen.push({ name: args[index + 1]!, records: loadLabelled(args[index + 1]!) });
    if (args[index] === "--set") {
      const name = args[index + 1]!;
      if (!/^[\w-]+$/.test(name)) throw new Error(`--set ${name}: not a set name`);
      const file = [`dataset-${name}.jsonl`, `${name}.jsonl`].find((candidate) => existsSync(join(here, candidate)));
      if (existsSync(join(here, name))) chosen.push({ name: `${name} (eval/privacy/${name}/)`, records: loadFolder(join(here, name)) });
      else if (file) chosen.push({ name: `${name} (eval/privacy/${file})`, records: loadLabelled(join(here, file)) });
      else throw new Error(`--set ${name}: no folder eval/privacy/${name}/ and no eval/privacy/dataset-${name}.jsonl`);
    }
  }
  if (chosen.length > 0) return chosen;
  const sets = [
    { name: "existing (eval/privacy/dataset.jsonl, written with the detectors)", records: loadLabelled(join(here, "dataset.jsonl")) },
    {
      name: "dev-2 (eval/privacy/dataset-dev-2.jsonl, written with the new detectors: hard negatives, new categories)",
      records: loadLabelled(join(here, "dataset-dev-2.jsonl")),
    },
    {
      name: "dev-3 (eval/privacy/dataset-dev-3.jsonl, written with the language- and script-aware detectors: national IDs, local cues, hard negatives)",
      records: loadLabelled(join(here, "dataset-dev-3.jsonl")),
    },
    {
      name: "dev-judge (eval/privacy/dataset-dev-judge.jsonl, written with the judgement and structure rules: people, places, records, hard negatives)",
      records: loadLabelled(join(here, "dataset-dev-judge.jsonl")),
    },
    {
      name: "dev-4 (eval/privacy/dataset-dev-4.jsonl, health and financial data of private people, written before the rules tuned on it)",
      records: loadLabelled(join(here, "dataset-dev-4.jsonl")),
    },
    {
      name: "dev-5 (eval/privacy/dataset-dev-5.jsonl, hard negatives in 19 languages with positives, written before the public-context rules tuned on it)",
      records: loadLabelled(join(here, "dataset-dev-5.jsonl")),
    },
    {
      name: "dev-6 (eval/privacy/dev-6/, named people's health, money and records in 16 languages, written before the rules tuned on half A)",
      records: loadFolder(join(here, "dev-6")),
    },
    {
      name: "dev-7 (eval/privacy/dev-7/, named people's health, money, cards and passwords in 16 languages with 40% hard negatives, written before the rules tuned on half A)",
      records: loadFolder(join(here, "dev-7")),
    },
    {
      name: "dev-8 (eval/privacy/dev-8/, named people's health and money in 12 languages with hard negatives, written before the rules tuned on half A)",
      records: loadFolder(join(here, "dev-8")),
    },
    {
      name: "dev-9 (eval/privacy/dev-9/, hard negatives from developer, analytics, support, education and writing tools with look-alike positives in 13 languages, written before the rules tuned on it)",
      records: loadFolder(join(here, "dev-9")),
    },
    {
      name: "dev-10 (eval/privacy/dev-10/, realistic longer documents with named people's health, money, identifiers and credentials and look-alike hard negatives in 16 languages, written before reading any detector)",
      records: loadFolder(join(here, "dev-10")),
    },
  ];
  const independent = join(here, "independent");
  if (existsSync(independent)) {
    const records = loadFolder(independent);
    if (records.length > 0) sets.push({ name: "independent (eval/privacy/independent/, never used for tuning)", records });
  } else process.stdout.write("(eval/privacy/independent/ is not in this tree yet: only the existing set is evaluated)\n\n");
  return sets;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { createOpenRedactionScan, createRedactPiiScan } = await import("./baselines.js");
  const args = process.argv.slice(2);
  const scanner = createPrivacyScanner();
  // `--learned`: the guard with its learned second opinion too (privacy.learned, src/privacy/learned/), same run.
  const learnedScanner = args.includes("--learned") ? createPrivacyScanner({ learned: { enabled: true } }) : undefined;
  const systems: Array<{ name: string; scan: (text: string) => PrivacyFinding[] }> = [
    { name: "routellm guard", scan: (text) => scanner.scan(text) },
    ...(learnedScanner ? [{ name: "routellm guard + learned", scan: (text: string) => learnedScanner.scan(text) }] : []),
    ...(args.includes("--no-baselines")
      ? []
      : [
          { name: "@openredaction/openredaction 1.0.4", scan: createOpenRedactionScan() },
          { name: "redact-pii 3.4.0", scan: createRedactPiiScan() },
        ]),
  ];
  const summary: string[] = [];
  for (const set of labelledSets(args)) {
    for (const system of systems) {
      const report = evaluate(set.records, system.scan);
      const verbose = system === systems[0] || (learnedScanner !== undefined && system === systems[1]) || args.includes("--verbose");
      if (verbose) process.stdout.write(`=== ${system.name} ===\n${formatReport(report, set.name)}\n\n`);
      const prompt = scores(report.promptLevel.overall);
      const span = scores(report.spanLevel.overall);
      summary.push(
        `${set.name.split(" ")[0]!.padEnd(12)} ${system.name.padEnd(36)} ${format(prompt.precision).padStart(6)} ${format(prompt.recall).padStart(6)} ${`${(report.promptLevel.falsePositiveRate * 100).toFixed(1)}%`.padStart(7)} ${format(span.precision).padStart(6)} ${format(span.recall).padStart(6)}   ${report.prompts} prompts, ${report.sensitivePrompts} sensitive`,
      );
      if (system === systems[0] && args.includes("--errors")) {
        process.stdout.write("errors:\n");
        for (const error of report.errors)
          process.stdout.write(`  ${error.kind.padEnd(14)} ${error.category.padEnd(18)} ${error.id}  ${JSON.stringify(error.text)}\n`);
        process.stdout.write("\n");
      }
    }
  }
  process.stdout.write(
    [
      "summary (same run):",
      `${"set".padEnd(12)} ${"system".padEnd(36)} ${"p-prec".padStart(6)} ${"p-rec".padStart(6)} ${"FPR".padStart(7)} ${"s-prec".padStart(6)} ${"s-rec".padStart(6)}`,
      ...summary,
    ].join("\n") + "\n",
  );
  const sharedIndex = args.indexOf("--shared");
  const shared =
    sharedIndex >= 0
      ? args[sharedIndex + 1]!
      : (process.env.ROUTELLM_SHARED_DATASETS ?? join(dirname(fileURLToPath(import.meta.url)), "../../../shared/datasets"));
  if (existsSync(shared)) {
    for (const [name, guard] of [["", scanner], ...(learnedScanner ? [[" (guard + learned)", learnedScanner] as const] : [])] as const) {
      const rate = sharedFlagRate(shared, (text) => guard.scan(text));
      const categories = [...rate.categories].map(([category, count]) => `${category} ${count}`).join(", ");
      process.stdout.write(
        `\nrecorded public prompts in ${shared}${name} (unlabelled, believed non-sensitive): ${rate.flagged} of ${rate.prompts} flagged (${((rate.flagged / Math.max(1, rate.prompts)) * 100).toFixed(2)}%)${categories ? `: ${categories}` : ""}\n`,
      );
    }
  } else process.stdout.write(`\n(no recorded prompts at ${shared}; pass --shared DIR to measure the flag rate on them)\n`);
}
