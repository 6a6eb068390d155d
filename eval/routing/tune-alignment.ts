// `npx tsx eval/routing/tune-alignment.ts [SET …] [--combined | --alignment-only] [--sweep]` (default: dev dev-new-routes dev-3): the
// development sets' figures of the built-in encoder's compositions side by side, per block:
// words only, the SIF-weighted mean of word vectors (the `wordVectors` view), the same with the
// first principal component of the utterances' vectors removed, and the soft word alignment
// (word-alignment.ts) over a grid of its settings, with the lexical score as max or mix;
// --combined: the averaged vectors mixed with the alignment F1, with a margin added to the
// calibrated thresholds (the shipped default is its row "0.3 idf cos>0.4 offset 0.12"); --sweep:
// also one offset swept over every threshold. Development sets only: the labelled set
// (eval/routing/prompts.jsonl) is refused, so nothing can be tuned on it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { builtinWordVectors } from "../../src/embeddings/word-vectors.js";
import { alignedSpace, HybridRouteEncoder, hybridSpace, type HybridVector } from "../../src/policies/hybrid-route-encoder.js";
import { createRouteMatcher, sparseSpace, type VectorSpace } from "../../src/policies/route-match.js";
import type { AlignmentWeighting } from "../../src/policies/word-alignment.js";

interface LabelledPrompt {
  id: string;
  text: string;
  route: string | null;
  kind: "exact" | "paraphrase" | "negative";
  block?: string;
}

const sets = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
const names = sets.length > 0 ? sets : ["dev", "dev-new-routes", "dev-3"];
if (names.some((name) => !name.startsWith("dev"))) throw new Error("tune-alignment reads development sets only (eval/routing/dev*)");
const onlyAlignment = process.argv.includes("--alignment-only");

const vectors = builtinWordVectors();
const lexicon = builtinCrossLingualLexicon();

interface Loaded {
  name: string;
  routes: Array<{ name: string; utterances: string[] }>;
  prompts: LabelledPrompt[];
}
const loaded: Loaded[] = names.map((name) => {
  const directory = join("eval/routing", name);
  const routes = (parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Loaded["routes"] }).routes;
  const prompts = readFileSync(join(directory, "prompts.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledPrompt);
  return { name, routes, prompts };
});

type Scorer = (vector: HybridVector) => { name: string; matched: boolean; score?: number; threshold?: number } | undefined;

/** With --sweep: every prompt's top route and its margin over the route's threshold, for a sweep of one offset added to every threshold. */
const sweep = process.argv.includes("--sweep");
const margins: Array<{ variant: string; entries: Array<{ paraphrase: boolean; right: boolean; margin: number }> }> = [];
let currentEntries: Array<{ paraphrase: boolean; right: boolean; margin: number }> = [];

/** Per block: paraphrases matched to their route, negatives matched to any route. */
function tally(set: Loaded, encoded: HybridVector[], scorer: Scorer): Map<string, { para: number; paraTotal: number; neg: number; negTotal: number }> {
  const blocks = new Map<string, { para: number; paraTotal: number; neg: number; negTotal: number }>();
  set.prompts.forEach((prompt, index) => {
    if (prompt.kind === "exact") return;
    const key = `${set.name}${prompt.block ? `:${prompt.block}` : ""}`;
    const block = blocks.get(key) ?? { para: 0, paraTotal: 0, neg: 0, negTotal: 0 };
    const best = scorer(encoded[index]!);
    const predicted = best?.matched ? best.name : null;
    if (sweep && best)
      currentEntries.push({ paraphrase: prompt.kind === "paraphrase", right: best.name === prompt.route, margin: (best.score ?? 0) - (best.threshold ?? 0) });
    if (prompt.kind === "paraphrase") {
      block.paraTotal++;
      if (predicted === prompt.route) block.para++;
    } else {
      block.negTotal++;
      if (predicted !== null) block.neg++;
    }
    blocks.set(key, block);
  });
  return blocks;
}

function matcherScorer(set: Loaded, utterances: HybridVector[][], space: VectorSpace<HybridVector>, thresholdFloor?: number): Scorer {
  const matcher = createRouteMatcher(
    space,
    set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]! })),
    thresholdFloor === undefined ? {} : { thresholdFloor },
  );
  return (vector) => matcher.score(vector)[0];
}

