// Prints the counts of eval/routing/prompts.jsonl as Markdown tables (pasted in README.md).
// Usage: npx tsx eval/routing/stats.ts

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RoutingPrompt } from "./build.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "prompts.jsonl");
const prompts = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RoutingPrompt);
const kinds = ["exact", "paraphrase", "negative"] as const;
const negatives = prompts.filter((p) => p.kind === "negative");
console.log(
  `Total: ${prompts.length}; negatives: ${negatives.length} (${((100 * negatives.length) / prompts.length).toFixed(1)}%), of which near-misses: ${negatives.filter((p) => p.near).length}.`,
);

const routes = [...new Set(prompts.map((p) => p.route ?? "(none)"))].sort();
console.log("\n| route | exact | paraphrase | negative | near-misses of this route |\n|---|---|---|---|---|");
for (const route of routes) {
  const rows = prompts.filter((p) => (p.route ?? "(none)") === route);
  console.log(
    `| ${route} | ${kinds.map((k) => rows.filter((p) => p.kind === k).length).join(" | ")} | ${route === "(none)" ? "" : negatives.filter((p) => p.near === route).length} |`,
  );
}
const languages = [...new Set(prompts.map((p) => p.language))].sort(
  (a, b) => prompts.filter((p) => p.language === b).length - prompts.filter((p) => p.language === a).length,
);
console.log("\n| language | exact | paraphrase | negative | total |\n|---|---|---|---|---|");
for (const language of languages) {
  const rows = prompts.filter((p) => p.language === language);
  console.log(`| ${language} | ${kinds.map((k) => rows.filter((p) => p.kind === k).length).join(" | ")} | ${rows.length} |`);
}
