import type { WordVectors } from "../embeddings/word-vectors.js";
import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";
import { stemmerFor, type RouteWords } from "./route-terms.js";

/**
 * Greedy soft alignment of two texts' content words (BERTScore's matching, a relaxation of the
 * word mover's distance) for the semantic routes' built-in encoder. Each word of one text is
 * aligned to its most similar word of the other (the same stem: 1; else the cosine of their static
 * word vectors, rescaled above a floor so unrelated words count 0), and the weighted precision (the
 * prompt's words found in the utterance) and recall (the utterance's words found in the prompt)
 * are combined into their F1. Unlike the cosine of averaged vectors, which sees a shared topic, a
 * prompt scores high only when most of its words and most of the utterance's words have a
 * counterpart: "what does a flight attendant earn" finds "flight" in "book me a flight" but
 * nothing for "attendant" and "earn", and the utterance's "book" finds nothing in it. Pure.
 */

export interface AlignedWord {
  /** `w:` + the word's stem (the lexical view's word term). */
  key: string;
  /** Row of the word in the word vectors; undefined when it has none (then only its stem matches). */
  row: number | undefined;
  weight: number;
}

export interface AlignedText {
  readonly words: readonly AlignedWord[];
  readonly totalWeight: number;
}

export type AlignmentWeighting = "idf" | "sif" | "idf-sif";

export interface AlignmentSettings {
  /** Word-vector cosine at or under which two different words count as unrelated; above it the cosine is rescaled to (0, 1]. */
  cosineFloor: number;
  /** A word's weight: the IDF learned from the routes' corpus, the smooth inverse frequency of its rank in the vectors' corpus, or both. */
  weighting: AlignmentWeighting;
}

/** The settings chosen on the development sets (`eval/routing/tune-alignment.ts`). */
export const DEFAULT_ALIGNMENT_SETTINGS: AlignmentSettings = { cosineFloor: 0.4, weighting: "idf" };

export interface AlignmentSources {
  vectors: WordVectors;
  /** IDF of a lexical term (`w:stem`) learned from the routes' corpus. */
  idf: (term: string) => number;
  /** Weight of a word from its frequency rank in the vectors' corpus (smooth inverse frequency). */
  rankWeight: (row: number) => number;
  lexicon?: CrossLingualLexicon | undefined;
}

/**
 * A text's words for alignment: an English text's content words; for a text in another language,
 * the English words the lexicon gives it plus its own words the lexicon lacks (those match by stem
 * only). Each stem once.
 */
export function alignedText(words: RouteWords, sources: AlignmentSources, settings: AlignmentSettings): AlignedText {
  const english = stemmerFor("eng")!;
  const byKey = new Map<string, AlignedWord>();
  const add = (word: string, stem: string, withVector: boolean) => {
    const key = `w:${stem}`;
    if (byKey.has(key)) return;
    const row = withVector ? (sources.vectors.row(word) ?? sources.vectors.row(word.replace(/['’]\p{L}+$/u, ""))) : undefined;
    const idf = settings.weighting === "sif" ? 1 : sources.idf(key);
    const rank = settings.weighting === "idf" || row === undefined ? 1 : sources.rankWeight(row);
    byKey.set(key, { key, row, weight: idf * rank });
  };
  if (words.language === "eng") {
    for (const token of words.tokens) if (words.keptWords.has(token)) add(token, english(token), true);
  } else {
    for (const translation of words.translations) for (const word of translation.split(/\s+/u)) if (word) add(word, english(word), true);
    const stem = stemmerFor(words.language);
    for (const token of words.tokens) {
      if (!words.keptWords.has(token) || sources.lexicon?.translateWord(token, words.language)) continue;
      add(token, stem ? stem(token) : token, false);
    }
  }
  const list = [...byKey.values()];
  return { words: list, totalWeight: list.reduce((sum, word) => sum + word.weight, 0) };
}

/** Similarity of two aligned words: 1 for the same stem, else their vectors' cosine rescaled above the floor. */
export function alignedWordSimilarity(a: AlignedWord, b: AlignedWord, vectors: WordVectors, cosineFloor: number): number {
  if (a.key === b.key) return 1;
  if (a.row === undefined || b.row === undefined) return 0;
  const cosine = vectors.cosine(a.row, b.row);
  return cosine <= cosineFloor ? 0 : (cosine - cosineFloor) / (1 - cosineFloor);
}

/** F1 of the weighted greedy alignment of `a`'s words to `b`'s (precision) and `b`'s to `a`'s (recall); 0 when either has no word. */
export function alignmentF1(a: AlignedText, b: AlignedText, vectors: WordVectors, cosineFloor: number): number {
  if (a.totalWeight <= 0 || b.totalWeight <= 0) return 0;
  const bestForB = new Float64Array(b.words.length);
  let precision = 0;
  for (const wordA of a.words) {
    let best = 0;
    for (let index = 0; index < b.words.length; index++) {
      const similarity = alignedWordSimilarity(wordA, b.words[index]!, vectors, cosineFloor);
      if (similarity > best) best = similarity;
      if (similarity > bestForB[index]!) bestForB[index] = similarity;
    }
    precision += wordA.weight * best;
  }
  precision /= a.totalWeight;
  let recall = 0;
  for (let index = 0; index < b.words.length; index++) recall += b.words[index]!.weight * bestForB[index]!;
  recall /= b.totalWeight;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
