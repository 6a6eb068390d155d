import type { WordVectors } from "../embeddings/word-vectors.js";
import { boundedRouteText, LexicalRouteEncoder, sparseSpace, type SparseVector, type VectorSpace } from "./route-match.js";
import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";
import type { RouteWords } from "./route-terms.js";
import { promptForms } from "./prompt-form.js";
import { requestClauses, requestFocus } from "./request-focus.js";
import type { SynonymTable } from "./synonym-table.js";
import { alignedText, alignmentF1, type AlignedText, type AlignmentSettings } from "./word-alignment.js";

/**
 * The semantic routes' built-in encoder: the lexical TF-IDF vector (stems, character n-grams,
 * CJK bigrams) beside a meaning vector from static English word vectors (the smoothed-inverse-
 * frequency weighted mean of the words' vectors), so "is it going to be sunny on Saturday?" is
 * near "what's the weather like today?" although they share no word. Pure: the word vectors are
 * passed in. Microseconds per text: a map look-up and a 100-number sum per word.
 */
export interface HybridVector {
  lexical: SparseVector;
  /** Unit meaning vector; absent when the text is not English or has no word with a vector. */
  meaning: Float32Array | undefined;
  /** Content words for the soft word alignment; absent when alignment is off or the text has none. */
  aligned?: AlignedText | undefined;
  /** The text's content words in a language written with spaces (length-calibration.ts). */
  contentWords?: number | undefined;
}

/** The soft word alignment's settings, with how its F1 is combined with the lexical similarity. */
export interface AlignmentOptions extends AlignmentSettings {
  vectors: WordVectors;
  /** `max`: the higher of the lexical similarity and the alignment F1; `mix`: `lexicalShare` × lexical + the rest × F1. */
  combine: "max" | "mix";
  lexicalShare: number;
}

const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Added to the sentence encoder's calibrated route thresholds (its similarities are denser than words'), chosen on the development sets' A halves (session 30). */
export const SENTENCE_THRESHOLD_MARGIN = 0.03;

/** Share of the lexical similarity in the combined one when both texts have a meaning vector. */
export const LEXICAL_SHARE = 0.3;

/** Smoothing of the inverse-frequency weight a / (a + p(word)) (Arora et al., 2017). */
const SMOOTHING = 1e-3;
/** Vocabulary of the corpus the vectors were trained on (GloVe 6B), for Zipf's p(rank). */
const CORPUS_VOCABULARY = 400_000;
const HARMONIC = Math.log(CORPUS_VOCABULARY) + 0.5772;

/** Weight of the word at frequency rank `row` (0 = most frequent): frequent words weigh little. */
export function inverseFrequencyWeight(row: number): number {
  const probability = 1 / ((row + 1) * HARMONIC);
  return SMOOTHING / (SMOOTHING + probability);
}

export function hybridSpace(lexicalShare = LEXICAL_SHARE): VectorSpace<HybridVector> {
  return {
    similarity(a, b) {
      const lexical = sparseSpace.similarity(a.lexical, b.lexical);
      if (!a.meaning || !b.meaning) return lexical;
      let meaning = 0;
      for (let index = 0; index < a.meaning.length; index++) meaning += a.meaning[index]! * b.meaning[index]!;
      return lexicalShare * lexical + (1 - lexicalShare) * Math.max(0, meaning);
    },
    centroid(vectors) {
      const lexical = sparseSpace.centroid(vectors.map((vector) => vector.lexical));
      const withMeaning = vectors.flatMap((vector) => (vector.meaning ? [vector.meaning] : []));
      if (withMeaning.length === 0) return { lexical, meaning: undefined };
      const sum = new Float32Array(withMeaning[0]!.length);
      for (const meaning of withMeaning) for (let index = 0; index < sum.length; index++) sum[index]! += meaning[index]!;
      return { lexical, meaning: unit(sum) };
    },
  };
}

/**
 * Words and soft word alignment: two texts that both have aligned words are compared by the
 * lexical similarity and the F1 of their words' alignment (see word-alignment.ts), combined as
 * configured; otherwise, and against a route's centroid, by words alone.
 */
export function alignedSpace(options: AlignmentOptions): VectorSpace<HybridVector> {
  return {
    similarity(a, b) {
      const lexical = sparseSpace.similarity(a.lexical, b.lexical);
      if (!a.aligned || !b.aligned) return lexical;
      const aligned = alignmentF1(a.aligned, b.aligned, options.vectors, options.cosineFloor);
      return options.combine === "max" ? Math.max(lexical, aligned) : options.lexicalShare * lexical + (1 - options.lexicalShare) * aligned;
    },
    centroid(vectors) {
      return { lexical: sparseSpace.centroid(vectors.map((vector) => vector.lexical)), meaning: undefined };
    },
  };
}

/** Share of the alignment F1 in `meaningAlignmentSpace` (config `wordAlignment`), chosen on the development sets. */
export const DEFAULT_WORD_ALIGNMENT = 0.3;
/** Added to the calibrated thresholds with word vectors (config `thresholdMargin`), chosen on the development sets. */
export const DEFAULT_VECTOR_THRESHOLD_MARGIN = 0.12;

/**
 * Words, averaged vectors and soft word alignment: two texts that both have a meaning vector and
 * aligned words are compared by (1 − `alignmentShare`) × the `hybridSpace` similarity +
 * `alignmentShare` × the F1 of their words' alignment (word-alignment.ts); otherwise, and against
 * a route's centroid, as in `hybridSpace`. The averaged vectors see the topic; the alignment asks
 * that most words of both texts have a counterpart, which a near-miss sharing the topic lacks.
 */
