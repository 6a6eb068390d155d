/**
 * Findings fingerprint: runs the privacy scanner over the labelled set, every development set
 * (eval/privacy/dataset-dev-*.jsonl; never the held-out independent sets), the recorded prompts and
 * answers in ../shared/datasets (read by path), upper-cased, full-width and zero-width variants of
 * the labelled and development prompts, the bench's 2,000-token prompt and its adversarial inputs
 * (64 K characters), under both `testValues` settings, and prints one SHA-256 of every finding
 * (text index, category, start, end, rule). A speed change must leave the hash as it was: run it
 * before and after and compare. Values are never printed.
 * Run: npx tsx scripts/privacy-findings-equivalence.ts [--out FILE]
 */
import { createHash } from "node:crypto";
import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADVERSARIAL_INPUTS, buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner, type PrivacyScannerOptions } from "../src/privacy/index.js";
import { jsonLines, sharedDatasetTexts } from "./lib/json-lines.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);

const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const zeroWidth = (text: string) => text.replace(/(.{5})/gsu, "$1\u200b");

function textSets(): Array<[string, string[]]> {
  const privacyDirectory = join(root, "eval/privacy");
  const own = readdirSync(privacyDirectory)
    .filter((name) => /^dataset(?:-dev-[\w-]+)?\.jsonl$/.test(name))
    .sort()
    .flatMap((name) => jsonLines(join(privacyDirectory, name), (record) => record.prompt));
  const shared = sharedDatasetTexts(root);
  return [
    ["labelled and development sets", own],
    ["upper-cased", own.map((text) => text.toUpperCase())],
    ["full-width", own.map(fullWidth)],
    ["zero-width spaces", own.map(zeroWidth)],
    ["shared datasets", shared],
    ["bench prompt and adversarial inputs (64 K)", [buildPrompt(2000), ...ADVERSARIAL_INPUTS.map(([, build]) => build(65_536))]],
  ];
}

const sets = textSets();
const hash = createHash("sha256");
let texts = 0;
let findings = 0;
const lines: string[] = [];
for (const options of [{}, { testValues: "sensitive" }] satisfies PrivacyScannerOptions[]) {
  const scanner = createPrivacyScanner(options);
  for (const [name, list] of sets) {
    const setHash = createHash("sha256");
    let setFindings = 0;
    list.forEach((text, index) => {
      texts++;
      for (const finding of scanner.scan(text)) {
        const entry = `${index}|${finding.category}|${finding.start}|${finding.end}|${finding.rule}\n`;
        setHash.update(entry);
        hash.update(entry);
        setFindings++;
      }
      hash.update(`#${index}\n`);
    });
    findings += setFindings;
    lines.push(
      `${(options.testValues ?? "default").padEnd(9)} ${name.padEnd(44)} ${String(list.length).padStart(6)} texts ${String(setFindings).padStart(6)} findings ${setHash.digest("hex").slice(0, 16)}`,
    );
  }
}
const digest = hash.digest("hex");
lines.push(`total ${texts} texts, ${findings} findings, sha256 ${digest}`);
process.stdout.write(`${lines.join("\n")}\n`);
if (args.includes("--out")) writeFileSync(args[args.indexOf("--out") + 1]!, `${lines.join("\n")}\n`);
