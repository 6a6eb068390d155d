/**
 * Development set 94 (`dev-94/a.jsonl`, `dev-94/b.jsonl`): passports and travel documents as travel paperwork carries
 * them — a committed seeded generator (seed 942026) driven by ICAO Doc 9303's machine-readable zones (TD3, TD1, TD2,
 * MRV with valid 7-3-1 check digits: `dev-94/mrz.ts`), passport-number formats of 25 issuers after their own labels
 * (`dev-94/countries.ts`), residence permits and visas, airline DOCS / APIS lines, boarding-pass barcodes, hotel guest
 * registration, booking JSON, agency e-mails, visa forms and noisy OCR (`dev-94/positives.ts`), with hard negatives
 * of the same shapes: Doc 9303 and government specimens, placeholder layouts, fees pages, flights, fare codes, example
 * booking codes, embassies, made-up numbers failing their check digit, fixtures, masks, templates
 * (`dev-94/negatives.ts`). Written by the session-53 travel helper (see dev-94/README.md). `kind` is
 * `<document>:<issuer>:<container>` or `neg-<document>:<what>:<container>`. Halves: shuffled with the committed seed
 * 9401, then split by dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-94.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-94
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { SENSITIVE } from "./dev-94/positives.js";
import { NEGATIVES } from "./dev-94/negatives.js";

export const DEV_94_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-94.ts")) {
  const halves = seededInterleavedHalves(DEV_94_ENTRIES, 9401, "dev94");
  writeMarkedSet("dev-94/a.jsonl", halves.a);
  writeMarkedSet("dev-94/b.jsonl", halves.b);
}
