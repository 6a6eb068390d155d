// `npm run eval:routing [-- DIR | --set dev|dev-3|dev-4|dev-ja|dev-new-routes|dev-5|dev-6] [--words-only] [--word-alignment N] [--threshold-margin N] [--synonyms] [--intent-cue] [--form-terms] [--[no-]request-focus] [--prompt-shape] [--no-spelling] [--length-calibration] [--word-vectors [--vectors-file PATH]] [--sentence-encoder use-lite [--sentence-fallback]] [--half A|B] [--corpus FILE,…]`: scores the semantic routes' built-in encoder on the labelled
// routing set (DIR/routes.yaml + DIR/prompts.jsonl, default eval/routing): route accuracy on exact
// utterances and paraphrases (per language and per route), and the false-match rate on prompts
// that must match no route. The set was written apart from the code; nothing here is tuned on it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { parseWordVectors } from "../../src/embeddings/word-vectors.js";

interface LabelledPrompt {
  id: string;
  text: string;
  route: string | null;
  language: string;
  kind: "exact" | "paraphrase" | "negative";
  near?: string;
  /** Development sets only: the block of prompts written together (e.g. "en-2"); absent = the first block. */
  block?: string;
}

// classifier.embeddings.wordVectors (off by default, as in the product; --word-vectors: true;
// --words-only, the default, is accepted)
const withWordVectors = process.argv.includes("--word-vectors") && !process.argv.includes("--words-only");
const numberAfter = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? Number(process.argv[at + 1]) : undefined;
};
const wordAlignment = numberAfter("--word-alignment"); // classifier.embeddings.wordAlignment (unset: 0.3 with word vectors)
const thresholdMargin = numberAfter("--threshold-margin"); // classifier.embeddings.thresholdMargin (unset: 0.12 with word vectors, 0 words only)
const withMeaningFallback = process.argv.includes("--meaning-fallback"); // classifier.embeddings.meaningFallback: true (with --word-vectors)
const withSynonyms = process.argv.includes("--synonyms"); // classifier.embeddings.synonyms: true (off by default)
const withNeighbours = process.argv.includes("--neighbours"); // classifier.embeddings.neighbours: true (off by default)
const withIntentCue = process.argv.includes("--intent-cue"); // classifier.embeddings.intentCue: true (off by default)
// classifier.embeddings.formTerms / requestFocus: true with the flag (--prompt-shape: both, session 31's
// `promptShape`), false with --no-request-focus, else the default
const withPromptShape = process.argv.includes("--prompt-shape");
const withFormTerms = withPromptShape || process.argv.includes("--form-terms") ? true : undefined;
const withRequestFocus = withPromptShape || process.argv.includes("--request-focus") ? true : process.argv.includes("--no-request-focus") ? false : undefined;
const withSpelling = !process.argv.includes("--no-spelling"); // classifier.embeddings.spelling: false (on by default)
const withLengthCalibration = process.argv.includes("--length-calibration"); // classifier.embeddings.lengthCalibration: true (off by default)
// --vectors-file PATH (with --word-vectors): another word-vector table in the shipped format instead of
// the GloVe file (e.g. the one scripts/build-distilled-vectors.mjs writes; session 30)
const vectorsFileAt = process.argv.indexOf("--vectors-file");
const vectorsFile = vectorsFileAt >= 0 ? process.argv[vectorsFileAt + 1] : undefined;
// --sentence-encoder use-lite: classifier.embeddings.sentenceEncoder (optional packages; NODE_PATH may point at them)
const sentenceAt = process.argv.indexOf("--sentence-encoder");
const sentenceEncoder = sentenceAt >= 0 ? (process.argv[sentenceAt + 1] as "use-lite") : undefined;
const withSentenceFallback = process.argv.includes("--sentence-fallback"); // classifier.embeddings.sentenceFallback: true (with --sentence-encoder)
// --corpus FILE[,FILE…]: recorded prompts (JSONL, field `prompt` or `text`) whose words join the IDF, as
// `createRouter`'s `routeCorpus` does (read by path, e.g. ../shared/datasets/routellm.outcomes.jsonl)
const corpusAt = process.argv.indexOf("--corpus");
const corpus =
  corpusAt >= 0
    ? process.argv[corpusAt + 1]!.split(",").flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line) as { prompt?: unknown; text?: unknown })
          .flatMap((row) => [row.prompt ?? row.text].filter((text): text is string => typeof text === "string")),
      )
    : undefined;
const halfAt = process.argv.indexOf("--half");
const half = halfAt >= 0 ? process.argv[halfAt + 1] : undefined;
if (half !== undefined && half !== "A" && half !== "B") throw new Error("--half takes A or B");
const argumentsGiven = process.argv.slice(2);
const setIndex = argumentsGiven.indexOf("--set"); // --set NAME reads eval/routing/NAME (a development set)
const setName = setIndex >= 0 ? argumentsGiven[setIndex + 1] : undefined;
const flagValues = new Set([
  setName,
  ...["--word-alignment", "--threshold-margin", "--vectors-file", "--sentence-encoder", "--half", "--corpus"].map((flag) =>
    argumentsGiven.includes(flag) ? argumentsGiven[argumentsGiven.indexOf(flag) + 1] : undefined,
  ),
]);
const directory = setName
  ? join("eval/routing", setName)
  : (argumentsGiven.find((argument) => !argument.startsWith("--") && !flagValues.has(argument)) ?? "eval/routing");
