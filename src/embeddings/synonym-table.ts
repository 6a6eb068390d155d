import { packageDataUrl, readPackageData } from "./package-data.js";
import { parseSynonymTable, type SynonymTable } from "../policies/synonym-table.js";

export const BUILTIN_SYNONYMS_URL = packageDataUrl("synonyms", "wordnet-synonyms.tsv");

let builtin: SynonymTable | undefined;

/** The shipped English synonym table (data/synonyms/wordnet-synonyms.tsv), read once. */
export function builtinSynonymTable(): SynonymTable {
  if (!builtin) {
    const text = readPackageData(BUILTIN_SYNONYMS_URL, "the built-in synonym table").toString("utf8");
    builtin = parseSynonymTable(text);
  }
  return builtin;
}
