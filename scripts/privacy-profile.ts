/**
 * Where a steady-state privacy scan of the bench's 2,000-token prompt spends its time. After 1,500
 * warm-up scans, profiles `--scans` scans (default 4,000) with V8's sampling profiler (node:inspector,
 * 25 µs interval) and prints the share of samples under each function the scanner calls directly (a
 * detector's `run`, normalisation, the judgement closures; the keyword pass is counted under the first
 * detector that asks for it), the share of self time per function (a regex's matching counts as the
 * self time of the function that calls `exec`/`test`) and the garbage collector's share.
 * With `--regex`: instead, the median wall time per scan of each regex over 300 scans (every
 * `exec`, `test`, `match`, `replace` … goes through RegExp.prototype.exec, wrapped here; each call also
 * pays a timer read, 0.05–0.5 µs with the load, so patterns called many times on short strings are overstated).
 * `--learned` scans with the learned second opinion on.
 * Run: npx tsx scripts/privacy-profile.ts [--scans N] [--regex] [--learned]
 */
import { Session } from "node:inspector/promises";
import { availableParallelism, loadavg } from "node:os";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";

const args = process.argv.slice(2);
const scans = args.includes("--scans") ? Number(args[args.indexOf("--scans") + 1]) : 4000;
const scanner = createPrivacyScanner(args.includes("--learned") ? { learned: { enabled: true } } : {});
const prompt = buildPrompt(2000);
const print = (line = "") => process.stdout.write(`${line}\n`);
const share = (count: number, total: number) => `${((100 * count) / total).toFixed(1).padStart(5)}%`;
for (let index = 0; index < 1500; index++) scanner.scan(prompt);
print(`privacy scan profile, ${prompt.length}-character bench prompt; load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`);

if (args.includes("--regex")) {
  const exec = RegExp.prototype.exec;
  const perPattern = new Map<string, { calls: number; scan: number; perScan: number[] }>();
  let timing = false;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    if (!timing) return exec.call(this, input);
    timing = false;
    const started = performance.now();
    const result = exec.call(this, input);
    const key = `/${this.source.slice(0, 90)}/${this.flags}`;
    const entry = perPattern.get(key) ?? { calls: 0, scan: 0, perScan: [] };
    entry.calls++;
    entry.scan += performance.now() - started;
    perPattern.set(key, entry);
    timing = true;
    return result;
  };
  const rounds = 300;
  for (let round = 0; round < rounds; round++) {
    timing = true;
    scanner.scan(prompt);
    timing = false;
    for (const entry of perPattern.values()) {
      entry.perScan.push(entry.scan * 1000);
      entry.scan = 0;
    }
  }
  RegExp.prototype.exec = exec;
  const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;
  const rows = [...perPattern].map(([key, entry]) => [key, median(entry.perScan), entry.calls / rounds] as const).sort((left, right) => right[1] - left[1]);
  print(`  regex passes, median µs per scan over ${rounds} scans (top 25 of ${rows.length}):`);
  for (const [key, micros, calls] of rows.slice(0, 25)) print(`  ${micros.toFixed(1).padStart(7)} µs ${calls.toFixed(0).padStart(5)} calls  ${key}`);
} else {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 25 });
  await session.post("Profiler.start");
  const started = performance.now();
  for (let index = 0; index < scans; index++) scanner.scan(prompt);
  const wall = ((performance.now() - started) / scans) * 1000;
  const { profile } = await session.post("Profiler.stop");
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (id: number) => {
    const frame = nodes.get(id)!.callFrame;
    return `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*\/src\/privacy\//, "").replace(/^.*\//, "")}`.trim();
  };
  const direct = new Map<string, number>();
  const self = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const sample of profile.samples ?? []) {
    add(self, name(sample));
    // The frame right under the innermost scanner.ts frame: what the scanner called.
    const chain: number[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) chain.unshift(id);
    let last = -1;
    chain.forEach((id, index) => {
      if (nodes.get(id)!.callFrame.url.endsWith("/privacy/scanner.ts")) last = index;
    });
    add(
      direct,
      last < 0 ? `(outside the scan) ${name(sample)}` : last + 1 < chain.length ? name(chain[last + 1]!) : `(scanner.ts itself) ${name(chain[last]!)}`,
    );
  }
  const total = profile.samples?.length ?? 1;
  print(`  ${scans} scans, ${wall.toFixed(0)} µs each under the profiler (wall), ${total} samples`);
  print("  by what the scanner calls (top 30):");
  for (const [key, count] of [...direct].sort((left, right) => right[1] - left[1]).slice(0, 30)) print(`    ${share(count, total)}  ${key}`);
  const collector = [...self].filter(([key]) => key.startsWith("(garbage collector)")).reduce((sum, [, count]) => sum + count, 0);
  print(`  garbage collector (on this thread): ${share(collector, total)}`);
  print("  self time (top 20):");
  for (const [key, count] of [...self].sort((left, right) => right[1] - left[1]).slice(0, 20)) print(`    ${share(count, total)}  ${key}`);
}
