/**
 * Same findings, old and new scanner. Loads the privacy scanner of a base commit (default: the merge
 * base of HEAD and main, i.e. the code before this branch's changes) next to the working tree's, runs
 * both over the labelled sets, development sets 2, 3 and judge, three freshly generated sets, the example sentences
 * (string literals) of the privacy unit tests, the recorded prompts
 * and answers in ../shared/datasets, upper-cased, lower-cased, full-width and zero-width variants of
 * the labelled prompts, groups of labelled prompts joined into longer texts, the bench's 2,000-token
 * prompt and its adversarial inputs (64 K characters), and compares every finding (category, start,
 * end, rule and the value it covers) under both `testValues` settings. It never reads the
 * independent sets. Exit code 1 when anything differs (ids and spans are printed, never values).
 * Then CPU time of both scanners in the same process, interleaved (the machine's load hits both):
 * the 2,000-token prompt after a long warm-up, the labelled sets, and the adversarial inputs at 256 K.
 * Run: npx tsx scripts/privacy-same-findings.ts [--base REF] [--no-timing]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadavg } from "node:os";
import { ADVERSARIAL_INPUTS, buildPrompt } from "../bench/privacy-workload.js";
import { percentile } from "../bench/stats.js";
import { generate } from "../eval/privacy/generate.js";
import { createPrivacyScanner as createNewScanner, type PrivacyFinding, type PrivacyScannerOptions } from "../src/privacy/index.js";
import { jsonLines } from "./lib/json-lines.js";

type Scan = (text: string) => PrivacyFinding[];
type CreateScanner = (options?: PrivacyScannerOptions) => { scan: Scan };

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const git = (...gitArgs: string[]) => execFileSync("git", gitArgs, { cwd: root, encoding: "utf8" }).trim();
const base = git("rev-parse", args.includes("--base") ? args[args.indexOf("--base") + 1]! : git("merge-base", "HEAD", "main"));
const print = (line = "") => process.stdout.write(`${line}\n`);

/** The base commit's src/ and data/ under tmp/ (git-ignored; node_modules resolves from the repository). */
async function loadBaseScanner(): Promise<CreateScanner> {
  const directory = join(root, "tmp", `privacy-base-${base.slice(0, 12)}`);
  if (!existsSync(join(directory, "src/privacy/index.ts"))) {
    mkdirSync(directory, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${base} src data | tar -x -C "${directory}"`], { cwd: root });
  }
  const module = (await import(pathToFileURL(join(directory, "src/privacy/index.ts")).href)) as { createPrivacyScanner: CreateScanner };
  return module.createPrivacyScanner;
}

function jsonLinesIfPresent(path: string, read: (record: Record<string, unknown>) => unknown): string[] {
  return existsSync(path) ? jsonLines(path, read) : [];
}

/** The string literals of the privacy unit tests (their example sentences: rare rules the sets do not reach). */
function testSentences(): string[] {
  const directory = join(root, "test/unit");
  const sentences: string[] = [];
  for (const name of readdirSync(directory).filter((file) => /^privacy-.*\.test\.ts$/.test(file))) {
    const source = readFileSync(join(directory, name), "utf8");
    for (const match of source.matchAll(/"((?:[^"\\\n]|\\.){12,})"|'((?:[^'\\\n]|\\.){12,})'|`([^`$\\]{12,})`/g)) {
      const literal = match[1] ?? match[2]?.replace(/\\'/g, "'").replace(/"/g, '\\"') ?? JSON.stringify(match[3]).slice(1, -1);
      try {
        sentences.push(JSON.parse(`"${literal}"`) as string);
      } catch {
        // not a plain JSON-compatible literal: skipped
      }
    }
  }
  return [...new Set(sentences)];
}

const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const zeroWidth = (text: string) => text.replace(/(.{5})/gsu, "$1\u200b");

function textSets(): Array<[string, string[]]> {
  const labelled = jsonLinesIfPresent(join(root, "eval/privacy/dataset.jsonl"), (record) => record.prompt);
  const dev2 = ["2", "3", "judge"].flatMap((name) => jsonLinesIfPresent(join(root, `eval/privacy/dataset-dev-${name}.jsonl`), (record) => record.prompt));
  const generated = [11, 22, 33].flatMap((seed) => generate(seed).map((record) => record.prompt));
  const tests = testSentences();
  const own = [...labelled, ...dev2, ...generated, ...tests];
  const groups: string[] = [];
  for (let index = 0; index < own.length; index += 8) groups.push(own.slice(index, index + 8).join("\n\n"));
  const sharedDirectory = process.env.ROUTELLM_SHARED_DATASETS ?? join(root, "../shared/datasets");
  const shared = existsSync(sharedDirectory)
    ? readdirSync(sharedDirectory)
        .filter((name) => name.endsWith(".jsonl"))
        .flatMap((name) => jsonLinesIfPresent(join(sharedDirectory, name), (record) => record.prompt ?? record.text ?? record.question ?? record.turns))
    : [];
  const prompt = buildPrompt(2000);
  return [
    ["labelled set", labelled],
    ["development sets 2, 3 and judge", dev2],
    ["generated sets (seeds 11, 22, 33)", generated],
    ["string literals of test/unit/privacy-*.test.ts", tests],
    ["own prompts upper-cased", own.map((text) => text.toUpperCase())],
    ["own prompts lower-cased", own.map((text) => text.toLowerCase())],
    ["own prompts full-width", own.map(fullWidth)],
    ["own prompts with zero-width spaces", own.map(zeroWidth)],
    ["own prompts in groups of 8", groups],
    ["recorded prompts and answers (../shared/datasets)", [...new Set(shared)]],
    ["bench prompt and adversarial inputs (64 K)", [prompt, ...ADVERSARIAL_INPUTS.map(([, build]) => build(65_536))]],
  ];
}

const key = (text: string, finding: PrivacyFinding) =>
  `${finding.category}@${finding.start}-${finding.end}:${finding.rule}:${text.slice(finding.start, finding.end).length}`;

function compare(sets: Array<[string, string[]]>, oldScan: Scan, newScan: Scan, label: string): number {
  let differences = 0;
  let texts = 0;
  let findings = 0;
  for (const [name, list] of sets) {
    list.forEach((text, index) => {
      texts++;
      const before = oldScan(text);
      const after = newScan(text);
      findings += before.length;
      const same =
        before.length === after.length &&
        before.every(
          (finding, position) =>
            key(text, finding) === key(text, after[position]!) &&
            text.slice(finding.start, finding.end) === text.slice(after[position]!.start, after[position]!.end),
        );
      if (same) return;
      differences++;
      if (differences <= 20) {
        const onlyBefore = before.map((finding) => key(text, finding)).filter((entry) => !after.some((other) => key(text, other) === entry));
        const onlyAfter = after.map((finding) => key(text, finding)).filter((entry) => !before.some((other) => key(text, other) === entry));
        print(`  DIFFERENT (${label}) ${name} #${index}: only old ${JSON.stringify(onlyBefore)} only new ${JSON.stringify(onlyAfter)}`);
      }
    });
  }
  print(`  ${label}: ${texts} texts, ${findings} findings of the old scanner, ${differences} texts with different findings`);
  return differences;
}

function cpuMicros(task: () => unknown): number {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

function timing(oldScan: Scan, newScan: Scan, labelled: string[]): void {
  const load = () => `load average ${loadavg()[0]!.toFixed(2)}`;
  const prompt = buildPrompt(2000);
  print("");
  print(`CPU time, old (${base.slice(0, 12)}) vs new (working tree), interleaved in one process; ${load()}`);
  for (let index = 0; index < 600; index++) {
    oldScan(prompt);
    newScan(prompt);
  }
  const samples: [number[], number[]] = [[], []];
  for (let round = 0; round < 600; round++) {
    const first = round % 2;
    samples[first]!.push(cpuMicros(() => (first === 0 ? oldScan : newScan)(prompt)));
    samples[1 - first]!.push(cpuMicros(() => (first === 0 ? newScan : oldScan)(prompt)));
  }
  const [before, after] = samples.map((list) => list.sort((left, right) => left - right)) as [number[], number[]];
  const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
  print(`  2,000-token prompt (${prompt.length} chars), 600 scans each after 600 warm-up scans:`);
  print(`    old p50 ${percentile(before, 0.5)} µs  p99 ${percentile(before, 0.99)} µs  mean ${mean(before).toFixed(0)} µs`);
  print(
    `    new p50 ${percentile(after, 0.5)} µs  p99 ${percentile(after, 0.99)} µs  mean ${mean(after).toFixed(0)} µs  (mean ×${(mean(before) / mean(after)).toFixed(2)} faster)`,
  );
  const totals = [0, 0];
  for (let round = 0; round < 3; round++)
    for (const text of labelled) {
      totals[0]! += cpuMicros(() => oldScan(text));
      totals[1]! += cpuMicros(() => newScan(text));
    }
  print(
    `  labelled sets (${labelled.length} prompts × 3): old ${(totals[0]! / 1000).toFixed(0)} ms, new ${(totals[1]! / 1000).toFixed(0)} ms (×${(totals[0]! / totals[1]!).toFixed(2)})`,
  );
  print("  adversarial inputs at 262,144 characters, best of two, old → new ms:");
  for (const [name, build] of ADVERSARIAL_INPUTS) {
    const text = build(262_144);
    const best = (scan: Scan) =>
      Math.min(
        cpuMicros(() => scan(text)),
        cpuMicros(() => scan(text)),
      ) / 1000;
    const [oldMs, newMs] = [best(oldScan), best(newScan)];
    print(`    ${name.padEnd(26)} ${oldMs.toFixed(1).padStart(7)} → ${newMs.toFixed(1).padStart(7)} (×${(oldMs / newMs).toFixed(2)})`);
  }
  print(`  ${load()}`);
}

const createOldScanner = await loadBaseScanner();
print(`privacy scanner: base ${base.slice(0, 12)} vs working tree`);
const sets = textSets();
let differences = 0;
for (const options of [{}, { testValues: "sensitive" }] satisfies PrivacyScannerOptions[]) {
  const label = `testValues ${options.testValues ?? "default"}`;
  differences += compare(sets, createOldScanner(options).scan, createNewScanner(options).scan, label);
}
print(differences === 0 ? "IDENTICAL findings" : `DIFFERENT findings in ${differences} texts`);
if (!args.includes("--no-timing")) timing(createOldScanner().scan, createNewScanner().scan, [...sets[0]![1], ...sets[1]![1]]);
process.exitCode = differences === 0 ? 0 : 1;
