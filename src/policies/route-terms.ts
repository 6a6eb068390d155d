import snowball from "snowball-stemmers";
import * as stopwordLists from "stopword";
import type { CrossLingualLexicon } from "./cross-lingual-lexicon.js";
import type { SynonymTable } from "./synonym-table.js";
import { normaliseCasualEnglish } from "./casual-english.js";
import { createRequestSynonyms } from "./request-synonyms.js";
import { promptForms } from "./prompt-form.js";
import { withoutElision } from "./other-languages.js";

/**
 * Text features for the semantic routes' built-in encoder: Unicode-normalised words, stop words
 * removed and words stemmed per language (Snowball), word bigrams, character n-grams of each word
 * (robust to inflection, compounds and typos) and character bigrams for scripts written without
 * spaces (Chinese, Japanese, Korean, Thai). Pure and deterministic; no download.
 */

/** Languages with both a Snowball stemmer and a stop-word list (ISO 639-3 code -> stemmer name). */
const STEMMED_LANGUAGES: Record<string, string> = {
  eng: "english",
  deu: "german",
  fra: "french",
  spa: "spanish",
  ita: "italian",
  por: "portuguese",
  nld: "dutch",
  swe: "swedish",
  dan: "danish",
  nob: "norwegian",
  fin: "finnish",
  rus: "russian",
  tur: "turkish",
  ron: "romanian",
  hun: "hungarian",
  ara: "arabic",
  cat: "catalan",
  ces: "czech",
};

/** Stop-word lists used without a stemmer (scripts whose words the n-grams already cover). */
const UNSTEMMED_LANGUAGES = ["hin", "jpn", "zho", "kor", "pol", "ukr", "ell", "heb", "fas", "urd", "ind", "vie"];

const lists = stopwordLists as unknown as Record<string, readonly string[] | undefined>;
const stopWords = new Map<string, Set<string>>();
for (const code of [...Object.keys(STEMMED_LANGUAGES), ...UNSTEMMED_LANGUAGES]) {
  const list = lists[code];
  if (list) stopWords.set(code, new Set(list.map((word) => word.toLowerCase())));
}
/** Stems kept per language (the Snowball stemmers are slow next to a map look-up); cleared when full. */
const STEM_CACHE_SIZE = 20_000;
const stemmers = new Map<string, (word: string) => string>();
/** The Snowball stemmer of a language (ISO 639-3), cached, or undefined when it has none. */
export function stemmerFor(language: string): ((word: string) => string) | undefined {
  const name = STEMMED_LANGUAGES[language];
  if (!name) return undefined;
  let stem = stemmers.get(language);
  if (!stem) {
    const stemmer = snowball.newStemmer(name);
    const cache = new Map<string, string>();
    stem = (word: string) => {
      let stemmed = cache.get(word);
      if (stemmed === undefined) {
        if (cache.size >= STEM_CACHE_SIZE) cache.clear();
        stemmed = stemmer.stem(word);
        cache.set(word, stemmed);
      }
      return stemmed;
    };
    stemmers.set(language, stem);
  }
  return stem;
}

