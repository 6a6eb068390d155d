/**
 * Development set 45 (`dev-45/a.jsonl`, `dev-45/b.jsonl`): identifiers and credentials as OCR, speech-to-text and
 * copy-from-PDF deliver them — passport and identity-card MRZ lines with OCR confusions (`<` read as `K` or `«`, O/0,
 * I/1, S/5, B/8), bank statements and payslips with collapsed columns, hyphenation and page headers between lines, tax
 * forms, phone numbers, PINs and IP addresses dictated in words in several languages, Wi-Fi cards and router stickers
 * photographed, bank-card photos — with hard negatives in the same forms (specimen documents, templates, test cards,
 * numbers read aloud that are orders, prices, flights, hotlines, serials, a manual's default labels, documentation
 * ranges). Checksummed values are made valid by `dev-45/forms.ts` before the OCR garbling. Written by the session-42
 * ids helper before opening src/privacy (see dev-45/README.md). `kind` is `<topic>:<genre>:<form>`.
 * Halves: a greedy balance (`balancedHalves`): each entry, in order, goes to the half that leaves its class (topic,
 * polarity, form) and its language least uneven, class counting twice; tie: the half with fewer entries; tie: A.
 * Rebuild: npx tsx eval/privacy/dev-45.ts ; check: npx tsx eval/privacy/dev-45/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-45
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { kindClass } from "./dev-14.js";
import { CARDS, MRZ } from "./dev-45/scans.js";
import { STATEMENTS, TAX } from "./dev-45/pdf.js";
import { CREDENTIALS, IPS, PHONES } from "./dev-45/spoken.js";
import { MORE } from "./dev-45/more.js";

export const DEV_45_ENTRIES: MarkedEntry[] = [...MRZ, ...CARDS, ...STATEMENTS, ...TAX, ...PHONES, ...CREDENTIALS, ...IPS, ...MORE];

/** Assigns each entry to half A or B, keeping every class and every language as even as the order allows. */
export function balancedHalves(entries: readonly MarkedEntry[], prefix: string) {
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  const count = new Map<string, number>();
  const get = (key: string) => count.get(key) ?? 0;
  const gap = (name: "a" | "b", key: string) => {
    const other = name === "a" ? "b" : "a";
    return Math.abs(get(`${name}|${key}`) + 1 - get(`${other}|${key}`));
  };
  for (const entry of entries) {
    const keys = [`class ${kindClass(entry)}`, `lang ${entry[0]}`];
    const cost = (name: "a" | "b") => 2 * gap(name, keys[0]!) + gap(name, keys[1]!);
    const [costA, costB] = [cost("a"), cost("b")];
    const name = costA !== costB ? (costA < costB ? "a" : "b") : halves.b.length < halves.a.length ? "b" : "a";
    for (const key of keys) count.set(`${name}|${key}`, get(`${name}|${key}`) + 1);
    halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  }
  return halves;
}

if (process.argv[1]?.endsWith("dev-45.ts")) {
  const halves = balancedHalves(DEV_45_ENTRIES, "dev45");
  writeMarkedSet("dev-45/a.jsonl", halves.a);
  writeMarkedSet("dev-45/b.jsonl", halves.b);
}
