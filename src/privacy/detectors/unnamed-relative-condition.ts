/**
 * `privacy.unnamedRelatives: sensitive` (session 44, issue #15): a condition, diagnosis, medicine or treatment of the
 * writer's unnamed relative or partner in the same sentence ("my sister has diabetes", "Meine Schwiegermutter hat
 * Alzheimer", "Meri bhabhi ko breast cancer", "मेरी बहन को मधुमेह है", "我妈妈有糖尿病") is reported as `health`, the span on
 * the condition. The relation words are person-reference.ts's tables and the conditions person-condition.ts's readers
 * (group, public-figure and fiction cues still drop them). A pet between the relation word and the condition ("my
 * sister's dog has diabetes") is the animal's; a condition asked about or explained ("asked me what cancer is") is nobody's
 * (session 46). Off by default: the scanner adds this detector only with the option.
 */
import { PRIORITY, type Detector, type Emit } from "../detector.js";
import { emitMentions } from "./person-condition.js";
import type { PersonNearCache } from "./person-near.js";
import { sentenceAround, unnamedRelationPositions } from "./person-reference.js";
import { devanagariConditions } from "./script-health.js";

/** A pet or farm animal (en, de, fr, es, it, pt, nl, pl, Hinglish, Hindi, Chinese). */
const ANIMAL =
  /(?<![\p{L}])(?:dogs?|puppy|pupp?ies|cats?|kitten|kitty|pets?|horses?|pony|rabbit|hamster|parrot|budgie|hund\p{L}*|katze\p{L}*|kater|pferd\p{L}*|haustier\p{L}*|chien\p{L}*|chatte|chiot|cheval|perr[oa]s?|gat[oa]s?|mascota|caballo|can[ei]|gatt[oa]|cucciol[oa]|cachorr[oa]|cavalo|kat|paard|huisdier|pies\p{L}*|psa|kot\p{L}*|kutta|billi)(?![\p{L}])|कुत्त|बिल्ली|狗|猫|宠物/iu;

/**
 * Relation words of the shared tables that name no relative or partner (a friend, colleague, boss, neighbour, flatmate,
 * patient, client …): "Write a sick note for my boss: I'm off with kidney stones" is the writer's own condition.
 */
const NOT_KIN =
  /^\p{L}+[ \t]+(?:\p{Ll}+[ \t]+)?(?:friends?|best friend|bff|co-?workers?|colleagues?|boss|manager|neighbou?rs?|roommate|flatmate|housemate|employees?|tenants?|patients?|clients?|nanny|babysitter|teachers?|students?|freund(?:in)?|kolleg\p{L}*|chef(?:in)?|nachbar\p{L}*|mitbewohner\p{L}*|mitarbeiter\p{L}*|ami(?:e)?|copain|copine|collègue|patron(?:ne)?|voisin(?:e)?|colocataire|employée?|amig[oa]|compañer[oa]|jef[ea]|vecin[oa]|emplead[oa]|amic[oa]|collega|capo|vicin[oa]|dipendente|colega|chefe|vizinh[oa]|funcionári[oa]|vriend(?:in)?|baas|buurman|buurvrouw|buren|huisgenoot|przyjaci\p{L}*|koleg\p{L}*|koleżank\p{L}*|szef\p{L}*|sąsiad\p{L}*|pracowni\p{L}*|dost|padosi|друг\p{L}*|подруг\p{L}*|коллег\p{L}*|сосед\p{L}*|начальни\p{L}*|दोस्त|मित्र|सहकर्मी)(?![\p{L}])|^我的?(?:朋友|同事|室友|邻居|老板|领导|同学)/iu;

/**
 * A relation word with no possessive as a sentence's subject (session 45): "Papa ki sugar …", "mummy ko chakkar aaya",
 * "Mama hat Brustkrebs", "Tata ma raka", "mamãe está internada", "abuela tiene neumonía", "Maman a Alzheimer", "Ibu
 * stroke", and the Turkish words that hold their possessive ("Annem", "Babam"). Lexicon-gated: the word starts a
 * sentence or clause and a lower-case word, a possessive `'s` or a Hinglish case particle follows (a capitalised word
 * after it is a name: "Mama Ingrid hat …" is first-name-health.ts's).
 */
