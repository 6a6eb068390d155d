import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { RouterConfig } from "../config/schema.js";
import { builtinCrossLingualLexicon } from "../embeddings/cross-lingual-lexicon.js";
import { builtinSynonymTable } from "../embeddings/synonym-table.js";
import { builtinNeighbourTable } from "../embeddings/neighbour-table.js";
import { englishExpansion, neighboursOfUnknownWords } from "../policies/synonym-table.js";
import { routeWords, termsOfWords } from "../policies/route-terms.js";
import { loadSentenceEncoder, sentenceEncoderKey, type SentenceEncoder } from "../embeddings/sentence-encoder.js";
import { builtinWordVectors, isKnownEnglishWord, type WordVectors } from "../embeddings/word-vectors.js";
import {
  DEFAULT_VECTOR_THRESHOLD_MARGIN,
  DEFAULT_WORD_ALIGNMENT,
  HybridRouteEncoder,
  hybridSpace,
  SENTENCE_THRESHOLD_MARGIN,
  meaningAlignmentSpace,
  type HybridVector,
} from "../policies/hybrid-route-encoder.js";
import { DEFAULT_ALIGNMENT_SETTINGS } from "../policies/word-alignment.js";
import { openingWord, QUESTION_OPENERS } from "../policies/request-focus.js";
import { EXPLANATORY_QUESTION_FACTOR, isExplanatoryQuestion, taskRoute } from "../policies/intent-cue.js";
import {
  bestOfViews,
  boundedRouteText,
  createRouteMatcher,
  denseSpace,
  sparseSpace,
  type RouteMatcher,
  type RouteScore,
  type VectorSpace,
} from "../policies/route-match.js";
import type { RouteIndex } from "./node-runtime.js";
import { sentenceAfterWords } from "../policies/sentence-fallback.js";
import { DEFAULT_LENGTH_CALIBRATION, lengthFactor, scaledScores } from "../policies/length-calibration.js";

/**
 * Indexes the configured routes once: the built-in encoder always (words, its IDF learned from the
 * utterances plus `corpus`, e.g. recorded prompts; and meaning from the shipped English word vectors,
 * averaged and softly aligned word by word, unless `wordVectors: false`), and the configured embeddings model's vectors
 * when the classifier uses one (`embeddings` given and not the built-in encoder). With the built-in
 * encoder and `sentenceEncoder` set, English prompts are scored by the sentence encoder's vectors
 * (`sentenceVector`, then `score`'s third argument) against thresholds calibrated in its scale.
 * `wordVectors` / `sentenceEncoder` / `knownWord`: tables, encoders or the English word test (typo
 * correction) to use instead of the configured ones (evaluation scripts, tests). The English word
 * test reads the shipped word list (327 kB), not the vectors (4.3 MB), when the vectors are off.
 */