// The prolonged sound mark ー and the iteration mark 々 are of the Common script but belong to
// Japanese words (パスワード, 人々); a Latin word or a number next to Chinese or Japanese text is a
// token of its own (Pythonの関数 → python, の関数).
const UNSPACED_CHARACTER = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}ー々";
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_CHARACTER}]`, "u");
const TOKEN = new RegExp(`[${UNSPACED_CHARACTER}]+|(?:(?![${UNSPACED_CHARACTER}])[\\p{L}\\p{M}\\p{N}])+(?:['’][\\p{L}]+)?`, "gu");
/** Japanese script runs: kanji (with 々), katakana (with ー), hiragana. */
const JAPANESE_RUN = /[\p{Script=Han}々]+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Weight of an English word's WordNet synonym (the word itself weighs 1) and of its hypernym. */
const SYNONYM_WEIGHT = 0.4;
const HYPERNYM_WEIGHT = 0.5;
/** Weight of an English word's nearest words by GloVe vectors (`classifier.embeddings.neighbours`). */
const NEIGHBOUR_WEIGHT = 0.5;

/** Weight of a prompt-form term (prompt-form.ts: a number, a percentage, quoted text, code, …). */
const FORM_WEIGHT = 2;

/** Weights of the feature kinds (a word stem counts most; an English word the lexicon gives for a word in another language counts twice, as its own character n-grams and stem would not match English utterances). */
export const FEATURE_WEIGHTS = {
  word: 1,
  bigram: 0.5,
  characterGram: 0.3,
  unspacedBigram: 1,
  unspacedCharacter: 0.4,
  translation: 2,
  form: FORM_WEIGHT,
  synonym: SYNONYM_WEIGHT,
  hypernym: HYPERNYM_WEIGHT,
  neighbour: NEIGHBOUR_WEIGHT,
} as const;

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Words read to guess the language. */
const LANGUAGE_SAMPLE = 200;

/** Guesses the language of the Latin/Cyrillic/Arabic words from stop-word hits (English on a tie). */
export function guessLanguage(words: readonly string[]): string {
  let best = "eng";
  let bestHits = 0;
  const sample = words.length > LANGUAGE_SAMPLE ? words.slice(0, LANGUAGE_SAMPLE) : words;
  for (const [code, set] of stopWords) {
    let hits = 0;
    for (const word of sample) if (set.has(word)) hits++;
    if (hits > bestHits) {
      best = code;
      bestHits = hits;
    }
  }
  if (bestHits === 0) {
    if (sample.some((word) => /\p{Script=Cyrillic}/u.test(word))) return "rus";
    if (sample.some((word) => /\p{Script=Arabic}/u.test(word))) return "ara";
  }
  return best;
}

/** A text's tokens in order, its guessed language and the words kept (stop words removed). */
export interface RouteWords {
  tokens: string[];
  language: string;
  keptWords: Set<string>;
  /** English words the cross-lingual lexicon gave for the text's other-language words, each once (English stop words left out). */
  translations: string[];
  /** English synonyms to add to the English words' terms at a lower weight (see `FEATURE_WEIGHTS`). */
  synonyms?: SynonymTable | undefined;
  /** The text's forms (prompt-form.ts), added as `f:` terms. */
  forms?: readonly string[] | undefined;
}

/** English normalisation (casual-english.ts) and, when given, a typo correction of each word (typo-correction.ts). */
export interface EnglishSpelling {
  correct?: ((word: string) => string | undefined) | undefined;
  /** Synonym groups of common requests read as one word (request-synonyms.ts); default true. */
  synonyms?: boolean | undefined;
}

let requestSynonymsOfEnglish: ((tokens: readonly string[]) => string[]) | undefined;
/** The request synonym groups over the English Snowball stems, built once. */
function requestSynonyms(): (tokens: readonly string[]) => string[] {
  requestSynonymsOfEnglish ??= createRequestSynonyms(stemmerFor("eng")!);
  return requestSynonymsOfEnglish;
}

/**
 * Unicode-normalised, lower-cased tokens of a text, with the words that carry its meaning and,
 * given a `lexicon`, the English words for its words in another language (Chinese and Japanese
 * runs are looked up in any text, other words when the text is not guessed to be English).
 */
export function routeWords(text: string, lexicon?: CrossLingualLexicon, synonyms?: SynonymTable, spelling?: EnglishSpelling, forms = false): RouteWords {
  const normalised = text.normalize("NFKC").replace(FORMAT_CHARACTERS, "").toLowerCase();
  // French and Italian elided articles and pronouns (l', d', qu', dell', …) read apart from their word.
  let tokens: string[] = (normalised.match(TOKEN) ?? []).map(withoutElision);
  let spaced = tokens.filter((token) => !UNSPACED_SCRIPT.test(token));
  const language = guessLanguage(spaced);
  if (spelling && language === "eng") {
    // Chat short forms written out, British spellings made American, misspelt words corrected.
    const corrected = normaliseCasualEnglish(tokens).map((token) => (UNSPACED_SCRIPT.test(token) ? token : (spelling.correct?.(token) ?? token)));
    tokens = spelling.synonyms === false ? corrected : requestSynonyms()(corrected);
    spaced = tokens.filter((token) => !UNSPACED_SCRIPT.test(token));
  }
  const languageStops = stopWords.get(language);
  const englishStops = stopWords.get("eng")!;
  const isStop = (word: string) => (languageStops?.has(word) ?? false) || englishStops.has(word);
  const contentWords = spaced.filter((word) => !isStop(word));
  // A text made only of stop words ("how are you?") keeps them: they are all it has.
  const keptWords = new Set(contentWords.length > 0 ? contentWords : spaced);
  // Each English word once: evidence of what the text is about (and a long text's work stays bounded).
  const translations = new Set<string>();
  if (lexicon) {
    for (const token of tokens) {
      const english = UNSPACED_SCRIPT.test(token)
        ? lexicon.translateUnspaced(token)
        : language !== "eng" && keptWords.has(token)
          ? lexicon.translateWord(token, language)
          : undefined;
      for (const word of english ?? []) if (!englishStops.has(word)) translations.add(word);
    }
  }
  // The lexicon's English words read as the English text's are (same spellings and synonym groups).
  const english =
    spelling && spelling.synonyms !== false && translations.size > 0 ? requestSynonyms()(normaliseCasualEnglish([...translations])) : [...translations];
  return { tokens, language, keptWords, translations: [...new Set(english)], synonyms, forms: forms ? promptForms(text) : undefined };
}

/**
 * The runs of an unspaced token whose characters and character bigrams are terms. A Japanese token
 * (one with kana) mixing scripts is read as its kanji and katakana runs, where its content words
 * are; its hiragana runs there are particles and endings (の, を, してください, できますか), which
 * only dilute a vector and make bigrams across a word's edge. A token of one script, Chinese, Korean
 * or Thai is read whole.
 */
export function unspacedRuns(token: string): string[] {
  if (!KANA.test(token)) return [token];
  const runs = token.match(JAPANESE_RUN) ?? [];
  if (runs.length <= 1) return [token];
  return runs.filter((run) => !/^\p{Script=Hiragana}/u.test(run));
}

/** The weighted terms of a text (a term may repeat: the encoder sums them); `forms`: with its prompt-form terms. */
export function routeTerms(text: string, forms = false): WeightedTerm[] {
  return termsOfWords(routeWords(text, undefined, undefined, undefined, forms));
}

/** The weighted terms of a text already split by `routeWords`. */
export function termsOfWords({ tokens, language, keptWords, translations, synonyms, forms }: RouteWords): WeightedTerm[] {
  const stem = stemmerFor(language);

  const terms: WeightedTerm[] = (forms ?? []).map((form) => ({ term: `f:${form}`, weight: FEATURE_WEIGHTS.form }));
  let previousStem: string | undefined;
  for (const token of tokens) {
    if (UNSPACED_SCRIPT.test(token)) {
      previousStem = undefined;
      for (const run of unspacedRuns(token)) {
        const characters = [...run];
        for (let index = 0; index < characters.length; index++) {
          terms.push({ term: `u:${characters[index]}`, weight: FEATURE_WEIGHTS.unspacedCharacter });
          if (index > 0) terms.push({ term: `ub:${characters[index - 1]}${characters[index]}`, weight: FEATURE_WEIGHTS.unspacedBigram });
        }
      }
      continue;
    }
    if (!keptWords.has(token)) continue;
    const stemmed = stem ? stem(token) : token;
    terms.push({ term: `w:${stemmed}`, weight: FEATURE_WEIGHTS.word });
    if (synonyms && language === "eng") {
      for (const synonym of synonyms.synonyms(stemmed) ?? []) terms.push({ term: `w:${synonym}`, weight: FEATURE_WEIGHTS.synonym });
      for (const hypernym of synonyms.hypernyms(stemmed) ?? []) terms.push({ term: `w:${hypernym}`, weight: FEATURE_WEIGHTS.hypernym });
      for (const neighbour of synonyms.neighbours?.(stemmed) ?? []) terms.push({ term: `w:${neighbour}`, weight: FEATURE_WEIGHTS.neighbour });
    }
    if (previousStem !== undefined) terms.push({ term: `b:${previousStem}_${stemmed}`, weight: FEATURE_WEIGHTS.bigram });
    previousStem = stemmed;
    if (token.length >= 4) {
      const padded = ` ${token} `;
      for (let start = 0; start + 4 <= padded.length; start++)
        terms.push({ term: `g:${padded.slice(start, start + 4)}`, weight: FEATURE_WEIGHTS.characterGram });
    }
  }
  if (translations.length > 0) {
    // The English words of a text in another language, as if written in English.
    const english = termsOfWords({ tokens: translations, language: "eng", keptWords: new Set(translations), translations: [], synonyms });
    for (const { term, weight } of english) terms.push({ term, weight: weight * FEATURE_WEIGHTS.translation });
  }
  return terms;
}
