import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseConfig } from "./src/index.js";
import { buildRouteIndex } from "./src/nodes/route-index.js";
const dir = "eval/routing/dev";
const routes = (parse(readFileSync(`${dir}/routes.yaml`, "utf8")) as any).routes;
const prompts = readFileSync(`${dir}/prompts.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const config = parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings: { wordVectors: process.argv.includes("--wv") }, routes } });
const index = await buildRouteIndex(config.classifier);
const scored = prompts.map((p) => ({ p, s: index.score(p.text, undefined) }));
for (const offset of [-0.15, -0.12, -0.1, -0.08, -0.05, 0])
  for (const margin of [0]) {
    let para = 0, paraN = 0, neg = 0, negN = 0, ex = 0;
    for (const { p, s } of scored) {
      const sorted = [...s].sort((a, b) => b.score - b.threshold - (a.score - a.threshold));
      const best = sorted[0]!, second = sorted[1]!;
      const matched = best.score >= best.threshold + offset && best.score - best.threshold - (second.score - second.threshold) >= margin;
      const pred = matched ? best.name : null;
      if (p.kind === "paraphrase") { paraN++; if (pred === p.route) para++; }
      if (p.kind === "negative") { negN++; if (pred !== null) neg++; }
      if (p.kind === "exact" && pred === p.route) ex++;
    }
    console.log(`offset ${offset.toFixed(2)} margin ${margin.toFixed(2)}: paraphrases ${((100 * para) / paraN).toFixed(1)}%  false ${((100 * neg) / negN).toFixed(1)}%  exact ${ex}`);
  }
