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
import { checkSplitSet, readHalves } from "../check-split-set.js";
import { reportHealthGrid } from "../health-grid.js";
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
reportHealthGrid(folder, records, TERMS, ICD_CHAPTERS, (positives) => {
  const terms = new Set(positives.map((record) => record.kind.split(":")[1]!));
  const problems = TERMS.filter((term) => !terms.has(term.id)).map((term) => `no positive for term ${term.id}`);
  for (const lang of LANGS)
    for (const polarity of [true, false])
      if (!records.some((line) => line.lang === lang && line.sensitive === polarity)) problems.push(`${lang}: no ${polarity ? "positive" : "negative"}`);
  return { problems, summary: `${terms.size} terms` };
});
