/**
 * Development set 30 (`dev-30/a.jsonl`, `dev-30/b.jsonl`): hard negatives of the held-out false-positive kinds by a new
 * author — street addresses of public places (museums, stadiums, embassies, government offices, warehouses, hotels,
 * film, TV and novel addresses, historical homes), address formats, parser tests and geocoding code; dates that are
 * nobody's private birth date (public figures, releases, history, fiction, company anniversaries, log and code
 * formats, age arithmetic, a pet); health in role-play, fiction, case studies, guidelines and leaflets — in 17
 * languages, with matched positives (a private person's home address, a named person's or named child's birth date, a
 * named patient or colleague). Written by the session-37 precision helper before opening src/privacy (see
 * dev-30/README.md).
 * Rebuild: npx tsx eval/privacy/dev-30.ts ; check: npx tsx eval/privacy/dev-30/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-30
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-30/en.js";
import { EUROPE } from "./dev-30/europe.js";
import { ASIA } from "./dev-30/asia.js";

export const DEV_30_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA];

if (process.argv[1]?.endsWith("dev-30.ts")) {
  const halves = interleavedHalves(DEV_30_ENTRIES, "dev30");
  writeMarkedSet("dev-30/a.jsonl", halves.a);
  writeMarkedSet("dev-30/b.jsonl", halves.b);
}
