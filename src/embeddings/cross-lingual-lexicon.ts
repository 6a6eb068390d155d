import { packageDataUrl, readPackageData } from "./package-data.js";
import { parseCrossLingualLexicon, type CrossLingualLexicon } from "../policies/cross-lingual-lexicon.js";
import { stemmerFor } from "../policies/route-terms.js";

export const BUILTIN_LEXICON_URL = packageDataUrl("lexicon", "common-words.tsv");

let builtin: CrossLingualLexicon | undefined;

/** The shipped cross-lingual lexicon (data/lexicon/common-words.tsv), read once. */
export function builtinCrossLingualLexicon(): CrossLingualLexicon {
  if (!builtin) {
    const text = readPackageData(BUILTIN_LEXICON_URL, "the built-in cross-lingual lexicon").toString("utf8");
    builtin = parseCrossLingualLexicon(text, stemmerFor);
  }
  return builtin;
}
