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
  /** Word-vector neighbour stems ("snowfal" -> "rainfal", "snowstorm") of an English word stem, or undefined. */
  neighbours?(stem: string): readonly string[] | undefined;
}

const NO_WORDS = (): undefined => undefined;

/**
 * Parses the word-neighbour table (data/word-vectors/neighbours.tsv, built by
 * scripts/build-neighbours.mjs): `#` comment lines, then `stem<TAB>neighbour|…` a line.
 */
export function parseNeighbourTable(text: string): (stem: string) => readonly string[] | undefined {
  const neighbours = new Map<string, readonly string[]>();
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const [stem, column] = line.split("\t");
    const own = (column ?? "").split("|").filter((word) => word !== "");
    if (stem && own.length > 0) neighbours.set(stem, own);
  }
  return (stem) => neighbours.get(stem);
}

/**
 * Word neighbours restricted to a route vocabulary: a stem the vocabulary has gets none (the routes
 * already know the word), any other stem only its neighbours the vocabulary has. So the routes'
 * utterances are not expanded (their thresholds stay as without neighbours), and a prompt word the
 * routes lack ("snowfall") adds only route words ("rain", "snow"), never unseen terms that would
 * dilute its vector (session 34: expanding every word raised thresholds and false matches).
 */
export function neighboursOfUnknownWords(
  neighbours: (stem: string) => readonly string[] | undefined,
  vocabulary: ReadonlySet<string>,
): (stem: string) => readonly string[] | undefined {
  return (stem) => {
    if (vocabulary.has(stem)) return undefined;
    const known = neighbours(stem)?.filter((neighbour) => vocabulary.has(neighbour));
    return known && known.length > 0 ? known : undefined;
  };
}

/**
 * The English expansion of the built-in encoder: the WordNet table when given (`synonyms`), with the
 * word-vector neighbours when given (`neighbours`); undefined when neither is.
 */
export function englishExpansion(
  synonyms: SynonymTable | undefined,
  neighbours: ((stem: string) => readonly string[] | undefined) | undefined,
): SynonymTable | undefined {
  if (!neighbours) return synonyms;
  return { synonyms: synonyms?.synonyms ?? NO_WORDS, hypernyms: synonyms?.hypernyms ?? NO_WORDS, neighbours };
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
