// Session 30 experiment (not shipped): a static English word-vector table trained so that the
// built-in encoder's meaning view (the smooth-inverse-frequency weighted mean of a text's word
// vectors) reproduces a sentence encoder's vector of the whole text — Model2Vec's "tokenlearn" step
// after its distillation. Teacher: the Universal Sentence Encoder lite of the optional packages
// (src/embeddings/sentence-encoder.ts). Run from the repository root with the packages on NODE_PATH:
//
//   NODE_PATH=/tmp/distil/node_modules npx tsx scripts/learn-distilled-vectors.ts \
//     --corpus FILE.jsonl[,FILE.jsonl…] [--sentences 30000] [--epochs 3] [--output FILE]
//   npm run eval:routing -- --set dev --word-vectors --vectors-file FILE
//
// Corpus files: JSON lines whose `prompt`, `text` or `turns` fields hold English text, split into
// sentences of 20–300 characters. Vocabulary and rows: the GloVe file's 40,000 words (so the
// frequency weights are unchanged); each row starts as the teacher's vector of the word alone
// (512 numbers), is trained on the sentences (cosine loss, plain SGD), then all rows are reduced
// to 100 dimensions by PCA and stored as 8-bit integers in the shipped format.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinCrossLingualLexicon } from "../src/embeddings/cross-lingual-lexicon.js";
import { loadSentenceEncoder } from "../src/embeddings/sentence-encoder.js";
import { builtinWordVectors, formatWordVectors, isKnownEnglishWord } from "../src/embeddings/word-vectors.js";
import { inverseFrequencyWeight } from "../src/policies/hybrid-route-encoder.js";
import { LexicalRouteEncoder } from "../src/policies/route-match.js";

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
};
const corpusFiles = argument("--corpus", "").split(",").filter(Boolean);
const sentenceLimit = Number(argument("--sentences", "30000"));
const epochs = Number(argument("--epochs", "3"));
const learningRate = Number(argument("--rate", "0.5"));
const DIMENSIONS = 100;
const output = argument("--output", join(tmpdir(), "use-learned-100d.bin"));
if (corpusFiles.length === 0) throw new Error("--corpus FILE[,FILE…] is required");

const glove = builtinWordVectors();
const words = glove.words!;
const encoder = await loadSentenceEncoder("use-lite");
const embedAll = async (texts: string[]) => {
  const vectors: number[][] = [];
  for (let start = 0; start < texts.length; start += 250) vectors.push(...(await encoder.embed(texts.slice(start, start + 250))));
  return vectors;
};

// Sentences of the corpus, deterministic order, at most `sentenceLimit`.
const sentences: string[] = [];
const seen = new Set<string>();
for (const file of corpusFiles)
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { prompt?: string; text?: string; turns?: string[] };
    const texts = [record.prompt, record.text, ...(record.turns ?? [])].filter((text): text is string => typeof text === "string");
    for (const text of texts)
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/u)) {
        const trimmed = sentence.trim();
        if (trimmed.length >= 20 && trimmed.length <= 300 && !seen.has(trimmed)) {
          seen.add(trimmed);
          sentences.push(trimmed);
        }
      }
  }
sentences.splice(sentenceLimit);

