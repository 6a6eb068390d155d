/**
 * CPU time of the privacy scan on the bench's adversarial inputs at 64 K, 256 K and 1 M characters (best of two
 * scans each) and the growth per doubling of the input (linear = 2.0, quadratic = 4.0): a quicker look than
 * `npm run bench:privacy` at the inputs named on the command line (a part of the name is enough; all when none).
 * With `--base REF`, the scanner of that commit instead (unpacked under tmp/). `--sizes 16384,65536` picks the sizes.
 * Run: npx tsx scripts/privacy-adversarial-scaling.ts [--base REF] [--sizes N,N,…] [name …]
 */
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BENCH_ADVERSARIAL_INPUTS } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import type { PrivacyScanner } from "../src/privacy/types.js";
import { unpackBase } from "./lib/base-checkout.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const optionValues = new Set([option("--base"), option("--sizes")]);
const names = args.filter((arg) => !arg.startsWith("--") && !optionValues.has(arg));
const sizes = (option("--sizes") ?? "65536,262144,1048576").split(",").map(Number);
const baseRef = option("--base");

let scanner: PrivacyScanner = createPrivacyScanner();
let label = "working tree";
if (baseRef !== undefined) {
  const { commit, directory } = unpackBase(root, baseRef);
  const module = (await import(pathToFileURL(join(directory, "src/privacy/index.ts")).href)) as { createPrivacyScanner: () => PrivacyScanner };
  scanner = module.createPrivacyScanner();
  label = `base ${commit.slice(0, 12)}`;
}

const cpuMilliseconds = (task: () => void) => {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const print = (line: string) => process.stdout.write(`${line}\n`);

print(`privacy scan CPU ms (best of two) at ${sizes.join(", ")} characters, ${label}; ${new Date().toISOString()}, load ${loadavg()[0]!.toFixed(2)}`);
for (const [name, build] of BENCH_ADVERSARIAL_INPUTS) {
  if (names.length > 0 && !names.some((part) => name.includes(part))) continue;
  scanner.scan(build(10_000)); // compile the patterns this input reaches
  const times = sizes.map((size) => {
    const text = build(size);
    return Math.min(
      cpuMilliseconds(() => scanner.scan(text)),
      cpuMilliseconds(() => scanner.scan(text)),
    );
  });
  const perDoubling = (times.at(-1)! / times[0]!) ** (1 / Math.log2(sizes.at(-1)! / sizes[0]!));
  print(
    `  ${name.padEnd(28)} ${times.map((ms) => ms.toFixed(0).padStart(7)).join(" ")} ms   x${perDoubling.toFixed(2)} per doubling; load ${loadavg()[0]!.toFixed(2)}`,
  );
}
