/**
 * What the privacy scanner's p99 on the bench's 2,000-token prompt is made of: after 1,000 warm-up
 * scans (as `npm run bench:privacy`), times `--scans` scans (default 3,000) one by one, in process CPU
 * time (the bench's measure: every thread of the process, so background GC and JIT threads count) and
 * in wall time, and records every garbage collection (PerformanceObserver "gc" entries). Prints p50,
 * p99 and p99.9 of both, then, for the scans at or above the CPU p99, how many overlapped a
 * collection (by kind), how many used more CPU than wall time (other threads of the process
 * working during the scan) and how many were taken off the core (wall time ≥ CPU time + 1 ms: another
 * process ran meanwhile), the p99 of the scans that no collection touched, and of those that neither
 * a collection nor the scheduler disturbed.
 * Run: node --import tsx scripts/privacy-p99-anatomy.ts [--scans N]
 * (with the Node of node_modules/.bin, as `npm run` uses: `npx node --import tsx …`)
 */
import { performance } from "node:perf_hooks";
import { collectionObserver } from "./gc-collections.js";
import { availableParallelism, loadavg } from "node:os";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { percentileOf, percentilesLine } from "../bench/stats.js";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const scans = argument("--scans", 3000);
const scanner = createPrivacyScanner();
const prompt = buildPrompt(2000);

const { collections, observer } = collectionObserver();
observer.observe({ entryTypes: ["gc"] });

for (let index = 0; index < 1000; index++) scanner.scan(prompt);

interface Sample {
  cpu: number;
  /** Kernel (system) part of `cpu`. */
  system: number;
  wall: number;
  start: number;
  end: number;
}
const samples: Sample[] = [];
for (let index = 0; index < scans; index++) {
  const start = performance.now();
  const before = process.cpuUsage();
  scanner.scan(prompt);
  const used = process.cpuUsage(before);
  const end = performance.now();
  samples.push({ cpu: used.user + used.system, system: used.system, wall: (end - start) * 1000, start, end });
}

// The observer reports asynchronously: let it deliver.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();

const percentile = percentileOf;
const print = (line = "") => process.stdout.write(`${line}\n`);
const describe = (name: string, values: number[]) => print(percentilesLine(name, values, 26));

const touched = (sample: Sample) => collections.filter((collection) => collection.start < sample.end && collection.end > sample.start);
print(`privacy scan p99 anatomy (node ${process.version}), ${scans} scans of the ${prompt.length}-character bench prompt after 1,000`);
print(`  load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
describe(
  "process CPU time",
  samples.map((sample) => sample.cpu),
);
describe(
  "wall time",
  samples.map((sample) => sample.wall),
);
const clean = samples.filter((sample) => touched(sample).length === 0);
describe(
  `CPU, no GC (${clean.length} scans)`,
  clean.map((sample) => sample.cpu),
);
const counts = new Map<string, number>();
for (const collection of collections) counts.set(collection.kind, (counts.get(collection.kind) ?? 0) + 1);
print(`  collections during the timed scans: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(", ") || "none"}`);
const threshold = percentile(
  samples.map((sample) => sample.cpu),
  0.99,
);
const slow = samples.filter((sample) => sample.cpu >= threshold);
const slowKinds = new Map<string, number>();
let slowWithCollection = 0;
let slowCpuOverWall = 0;
for (const sample of slow) {
  const kinds = new Set(touched(sample).map((collection) => collection.kind));
  if (kinds.size > 0) slowWithCollection++;
  for (const kind of kinds) slowKinds.set(kind, (slowKinds.get(kind) ?? 0) + 1);
  if (sample.cpu > sample.wall + 100) slowCpuOverWall++;
}
// Taken off its core during the scan (wall time at least 1 ms above CPU time): another process ran meanwhile and
// the scan resumed with cold caches (its tables, the text, the compiled code), which costs CPU time too.
const preempted = (sample: Sample) => sample.wall >= sample.cpu + 1000;
const slowPreempted = slow.filter(preempted).length;
print(
  `  scans at or above the CPU p99 (${threshold} µs): ${slow.length}; ${slowWithCollection} overlap a collection (${[...slowKinds].map(([kind, count]) => `${count} ${kind}`).join(", ") || "none"}); ${slowCpuOverWall} used > 100 µs more CPU than wall time; ${slowPreempted} were taken off the core (wall ≥ CPU + 1 ms)`,
);
const undisturbed = clean.filter((sample) => !preempted(sample));
describe(
  `CPU, no GC, not preempted (${undisturbed.length})`,
  undisturbed.map((sample) => sample.cpu),
);
print(
  `  scans taken off the core: ${samples.filter(preempted).length} of ${samples.length}; system (kernel) time in the scans at or above the CPU p99: ${slow.reduce((sum, sample) => sum + sample.system, 0)} µs of ${slow.reduce((sum, sample) => sum + sample.cpu, 0)} µs`,
);
const collectionMicros = collections.map((collection) => (collection.end - collection.start) * 1000);
if (collectionMicros.length > 0) describe("collection pause (wall)", collectionMicros);
