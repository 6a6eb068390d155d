/**
 * Old against new privacy scanner on the bench's 2,000-token prompt, in one process: the scanner of a
 * base commit (default: the merge base of HEAD and main, unpacked under tmp/ as
 * scripts/privacy-same-findings.ts does) and the working tree's, each warmed up with 1,000 scans, then
 * timed in alternating batches (CPU time; the machine's load hits both alike). Prints the median of
 * the batch means for the whole scan and for each detector named on the command line (each detector
 * run on the normalised prompt, keyword pass answered once per text as in a scan). `parts` (session 39) splits the
 * scan: normalisation, the keyword pass, the built-in detectors' loop as the scanner runs it (keyword pass and shared
 * passes included), the letter-spacing pass where the tree has one, and the rest (letter-spacing, judgement, overlaps).
 * Run: npx tsx scripts/privacy-detector-ab.ts [--base REF] [scan] [parts] [detector names…]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { BUILTIN_DETECTORS } from "../src/privacy/detectors/index.js";
import { normalizeForScan } from "../src/privacy/normalize.js";
import { collapseLetterSpacing } from "../src/privacy/letter-spacing.js";
import { containsAny, forgetKeywordPresence } from "../src/privacy/detector.js";
import { forgetDigitRuns } from "../src/privacy/digit-runs.js";
import { forgetTextRuns } from "../src/privacy/text-runs.js";
import type { Detector } from "../src/privacy/detector.js";
import type { PrivacyScanner } from "../src/privacy/types.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const git = (...gitArgs: string[]) => execFileSync("git", gitArgs, { cwd: root, encoding: "utf8" }).trim();
const baseIndex = args.indexOf("--base");
const base = git("rev-parse", baseIndex >= 0 ? args[baseIndex + 1]! : git("merge-base", "HEAD", "main"));
const names = baseIndex < 0 ? args : args.filter((_arg, index) => index !== baseIndex && index !== baseIndex + 1);

const directory = join(root, "tmp", `privacy-base-${base.slice(0, 12)}`);
if (!existsSync(join(directory, "src/privacy/index.ts"))) {
  mkdirSync(directory, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${base} src data | tar -x -C "${directory}"`], { cwd: root });
}
const importBase = async <T>(path: string) => (await import(pathToFileURL(join(directory, path)).href)) as T;
const old = await importBase<{ createPrivacyScanner: () => PrivacyScanner }>("src/privacy/index.ts");
const oldDetectors = (await importBase<{ BUILTIN_DETECTORS: Detector[] }>("src/privacy/detectors/index.ts")).BUILTIN_DETECTORS;
type Passes = { forgetKeywordPresence(): void; containsAny(lower: string, stems: readonly string[]): boolean };
const oldPasses = await importBase<Passes>("src/privacy/detector.ts");
const oldForget = [
  oldPasses.forgetKeywordPresence,
  (await importBase<{ forgetDigitRuns(): void }>("src/privacy/digit-runs.ts")).forgetDigitRuns,
  (await importBase<{ forgetTextRuns(): void }>("src/privacy/text-runs.ts")).forgetTextRuns,
];
const oldNormalize = (await importBase<{ normalizeForScan: typeof normalizeForScan }>("src/privacy/normalize.ts")).normalizeForScan;
const oldCollapse = existsSync(join(directory, "src/privacy/letter-spacing.ts"))
  ? (await importBase<{ collapseLetterSpacing: typeof collapseLetterSpacing }>("src/privacy/letter-spacing.ts")).collapseLetterSpacing
  : undefined;

const prompt = buildPrompt(2000);
const oldScanner = old.createPrivacyScanner();
const newScanner = createPrivacyScanner();
for (let index = 0; index < 1000; index++) {
  oldScanner.scan(prompt);
  newScanner.scan(prompt);
}
const text = normalizeForScan(prompt).text;
const lower = text.toLowerCase();
const ignore = () => undefined;
const cpu = (task: () => void, calls: number) => {
  const before = process.cpuUsage();
  for (let call = 0; call < calls; call++) task();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
};
const median = (values: number[]) => [...values].sort((left, right) => left - right)[values.length >> 1]!;

function compare(label: string, oldTask: () => void, newTask: () => void, batches: number, calls: number): void {
  const oldMeans: number[] = [];
  const newMeans: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    oldMeans.push(cpu(oldTask, calls));
    newMeans.push(cpu(newTask, calls));
  }
  process.stdout.write(`  ${label.padEnd(32)} old ${median(oldMeans).toFixed(1).padStart(8)} µs   new ${median(newMeans).toFixed(1).padStart(8)} µs\n`);
}

process.stdout.write(
  `privacy scanner A/B, base ${base.slice(0, 12)} vs working tree, median of batch means (CPU µs per call); load ${loadavg()[0]!.toFixed(2)}\n`,
);
if (names.length === 0 || names.includes("scan"))
  compare(
    "whole scan",
    () => void oldScanner.scan(prompt),
    () => void newScanner.scan(prompt),
    40,
    25,
  );
if (names.includes("parts")) {
  // The scanner's detector loop (scanner.ts): lower-casing, every built-in detector, the per-text passes forgotten.
  const loop = (detectors: readonly Detector[], forget: ReadonlyArray<() => void>) => () => {
    const lowered = text.toLowerCase();
    for (const detector of detectors) detector.run(text, ignore, lowered);
    for (const pass of forget) pass();
  };
  const newForget = [forgetKeywordPresence, forgetDigitRuns, forgetTextRuns];
  const probe = ["\u0000"];
  compare(
    "normalise",
    () => void oldNormalize(prompt),
    () => void normalizeForScan(prompt),
    40,
    50,
  );
  compare(
    "keyword pass",
    () => (oldPasses.forgetKeywordPresence(), oldPasses.containsAny(lower, probe)),
    () => (forgetKeywordPresence(), containsAny(lower, probe)),
    40,
    50,
  );
  compare("detector loop", loop(oldDetectors, oldForget), loop(BUILTIN_DETECTORS, newForget), 40, 25);
  compare(
    "letter-spacing pass",
    () => void oldCollapse?.(text),
    () => void collapseLetterSpacing(text),
    40,
    50,
  );
}
for (const name of names.filter((candidate) => candidate !== "scan" && candidate !== "parts")) {
  const oldDetector = oldDetectors.find((detector) => detector.name === name);
  const newDetector = BUILTIN_DETECTORS.find((detector) => detector.name === name);
  if (!oldDetector || !newDetector) {
    process.stdout.write(`  ${name}: no such detector in both\n`);
    continue;
  }
  compare(
    name,
    () => oldDetector.run(text, ignore, lower),
    () => newDetector.run(text, ignore, lower),
    30,
    50,
  );
}
