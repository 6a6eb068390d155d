/**
 * A named or pin-pointed private person's care and money, from word lists rather than phrasings (issue #15: health
 * and financial facts written in wordings the older rules' authors did not use):
 * - health ("named-person-care"): a care event, a condition word, a medicine brand (care-terms.ts), a condition of
 *   the shared vocabularies (person-condition.ts's `conditionMentions`: WordNet, HEALTH_TERMS, word forms) or an ICD-10
 *   code after a local label (CID F41.0, kod J18) — with, in the window person-near.ts reads, a named private person
 *   (`personNear`) or one of person-cues.ts's cues (clinical shorthand, a bed or ward room, a title, a greeting with
 *   a full name, a known name inside a sentence, a Russian name in any case);
 * - money ("named-person-money-fact"): an amount (with a currency sign or word, or the decimal form of a statement)
 *   within a sentence of a money fact (arrears, debt, salary, garnishment, credit register …: care-terms.ts
 *   MONEY_FACTS) about such a person;
 * - money in records ("person-record-money"): a table whose header names a person column and a money column, or a
 *   record with a person label and money labels: the money cells of rows that hold a capitalised name.
 * No finding in a public, fiction or exam context (person-near.ts's cues, and the show/film words below), nor when
 * the person is only "my mother" (the eval policy: eval/privacy/README.md).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, splitAlternatives } from "../detector.js";
import { CARE_EVENTS, CONDITION_WORDS, DRUG_BRANDS, ICD_LABELS, MONEY_FACTS, MONEY_LABELS, PERSON_LABELS, PUBLIC_LIFE_CUES } from "./care-terms.js";
import { CARE_NOTE_CONDITIONS, CARE_SETTINGS, MEDICINE_FORMS } from "./care-logistics-terms.js";
import { CARE_DEVICES } from "./health-vocabulary.js";
import { conditionMentions } from "./person-condition.js";
import { institutionAfter } from "./group-condition.js";
import { personNear } from "./person-near.js";
import { EXAM_CHOICES } from "../judgement/exam-vignette.js";
import { pointsAtPerson, strongCuePositions } from "./person-cues.js";
import { rememberByContent } from "./content-memo.js";
import { personAround } from "./personal.js";
import { patternStarts, type PatternStarts } from "../pattern-starts.js";
import { sentenceAround } from "./person-reference.js";
import { withoutBrandNames } from "./brand-names.js";
import { topicBefore } from "./topic-before.js";

/**
 * A word-list pattern as two regexes: alternatives starting with an ASCII letter behind `\b` (V8 skips quickly to
 * candidate positions; ~5x faster than a leading look-behind over a long prompt), the others behind a Unicode
 * look-behind. A match of the first must still not follow a non-ASCII letter (checked by `wordStart`).
 */
function wordListPatterns(source: string): RegExp[] {
  const alternatives = splitAlternatives(source);
  const ascii = alternatives.filter((alternative) => /^[a-z]/u.test(alternative));
  const other = alternatives.filter((alternative) => !/^[a-z]/u.test(alternative));
  const patterns = [new RegExp(`\\b(?:${ascii.join("|")})(?![\\p{L}])`, "gu")];
  if (other.length > 0) patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${other.join("|")})(?![\\p{L}])`, "gu"));
  return patterns;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const wordStart = (text: string, index: number) => index === 0 || !LETTER_OR_DIGIT.test(text[index - 1]!);

/**
 * Literal starts of each alternative (every alternative of these lists starts with a literal). A letter that a `?`,
 * `*` or `{` follows is optional and left out of the stem ("audífonos?" → "audífono", "hearing aids?" → "hearing aid"):
 * the stem must be in every text the alternative matches (session 48).
 */
const stemsOf = (source: string) => [
  ...new Set(
    splitAlternatives(source)
      .map((alternative) => {
        const body = alternative.replace(/^\(\?:/, "");
        const cut = body.search(/[\\([?*+{.]/u);
        const stem = cut < 0 ? body : body.slice(0, "?*{".includes(body[cut]!) ? Math.max(0, cut - 1) : cut);
        return stem.trim();
      })
      .filter((stem) => stem.length >= 2),
  ),
];

// Session 48: the care settings, note conditions, medicine forms (care-logistics-terms.ts) and devices (health-vocabulary.ts)
// of care logistics, in any sentence about a named or pin-pointed person.
const CARE_SOURCE = [...CARE_EVENTS, ...CONDITION_WORDS, DRUG_BRANDS, ...CARE_SETTINGS, ...CARE_NOTE_CONDITIONS, MEDICINE_FORMS, CARE_DEVICES].join("|");
const CARE = wordListPatterns(CARE_SOURCE);
const CARE_STEMS = stemsOf(CARE_SOURCE);
const ICD_CODE = new RegExp(`\\b(?:${ICD_LABELS})[\\s:.]{1,3}([a-tv-z]\\d{2}(?:\\.\\d{1,2})?)(?![\\p{L}\\p{N}])`, "gu");
const ICD_STEMS = stemsOf(ICD_LABELS);
/** An ICD-10 code's shape, as written (a cheap test before the labelled pattern). */
const ICD_SHAPE = /[A-TV-Z]\d\d/;

const MONEY_FACT_SOURCE = MONEY_FACTS.join("|");
const MONEY_FACT_PATTERNS = wordListPatterns(MONEY_FACT_SOURCE).map((pattern) => new RegExp(pattern.source, "u"));
const MONEY_FACT_STEMS = stemsOf(MONEY_FACT_SOURCE);

const NUMBER = "\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const CURRENCY_BEFORE = "\\$|£|€|₹|R\\$|US\\$|A\\$|AU\\$|C\\$|MX\\$|CHF|Rs\\.?";
const CURRENCY_AFTER =
  "€|eur|euros?|kr\\.?|sek|nok|dkk|zł|zl|pln|tl|₺|lira|руб\\.?|рубл\\p{L}*|₽|chf|fr\\.|k|lakh|lac|crore|mxn|usd|gbp|dollars?|pounds?|reais";
/** An amount with its currency, on the lower-cased text ("$1,950", "4.350 kr.", "€ 2.310", "R$ 890,00", "£58k"). */
const AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${CURRENCY_BEFORE})\\s?-?(?:${NUMBER})(?:\\s?(?:k|m|lakh|crore)(?![\\p{L}]))?|-?(?:${NUMBER})\\s?(?:${CURRENCY_AFTER})(?![\\p{L}]))`,
  "gu",
);

