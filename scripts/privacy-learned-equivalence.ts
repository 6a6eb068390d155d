/**
 * Learned-model fingerprint: the shipped model's two probabilities (their float64 bits) and the findings
 * of the scanner with `privacy.learned` on, for every development set prompt (TRAINING_SETS and TEST_SETS
 * of scripts/privacy-model.ts; never the held-out independent sets), the recorded prompts in
 * ../shared/datasets (read by path), their upper-cased variants, the bench's 2,000-token prompt and its
 * adversarial inputs (64 K characters). Prints one SHA-256 per group and in total: a speed change of
 * src/privacy/learned/ must leave every hash as it was. Values are never printed.
 * Run: npx tsx scripts/privacy-learned-equivalence.ts
 */
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADVERSARIAL_INPUTS, buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { createScanAnalyser } from "../src/privacy/scanner.js";
import { normalizeForScan } from "../src/privacy/normalize.js";
import { promptFeatures } from "../src/privacy/learned/features.js";
import { learnedProbabilities, loadLearnedModel } from "../src/privacy/learned/model.js";
import { jsonLines, sharedDatasetTexts } from "./lib/json-lines.js";
import { TEST_SETS, TRAINING_SETS } from "./privacy-model.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const development = [...TRAINING_SETS, ...TEST_SETS].flatMap(([, file]) => jsonLines(join(root, "eval/privacy", file), (record) => record.prompt));
const shared = sharedDatasetTexts(root);
const groups: Array<[string, string[]]> = [
  ["development sets", development],
  ["development sets upper-cased", development.map((text) => text.toUpperCase())],
  ["shared datasets", shared],
  ["bench prompt and adversarial inputs (64 K)", [buildPrompt(2000), ...ADVERSARIAL_INPUTS.map(([, build]) => build(65_536))]],
];

const model = loadLearnedModel();
const analyse = createScanAnalyser({}, true);
const scanner = createPrivacyScanner({ learned: { enabled: true } });
const bits = new Float64Array(2);
const total = createHash("sha256");
const lines: string[] = [];
let texts = 0;
for (const [name, list] of groups) {
  const group = createHash("sha256");
  let added = 0;
  list.forEach((prompt, index) => {
    texts++;
    const analysis = analyse(normalizeForScan(prompt).text);
    const probabilities = learnedProbabilities(model, promptFeatures(analysis.lower, analysis.signals!, model.buckets, model.ruleFindings));
    bits[0] = probabilities.health;
    bits[1] = probabilities.financial;
    const findings = scanner.scan(prompt);
    added += findings.filter((finding) => finding.rule.startsWith("learned-")).length;
    const entry = `${index}|${Buffer.from(bits.buffer).toString("hex")}|${findings.map((finding) => `${finding.category}:${finding.start}:${finding.end}:${finding.rule}`).join(",")}\n`;
    group.update(entry);
    total.update(entry);
  });
  lines.push(`${name.padEnd(44)} ${String(list.length).padStart(6)} texts ${String(added).padStart(5)} learned findings ${group.digest("hex").slice(0, 16)}`);
}
lines.push(`total ${texts} texts, sha256 ${total.digest("hex")}`);
process.stdout.write(`${lines.join("\n")}\n`);
