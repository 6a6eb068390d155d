// `npx tsx eval/routing/dev-4/build.ts`: writes prompts.jsonl from routes.yaml (exact utterances)
// and source.txt (hand-written paraphrases and negatives, `route<TAB>block<TAB>text[<TAB>language]`).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const directory = "eval/routing/dev-4";
const routes = (parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Array<{ name: string; utterances: string[] }> }).routes;
const rows: object[] = [];
let id = 0;
const next = () => `dev4-${String(++id).padStart(3, "0")}`;
for (const route of routes) for (const text of route.utterances) rows.push({ id: next(), text, route: route.name, language: "en", kind: "exact" });
for (const line of readFileSync(join(directory, "source.txt"), "utf8").split("\n")) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  const [route, block, text, language = "en"] = line.split("\t");
  if (!route || !block || !text) throw new Error(`bad line: ${line}`);
  const negative = route === "-";
  const near = block.startsWith("near:") ? block.slice(5) : undefined;
  rows.push({
    id: next(),
    text,
    route: negative ? null : route,
    language,
    kind: negative ? "negative" : "paraphrase",
    ...(near ? { near } : {}),
    block: negative ? (near ? "near" : "other") : block,
  });
}
writeFileSync(join(directory, "prompts.jsonl"), rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
console.log(`${rows.length} prompts`);
