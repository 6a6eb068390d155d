import type { WordVectors } from "../embeddings/word-vectors.js";
import { boundedRouteText, LexicalRouteEncoder, sparseSpace, type SparseVector, type VectorSpace } from "./route-match.js";
import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";
import { routeWords, type RouteWords } from "./route-terms.js";
import type { SynonymTable } from "./synonym-table.js";

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
}

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

export class HybridRouteEncoder {
  private readonly lexical: LexicalRouteEncoder;

  /**
   * `corpus`: texts to learn the lexical IDF from (utterances, recorded prompts); no `wordVectors`:
   * words only; `lexicon`: English words for other-language words, used by both views; `synonyms`:
   * English synonyms added to the word view at a lower weight.
   */
  constructor(
    corpus: readonly string[],
    private readonly wordVectors: WordVectors | undefined,
    private readonly lexicon?: CrossLingualLexicon,
    private readonly synonyms?: SynonymTable,
  ) {
    this.lexical = new LexicalRouteEncoder(corpus, lexicon, synonyms);
  }

  encode(text: string): HybridVector {
    const words = routeWords(boundedRouteText(text), this.lexicon, this.synonyms);
    return { lexical: this.lexical.encodeWords(words), meaning: this.meaning(words) };
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