/** Removes the first principal component of `sample` from every vector of `all` (in place), renormalised. */
function removeFirstComponent(sample: Float32Array[], all: Float32Array[]): void {
  const dimensions = sample[0]!.length;
  const mean = new Float64Array(dimensions);
  for (const vector of sample) for (let index = 0; index < dimensions; index++) mean[index]! += vector[index]! / sample.length;
  let direction = new Float64Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(dimensions);
    for (const vector of sample) {
      let dot = 0;
      for (let index = 0; index < dimensions; index++) dot += vector[index]! * direction[index]!;
      for (let index = 0; index < dimensions; index++) next[index]! += dot * vector[index]!;
    }
    const norm = Math.hypot(...next);
    direction = next.map((value) => value / norm);
  }
  for (const vector of all) {
    let dot = 0;
    for (let index = 0; index < dimensions; index++) dot += vector[index]! * direction[index]!;
    let norm = 0;
    for (let index = 0; index < dimensions; index++) {
      vector[index]! -= dot * direction[index]!;
      norm += vector[index]! * vector[index]!;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let index = 0; index < dimensions; index++) vector[index]! *= scale;
  }
}

const rows: Array<{ variant: string; figures: Map<string, { para: number; paraTotal: number; neg: number; negTotal: number }> }> = [];
const record = (variant: string, perSet: Array<ReturnType<typeof tally>>) => {
  const figures = new Map<string, { para: number; paraTotal: number; neg: number; negTotal: number }>();
  for (const blocks of perSet) for (const [key, value] of blocks) figures.set(key, value);
  rows.push({ variant, figures });
  margins.push({ variant, entries: currentEntries });
  currentEntries = [];
};

if (!onlyAlignment) {
  const wordsOnly = loaded.map((set) => {
    const encoder = new HybridRouteEncoder(
      set.routes.flatMap((route) => route.utterances),
      undefined,
      lexicon,
    );
    const utterances = set.routes.map((route) => route.utterances.map((text) => encoder.encode(text)));
    const lexical = createRouteMatcher(
      sparseSpace,
      set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]!.map((vector) => vector.lexical) })),
    );
    return tally(
      set,
      set.prompts.map((prompt) => encoder.encode(prompt.text)),
      (vector) => lexical.score(vector.lexical)[0],
    );
  });
  record("words only (earlier default)", wordsOnly);
  for (const removePc of [false, true]) {
    const perSet = loaded.map((set) => {
      const encoder = new HybridRouteEncoder(
        set.routes.flatMap((route) => route.utterances),
        vectors,
        lexicon,
      );
      const utterances = set.routes.map((route) => route.utterances.map((text) => encoder.encode(text)));
      const prompts = set.prompts.map((prompt) => encoder.encode(prompt.text));
      if (removePc) {
        const sample = utterances.flat().flatMap((vector) => (vector.meaning ? [vector.meaning] : []));
        removeFirstComponent(sample, [...sample, ...prompts.flatMap((vector) => (vector.meaning ? [vector.meaning] : []))]);
      }
      const hybrid = createRouteMatcher(
        hybridSpace(),
        set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]! })),
      );
      const lexical = createRouteMatcher(
        sparseSpace,
        set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]!.map((vector) => vector.lexical) })),
      );
      return tally(set, prompts, (vector) => (vector.meaning ? hybrid.score(vector)[0] : lexical.score(vector.lexical)[0]));
    });
    record(removePc ? "SIF mean, 1st PC removed" : "SIF mean (earlier wordVectors: true)", perSet);
  }
}

