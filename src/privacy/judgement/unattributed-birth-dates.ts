/**
 * Dates reported as dates of birth that identify nobody:
 *  - the writer's own birth date in a text that names no one ("my date of birth is 14 March 1990, how old will I be",
 *    "ich bin am 3. Mai 1989 geboren", "je suis née le …", "ik ben geboren op …"): a date alone, with no name,
 *    points at no person (issue #15's policy); any capitalised word that is a known first name keeps it reported;
 *    the writer's answer to a question for their date ("Please tell me your date of birth. It's …", "What's your DOB?
 *    User: …": session 54, dev-95) is their own;
 *  - the same for an unnamed child of the writer ("my son was born on …", "ma fille est née le …", "息子は…生まれ",
 *    "我是1995年…出生"): a parenting question about nobody identifiable;
 *  - a hypothetical person named by the date in Chinese or Japanese ("1990年1月1日の人", "2000年1月1日的人");
 *  - a bound rather than someone's date: the date follows "before", "after", "until", "since", "earlier than" …
 *    ("can't enter a birth date before 1 January 1900", "geboren vor dem 1. Januar 1960").
 * The cue is read in the 48 characters before the date, within its line, and ends at a word end (Portuguese "nasci"
 * is not the start of Italian "Data di nascita:", session 36).
 */
import type { PrivacyFinding } from "../types.js";
import { isPersonName } from "../detectors/people-names.js";
import { CaselessPattern } from "../detectors/caseless.js";

