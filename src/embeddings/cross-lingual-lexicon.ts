import { readFileSync } from "node:fs";
import { RouterError } from "../errors.js";
import { parseCrossLingualLexicon, type CrossLingualLexicon } from "../policies/cross-lingual-lexicon.js";
import { stemmerFor } from "../policies/route-terms.js";

/** The package's data/lexicon folder (compiled code lives one folder deeper, in dist/src/embeddings). */
const LEXICON_FOLDER = new URL(import.meta.url.includes("/dist/") ? "../../../data/lexicon/" : "../../data/lexicon/", import.meta.url);
export const BUILTIN_LEXICON_URL = new URL("common-words.tsv", LEXICON_FOLDER);

let builtin: CrossLingualLexicon | undefined;

/** The shipped cross-lingual lexicon (data/lexicon/common-words.tsv), read once. */
export function builtinCrossLingualLexicon(): CrossLingualLexicon {
  if (!builtin) {
    let text: string;
    try {
      text = readFileSync(BUILTIN_LEXICON_URL, "utf8");
    } catch (cause) {
      throw new RouterError("DATASET_INVALID", `cannot read the built-in cross-lingual lexicon at ${BUILTIN_LEXICON_URL.pathname}`, { cause });
    }
    builtin = parseCrossLingualLexicon(text, stemmerFor);
  }
  return builtin;
}
