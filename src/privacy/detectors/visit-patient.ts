/**
 * A clinical visit document about a named patient (session 54, development set 96: doctor–patient dialogues and visit
 * notes as ambient-scribe datasets write them). A speaker-labelled visit transcript (`[doctor]`, `Doctor:`, `D:`) or a
 * visit note (HPI, CC:, PMH, ASSESSMENT AND PLAN, CURRENT MEDICATIONS …) is one patient's record from start to end:
 * once the document names its patient, every condition and medicine in it is that patient's, however far from the
 * name — the sentence windows of the other rules lose the name a few turns later ("hi , brian ." … twenty lines …
 * "your congestive heart failure"). The patient is named by:
 * - the doctor addressing them in a doctor turn: a greeting or turn word, then a given name or an honorific and
 *   surname, then punctuation ("hi , sophia .", "all right , mr. ward .", "Hello, Mrs. Chen?"), in lower case as
 *   speech-to-text writes it;
 * - an honorific (Mr., Mrs., Ms., Mx. with the dot) and a surname anywhere in the document (not Dr.: a named clinician
 *   is not the patient);
 * - a name introduced by the age ("Brian White is a 58-year-old male", "so , logan is a 58 year old male"), by "seeing"
 *   / "this is" / "patient ," in a dictation ("today i'm seeing christina cooper");
 * - the writer's cue: "my patient Maria Kowalczyk", "Tom Reyes's appointment", a relation word and name ("my neighbour
 *   Siobhan Brennan");
 * - a name line above bullet notes ("Pt: Tomasz Kowalczyk", "re Mr. Okafor (bed 4)", "Petrenko, T.").
 * Placeholders name nobody (John/Jane Doe, Mr. X, [PATIENT NAME]); a lower-case word counts as a given name only when
 * lower-case-names.ts says so (not an everyday word). The findings are the document's condition mentions
 * (person-condition.ts) and medicines (health-context.ts), the spans of the health-context carry. Linear: one keyword
 * gate, then each pattern once over the text with bounded parts.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { medicineMentions } from "../health-context.js";
import { GIVEN_NAMES } from "./lexicon.js";
import { isLowerCaseGivenName } from "./lower-case-names.js";
import { isPersonName } from "./people-names.js";
import { conditionMentions } from "./person-condition.js";
import { matchesAtLineFeeds } from "../line-starts.js";

const FORM_STEMS = [
  "plan",
  "m ",
  "f ",
  "m\n",
  "f\n",
  "[doctor]",
  "doctor:",
  "dr:",
  "d:",
  "physician:",
  "hpi",
  "cc:",
  "pmh",
  "assessment",
  "impression",
  "history of present illness",
  "chief complaint",
  "medical history",
  "medications",
  "review of systems",
];

/** A visit transcript's doctor turn or a visit note's section heading at a line start. */
const VISIT_FORM =
  /(?:^|\n)[ \t]{0,3}(?:\[doctor\]|(?:doctor|dr|physician|clinician|d)[ \t]{0,3}:|(?:hpi|cc|pmh|psh|a\/p|assessment(?: and plan)?|impression|history of present illness|chief complaint|past medical history|past surgical history|current medications|medications|review of systems)[ \t]{0,3}(?::|\n)|plan[ \t]{0,3}\n)/i;
/** Clinical shorthand's age and sex at a line start: "52M neurosurg consult", "65F IDA f/u", "43 yo F". */
const AGE_SEX_LINE = /(?:^|\n)[ \t]{0,3}\d{1,3}[ \t]?(?:[MF]|yo[ \t]?[MF]|y\/o[ \t]?[MF])(?![\p{L}\p{N}])/u;

const WORD = "(\\p{L}[\\p{L}'’-]{1,20})";
const HONORIFIC = "(?:[Mm][Rr][Ss]?|[Mm][Ss]|[Mm][Xx])[ \\t]?\\.";
/** A doctor turn, then a greeting or turn word, a name (after an honorific or not) and punctuation. */
const DOCTOR_ADDRESS = new RegExp(
  `(?:^|\\n)[ \\t]{0,3}(?:\\[doctor\\]|(?:doctor|dr|d)[ \\t]{0,3}:)[^\\n]{0,80}?(?<![\\p{L}])(?:hi|hello|hey|morning|afternoon|evening|welcome|right|okay|ok|so|thanks|thank you|bye)[ \\t]{0,3},?[ \\t]{1,3}(${HONORIFIC}[ \\t]{1,3})?${WORD}[ \\t]{0,3}[.,?!]`,
  "giu",
);
/** An honorific and a surname (any case: speech-to-text writes "mr. ward"). */
const HONORIFIC_NAME = new RegExp(`(?<![\\p{L}])${HONORIFIC}[ \\t]{1,3}${WORD}`, "giu");
/** A name introduced by the age: "Brian White is a 58-year-old", "logan is a 58 year old". */
const AGE_INTRO = new RegExp(`(?<![\\p{L}])${WORD}(?:[ \\t]{1,3}${WORD})?[ \\t]{1,3}is[ \\t]{1,3}an?[ \\t]{1,3}\\d{1,3}[- ](?:year|yr)s?[- ]old`, "giu");
/** A dictation's "today i'm seeing christina cooper .", "patient , bruce ward .", "this is liam , a 52-year-old". */
const DICTATED = new RegExp(`(?<![\\p{L}])(?:seeing|this is|patient[ \\t]{0,3},)[ \\t]{1,3}${WORD}(?:[ \\t]{1,3}${WORD})?[ \\t]{0,3}[.,]`, "giu");
/** The writer's cue: "my patient Maria Kowalczyk", "for my neighbour Tom Reyes", "Tom Reyes's appointment". */
const WRITER_CUE = new RegExp(
  `(?<![\\p{L}])(?:(?:my|our|the|this) (?:patient|client|neighbou?r|friend|father|mother|dad|mum|mom|aunt|uncle|brother|sister|wife|husband|son|daughter|partner|tenant|colleague|father-in-law|mother-in-law|grandmother|grandfather|grandma|grandpa)(?:['’]s partner)?,? (\\p{Lu}\\p{Ll}{1,20})|(\\p{Lu}\\p{Ll}{1,20}) \\p{Lu}[\\p{L}'’-]{1,20}['’]s (?:appointment|visit|consult(?:ation)?|notes?|results?|transcript|chart|referral|scan|labs?|follow-up))`,
  "gu",
);
/** A name line above notes: "Pt: Tomasz Kowalczyk", "re Mr. Okafor (bed 4)", "Petrenko, T.". */
const NAME_LINE = new RegExp(
  `(?:^|\\n)[ \\t]{0,3}(?:(?:[Pp]t|[Pp]atient|PATIENT|[Nn]ame|NAME|[Rr]e)[ \\t]{0,3}[:-]?[ \\t]{0,3}(${HONORIFIC}[ \\t]{1,3})?(\\p{Lu}[\\p{L}'’-]{1,20})(?:[ \\t]{1,3}(\\p{L}[\\p{L}'’-]{1,20}))?|(\\p{Lu}\\p{Ll}[\\p{L}'’-]{1,20}),[ \\t]{0,3}\\p{Lu}\\.[ \\t]{0,3}(?=\\n|$))`,
  "gu",
);

