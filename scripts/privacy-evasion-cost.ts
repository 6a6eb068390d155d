/**
 * Cost of the session-39 evasion passes on 1 MB adversarial inputs (escapes, escapes of escapes, homoglyph words, dashes
 * in numbers): the whole scan's CPU time on 250 K and 1 M characters of each unit repeated (best of three), and the
 * ratio (4 for a linear cost). Run: npx tsx scripts/privacy-evasion-cost.ts
 */
import { createPrivacyScanner } from "../src/privacy/index.js";

const scanner = createPrivacyScanner();
const cpu = (task: () => void) => {
  const started = process.cpuUsage();
  task();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
for (const unit of ["\\u0040", "&#64;", "%2525", "&amp;amp;", "\\x40", "\\u{40}", "p\u0430", "p\u0430\u0301 ", "1\u2013"]) {
  const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const small = large.slice(0, 250_000);
  scanner.scan(small);
  const best = (text: string) => Math.min(...[0, 1, 2].map(() => cpu(() => scanner.scan(text))));
  const [smallMs, largeMs] = [best(small), best(large)];
  console.log(
    `${JSON.stringify(unit).padEnd(14)} 250 K ${smallMs.toFixed(0).padStart(4)} ms  1 M ${largeMs.toFixed(0).padStart(4)} ms  ratio ${(largeMs / smallMs).toFixed(1)}`,
  );
}
