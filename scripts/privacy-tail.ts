/**
 * The privacy scan's slowest scans (issue #15's p99 on the bench's 2,000-token prompt), scan by scan: after
 * `--warmup` scans (default 1,000, as `npm run bench:privacy`; V8 still compiles detectors with TurboFan on a background
 * thread until ~8,000, scripts/privacy-jit-late.ts), times `--scans` scans (default 3,000) one by one and records
 * for each its process CPU time (the bench's measure), wall time, the growth of V8's used heap during it (bytes
 * allocated, when no collection ran), and every garbage collection that overlapped it (PerformanceObserver "gc"
 * entries). Then sorts the scans at or above the CPU p99 (the slowest 1%) into causes, first that applies:
 *   - a collection ran during the scan (by kind: scavenge, mark-compact, incremental marking, weak callbacks);
 *   - the scan was taken off its core (wall ≥ CPU + 1 ms: another process ran meanwhile, and the scan resumed
 *     with cold caches);
 *   - other threads of the process worked during it (CPU > wall + 100 µs: a background TurboFan compile, a GC
 *     helper; scripts/privacy-jit-late.ts lists the compiles; process.threadCpuUsage is too coarse on Linux for a
 *     1 ms scan, tick-based);
 *   - the scan allocated far more than the median scan (≥ 2×: a cache filled, a table rebuilt);
 *   - none of these (the scan's own variance).
 * A second, untimed phase of `--census` scans (default 200) counts what a warmed-up scan constructs through the
 * global constructors (`new RegExp`, `new Map`, `new Set`, typed arrays, `new Function`): work done per scan that
 * could be done once per scanner (the wrappers are installed only for that phase; regex literals and array and
 * object literals are not counted, the byte figures cover them). Also prints the young generation's size, the
 * bytes allocated between two scavenges, the scavenges' pauses, and the old generation's growth over the timed scans
 * (objects that survive a scan: caches that grow, or promoted garbage).
 * Analysis only; the product and the bench run with default flags.
 * Run: npx tsx scripts/privacy-tail.ts [--scans N] [--warmup N] [--census N]
 */
import { performance } from "node:perf_hooks";
import { collectionObserver } from "./gc-collections.js";
import { availableParallelism, loadavg } from "node:os";
import { getHeapSpaceStatistics, getHeapStatistics } from "node:v8";
import { readFileSync, readdirSync } from "node:fs";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { percentileOf, percentilesLine } from "../bench/stats.js";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const scans = argument("--scans", 3000);
const censusScans = argument("--census", 200);
const warmup = argument("--warmup", 1000);
const print = (line = "") => process.stdout.write(`${line}\n`);
const scanner = createPrivacyScanner();
const prompt = buildPrompt(2000);

const { collections, observer } = collectionObserver();

for (let index = 0; index < warmup; index++) scanner.scan(prompt);

interface Sample {
  cpu: number;
  wall: number;
  /** Growth of the used heap during the scan, less the measure's own allocation (meaningless when a collection ran). */
  bytes: number;
  start: number;
  end: number;
}
const spaceUsed = (name: string) => getHeapSpaceStatistics().find((space) => space.space_name === name)?.space_used_size ?? 0;
/** One measured call: CPU µs, wall µs, heap growth in bytes. */
function measure(task: () => unknown): Sample {
  const used = getHeapStatistics().used_heap_size;
  const start = performance.now();
  const before = process.cpuUsage();
  task();
  const cpu = process.cpuUsage(before);
  const end = performance.now();
  const bytes = getHeapStatistics().used_heap_size - used;
  return { cpu: cpu.user + cpu.system, wall: (end - start) * 1000, bytes, start, end };
}
// The measure's own allocation (its result objects): the median growth of an empty call.
const empties = Array.from({ length: 200 }, () => measure(() => undefined).bytes).sort((left, right) => left - right);
const overhead = empties[100]!;

/** CPU µs used so far by the process's threads other than the main one (Linux: /proc/self/task/<tid>/stat; 0 elsewhere). */
function otherThreadsMicros(): number {
  let ticks = 0;
  try {
    for (const tid of readdirSync("/proc/self/task")) {
      if (Number(tid) === process.pid) continue;
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    }
  } catch {
    return 0;
  }
  return (ticks * 1e6) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100;
const otherBefore = otherThreadsMicros();
const oldBefore = spaceUsed("old_space");
observer.observe({ entryTypes: ["gc"] });
const samples: Sample[] = [];
for (let index = 0; index < scans; index++) {
  const sample = measure(() => scanner.scan(prompt));
  sample.bytes -= overhead;
  samples.push(sample);
}
// The observer reports asynchronously: let it deliver.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const oldAfter = spaceUsed("old_space");
const otherAfter = otherThreadsMicros();

const percentile = percentileOf;
const touched = (sample: Sample) => collections.filter((collection) => collection.start < sample.end && collection.end > sample.start);
const clean = samples.filter((sample) => touched(sample).length === 0);
const medianBytes = percentile(
  clean.map((sample) => sample.bytes),
  0.5,
);
const describe = (name: string, values: number[]) => print(percentilesLine(name, values, 30));
print(`privacy scan tail (node ${process.version}): ${scans} scans of the ${prompt.length}-character bench prompt after ${warmup}`);
print(`  load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);
describe(
  "process CPU time",
  samples.map((sample) => sample.cpu),
);
describe(
  "wall time",
  samples.map((sample) => sample.wall),
);
const processCpu = samples.reduce((sum, sample) => sum + sample.cpu, 0);
print(
  `  the process's other threads (V8's background compiles, GC helpers, concurrent marking): ${((otherAfter - otherBefore) / 1000).toFixed(0)} ms of CPU over the timed scans, ${((100 * (otherAfter - otherBefore)) / processCpu).toFixed(1)}% of the scans' process CPU time (/proc/self/task, clock ticks); scans with CPU > wall + 100 µs: ${samples.filter((sample) => sample.cpu > sample.wall + 100).length}`,
);
describe(
  `CPU, no collection (${clean.length})`,
  clean.map((sample) => sample.cpu),
);

