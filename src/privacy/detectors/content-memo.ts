/**
 * Verdicts of pure checks on a window of text, kept by the window's own characters: a long text that repeats itself
 * ("I owe €300 and my salary is €5000 " a thousand times over) asks the same question of the same window at every
 * amount, and answers it once. Bounded (full, it keeps what it has and computes the rest), so that a text of distinct
 * windows costs no more memory than a few thousand windows; the bound changes no verdict, only how often one is computed.
 */
const MEMO_LIMIT = 2048;

export function rememberByContent<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size < MEMO_LIMIT) memo.set(key, value);
  return value;
}
