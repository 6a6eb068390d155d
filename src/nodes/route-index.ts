import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { RouterConfig } from "../config/schema.js";
import { builtinCrossLingualLexicon } from "../embeddings/cross-lingual-lexicon.js";
import { builtinSynonymTable } from "../embeddings/synonym-table.js";
import { builtinWordVectors } from "../embeddings/word-vectors.js";
import { HybridRouteEncoder, hybridSpace, type HybridVector } from "../policies/hybrid-route-encoder.js";
import { EXPLANATORY_QUESTION_FACTOR, isExplanatoryQuestion, taskRoute } from "../policies/intent-cue.js";
import { createRouteMatcher, denseSpace, sparseSpace, type RouteMatcher, type VectorSpace } from "../policies/route-match.js";
import type { RouteIndex } from "./node-runtime.js";

/**
 * Indexes the configured routes once: the built-in encoder always (words, its IDF learned from the
 * utterances plus `corpus`, e.g. recorded prompts; and meaning from the shipped English word vectors
 * unless `wordVectors: false`), and the configured embeddings model's vectors
 * when the classifier uses one (`embeddings` given and not the built-in encoder).
 */
export async function buildRouteIndex(
  classifier: RouterConfig["classifier"],
  options: { embeddings?: EmbeddingsInterface | undefined; corpus?: readonly string[] | undefined } = {},
): Promise<RouteIndex> {
  const routes = classifier.routes;
  const builtin = new HybridRouteEncoder(
    [...routes.flatMap((route) => route.utterances), ...(options.corpus ?? [])],
    classifier.embeddings.wordVectors ? builtinWordVectors() : undefined,
    builtinCrossLingualLexicon(),
    classifier.embeddings.synonyms ? builtinSynonymTable() : undefined,
  );
  const utteranceVectors = routes.map((route) => route.utterances.map((text) => builtin.encode(text)));
  const builtinMatcher = <Vector>(space: VectorSpace<Vector>, pick: (vector: HybridVector) => Vector) =>
    createRouteMatcher(
      space,
      routes.map((route, index) => ({
        name: route.name,
        utterances: route.utterances,
        threshold: route.threshold,
        vectors: utteranceVectors[index]!.map(pick),
      })),
    );
  // Two scales, each with its own calibrated thresholds: English prompts are compared by words and
  // meaning, other prompts (no meaning vector) by words alone.
  const hybridMatcher = builtinMatcher(hybridSpace(), (vector) => vector);
  const lexicalMatcher = builtinMatcher(sparseSpace, (vector) => vector.lexical);
  let denseMatcher: RouteMatcher<readonly number[]> | undefined;
  if (options.embeddings && routes.length > 0) {
    const vectors = await options.embeddings.embedDocuments(routes.flatMap((route) => route.utterances));
    let offset = 0;
    denseMatcher = createRouteMatcher(
      denseSpace,
      routes.map((route) => {
        const own = vectors.slice(offset, offset + route.utterances.length);
        offset += route.utterances.length;
        return { name: route.name, utterances: route.utterances, threshold: route.threshold, vectors: own };
      }),
      { thresholdFloor: 0 },
    );
  }
  // Routes asked mostly as tasks: an explanatory question on their topic scores less (see intent-cue.ts).
  const taskRoutes = new Set(classifier.embeddings.intentCue ? routes.filter((route) => taskRoute(route.utterances)).map((route) => route.name) : []);
  return {
    routes: denseMatcher?.routes ?? hybridMatcher.routes,
    score: (text, vector) => {
      if (denseMatcher && vector) return denseMatcher.score(vector);
      const encoded = builtin.encode(text);
      const scores = encoded.meaning ? hybridMatcher.score(encoded) : lexicalMatcher.score(encoded.lexical);
      if (taskRoutes.size === 0 || !isExplanatoryQuestion(text)) return scores;
      return scores
        .map((entry) => {
          if (!taskRoutes.has(entry.name)) return entry;
          const score = entry.score * EXPLANATORY_QUESTION_FACTOR;
          return { ...entry, score, matched: score >= entry.threshold };
        })
        .sort((a, b) => Number(b.matched) - Number(a.matched) || b.score - b.threshold - (a.score - a.threshold));
    },
    prefer: new Map(routes.map((route) => [route.name, route.prefer])),
  };
}
