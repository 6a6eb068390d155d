/**
 * Late JIT work in the bench's steady state: the privacy scan of the bench's 2,000-token prompt, 1,000
 * warm-up scans (as `npm run bench:privacy`), then `--windows` windows (default 10) of 300 scans; per
 * window, how many functions V8's optimising compiler (TurboFan) compiled, their compile time (the
 * durations V8 reports for the compile phases, mostly on a background thread: wall time, so a loaded
 * machine inflates them; process CPU time, which `bench:privacy` measures, counts that thread's work
 * in whichever scans run meanwhile), the largest, and the deoptimisations. Analysis only: re-runs itself under
 * `--trace-opt --trace-deopt` (V8's public tracing flags) and reads their output; the product and
 * the bench run with default flags.
 * Run: npx tsx scripts/privacy-jit-late.ts [--windows N]
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";

const MARK = "@@window";
const windowsAt = process.argv.indexOf("--windows");
const windows = windowsAt >= 0 ? Number(process.argv[windowsAt + 1]) : 10;
const print = (line = "") => process.stdout.write(`${line}\n`);

if (!process.execArgv.includes("--trace-opt")) {
  const child = spawnSync(process.execPath, ["--trace-opt", "--trace-deopt", ...process.execArgv, ...process.argv.slice(1)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) {
    process.stderr.write(child.stderr);
    process.exit(child.status ?? 1);
  }
  interface Window {
    compiles: number;
    ms: number;
    largest: string;
    largestMs: number;
    deopts: number;
  }
  const found: Window[] = [];
  let current: Window | undefined;
  for (const line of child.stdout.split("\n")) {
    if (line.startsWith(MARK)) {
      current = { compiles: 0, ms: 0, largest: "", largestMs: 0, deopts: 0 };
      found.push(current);
      continue;
    }
    if (current === undefined) continue;
    if (line.startsWith("[bailout")) current.deopts++;
    const compiled = /^\[completed compiling .*?<JSFunction ([^ >]*)[^\]]*took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/.exec(line);
    if (compiled === null) continue;
    const ms = Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]);
    current.compiles++;
    current.ms += ms;
    if (ms > current.largestMs) {
      current.largestMs = ms;
      current.largest = compiled[1] || "(anonymous)";
    }
  }
  print(
    `privacy scan, late JIT work after 1,000 scans of the bench prompt (node ${process.version}); load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`,
  );
  print("  scans        TurboFan compiles   compile ms   largest                         deopts");
  found.forEach((window, index) => {
    const from = 1000 + index * 300;
    print(
      `  ${`${from + 1}-${from + 300}`.padEnd(12)} ${String(window.compiles).padStart(17)} ${window.ms.toFixed(1).padStart(12)}   ${`${window.largest} ${window.largestMs.toFixed(1)} ms`.padEnd(31)} ${String(window.deopts).padStart(6)}`,
    );
  });
} else {
  const { buildPrompt } = await import("../bench/privacy-workload.js");
  const { createPrivacyScanner } = await import("../src/privacy/index.js");
  const scanner = createPrivacyScanner();
  const prompt = buildPrompt(2000);
  for (let index = 0; index < 1000; index++) scanner.scan(prompt);
  for (let window = 0; window < windows; window++) {
    print(MARK);
    for (let index = 0; index < 300; index++) scanner.scan(prompt);
  }
}