/** Every development set's utterances and prompts encoded once (`meaning`: the averaged vectors' view too, or words only). */
function encodeSets(meaning: typeof vectors | undefined, weighting: AlignmentWeighting) {
  return loaded.map((set) => {
    const encoder = new HybridRouteEncoder(
      set.routes.flatMap((route) => route.utterances),
      meaning,
      lexicon,
      undefined,
      { vectors, cosineFloor: 0, weighting },
    );
    return {
      utterances: set.routes.map((route) => route.utterances.map((text) => encoder.encode(text))),
      prompts: set.prompts.map((prompt) => encoder.encode(prompt.text)),
    };
  });
}

const combinedOnly = process.argv.includes("--combined");
if (combinedOnly) {
  for (const weighting of ["idf", "sif"] as const) {
    const encoded = encodeSets(vectors, weighting);
    for (const alignShare of [0, 0.3, 0.4, 0.5, 0.7])
      for (const cosineFloor of [0.3, 0.4])
        for (const thresholdOffset of [0, 0.08, 0.1, 0.11, 0.12]) {
          if (alignShare === 0 && (cosineFloor !== 0.3 || weighting !== "idf")) continue;
          const hybrid = hybridSpace();
          const aligned = alignedSpace({ vectors, cosineFloor, weighting, combine: "mix", lexicalShare: 0 });
          const space: VectorSpace<HybridVector> = {
            similarity: (a, b) =>
              a.meaning && b.meaning && a.aligned && b.aligned
                ? (1 - alignShare) * hybrid.similarity(a, b) + alignShare * aligned.similarity(a, b)
                : hybrid.similarity(a, b),
            centroid: hybrid.centroid,
          };
          const perSet = loaded.map((set, index) => {
            const build = <V>(vectorSpace: VectorSpace<V>, pick: (vector: HybridVector) => V) =>
              createRouteMatcher(
                vectorSpace,
                set.routes.map((route, routeIndex) => ({
                  name: route.name,
                  utterances: route.utterances,
                  vectors: encoded[index]!.utterances[routeIndex]!.map(pick),
                })),
                { thresholdOffset },
              );
            const matcher = build(space, (vector) => vector);
            const lexical = build(sparseSpace, (vector) => vector.lexical);
            return tally(set, encoded[index]!.prompts, (vector) => (vector.meaning ? matcher.score(vector)[0] : lexical.score(vector.lexical)[0]));
          });
          record(`SIF mean + alignment ${alignShare} ${weighting} cos>${cosineFloor} offset ${thresholdOffset}`, perSet);
        }
  }
}
if (!onlyAlignment && !combinedOnly) {
  for (const alignShare of [0.3, 0.5]) {
    const perSet = loaded.map((set) => {
      const encoder = new HybridRouteEncoder(
        set.routes.flatMap((route) => route.utterances),
        vectors,
        lexicon,
        undefined,
        { vectors, cosineFloor: 0, weighting: "idf" },
      );
      const utterances = set.routes.map((route) => route.utterances.map((text) => encoder.encode(text)));
      const hybrid = hybridSpace();
      const aligned = alignedSpace({ vectors, cosineFloor: 0.3, weighting: "idf", combine: "mix", lexicalShare: 0 });
      const space: VectorSpace<HybridVector> = {
        similarity: (a, b) =>
          a.meaning && b.meaning && a.aligned && b.aligned
            ? (1 - alignShare) * hybrid.similarity(a, b) + alignShare * aligned.similarity(a, b)
            : hybrid.similarity(a, b),
        centroid: hybrid.centroid,
      };
      const matcher = createRouteMatcher(
        space,
        set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]! })),
      );
      const lexical = createRouteMatcher(
        sparseSpace,
        set.routes.map((route, index) => ({ name: route.name, utterances: route.utterances, vectors: utterances[index]!.map((vector) => vector.lexical) })),
      );
      return tally(
        set,
        set.prompts.map((prompt) => encoder.encode(prompt.text)),
        (vector) => (vector.meaning ? matcher.score(vector)[0] : lexical.score(vector.lexical)[0]),
      );
    });
    record(`SIF mean + alignment ${alignShare}`, perSet);
  }
}