/** Fiction and broadcast words person-near.ts does not read ("the show", "Netflix"): no finding. */
const SHOW_CUE = new RegExp(
  `(?<![\\p{L}])(?:the show|this show|tv|netflix|hbo|sitcom|soap opera|telenovela|film|movie|series|season \\d|episode|toneelstuk|theaterstuk|theaterstück|stage play|screenplay|drehbuch|sceneggiatura|scenariusz|romanfiguur|${PUBLIC_LIFE_CUES})(?![\\p{L}])`,
  "iu",
);

/**
 * Words of the shared condition lists that are as often something else ("the operation of government", "prep work",
 * "aids and grants", roof "shingles"): this rule, which asks less of the person, leaves them to the stricter rules.
 */
/**
 * Session 52: a clinical history's shorthand in French and Spanish (and English) notes: after a history marker ("ATCD",
 * "antécédents de", "antecedentes de", "AP:", "PMH", "Hx", "h/o"), a run of capitalised abbreviations separated by
 * spaces, commas, "+" or a conjunction ("ATCD IRC stade 3", "antecedentes de IC y HTA", "ATCD : BPCO, FA"). Each
 * listed condition's abbreviation in the run is a condition mention; the run stops at the first other word, so
 * "antécédents sur IRC et Slack" names a chat, no condition. Read on the text as written (capitals only): "irc", "ic"
 * and "fa" are other words in lower case. Judged like every mention (a named or pin-pointed private person near).
 */
