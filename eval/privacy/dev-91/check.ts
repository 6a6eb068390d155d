/**
 * Format and grid check for development set 91 (shared check: `../check-split-set.ts`). Values: NHS numbers pass
 * their mod-11 check, French NIRs their key, Italian codici fiscali their check letter, Dutch BSNs the eleven test,
 * Polish PESELs their check digit; every health span is a vocabulary term of its language (a lab term with its
 * value). Grid: every domain × language cell has a positive, every ICD-10 chapter has a positive, every negative's term
 * is also a positive's term in the same language, at least 40 % of the prompts are negatives. Then the per-half table.
 * Run: npx tsx eval/privacy/dev-91/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, readHalves } from "../check-split-set.js";
import { reportHealthGrid } from "../health-grid.js";
import { inseeValid, nhsNumberValid } from "../../../src/privacy/checksums.js";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";
import { bsnValid } from "../../../src/privacy/detectors/numbers.js";
import { peselValid } from "../../../src/privacy/detectors/east-european.js";
import { DOMAINS, ICD_CHAPTERS, type Lang, LANGS, TERMS } from "./vocabulary.js";

const compact = (value: string) => value.replaceAll(" ", "");

/** The bare words of each term in each language (lab terms up to their value). */
const bare = (text: string) => text.slice(text.indexOf("[") + 1, text.indexOf("]"));
const WORDS = new Map(LANGS.map((lang) => [lang, TERMS.map((term) => bare(term.text[lang]))]));

function healthWrong(value: string, lang: string): string | undefined {
  const words = WORDS.get(lang as Lang) ?? [];
  const known = words.some((word) => (word.includes("{v}") ? value.startsWith(word.slice(0, word.indexOf("{v}"))) : word === value));
  return known ? undefined : "not a vocabulary term";
}

function idWrong(category: string, value: string, lang: string): string | undefined {
  if (category === "medical_record") return lang !== "en" || nhsNumberValid(compact(value)) ? undefined : "bad NHS number";
  const valid = { fr: inseeValid, it: italianCfValid, nl: bsnValid, pl: peselValid }[lang];
  return valid?.(compact(value)) === false || !valid ? "bad identifier" : undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  if (category === "health") return healthWrong(value, lang);
  if (category === "medical_record" || category === "national_id") return idWrong(category, value, lang);
  return "unexpected category";
});

// the grid
reportHealthGrid(folder, readHalves(folder), TERMS, ICD_CHAPTERS, (positives) => {
  const cells = new Set(positives.map((record) => `${record.kind.split(":")[0]!}|${record.lang}`));
  const problems: string[] = [];
  for (const domain of DOMAINS) for (const lang of LANGS) if (!cells.has(`${domain}|${lang}`)) problems.push(`no positive for ${domain} × ${lang}`);
  return { problems, summary: `${cells.size} domain × language cells` };
});