const weightings: AlignmentWeighting[] = ["idf", "sif", "idf-sif"];
const cosineFloors = [0, 0.1, 0.2, 0.3, 0.4];
const combinations: Array<{ combine: "max" | "mix"; lexicalShare: number }> = [
  { combine: "max", lexicalShare: 0 },
  { combine: "mix", lexicalShare: 0 },
  { combine: "mix", lexicalShare: 0.3 },
  { combine: "mix", lexicalShare: 0.5 },
];
const thresholdFloors = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
for (const weighting of combinedOnly ? [] : weightings) {
  const encoded = encodeSets(undefined, weighting);
  for (const cosineFloor of cosineFloors)
    for (const combination of combinations)
      for (const thresholdFloor of thresholdFloors) {
        const space = alignedSpace({ vectors, cosineFloor, weighting, ...combination });
        const perSet = loaded.map((set, index) => tally(set, encoded[index]!.prompts, matcherScorer(set, encoded[index]!.utterances, space, thresholdFloor)));
        record(
          `align ${weighting} cos>${cosineFloor} ${combination.combine}${combination.combine === "mix" ? combination.lexicalShare : ""} floor ${thresholdFloor}`,
          perSet,
        );
      }
}

const keys = [...new Set(rows.flatMap((row) => [...row.figures.keys()]))];
console.log(`variant | ${keys.map((key) => `${key} para, neg`).join(" | ")} | all para, neg`);
for (const { variant, figures } of rows) {
  let para = 0;
  let paraTotal = 0;
  let neg = 0;
  let negTotal = 0;
  const cells = keys.map((key) => {
    const figure = figures.get(key)!;
    para += figure.para;
    paraTotal += figure.paraTotal;
    neg += figure.neg;
    negTotal += figure.negTotal;
    return `${figure.para}/${figure.paraTotal}, ${figure.neg}/${figure.negTotal}`;
  });
  console.log(`${variant} | ${cells.join(" | ")} | ${((100 * para) / paraTotal).toFixed(1)}%, ${((100 * neg) / negTotal).toFixed(1)}%`);
}

if (sweep) {
  console.log("\nsweep (one offset added to every threshold): pooled paraphrases matched at false matches <= words only / <= 5%");
  const result = margins.map(({ variant, entries }) => {
    const negatives = entries.filter((entry) => !entry.paraphrase).map((entry) => entry.margin);
    const paraphrases = entries.filter((entry) => entry.paraphrase);
    const negativeTotal = rows[0]!.figures.size > 0 ? [...rows[0]!.figures.values()].reduce((sum, figure) => sum + figure.negTotal, 0) : 0;
    const paraphraseTotal = [...rows[0]!.figures.values()].reduce((sum, figure) => sum + figure.paraTotal, 0);
    const at = (allowed: number) => {
      let best = 0;
      let bestOffset = 0;
      for (let offset = -0.3; offset <= 0.5; offset += 0.005) {
        if (negatives.filter((margin) => margin >= offset).length > allowed) continue;
        const matched = paraphrases.filter((entry) => entry.right && entry.margin >= offset).length;
        if (matched > best) [best, bestOffset] = [matched, offset];
      }
      return `${best} (offset ${bestOffset.toFixed(3)})`;
    };
    const baseline = [...rows[0]!.figures.values()].reduce((sum, figure) => sum + figure.neg, 0);
    return { variant, same: at(baseline), five: at(Math.floor(0.05 * negativeTotal)), paraphraseTotal };
  });
  result.sort((a, b) => Number.parseInt(b.five) - Number.parseInt(a.five));
  for (const entry of result.filter((entry, index) => index < 30 || !entry.variant.startsWith("align")))
    console.log(`${entry.variant}: ${entry.same}/${entry.paraphraseTotal} | ${entry.five}/${entry.paraphraseTotal}`);
}
