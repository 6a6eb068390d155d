import { readFileSync } from "node:fs";
import { RouterError } from "../errors.js";
import { parseSynonymTable, type SynonymTable } from "../policies/synonym-table.js";

/** The package's data/synonyms folder (compiled code lives one folder deeper, in dist/src/embeddings). */
const SYNONYM_FOLDER = new URL(import.meta.url.includes("/dist/") ? "../../../data/synonyms/" : "../../data/synonyms/", import.meta.url);
export const BUILTIN_SYNONYMS_URL = new URL("wordnet-synonyms.tsv", SYNONYM_FOLDER);

let builtin: SynonymTable | undefined;

/** The shipped English synonym table (data/synonyms/wordnet-synonyms.tsv), read once. */
export function builtinSynonymTable(): SynonymTable {
  if (!builtin) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_SYNONYMS_URL, "utf8");
    } catch (cause) {
      throw new RouterError("DATASET_INVALID", `cannot read the built-in synonym table at ${BUILTIN_SYNONYMS_URL.pathname}`, { cause });
    }
    builtin = parseSynonymTable(text);
  }
  return builtin;
}
