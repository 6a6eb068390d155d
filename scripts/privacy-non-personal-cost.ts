/**
 * CPU time of the session-32 non-personal-value judge (src/privacy/judgement/non-personal-values.ts) alone, on the
 * findings of the bench's 2,000-token prompt: 2,000 warm-up texts, then 20,000 timed; prints µs per text.
 * Run: npx tsx scripts/privacy-non-personal-cost.ts
 */
import { buildPrompt } from "../bench/privacy-workload.js";
import { createScanAnalyser } from "../src/privacy/scanner.js";
import { normalizeForScan } from "../src/privacy/normalize.js";
import { nonPersonalValueJudge } from "../src/privacy/judgement/non-personal-values.js";

const text = normalizeForScan(buildPrompt(2000)).text;
const findings = createScanAnalyser()(text).findings;
const judgeAll = () => {
  const judge = nonPersonalValueJudge();
  for (const finding of findings) judge(text, finding);
};
for (let index = 0; index < 2000; index++) judgeAll();
const texts = 20_000;
const start = process.cpuUsage();
for (let index = 0; index < texts; index++) judgeAll();
const used = process.cpuUsage(start);
const categories = [...new Set(findings.map((finding) => finding.category))].join(", ");
process.stdout.write(`${findings.length} findings (${categories}); ${((used.user + used.system) / texts).toFixed(2)} µs per text\n`);
