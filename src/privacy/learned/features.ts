/**
 * Features of the learned second opinion (learned/model.ts): hashed, language-agnostic evidence of a
 * prompt, computed in one linear pass, plus the rule engine's own weak signals. No regex of a detector is
 * repeated here: the signals are the detectors' candidates (every rule that fired, before the judgement
 * layer removed any), the findings kept, and three helpers the detectors export (person references,
 * condition mentions, the people-names lexicon).
 * - words (letters and marks, lower-cased): the word, its first five letters (a stem across languages'
 *   endings) and the pair with the word before;
 * - runs of Han, kana, Hangul or Thai characters (no spaces between words): characters and character pairs;
 * - digit runs as their length ("n:6"), currency signs, and the word before a number ("salary #");
 * - signals: `rule:<rule>` for each candidate, `kept:<category>` for each finding, person reference,
 *   condition mention, capitalised name in the names lexicon, and their pairs (condition with a person,
 *   money with a person): a linear model cannot form these conjunctions itself.
 * Text features are weighted 1/√n (n = distinct text features), signals 1: a long prompt does not outweigh
 * a short one, and a rule's signal keeps its weight whatever the length.
 */
import { conditionMentions } from "../detectors/person-condition.js";
import { personReferences } from "../detectors/person-reference.js";
import { isPersonName } from "../detectors/people-names.js";
import { builtinWordVectors, type WordVectors } from "../../embeddings/word-vectors.js";

/** The rule engine's view of one prompt, gathered by the scanner. */
export interface RuleSignals {
  /** Rule names of every candidate the detectors emitted (before overlaps and judgement). */
  candidateRules: readonly string[];
  /** Categories of the findings the scan keeps. */
  findingCategories: readonly string[];
  /** Whether a named or cued person is in the text (person-reference.ts or a lexicon name pair). */
  person: boolean;
  /** [start, end) of condition or medicine mentions (person-condition.ts's sources). */
  conditions: ReadonlyArray<[number, number]>;
}

/** Hashed feature indices with their values (parallel arrays, indices distinct). */
export interface FeatureVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** FNV-1a over UTF-16 code units. */
export function hashFeature(feature: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index++) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[$€£¥₹₩₽₺￥]/gu;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const CAPITALISED = /\p{Lu}\p{Ll}{1,20}/gu;
const CURRENCY = /[$€£¥₹₩₽₺￥]/u;
const STEM_LENGTH = 5;
/** Text features beyond this many tokens are not collected: a 1 MB prompt costs a bounded walk. */
const MAX_TOKENS = 20_000;

const CLUSTER_TABLES = 4;
const CLUSTER_BITS = 10;

/**
 * Word clusters: each word of the shipped English word vectors (data/word-vectors, 40,000 words) gets
 * CLUSTER_TABLES codes of CLUSTER_BITS bits, the signs of its vector's projections on fixed pseudo-random
 * directions (random-hyperplane hashing): words of similar meaning share codes, so a condition, a drug
 * or a money word the training prompts never used still fires the features of its neighbours. Computed
 * once, on first use (~40 M multiply-adds).
 */
export interface WordClusters {
  vectors: WordVectors;
  codes: Uint16Array;
}
let clusters: WordClusters | undefined;

/** Builds the word clusters now (the scanner does, when it is created with the model on), not at the first scan. */
export function wordClusters(): WordClusters {
  if (clusters) return clusters;
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
    for (let table = 0; table < CLUSTER_TABLES; table++) {
      let code = 0;
      for (let bit = 0; bit < CLUSTER_BITS; bit++) {
        const plane = planes[table * CLUSTER_BITS + bit]!;
        let dot = 0;
        for (let index = 0; index < vector.length; index++) dot += vector[index]! * plane[index]!;
        code = (code << 1) | (dot > 0 ? 1 : 0);
      }
      codes[row * CLUSTER_TABLES + table] = code;
    }
  }
  clusters = { vectors, codes };
  return clusters;
}

