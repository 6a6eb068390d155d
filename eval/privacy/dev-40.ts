/**
 * Development set 40 (`dev-40/a.jsonl`, `dev-40/b.jsonl`): personal data inside the interchange formats and machine
 * records real systems emit — ISO 20022, SWIFT MT103/MT940, NACHA, SEPA, EMV TLV and track data, bank CSV exports
 * (`finance.ts`); HL7 v2, X12 837/835, CDA, FHIR, DICOM headers (`health.ts`); ANSI/NIST-ITL, CBEFF, ICAO MRZ and data
 * groups, GEDCOM, iCalendar, HR and eKYC XML (`identity.ts`); SAML, OIDC claims, SCIM, LDIF, .netrc, shadow and
 * password-manager exports (`creds.ts`); e-invoice and tax XML with local field names (`tax.ts`, `extra.ts`); QR
 * payment payloads, OFX, Metro 2, X12 270/271, NCPDP SCRIPT, e-prescription FHIR, PNR/PAXLST, eIDAS, Wi-Fi stores
 * (`more.ts`) — with the prose a user wraps around them, and hard negatives in the same formats (official samples, test
 * patients, phantoms, public figures, example.com, documentation values, schemas, templates, aggregates). Check digits
 * are computed by `dev-40/ids.ts`. Written by the session-41 recall helper before opening src/privacy (dev-40/README.md).
 * `kind` is `<topic>:<format>:<form>`.
 * Halves: the entries are shuffled by the committed seed SEED, then split by dev-14's interleaving (`interleavedHalves`).
 * Rebuild: npx tsx eval/privacy/dev-40.ts ; check: npx tsx eval/privacy/dev-40/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-40
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { createRng } from "./values.js";
import { FINANCE } from "./dev-40/finance.js";
import { HEALTH } from "./dev-40/health.js";
import { IDENTITY } from "./dev-40/identity.js";
import { CREDS } from "./dev-40/creds.js";
import { TAX } from "./dev-40/tax.js";
import { MORE } from "./dev-40/more.js";
import { EXTRA } from "./dev-40/extra.js";

/** The committed seed of the halves. */
export const SEED = 4040;

export const DEV_40_ENTRIES: MarkedEntry[] = [...FINANCE, ...HEALTH, ...IDENTITY, ...CREDS, ...TAX, ...MORE, ...EXTRA];

/** The entries in the seeded order (Fisher–Yates with `createRng(SEED)`). */
export function shuffled(entries: readonly MarkedEntry[], seed = SEED): MarkedEntry[] {
  const rng = createRng(seed);
  const out = [...entries];
  for (let index = out.length - 1; index > 0; index--) {
    const other = rng.int(0, index);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

if (process.argv[1]?.endsWith("dev-40.ts")) {
  const halves = interleavedHalves(shuffled(DEV_40_ENTRIES), "dev40");
  writeMarkedSet("dev-40/a.jsonl", halves.a);
  writeMarkedSet("dev-40/b.jsonl", halves.b);
}
