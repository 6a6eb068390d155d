// Builds data/lexicon/people-names-faker.tsv, the privacy guard's second people-names list
// (src/privacy/detectors/people-names.ts), from the locale definitions of `@faker-js/faker` (a
// devDependency; MIT): `allLocales[code].person.first_name / last_name` of its ~70 locales. Only the
// derived file ships; faker is needed only to rebuild it. Deterministic:
//
//   node scripts/build-people-names.mjs [--frequent 20000] [--min-length 3]
//
// A name of several words ("Ana Clara", "van der Berg") gives each of its words. A word is kept when
// - it is written in a cased script and starts with a capital (Latin, Greek, Cyrillic …): the guard's
//   name rules read capitalised words, so the uncased scripts' names (Chinese, Japanese, Korean,
//   Arabic, Hebrew, Thai, Georgian …) are left out, as is any word with a digit or other non-letter;
// - it has at least `--min-length` letters ("Li", "Do", "An" are words too often);
// - it is not already in `@cspell/dict-people-names` (the first list; this file only adds);
// - it is not an everyday word: not a word of data/lexicon/common-words.tsv (English, German, French,
//   Spanish, Italian, Portuguese, Dutch), not a stop word of any of the 60 languages of the `stopword`
//   package (particles "van", "von", "del", "dos" …), and not among the `--frequent` most frequent
//   English words (data/word-vectors/english-words.txt, in corpus-frequency order).
// Output: `#` comment lines, then `name<TAB>first|last|first,last<TAB>locale,locale…`, the name
// lower-cased, sorted by code unit.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { allLocales } from "@faker-js/faker";
import * as stopword from "stopword";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const frequentCount = Number(argument("--frequent", "20000"));
const minimumLength = Number(argument("--min-length", "3"));
const output = argument("--output", "data/lexicon/people-names-faker.tsv");

const require = createRequire(import.meta.url);
const fakerVersion = JSON.parse(readFileSync(require.resolve("@faker-js/faker/package.json"), "utf8")).version;
const cspellPath = join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt");
const cspell = new Set(
  readFileSync(cspellPath, "utf8")
    .split("\n")
    .map((line) => line.trim().toLowerCase()),
);

const everyday = new Set();
for (const line of readFileSync("data/lexicon/common-words.tsv", "utf8").split("\n")) {
  if (line === "" || line.startsWith("#")) continue;
  for (const cell of line.split("\t"))
    for (const form of cell.replace(/\(.*?\)/gu, "").split("|")) for (const word of form.trim().split(/\s+/u)) everyday.add(word.toLowerCase());
}
for (const [key, list] of Object.entries(stopword)) if (Array.isArray(list) && key !== "_123") for (const word of list) everyday.add(word.toLowerCase());
for (const word of readFileSync("data/word-vectors/english-words.txt", "utf8").split("\n").slice(0, frequentCount)) everyday.add(word);

/** A capitalised word of letters in a cased script (an apostrophe or hyphen inside: "O'Neil", "Jean-Luc"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
const cased = (word) => word.toLowerCase() !== word.toUpperCase();
const values = (field) => (field === undefined ? [] : Array.isArray(field) ? field : Object.values(field).flat());

/** lower-cased name -> { kinds: Set<"first"|"last">, locales: Set<string> } */
const found = new Map();
const counts = { words: 0, uncased: 0, short: 0, cspell: 0, everyday: 0 };
for (const code of Object.keys(allLocales).sort()) {
  const person = allLocales[code].person;
  if (person === undefined) continue;
  for (const kind of ["first", "last"])
    for (const entry of values(person[`${kind}_name`]))
      for (const word of String(entry).split(/\s+/u)) {
        if (word === "") continue;
        counts.words++;
        const key = word.toLowerCase();
        if (!NAME_WORD.test(word) || !cased(word)) counts.uncased++;
        else if ([...key].length < minimumLength) counts.short++;
        else if (cspell.has(key)) counts.cspell++;
        else if (everyday.has(key) || everyday.has(key.normalize("NFD").replace(/\p{M}/gu, ""))) counts.everyday++;
        else {
          const record = found.get(key) ?? { kinds: new Set(), locales: new Set() };
          record.kinds.add(kind);
          record.locales.add(code);
          found.set(key, record);
        }
      }
}

const rows = [...found.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, { kinds, locales }]) => `${name}\t${[...kinds].join(",")}\t${[...locales].sort().join(",")}`);
const header = [
  `# People names from @faker-js/faker ${fakerVersion} (MIT) locale definitions, person.first_name / last_name.`,
  `# Built by: node scripts/build-people-names.mjs --frequent ${frequentCount} --min-length ${minimumLength}`,
  "# Only names not in @cspell/dict-people-names and not everyday words; see data/lexicon/README.md.",
  "# name<TAB>first|last|first,last<TAB>faker locales",
];
writeFileSync(output, `${[...header, ...rows].join("\n")}\n`);
process.stderr.write(
  `${rows.length} names written to ${output}; of ${counts.words} words: ${counts.uncased} uncased or not a name word, ${counts.short} short, ${counts.cspell} already in cspell, ${counts.everyday} everyday words\n`,
);