// Each sentence's words as the meaning view reads them (English only), as rows and weights.
const reader = new LexicalRouteEncoder([], builtinCrossLingualLexicon(), undefined, isKnownEnglishWord);
const examples: Array<{ rows: number[]; weights: number[]; index: number }> = [];
sentences.forEach((sentence, index) => {
  const read = reader.words(sentence);
  if (read.language !== "eng") return;
  const rows: number[] = [];
  for (const token of read.tokens.filter((token) => read.keptWords.has(token))) {
    const row = glove.row(token) ?? glove.row(token.replace(/['’]\p{L}+$/u, ""));
    if (row !== undefined) rows.push(row);
  }
  if (rows.length > 0) examples.push({ rows, weights: rows.map(inverseFrequencyWeight), index });
});
console.error(`${sentences.length} sentences, ${examples.length} English with known words; embedding words and sentences…`);
const started = performance.now();
// The teacher's vectors of the words alone, cached in the temporary folder between runs.
const wordCache = join(tmpdir(), "use-lite-words-512.f32");
const cached = existsSync(wordCache) ? new Float32Array(new Uint8Array(readFileSync(wordCache)).buffer) : undefined;
const wordVectors = cached
  ? Array.from({ length: words.length }, (_, row) => Array.from(cached.subarray(row * 512, (row + 1) * 512)))
  : await embedAll([...words]);
if (!existsSync(wordCache)) writeFileSync(wordCache, Buffer.from(Float32Array.from(wordVectors.flat()).buffer));
const targets = await embedAll(examples.map((example) => sentences[example.index]!));
console.error(`embedded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
const width = wordVectors[0]!.length;
const table = new Float32Array(words.length * width);
wordVectors.forEach((vector, row) => table.set(vector, row * width));
const unitTargets = targets.map((target) => {
  const norm = Math.hypot(...target) || 1;
  return Float32Array.from(target, (value) => value / norm);
});

// SGD on 1 − cos(Σ wᵢ·rowᵢ, target).
const sum = new Float32Array(width);
const gradient = new Float32Array(width);
for (let epoch = 0; epoch < epochs; epoch++) {
  let loss = 0;
  for (let step = 0; step < examples.length; step++) {
    const pick = (step * 7919 + epoch * 104729) % examples.length;
    const example = examples[pick]!;
    const target = unitTargets[pick]!;
    sum.fill(0);
    example.rows.forEach((row, at) => {
      const weight = example.weights[at]!;
      for (let index = 0; index < width; index++) sum[index]! += weight * table[row * width + index]!;
    });
    const norm = Math.hypot(...sum) || 1;
    let cosine = 0;
    for (let index = 0; index < width; index++) cosine += (sum[index]! / norm) * target[index]!;
    loss += 1 - cosine;
    for (let index = 0; index < width; index++) gradient[index] = -(target[index]! - cosine * (sum[index]! / norm)) / norm;
    example.rows.forEach((row, at) => {
      const scale = learningRate * example.weights[at]!;
      for (let index = 0; index < width; index++) table[row * width + index]! -= scale * gradient[index]!;
    });
  }
  console.error(`epoch ${epoch + 1}: mean 1 − cos ${(loss / examples.length).toFixed(4)}`);
}

// PCA to DIMENSIONS (centred; power iteration with deflation), unit rows, 8-bit.
const mean = new Float64Array(width);
for (let row = 0; row < words.length; row++) for (let index = 0; index < width; index++) mean[index]! += table[row * width + index]! / words.length;
for (let row = 0; row < words.length; row++) for (let index = 0; index < width; index++) table[row * width + index]! -= mean[index]!;
const covariance = Array.from({ length: width }, () => new Float64Array(width));
for (let row = 0; row < words.length; row++)
  for (let a = 0; a < width; a++) {
    const value = table[row * width + a]!;
    const target = covariance[a]!;
    for (let b = 0; b < width; b++) target[b]! += value * table[row * width + b]!;
  }
const components: Float64Array[] = [];
for (let component = 0; component < DIMENSIONS; component++) {
  let direction = new Float64Array(width).map((_, index) => Math.sin(index + component + 1));
  for (let iteration = 0; iteration < 300; iteration++) {
    const next = new Float64Array(width);
    for (let a = 0; a < width; a++) {
      let value = 0;
      for (let b = 0; b < width; b++) value += covariance[a]![b]! * direction[b]!;
      next[a] = value;
    }
    for (const previous of components) {
      let projection = 0;
      for (let index = 0; index < width; index++) projection += next[index]! * previous[index]!;
      for (let index = 0; index < width; index++) next[index]! -= projection * previous[index]!;
    }
    const length = Math.hypot(...next);
    direction = next.map((value) => value / length);
  }
  components.push(direction);
}
const body = new Int8Array(words.length * DIMENSIONS);
for (let row = 0; row < words.length; row++) {
  const reduced = components.map((component) => {
    let value = 0;
    for (let index = 0; index < width; index++) value += component[index]! * table[row * width + index]!;
    return value;
  });
  const norm = Math.hypot(...reduced) || 1;
  reduced.forEach((value, index) => (body[row * DIMENSIONS + index] = Math.round((127 * value) / norm)));
}
writeFileSync(output, formatWordVectors(words, DIMENSIONS, body));
console.log(`${output}: ${words.length} words × ${DIMENSIONS} dimensions, trained on ${examples.length} sentences`);
