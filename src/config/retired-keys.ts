/**
 * Config keys that were renamed or split, by their exact path (`classifier.embeddings.promptShape`),
 * with what to write instead: a config that still uses one is refused with this hint rather than a
 * bare "unknown key".
 */
export const RETIRED_KEYS: ReadonlyMap<string, string> = new Map([
  [
    "classifier.embeddings.promptShape",
    'was split in two (session 32): write formTerms: true (prompt-form terms: numbers, money, code, tables…) and/or requestFocus: true (a pasted prompt also scored by its request line); "promptShape" now names only the success model\'s features in src/learning',
  ],
]);

/** The hint for a retired key at `path` (object keys only; array indices are skipped), if it is one. */
export function retiredKeyHint(path: readonly PropertyKey[]): string | undefined {
  return RETIRED_KEYS.get(path.filter((part) => typeof part === "string").join("."));
}
