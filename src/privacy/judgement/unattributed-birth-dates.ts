/**
 * Dates reported as dates of birth that identify nobody:
 *  - the writer's own birth date in a text that names no one ("my date of birth is 14 March 1990, how old will I be",
 *    "ich bin am 3. Mai 1989 geboren", "je suis née le …", "ik ben geboren op …"): a date alone, with no name,
 *    points at no person (issue #15's policy); any capitalised word that is a known first name keeps it reported;
 *  - a bound rather than someone's date: the date follows "before", "after", "until", "since", "earlier than" …
 *    ("can't enter a birth date before 1 January 1900", "geboren vor dem 1. Januar 1960").
 * The cue is read in the 48 characters before the date, within its line.
 */
import type { PrivacyFinding } from "../types.js";
import { isPersonName } from "../detectors/people-names.js";

const OWN_BIRTH_CUE =
  /(?<![\p{L}])(?:my (?:date of birth|birth ?date|dob|d\.o\.b\.|birthday)(?: is| was|:)?|i was born(?: on| in)?|i'm born(?: on)?|ich bin am|ich wurde am|mein geburtsdatum(?: ist|:)?|je suis née?(?: le)?|ma date de naissance(?: est|:)?|(?:yo )?nací(?: el)?|mi fecha de nacimiento(?: es|:)?|(?:eu )?nasci(?: em| no dia)?|minha data de nascimento(?: é|:)?|sono nat[oa](?: il)?|la mia data di nascita(?: è|:)?|ik ben geboren(?: op)?|mijn geboortedatum(?: is|:)?|urodził[ae]m się(?: w dniu)?|moja data urodzenia(?: to|:)?|mera (?:janm|birthday|dob)|meri (?:dob|date of birth))\s*[^\n\d]{0,6}$/iu;
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
  if (BOUND_CUE.test(line)) return true;
  if (!OWN_BIRTH_CUE.test(line)) return false;
  // A name outside the date itself ("3. Mai 1989" holds the month Mai, not a person) keeps it reported.
  names.spans ??= nameSpans(text);
  return !names.spans.some(([start, end]) => start >= finding.end || end <= finding.start);
}
