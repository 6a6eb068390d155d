import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";
import type { SynonymTable } from "./synonym-table.js";
import { routeWords, termsOfWords, type EnglishSpelling, type RouteWords } from "./route-terms.js";
import { TypoCorrector } from "./typo-correction.js";

/** A semantic route's similarity to a prompt against the route's threshold. */
export interface RouteScore {
  name: string;
  score: number;
  threshold: number;
  matched: boolean;
  /** With `meaningFallback` or `sentenceFallback`: the view whose score and threshold these are (the trace says which one decided). */
  view?: "words" | "meaning" | "sentence";
  /** With `sentenceFallback`: the route the words matched and the sentence encoder overruled. */
  overruled?: string;
}

/**
 * Scoring prompts against semantic routes (routes defined by example utterances, as in
 * semantic-router). Pure: no LangChain, no I/O.
 *
 * - A route's score is the best cosine similarity between the prompt and any of its utterances,
 *   or the route's centroid (the normalised mean of its utterances), whichever is higher. A prompt
 *   equal to an utterance scores 1, and a route with many utterances is not diluted by averaging.
 * - Each route has a threshold: the configured one, else one calibrated from the utterances
 *   themselves (leave-one-out): half-way between the best similarity any other route's utterance
 *   reaches (negatives) and the typical similarity of the route's own utterances to each other
 *   (positives), never below the encoder's floor. Calibration needs no labelled data, so it works
 *   for any encoder (the built-in lexical one or an embeddings model).
 */

export interface RouteDefinition {
  name: string;
  utterances: readonly string[];
  /** Configured threshold; calibrated when absent. */
  threshold?: number | undefined;
}

/** Anything that compares a prompt with a set of utterances: vectors of one kind. */
export interface VectorSpace<Vector> {
  similarity(a: Vector, b: Vector): number;
  centroid(vectors: readonly Vector[]): Vector;
}

export interface RouteMatcher<Vector> {
  readonly routes: ReadonlyArray<{ name: string; threshold: number; calibrated: boolean }>;
  /** Every route's score, best first. */
  score(prompt: Vector): RouteScore[];
}

interface IndexedRoute<Vector> {
  name: string;
  vectors: Vector[];
  centroid: Vector;
  threshold: number;
  calibrated: boolean;
}

/** Lowest calibrated threshold (for the built-in encoder: one shared rare word is not a match). */
export const DEFAULT_THRESHOLD_FLOOR = 0.25;

/** Builds a matcher from routes and their utterances' vectors (same order as `utterances`). */
export function createRouteMatcher<Vector>(
  space: VectorSpace<Vector>,
  routes: ReadonlyArray<RouteDefinition & { vectors: readonly Vector[]; calibrationVectors?: readonly Vector[] | undefined }>,
  options: { thresholdFloor?: number; thresholdOffset?: number } = {},
): RouteMatcher<Vector> {
  const floor = options.thresholdFloor ?? DEFAULT_THRESHOLD_FLOOR;
  const offset = options.thresholdOffset ?? 0;
  const indexed: Array<IndexedRoute<Vector>> = routes.map((route) => ({
    name: route.name,
    vectors: [...route.vectors],
    centroid: space.centroid(route.vectors),
    threshold: route.threshold ?? Number.NaN,
    calibrated: route.threshold === undefined,
  }));
  const routeScore = (prompt: Vector, vectors: readonly Vector[], centroid: Vector) => {
    let best = space.similarity(prompt, centroid);
    for (const vector of vectors) best = Math.max(best, space.similarity(prompt, vector));
    return best;
  };
  // Thresholds are calibrated on `calibrationVectors` when given (e.g. the utterances without the
  // prompt-form terms they all share, which would make a route's utterances look alike).
  const calibration = routes.map((route) => [...(route.calibrationVectors ?? route.vectors)]);
  indexed.forEach((route, position) => {
    if (!route.calibrated) return;
    const own = calibration[position]!;
    const centroid = space.centroid(own);
    let bestNegative = 0;
    calibration.forEach((vectors, other) => {
      if (other === position) return;
      for (const vector of vectors) bestNegative = Math.max(bestNegative, routeScore(vector, own, centroid));
    });
    const positives: number[] = [];
    if (own.length > 1) {
      own.forEach((vector, index) => {
        const rest = own.filter((_, other) => other !== index);
        positives.push(routeScore(vector, rest, space.centroid(rest)));
      });
    }
    const typicalPositive = positives.length > 0 ? median(positives) : 1;
    route.threshold = clamp(Math.max(floor, (bestNegative + Math.max(typicalPositive, bestNegative)) / 2) + offset, floor, 0.95);
  });
  return {
    routes: indexed.map(({ name, threshold, calibrated }) => ({ name, threshold, calibrated })),
    score(prompt) {
      return indexed
        .map((route) => {
          const score = routeScore(prompt, route.vectors, route.centroid);
          return { name: route.name, score, threshold: route.threshold, matched: score >= route.threshold };
        })
        .sort(byMatchThenMargin);
    },
  };
}

