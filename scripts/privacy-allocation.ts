/**
 * Bytes allocated per privacy scan of the bench's ~2,000-token prompt (bench/privacy-workload.ts),
 * in total and per stage (normalisation and lower-casing, the keyword pass, each built-in detector), and
 * the rest (the scanner's own work).
 * Allocation drives garbage collection, which is most of a scan's p99. Measured as the growth of
 * V8's used heap over a batch of calls with a young generation large enough that no collection runs
 * in the batch (a batch during which one ran is measured again). Re-runs itself with
 * `--expose-gc --max-semi-space-size=64` when started without them.
 * Run: npx tsx scripts/privacy-allocation.ts
 */
import { spawnSync } from "node:child_process";
import { getHeapSpaceStatistics, getHeapStatistics } from "node:v8";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { BUILTIN_DETECTORS } from "../src/privacy/detectors/index.js";
import { containsAny, forgetKeywordPresence } from "../src/privacy/detector.js";
import { normalizeForScan } from "../src/privacy/normalize.js";

const collect = (globalThis as { gc?: () => void }).gc;
if (collect === undefined) {
  const result = spawnSync(process.execPath, ["--expose-gc", "--max-semi-space-size=64", ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}

/** Bytes in the young generation: it only grows between collections. */
const youngBytes = () => getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_used_size ?? 0;
const print = (line = "") => process.stdout.write(`${line}\n`);

/** Bytes allocated per call of `task`, over batches of `calls` with no collection inside (the young generation never shrank; best of five). */
function bytesPerCall(task: () => unknown, calls = 50): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    collect!();
    const young = youngBytes();
    const used = getHeapStatistics().used_heap_size;
    for (let call = 0; call < calls; call++) task();
    const grown = getHeapStatistics().used_heap_size - used;
    if (youngBytes() >= young && grown >= 0) best = Math.min(best, grown / calls);
  }
  return best;
}

const scanner = createPrivacyScanner();
const prompt = buildPrompt(2000);
for (let index = 0; index < 1000; index++) scanner.scan(prompt); // steady state (JIT, caches)
const probe = ["\u0000"];
containsAny("", probe);
scanner.scan(prompt); // registers the probe in the keyword automaton
const text = normalizeForScan(prompt).text;
const lower = text.toLowerCase();
const kilobytes = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1).padStart(7)} KB` : "  (a collection ran in every batch)");

print(`privacy scan allocation, 2,000-token prompt (${prompt.length} chars), bytes per call after 1,000 scans`);
const whole = bytesPerCall(() => scanner.scan(prompt));
print(`  whole scan                        ${kilobytes(whole)}`);
const stages: Array<[string, number]> = [
  ["(normalise, lower-case)", bytesPerCall(() => normalizeForScan(prompt).text.toLowerCase())],
  ["(keyword pass)", bytesPerCall(() => (forgetKeywordPresence(), containsAny(lower, probe)))],
];
const ignore = () => undefined;
for (const detector of BUILTIN_DETECTORS) {
  containsAny(lower, probe);
  stages.push([detector.name, bytesPerCall(() => detector.run(text, ignore, lower))]);
}
forgetKeywordPresence();
stages.sort((left, right) => right[1] - left[1]);
print("  per stage (detectors after the keyword pass; top 15):");
for (const [name, bytes] of stages.slice(0, 15)) print(`    ${name.padEnd(32)}${kilobytes(bytes)}`);
const staged = stages.reduce((sum, [, bytes]) => sum + bytes, 0);
// The rest of the whole scan: the scanner's own work (candidates, overlaps, judgements, span mapping).
print(`  all ${stages.length} stages ${kilobytes(staged)}; the scanner's own work (whole scan minus stages) ${kilobytes(whole - staged)}`);