const HISTORY_MARKER =
  /(?<![\p{L}])(?:ATCDs?|[Aa]ntécédents?|[Aa]ntecedentes(?: personales)?|AP:|PMH|Hx|h\/o)(?![\p{L}])[ \t]*:?[ \t]*(?:(?:de|d['’]|of)[ \t]+)?/gu;
const HISTORY_STEMS = ["atcd", "antécédent", "antecedente", "ap:", "pmh", "hx", "h/o"];
const HISTORY_TOKEN = /^([\p{Lu}][\p{Lu}\d/]{1,5})(?![\p{L}\p{N}/])|^(?:[ \t]*[,+][ \t]*|[ \t]+(?:y|et|e|and|i)[ \t]+|[ \t]+)/u;
const PART_NUMBER_AFTER = /^[ \t-]?\d{3}/;
const HISTORY_ABBREVIATIONS = new Set([
  ..."IRC IRA IRCT ERC ERCT IC ICC ICA ICI IAM SCA CI HTA DT1 DT2 DNID DID DM1 DM2 BPCO EPOC SAOS SAHOS FA ACFA AC/FA AVC AIT TVP EP EAP".split(" "),
  ..."CKD AKI CHF HF IHD CAD AF COPD OSA DVT PE TIA CVA T1DM T2DM HTN MI".split(" "),
]);

/** The listed abbreviations in the runs after the history markers of `text`, as spans. */
function historyAbbreviations(text: string, lower: string, spans: Array<[number, number]>): void {
  if (!containsAny(lower, HISTORY_STEMS)) return;
  HISTORY_MARKER.lastIndex = 0;
  for (let marker = HISTORY_MARKER.exec(text); marker !== null; marker = HISTORY_MARKER.exec(text)) {
    let at = marker.index + marker[0].length;
    const limit = Math.min(text.length, at + 60);
    for (let token = HISTORY_TOKEN.exec(text.slice(at, limit)); token !== null && token[0].length > 0; token = HISTORY_TOKEN.exec(text.slice(at, limit))) {
      // A part number after it ("IC 555") is a chip's.
      const part = PART_NUMBER_AFTER.test(text.slice(at + (token[1]?.length ?? 0), at + 12));
      if (token[1] !== undefined && HISTORY_ABBREVIATIONS.has(token[1]) && !part) spans.push([at, at + token[1].length]);
      at += token[0].length;
    }
  }
}

const AMBIGUOUS_WORDS = new Set(["operation", "prep", "aids", "shingles", "std", "sti", "lesion", "lesions", "stroke", "seizure", "transplant"]);

/** A condition as a topic ("presentó su investigación sobre el cáncer", "a talk about diabetes"), not a person's. */
const TOPIC_BEFORE =
  /(?<![\p{L}])(?:about|regarding|research (?:on|into)|studies on|a study on|paper on|talk on|lecture on|article on|conference on|sobre|acerca de|über|zum thema|sur|à propos de|riguardo|sulla|sul|over|hakkında|om)\s+(?:(?:the|el|la|los|las|le|les|l'|il|lo|der|die|das|den|het|de)\s+)?$/u;

/**
 * A sentence about a place's opening hours ("The Oncology Day Unit at the Royal Derby Hospital is open Mon–Fri"): the
 * capitalised words are the place's name, not a person's (session 48).
 */
const OPENING_HOURS =
  /(?<![\p{L}])(?:is open|are open|opening hours|open (?:from|daily|until|mon)|closed on|öffnungszeiten|geöffnet|orari di apertura|horario de apertura|godziny otwarcia|est ouvert|ouvert du|openingstijden|open van|timetable|stundenplan|sprechzeiten|training for staff|staff training|mon(?:day)?[ \t]?(?:–|-|to)[ \t]?fri(?:day)?|mo[ \t]?(?:–|-|bis)[ \t]?(?:fr|sa)|lun[ \t]?(?:–|-)[ \t]?ven|pon[ \t]?(?:–|-)[ \t]?pt|m\/w\/d|vacanc(?:y|ies)|we(?:'re| are) hiring|job (?:ad|offer|opening)|applying for|stellenangebot|stellenanzeige|sucht pflegekräfte|oferta de (?:trabajo|empleo)|offre d'emploi)(?![\p{L}])/iu;

/**
 * A group before the condition ("children with a nut allergy should bring …", "Patienten mit Dekubitus"): a rule for
 * whoever has it, not a person's (session 48 review). Read on the 40 characters before the mention, anchored at their end.
 */
const GROUP_BEFORE =
  /(?<![\p{L}])(?:children|kids|pupils|students|people|patients|anyone|everyone|those|residents|guests|kinder|schüler\p{L}*|patienten|bewohner\p{L}*|dzieci|uczniowie|pacjenci|bambini|pazienti|niños|pacientes|enfants|élèves|patients|kinderen|patiënten)(?: who (?:have|has))?[ \t]+(?:with|mit|z|con|avec|met)(?:[ \t]+(?:an?|einer?|une?|un|una|een))?[ \t]*$/u;

/** "diabetes-friendly snacks", "asthma-related questions" describe things, not a person's condition. */
const DESCRIBES_A_THING = /^-(?:friendly|safe|proof|related|awareness|themed|specific|era|style|inspired|free)(?![\p{L}])/u;

interface State {
  text: string;
  lower: string;
  verdicts: Map<string, boolean>;
  /** The pure checks of `aboutPerson`, kept by the characters they read (a text that repeats itself asks them again). */
  byContent: Map<string, boolean>;
  /** `aboutPerson`'s person checks of a scope, kept by the scope's characters and the mention's offset in it. */
  scopes: Map<string, { cue: boolean; fullName: boolean }>;
  exam?: boolean;
  wordProblem?: boolean;
  /** The text's pattern starts: the checks of a sentence or scope cut from it are answered from them (pattern-starts.ts). */
  starts: PatternStarts;
}

/**
 * Arithmetic word problems ("Susan earns $5 every 10 minutes … how much …?") name invented people: a maths question
 * with three or more numbers. Only a cue of person-cues.ts or person-near.ts (not a bare name) counts there.
 */
const MATHS_QUESTION =
  /(?<![\p{L}])(?:how (?:much|many|long|old)|calculate|compute|in total|altogether|what (?:is|was) the (?:total|amount|difference|sum)|combien|wie viel\p{L}*|cuánt[oa]s?|quant[oa]s?|hoeveel|ile|hur mycket|kaç|сколько)(?![\p{L}])/iu;
const DIGIT_GROUPS = /\d+(?:[.,]\d+)*/g;

function wordProblem(state: State): boolean {
  if (state.wordProblem !== undefined) return state.wordProblem;
  state.wordProblem = MATHS_QUESTION.test(state.text) && (state.text.match(DIGIT_GROUPS)?.length ?? 0) >= 3;
  return state.wordProblem;
}

/** A third-person pronoun (subject or possessive) in the languages of the lists: the sentence goes on about someone. */
const THIRD_PERSON =
  /(?<![\p{L}])(?:she|he|her|his|him|she's|he's|sie|er|ihr\p{L}*|sein\p{L}*|elle|il|lui|ella|él|lei|lui|ela|ele|zij|ze|hij|haar|zijn|ona|on|jej|jego|hon|han|hun|hennes|hans|hendes|o|она|он|её|его)(?![\p{L}])/iu;

/** The sentence "ended" at an initial or an abbreviated title ("pt J. Whitaker", "Mr. Pike"): it goes on. */
const ABBREVIATION_BEFORE = /(?<![\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sr|Sra|Srta|St|Pt|Prof)\.\s*$/u;

/**
 * Capitalised words before an institution word: a hospital's, clinic's or pharmacy's name ("Royal Derby Hospital", "St
 * Mary's Hospital", "Klinikum Nord" is left: the word must come last), session 48. Each name word is bounded, so a
 * match reads a bounded stretch from its start.
 */
const INSTITUTION_NAME =
  /(?<![\p{L}])\p{Lu}[\p{L}'’]{1,20}(?:[ \t]\p{Lu}[\p{L}'’]{1,20}){0,3}[ \t](?:Hospital|Infirmary|Clinic|Hospice|Surgery|Pharmacy|Medical Centre|Medical Center|Health Centre|Health Center|Krankenhaus|Klinikum|Klinik|Spital|Ospedale|Ziekenhuis|Szpital)(?![\p{L}])/gu;
const INSTITUTION_WORDS = [
  "hospital",
  "infirmary",
  "clinic",
  "hospice",
  "surgery",
  "pharmacy",
  "centre",
  "center",
  "krankenhaus",
  "klinik",
  "spital",
  "ospedale",
  "ziekenhuis",
  "szpital",
];

/**
 * A member of staff named with a clinical or teaching title ("Nurse Priya Shah", "Frau Dr. Schneider", "Prof. Anna
 * Kowalska", "trainer Mr Alan Hughes"): a rota, a ward's head or a course's trainer, not the patient the care words are
 * about (session 48 review). Each name word is bounded, so a match reads a bounded stretch from its start.
 */
const STAFF_NAME =
  /(?<![\p{L}])(?:(?:Frau|Herr|Pani|Pan|Mme|Mr|Mrs|Ms)\.?[ \t])?(?:Dr|Dra|Prof|Dott|Doc)\.?[ \t]|(?<![\p{L}])(?:Nurse|Matron|Pfleger|Pflegerin|Oberarzt|Oberärztin|trainer|Trainer|pharmacist|Pharmacist|pielęgniarka|Pielęgniarka|infermiera|Infermiera|enfermera|Enfermera|infirmière|Infirmière|verpleegkundige|Verpleegkundige)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?=\p{Lu})/gu;
const STAFF_NAME_WORD = /^\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){0,2}/u;
const STAFF_WORDS = [
  "dr",
  "prof",
  "dott",
  "doc",
  "nurse",
  "matron",
  "pfleger",
  "oberarzt",
  "oberärztin",
  "trainer",
  "pharmacist",
  "pielęgniarka",
  "infermiera",
  "enfermera",
  "infirmière",
  "verpleegkundige",
];

/**
 * `scope` with every institution name, staff name and brand named like a person ("Mr. Clean brand", brand-names.ts,
 * session 49) replaced by spaces of the same length (offsets kept); `scope` itself when it has none.
 */
function withoutInstitutionNames(scope: string): string {
  const lower = scope.toLowerCase();
  let masked = withoutBrandNames(scope);
  if (containsAny(lower, INSTITUTION_WORDS)) {
    INSTITUTION_NAME.lastIndex = 0;
    masked = masked.replace(INSTITUTION_NAME, (name) => " ".repeat(name.length));
  }
  if (containsAny(lower, STAFF_WORDS)) {
    STAFF_NAME.lastIndex = 0;
    let blanked = "";
    let from = 0;
    for (let title = STAFF_NAME.exec(masked); title !== null; title = STAFF_NAME.exec(masked)) {
      const nameStart = title.index + title[0].length;
      const name = STAFF_NAME_WORD.exec(masked.slice(nameStart, nameStart + 64))?.[0];
      if (name === undefined) continue;
      const end = nameStart + name.length;
      blanked += masked.slice(from, title.index) + " ".repeat(end - title.index);
      from = end;
      STAFF_NAME.lastIndex = end;
    }
    if (from > 0) masked = blanked + masked.slice(from);
  }
  return masked;
}

/**
 * A particular private person near `index`, looked for in the mention's sentence (and the sentence before it when
 * the mention's sentence refers back with a pronoun: "Janet Fairweather … She's been in and out of hospital"): a cue
 * of person-cues.ts, a cue of personNear (a record label, a relation word or honorific with a name), or a full name
 * (personal.ts's verdict) outside a word problem. A lone first name ("John decides …") is not enough, nor a name in
 * an unrelated sentence before ("Q: Who is Robert Kline?\nA: Stable angina is a heart condition").
 */
function aboutPerson(state: State, index: number): boolean {
  const text = state.text;
  const [start, end] = sentenceAround(text, index);
  const sentence = text.slice(start, end);
  const starts = state.starts;
  const refersBack =
    rememberByContent(state.byContent, `pronoun:${sentence}`, () => starts.test(THIRD_PERSON, sentence, start)) ||
    ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 6), start));
  const from = recordStart(text, start) ?? (start > 0 && refersBack ? sentenceAround(text, Math.max(0, start - 2))[0] : start);
  const key = `${from}:${end}`;
  let verdict = state.verdicts.get(key);
  if (verdict === undefined) {
    const scope = text.slice(from, end);
    state.exam ??= EXAM_CHOICES.test(text.slice(0, 4000));
    const exam = state.exam;
    const place = { starts, offset: from };
    const scoped = rememberByContent(state.scopes, `${index - from}:${scope}`, () => {
      // An institution's name ("the Royal Derby Hospital") is blanked first: its capitalised words name no person.
      const masked = withoutInstitutionNames(scope);
      const [read, at] = masked === scope ? [scope, place] : [masked, undefined];
      const near = personNear(read, index - from, { verdicts: new Map(), exam, place: at });
      if (near.publicContext) return { cue: false, fullName: false };
      return { cue: near.byCue === true || pointsAtPerson(read, at), fullName: near.named && personAround(read, index - from, undefined, at).fullName };
    });
    const aroundStart = Math.max(0, index - 300);
    const around = text.slice(aroundStart, Math.min(text.length, index + 200));
    verdict =
      !rememberByContent(state.byContent, `show:${around}`, () => starts.test(SHOW_CUE, around, aroundStart)) &&
      (scoped.cue || (scoped.fullName && !wordProblem(state)));
    state.verdicts.set(key, verdict);
  }
  return verdict;
}

function aboutOpeningHours(state: State, index: number): boolean {
  const [start, end] = sentenceAround(state.text, index);
  return state.starts.test(OPENING_HOURS, state.text.slice(start, end), start);
}

/** A `key: value` line of a record (YAML, a form), optionally a list item: "  notes: …", "- name: …", "Ward: …". */
const FIELD_LINE = /^[ \t]*(?:- )?\p{L}[\p{L}_-]{0,29}(?: [\p{L}_-]{1,29}){0,2}[ \t]*:/u;
/** The longest record read back from a field line: lines and characters. */
const RECORD_LINES_BACK = 10;
const RECORD_CHARACTERS_BACK = 600;

/** The start of the line holding `index`, looked for at most `limit` code units back (a long line reads no further): -1 when not found. */
function lineStartWithin(text: string, index: number, limit: number): number {
  const floor = Math.max(0, index - limit);
  for (let position = index; position > floor; position--) if (text.charCodeAt(position - 1) === 10) return position;
  return floor === 0 ? 0 : -1;
}

/**
 * When the sentence at `start` is a field line of a record ("notes: neutropenic" under "- name: Owen Pryce"), the start
 * of the record: the field lines right before it, up to a blank or other line, within RECORD_CHARACTERS_BACK (session
 * 48). Else undefined. Bounded: each call reads at most RECORD_CHARACTERS_BACK characters back.
 */
function recordStart(text: string, start: number): number | undefined {
  const lineStart = lineStartWithin(text, start, 80);
  if (lineStart < 0 || lineStart === 0 || text.slice(lineStart, start).trim() !== "") return undefined;
  if (!FIELD_LINE.test(text.slice(lineStart, lineStart + 40))) return undefined;
  let from = lineStart;
  for (let count = 0; count < RECORD_LINES_BACK && from > 0; count++) {
    const previous = lineStartWithin(text, from - 1, RECORD_CHARACTERS_BACK - (lineStart - from));
    if (previous < 0 || !FIELD_LINE.test(text.slice(previous, Math.min(from, previous + 40)))) break;
    from = previous;
  }
  return from === lineStart ? undefined : from;
}

function runCare(text: string, emit: Emit, lower: string): void {
  const sameOffsets = lower.length === text.length;
  if (!sameOffsets) return;
  const state: State = { text, lower, verdicts: new Map(), byContent: new Map(), scopes: new Map(), starts: patternStarts(text) };
  const spans: Array<[number, number]> = [];
  if (containsAny(lower, CARE_STEMS)) {
    for (const pattern of CARE) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower))
        if (wordStart(lower, match.index)) spans.push([match.index, match.index + match[0].length]);
    }
  }
  if (containsAny(lower, ICD_STEMS) && ICD_SHAPE.test(text)) {
    ICD_CODE.lastIndex = 0;
    for (let match = ICD_CODE.exec(lower); match !== null; match = ICD_CODE.exec(lower)) {
      const start = match.index + match[0].length - match[1]!.length;
      spans.push([start, start + match[1]!.length]);
    }
  }
  historyAbbreviations(text, lower, spans);
  // The shared condition vocabularies cost a few hundred µs over a long prompt: only in the sentences of a strong cue.
  let covered = -1;
  for (const position of strongCuePositions(text, lower)) {
    const [from, to] = sentenceAround(text, position);
    const end = Math.min(text.length, Math.max(to, sentenceAround(text, Math.min(text.length - 1, to + 1))[1]));
    if (end <= covered) continue;
    const start = Math.max(from, covered);
    const part = text.slice(start, end);
    for (const [left, right] of conditionMentions(part, part.toLowerCase()))
      if (!AMBIGUOUS_WORDS.has(lower.slice(start + left, start + right))) spans.push([start + left, start + right]);
    covered = end;
  }
  for (const [start, end] of spans)
    // "the cancer registry export": an institution's or a data set's condition word, not the person's (session 48).
    if (
      !DESCRIBES_A_THING.test(text.slice(end, end + 14)) &&
      !institutionAfter(text, end) &&
      !TOPIC_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) &&
      !topicBefore(text, start) &&
      !GROUP_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) &&
      aboutPerson(state, start) &&
      !aboutOpeningHours(state, start)
    )
      emit("health", start, end, "named-person-care", PRIORITY.contextual - 1);
  if (containsAny(lower, MONEY_FACT_STEMS)) runMoneyFacts(state, emit);
  runRecords(state, emit);
}

