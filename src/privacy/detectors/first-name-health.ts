/**
 * A lone first name as the subject of a health sentence (session 45, issue #15: "Chris has been on Strattera", "Beth
 * keeps throwing up", "Ania ma zwolnienie lekarskie", "O João está com dor no peito", "Elif'in yüksek ateşi var",
 * "Rohit ko tez bukhar hai"): a term of health-vocabulary.ts (medicines, devices, treatments and health told in ordinary
 * words) in a sentence whose subject is a given name — at the sentence's start, after at most an article, a greeting
 * or a title word ("O", "A", "Hey", "Aunt", "Mama"), the name followed by a verb, a possessive or a Hinglish case
 * particle — or a given name in the possessive right before the term ("Ellie's colonoscopy", "Tom's HIV test").
 * The vocabulary's brand names are also products and the plain words also general talk, so they are read only with
 * such a subject; person-condition.ts reads them after a relation word and a name. No finding when person-near.ts sees
 * a public-figure, fiction or exam context, when an animal word is in the sentence ("Our dog Max"), when the name is a
 * relation word ("Mama hat …": an unnamed relative, unnamed-relative-condition.ts under `privacy.unnamedRelatives`) or
 * an everyday word, or for a group's condition. Linear: one bounded look at each sentence's start and animal words (kept per sentence) and 40
 * characters before each term. The span is the term.
 */
import { PRIORITY, containsAnyAtWordStart, literalPrefixes, type Detector, type Emit } from "../detector.js";
import { CaselessPattern } from "./caseless.js";
import { conditionOfGroup } from "./group-condition.js";
import { figurativeFever, figurativeThrowUp } from "./figurative-health.js";
import { isHealthTermWord } from "./health-term-match.js";
import { HEALTH_VOCABULARY } from "./health-vocabulary.js";
import { GIVEN_NAMES } from "./lexicon.js";
import { isLowerCaseGivenName } from "./lower-case-names.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { sentenceAround } from "./person-reference.js";

const TERMS = new CaselessPattern(`(?<![\\p{L}\\p{N}])(?:${HEALTH_VOCABULARY})(?![\\p{L}\\p{N}])`, "gu");
const TERM_PREFIXES = literalPrefixes(HEALTH_VOCABULARY);

/** Words that may come before a name at a sentence's start: an article, a greeting, a title or relation word. */
const BEFORE_NAME =
  /^(?:o|a|hey|hi|so|and|but|also|update:?|btw|aunt|auntie|uncle|grandma|grandpa|granny|nan|mama|papa|mum|mom|dad|tante|onkel|oma|opa|ciocia|wujek|tía|tío|tia|tio|tata|abuela|abuelo|vovó|vovô|tonton)\s+/iu;
/**
 * A capitalised name, then a possessive, a Turkish genitive or a Hinglish particle (group 2), or the next word (group 3).
 */
const NAME_THEN = /^(\p{Lu}\p{Ll}{1,19})(?:(['’](?:s|in|ın|un|ün|nin|nın|nun|nün)|\s+(?:ko|ki|ka|ke|ne)(?![\p{L}]))|\s+(\p{Ll}+))/u;
/** Verbs that follow a subject in the languages of the vocabulary (a name only in the big lexicon needs one). */
const SUBJECT_VERB = new Set(
  "has had is was got gets keeps kept just started starts been hat ist war wurde liegt bekommt a est était fait se tiene tuvo está estuvo fue le tem teve está estava foi fez pegou jest był była ma miał miała leży dostał dostała sudah sedang masih baru".split(
    " ",
  ),
);

/** A given name in the possessive, then at most two words, right before the term ("Ellie's colonoscopy", "Tom's HIV test"). */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,19})['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** Relation and title words that look like names at a sentence's start: the person is unnamed ("mam" is also Polish "I have": review-b). */
const NOT_A_NAME = new Set(
  "mam mama papa mum mom dad mummy mumma nani dadi nana dada bhai didi bhabhi tata babcia dziadek oma opa mutti vati maman papi mamie abuela abuelo mamá papá mamãe papai vovó vovô vovo ibu bapak ayah nenek kakek annem babam grandma grandpa granny nan nanna aunt auntie uncle doctor nurse patient baby mother father sister brother wife husband son daughter case exam story chapter our my your his her their the this that what when why how who which where is are was can could should would write draft help hey hi so and but also".split(
    " ",
  ),
);

/** An animal or a pet's word near the name: "Our dog Max", "Bella the cat", "hamare kutte Bruno". */
const ANIMAL =
  /(?<![\p{L}])(?:dogs?|puppy|cats?|kitten|pets?|horses?|pony|rabbit|hamster|parrot|vet|hund\p{L}*|katze\p{L}*|tierarzt|chien\p{L}*|chat|chatte|vétérinaire|perr[oa]s?|gat[oa]s?|mascota|veterinari[oa]|cachorr[oa]|pies\p{L}*|psa|kot\p{L}*|weterynarz|kutt\p{L}*|billi|kedi\p{L}*|köpe\p{L}*|veteriner|kucing|anjing|dokter hewan)(?![\p{L}])/iu;

function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_A_NAME.has(lower)) return false;
  return GIVEN_NAMES.has(lower) || isLowerCaseGivenName(lower);
}

