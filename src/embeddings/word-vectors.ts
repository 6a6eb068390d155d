import { RouterError } from "../errors.js";
import { packageDataUrl, readPackageData } from "./package-data.js";

/**
 * Static word vectors shipped with the package (data/word-vectors/glove-100d.bin: the 40,000 most
 * frequent English words of GloVe 6B, 100 dimensions, common direction removed, unit length, 8-bit;
 * built by scripts/build-word-vectors.mjs). Read from disk once, on first use; no download. Their words
 * alone are also shipped as data/word-vectors/english-words.txt, read instead when only the words are needed.
 */
export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** The word's row (rows are ordered by corpus frequency, most frequent first), or undefined. */
  row(word: string): number | undefined;
  /** Adds `weight` × the word's unit vector at `row` to `target`. */
  addTo(target: Float32Array, row: number, weight: number): void;
  /** Cosine similarity of the words at two rows (their unit vectors' dot product). */
  cosine(rowA: number, rowB: number): number;
  /** The words, by row (the privacy model hashes them once: src/privacy/learned/features.ts). */
  readonly words?: readonly string[];
}

const MAGIC = "RLWV";
const HEADER_BYTES = 20;

/** Parses the file format written by scripts/build-word-vectors.mjs. */
export function parseWordVectors(bytes: Uint8Array, source = "word vectors"): WordVectors {
  const invalid = (reason: string) => new RouterError("DATASET_INVALID", `${source}: ${reason}`, { details: { source } });
  if (bytes.length < HEADER_BYTES) throw invalid("too short");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC || view.getUint32(4, true) !== 1) throw invalid("not a version-1 word-vector file");
  const size = view.getUint32(8, true);
  const dimensions = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const vectorStart = HEADER_BYTES + wordBytes;
  if (dimensions === 0 || bytes.length !== vectorStart + size * dimensions) throw invalid("length does not match its header");
  const words = new TextDecoder().decode(bytes.subarray(HEADER_BYTES, vectorStart)).split("\n");
  if (words.length !== size) throw invalid("word count does not match its header");
  const rows = new Map<string, number>();
  words.forEach((word, index) => rows.set(word, index));
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + vectorStart, size * dimensions);
  const scale = 1 / 127;
  return {
    dimensions,
    size,
    words,
    row: (word) => rows.get(word),
    addTo(target, row, weight) {
      const offset = row * dimensions;
      const factor = weight * scale;
      for (let index = 0; index < dimensions; index++) target[index]! += values[offset + index]! * factor;
    },
    cosine(rowA, rowB) {
      const offsetA = rowA * dimensions;
      const offsetB = rowB * dimensions;
      let sum = 0;
      for (let index = 0; index < dimensions; index++) sum += values[offsetA + index]! * values[offsetB + index]!;
      return sum * scale * scale;
    },
  };
}

/** Writes the file format `parseWordVectors` reads: the words (one row each, in order) and their 8-bit rows (value / 127 = component). */
export function formatWordVectors(words: readonly string[], dimensions: number, rows: Int8Array): Buffer {
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, "ascii");
  header.writeUInt32LE(1, 4);
  header.writeUInt32LE(words.length, 8);
  header.writeUInt32LE(dimensions, 12);
  header.writeUInt32LE(wordBytes.length, 16);
  return Buffer.concat([header, wordBytes, Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength)]);
}

export const BUILTIN_WORD_VECTORS_URL = packageDataUrl("word-vectors", "glove-100d.bin");
/** The same words, in the same order, without their vectors (327 kB instead of 4.3 MB; scripts/build-word-list.ts). */
export const BUILTIN_WORD_LIST_URL = packageDataUrl("word-vectors", "english-words.txt");

let builtin: WordVectors | undefined;
let builtinWords: ReadonlySet<string> | undefined;

/** The shipped word vectors, read once. */
export function builtinWordVectors(): WordVectors {
  if (!builtin) {
    const bytes = readPackageData(BUILTIN_WORD_VECTORS_URL, "the built-in word vectors");
    builtin = parseWordVectors(bytes, BUILTIN_WORD_VECTORS_URL.pathname);
  }
  return builtin;
}

/** The text of data/word-vectors/english-words.txt for `words`: one word a line, in order. */
export function formatWordList(words: readonly string[]): string {
  return `${words.join("\n")}\n`;
}

/** The words of a file `formatWordList` wrote, in order. */
export function parseWordList(text: string, source = "word list"): string[] {
  const words = text.split("\n");
  if (words.pop() !== "" || words.some((word) => word === "" || word.includes("\r")))
    throw new RouterError("DATASET_INVALID", `${source}: not one word a line ending in a newline`, { details: { source } });
  return words;
}

/** The shipped English word list (the word vectors' words without the vectors), read once. */
export function builtinEnglishWords(): ReadonlySet<string> {
  if (!builtinWords) {
    const text = readPackageData(BUILTIN_WORD_LIST_URL, "the built-in English word list").toString("utf8");
    builtinWords = new Set(parseWordList(text, BUILTIN_WORD_LIST_URL.pathname));
  }
  return builtinWords;
}

/**
 * True when the word is among the shipped vectors' 40,000 most frequent English words (the typo
 * correction leaves those as written). Reads the word list (327 kB), not the vectors (4.3 MB), unless
 * the vectors are already loaded; a unit test checks both hold the same words.
 */
export function isKnownEnglishWord(word: string): boolean {
  return builtin ? builtin.row(word) !== undefined : builtinEnglishWords().has(word);
}
