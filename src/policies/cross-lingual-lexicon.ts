/**
 * A compact cross-lingual lexicon for the semantic routes' built-in encoder: common words of
 * German, French, Spanish, Italian, Portuguese, Dutch, Chinese and Japanese mapped to English
 * words, so a prompt in one of those languages is compared with English utterances through the
 * English words it contains (data/lexicon/common-words.tsv; see its README). Pure: the text and
 * the stemmers are passed in.
 */
export interface CrossLingualLexicon {
  /** English words for a lower-cased word written in `language` (ISO 639-3), or undefined. */
  translateWord(word: string, language: string): readonly string[] | undefined;
  /** English words found in a run of Chinese or Japanese text (longest match first, left to right). */
  translateUnspaced(run: string): string[];
}

/** Column order of the lexicon file after the English column (ISO 639-3 codes). */
export const LEXICON_COLUMNS = ["deu", "fra", "spa", "ita", "por", "nld", "zho", "jpn", "kor"] as const;
const UNSPACED_COLUMNS = new Set(["zho", "jpn", "kor"]);

type Stemmer = (word: string) => string;

/**
 * Parses the lexicon file: one English entry a line, tab-separated columns in `LEXICON_COLUMNS`
 * order, alternatives separated by `|`; `#` starts a comment line. An English entry may hold
 * several words ("day off") and a note in parentheses ("book (reserve)"); foreign alternatives of
 * more than one word are not used (prompts are read word by word).
 */
export function parseCrossLingualLexicon(text: string, stemmerFor: (language: string) => Stemmer | undefined): CrossLingualLexicon {
  const exact = new Map<string, Map<string, Set<string>>>(); // language -> word -> English words
  const stemmed = new Map<string, Map<string, Set<string>>>(); // language -> stem -> English words
  const anyLanguage = new Map<string, Set<string>>();
  const unspaced = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, english: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    for (const word of english) set.add(word);
    map.set(key, set);
  };
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [englishColumn, ...columns] = line.split("\t");
    const english = englishColumn!
      .replace(/\(.*?\)/gu, " ")
      .toLowerCase()
      .split(/\s+/u)
      .filter((word) => word !== "");
    if (english.length === 0) continue;
    columns.forEach((column, index) => {
      const language = LEXICON_COLUMNS[index];
      if (!language) return;
      for (const alternative of column.split("|")) {
        const form = alternative.normalize("NFKC").trim().toLowerCase();
        if (form === "") continue;
        if (UNSPACED_COLUMNS.has(language)) {
          add(unspaced, form, english);
          continue;
        }
        if (/\s/u.test(form)) continue;
        const byWord = exact.get(language) ?? new Map<string, Set<string>>();
        exact.set(language, byWord);
        add(byWord, form, english);
        add(anyLanguage, form, english);
        const stem = stemmerFor(language);
        if (stem) {
          const byStem = stemmed.get(language) ?? new Map<string, Set<string>>();
          stemmed.set(language, byStem);
          add(byStem, stem(form), english);
        }
      }
    });
  }
  const frozen = (set: Set<string> | undefined) => (set ? [...set] : undefined);
  // Chinese and Japanese entries by their first UTF-16 unit, longest first: one map look-up per
  // character of a run that starts no entry.
  const lengthsByFirst = new Map<number, number[]>();
  for (const entry of unspaced.keys()) {
    const lengths = lengthsByFirst.get(entry.charCodeAt(0)) ?? [];
    if (!lengths.includes(entry.length)) lengths.push(entry.length);
    lengthsByFirst.set(
      entry.charCodeAt(0),
      lengths.sort((a, b) => b - a),
    );
  }
  return {
    translateWord(word, language) {
      const own = exact.get(language)?.get(word);
      if (own) return [...own];
      const stem = stemmerFor(language);
      const byStem = stem ? stemmed.get(language)?.get(stem(word)) : undefined;
      return frozen(byStem ?? anyLanguage.get(word));
    },
    translateUnspaced(run) {
      const found: string[] = [];
      for (let start = 0; start < run.length;) {
        let matched = 0;
        for (const length of lengthsByFirst.get(run.charCodeAt(start)) ?? []) {
          const english = unspaced.get(run.slice(start, start + length));
          if (english) {
            found.push(...english);
            matched = length;
            break;
          }
        }
        start += Math.max(1, matched);
      }
      return found;
    },
  };
}
