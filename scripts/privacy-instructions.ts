/**
 * Machine instructions per privacy scan of the bench's ~2,000-token prompt, counted by Valgrind's
 * callgrind (a count that the machine's load does not move, unlike CPU time on a shared machine). Runs
 * this script twice under `valgrind --tool=callgrind` with the same warm-up (1,000 scans, as `npm run
 * bench:privacy`), once with no measured scans and once with `--scans` more (default 500), and prints
 * the difference of the two totals divided by the measured scans. Node runs `--single-threaded` (no
 * background compiler or collector threads, so both runs do the same work; the scavenges of the
 * measured scans are in the count) with a fixed `--random-seed`. Needs valgrind on the PATH; a few
 * minutes on a quiet machine (callgrind runs node ~50× slower), ~20 per run at load 10–17.
 * Caveat (4 December 2026): a discrete event (an optimising compilation, a full collection) that
 * falls in one run's measured scans and in the other's warm-up moves the result by its whole cost
 * divided by the measured scans (~1.3 M instructions per scan for a 0.4 G event at 300 scans):
 * compare the printed run totals too, and use more measured scans or repeated runs before calling a
 * difference.
 * Run: npx tsx scripts/privacy-instructions.ts [--scans N]
 * (the counting child runs: node --single-threaded --import tsx scripts/privacy-instructions.ts --child W M)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";

const WARM_UP = 1000;
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const childIndex = process.argv.indexOf("--child");

if (childIndex >= 0) {
  const warm = Number(process.argv[childIndex + 1]);
  const measured = Number(process.argv[childIndex + 2]);
  const scanner = createPrivacyScanner();
  const prompt = buildPrompt(2000);
  let findings = 0;
  for (let index = 0; index < warm + measured; index++) findings += scanner.scan(prompt).length;
  process.stdout.write(`${findings}\n`);
} else {
  const scans = argument("--scans", 500);
  const directory = mkdtempSync(join(tmpdir(), "privacy-instructions-"));
  const script = fileURLToPath(import.meta.url);
  /** Total instructions (callgrind's "summary" line) of one child run. */
  const count = (measured: number): number => {
    const out = join(directory, `callgrind.${measured}.out`);
    const result = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        `--callgrind-out-file=${out}`,
        "--smc-check=all-non-file",
        "--dump-instr=no",
        "--compress-strings=no",
        process.execPath,
        "--single-threaded",
        "--random-seed=1",
        "--import",
        "tsx",
        script,
        "--child",
        String(WARM_UP),
        String(measured),
      ],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    if (result.status !== 0) throw new Error(`valgrind exited with ${result.status}: ${result.stderr.slice(-2000)}`);
    const summary = /^summary:\s+(\d+)/m.exec(readFileSync(out, "utf8"));
    if (summary === null) throw new Error(`no summary line in ${out}`);
    return Number(summary[1]);
  };
  const prompt = buildPrompt(2000);
  const base = count(0);
  const total = count(scans);
  rmSync(directory, { recursive: true, force: true });
  const perScan = (total - base) / scans;
  process.stdout.write(
    `privacy scan instructions (callgrind, node ${process.version} --single-threaded): ${prompt.length}-char bench prompt, ` +
      `${WARM_UP} warm-up scans, ${scans} measured: ${(perScan / 1e6).toFixed(3)} M instructions per scan ` +
      `(runs: ${(base / 1e9).toFixed(3)} G and ${(total / 1e9).toFixed(3)} G)\n`,
  );
}