export function meaningAlignmentSpace(options: {
  vectors: WordVectors;
  alignmentShare: number;
  cosineFloor: number;
  lexicalShare?: number;
}): VectorSpace<HybridVector> {
  const hybrid = hybridSpace(options.lexicalShare);
  return {
    similarity(a, b) {
      const meaning = hybrid.similarity(a, b);
      if (!a.meaning || !b.meaning || !a.aligned || !b.aligned) return meaning;
      return (1 - options.alignmentShare) * meaning + options.alignmentShare * alignmentF1(a.aligned, b.aligned, options.vectors, options.cosineFloor);
    },
    centroid: (vectors) => ({ ...hybrid.centroid(vectors), aligned: undefined }),
  };
}

export class HybridRouteEncoder {
  private readonly lexical: LexicalRouteEncoder;

  /**
   * `corpus`: texts to learn the lexical IDF from (utterances, recorded prompts); no `wordVectors`:
   * words only; `lexicon`: English words for other-language words, used by both views; `synonyms`:
   * English synonyms added to the word view at a lower weight; `alignment`: the words kept for the
   * soft word alignment (`alignedSpace`); `knownWord`: English normalisation and typo correction
   * (see `LexicalRouteEncoder`).
   */
  constructor(
    corpus: readonly string[],
    private readonly wordVectors: WordVectors | undefined,
    private readonly lexicon?: CrossLingualLexicon,
    private readonly synonyms?: SynonymTable,
    private readonly alignment?: { vectors: WordVectors } & AlignmentSettings,
    knownWord?: (word: string) => boolean,
    /**
     * `formTerms`: prompt-form terms (prompt-form.ts); `requestFocus`: a pasted prompt also scored by
     * its request line, a one-line prompt by its clauses that open with one of `openers` (request-focus.ts).
     */
    readonly views: { formTerms?: boolean; requestFocus?: boolean; openers?: ReadonlySet<string> } = {},
  ) {
    this.lexical = new LexicalRouteEncoder(corpus, lexicon, synonyms, knownWord, views.formTerms ?? false);
  }

  /**
   * True when a text reads as English to the sentence encoder (English sentence encoders know
   * Latin script only): the stop-word guess is English and no letter of another script appears
   * (Chinese, Japanese and Korean texts have no stop words and are guessed English).
   */
  readsAsEnglish(text: string): boolean {
    const bounded = boundedRouteText(text);
    return !OTHER_SCRIPT.test(bounded) && this.lexical.words(bounded).language === "eng";
  }

  /** The (bounded) text with its misspelt words corrected as the word view corrects them (`sentenceFallback`'s input). */
  correctedText(text: string): string {
    return this.lexical.correctedText(boundedRouteText(text));
  }

  /** `forms: false`: without the prompt-form terms (threshold calibration, see route-index.ts). */
  encode(text: string, options: { forms?: boolean } = {}): HybridVector {
    const words = this.lexical.words(boundedRouteText(text));
    return this.encodeWords(options.forms === false ? { ...words, forms: [] } : words);
  }

  /**
   * The text's vector, and with `requestFocus`, for a prompt that pastes a block and states its
   * request on a line of its own, also the request's vector with the whole text's forms, or for a
   * one-line prompt its request clauses' vectors (request-focus.ts): `bestOfViews` lets them raise
   * the route the whole text ranks first, so the other words do not drown the request.
   */
  encodeViews(text: string): HybridVector[] {
    const bounded = boundedRouteText(text);
    const whole = this.encode(bounded);
    if (!this.views.requestFocus) return [whole];
    const focus = requestFocus(bounded);
    if (focus === undefined)
      return [whole, ...requestClauses(bounded, this.views.openers ?? new Set()).map((clause) => this.encodeWords(this.lexical.words(clause)))];
    return [whole, this.encodeWords({ ...this.lexical.words(focus), forms: this.views.formTerms ? promptForms(bounded) : undefined })];
  }

  private encodeWords(words: RouteWords): HybridVector {
    const contentWords = words.tokens.filter((token) => words.keptWords.has(token)).length;
    return { lexical: this.lexical.encodeWords(words), meaning: this.meaning(words), aligned: this.aligned(words), contentWords };
  }

  private aligned(words: RouteWords): AlignedText | undefined {
    if (!this.alignment) return undefined;
    const sources = {
      vectors: this.alignment.vectors,
      idf: (term: string) => this.lexical.termIdf(term),
      rankWeight: inverseFrequencyWeight,
      lexicon: this.lexicon,
    };
    const text = alignedText(words, sources, this.alignment);
    return text.words.length > 0 ? text : undefined;
  }

  /** Meaning of the English words: the text's own when it is English, and the lexicon's translations. */
  private meaning({ tokens, keptWords, language, translations }: RouteWords): Float32Array | undefined {
    if (!this.wordVectors) return undefined;
    const sum = new Float32Array(this.wordVectors.dimensions);
    let found = false;
    const english = language === "eng" ? tokens.filter((token) => keptWords.has(token)) : [];
    for (const token of [...english, ...translations]) {
      const row = this.wordVectors.row(token) ?? this.wordVectors.row(token.replace(/['’]\p{L}+$/u, ""));
      if (row === undefined) continue;
      this.wordVectors.addTo(sum, row, inverseFrequencyWeight(row));
      found = true;
    }
    return found ? unit(sum) : undefined;
  }
}

function unit(vector: Float32Array): Float32Array | undefined {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0) return undefined;
  const scale = 1 / Math.sqrt(norm);
  for (let index = 0; index < vector.length; index++) vector[index]! *= scale;
  return vector;
}