/** Does the text hold a capitalised word pair whose first word is in the people-names lexicon? Bounded. */
function lexiconNamePair(text: string): boolean {
  CAPITALISED.lastIndex = 0;
  let previousEnd = -2;
  let previousName = false;
  let seen = 0;
  for (let match = CAPITALISED.exec(text); match !== null && seen < MAX_TOKENS; match = CAPITALISED.exec(text), seen++) {
    const name = isPersonName(match[0]);
    if (previousName && match.index === previousEnd + 1 && text[previousEnd] === " ") return true;
    previousName = name;
    previousEnd = match.index + match[0].length;
  }
  return false;
}

/** The weak signals the scanner gathers for the model (before the keyword pass is forgotten). */
export function gatherSignals(text: string, lower: string): Pick<RuleSignals, "person" | "conditions"> {
  const person = personReferences(text, lower).length > 0 || lexiconNamePair(text);
  return { person, conditions: conditionMentions(text, lower) };
}

/**
 * The feature vector of a prompt (`lower` is the scan's lower-cased text). Deterministic, linear. With
 * `ruleFindings` false the rules' candidates and findings are left out (the person, condition and
 * currency evidence stays): a model independent of the rules' verdicts.
 */
export function promptFeatures(lower: string, signals: RuleSignals, buckets: number, ruleFindings = true): FeatureVector {
  const text = new Set<number>();
  const { vectors, codes } = wordClusters();
  const add = (feature: string) => text.add(hashFeature(feature) % buckets);
  TOKEN.lastIndex = 0;
  let previous = "^";
  let currency = false;
  let tokens = 0;
  for (let match = TOKEN.exec(lower); match !== null && tokens < MAX_TOKENS; match = TOKEN.exec(lower), tokens++) {
    const token = match[0];
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      add(`n:${Math.min(token.length, 12)}`);
      add(`b:${previous} #`);
      continue;
    }
    if (token.length === 1 && CURRENCY.test(token)) {
      currency = true;
      add(`c:${token}`);
      continue;
    }
    if (NO_SPACE_SCRIPT.test(token)) {
      for (let index = 0; index < token.length; index++) {
        add(`h:${token[index]!}`);
        if (index + 1 < token.length) add(`h:${token.slice(index, index + 2)}`);
      }
      previous = token.slice(-1);
      continue;
    }
    add(`w:${token}`);
    if (token.length > STEM_LENGTH) add(`p:${token.slice(0, STEM_LENGTH)}`);
    add(`b:${previous} ${token}`);
    const row = vectors.row(token);
    if (row !== undefined) for (let table = 0; table < CLUSTER_TABLES; table++) add(`v${table}:${codes[row * CLUSTER_TABLES + table]!}`);
    previous = token;
  }
  const signalSet = new Set<number>();
  const signal = (feature: string) => signalSet.add(hashFeature(`s:${feature}`) % buckets);
  signal("bias-signal");
  if (ruleFindings) {
    for (const rule of signals.candidateRules) signal(`rule:${rule}`);
    for (const category of signals.findingCategories) signal(`kept:${category}`);
    if (signals.findingCategories.length === 0) signal("kept:none");
  }
  const condition = signals.conditions.length > 0;
  if (signals.person) signal("person");
  if (condition) signal(signals.conditions.length > 3 ? "condition:many" : "condition");
  if (currency) signal("currency");
  if (condition && signals.person) signal("condition&person");
  if (currency && signals.person) signal("currency&person");
  const weight = text.size === 0 ? 0 : 1 / Math.sqrt(text.size);
  const merged = new Map<number, number>();
  for (const index of text) merged.set(index, weight);
  for (const index of signalSet) merged.set(index, (merged.get(index) ?? 0) + 1);
  const indices = new Uint32Array(merged.size);
  const values = new Float32Array(merged.size);
  let position = 0;
  for (const [index, value] of [...merged].sort((left, right) => left[0] - right[0])) {
    indices[position] = index;
    values[position++] = value;
  }
  return { indices, values };
}
