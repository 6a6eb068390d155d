/**
 * A particular private person's condition or medicine, from two kinds of evidence that do not depend
 * on the wording of any one prompt:
 * - a person named by a cue in a sentence or record line: a possessive and relation word before a name
 *   ("my brother-in-law Tobias", "mi tía Rosario", "我表姐周敏"), a record's role label before a name
 *   (申请人王磊, 社員 佐々木 優), a Japanese honorific (鈴木さんが) — person-reference.ts;
 * - in that sentence, a condition or medicine: the WordNet vocabulary (medical-vocabulary.ts: ~2,200
 *   conditions and ~950 medicines, English, also matched without accents: "lúpus"), the hand-kept
 *   condition list of the context rules (lexicon.ts HEALTH_TERMS, 15 languages), or a word whose form
 *   is medical (medical-morphology.ts: -itis, -oma, 炎, 症, 病, がん …).
 * A public-figure, fiction or exam-vignette cue near the condition means no finding (person-near.ts).
 * Unnamed relatives ("my mother has diabetes") are not reported (eval/privacy/README.md's policy).
 * The span is the condition.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, literalPrefixes } from "../detector.js";
import { healthTermSearch, verbLength } from "./health-term-match.js";
import { HEALTH_TERMS } from "./lexicon.js";
import { CaselessPattern } from "./caseless.js";
import { HEALTH_VOCABULARY } from "./health-vocabulary.js";
import { conditionOfGroup } from "./group-condition.js";
import { candidates } from "./medical-morphology.js";
import { findMedicalTerms } from "./medical-vocabulary.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { personReferences, sentenceAround } from "./person-reference.js";
import { lowerSliceOfRange } from "../range-strings.js";

const HEALTH_TERM_PREFIXES = literalPrefixes(HEALTH_TERMS.join("|"));
/** Medicine brands and generics, devices and treatments (health-vocabulary.ts), read only in a person's sentences. */
const VOCABULARY = new CaselessPattern(`(?<![\\p{L}\\p{N}])(?:${HEALTH_VOCABULARY})(?![\\p{L}\\p{N}])`, "gu");
const VOCABULARY_PREFIXES = literalPrefixes(HEALTH_VOCABULARY);

/** Every patronymic holds one of these (answered by the scan's keyword pass). */
const PATRONYMIC_STEMS: readonly string[] = ["овн", "евн", "ович", "евич", "ичн"];
/** A Russian given name and patronymic in any case (Ирины Сергеевны, Андрею Петровичу). */
const RUSSIAN_FULL_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:овн|евн|ович|евич|ичн)\p{Ll}*/gu;

const DESCRIBES_A_THING = /^-(?:friendly|safe|proof|related|awareness|themed|specific)(?![\p{L}])/u;

const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/**
 * The text with the accents of Latin letters removed, one character for one (offsets unchanged):
 * "lúpus", "párkinson", "alzhéimer" are written with accents in Spanish and Portuguese.
 */
export function withoutAccents(text: string): string {
  let folded = "";
  for (const char of text) {
    const base = char.charCodeAt(0) >= 0xc0 && char.charCodeAt(0) <= 0x24f ? char.normalize("NFD").replace(COMBINING_MARKS, "") : char;
    folded += base.length === char.length ? base : char;
  }
  return folded;
}

function healthTerms(text: string, lower: string, spans: Array<[number, number]>): void {
  if (HEALTH_TERM_PREFIXES !== undefined && !containsAnyAtWordStart(lower, HEALTH_TERM_PREFIXES)) return;
  const [pattern, haystack] = healthTermSearch(text, lower);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack))
    spans.push([match.index + verbLength(match[0]), match.index + match[0].length]);
}

function vocabularyTerms(text: string, lower: string, spans: Array<[number, number]>): void {
  if (VOCABULARY_PREFIXES !== undefined && !containsAnyAtWordStart(lower, VOCABULARY_PREFIXES)) return;
  const [pattern, haystack] = VOCABULARY.search(text, lower);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack)) spans.push([match.index, match.index + match[0].length]);
}

/**
 * Condition mentions of the three sources, as [start, end) offsets (overlaps are left to the scanner's
 * merge). The hand-kept terms and the vocabulary are also looked up with accents removed.
 */
export function conditionMentions(text: string, lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = candidates(text, lower).map(({ start, end }) => [start, end]);
  healthTerms(text, lower, spans);
  vocabularyTerms(text, lower, spans);
  const folded = /[\u00c0-\u024f]/u.test(text) ? withoutAccents(text) : text;
  if (folded !== text) healthTerms(folded, folded.toLowerCase(), spans);
  spans.push(...findMedicalTerms(folded));
  return spans;
}

/**
 * The sentences (record lines) that name a person by a cue (person-reference.ts), merged: conditions
 * are looked for there only, so a text without such a cue costs two regex passes.
 */