export async function buildRouteIndex(
  classifier: RouterConfig["classifier"],
  options: {
    embeddings?: EmbeddingsInterface | undefined;
    corpus?: readonly string[] | undefined;
    wordVectors?: WordVectors | undefined;
    sentenceEncoder?: SentenceEncoder | undefined;
    knownWord?: ((word: string) => boolean) | undefined;
  } = {},
): Promise<RouteIndex> {
  const routes = classifier.routes;
  const { embeddings } = classifier;
  // The vectors (4 MB) are read only when there are routes to compare prompts with.
  const vectors = embeddings.wordVectors && routes.length > 0 ? (options.wordVectors ?? builtinWordVectors()) : undefined;
  const alignmentShare = vectors ? (embeddings.wordAlignment ?? DEFAULT_WORD_ALIGNMENT) : 0;
  const thresholdOffset = embeddings.thresholdMargin ?? (vectors ? DEFAULT_VECTOR_THRESHOLD_MARGIN : 0);
  const builtin = new HybridRouteEncoder(
    [...routes.flatMap((route) => route.utterances), ...(options.corpus ?? [])],
    vectors,
    builtinCrossLingualLexicon(),
    englishExpansion(
      embeddings.synonyms ? builtinSynonymTable() : undefined,
      embeddings.neighbours ? neighboursOfUnknownWords(builtinNeighbourTable(), routeVocabulary(routes, embeddings.spelling)) : undefined,
    ),
    vectors && alignmentShare > 0 ? { vectors, ...DEFAULT_ALIGNMENT_SETTINGS } : undefined,
    embeddings.spelling && routes.length > 0 ? (options.knownWord ?? isKnownEnglishWord) : undefined,
    {
      formTerms: embeddings.formTerms,
      requestFocus: embeddings.requestFocus,
      // A clause is a request when it opens as an utterance of any route does, or as a question.
      openers: new Set([...routes.flatMap((route) => route.utterances.map(openingWord)), ...QUESTION_OPENERS]),
    },
  );
  const utteranceVectors = routes.map((route) => route.utterances.map((text) => builtin.encode(text)));
  // Thresholds from the utterances' words: the form terms a route's utterances share (all have a
  // number, say) would make them look alike and raise its threshold above its paraphrases in words.
  const calibrationVectors = embeddings.formTerms
    ? routes.map((route) => route.utterances.map((text) => builtin.encode(text, { forms: false })))
    : utteranceVectors;
  const builtinMatcher = <Vector>(space: VectorSpace<Vector>, pick: (vector: HybridVector) => Vector, offset = thresholdOffset) =>
    createRouteMatcher(
      space,
      routes.map((route, index) => ({
        name: route.name,
        utterances: route.utterances,
        threshold: route.threshold,
        vectors: utteranceVectors[index]!.map(pick),
        calibrationVectors: calibrationVectors[index]!.map(pick),
      })),
      { thresholdOffset: offset },
    );
  // Two scales, each with its own calibrated thresholds: prompts with a meaning vector are compared
  // by words, averaged vectors and word alignment, other prompts (no known word) by words alone.
  const space =
    vectors && alignmentShare > 0 ? meaningAlignmentSpace({ vectors, alignmentShare, cosineFloor: DEFAULT_ALIGNMENT_SETTINGS.cosineFloor }) : hybridSpace();
  const hybridMatcher = builtinMatcher(space, (vector) => vector);
  const lexicalMatcher = builtinMatcher(sparseSpace, (vector) => vector.lexical);
  // meaningFallback: the words first, against the words-only thresholds (no margin), the meaning view only when they match nothing.
  const wordsFirst = vectors && embeddings.meaningFallback ? builtinMatcher(sparseSpace, (vector) => vector.lexical, 0) : undefined;
  const meaningOrWords = (encoded: HybridVector) => {
    if (!wordsFirst) return encoded.meaning ? hybridMatcher.score(encoded) : lexicalMatcher.score(encoded.lexical);
    const byWords = inView(wordsFirst.score(encoded.lexical), "words");
    if (!encoded.meaning || byWords[0]?.matched) return byWords;
    const byMeaning = inView(hybridMatcher.score(encoded), "meaning");
    return byMeaning[0]?.matched ? byMeaning : byWords;
  };
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
  const sentenceEncoder =
    options.embeddings || routes.length === 0 || (embeddings.sentenceEncoder === "none" && !options.sentenceEncoder)
      ? undefined
      : (options.sentenceEncoder ?? (await loadSentenceEncoder("use-lite", undefined, sentenceEncoderKey(embeddings))));
  // sentenceFallback: thresholds with no margin (sentenceAfterWords adds its own and reads them for the veto).
  const sentenceFallback = sentenceEncoder !== undefined && embeddings.sentenceFallback;
  const sentenceMatcher = sentenceEncoder && (await sentenceRouteMatcher(sentenceEncoder, routes, sentenceFallback ? 0 : SENTENCE_THRESHOLD_MARGIN));
  // Routes asked mostly as tasks: an explanatory question on their topic scores less (see intent-cue.ts).
  // Long prompts' scores lifted (length-calibration.ts); not for an embeddings model or the sentence encoder.
  const lengthCalibration = embeddings.lengthCalibration ? DEFAULT_LENGTH_CALIBRATION : undefined;
  const taskRoutes = new Set(classifier.embeddings.intentCue ? routes.filter((route) => taskRoute(route.utterances)).map((route) => route.name) : []);
  const builtinScores = (text: string): RouteScore[] => {
    const scores = bestOfViews(
      builtin.encodeViews(text).map((encoded) => {
        const viewScores = meaningOrWords(encoded);
        return lengthCalibration ? scaledScores(viewScores, lengthFactor(encoded.contentWords ?? 0, lengthCalibration)) : viewScores;
      }),
    );
    if (taskRoutes.size === 0 || !isExplanatoryQuestion(text)) return scores;
    return scores
      .map((entry) => {
        if (!taskRoutes.has(entry.name)) return entry;
        const score = entry.score * EXPLANATORY_QUESTION_FACTOR;
        return { ...entry, score, matched: score >= entry.threshold };
      })
      .sort((a, b) => Number(b.matched) - Number(a.matched) || b.score - b.threshold - (a.score - a.threshold));
  };
  return {
    routes: denseMatcher?.routes ?? hybridMatcher.routes,
    ...(sentenceEncoder && {
      sentenceVector: async (text: string) =>
        builtin.readsAsEnglish(text) ? (await sentenceEncoder.embed([sentenceFallback ? builtin.correctedText(text) : boundedRouteText(text)]))[0] : undefined,
    }),
    score: (text, vector, sentence) => {
      if (denseMatcher && vector) return denseMatcher.score(vector);
      if (sentenceMatcher && sentence && !sentenceFallback) return sentenceMatcher.score(sentence);
      const byWords = builtinScores(text);
      return sentenceMatcher && sentence ? sentenceAfterWords(byWords, sentenceMatcher.score(sentence)) : byWords;
    },
    prefer: new Map(routes.map((route) => [route.name, route.prefer])),
  };
}

/** The routes' utterances embedded by the sentence encoder, thresholds calibrated in its scale plus `margin`. */
async function sentenceRouteMatcher(encoder: SentenceEncoder, routes: RouterConfig["classifier"]["routes"], margin: number) {
  const vectors = await encoder.embed(routes.flatMap((route) => route.utterances));
  let offset = 0;
  return createRouteMatcher(
    denseSpace,
    routes.map((route) => {
      const own = vectors.slice(offset, offset + route.utterances.length);
      offset += route.utterances.length;
      return { name: route.name, utterances: route.utterances, threshold: route.threshold, vectors: own };
    }),
    { thresholdFloor: 0, thresholdOffset: margin },
  );
}

/**
 * The English word stems of the routes' utterances (with the lexicon's English words for other
 * languages, and the English normalisation when on), for the word neighbours: only a prompt word
 * the utterances lack gets neighbours, and only neighbours the utterances have.
 */
function routeVocabulary(routes: RouterConfig["classifier"]["routes"], spelling: boolean): Set<string> {
  const lexicon = builtinCrossLingualLexicon();
  const stems = new Set<string>();
  for (const text of routes.flatMap((route) => route.utterances))
    for (const { term } of termsOfWords(routeWords(text, lexicon, undefined, spelling ? {} : undefined))) if (term.startsWith("w:")) stems.add(term.slice(2));
  return stems;
}

/** The scores of one view, marked with it (meaningFallback: the trace names the view that decided). */
function inView(scores: RouteScore[], view: "words" | "meaning"): RouteScore[] {
  return scores.map((entry) => ({ ...entry, view }));
}
