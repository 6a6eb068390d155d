/**
 * Per-scan cost of the learned second opinion, steadier than bench:privacy's 300 interleaved scans: after
 * 1,000 warm-up pairs, 2,000 scans of the bench's 2,000-token prompt by the rules alone and by the rules +
 * learned model, alternately (wall time per scan); prints both p50/p99 and the p50 difference.
 * Run: npx tsx scripts/privacy-learned-cost.ts
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";

const prompt = buildPrompt(2000);
const rules = createPrivacyScanner();
const learned = createPrivacyScanner({ learned: { enabled: true } });
for (let index = 0; index < 1000; index++) {
  rules.scan(prompt);
  learned.scan(prompt);
}
const rulesMicros: number[] = [];
const learnedMicros: number[] = [];
for (let index = 0; index < 2000; index++) {
  let start = performance.now();
  rules.scan(prompt);
  rulesMicros.push((performance.now() - start) * 1000);
  start = performance.now();
  learned.scan(prompt);
  learnedMicros.push((performance.now() - start) * 1000);
}
rulesMicros.sort((left, right) => left - right);
learnedMicros.sort((left, right) => left - right);
const at = (values: number[], quantile: number) => values[Math.floor(values.length * quantile)]!;
process.stdout.write(
  `2,000-token prompt, 2,000 scans each, alternately: rules p50 ${at(rulesMicros, 0.5).toFixed(0)} µs p99 ${at(rulesMicros, 0.99).toFixed(0)} µs; ` +
    `rules + learned p50 ${at(learnedMicros, 0.5).toFixed(0)} µs p99 ${at(learnedMicros, 0.99).toFixed(0)} µs; ` +
    `learned adds ${(at(learnedMicros, 0.5) - at(rulesMicros, 0.5)).toFixed(0)} µs at p50 (load average ${loadavg()[0]!.toFixed(2)})\n`,
);
