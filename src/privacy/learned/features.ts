/**
 * Features of the learned second opinion (learned/model.ts): hashed, language-agnostic evidence of a
 * prompt, computed in one linear walk over the lower-cased text that allocates no string per word, plus
 * the rule engine's weak signals. No regex of a detector is repeated here: the signals come from the
 * detectors' own exports (person references, the people-names lexicon, the condition word lists) and,
 * optionally, from the detectors' candidates and findings.
 * - words (runs of letters): the word, its first five letters (a stem across languages' endings), the
 *   pair with the word before, and the word's clusters (below);
 * - runs of Han, kana, Hangul or Thai characters (no spaces between words): characters and character pairs;
 * - digit runs as their length, the word before a number ("salary #"), currency signs;
 * - signals: person reference or lexicon name pair, a condition word (the WordNet conditions and medicines
 *   of medical-vocabulary.ts and the single words of lexicon.ts HEALTH_TERMS), a currency sign, and their
 *   pairs (condition with a person, money with a person): a linear model cannot form these conjunctions;
 *   with `ruleFindings`, `rule:<rule>` per candidate and `kept:<category>` per finding too.
 * Text features are weighted 1/√n (n = distinct text features), signals 1: a long prompt does not outweigh
 * a short one, and a signal keeps its weight whatever the length.
 */
import { personReferences } from "../detectors/person-reference.js";
import { isPersonName } from "../detectors/people-names.js";
import { medicalVocabulary } from "../detectors/medical-vocabulary.js";
import { HEALTH_TERMS } from "../detectors/lexicon.js";
import { builtinWordVectors } from "../../embeddings/word-vectors.js";
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";
import { RouterError } from "../../errors.js";

/** The rule engine's view of one prompt, gathered by the scanner. */
export interface RuleSignals {
  /** Rule names of every candidate the detectors emitted (before overlaps and judgement). */
  candidateRules: readonly string[];
  /** Categories of the findings the scan keeps. */
  findingCategories: readonly string[];
  /** Whether a person is named by a cue (person-reference.ts) or by a lexicon name pair. */
  person: boolean;
}

/** Hashed feature indices (distinct) with their values, parallel arrays. */
export interface FeatureVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** FNV-1a over UTF-16 code units. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index++) hash = Math.imul(hash ^ feature.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** Murmur3's finaliser over a value and a feature kind. */
function mix(value: number, kind: number): number {
  let hash = (value ^ Math.imul(kind, 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const enum Kind {
  Word = 1,
  Stem,
  Pair,
  Number,
  NumberAfter,
  Currency,
  Char,
  CharPair,
  Cluster,
}

/** Character classes: 0 separator, 1 letter, 2 digit, 3 currency sign, 4 character of a script without spaces. */
function charClass(code: number): number {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : code >= 48 && code <= 57 ? 2 : code === 36 ? 3 : 0;
  if (code === 0xa3 || code === 0xa5 || code === 0x20ac || code === 0x20b9 || code === 0x20a9 || code === 0x20bd || code === 0x20ba || code === 0xffe5)
    return 3;
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0e00 && code <= 0x0e7f))
    return 4;
  if (
    code < 0xc0 ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xfe30 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff)
  )
    return code === 0xd7 || code === 0xf7 || code < 0xc0 || code >= 0x2000 ? 0 : 1;
  return 1;
}
const CLASS = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) CLASS[code] = charClass(code);

const STEM_LENGTH = 5;
/** Text features beyond this many characters are not collected: a 1 MB prompt costs a bounded walk. */
const MAX_CHARS = 100_000;
const CLUSTER_TABLES = 4;
const CLUSTER_BITS = 10;

/**
 * Per word hash (FNV-1a of the lower-cased word, as the walk computes it): the word's cluster codes and
 * whether it is a condition word, in one open-addressing table.
 * Clusters: each word of the shipped English word vectors (data/word-vectors, 40,000 words) gets
 * CLUSTER_TABLES codes of CLUSTER_BITS bits, the signs of its vector's projections on fixed pseudo-random
 * directions (random-hyperplane hashing): words of similar meaning share codes, so a condition, a drug or
 * a money word the training prompts never used still fires the features of its neighbours.
 */
export interface WordTable {
  /** Per slot, two entries: the word hash (0: empty) and its entry, side by side (one cache line per probe). */
  slots: Uint32Array;
  /** Row + 1 into `codes` (0: no vector), and bit 31 set for a condition word. */
  codes: Uint16Array;
  mask: number;
}
let table: WordTable | undefined;