/** Placeholder and role words that name nobody. */
const NOT_A_NAME = new Set(
  "x|xx|xxx|doe|patient|name|redacted|placeholder|the|this|that|he|she|who|which|there|doc|doctor|sir|madam|maam|ma'am|everyone|all|team|folks|guys|nurse|again|today|now|then|here|unknown|anonymous|mate|buddy|love|dear|honey|sweetie|friend".split(
    "|",
  ),
);

const capitalised = (word: string) => word[0] !== word[0]!.toLowerCase();
/** A given name: capitalised and in the lexicons, or lower case and a name that is no everyday word. */
function givenName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_A_NAME.has(lower)) return false;
  return GIVEN_NAMES.has(lower) || (capitalised(word) ? isPersonName(word) : isLowerCaseGivenName(lower));
}
const surname = (word: string) => word.length >= 2 && !NOT_A_NAME.has(word.toLowerCase());

function anyMatch(pattern: RegExp, text: string, accept: (match: RegExpExecArray) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) if (accept(match)) return true;
  return false;
}

/** Whether the visit document names its patient (see the module comment). */
export function visitNamesPatient(text: string): boolean {
  return (
    anyMatch(DOCTOR_ADDRESS, text, (match) => (match[1] ? surname(match[2]!) : givenName(match[2]!))) ||
    anyMatch(HONORIFIC_NAME, text, (match) => surname(match[1]!)) ||
    anyMatch(AGE_INTRO, text, (match) => givenName(match[1]!) && (match[2] === undefined || surname(match[2]))) ||
    anyMatch(DICTATED, text, (match) => givenName(match[1]!) && (match[2] === undefined || surname(match[2]))) ||
    anyMatch(WRITER_CUE, text, (match) => givenName(match[1] ?? match[2]!)) ||
    anyMatch(NAME_LINE, text, (match) =>
      match[4] ? true : match[1] ? surname(match[2]!) : givenName(match[2]!) && (match[3] === undefined || !NOT_A_NAME.has(match[3].toLowerCase())),
    )
  );
}

/**
 * Words of a visit document that the lexicons leave to context (symptoms, shorthand, injuries and common drugs): in a
 * document about a named patient they are that patient's health.
 */
const VISIT_TERMS =
  /(?<![\p{L}\p{N}])(?:(?:chronic )?constipation|gi bleed(?:ing)?|internal bleeding|iron deficiency|ida|sob|dyspn?o?ea|lbp|uti|osa|copd|cad|dvt|tia|cva|(?:low(?:er)? )?back pain|(?:knee|chest|shoulder|neck|finger|abdominal|arm|hip|foot|ankle) pain|headaches?|migraines?|shortness of breath|lightheaded(?:ness)?|fatigue|vision loss|hemianopia|sprain|strain|fracture|contusion|rash|murmur|o?edema|motrin|tylenol|ibuprofen|miralax|meloxicam|lasix|furosemide|digoxin|norvasc|ferrous sulfate|feso4|metformin|lisinopril|prozac|fluoxetine)(?![\p{L}\p{N}])/giu;

function runVisitPatient(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, FORM_STEMS) || !(matchesAtLineFeeds(text, VISIT_FORM) || matchesAtLineFeeds(text, AGE_SEX_LINE)) || !visitNamesPatient(text)) return;
  const lowerSame = lower.length === text.length ? lower : text.toLowerCase();
  VISIT_TERMS.lastIndex = 0;
  const visitTerms: Array<[number, number]> = [];
  for (let match = VISIT_TERMS.exec(text); match !== null; match = VISIT_TERMS.exec(text)) visitTerms.push([match.index, match.index + match[0].length]);
  for (const [start, end] of [...conditionMentions(text, lowerSame), ...medicineMentions(text), ...visitTerms])
    emit("health", start, end, "visit-patient", PRIORITY.contextual - 2);
}

export const visitPatientDetectors: Detector[] = [{ name: "visit-patient", run: runVisitPatient }];
