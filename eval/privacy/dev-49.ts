/**
 * Development set 49 (`dev-49/a.jsonl`, `dev-49/b.jsonl`): credentials told in conversation, not pasted — door, gate,
 * alarm and safe codes, phone, card and voicemail PINs, security answers, forwarded one-time codes, recovery codes,
 * 2FA seeds, Wi-Fi keys in prose, app-specific passwords, shared-account logins, passwords described by their owner,
 * spelled out or split over lines, in 15 languages, mostly without a "password:" label (`dev-49/told.ts`) — with
 * same-shape hard negatives (`dev-49/negatives.ts`). Written by the session-43 credentials helper before opening
 * src/privacy (see dev-49/README.md). `kind` is `<medium>:<what>` or `neg-<medium>:<what>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = medium, polarity, last part of the kind).
 * Rebuild: npx tsx eval/privacy/dev-49.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-49
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { TOLD } from "./dev-49/told.js";
import { NEGATIVES } from "./dev-49/negatives.js";

export const DEV_49_ENTRIES: MarkedEntry[] = [...TOLD, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-49.ts")) {
  const names = interleavedAssignment(DEV_49_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_49_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev49${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-49/a.jsonl", halves.a);
  writeMarkedSet("dev-49/b.jsonl", halves.b);
}
