/**
 * An English synonym table for the semantic routes' built-in encoder: each English word stem maps
 * to the stems of its WordNet synonyms and hypernyms in its most common sense
 * (data/synonyms/wordnet-synonyms.tsv, built by scripts/build-synonyms.mjs; see its README), so
 * "purchase" shares a term with "buy" and "faucet" with "tap". Pure: the text is passed in.
 */
export interface SynonymTable {
  /** Synonym stems of an English word stem (most common sense first), or undefined. */
  synonyms(stem: string): readonly string[] | undefined;
  /** Hypernym stems ("drizzle" -> "rain") of an English word stem, or undefined. */
  hypernyms(stem: string): readonly string[] | undefined;
}

/** Parses the table: `#` comment lines, then `stem<TAB>synonym|…<TAB>hypernym|…` a line. */
export function parseSynonymTable(text: string): SynonymTable {
  const synonyms = new Map<string, readonly string[]>();
  const hypernyms = new Map<string, readonly string[]>();
  const split = (column: string | undefined) => (column ?? "").split("|").filter((stem) => stem !== "");
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [stem, synonymColumn, hypernymColumn] = line.split("\t");
    if (!stem) continue;
    const ownSynonyms = split(synonymColumn);
    const ownHypernyms = split(hypernymColumn);
    if (ownSynonyms.length > 0) synonyms.set(stem, ownSynonyms);
    if (ownHypernyms.length > 0) hypernyms.set(stem, ownHypernyms);
  }
  return { synonyms: (stem) => synonyms.get(stem), hypernyms: (stem) => hypernyms.get(stem) };
}
