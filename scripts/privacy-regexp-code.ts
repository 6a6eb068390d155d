/**
 * Why the bench's slowest adversarial input costs ~4× more inside `npm run bench:privacy` than alone (session 36,
 * issue #15): V8 compiles a regexp without its optimisations (`TooMuchRegExpCode` in V8's regexp.cc: once the isolate
 * has generated over 1 MB of regexp code in all and holds over 16 MB of executable memory, every regexp compiled
 * afterwards gets the code `--no-regexp-optimization` gives), and the scanner's own patterns fill that space: each
 * pattern is compiled lazily, per subject representation (one-byte and two-byte), the large case-insensitive
 * lexicon alternations to 0.2–0.9 MB of machine code each. A pattern (or representation) first compiled after the
 * threshold stays slow for the life of the process.
 * This script scans the bench's `first-person amounts, €, counting` input (`--size`, default 262,144 characters; best
 * of two, CPU ms) in a fresh process, or after scanning the labelled and development sets three times (`--traffic`,
 * what `bench:privacy` [3/5] does before [4/5]), and prints the code space V8 holds at that point
 * (`v8.getHeapSpaceStatistics`). `--prompt` also times the bench's 2,000-token prompt (p50 / p99 of 300 scans after
 * 1,000) at the end. Compare with `node --no-regexp-optimization --import tsx scripts/privacy-regexp-code.ts`.
 * Run: npx tsx scripts/privacy-regexp-code.ts [--traffic] [--size N] [--prompt]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { getHeapSpaceStatistics } from "node:v8";
import { BENCH_ADVERSARIAL_INPUTS, buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";

const args = process.argv.slice(2);
const sizeIndex = args.indexOf("--size");
const size = sizeIndex >= 0 ? Number(args[sizeIndex + 1]) : 262_144;
const scanner = createPrivacyScanner();
const print = (line: string) => process.stdout.write(`${line}\n`);
const cpuMicros = (task: () => unknown) => {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return used.user + used.system;
};
const codeMegabytes = () =>
  getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith("code"))
    .reduce((sum, space) => sum + space.space_size, 0) / 1e6;
const readPrompts = (path: string): string[] =>
  readFileSync(new URL(path, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => String((JSON.parse(line) as { prompt: unknown }).prompt));

print(`privacy scan and V8's regexp code, ${new Date().toISOString()}, load ${loadavg()[0]!.toFixed(2)}, code space ${codeMegabytes().toFixed(1)} MB`);
if (args.includes("--traffic")) {
  // Development material only (never the held-out independent sets), as bench:privacy [3/5].
  const texts = [
    ...readPrompts("../eval/privacy/dataset.jsonl"),
    ...["2", "3", "judge"].flatMap((name) => readPrompts(`../eval/privacy/dataset-dev-${name}.jsonl`)),
  ];
  for (let round = 0; round < 3; round++) for (const text of texts) scanner.scan(text);
  print(`  after scanning ${texts.length} labelled and development prompts 3 times: code space ${codeMegabytes().toFixed(1)} MB`);
}
const [name, build] = BENCH_ADVERSARIAL_INPUTS.find(([candidate]) => candidate === "first-person amounts, €, counting")!;
const text = build(size);
scanner.scan(text.slice(0, 10_000)); // compile the patterns this input reaches, as the bench does
const times = [cpuMicros(() => scanner.scan(text)), cpuMicros(() => scanner.scan(text))];
print(
  `  ${name}, ${size.toLocaleString("en-US")} characters: ${(Math.min(...times) / 1000).toFixed(0)} ms CPU (best of two); code space ${codeMegabytes().toFixed(1)} MB`,
);
if (args.includes("--prompt")) {
  const prompt = buildPrompt(2000);
  for (let index = 0; index < 1000; index++) scanner.scan(prompt);
  const samples = Array.from({ length: 300 }, () => cpuMicros(() => scanner.scan(prompt))).sort((left, right) => left - right);
  print(`  2,000-token prompt after 1,000 scans: p50 ${samples[150]} µs, p99 ${samples[297]} µs; load ${loadavg()[0]!.toFixed(2)}`);
}
