/**
 * Development set 80 (`dev-80/a.jsonl`, `dev-80/b.jsonl`): credentials as they arrive in messages the user received
 * and pastes or forwards — welcome e-mails with a temporary password, IT onboarding notes, school and university portal
 * logins, hotel and café Wi-Fi vouchers, router stickers, a bank's PIN letter, door, gate, locker and alarm codes from a
 * landlord or host, 2FA backup codes, recovery keys, wallet seed phrases and private keys, a vendor's API key, one-time
 * codes — in en, de, fr, es, it, pt, nl, pl, ja, zh, ko and ar, with 45 % hard negatives of the same genre (templates
 * with placeholders, policies and how-tos, documentation example keys, expired or revoked notices, open Wi-Fi names,
 * product codes and booking references). Written by the session-49 secrets helper (see dev-80/README.md). `kind` is
 * `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-80.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-80
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-80/entries.js";

export const DEV_80_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-80.ts")) {
  const names = interleavedAssignment(DEV_80_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_80_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev80${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-80/a.jsonl", halves.a);
  writeMarkedSet("dev-80/b.jsonl", halves.b);
}
