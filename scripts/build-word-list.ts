/**
 * Writes data/word-vectors/english-words.txt: the words of data/word-vectors/glove-100d.bin (the 40,000
 * most frequent English words of GloVe 6B, PDDL), one a line, in the file's order, without their
 * vectors, so the English normalisation's typo correction reads 327 kB instead of 4.3 MB when the
 * word vectors are off (the default). Deterministic; a unit test checks the shipped list equals the
 * .bin's words. Run after rebuilding the vectors: npx tsx scripts/build-word-list.ts
 */
import { writeFileSync } from "node:fs";
import { BUILTIN_WORD_LIST_URL, builtinWordVectors, formatWordList } from "../src/embeddings/word-vectors.js";

const words = builtinWordVectors().words ?? [];
writeFileSync(BUILTIN_WORD_LIST_URL, formatWordList(words));
process.stdout.write(`${BUILTIN_WORD_LIST_URL.pathname}: ${words.length} words\n`);