/**
 * Scores of several views of one prompt merged, best first: the first view is the whole prompt
 * (best first), the others (its request line) may raise only the route the whole prompt ranks first,
 * so a line of a longer text cannot pull the prompt into a route the text as a whole does not lean to.
 */
export function bestOfViews(views: ReadonlyArray<readonly RouteScore[]>): RouteScore[] {
  const [whole, ...others] = views;
  const lead = whole![0];
  if (!lead || others.length === 0) return [...whole!];
  let raised = lead;
  for (const view of others) for (const entry of view) if (entry.name === lead.name && entry.score > raised.score) raised = entry;
  return whole!.map((entry) => (entry === lead ? raised : entry)).sort(byMatchThenMargin);
}

/** Matched routes first, then by score above (or below) the route's threshold. */
export function byMatchThenMargin(a: RouteScore, b: RouteScore): number {
  return Number(b.matched) - Number(a.matched) || b.score - b.threshold - (a.score - a.threshold);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

// ---------------------------------------------------------------------------------------------
// Dense vectors (an embeddings model): cosine similarity.

export const denseSpace: VectorSpace<readonly number[]> = {
  similarity(a, b) {
    let dotProduct = 0;
    let normA = 0;
    let normB = 0;
    const length = Math.min(a.length, b.length);
    for (let index = 0; index < length; index++) {
      dotProduct += a[index]! * b[index]!;
      normA += a[index]! * a[index]!;
      normB += b[index]! * b[index]!;
    }
    return normA > 0 && normB > 0 ? dotProduct / Math.sqrt(normA * normB) : 0;
  },
  centroid(vectors) {
    const length = vectors[0]?.length ?? 0;
    const sum = new Array<number>(length).fill(0);
    for (const vector of vectors) for (let index = 0; index < length; index++) sum[index]! += vector[index]!;
    return sum;
  },
};

// ---------------------------------------------------------------------------------------------
// The built-in lexical encoder: TF-IDF over stemmed words, word bigrams and character n-grams.

/** A sparse, L2-normalised vector. */
export type SparseVector = ReadonlyMap<string, number>;

export const sparseSpace: VectorSpace<SparseVector> = {
  similarity(a, b) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let sum = 0;
    for (const [term, weight] of small) {
      const other = large.get(term);
      if (other !== undefined) sum += weight * other;
    }
    return sum;
  },
  centroid(vectors) {
    const sum = new Map<string, number>();
    for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
    return normalise(sum);
  },
};

/** Characters of a long prompt's head and tail that the built-in route encoder reads. */
export const ROUTE_TEXT_HEAD = 1500;
export const ROUTE_TEXT_TAIL = 500;

