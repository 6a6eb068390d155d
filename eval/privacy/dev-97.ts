/**
 * Development set 97 (`dev-97/a.jsonl`, `dev-97/b.jsonl`): credentials in other authors' config and code fixtures — the
 * contexts, syntaxes and false-positive lines that gitleaks' and detect-secrets' authors wrote to test their scanners
 * (`dev-97/sources.ts`), re-filled with secrets from our own seeded generator (seed 972026, `dev-97/entries.ts`) and
 * pasted inside requests ("why does this config fail", "convert this to YAML", "review this diff") in English, German,
 * French and Spanish; the scanners' documented false-positive lines, placeholders, references, redactions, hashes,
 * UUIDs, public keys and encrypted values are the hard negatives. Written by the session-54 secrets-fixtures helper
 * (see dev-97/README.md). `kind` is `<topic>:<what>:<form>` or `neg-<topic>:<what>:<form>`. Halves: shuffled with the
 * committed seed 9701, then split by dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-97.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-97
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { ENTRIES } from "./dev-97/entries.js";

export const DEV_97_ENTRIES: MarkedEntry[] = [...ENTRIES];

if (process.argv[1]?.endsWith("dev-97.ts")) {
  const halves = seededInterleavedHalves(DEV_97_ENTRIES, 9701, "dev97");
  writeMarkedSet("dev-97/a.jsonl", halves.a);
  writeMarkedSet("dev-97/b.jsonl", halves.b);
}