// Allocation and collections.
const counts = new Map<string, number>();
for (const collection of collections) counts.set(collection.kind, (counts.get(collection.kind) ?? 0) + 1);
const scavenges = collections.filter((collection) => collection.kind === "scavenge");
const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
print(
  `  allocation: ${(medianBytes / 1024).toFixed(1)} KB a scan (median heap growth of the ${clean.length} scans no collection touched; p90 ${(
    percentile(
      clean.map((sample) => sample.bytes),
      0.9,
    ) / 1024
  ).toFixed(1)} KB)`,
);
print(
  `  collections during the timed scans: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(", ") || "none"} = ${((scavenges.length * 1500) / scans).toFixed(1)} scavenges per 1,500 scans; one per ${(scans / Math.max(1, scavenges.length)).toFixed(0)} scans ≈ ${((scans * medianBytes) / Math.max(1, scavenges.length) / 1048576).toFixed(1)} MB allocated between two (new space ${((newSpace?.space_size ?? 0) / 1048576).toFixed(1)} MB)`,
);
if (scavenges.length > 0) {
  const pauses = scavenges.map((collection) => (collection.end - collection.start) * 1000);
  print(
    `  scavenge pause (wall): p50 ${percentile(pauses, 0.5).toFixed(0)} µs, max ${percentile(pauses, 1).toFixed(0)} µs; old space ${(oldBefore / 1048576).toFixed(2)} → ${(oldAfter / 1048576).toFixed(2)} MB over the timed scans (${((oldAfter - oldBefore) / scans).toFixed(0)} bytes a scan kept or promoted)`,
  );
}

// The slowest 1%, by cause.
const threshold = percentile(
  samples.map((sample) => sample.cpu),
  0.99,
);
const slow = samples.filter((sample) => sample.cpu >= threshold);
const causes = new Map<string, Sample[]>();
const median = percentile(
  samples.map((sample) => sample.cpu),
  0.5,
);
for (const sample of slow) {
  const kinds = [...new Set(touched(sample).map((collection) => collection.kind))];
  const cause =
    kinds.length > 0
      ? `collection (${kinds.join(" + ")})`
      : sample.wall >= sample.cpu + 1000
        ? "taken off the core (wall ≥ CPU + 1 ms)"
        : sample.cpu > sample.wall + 100
          ? "other threads of the process (CPU > wall + 100 µs)"
          : sample.bytes >= 2 * medianBytes
            ? "allocated ≥ 2× the median scan"
            : "none of these";
  causes.set(cause, [...(causes.get(cause) ?? []), sample]);
}
print(`  the slowest 1%: ${slow.length} scans at or above the CPU p99 (${threshold} µs; p50 ${median} µs), by cause:`);
for (const [cause, members] of [...causes].sort((left, right) => right[1].length - left[1].length)) {
  const cpu = members.map((sample) => sample.cpu);
  const wall = members.map((sample) => sample.wall);
  print(
    `    ${cause.padEnd(52)} ${String(members.length).padStart(3)} (${((100 * members.length) / slow.length).toFixed(0).padStart(3)}%)   CPU median ${percentile(cpu, 0.5).toFixed(0)} µs (wall ${percentile(wall, 0.5).toFixed(0)}), extra over p50 ${(percentile(cpu, 0.5) - median).toFixed(0)} µs`,
  );
}
const onScavenge = samples.filter((sample) => touched(sample).some((collection) => collection.kind === "scavenge"));
if (onScavenge.length > 0)
  print(
    `  scans a scavenge touched: ${onScavenge.length}, CPU median ${percentile(
      onScavenge.map((sample) => sample.cpu),
      0.5,
    ).toFixed(0)} µs (${onScavenge.filter((sample) => sample.cpu >= threshold).length} of them in the slowest 1%)`,
  );

// Census: what a warmed-up scan builds through the global constructors.
const constructed = new Map<string, number>();
const originals: Array<[string, unknown]> = [];
const CONSTRUCTORS = ["RegExp", "Map", "Set", "WeakMap", "Function", "Uint8Array", "Uint16Array", "Int32Array", "Uint32Array", "Float64Array", "ArrayBuffer"];
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of CONSTRUCTORS) {
  const original = globals[name] as new (...args: unknown[]) => object;
  originals.push([name, original]);
  globals[name] = new Proxy(original, {
    construct(target, args, newTarget) {
      const size = typeof args[0] === "number" ? ` (${args[0] >= 1024 ? "≥ 1,024" : "< 1,024"})` : "";
      const key = name === "RegExp" ? `RegExp /${String(args[0]).slice(0, 40)}/${String(args[1] ?? "")}` : `${name}${size}`;
      constructed.set(key, (constructed.get(key) ?? 0) + 1);
      return Reflect.construct(target, args, newTarget === globals[name] ? target : newTarget) as object;
    },
  });
}
for (let index = 0; index < censusScans; index++) scanner.scan(prompt);
for (const [name, original] of originals) globals[name] = original;
const made = [...constructed].sort((left, right) => right[1] - left[1]);
print(
  `  census over ${censusScans} more scans, per scan (global constructors): ${made.length === 0 ? "nothing" : made.map(([key, count]) => `${key} ${(count / censusScans).toFixed(2)}`).join("; ")}`,
);