/** A long text's head and tail (ROUTE_TEXT_HEAD + ROUTE_TEXT_TAIL characters), else the text. */
export function boundedRouteText(text: string): string {
  return text.length > ROUTE_TEXT_HEAD + ROUTE_TEXT_TAIL ? `${text.slice(0, ROUTE_TEXT_HEAD)} ${text.slice(-ROUTE_TEXT_TAIL)}` : text;
}

/**
 * Inverse document frequencies learned from a corpus (the routes' utterances, plus recorded prompts
 * when given): a word every route uses weighs little, a word only one route uses weighs much.
 */
export class LexicalRouteEncoder {
  private readonly idf = new Map<string, number>();
  private readonly unseenIdf: number;

  /** English normalisation (casual forms, spellings, typo correction), when enabled. */
  readonly spelling: EnglishSpelling | undefined;

  /**
   * `lexicon`: English words for other-language words (see `routeWords`); none: words as written;
   * `synonyms`: English synonyms added at a lower weight; `knownWord`: English normalisation on
   * (casual-english.ts), and a word that is neither the corpus's nor known is corrected to the
   * corpus's nearest (typo-correction.ts).
   */
  constructor(
    corpus: readonly string[],
    readonly lexicon?: CrossLingualLexicon,
    readonly synonyms?: SynonymTable,
    knownWord?: (word: string) => boolean,
    /** Prompt-form terms (prompt-form.ts) beside the words. */
    readonly formTerms = false,
  ) {
    const bounded = corpus.map(boundedRouteText);
    if (knownWord) {
      const vocabulary = bounded.flatMap((text) => {
        const words = routeWords(text, undefined, undefined, {});
        return words.language === "eng" ? words.tokens : [];
      });
      const corrector = new TypoCorrector(vocabulary, knownWord);
      this.spelling = { correct: (word) => corrector.correct(word) };
    }
    const documentFrequency = new Map<string, number>();
    for (const text of bounded) {
      for (const term of new Set(termsOfWords(this.words(text)).map((entry) => entry.term)))
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    const documents = Math.max(1, corpus.length);
    for (const [term, frequency] of documentFrequency) this.idf.set(term, Math.log((documents + 1) / (frequency + 1)) + 1);
    this.unseenIdf = Math.log(documents + 1) + 1;
  }

  /** `text` with each misspelt word the typo correction knows replaced by its correction (as written otherwise). */
  correctedText(text: string): string {
    const correct = this.spelling?.correct;
    if (!correct) return text;
    return text.replace(/\p{L}+/gu, (word) => correct(word.toLowerCase()) ?? word);
  }

  /** A (bounded) text split into words, with the encoder's lexicon, synonyms and English normalisation. */
  words(text: string): RouteWords {
    return routeWords(text, this.lexicon, this.synonyms, this.spelling, this.formTerms);
  }

  /**
   * TF-IDF vector of a text (term frequency summed over the feature weights), L2-normalised. A long
   * text is read as its head and tail (ROUTE_TEXT_HEAD + ROUTE_TEXT_TAIL characters), where a request
   * states what it wants ("Summarise the following: ..."), so the work per request is bounded.
   */
  encode(text: string): SparseVector {
    return this.encodeWords(this.words(boundedRouteText(text)));
  }

  /** The inverse document frequency of a term (`w:stem`, …); a term the corpus lacks weighs the most. */
  termIdf(term: string): number {
    return this.idf.get(term) ?? this.unseenIdf;
  }

  /** TF-IDF vector of a text already split by `routeWords` (see `encode`). */
  encodeWords(words: RouteWords): SparseVector {
    const counts = new Map<string, number>();
    for (const { term, weight } of termsOfWords(words)) counts.set(term, (counts.get(term) ?? 0) + weight);
    const vector = new Map<string, number>();
    for (const [term, weight] of counts) vector.set(term, weight * (this.idf.get(term) ?? this.unseenIdf));
    return normalise(vector);
  }
}

function normalise(vector: Map<string, number>): SparseVector {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  if (norm === 0) return vector;
  const scale = 1 / Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight * scale);
  return vector;
}
