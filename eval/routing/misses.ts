// `npx tsx eval/routing/misses.ts SET [--form-terms] [--[no-]request-focus] [--length-calibration] [--synonyms] [--neighbours] [--intent-cue] [--word-vectors [--meaning-fallback]] [--sentence-fallback]` (the last: NODE_PATH at the use-lite packages): the A-half misses of a development set, with the best route and score (tuning aid; refuses the labelled set and never reads half B).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
const set = process.argv[2]!;
if (!set || set === "." || set.includes("/")) throw new Error("dev set name only");
const directory = join("eval/routing", set);
const routeFile = parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Array<{ name: string; utterances: string[] }> };
const prompts = readFileSync(join(directory, "prompts.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((p: any, line: number) => p.kind !== "exact" && line % 2 === 0);
const config = parseConfig({
  models: [{ id: "local", provider: "ollama", model: "x", tier: "local" }],
  classifier: {
    embeddings: {
      formTerms: process.argv.includes("--form-terms"),
      ...(process.argv.includes("--request-focus") && { requestFocus: true }),
      ...(process.argv.includes("--no-request-focus") && { requestFocus: false }),
      lengthCalibration: process.argv.includes("--length-calibration"),
      synonyms: process.argv.includes("--synonyms"),
      intentCue: process.argv.includes("--intent-cue"),
      neighbours: process.argv.includes("--neighbours"),
      wordVectors: process.argv.includes("--word-vectors"),
      meaningFallback: process.argv.includes("--meaning-fallback"),
      ...(process.argv.includes("--sentence-fallback") && { sentenceEncoder: "use-lite", sentenceFallback: true }),
    },
    routes: routeFile.routes,
  },
});
const index = await buildRouteIndex(config.classifier);
console.log(index.routes.map((r) => `${r.name} ${r.threshold.toFixed(2)}`).join(", "));
for (const p of prompts) {
  const scores = index.score(p.text, undefined, await index.sentenceVector?.(p.text));
  const predicted = scores[0]?.matched ? scores[0].name : null;
  if (predicted === p.route) continue;
  const own = scores.find((s) => s.name === p.route);
  console.log(
    `${p.kind === "negative" ? "FALSE" : "MISS "} [${p.block}/${p.language}] ${JSON.stringify(p.text).slice(0, 110)} -> ${predicted ?? "-"} best ${scores[0]!.name} ${scores[0]!.score.toFixed(2)}/${scores[0]!.threshold.toFixed(2)}${scores[0]!.view ? ` ${scores[0]!.view}` : ""}${own && own !== scores[0] ? ` own ${own.score.toFixed(2)}/${own.threshold.toFixed(2)}` : ""}`,
  );
}