function insert(words: WordTable, hash: number, entry: number): void {
  const slots = words.slots;
  let slot = hash & words.mask;
  while (slots[2 * slot] !== 0 && slots[2 * slot] !== hash) slot = (slot + 1) & words.mask;
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = (slots[2 * slot + 1]! | entry) >>> 0;
}

/**
 * The shipped word -> cluster-code file (data/privacy-model/word-clusters.bin), little-endian: "RLWC",
 * version 1, rows, codes per row; then every row's word hash (uint32), then every row's codes (uint16):
 * columns, so both load as typed arrays with one copy each.
 */
const CLUSTERS_MAGIC = 0x43574c52;
const CLUSTERS_HEADER_BYTES = 16;
const CLUSTERS_ROW_BYTES = 4 + 2 * CLUSTER_TABLES;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Each word's cluster codes, computed from the shipped word vectors (~0.3–1 s): what
 * data/privacy-model/word-clusters.bin holds (`npx tsx scripts/privacy-model.ts --word-clusters` writes it,
 * and a unit test checks the two agree). Rows are the vectors' rows; hashes are `hashFeature(word) || 1`.
 */
export function computeWordClusters(): { hashes: Uint32Array; codes: Uint16Array } {
  const vectors = builtinWordVectors();
  let state = 0x9e3779b9;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 4294967296 - 0.5;
  };
  const planes = Array.from({ length: CLUSTER_TABLES * CLUSTER_BITS }, () => Float32Array.from({ length: vectors.dimensions }, next));
  const codes = new Uint16Array(vectors.size * CLUSTER_TABLES);
  const vector = new Float32Array(vectors.dimensions);
  for (let row = 0; row < vectors.size; row++) {
    vector.fill(0);
    vectors.addTo(vector, row, 1);
    for (let tableIndex = 0; tableIndex < CLUSTER_TABLES; tableIndex++) {
      let code = 0;
      for (let bit = 0; bit < CLUSTER_BITS; bit++) {
        const plane = planes[tableIndex * CLUSTER_BITS + bit]!;
        let dot = 0;
        for (let index = 0; index < vector.length; index++) dot += vector[index]! * plane[index]!;
        code = (code << 1) | (dot > 0 ? 1 : 0);
      }
      codes[row * CLUSTER_TABLES + tableIndex] = code;
    }
  }
  const hashes = Uint32Array.from(vectors.words ?? [], (word) => hashFeature(word) || 1);
  return { hashes, codes };
}

/** The bytes of data/privacy-model/word-clusters.bin for `clusters`. */
export function serializeWordClusters(clusters: { hashes: Uint32Array; codes: Uint16Array }): Buffer {
  const rows = clusters.hashes.length;
  const bytes = Buffer.alloc(CLUSTERS_HEADER_BYTES + rows * CLUSTERS_ROW_BYTES);
  bytes.writeUInt32LE(CLUSTERS_MAGIC, 0);
  bytes.writeUInt32LE(1, 4);
  bytes.writeUInt32LE(rows, 8);
  bytes.writeUInt32LE(CLUSTER_TABLES, 12);
  const codesStart = CLUSTERS_HEADER_BYTES + rows * 4;
  for (let row = 0; row < rows; row++) bytes.writeUInt32LE(clusters.hashes[row]!, CLUSTERS_HEADER_BYTES + row * 4);
  for (let index = 0; index < rows * CLUSTER_TABLES; index++) bytes.writeUInt16LE(clusters.codes[index]!, codesStart + index * 2);
  return bytes;
}

/** Parses data/privacy-model/word-clusters.bin; a malformed file is a DATASET_INVALID error. */
export function parseWordClusters(bytes: Buffer, source = "word clusters"): { hashes: Uint32Array; codes: Uint16Array } {
  const invalid = (why: string) => new RouterError("DATASET_INVALID", `${source}: ${why}`, { details: { source } });
  if (bytes.length < CLUSTERS_HEADER_BYTES || bytes.readUInt32LE(0) !== CLUSTERS_MAGIC || bytes.readUInt32LE(4) !== 1)
    throw invalid("not a version-1 word-cluster file");
  const rows = bytes.readUInt32LE(8);
  if (bytes.readUInt32LE(12) !== CLUSTER_TABLES || bytes.length !== CLUSTERS_HEADER_BYTES + rows * CLUSTERS_ROW_BYTES)
    throw invalid("length does not match its header");
  const codesStart = CLUSTERS_HEADER_BYTES + rows * 4;
  if (LITTLE_ENDIAN) {
    // Copies (aligned, owned): the file's buffer may start at any offset.
    const hashes = new Uint32Array(rows);
    new Uint8Array(hashes.buffer).set(bytes.subarray(CLUSTERS_HEADER_BYTES, codesStart));
    const codes = new Uint16Array(rows * CLUSTER_TABLES);
    new Uint8Array(codes.buffer).set(bytes.subarray(codesStart));
    return { hashes, codes };
  }
  const hashes = Uint32Array.from({ length: rows }, (_, row) => bytes.readUInt32LE(CLUSTERS_HEADER_BYTES + row * 4));
  const codes = Uint16Array.from({ length: rows * CLUSTER_TABLES }, (_, index) => bytes.readUInt16LE(codesStart + index * 2));
  return { hashes, codes };
}

