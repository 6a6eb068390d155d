/**
 * Where a missed sensitive prompt is lost, in aggregate: at detection (no rule proposed anything) or at judgement /
 * overlap resolution (rules proposed candidates, none survived). Prints counts and the dropped candidates' rule names
 * only — never a prompt, a span or an id — so the lead may run it on the held-out sets (session 44). It runs the scan
 * analyser alone (no encoded-value or letter-spacing passes of the full scanner), so it may count a few more misses
 * than `evaluate.ts`.
 * Run: npx tsx scripts/privacy-miss-stage.ts <folder or .jsonl>...   (e.g. eval/privacy/independent eval/privacy/dev-57/a.jsonl)
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadLabelled } from "../eval/privacy/evaluate.js";
import { createScanAnalyser } from "../src/privacy/scanner.js";
import { normalizeForScan } from "../src/privacy/normalize.js";

const analyse = createScanAnalyser({}, true);
for (const target of process.argv.slice(2)) {
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith(".jsonl"))
        .map((name) => join(target, name))
    : [target];
  let sensitive = 0;
  let missed = 0;
  let noCandidate = 0;
  const droppedRules = new Map<string, number>();
  for (const file of files)
    for (const record of loadLabelled(file)) {
      if (!record.sensitive) continue;
      sensitive++;
      const analysis = analyse(normalizeForScan(record.prompt).text);
      if (analysis.findings.length > 0) continue;
      missed++;
      const rules = analysis.signals?.candidateRules ?? [];
      if (rules.length === 0) noCandidate++;
      for (const rule of rules) droppedRules.set(rule, (droppedRules.get(rule) ?? 0) + 1);
    }
  const rules = [...droppedRules].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule} ${count}`);
  process.stdout.write(
    `${target}: ${sensitive} sensitive, ${missed} with no finding: ${noCandidate} with no candidate at all, ${missed - noCandidate} whose candidates were all dropped (rules: ${rules.join(", ") || "none"})\n`,
  );
}