const routeFile = parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Array<{ name: string; utterances: string[] }> };
const prompts = readFileSync(join(directory, "prompts.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as LabelledPrompt)
  // --half A|B (development sets): the prompts at even (A) or odd (B) lines, exact utterances in both;
  // choose settings on A, report B.
  .filter((prompt, line) => !half || prompt.kind === "exact" || line % 2 === (half === "A" ? 0 : 1));

const config = parseConfig({
  models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
  classifier: {
    embeddings: {
      wordVectors: withWordVectors,
      meaningFallback: withMeaningFallback,
      sentenceEncoder,
      sentenceFallback: withSentenceFallback,
      wordAlignment,
      thresholdMargin,
      synonyms: withSynonyms,
      neighbours: withNeighbours,
      intentCue: withIntentCue,
      formTerms: withFormTerms,
      requestFocus: withRequestFocus,
      spelling: withSpelling,
      lengthCalibration: withLengthCalibration,
    },
    routes: routeFile.routes.map(({ name, utterances }) => ({ name, utterances })),
  },
});
const index = await buildRouteIndex(config.classifier, {
  corpus,
  wordVectors: vectorsFile ? parseWordVectors(readFileSync(vectorsFile), vectorsFile) : undefined,
});
const score = async (text: string) => index.score(text, undefined, await index.sentenceVector?.(text));

interface Tally {
  right: number;
  total: number;
}
const tallies = new Map<string, Tally>();
const count = (key: string, right: boolean) => {
  const tally = tallies.get(key) ?? { right: 0, total: 0 };
  tally.total++;
  if (right) tally.right++;
  tallies.set(key, tally);
};
const latencies: number[] = [];
for (const prompt of prompts) await score(prompt.text); // warm-up: stemmers, JIT
for (const prompt of prompts) {
  const started = performance.now();
  const scores = await score(prompt.text);
  latencies.push(performance.now() - started);
  const predicted = scores[0]?.matched ? scores[0].name : null;
  const right = predicted === prompt.route;
  count(`kind ${prompt.kind}`, right);
  if (prompt.kind === "paraphrase") {
    count(`paraphrase, language ${prompt.language}`, right);
    count(`paraphrase, route ${prompt.route}`, right);
  }
  if (prompt.block !== undefined && prompt.kind !== "exact") count(`${prompt.kind}, block ${prompt.block}`, right);
  if (prompt.kind === "negative") {
    count(`negative, language ${prompt.language}`, right);
    count(prompt.near ? "negative, near-miss" : "negative, not a near-miss", right);
  }
}

const percent = (tally: Tally) => `${((100 * tally.right) / tally.total).toFixed(1)}%`.padStart(7);
const negatives = tallies.get("kind negative");
console.log(
  `Semantic routes, built-in encoder${withWordVectors ? ` (words + word vectors, alignment ${wordAlignment ?? "default"}, margin ${thresholdMargin ?? "default"}${withMeaningFallback ? ", words first, meaning as fallback" : ""})` : ` (words only, margin ${thresholdMargin ?? "default"})`}${withSynonyms ? " + synonyms" : ""}${withNeighbours ? " + neighbours" : ""}${withIntentCue ? " + intent cue" : ""}${withFormTerms ? " + form terms" : ""}${withRequestFocus !== undefined ? ` + request focus ${withRequestFocus ? "on" : "off"}` : ""}${withSpelling ? "" : ", no English normalisation"}${withLengthCalibration ? " + length calibration" : ""}${sentenceEncoder ? `, English by sentence encoder ${sentenceEncoder}${withSentenceFallback ? " after the words" : ""}` : ""}${vectorsFile ? `, vectors ${vectorsFile}` : ""}${half ? `, half ${half}` : ""}: ${routeFile.routes.length} routes, ${prompts.length} labelled prompts (${directory})`,
);
console.log(`thresholds: ${index.routes.map((route) => `${route.name} ${route.threshold.toFixed(2)}`).join(", ")}\n`);
console.log("accuracy = the best matched route is the labelled one (negatives: no route matched)");
for (const [key, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${key.padEnd(36)} ${percent(tally)}  (${tally.right}/${tally.total})`);
if (negatives) console.log(`\nfalse-match rate on negatives: ${(100 * (1 - negatives.right / negatives.total)).toFixed(1)}%`);
latencies.sort((a, b) => a - b);
console.log(
  `scoring time per prompt: p50 ${(latencies[Math.floor(latencies.length / 2)]! * 1000).toFixed(0)} µs, p99 ${(latencies[Math.floor(latencies.length * 0.99)]! * 1000).toFixed(0)} µs`,
);
