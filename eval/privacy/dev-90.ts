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
 * Halves: `seededInterleavedHalves` (seeded-halves.ts): the entries shuffled with the committed seed 9002, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-90.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-90
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { NEGATIVES_EN, SENSITIVE_EN } from "./dev-90/entries.js";
import { NEGATIVES_LANGS, SENSITIVE_LANGS } from "./dev-90/entries-langs.js";

export const DEV_90_ENTRIES: MarkedEntry[] = [...SENSITIVE_EN, ...SENSITIVE_LANGS, ...NEGATIVES_EN, ...NEGATIVES_LANGS];

if (process.argv[1]?.endsWith("dev-90.ts")) {
  const halves = seededInterleavedHalves(DEV_90_ENTRIES, 9002, "dev90");
  writeMarkedSet("dev-90/a.jsonl", halves.a);
  writeMarkedSet("dev-90/b.jsonl", halves.b);
}
