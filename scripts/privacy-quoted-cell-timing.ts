/**
 * Scan time of CSV tables whose one row holds a huge comma-holding quoted cell under a `name,salary` header, and the
 * same run as prose, at 10 … 160 KB (issue #15, session 36 review: quadratic through money-near-person's amount
 * pattern). Each shape is warmed up at 5 KB first; times are wall-clock milliseconds of one scan.
 * Run: npx tsx scripts/privacy-quoted-cell-timing.ts [shape]
 */
import { loadavg } from "node:os";
import { createPrivacyScanner } from "../src/privacy/index.js";

const scanner = createPrivacyScanner();
const cell = (unit: string) => (size: number) => `name,salary\nJohn,"${unit.repeat(Math.ceil(size / unit.length))}"`;
const shapes: Record<string, (size: number) => string> = {
  "1,000,": cell("1,000,"),
  "000,": cell("000,"),
  "12, (lakh)": cell("12,"),
  "000.": cell("000."),
  "000 ": cell("000 "),
  "Smith, ": cell("Smith, "),
  "prose 000,": (size) => `My salary is ${"000,".repeat(Math.ceil(size / 4))}`,
};
const only = process.argv[2];
process.stdout.write(`load ${loadavg()[0]!.toFixed(2)}, ${new Date().toISOString()}\n`);
for (const [name, make] of Object.entries(shapes)) {
  if (only !== undefined && name !== only) continue;
  scanner.scan(make(5_000));
  const times = [10, 20, 40, 80, 160].map((kb) => {
    const text = make(kb * 1024);
    const started = performance.now();
    scanner.scan(text);
    return `${kb} KB ${(performance.now() - started).toFixed(0)} ms`;
  });
  process.stdout.write(`${name.padEnd(12)} ${times.join("  ")}\n`);
}
