/**
 * Multilingual people-names lexicon, loaded once on first use: the ~39,000 first and last names of
 * `@cspell/dict-people-names` (MIT, maintained by the cspell project) and the ~23,600 more of
 * data/lexicon/people-names-faker.tsv (the first and last names of `@faker-js/faker`'s ~70 locales
 * — "Thiago", "Priya", "João", "Krüger" — less the everyday words; derived by
 * scripts/build-people-names.mjs, faker is not needed at run time). It tells "Solveig Abernathy"
 * from "Quarterly Report": a capitalised pair counts as a name when both words are in the lexicon
 * and neither is a common word that also serves as a name (those are in CAPITALISED_NON_NAMES and
 * COMMON_WORD_NAMES).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";

let names: ReadonlySet<string> | undefined;

function cspellNames(): string[] {
  try {
    const require = createRequire(import.meta.url);
    // The package exports only its cspell settings file; the word list sits beside it.
    const path = join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt");
    return readFileSync(path, "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line.length > 1 && !line.startsWith("#"));
  } catch {
    return [];
  }
}

/** The names of the shipped table (`#` comment lines, then `name<TAB>first|last<TAB>locales`). */
export function parseNameTable(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t", 1)[0]!);
}

/** Both lists; a missing shipped table is a DATASET_INVALID error, not a silently weaker guard. */
function load(): ReadonlySet<string> {
  const set = new Set(cspellNames());
  for (const name of parseNameTable(readPackageData(packageDataUrl("lexicon", "people-names-faker.tsv"), "the people-names table").toString("utf8")))
    set.add(name);
  return set;
}

/** Names that are also everyday English words: not evidence of a person on their own. */
const COMMON_WORD_NAMES = new Set(
  "will may mark bill rose grace hope joy faith april june august china paris victoria lily white black green brown young king long hall wood hill lane park rich price bank cash case page love north south west east summer winter spring star sky river stone field ford street early lord major miles frank gay guy sun moon day night chase dean drew gray grey hunter mason miller baker cook smith turner parker carter walker cole reed rice ray golden silver".split(
    " ",
  ),
);

export function isPersonName(word: string): boolean {
  names ??= load();
  const key = word.toLowerCase();
  return names.has(key) && !COMMON_WORD_NAMES.has(key);
}

/** In the lexicon, everyday-word names included ("Will", "Joy", "August"): for callers that hold other person evidence. */
export function isNameIncludingCommonWords(word: string): boolean {
  names ??= load();
  return names.has(word.toLowerCase());
}