const OWN_BIRTH_CUE =
  /(?<![\p{L}])(?:my (?:date of birth|birth ?date|dob|d\.o\.b\.|birthday)(?: is| was|:)?|i was born(?: on| in)?|i'm born(?: on)?|ich bin am|ich wurde am|mein geburtsdatum(?: ist|:)?|je suis née?(?: le)?|ma date de naissance(?: est|:)?|(?:yo )?nací(?: el)?|mi fecha de nacimiento(?: es|:)?|(?:eu )?nasci(?: em| no dia)?|minha data de nascimento(?: é|:)?|sono nat[oa](?: il)?|la mia data di nascita(?: è|:)?|ik ben geboren(?: op)?|mijn geboortedatum(?: is|:)?|urodził[ae]m się(?: w dniu)?|moja data urodzenia(?: to|:)?|mera (?:janm|birthday|dob)|meri (?:dob|date of birth)|(?:your|ur) (?:date of birth|birth ?date|dob|d\.o\.b\.?|birthday)[?.!]?\s{1,3}(?:it['’]s|it is|that['’]s|(?:user|customer|caller|client|me)\s?:))(?![\p{L}])\s*[^\n\d]{0,6}$/iu;
/**
 * An unnamed child or grandchild of the writer born on the date ("my son was born on …", "ma fille est née le …",
 * "unser Sohn ist am …", "córka urodziła się …"): a parenting question; a name anywhere in the text keeps it reported.
 */
const OWN_CHILD_BIRTH_CUE = new CaselessPattern(
  /(?<![\p{L}])(?:(?:my|our) (?:son|daughter|baby|child|kid|twins|boy|girl|grandson|granddaughter|newborn|toddler)s? (?:was|were|is|are|got) born(?: on| in)?|(?:mein|meine|unser|unsere) (?:sohn|tochter|kind|baby|enkel|enkelin|zwillinge) (?:ist|sind|wurde|wurden) am|(?:mon|ma|notre) (?:fils|fille|bébé|enfant|petit-fils|petite-fille) (?:est|a été) née?(?: le)?|(?:mi|nuestr[oa]) (?:hij[oa]|bebé|niñ[oa]|niet[oa]) nació(?: el)?|(?:mio|mia|nostr[oa]) (?:figli[oa]|bambin[oa]|nipote) è nat[oa](?: il)?|(?:meu|minha|noss[oa]) (?:filh[oa]|bebê|bebé|net[oa]) nasceu(?: em| no dia)?|(?:(?:mój|moja|nasz|nasza) )?(?:syn|córka|dziecko|wnuk|wnuczka) urodził[ao]? się(?: w dniu)?|(?:mijn|onze|ons) (?:zoon|dochter|kind|baby|kleinzoon|kleindochter) is geboren(?: op)?)(?![\p{L}])\s*[^\n\d]{0,6}$/u
    .source,
  "u",
);
/**
 * The writer or their unnamed child as the subject right before the date in Chinese and Japanese ("我是1995年…出生",
 * "息子は2024年…生まれ", "女儿是…"): no slack between the cue and the date (a name may stand in a few characters).
 */
const OWN_BIRTH_CUE_CJK = /(?:我|私|僕|俺|息子|娘|子供|子ども|孩子|儿子|兒子|女儿|女兒|宝宝|寶寶)(?:は|是|于|於)?\s*$/u;
/**
 * A hypothetical person named by the date itself in Chinese and Japanese ("生年月日が1990年1月1日の人は今何歳", "出生日期为
 * 2000年1月1日的人今年多大"): "a person born on …", like English "someone born on …", is nobody in particular.
 */
const GENERIC_PERSON_AFTER = /^\s*(?:生まれ|出生|出世)?(?:の(?:人|方|子ども|子供|場合)|的(?:人|孩子|小孩|宝宝|寶寶|话|話))/u;
/** "a person born on …" before the date: nobody in particular ("Ile lat ma osoba urodzona 1 stycznia 1990?"). */
const GENERIC_PERSON_BEFORE =
  /(?<![\p{L}])(?:(?:a|any) (?:person|child|baby|someone) born(?: on| in)?|someone born(?: on| in)?|anyone born(?: on| in)?|(?:jemand|eine person),? (?:der|die) am|une personne née?(?: le)?|quelqu'un née?(?: le)?|alguien nacid[oa](?: el)?|una persona nacida(?: el)?|chi è nat[oa](?: il)?|una persona nata(?: il)?|uma pessoa nascida(?: em)?|alguém nascid[oa](?: em)?|(?:osoba|ktoś|dziecko) urodzon[ya](?: w dniu)?|iemand die op|een persoon geboren op)(?![\p{L}])\s*[^\n\d]{0,6}$/iu;
const BOUND_CUE =
  /(?<![\p{L}])(?:before|after|until|till|since|earlier than|later than|prior to|no later than|vor dem|nach dem|bis zum|seit dem|avant le|après le|jusqu'au|antes del?|después del?|hasta el|prima del|dopo il|fino al|antes de|depois de|até|vóór|na|tot|przed|po)\s*$/iu;
/** Capitalised or upper-case words (an upper-cased text writes its names in capitals too: SABINE KRÜGER). */
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}[\p{Ll}\p{Lu}]{1,20}(?![\p{L}])/gu;

const SENTENCE_START = /(?:^|[.!?:;\n]\s*)$/;

/** The spans of the known first names of a text, found once per text (the judge is called per finding). */
export interface NamesInText {
  spans?: Array<[number, number]>;
}

/**
 * Capitalised or upper-case known first names not at a sentence start, where "My", "How" and "Can" (names in some
 * languages) are capitalised as words.
 */
function nameSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(CAPITALISED_WORD))
    if (!SENTENCE_START.test(text.slice(Math.max(0, match.index - 4), match.index)) && isPersonName(match[0]))
      spans.push([match.index, match.index + match[0].length]);
  return spans;
}

export function isUnattributedBirthDate(text: string, finding: PrivacyFinding, names: NamesInText = {}): boolean {
  if (finding.category !== "date_of_birth") return false;
  const before = text.slice(Math.max(0, finding.start - 48), finding.start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  if (BOUND_CUE.test(line) || GENERIC_PERSON_BEFORE.test(line) || GENERIC_PERSON_AFTER.test(text.slice(finding.end, finding.end + 8))) return true;
  if (!OWN_BIRTH_CUE.test(line) && !OWN_CHILD_BIRTH_CUE.test(line) && !OWN_BIRTH_CUE_CJK.test(line)) return false;
  // A name outside the date itself ("3. Mai 1989" holds the month Mai, not a person) keeps it reported.
  names.spans ??= nameSpans(text);
  return !names.spans.some(([start, end]) => start >= finding.end || end <= finding.start);
}
