/**
 * Each built-in detector's time inside the scanner's loop on the bench's 2,000-token prompt (session 52): after
 * `--warmup` scans (default 1,000, as scripts/privacy-tail.ts and the bench), every detector's `run` is wrapped with a
 * timer and `--scans` scans (default 2,000) are timed; prints the median wall µs per scan of each (the scan's own cache
 * and JIT state, unlike scripts/privacy-detector-ab.ts's detector alone on a warm cache), how many candidates it emitted
 * on one scan, and the shared passes the first detector would otherwise pay for (the keyword pass, the digit runs, the
 * text runs), timed apart before it. The wrappers add ~0.1 µs a call; the sum of the medians is not the scan's time
 * (normalisation, the folds, the judgement after the loop and the encoded tokens are outside the loop).
 * Run: npx tsx scripts/privacy-loop-times.ts [--warmup N] [--scans N] [--top N]
 */
import { loadavg } from "node:os";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { BUILTIN_DETECTORS } from "../src/privacy/detectors/index.js";
import { containsAny } from "../src/privacy/detector.js";
import { someDigitRunStart } from "../src/privacy/digit-runs.js";
import { letterRuns } from "../src/privacy/text-runs.js";
import type { Emit } from "../src/privacy/detector.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const warmup = option("--warmup", 1000);
const scans = option("--scans", 2000);
const top = option("--top", 25);
const prompt = buildPrompt(2000);
const scanner = createPrivacyScanner();
for (let index = 0; index < warmup; index++) scanner.scan(prompt);

const micros = () => performance.now() * 1000;
const times = new Map<string, number[]>();
const emitted = new Map<string, number>();
const record = (name: string, elapsed: number) => {
  const list = times.get(name);
  if (list === undefined) times.set(name, [elapsed]);
  else list.push(elapsed);
};
/** A stem list of its own: the keyword pass runs on the probe's first call for a text. */
const PROBE = ["\u0000"];
let counting = false;
BUILTIN_DETECTORS.forEach((detector, index) => {
  const run = detector.run.bind(detector);
  detector.run = (text: string, emit: Emit, lower: string) => {
    if (index === 0) {
      let started = micros();
      containsAny(lower, PROBE);
      record("(keyword pass)", micros() - started);
      started = micros();
      someDigitRunStart(text, () => false);
      record("(digit runs)", micros() - started);
      started = micros();
      letterRuns(text);
      record("(text runs)", micros() - started);
    }
    let count = 0;
    const counted: Emit = (...finding) => {
      count++;
      emit(...finding);
    };
    const started = micros();
    run(text, counted, lower);
    record(detector.name, micros() - started);
    if (counting) emitted.set(detector.name, (emitted.get(detector.name) ?? 0) + count);
  };
});
// The wrappers' own warm-up (and the automaton's rebuild with the probe list), then the timed scans.
for (let index = 0; index < 200; index++) scanner.scan(prompt);
times.clear();
const whole: number[] = [];
for (let index = 0; index < scans; index++) {
  counting = index === 0;
  const started = micros();
  scanner.scan(prompt);
  whole.push(micros() - started);
}
const median = (values: readonly number[]) => [...values].sort((left, right) => left - right)[values.length >> 1]!;
const rows = [...times].map(([name, values]) => [name, median(values)] as const).sort((left, right) => right[1] - left[1]);
const sum = rows.reduce((total, [, value]) => total + value, 0);
process.stdout.write(
  `privacy detectors in the scan's loop, ${prompt.length}-character bench prompt; load ${loadavg()[0]!.toFixed(2)}; ${warmup} warm-up scans, ${scans} timed\n` +
    `  whole scan median ${median(whole).toFixed(0)} µs (wall, with the wrappers); sum of the medians below ${sum.toFixed(0)} µs\n`,
);
for (const [name, value] of rows.slice(0, top))
  process.stdout.write(`  ${value.toFixed(1).padStart(7)} µs  ${String(emitted.get(name) ?? "").padStart(3)}  ${name}\n`);