/** A company's money, not a person's ("John Smith's company has $2,000 outstanding invoices"). */
const ORGANISATION_MONEY =
  /['’]s (?:company|business|firm|startup|shop|store|agency|restaurant|practice)|(?<![\p{L}])(?:ltd|llc|inc|gmbh|plc|s\.a\.|s\.l\.|b\.v\.|sp\. z o\.o\.|a\.ş\.)(?![\p{L}])/u;

/**
 * Offsets of the currency signs and words of the lower-cased text, ascending: the matches of
 * `/[$£€₹₺₽]|\b(?:eur|euros?|kr|sek|nok|dkk|zł|zl|pln|tl|lira|chf|lakh|lac|crore|mxn|usd|gbp|dollars?|pounds?|reais)\b|руб|рубл/gu`
 * (money facts are looked for only in sentences that hold one). Session 54: each sign and word is a keyword list of its
 * own, so the scan's keyword pass says which the text holds (a sign anywhere, a word at a word start), and only those
 * are looked for, by `indexOf` (two regex walks over the whole text cost ~17 µs on the bench prompt, which holds "$",
 * "eur" and "gbp"). A sign is a match wherever it stands ("руб" included: it cannot overlap itself). A word but "zł" is
 * ASCII letters between two `\b`: a match is a whole run of `\w` characters that is the word (none before it, none
 * after it). "zł" ends with "ł", not a `\w` character: a `\w` character must follow it. Matches never overlap, so the
 * offsets, sorted, are the regex's.
 */
const CURRENCY_SIGNS = ["$", "£", "€", "₹", "₺", "₽", "руб"];
const CURRENCY_WORDS = "eur euro euros kr sek nok dkk zl pln tl lira chf lakh lac crore mxn usd gbp dollar dollars pound pounds reais zł".split(" ");
const CURRENCY_SIGN_LISTS = CURRENCY_SIGNS.map((sign) => [sign]);
const CURRENCY_WORD_LISTS = CURRENCY_WORDS.map((word) => [word]);
const ascending = (left: number, right: number) => left - right;

/** `\w` without `i`: the word characters of `\b` in a `u` pattern (NaN, past either end of the text: none). */
const isAsciiWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

export function currencyMarks(lower: string): number[] {
  const marks: number[] = [];
  for (let index = 0; index < CURRENCY_SIGNS.length; index++) {
    if (!containsAny(lower, CURRENCY_SIGN_LISTS[index]!)) continue;
    const sign = CURRENCY_SIGNS[index]!;
    for (let at = lower.indexOf(sign); at >= 0; at = lower.indexOf(sign, at + sign.length)) marks.push(at);
  }
  for (let index = 0; index < CURRENCY_WORDS.length; index++) {
    if (!containsAnyAtWordStart(lower, CURRENCY_WORD_LISTS[index]!)) continue;
    const word = CURRENCY_WORDS[index]!;
    const zloty = word === "zł";
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
      if (!isAsciiWordCode(lower.charCodeAt(at - 1)) && isAsciiWordCode(lower.charCodeAt(at + word.length)) === zloty) marks.push(at);
  }
  return marks.sort(ascending);
}

/** `patterns.some((pattern) => pattern.test(text))` without a closure (and its context) per sentence. */
function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

function runMoneyFacts(state: State, emit: Emit): void {
  const { text, lower } = state;
  let covered = -1;
  for (const mark of currencyMarks(lower)) {
    if (mark < covered) continue;
    const [start, end] = sentenceAround(text, mark);
    covered = end;
    const sentence = lower.slice(start, end);
    if (!anyMatches(MONEY_FACT_PATTERNS, sentence) || ORGANISATION_MONEY.test(sentence)) continue;
    AMOUNT.lastIndex = 0;
    for (let match = AMOUNT.exec(sentence); match !== null; match = AMOUNT.exec(sentence))
      if (aboutPerson(state, start + match.index))
        emit("financial", start + match.index, start + match.index + match[0].length, "named-person-money-fact", PRIORITY.contextual - 1);
  }
}

// --- records: tables with a person column and money columns, key-value records with a person label -----------------

/** Digits written as money (decimals or thousands groups): a record without them has no amount to report. */
const MONEY_DIGITS = /\d[.,]\d\d(?!\d)|\d[.,\u00a0 ]\d{3}(?!\d)/;

/** Every person label with a separator or colon after it ("mieter;", "werknemer:", "name |"): none, no record to read. */
const PERSON_LABEL_CELL_STEMS = stemsOf(PERSON_LABELS).flatMap((label) =>
  [":", ";", ",", "\t", "|", " :", " |", " ;", "\n"].map((separator) => label + separator),
);
/** A line that starts with a person label as a cell or before a colon (lower-cased text; sticky: see nextPersonLine). */
const PERSON_LINE = new RegExp(`(?:^|\\n)[ \\t|]*(?:${PERSON_LABELS})[ \\t]*(?=[;,\\t|:：\\n]|$)`, "uy");
const PERSON_LABEL = new RegExp(`^(?:${PERSON_LABELS})$`, "u");
const MONEY_LABEL = new RegExp(`^(?:${MONEY_LABELS})$|(?<![\\p{L}])(?:${MONEY_LABELS})$`, "u");
/** A money cell: digits with thousands or decimals, optionally signed and with a currency. */
const MONEY_CELL = /^(?:[-+]?(?:R\$|US\$|\$|£|€)?\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?\s?(?:€|kr\.?|zł|tl|£)?|[-+]?\d+(?:[.,]\d{2})?)$/iu;
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u;
const LABEL_LINE = /^\s*([\p{L} ]{2,30}?)\s*[:：]\s*(.+)$/u;
const COLON = /[:：]/u;
const PIPE_PARTS = /\s+\|\s+/u;
/** A bank statement line: a day and month, a description, an amount with decimals at the end ("12/11 PRLV … -189,00"). */
const STATEMENT_LINE = /^\s*\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+\S.*?\s(-?\d{1,3}(?:[ .\u00a0]\d{3})*,\d{2}|-?\d{1,3}(?:,\d{3})*\.\d{2})\s*$/u;

/** The cell separator of a table line: semicolon, tab or pipe when present (decimal commas), else comma. */
const separatorOf = (line: string) => (line.includes(";") ? ";" : line.includes("\t") ? "\t" : line.includes("|") ? "|" : ",");

interface Header {
  person: number;
  money: number[];
  separator: string;
}

function tableHeader(line: string): Header | undefined {
  const separator = separatorOf(line);
  const first = line.indexOf(separator);
  if (first < 0 || line.indexOf(separator, first + 1) < 0 || line.length > 200) return undefined;
  const cells = line.split(separator).map((cell) => cell.trim().toLowerCase());
  if (cells.length < 3) return undefined;
  const person = cells.findIndex((cell) => PERSON_LABEL.test(cell));
  const money = cells.flatMap((cell, index) => (index !== person && MONEY_LABEL.test(cell) ? [index] : []));
  return person >= 0 && money.length > 0 ? { person, money, separator } : undefined;
}

/** Money cells of person records, reported unless the text is about a show or a public figure (checked once, last). */
function runRecords(state: State, emit: Emit): void {
  if (!containsAny(state.lower, PERSON_LABEL_CELL_STEMS) || !MONEY_DIGITS.test(state.text)) return;
  const found: Array<[number, number]> = [];
  collectRecords(state.text, state.lower, (_category, start, end) => found.push([start, end]));
  if (found.length === 0 || SHOW_CUE.test(state.text)) return;
  for (const [start, end] of found) emit("financial", start, end, "person-record-money", PRIORITY.contextual - 1);
}

/** Lines after a person label that may hold that person's money (a table's rows, a record's fields). */
const RECORD_LINES = 12;

/**
 * Where the global PERSON_LINE's next match at or after `from` would start (its end left in PERSON_LINE.lastIndex), or
 * -1. Every match starts at the text's start (`^`, no `m`) or at a line break: the sticky pattern is tried there only,
 * not at every position (session 54; the same matches in the same order as the `exec` loop from 0).
 */
function nextPersonLine(lower: string, from: number): number {
  for (let at = from === 0 ? 0 : lower.indexOf("\n", from); at >= 0; at = lower.indexOf("\n", at + 1)) {
    PERSON_LINE.lastIndex = at;
    if (PERSON_LINE.test(lower)) return at;
  }
  return -1;
}

function collectRecords(text: string, lower: string, emit: Emit): void {
  if (!text.includes("\n")) return;
  // Only from a line that starts with a person label (a table header's first cell, a record label): most prompts have none.
  let done = -1;
  for (let at = nextPersonLine(lower, 0), matchEnd = PERSON_LINE.lastIndex; at >= 0; at = nextPersonLine(lower, matchEnd), matchEnd = PERSON_LINE.lastIndex) {
    const lineStart = at + (lower[at] === "\n" ? 1 : 0);
    if (lineStart < done) continue;
    let lineEnd = lineStart;
    for (let count = 0; count <= RECORD_LINES && lineEnd >= 0 && lineEnd < text.length; count++) lineEnd = text.indexOf("\n", lineEnd + 1);
    const end = lineEnd < 0 ? text.length : lineEnd;
    collectRecordLines(text.slice(lineStart, end), lineStart, emit);
    done = end;
  }
}

function collectRecordLines(text: string, offset: number, emit: Emit): void {
  let header: Header | undefined;
  let recordPerson = -1;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const found = tableHeader(line);
    if (found) {
      header = found;
      continue;
    }
    if (header) {
      const cells = line.split(header.separator);
      if (cells.length > header.person && CAPITALISED_NAME.test(cells[header.person]!.trim())) {
        emitCells(cells, header, lineStart, emit);
        continue;
      }
      if (cells.length < 2) header = undefined;
    }
    const statement = recordPerson >= 0 ? STATEMENT_LINE.exec(line) : null;
    if (statement) {
      const start = lineStart + line.lastIndexOf(statement[1]!);
      emit("financial", start, start + statement[1]!.length, "person-record-money", PRIORITY.contextual - 1);
      continue;
    }
    // Key-value records: "Werknemer: Fatima El Amrani" then "Bruto: € 3.420,00 | Netto: …" on the next lines.
    const colon = line.search(COLON);
    if (colon < 2 || colon > 60) continue;
    let partStart = 0;
    for (const part of line.split(PIPE_PARTS)) {
      const at = line.indexOf(part, partStart);
      partStart = at + part.length;
      const label = LABEL_LINE.exec(part);
      if (!label) continue;
      const key = label[1]!.trim().toLowerCase();
      const value = label[2]!.trim();
      if (PERSON_LABEL.test(key) && CAPITALISED_NAME.test(value)) recordPerson = lineStart;
      else if (recordPerson >= 0 && MONEY_LABEL.test(key) && MONEY_CELL.test(value)) {
        const start = lineStart + at + part.lastIndexOf(value);
        emit("financial", start, start + value.length, "person-record-money", PRIORITY.contextual - 1);
      }
    }
  }
}

function emitCells(cells: readonly string[], header: Header, lineStart: number, emit: Emit): void {
  let position = 0;
  cells.forEach((raw, index) => {
    const cell = raw.trim();
    const start = lineStart + position + raw.indexOf(cell);
    position += raw.length + header.separator.length;
    if (header.money.includes(index) && cell.length > 0 && MONEY_CELL.test(cell))
      emit("financial", start, start + cell.length, "person-record-money", PRIORITY.contextual - 1);
  });
}

export const carePersonDetectors: Detector[] = [{ name: "care-person", run: runCare }];