/**
 * Builds the word table now (the scanner does, when created with the model on): reads the shipped
 * word -> cluster-code file (~470 KB) rather than projecting the 40,000 word vectors (a few ms instead of
 * ~0.3–1 s; scripts/privacy-learned-startup.ts times it).
 */
export function wordTable(): WordTable {
  if (table) return table;
  const url = packageDataUrl("privacy-model", "word-clusters.bin");
  const { hashes, codes } = parseWordClusters(readPackageData(url, "the privacy model's word clusters"), url.pathname);
  // ~42,000 words in 65,536 slots (load ~0.64; 512 KB, half the cache footprint of 2^17 slots): a lookup
  // returns the same entry at any size, probes stay within a cache line or two.
  const size = 1 << 16;
  const words: WordTable = { slots: new Uint32Array(2 * size), codes, mask: size - 1 };
  // In row order, as the vectors' words were inserted: the same table, collisions included.
  for (let row = 0; row < hashes.length; row++) insert(words, hashes[row]!, row + 1);
  const conditionWords = [...medicalVocabulary().terms].filter((term) => !term.includes(" "));
  for (const source of HEALTH_TERMS) for (const term of source.split("|")) if (/^[\p{L}\p{M}]+$/u.test(term)) conditionWords.push(term.toLowerCase());
  for (const word of conditionWords) insert(words, hashFeature(word) || 1, 0x80000000);
  table = words;
  return table;
}

const CAPITALISED = /\p{Lu}\p{Ll}{1,20}/gu;
const MAX_NAME_WORDS = 5_000;

/** Does the text hold two capitalised words in a row, the first in the people-names lexicon? Bounded. */
function lexiconNamePair(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  let previousEnd = -2;
  let previousName = false;
  let seen = 0;
  for (let match = CAPITALISED.exec(text); match !== null && seen < MAX_NAME_WORDS; match = CAPITALISED.exec(text), seen++) {
    if (previousName && match.index === previousEnd + 1 && text[previousEnd] === " ") return true;
    previousName = isPersonName(match[0]);
    previousEnd = match.index + match[0].length;
  }
  return false;
}

/** The person signal, read by the scanner before the keyword pass is forgotten (person-reference.ts's gate uses it). */
export function personSignal(text: string, lower: string): boolean {
  return personReferences(text, lower).length > 0 || lexiconNamePair(text);
}

// Scratch state of one extraction (reused: the scanner is synchronous). `touched` lists the distinct
// buckets in first-touch order, so it never holds more than `buckets` entries.
let stamps = new Uint8Array(0);
let touched = new Uint32Array(0);
let generation = 0;
// A cluster feature's bucket per (table, code), for the bucket count it was built for: 4 × 1,024 mixes once.
let clusterBuckets = new Uint32Array(0);
let clusterBucketsFor = 0;

/**
 * The feature vector of a prompt (`lower` is the scan's lower-cased text). Deterministic, linear. With
 * `ruleFindings` false the rules' candidates and findings are left out (the person, condition and currency
 * evidence stays): a model independent of the rules' verdicts.
 * One pass that allocates nothing per character or word: bucket stamps of a generation mark the buckets
 * touched, the word table is one typed array probed in place, and a power-of-two bucket count is masked
 * (the same bucket as `hash % buckets`).
 */
