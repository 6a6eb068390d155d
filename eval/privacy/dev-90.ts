/**
 * Development set 90 (`dev-90/a.jsonl`, `dev-90/b.jsonl`): personal data as agent traffic carries it — tool-call
 * arguments (a JSON string inside JSON), tool results pasted back (CRM, bank API, FHIR bundle, calendar, HR, DMV),
 * memory and user-profile blocks in a system prompt, RAG chunks with source headers, ReAct scratchpads, MCP / JSON-RPC
 * messages, LangChain / LangGraph state dumps, Chat Completions message arrays pasted as text, YAML / TOML / .env agent
 * configs and multi-agent hand-offs — in English (most), German, French, Spanish, Japanese, Portuguese and Italian, for
 * every category (credentials, a named person's health, national ids, passports, phones, e-mails, home addresses,
 * cards, IBANs and accounts, birth dates), with hard negatives of the same shapes (schemas without values,
 * placeholders, redacted values, documented samples, synthetic fixtures, businesses and public figures, request /
 * trace / tool-call ids, hashes, UUIDs, timestamps, model names, prices). Written by the session-52 agents helper (see
 * dev-90/README.md). `kind` is `<shape>:<categories>` or `neg-<shape>:<what>`.
 * Halves: the entries are shuffled with the committed seed 9002 (`createSeededRandom`), then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-90.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-90
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { NEGATIVES_EN, SENSITIVE_EN } from "./dev-90/entries.js";
import { NEGATIVES_LANGS, SENSITIVE_LANGS } from "./dev-90/entries-langs.js";

export const DEV_90_ENTRIES: MarkedEntry[] = [...SENSITIVE_EN, ...SENSITIVE_LANGS, ...NEGATIVES_EN, ...NEGATIVES_LANGS];

/** The entries in a seeded order (Fisher–Yates with seed 9002), so which half an entry lands in does not follow writing order. */
function shuffled(entries: readonly MarkedEntry[]): MarkedEntry[] {
  const random = createSeededRandom(9002);
  const out = [...entries];
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

if (process.argv[1]?.endsWith("dev-90.ts")) {
  const entries = shuffled(DEV_90_ENTRIES);
  const names = interleavedAssignment(entries, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  entries.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev90${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-90/a.jsonl", halves.a);
  writeMarkedSet("dev-90/b.jsonl", halves.b);
}
