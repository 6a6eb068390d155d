/**
 * Development set 50 (`dev-50/a.jsonl`, `dev-50/b.jsonl`): identity numbers inside the paperwork of life events — visa
 * and e-visa applications, hotel and airline check-in (APIS "travel document"), car rental, SIM-card registration, bank
 * KYC, tenancy applications, payroll onboarding, university enrolment, notary deeds, police reports of lost documents,
 * consular appointments, e-mail signatures — for 24 countries, in the country's language and in English, behind
 * indirect labels ("doc no.", "nº", "номер", "番号", "證號") and typed with spaces, dots or dashes; check digits valid
 * where the format has one (`dev-50/ids.ts`). Hard negatives (`dev-50/negatives.ts`): format descriptions, specimen
 * documents, invalid-check-digit look-alikes in orders, tracking, invoices, tickets and bookings, ISBN / IMEI / VIN,
 * form-field instructions, blank forms, government statistics. Written by the session-43 ids helper before looking at
 * what the guard does with it (see dev-50/README.md). `kind` is `<event>:<document>` or `neg-<event>:<what>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = polarity only, since most event/document pairs occur once).
 * Rebuild: npx tsx eval/privacy/dev-50.ts ; check: npx tsx eval/privacy/dev-50/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-50
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment } from "./dev-14.js";
import { SENSITIVE } from "./dev-50/sensitive.js";
import { NEGATIVES } from "./dev-50/negatives.js";

/** Sensitive or not: most (event, document) classes hold one entry, so halves alternate by language and polarity. */
const polarity = ([, kind]: MarkedEntry) => (kind.startsWith("neg-") ? "neg" : "pos");

export const DEV_50_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-50.ts")) {
  const names = interleavedAssignment(DEV_50_ENTRIES, (entry) => entry[0], polarity);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_50_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev50${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-50/a.jsonl", halves.a);
  writeMarkedSet("dev-50/b.jsonl", halves.b);
}
