/**
 * Development set 81 (`dev-81/a.jsonl`, `dev-81/b.jsonl`): contact details as exports carry them — vCard 2.1/3.0/4.0
 * (folded lines, `ADR;TYPE=home:;;…`, quoted-printable), Google and Outlook contacts CSV, Shopify and WooCommerce order
 * exports, shipping-label text, Salesforce and HubSpot CSV, a delivery app's JSON — for private customers and contacts
 * in Brazil, Mexico, Argentina, Nigeria, Kenya, South Africa, Egypt, Saudi Arabia, Pakistan, Bangladesh, Indonesia,
 * Vietnam, the Philippines, Thailand, Poland, Ukraine, Romania and Greece (phones and homes as natives write them, some
 * in the local script and digits), with hard negatives of the same exports for businesses, documentation samples,
 * postal codes or cities alone and landmarks' coordinates. Written by the session-49 contact helper (see
 * dev-81/README.md). `kind` is `<export>:<category>` or `neg-<export>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-81.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-81
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-81/entries.js";

export const DEV_81_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-81.ts")) {
  const names = interleavedAssignment(DEV_81_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_81_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev81${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-81/a.jsonl", halves.a);
  writeMarkedSet("dev-81/b.jsonl", halves.b);
}