/** The start of the subject name of the sentence at [from, to), or -1. */
function subjectName(text: string, from: number, to: number, termStart: number): number {
  let at = from;
  const before = BEFORE_NAME.exec(text.slice(at, Math.min(to, at + 12)));
  if (before) at += before[0].length;
  const match = NAME_THEN.exec(shoutedAsWritten(text.slice(at, Math.min(to, at + 44)), text.slice(at, Math.min(to, termStart + 1))));
  if (!match) return -1;
  const word = match[1]!;
  const lower = word.toLowerCase();
  if (NOT_A_NAME.has(lower)) return -1;
  if (GIVEN_NAMES.has(lower)) return at;
  if (!isLowerCaseGivenName(lower)) return -1;
  // A name only the big lexicon knows ("Caso", "Sari") is a subject with a possessive, a particle, a verb, or the term right after it.
  if (match[2] !== undefined || SUBJECT_VERB.has(match[3]!) || at + word.length + 1 === termStart) return at;
  return -1;
}

/** Two words in capitals at a window's start ("BETH KEEPS …", "BETH'S …"): a sentence shouted, not an acronym. */
const SHOUTED_START = /^\p{Lu}{2,20}(?:\s+\p{Lu}{2,}|['’]S(?![\p{L}]))/u;

const LOWER_CASE = /\p{Ll}/u;

/**
 * A window that starts with a sentence in capitals up to the term ("BETH KEEPS THROWING UP", session 48), read as
 * written in sentence case ("Beth keeps throwing up"), so that NAME_THEN finds its subject name as in the plain
 * sentence; any other window as it is (a screenplay's "SOPHIE CHEN, late 30s, examines scan results" names a character
 * in capitals, the sentence is not shouted). Same length.
 */
function shoutedAsWritten(window: string, toTerm: string): string {
  if (!SHOUTED_START.test(window) || LOWER_CASE.test(toTerm)) return window;
  return window[0]! + window.slice(1).toLowerCase();
}

/**
 * The start of the sentence a line break cut before the term's line (session 48: "Yuki has been\nthrowing up all
 * morning"): one line break, the line before ending in a letter or a comma (no stop, colon or other mark), and the
 * term's line starting with a lower-case letter; else `from` as it was.
 */
function wrappedSentenceStart(text: string, from: number): number {
  if (from < 2 || text.charCodeAt(from - 1) !== 10 || !/^\p{Ll}/u.test(text.slice(from, from + 2))) return from;
  const last = text[from - 2]!;
  if (!/[\p{L},]/u.test(last)) return from;
  return sentenceAround(text, from - 2)[0];
}

/**
 * The term as the first part of a compound ("Pflegegrad-Anträge", "depression-era", "fever-themed"): the compound names
 * another thing (forms, an era, a style), not the subject's condition.
 */
const COMPOUND_AFTER = /^-(?:\p{Lu}|(?:era|style|themed|inspired|proof|free)(?![\p{L}]))/u;

function runFirstNameHealth(text: string, emit: Emit, lower: string): void {
  if (lower.length !== text.length) return;
  if (TERM_PREFIXES !== undefined && !containsAnyAtWordStart(lower, TERM_PREFIXES)) return;
  const [pattern, haystack] = TERMS.search(text, lower);
  pattern.lastIndex = 0;
  const cache: PersonNearCache = { verdicts: new Map() };
  const subjects = new Map<number, number>();
  const animals = new Map<number, boolean>();
  for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack)) {
    const start = match.index;
    const end = start + match[0].length;
    if (COMPOUND_AFTER.test(text.slice(end, end + 10))) continue;
    // "febre de compras", "gorączkę sobotniej nocy", "bukhar hai cricket ka": a fever for something else (session 49).
    if (figurativeFever(match[0], text.slice(end, end + 40), isHealthTermWord)) continue;
    // "throwing up three-pointers", "threw up his hands": a thrown or raised object, no vomiting (session 54).
    if (figurativeThrowUp(match[0], text.slice(end, end + 40))) continue;
    const [lineFrom, to] = sentenceAround(text, start);
    const from = wrappedSentenceStart(text, lineFrom);
    // A found subject is kept per sentence; a lexicon-only name's answer depends on where the term starts (a bounded look).
    const name = subjects.get(from) ?? subjectName(text, from, to, start);
    if (name >= 0) subjects.set(from, name);
    if (name < 0 || name > start) {
      const possessive = POSSESSIVE_BEFORE.exec(text.slice(Math.max(from, start - 40), start));
      if (!possessive || !isGivenName(possessive[1]!)) continue;
    }
    // An animal word in the sentence: "Our dog Max had …", "Max has been throwing up since he ate the sock, our dog is 3".
    let animal = animals.get(from);
    if (animal === undefined) animals.set(from, (animal = ANIMAL.test(text.slice(from, to))));
    if (animal) continue;
    if (conditionOfGroup(text, start, end)) continue;
    const near = personNear(text, start, cache);
    if (near.publicContext) continue;
    emit("health", start, end, "first-name-health", PRIORITY.contextual - 1);
  }
}

export const firstNameHealthDetectors: Detector[] = [{ name: "first-name-health", run: runFirstNameHealth }];
