/**
 * Format and grid check for development set 92 (shared check: `../check-split-set.ts`). Values: every national ID
 * passes its own definition's check (ids.ts: Chinese resident ID, Taiwan ID, Korean RRN, Emirates ID, Aadhaar, SNILS,
 * RNOKPP, TC Kimlik, Thai ID, AMKA, Teudat Zehut, personnummer; CCCD and NIK by structure), case numbers are digits of
 * the language's length, every health span is a vocabulary term of its language (a lab term with its value). Grid:
 * every term and ICD-10 chapter has a positive, every language has positives and negatives, every negative's term is
 * also a positive's term in the same language, at least 40 % of the prompts are negatives. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-92/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, printHalfTable, readHalves } from "../check-split-set.js";
import { FRAMES } from "./entries.js";
import * as ids from "./ids.js";
import { ICD_CHAPTERS, type Lang, LANGS, TERMS } from "./vocabulary.js";

const ID_OK: Record<Lang, (value: string) => boolean> = {
  zh: ids.cnIdOk,
  "zh-Hant": ids.twIdOk,
  ko: ids.krRrnOk,
  ar: ids.emiratesIdOk,
  hi: ids.aadhaarOk,
  "hi-Latn": ids.aadhaarOk,
  ru: ids.snilsOk,
  uk: ids.rnokppOk,
  tr: ids.tcKimlikOk,
  vi: ids.cccdOk,
  th: ids.thaiIdOk,
  el: ids.amkaOk,
  he: ids.teudatZehutOk,
  id: ids.nikOk,
  sv: ids.personnummerOk,
};

/** The bare words of each term in each language (lab terms up to their value). */
const bare = (text: string) => text.slice(text.indexOf("[") + 1, text.indexOf("]"));
const PLACEHOLDER = /\{[vsgm]\}/;

function healthWrong(value: string, lang: Lang): string | undefined {
  const known = TERMS.some((term) => {
    const word = bare(term.text[lang]);
    const at = word.search(PLACEHOLDER);
    return at >= 0 ? value.startsWith(word.slice(0, at)) && value.length > at : word === value;
  });
  return known ? undefined : "not a vocabulary term";
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  const language = lang as Lang;
  if (!LANGS.includes(language)) return "unknown language";
  if (category === "health") return healthWrong(value, language);
  if (category === "national_id") return ID_OK[language](value) ? undefined : "fails its check";
  if (category === "medical_record") return new RegExp(`^\\d{${FRAMES[language].caseLength}}$`).test(value) ? undefined : "bad case number";
  return "unexpected category";
});

// the grid
const records = readHalves(folder);
const problems: string[] = [];
const positiveTerms = new Set<string>();
const terms = new Set<string>();
const chapters = new Set<string>();
for (const record of records.filter((line) => line.sensitive)) {
  const termId = record.kind.split(":")[1]!;
  positiveTerms.add(`${record.lang}|${termId}`);
  terms.add(termId);
  const chapter = TERMS.find((term) => term.id === termId)?.chapter;
  if (chapter) chapters.add(chapter);
}
for (const term of TERMS) if (!terms.has(term.id)) problems.push(`no positive for term ${term.id}`);
for (const chapter of ICD_CHAPTERS) if (!chapters.has(chapter)) problems.push(`no positive for ICD-10 chapter ${chapter}`);
for (const lang of LANGS)
  for (const polarity of [true, false])
    if (!records.some((line) => line.lang === lang && line.sensitive === polarity)) problems.push(`${lang}: no ${polarity ? "positive" : "negative"}`);
for (const record of records.filter((line) => !line.sensitive)) {
  const termId = record.kind.split(":")[1]!;
  if (!positiveTerms.has(`${record.lang}|${termId}`)) problems.push(`${record.id}: negative term ${termId} has no positive in ${record.lang}`);
}
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `grid: ${terms.size} terms, ${chapters.size} ICD-10 chapters, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