export function promptFeatures(lower: string, signals: RuleSignals, buckets: number, ruleFindings = true): FeatureVector {
  const { slots, codes, mask: slotMask } = wordTable();
  if (stamps.length !== buckets) {
    stamps = new Uint8Array(buckets);
    touched = new Uint32Array(buckets);
  }
  // One byte per bucket (a quarter of the cache footprint): cleared when the generation wraps.
  generation = (generation + 1) & 0xff;
  if (generation === 0) {
    stamps.fill(0);
    generation = 1;
  }
  const stamp = generation;
  const seen = stamps;
  const list = touched;
  const bucketMask = (buckets & (buckets - 1)) === 0 ? buckets - 1 : -1;
  if (clusterBucketsFor !== buckets) {
    clusterBuckets = new Uint32Array(CLUSTER_TABLES << CLUSTER_BITS);
    for (let tableIndex = 0; tableIndex < CLUSTER_TABLES; tableIndex++)
      for (let code = 0; code < 1 << CLUSTER_BITS; code++)
        clusterBuckets[(tableIndex << CLUSTER_BITS) + code] = mix(code + (tableIndex << 16), Kind.Cluster) % buckets;
    clusterBucketsFor = buckets;
  }
  const clusterBucket = clusterBuckets;
  let count = 0;
  const add = (hash: number): void => {
    const bucket = bucketMask >= 0 ? hash & bucketMask : hash % buckets;
    if (seen[bucket] === stamp) return;
    seen[bucket] = stamp;
    list[count++] = bucket;
  };
  let previous = 0x811c9dc5;
  let currency = false;
  let conditions = 0;
  const end = Math.min(lower.length, MAX_CHARS);
  let index = 0;
  while (index < end) {
    const code = lower.charCodeAt(index);
    const kind = CLASS[code]!;
    if (kind === 0) {
      index++;
      continue;
    }
    if (kind === 3) {
      currency = true;
      add(mix(code, Kind.Currency));
      index++;
      continue;
    }
    const start = index;
    if (kind === 2) {
      while (index < end && CLASS[lower.charCodeAt(index)] === 2) index++;
      add(mix(Math.min(index - start, 12), Kind.Number));
      add(mix(previous, Kind.NumberAfter));
      continue;
    }
    if (kind === 4) {
      let before = -1;
      while (index < end && CLASS[lower.charCodeAt(index)] === 4) {
        const char = lower.charCodeAt(index);
        add(mix(char, Kind.Char));
        if (before >= 0) add(mix(before * 65536 + char, Kind.CharPair));
        before = char;
        index++;
      }
      previous = mix(before, Kind.Char);
      continue;
    }
    let hash = 0x811c9dc5;
    let stem = 0;
    let char = code;
    do {
      hash = Math.imul(hash ^ char, 0x01000193);
      index++;
      if (index - start === STEM_LENGTH) stem = hash;
      if (index >= end) break;
      char = lower.charCodeAt(index);
    } while (CLASS[char] === 1);
    hash = hash >>> 0 || 1;
    add(mix(hash, Kind.Word));
    if (index - start > STEM_LENGTH) add(mix(stem >>> 0, Kind.Stem));
    add(mix((Math.imul(previous, 31) + hash) >>> 0, Kind.Pair));
    previous = hash;
    // The word table, probed in place (open addressing, linear probing).
    let entry = 0;
    for (let slot = hash & slotMask; slots[2 * slot] !== 0; slot = (slot + 1) & slotMask)
      if (slots[2 * slot] === hash) {
        entry = slots[2 * slot + 1]!;
        break;
      }
    if (entry === 0) continue;
    if (entry & 0x80000000) conditions++;
    const row = (entry & 0x7fffffff) - 1;
    if (row >= 0) {
      const base = row * CLUSTER_TABLES;
      for (let tableIndex = 0; tableIndex < CLUSTER_TABLES; tableIndex++) add(clusterBucket[(tableIndex << CLUSTER_BITS) + codes[base + tableIndex]!]!);
    }
  }
  const textFeatures = count;
  const signalBuckets: number[] = [];
  const signal = (feature: string) => signalBuckets.push(hashFeature(`s:${feature}`) % buckets);
  signal("bias-signal");
  if (ruleFindings) {
    for (const rule of signals.candidateRules) signal(`rule:${rule}`);
    for (const category of signals.findingCategories) signal(`kept:${category}`);
    if (signals.findingCategories.length === 0) signal("kept:none");
  }
  const condition = conditions > 0;
  if (signals.person) signal("person");
  if (condition) signal(conditions > 3 ? "condition:many" : "condition");
  if (currency) signal("currency");
  if (condition && signals.person) signal("condition&person");
  if (currency && signals.person) signal("currency&person");
  const weight = textFeatures === 0 ? 0 : 1 / Math.sqrt(textFeatures);
  // Signals' buckets join the list after the text features (a signal's bucket may already be one of them).
  for (const bucket of signalBuckets) add(bucket);
  const values = new Float32Array(count);
  values.fill(weight, 0, textFeatures);
  for (const bucket of signalBuckets) {
    let position = 0;
    while (list[position] !== bucket) position++;
    values[position]! += 1;
  }
  return { indices: list.slice(0, count), values };
}
