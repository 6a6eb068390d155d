/**
 * Development set 53 (`dev-53/a.jsonl`, `dev-53/b.jsonl`): credentials on command lines, in scripts and config, given
 * either as a literal (reported) or as a reference to an environment or template variable (`$ADMIN_PASSWORD`,
 * `${DB_PASSWORD}`, `%BACKUP_PASSWORD%`, `{{ vault_admin_password }}`: not a secret, nothing to report). Written by the
 * session-43 probes helper for the `curl -u admin:$ADMIN_PASSWORD` probe (see dev-53/README.md). `kind` is
 * `<medium>:password` or `neg-<medium>:variable`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-53.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-53
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-53/entries.js";

export const DEV_53_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-53.ts")) {
  const names = interleavedAssignment(DEV_53_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_53_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev53${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-53/a.jsonl", halves.a);
  writeMarkedSet("dev-53/b.jsonl", halves.b);
}
