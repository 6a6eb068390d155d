/**
 * English names of conditions and medicines from WordNet 3.1 (data/medical-terms/wordnet-medical.tsv,
 * derived by scripts/build-medical-terms.mjs: the hyponyms of disease, disorder, injury, cancer,
 * infection, syndrome … and of medicine; WordNet licence). Read once, on first use; a missing table
 * is a DATASET_INVALID error, not a silently weaker guard.
 */
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";
import { isLetterOrNumberCodePoint } from "../code-units.js";

export interface MedicalVocabulary {
  /** Lower-cased terms, words separated by one space. */
  terms: ReadonlySet<string>;
  /** Every proper prefix of a term of several words, whole words only ("myasthenia" of "myasthenia gravis"). */
  prefixes: ReadonlySet<string>;
  /** The most words any term has. */
  maxWords: number;
}

let vocabulary: MedicalVocabulary | undefined;

/** Parses the table's text: `#` comment lines, then `term<TAB>condition|medicine`. */
export function parseMedicalVocabulary(text: string): MedicalVocabulary {
  const terms = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const term = line.split("\t")[0]!;
    terms.add(term);
    const words = term.split(" ");
    maxWords = Math.max(maxWords, words.length);
    for (let count = 1; count < words.length; count++) prefixes.add(words.slice(0, count).join(" "));
  }
  return { terms, prefixes, maxWords };
}

export function medicalVocabulary(): MedicalVocabulary {
  vocabulary ??= parseMedicalVocabulary(readPackageData(packageDataUrl("medical-terms", "wordnet-medical.tsv"), "the medical vocabulary").toString("utf8"));
  return vocabulary;
}

/** A letter or digit of a Latin-script word (ASCII, Latin-1 and Latin Extended-A/B letters), by code. */
const WORD_CHAR = new Uint8Array(0x250);
for (let code = 0; code < 0x250; code++)
  WORD_CHAR[code] =
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ? 1 : 0;
const isWordChar = (code: number): boolean => code < 0x250 && WORD_CHAR[code] === 1;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/** A word as the table writes it: lower-case, accents removed ("lúpus" → "lupus"), ’ read as '. */
function tableForm(word: string): string {
  let form = word.toLowerCase();
  for (let index = 0; index < form.length; index++)
    if (form.charCodeAt(index) >= 0xc0) {
      form = form.normalize("NFD").replace(COMBINING_MARKS, "");
      break;
    }
  return form;
}

/**
 * The longest vocabulary terms in the text, left to right, not overlapping: [start, end) offsets.
 * Words (Latin letters and digits, joined by inner ' ’ or -) are compared in their table form; the words
 * of a term are separated by single spaces. One table look-up per word for the words no term starts with.
 */
export function findMedicalTerms(text: string, vocabularyTable: MedicalVocabulary = medicalVocabulary()): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  for (let index = 0; index < text.length;) {
    if (!isWordChar(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (isWordChar(code)) index++;
      else if ((code === 39 || code === 0x2019 || code === 45) && isWordChar(text.charCodeAt(index + 1))) index += 2;
      else break;
    }
    // A word glued to another script ("x光") is not a Latin word.
    if (index < text.length && isLetterOrNumberCodePoint(text.charCodeAt(index))) continue;
    words.push([start, index]);
  }
  const found: Array<[number, number]> = [];
  for (let first = 0; first < words.length;) {
    let matched = 0;
    let phrase = "";
    for (let count = 1; count <= vocabularyTable.maxWords && first + count <= words.length; count++) {
      const [start, end] = words[first + count - 1]!;
      if (count > 1) {
        const gapStart = words[first + count - 2]![1];
        if (text.slice(gapStart, start).trim() !== "" || text.slice(gapStart, start).includes("\n")) break;
      }
      const word = tableForm(text.slice(start, end)).replace(/’/gu, "'");
      phrase = count === 1 ? word : `${phrase} ${word}`;
      if (vocabularyTable.terms.has(phrase)) matched = count;
      if (!vocabularyTable.prefixes.has(phrase)) break;
    }
    if (matched > 0) {
      found.push([words[first]![0], words[first + matched - 1]![1]]);
      first += matched;
    } else first++;
  }
  return found;
}
