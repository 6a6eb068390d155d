import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseConfig } from "./src/index.js";
import { buildRouteIndex } from "./src/nodes/route-index.js";
const dir = "/work/wt-routes/eval/routing/dev";
const routes = (parse(readFileSync(`${dir}/routes.yaml`, "utf8")) as any).routes;
const prompts = readFileSync(`${dir}/prompts.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const config = parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings: { wordVectors: process.argv.includes("--wv") }, routes } });
const index = await buildRouteIndex(config.classifier);
console.log(index.routes.map((r) => `${r.name} ${r.threshold.toFixed(2)}`).join(", "));
for (const p of prompts) {
  const s = index.score(p.text, undefined);
  const pred = s[0]!.matched ? s[0]!.name : null;
  const ok = pred === p.route;
  const byScore = [...s].sort((a, b) => b.score - a.score);
  console.log(`${ok ? "  " : "XX"} ${p.kind.padEnd(10)} ${String(p.route).padEnd(16)} ${byScore[0]!.name.padEnd(16)} ${byScore[0]!.score.toFixed(2)}/${byScore[0]!.threshold.toFixed(2)} 2nd ${byScore[1]!.score.toFixed(2)} ${p.text}`);
}
