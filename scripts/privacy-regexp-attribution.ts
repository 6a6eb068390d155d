/**
 * Which patterns fill V8's code space (issue #15; docs/benchmarks.md, "why the slowest adversarial input costs ~4×
 * more"): once the isolate holds more than 16 MB of executable memory, V8 compiles every later regexp without its
 * optimisations. This script wraps `RegExp.prototype.exec` (with it replaced, V8's `test`, `replace`, `match`, `split`
 * and `matchAll` call it too), scans the labelled and development sets three times and 20 K of the counting input (the
 * traffic of `scripts/privacy-regexp-code.ts --traffic`), and charges the growth of the code space during each call
 * to the pattern that ran (V8 compiles a regexp lazily, at its first runs on a subject representation). It prints the
 * sum, the split by the subject's representation (one-byte or two-byte string: each compiles separately; read from
 * `v8.serialize`'s string tag), the sources compiled for both, the sources compiled under several flag sets, and the
 * largest sources with the first frame under src/ that compiled them.
 * Slower than a scan (each call reads the heap statistics): a measurement, not a timing.
 * Run: npx tsx scripts/privacy-regexp-attribution.ts [--root DIR] [--top N]
 *   --root: the repository to load the scanner and the sets from (a copy of another commit; default this one).
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapSpaceStatistics, serialize } from "node:v8";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const root = resolve(option("--root") ?? fileURLToPath(new URL("..", import.meta.url)));
const top = Number(option("--top") ?? 30);
const print = (line: string) => process.stdout.write(`${line}\n`);
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2);
const codeSpace = (field: "space_used_size" | "space_size") =>
  getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith("code"))
    .reduce((sum, space) => sum + space[field], 0);
/** The V8 serializer tags a one-byte string `"` (0x22) and a two-byte string `c`, after its two header bytes. */
const isOneByte = (subject: string) => serialize(subject)[2] === 0x22;

interface Charge {
  oneByte: number;
  twoByte: number;
  flags: Set<string>;
  site: string;
}
const charges = new Map<string, Charge>();
const byFlags = new Map<string, Map<string, number>>();
const originalExec = RegExp.prototype.exec;
RegExp.prototype.exec = function exec(this: RegExp, subject: string) {
  const before = codeSpace("space_used_size");
  const result = originalExec.call(this, subject);
  const grown = codeSpace("space_used_size") - before;
  if (grown > 0) {
    const key = `/${this.source}/${this.flags}`;
    let charge = charges.get(key);
    if (charge === undefined) {
      const frame = (new Error().stack ?? "").split("\n").find((line) => line.includes("/src/")) ?? "";
      charge = { oneByte: 0, twoByte: 0, flags: new Set(), site: frame.replace(/^.*\/src\//, "src/").replace(/\)$/, "") };
      charges.set(key, charge);
    }
    if (isOneByte(String(subject))) charge.oneByte += grown;
    else charge.twoByte += grown;
    let flags = byFlags.get(this.source);
    if (flags === undefined) byFlags.set(this.source, (flags = new Map()));
    flags.set(this.flags, (flags.get(this.flags) ?? 0) + grown);
  }
  return result;
};

const { createPrivacyScanner } = (await import(`${root}/src/privacy/index.js`)) as typeof import("../src/privacy/index.js");
const { BENCH_ADVERSARIAL_INPUTS } = (await import(`${root}/bench/privacy-workload.js`)) as typeof import("../bench/privacy-workload.js");
const readPrompts = (path: string): string[] =>
  readFileSync(`${root}/${path}`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => String((JSON.parse(line) as { prompt: unknown }).prompt));

print(`regexp code by pattern, ${root}, ${new Date().toISOString()}, load ${loadavg()[0]!.toFixed(2)}`);
const scanner = createPrivacyScanner();
// Development material only (never the held-out independent sets), as bench:privacy [3/5].
const texts = [...readPrompts("eval/privacy/dataset.jsonl"), ...["2", "3", "judge"].flatMap((name) => readPrompts(`eval/privacy/dataset-dev-${name}.jsonl`))];
for (let round = 0; round < 3; round++) for (const text of texts) scanner.scan(text);
const [, build] = BENCH_ADVERSARIAL_INPUTS.find(([name]) => name === "first-person amounts, €, counting")!;
scanner.scan(build(20_000));

const rows = [...charges].map(([key, charge]) => ({ key, ...charge, total: charge.oneByte + charge.twoByte }));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const both = rows.filter((row) => row.oneByte > 0 && row.twoByte > 0);
const multiFlag = [...byFlags.values()].filter((flags) => flags.size > 1).map((flags) => sum([...flags.values()]) - Math.max(...flags.values()));
print(
  `  ${texts.length} prompts × 3 and 20 K of the counting input: ${megabytes(sum(rows.map((row) => row.total)))} MB of regexp code charged to ` +
    `${rows.length} pattern compilations (source + flags); code space used ${megabytes(codeSpace("space_used_size"))} MB, ` +
    `committed ${megabytes(codeSpace("space_size"))} MB`,
);
print(
  `  by subject: one-byte ${megabytes(sum(rows.map((row) => row.oneByte)))} MB, two-byte ${megabytes(sum(rows.map((row) => row.twoByte)))} MB; ` +
    `${both.length} compiled for both (${megabytes(sum(both.map((row) => row.total)))} MB, the smaller side ${megabytes(sum(both.map((row) => Math.min(row.oneByte, row.twoByte))))} MB)`,
);
print(`  sources compiled under more than one flag set: ${multiFlag.length}, beyond one set each ${megabytes(sum(multiFlag))} MB`);
const sorted = rows.sort((left, right) => right.total - left.total);
let running = 0;
const cumulative = new Map<number, number>();
sorted.forEach((row, index) => {
  running += row.total;
  if ([10, 20, 50, 100, 200].includes(index + 1)) cumulative.set(index + 1, running);
});
print(`  the largest 10 / 20 / 50 / 100 / 200: ${[...cumulative].map(([, bytes]) => megabytes(bytes)).join(" / ")} MB`);
print(`  MB (one-byte + two-byte)  length  source/flags  (first src/ frame)`);
for (const row of sorted.slice(0, top))
  print(
    `  ${megabytes(row.total)} (${megabytes(row.oneByte)} + ${megabytes(row.twoByte)})  ${row.key.length}  ${row.key.slice(0, 90).replace(/\s/g, " ")}${row.key.length > 90 ? "…" : ""}  (${row.site.trim()})`,
  );
