// `npx tsx eval/routing/dev-5/build.ts [eval/routing/dev-6]`: writes DIR/prompts.jsonl (default dev-5) from routes.yaml (exact utterances) and
// source.txt (hand-written paraphrases and negatives, `route ¦ style ¦ text [¦ language]`, "\n" for a
// new line). Rows are grouped by (route or near-miss route, language), in source order within a group,
// so the halves (even lines A, odd lines B) interleave within every (route, language).
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";

const directory = process.argv[2] ?? "eval/routing/dev-5";
const idPrefix = basename(directory).replace("-", ""); // dev-5 → dev5-001
const routes = (parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Array<{ name: string; utterances: string[] }> }).routes;
interface Row {
  text: string;
  route: string | null;
  language: string;
  kind: "exact" | "paraphrase" | "negative";
  near?: string;
  block: string;
}
const exact: Row[] = routes.flatMap((route) =>
  route.utterances.map((text) => ({ text, route: route.name, language: "en", kind: "exact" as const, block: "exact" })),
);
const groups = new Map<string, Row[]>();
for (const line of readFileSync(join(directory, "source.txt"), "utf8").split("\n")) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  const [route, style, raw, language = "en"] = line.split(" ¦ ").map((field) => field.trim());
  if (!route || !style || !raw) throw new Error(`bad line: ${line}`);
  const text = raw.replaceAll("\\n", "\n");
  const negative = route === "-";
  const near = style.startsWith("near:") ? style.slice(5) : undefined;
  const row: Row = negative
    ? { text, route: null, language, kind: "negative", ...(near ? { near } : {}), block: near ? "near" : "other" }
    : { text, route, language, kind: "paraphrase", block: style };
  const key = `${row.kind} ${near ?? row.route ?? "other"} ${language}`;
  groups.set(key, [...(groups.get(key) ?? []), row]);
}
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const utterances = new Set(exact.map((row) => normal(row.text)));
for (const row of [...groups.values()].flat())
  if (row.kind === "paraphrase" && utterances.has(normal(row.text))) throw new Error(`paraphrase equals an utterance: ${row.text}`);
const rows = [...exact, ...[...groups.values()].flat()].map((row, at) => ({ id: `${idPrefix}-${String(at + 1).padStart(3, "0")}`, ...row }));
writeFileSync(join(directory, "prompts.jsonl"), rows.map((row) => JSON.stringify(row)).join("\n") + "\n");
console.log(`${rows.length} prompts`);