function personSentences(text: string, lower: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const positions = personReferences(text, lower);
  // A Russian given name with patronymic, in any case ("у Ирины Сергеевны Волковой"), names a particular person.
  if (containsAny(lower, PATRONYMIC_STEMS)) {
    RUSSIAN_FULL_NAME.lastIndex = 0;
    for (let match = RUSSIAN_FULL_NAME.exec(text); match !== null; match = RUSSIAN_FULL_NAME.exec(text)) positions.push(match.index);
    positions.sort((left, right) => left - right);
  }
  for (const position of positions) {
    const [from, to] = sentenceAround(text, position);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges;
}

/** A third-person pronoun (subject or possessive) in the languages of the relation cues (also read by pasted-person-health.ts). */
export const THIRD_PERSON =
  /(?<![\p{L}])(?:she|he|her|his|him|sie|er|ihr\p{L}*|sein\p{L}*|elle|il|lui|sa|son|ses|ella|él|su|sus|lei|ela|ele|dela|dele|zij|ze|hij|haar|zijn|ona|on|jej|jego|hon|han|hennes|hans)(?![\p{L}])/iu;

/**
 * The sentences after a cue sentence that go on about the same person: up to two, within 300 characters and the
 * paragraph ("My sister Laura Brennan starts her second round next week. … The oncologist says the FOLFOX cycles
 * will knock her out"). A condition there counts only with a third-person pronoun at most 50 characters before it or
 * 40 after it.
 */
function followingSentences(text: string, to: number): Array<[number, number]> {
  const following: Array<[number, number]> = [];
  let position = to;
  while (following.length < 2 && position < text.length && position - to < 300) {
    while (position < text.length && (text[position] === " " || text[position] === "\t")) position++;
    if (text.startsWith("\n\n", position) || position >= text.length) break;
    const [start, end] = sentenceAround(text, position + (text[position] === "\n" ? 1 : 0));
    if (end <= position) break;
    following.push([start, end]);
    position = end;
  }
  return following;
}

/** A work word, then a preposition (and an article) right before the condition word: the ward or department worked in. */
const WORKS_IN_BEFORE =
  /(?<![\p{L}])(?:works?|working|worked|nurse|doctor|volunteers?|работает|работала?|медсестрой|врачом|працює|працювала?|медсестрою|лікарем|arbeitet|trabaja|travaille|trabalha|pracuje|lavora)(?![\p{L}])[^.!?\n,]{0,24}?(?<![\p{L}])(?:in|at|on|for|в|на|у|auf|en|dans|à|em|na|no|w|nel|nella)(?:\s+(?:the|a|an|der|die|dem|la|le|el|o|a))?\s+$/iu;

/** Emits the conditions of `text[from, to)` (exported for the unnamed-relative rule, unnamed-relative-condition.ts). */
export function emitMentions(text: string, lower: string, emit: Emit, from: number, to: number, cache: PersonNearCache, needsPronoun: boolean): void {
  const sentence = text.slice(from, to);
  if (needsPronoun && !THIRD_PERSON.test(sentence)) return;
  // The sentence lower-cased, read from the scan's lower-cased text where the offsets agree (session 43, allocation).
  for (const [start, end] of conditionMentions(sentence, lowerSliceOfRange(text, lower, from, to))) {
    // "diabetes-friendly snacks", "asthma-related questions" describe things, not a person's condition.
    if (DESCRIBES_A_THING.test(sentence.slice(end, end + 14))) continue;
    // Where the person works: "moja sestra … работает медсестрой в онкологии", "is a nurse on the cancer ward" (session 44).
    if (WORKS_IN_BEFORE.test(sentence.slice(Math.max(0, start - 48), start))) continue;
    if (needsPronoun && !THIRD_PERSON.test(sentence.slice(Math.max(0, start - 50), end + 40))) continue;
    if (conditionOfGroup(sentence, start, end) || personNear(text, from + start, cache).publicContext) continue;
    emit("health", from + start, from + end, "person-condition", PRIORITY.contextual - 1);
  }
}

function runPersonCondition(text: string, emit: Emit, lower: string): void {
  const ranges = personSentences(text, lower);
  if (ranges.length === 0) return;
  const cache: PersonNearCache = { verdicts: new Map() };
  let covered = 0;
  for (const [from, to] of ranges) {
    emitMentions(text, lower, emit, Math.max(from, covered), to, cache, false);
    covered = Math.max(covered, to);
    for (const [start, end] of followingSentences(text, to)) {
      if (end <= covered) continue;
      emitMentions(text, lower, emit, Math.max(start, covered), end, cache, true);
      covered = end;
    }
  }
}

export const personConditionDetectors: Detector[] = [{ name: "person-condition", run: runPersonCondition }];
