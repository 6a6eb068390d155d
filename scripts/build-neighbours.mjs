// Builds data/word-vectors/neighbours.tsv, the English word-neighbour table of the semantic routes'
// built-in encoder (classifier.embeddings.neighbours, docs/semantic-routing.md), from the shipped
// GloVe vectors data/word-vectors/glove-100d.bin (PDDL; see that folder's README). Deterministic:
//
//   node scripts/build-neighbours.mjs [--words 20000] [--candidates 40000] [--neighbours 5] [--min-cosine 0.5]
//
// For each of the `--words` most frequent words (the file's rows are in corpus-frequency order), its
// nearest words by cosine among the `--candidates` most frequent, at least `--min-cosine`, as English
// Snowball stems (the encoder's word terms): at most `--neighbours` stems other than the word's own
// ("cheap" -> inexpens|cheaper|expens|afford|pricey, "snowfall" -> rainfal|snowstorm|precipit|rain|snow).
// Unlike WordNet's synonyms these are topic associations, which is what most paraphrases of a route
// differ by. A stem is written once, for its most frequent word. One line per stem:
// `stem<TAB>neighbour stems|…`.
import { readFileSync, writeFileSync } from "node:fs";
import snowball from "snowball-stemmers";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const wordCount = Number(argument("--words", "20000"));
const candidateCount = Number(argument("--candidates", "40000"));
const neighbourCount = Number(argument("--neighbours", "5"));
const minCosine = Number(argument("--min-cosine", "0.5"));
const output = argument("--output", "data/word-vectors/neighbours.tsv");
const SCAN = 10; // nearest words looked at per word (stems merge some)

const bytes = readFileSync("data/word-vectors/glove-100d.bin");
const size = bytes.readUInt32LE(8);
const dimensions = bytes.readUInt32LE(12);
const wordBytes = bytes.readUInt32LE(16);
const words = bytes
  .subarray(20, 20 + wordBytes)
  .toString("utf8")
  .split("\n");
const raw = new Int8Array(bytes.buffer, bytes.byteOffset + 20 + wordBytes, size * dimensions);
const candidates = Math.min(candidateCount, size);
// Unit vectors in float32 (the 8-bit rows are unit length only approximately).
const vectors = new Float32Array(candidates * dimensions);
for (let row = 0; row < candidates; row++) {
  let norm = 0;
  for (let index = 0; index < dimensions; index++) norm += raw[row * dimensions + index] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let index = 0; index < dimensions; index++) vectors[row * dimensions + index] = raw[row * dimensions + index] / norm;
}

const stemmer = snowball.newStemmer("english");
const lines = [];
const seen = new Set();
const best = new Float64Array(SCAN);
const bestRow = new Int32Array(SCAN);
for (let row = 0; row < Math.min(wordCount, candidates); row++) {
  const key = stemmer.stem(words[row]);
  if (seen.has(key)) continue;
  seen.add(key);
  best.fill(-2);
  bestRow.fill(-1);
  const offset = row * dimensions;
  for (let other = 0; other < candidates; other++) {
    if (other === row) continue;
    const otherOffset = other * dimensions;
    let dot = 0;
    for (let index = 0; index < dimensions; index++) dot += vectors[offset + index] * vectors[otherOffset + index];
    if (dot <= best[SCAN - 1]) continue;
    let at = SCAN - 1;
    while (at > 0 && best[at - 1] < dot) {
      best[at] = best[at - 1];
      bestRow[at] = bestRow[at - 1];
      at--;
    }
    best[at] = dot;
    bestRow[at] = other;
  }
  const neighbours = [];
  for (let at = 0; at < SCAN && neighbours.length < neighbourCount; at++) {
    if (best[at] < minCosine) break;
    const stem = stemmer.stem(words[bestRow[at]]);
    if (stem !== key && !neighbours.includes(stem)) neighbours.push(stem);
  }
  if (neighbours.length > 0) lines.push(`${key}\t${neighbours.join("|")}`);
}
const header = `# GloVe 6B (PDDL) nearest words as English Snowball stems; built by scripts/build-neighbours.mjs --words ${wordCount} --candidates ${candidateCount} --neighbours ${neighbourCount} --min-cosine ${minCosine} (see README.md)\n`;
writeFileSync(output, header + lines.join("\n") + "\n");
console.log(`${output}: ${lines.length} stems, ${(Buffer.byteLength(header + lines.join("\n")) / 1024).toFixed(1)} kB`);
