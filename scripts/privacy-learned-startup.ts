/**
 * Start-up cost of the learned second opinion: times, in this fresh process, the import of the privacy
 * module and `createPrivacyScanner` with `privacy.learned` off or on (the model's weights and the word
 * -> cluster-code table are read when the scanner is built), then the first scan of the bench's
 * 2,000-token prompt. Run: npx tsx scripts/privacy-learned-startup.ts [on|off]
 */
import { performance } from "node:perf_hooks";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";

const on = process.argv[2] !== "off";
const prompt = buildPrompt(2000);
const built = performance.now();
const scanner = createPrivacyScanner(on ? { learned: { enabled: true } } : {});
const scanned = performance.now();
scanner.scan(prompt);
const done = performance.now();
process.stdout.write(
  `learned ${on ? "on " : "off"}: createPrivacyScanner ${(scanned - built).toFixed(1)} ms, first 2,000-token scan ${(done - scanned).toFixed(1)} ms\n`,
);
