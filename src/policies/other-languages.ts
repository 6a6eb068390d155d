/**
 * Normalisation of prompts in languages other than English for the semantic routes' built-in
 * encoder (session 37): elided articles and pronouns read apart from their word, and the text's
 * language chosen with the cross-lingual lexicon's word forms as well as stop words. Pure.
 */
import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";

/**
 * French and Italian elisions (l'heure, d'un, qu'il, c'était, jusqu'à; dell'anno, all'estero,
 * un'idea): the article, preposition or pronoun before the apostrophe, and a word of two letters or more.
 */
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|coll|quell|quest|un|nessun)['’](\p{L}{2,})$/u;

/** A token without its elided article or pronoun ("d'un" → "un", "l'heure" → "heure"); other tokens as written. */
export function withoutElision(token: string): string {
  const match = ELIDED.exec(token);
  return match ? match[1]! : token;
}

/** Languages the lexicon has word forms for, in its column order (Chinese, Japanese and Korean are read by script). */
export const LEXICON_SPACED_LANGUAGES: readonly string[] = ["deu", "fra", "spa", "ita", "por", "nld"];

/** Words read to choose the language (as the stop-word guess does). */
const LANGUAGE_SAMPLE = 200;

/**
 * The language of a text not guessed English: each of the lexicon's languages scores its stop words
 * among `words` plus the words that are one of its forms in the lexicon, and replaces `guessed` when it
 * scores more (Spanish texts share articles with French and Catalan, Portuguese "um" is a German stop
 * word: "onde posso comprar um sofá barato?" reads as Portuguese, not German).
 */
export function lexiconLanguage(
  words: readonly string[],
  guessed: string,
  lexicon: CrossLingualLexicon,
  stopWordHits: (words: readonly string[], language: string) => number,
): string {
  const sample = words.length > LANGUAGE_SAMPLE ? words.slice(0, LANGUAGE_SAMPLE) : words;
  const formHits = new Map<string, number>();
  for (const word of sample) for (const language of lexicon.formLanguages(word)) formHits.set(language, (formHits.get(language) ?? 0) + 1);
  const score = (language: string) => stopWordHits(sample, language) + (formHits.get(language) ?? 0);
  let best = guessed;
  let bestScore = score(guessed);
  for (const language of LEXICON_SPACED_LANGUAGES) {
    const candidate = score(language);
    if (candidate > bestScore) {
      best = language;
      bestScore = candidate;
    }
  }
  return best;
}
