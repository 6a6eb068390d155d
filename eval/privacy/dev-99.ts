/**
 * Development set 99 (`dev-99/a.jsonl`, `dev-99/b.jsonl`): the review's set — everyday prompts developers and office
 * workers send that RESEMBLE personal data but are not (code with test fixtures, API docs with example keys, a
 * company's published contact page, historical and fictional people, medical education, product manuals with serial
 * numbers, logistics with tracking numbers, finance tutorials with example IBANs, identity-number format questions,
 * customer-service macros with placeholders), each beside its sensitive twin (the same text with one private person's
 * value), plus lone identifier-shaped negatives (`dev-99/twins-a.ts`, `dev-99/twins-b.ts`, values `dev-99/values.ts`,
 * seed 992026). Written by the session-54 review helper (see dev-99/README.md). `kind` is `<topic>:<lang>:<form>` or
 * `neg-<topic>:<lang>:<form>`. Halves: shuffled with the committed seed 9901, then split by dev-14's
 * `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-99.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-99
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { seededInterleavedHalves } from "./seeded-halves.js";
import { type Twin, apiDocTwins, contactTwins, fixtureTwins, medicalTwins, publicPersonTwins } from "./dev-99/twins-a.js";
import { LONE_NEGATIVES, financeTwins, idFormatTwins, logisticsTwins, macroTwins, manualTwins } from "./dev-99/twins-b.js";

const FAMILIES: Array<[topic: string, twins: () => Twin[]]> = [
  ["fixture", fixtureTwins],
  ["apidoc", apiDocTwins],
  ["contact", contactTwins],
  ["public-person", publicPersonTwins],
  ["meded", medicalTwins],
  ["manual", manualTwins],
  ["logistics", logisticsTwins],
  ["finance", financeTwins],
  ["idformat", idFormatTwins],
  ["macro", macroTwins],
];

export const DEV_99_ENTRIES: MarkedEntry[] = [
  ...FAMILIES.flatMap(([topic, twins]) =>
    twins().flatMap(([lang, form, negative, sensitive]): MarkedEntry[] => [
      [lang, `neg-${topic}:${lang}:${form}`, negative],
      [lang, `${topic}:${lang}:${form}`, sensitive],
    ]),
  ),
  ...LONE_NEGATIVES.map(([lang, form, text]): MarkedEntry => [lang, `neg-lookalike:${lang}:${form}`, text]),
];

if (process.argv[1]?.endsWith("dev-99.ts")) {
  const halves = seededInterleavedHalves(DEV_99_ENTRIES, 9901, "dev99");
  writeMarkedSet("dev-99/a.jsonl", halves.a);
  writeMarkedSet("dev-99/b.jsonl", halves.b);
}