const BARE_KIN =
  /\b(?:mum|mom|mommy|mummy|mumma|dad|daddy|grandma|grandpa|granny|gran|nan|nana|nanna|grandad|papa|mama|dadi|dada|nani|bhai|bhaiya|didi|behen|bhabhi|chacha|chachi|mausi|bua|tata|babcia|dziadek|oma|opa|mutti|vati|maman|papi|mamie|mémé|pépé|mamá|papá|abuela|abuelo|abuelita|abuelito|mamãe|papai|vovó|vovô|annem|babam|anneannem|babaannem|dedem|ibu|bapak|ayah|nenek|kakek)(?=['’]s\s|\s+(?:ko|ki|ka|ke|ne)\s|\s+\S)/gu;
/**
 * A condition named as a question's or an explanation's topic (session 46): "My son asked me what cancer is for his
 * school project", "explain diabetes to my daughter", "mein Sohn fragt, was Krebs ist". A word, not the relative's
 * diagnosis. Read on 32 characters before the condition and 16 after it.
 */
const EXPLAINED_BEFORE =
  /(?<![\p{L}])(?:what is|what's|what are|explain(?:s|ed|ing)?(?: to (?:him|her|them))?|was ist|qué es|ce qu['’]est)[ \t]+(?:an?[ \t]+|the[ \t]+|el[ \t]+|la[ \t]+|le[ \t]+|l['’])?$/iu;
const WHAT_BEFORE = /(?<![\p{L}])(?:what|was|qué|ce qu['’]est)[ \t]+$/iu;
const IS_AFTER = /^[ \t]+(?:is|are|means?|ist|bedeutet|es|significa)(?![\p{L}])/iu;

function explainedTopic(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  return EXPLAINED_BEFORE.test(before) || (WHAT_BEFORE.test(before) && IS_AFTER.test(text.slice(end, end + 16)));
}
const LETTER_OR_APOSTROPHE = /[\p{L}\p{N}'’]/u;
const NEXT_WORD = /^\s+(\S)/u;
const GENERIC_MOTHERS = /^ibu(?:-ibu)?\s+(?:hamil|menyusui|rumah tangga|baru)(?![\p{L}])/u;
/** Before the word: the text's start, or a sentence or clause mark and spaces. */
const CLAUSE_START = /(?:^|[.!?\n:;,(])[ \t]*$/u;
const CLAUSE_MARK = /[.!?\n:;,(][ \t]*$/u;
const ONLY_SPACES = /^[ \t]*$/u;

function bareRelationPositions(text: string, lower: string): number[] {
  const positions: number[] = [];
  BARE_KIN.lastIndex = 0;
  for (let match = BARE_KIN.exec(lower); match !== null; match = BARE_KIN.exec(lower)) {
    if (match.index > 0 && LETTER_OR_APOSTROPHE.test(lower[match.index - 1]!)) continue;
    // Indonesian "ibu hamil", "ibu menyusui": expectant and nursing mothers in general, not the writer's mother.
    if (GENERIC_MOTHERS.test(lower.slice(match.index, match.index + 24))) continue;
    // A capitalised word after it is a name ("Mama Ingrid"), read by first-name-health.ts.
    const next = NEXT_WORD.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 8));
    if (next !== null && next[1] !== next[1]!.toLowerCase()) continue;
    const from = Math.max(0, match.index - 8);
    const head = text.slice(from, match.index);
    if (from === 0 ? ONLY_SPACES.test(head) || CLAUSE_START.test(head) : CLAUSE_MARK.test(head)) positions.push(match.index);
  }
  return positions;
}

function runUnnamedRelativeCondition(text: string, emit: Emit, lower: string): void {
  if (lower.length !== text.length) return runWithPositions(text, emit, lower, unnamedRelationPositions(text, lower));
  runWithPositions(
    text,
    emit,
    lower,
    [...unnamedRelationPositions(text, lower), ...bareRelationPositions(text, lower)].sort((left, right) => left - right),
  );
}

function runWithPositions(text: string, emit: Emit, lower: string, positions: readonly number[]): void {
  if (positions.length === 0) return;
  const cache: PersonNearCache = { verdicts: new Map() };
  let covered = 0;
  for (const position of positions) {
    if (NOT_KIN.test(text.slice(position, position + 48))) continue;
    const [from, to] = sentenceAround(text, position);
    if (to <= covered) continue;
    const start = Math.max(from, covered);
    covered = to;
    const keep: Emit = (category, conditionStart, conditionEnd, rule, priority) => {
      // Between the relation word and the condition (either order), bounded by the sentence (≤ 600 characters).
      const between = text.slice(Math.min(position, conditionStart), Math.max(position, conditionStart));
      if (!ANIMAL.test(between) && !explainedTopic(text, conditionStart, conditionEnd))
        emit(category, conditionStart, conditionEnd, rule === "person-condition" ? "unnamed-relative-condition" : rule, priority);
    };
    emitMentions(text, lower, keep, start, to, cache, false);
    for (const [conditionStart, conditionEnd] of devanagariConditions(text, start, to))
      keep("health", conditionStart, conditionEnd, "unnamed-relative-condition", PRIORITY.contextual - 1);
  }
}

export const unnamedRelativeConditionDetectors: Detector[] = [{ name: "unnamed-relative-condition", run: runUnnamedRelativeCondition }];
