/**
 * English names of conditions and medicines from WordNet 3.1 (data/medical-terms/wordnet-medical.tsv,
 * derived by scripts/build-medical-terms.mjs: the hyponyms of disease, disorder, injury, cancer,
 * infection, syndrome … and of medicine; WordNet licence). Read once, on first use; a missing table
 * is a DATASET_INVALID error, not a silently weaker guard.
 */
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";

export interface MedicalVocabulary {
  /** Lower-cased terms, words separated by one space. */
  terms: ReadonlySet<string>;
  /** The most words any term has. */
  maxWords: number;
}

let vocabulary: MedicalVocabulary | undefined;

/** Parses the table's text: `#` comment lines, then `term<TAB>condition|medicine`. */
export function parseMedicalVocabulary(text: string): MedicalVocabulary {
  const terms = new Set<string>();
  let maxWords = 1;
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const term = line.split("\t")[0]!;
    terms.add(term);
    maxWords = Math.max(maxWords, term.split(" ").length);
  }
  return { terms, maxWords };
}

export function medicalVocabulary(): MedicalVocabulary {
  vocabulary ??= parseMedicalVocabulary(
    readPackageData(packageDataUrl("medical-terms", "wordnet-medical.tsv"), "the medical vocabulary").toString("utf8"),
  );
  return vocabulary;
}

/** Latin-script words (letters, digits, inner apostrophes and hyphens), with their offsets. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The longest vocabulary terms in the text, left to right, not overlapping: [start, end) offsets.
 * Words are compared lower-cased, with ’ read as '.
 */
export function findMedicalTerms(text: string, vocabularyTable: MedicalVocabulary = medicalVocabulary()): Array<[number, number]> {
  const words: Array<[number, number, string]> = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text))
    words.push([match.index, match.index + match[0].length, match[0].toLowerCase().replace(/’/gu, "'")]);
  const found: Array<[number, number]> = [];
  for (let index = 0; index < words.length; ) {
    let matched = 0;
    let phrase = "";
    for (let count = 1; count <= vocabularyTable.maxWords && index + count <= words.length; count++) {
      const word = words[index + count - 1]!;
      // Words of one term are separated by spaces only ("heart, attack" is not "heart attack").
      if (count > 1 && !/^ +$/u.test(text.slice(words[index + count - 2]![1], word[0]))) break;
      phrase = count === 1 ? word[2] : `${phrase} ${word[2]}`;
      if (vocabularyTable.terms.has(phrase)) matched = count;
    }
    if (matched > 0) {
      found.push([words[index]![0], words[index + matched - 1]![1]]);
      index += matched;
    } else index++;
  }
  return found;
}
