/**
 * Typo correction for the semantic routes' built-in encoder (English): a word that is neither in
 * the routes' vocabulary (the words of their utterances and recorded prompts) nor a known English
 * word is replaced by the vocabulary word within a small edit distance ("pyhton" -> "python",
 * "calcualte" -> "calculate", "acount" -> "account"). Candidates come from a deletion index
 * (SymSpell: a word and its one-letter deletions, so substitutions, insertions, deletions and
 * transpositions all meet) and are checked with the optimal-string-alignment distance. A real word
 * the vocabulary lacks ("cat", "deposit") is left as written, so near-misses do not turn into
 * route words. Pure: the vocabulary and the known-word test are passed in.
 */

/** Shortest word corrected; words this long or longer may be two edits away (else one). */
export const MIN_CORRECTED_LENGTH = 4;
export const TWO_EDIT_LENGTH = 8;
/** Corrections kept per corrector (cleared when full). */
const CACHE_SIZE = 10_000;

export class TypoCorrector {
  private readonly vocabulary = new Map<string, number>();
  private readonly deletions = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /** `vocabulary`: the words to correct to (repeats count as frequency); `isKnownWord`: a real word, never corrected. */
  constructor(
    vocabulary: Iterable<string>,
    private readonly isKnownWord: (word: string) => boolean,
  ) {
    for (const word of vocabulary) {
      if (word.length < MIN_CORRECTED_LENGTH - 1 || /\d/u.test(word)) continue;
      this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
    }
    for (const word of this.vocabulary.keys()) for (const key of withDeletions(word)) push(this.deletions, key, word);
  }

  /** The vocabulary word `word` was probably meant to be, or undefined (a known word, too short, or no single nearest). */
  correct(word: string): string | undefined {
    if (word.length < MIN_CORRECTED_LENGTH || this.vocabulary.has(word) || /\d/u.test(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const corrected = this.isKnownWord(word) ? undefined : this.nearest(word);
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(word, corrected ?? null);
    return corrected;
  }

  private nearest(word: string): string | undefined {
    const allowed = word.length >= TWO_EDIT_LENGTH ? 2 : 1;
    let best: string | undefined;
    let bestDistance = allowed + 1;
    let bestCount = 0;
    let tie = false;
    const seen = new Set<string>();
    for (const key of withDeletions(word)) {
      for (const candidate of this.deletions.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const distance = editDistance(word, candidate, allowed);
        const count = this.vocabulary.get(candidate)!;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
          tie = false;
        } else if (distance === bestDistance && count === bestCount) tie = true;
      }
    }
    return best !== undefined && bestDistance <= allowed && !tie ? best : undefined;
  }
}

/** The word and its one-letter deletions. */
function withDeletions(word: string): string[] {
  const keys = [word];
  for (let index = 0; index < word.length; index++) keys.push(word.slice(0, index) + word.slice(index + 1));
  return keys;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Optimal-string-alignment distance (an adjacent transposition is one edit); `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let row = 1; row <= a.length; row++) {
    const current = [row];
    let rowBest = row;
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) value = Math.min(value, previousPrevious[column - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
