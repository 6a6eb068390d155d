// Writes eval/routing/prompts.jsonl from routes.yaml (exact utterances), paraphrases.ts and negatives.ts,
// after checking the labels. Usage: npx tsx eval/routing/build.ts

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { createSeededRandom } from "../../src/policies/clock.js";
import { NEGATIVES } from "./negatives.js";
import { PARAPHRASES } from "./paraphrases.js";

interface RouteSpec {
  name: string;
  utterances: string[];
}
export interface RoutingPrompt {
  id: string;
  text: string;
  route: string | null;
  language: string;
  kind: "exact" | "paraphrase" | "negative";
  near?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, " ")
    .trim();

export function loadRoutes(): RouteSpec[] {
  const doc = parse(readFileSync(join(here, "routes.yaml"), "utf8")) as { routes: RouteSpec[] };
  return doc.routes;
}

export function buildRoutingPrompts(): RoutingPrompt[] {
  const routes = loadRoutes();
  const names = new Set(routes.map((r) => r.name));
  const utterances = new Map<string, string>();
  for (const route of routes) for (const u of route.utterances) utterances.set(normalise(u), route.name);
  const drafts: Array<Omit<RoutingPrompt, "id">> = [];
  for (const route of routes) for (const text of route.utterances) drafts.push({ text, route: route.name, language: "en", kind: "exact" });
  for (const [route, list] of Object.entries(PARAPHRASES)) {
    if (!names.has(route)) throw new Error(`paraphrases for unknown route ${route}`);
    for (const [language, text] of list) {
      if (utterances.has(normalise(text))) throw new Error(`paraphrase copies an utterance: ${text}`);
      drafts.push({ text, route, language, kind: "paraphrase" });
    }
  }
  for (const negative of NEGATIVES) {
    if (negative.near && !names.has(negative.near)) throw new Error(`near-miss of unknown route ${negative.near}`);
    if (utterances.has(normalise(negative.text))) throw new Error(`negative equals an utterance: ${negative.text}`);
    drafts.push({ text: negative.text, route: null, language: negative.lang, kind: "negative", ...(negative.near ? { near: negative.near } : {}) });
  }
  const seen = new Set<string>();
  for (const draft of drafts) {
    const key = normalise(draft.text);
    if (seen.has(key) && draft.kind !== "exact") throw new Error(`duplicate prompt: ${draft.text}`);
    seen.add(key);
  }
  const random = createSeededRandom(20261203);
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j] as Omit<RoutingPrompt, "id">, drafts[i] as Omit<RoutingPrompt, "id">];
  }
  return drafts.map((draft, i) => ({ id: `rt-${String(i + 1).padStart(4, "0")}`, ...draft }));
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const prompts = buildRoutingPrompts();
  writeFileSync(join(here, "prompts.jsonl"), prompts.map((p) => JSON.stringify(p)).join("\n") + "\n");
  console.log(`wrote ${prompts.length} routing prompts`);
}
