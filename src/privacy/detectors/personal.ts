/**
 * Context rules for personal data that has no checksum: street addresses, a named person with a
 * health condition, dates of birth, medical record numbers. Our own code: there is no maintained
 * JS library for multilingual address or health-context detection that runs in microseconds
 * (NER models would need a download and far more time). The rules favour recall on concrete
 * values (a house number with a street word, a date after a birth keyword, a condition next to a
 * person's name) and stay quiet on general questions (no person, no number).
 * Public figures with public facts (famous names, or cues such as "president", "actor", "late")
 * and well-known public addresses (10 Downing Street ...) are not reported.
 */
import { addressHeadStart, addressTailEnd } from "./address-tails.js";
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, literalPrefixes, requiredPrefixes, type PatternGate } from "../detector.js";
import { PRESS_REPORT_CUES } from "./care-terms.js";
import { GIVEN_NAMES, HEALTH_TERMS, localBusinessCue, LOCAL_PERSONAL_ADDRESS_CUE, PUBLIC_FIGURES, startsWithPublicAddress } from "./lexicon.js";
import { CaselessPattern } from "./caseless.js";
import { healthTermSearch, isHealthTermWord, verbLength } from "./health-term-match.js";
import { conditionOfGroup, phraseNamesInstitution } from "./group-condition.js";
import { nameWithRelationApposition } from "./name-apposition.js";
import { isPersonName } from "./people-names.js";
import { STREET_WORDS, streetWordBeforeNumber } from "./street-words.js";
import { rememberByContent } from "./content-memo.js";
import { mayMatchWindow, patternStarts, placeAt, testWindow, type WindowPlace } from "../pattern-starts.js";
import { CAPITALISED_PAIR, lastPrivateSubjectEnd, withoutPlaceholderPeople } from "../judgement/public-context.js";
import {
  FICTION_CUE,
  isBiographyLede,
  isExampleDate,
  isPlaceholderDate,
  isFictionalOrLandmarkAddress,
  isNamedPlaceAddress,
  mentionsWellKnownPerson,
  TABLETOP_CUE,
} from "../judgement/public-entities.js";
import { hasPostcode } from "../judgement/placeholder-values.js";
import { someDigitRunFollowedBy, someDigitRunStart } from "../digit-runs.js";
import { isRegexSpace } from "../regex-space.js";
import { withoutBrandNames } from "./brand-names.js";
import { labelsAName } from "./speaker-turns.js";
import { caseOfObject, epithetOfA } from "./figurative-health.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_ADDRESSES_PATTERN_1 = /[\s,.]+$/;
const RUN_ADDRESSES_PATTERN_2 = /(?:St|Ave|Rd|Dr|Blvd|Ln|Ct|Pl|str)$/i;
const RUN_ADDRESSES_PATTERN_3 = /\s+/g;
const RUN_ADDRESSES_PATTERN_4 = /^\d{4}\s/;
const RUN_ADDRESSES_PATTERN_5 = /^(?:19|20)\d\d\s/;
const IS_SENTENCE_END_PATTERN_1 = /(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Sr|Sra|Fr|Hr|St|Jr|Prof|Rev|Gen|Col|Capt|Sgt)$/u;
const LIKELY_NAME_PAIR_PATTERN_1 = /\s+/;
const LIKELY_NAME_PAIR_PATTERN_2 = /[.'’]+$/;
/**
 * A pair stands apart before a comma, or before a school class or an age in parentheses ("Zuzia Mazur (2a)", "(kl. 3b)",
 * "(7 lat)", "(age 9)": a record's person, session 49); `after` holds up to 20 characters.
 */
const LEXICON_NAME_PAIR_PATTERN_1 =
  /^\s*(?:,|\((?:\d{1,2}\s?[a-hA-H]|kl\.?\s?\d{1,2}\s?[a-hA-H]?|(?:age|wiek|alter)\s?\d{1,2}|\d{1,2}\s?(?:lat|l\.|years?|yrs?|y\.?o\.?|j\.|jahre|ans|años|anni))\))/u;
const NAMED_PERSON_IN_PATTERN_1 = /[.!?\n:]\s*$/;
const NAMED_PERSON_IN_PATTERN_2 = /^\s+(\p{Lu}[\p{Ll}'’-]+)/u;
const NAMED_PERSON_IN_PATTERN_3 = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u;
const RUN_HEALTH_PATTERN_1 = /^-(?:friendly|safe|proof|related|awareness|themed|specific|era|style|inspired|free)\b/;
const RUN_HEALTH_PATTERN_2 = /\b(?:patient|mrn|dob|medical record|patientin|paciente|patiente)\b/i;
/**
 * A number of four or more digits beside "patient" (a record number); not a year or a date's year ("diagnosed in
 * 12/2019", "a hysterectomy in 1996": session 54, dev-96).
 */
const RUN_HEALTH_PATTERN_3 = /(?<![\d/.-])(?!(?:19|20)\d\d(?!\d))\d{4,}/;
const RUN_HEALTH_PATTERN_4 =
  /^[\s)]*(?:diagnos|test|result|treatment|therapy|medication|surgery|relapse|диагноз|лечени|terapi|leczeni|tanı|teşhis|tedavi|miatt|diagnózis|kezelés|behandlung|traitement|tratamiento|tratamento|trattamento|behandeling|behandling)/iu;
const RUN_PHRASES_PATTERN_1 = /-(?:friendly|safe|proof|related|awareness|themed|specific)\b/;
const RUN_DATE_COLUMNS_PATTERN_1 = /[\p{L}\p{N}]/u;
const RUN_DATES_OF_BIRTH_PATTERN_1 = /(\d{4})/;
const RUN_DATES_OF_BIRTH_PATTERN_2 = /^(?:born|geboren|né|nacid|naci[óo] |nat[oa]|nasc|b\.|urodził|född)/;
const RUN_DATES_OF_BIRTH_PATTERN_3 = /\b(?:patient|mrn|ssn|passport|name|account|policy|member|license|licence|insurance)\b|\d{5,}|@/i;
const RUN_DATES_OF_BIRTH_PATTERN_4 = /\b(?:patient|mrn|ssn|passport|name)\b/i;
/** "my son", "mon fils", "mijn opa": a writer's relative is a third person (a named one's birth is caught by the name). */
const RELATIVE =
  /(?<![\p{L}])(?:my|our|mon|ma|notre|mi|nuestr[oa]|mijn|onze|mein\p{L}*|unser\p{L}*|meu|minha|mio|mia|moja|mój|mojego)\s+(?:son|daughter|kid|baby|grand(?:son|daughter|ma|pa|mother|father)|fils|fille|petit-fils|petite-fille|hij[oa]|niet[oa]|abuel[oa]|zoon|dochter|opa|oma|kleinzoon|kleindochter|sohn|tochter|enkel\p{L}*|filh[oa]|net[oa]|avô|avó|figli[oa]|nipote|nonn[oa]|syn|córka|wnu\p{L}*)(?![\p{L}])/iu;
const RUN_MEDICAL_RECORDS_PATTERN_1 = /[-/]+$/;
const RUN_MEDICAL_RECORDS_PATTERN_2 = /\D/g;
const RUN_MEDICAL_RECORDS_PATTERN_3 = /^case/i;
const RUN_MEDICAL_RECORDS_PATTERN_4 = /patient|medical|clinic|hospital|health|krank|médical|clínic|paciente/i;

// --- Street addresses -------------------------------------------------------------------------
const CAP = "\\p{Lu}[\\p{L}'’.-]{0,40}";
const EN_STREET_TYPES =
  "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Close|Crescent|Cres|Row|Trail|Trl|Grove|Gardens|Mews|Hill|Walk|Loop|Alley|Pike|Plaza|Cottages";
const UNIT = "(?:,?\\s*(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Fl\\.?|Floor|#)\\s*[\\p{L}\\p{N}-]{1,6})?";
/** A US town, state and ZIP; an Australian suburb, state and four-digit postcode ("Fitzroy VIC 3065": session 43, dev-52). */
const US_TAIL =
  "(?:,\\s*" +
  CAP +
  "(?:\\s" +
  CAP +
  "){0,2}(?:,\\s*|\\s+)(?:[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?|(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\\s+\\d{4}(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}]+\\s+\\d{5}))?";
/** A UK postcode, after a town of up to three words ("Milton Keynes MK4 3AZ": session 43, dev-52). */
const UK_POSTCODE = "(?:,?\\s*(?:\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2},?\\s+)?[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\p{N}]))?";
/** An Eircode (session 50): a routing key (a letter and two digits, or D6W), then four letters and digits. */
const EIRCODE = "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}(?![\\p{L}\\p{N}])";
/** A part of an Irish address: capitalised words, with "na", "an", "de" between them ("Ard na Gréine"). */
const IRISH_PART = "\\p{Lu}[\\p{L}'’-]{1,30}(?:\\s(?:(?:na|an|de|of|the)\\s)?\\p{Lu}[\\p{L}'’-]{1,30}){0,3}";
/** A flat's number opening the address itself ("Apartment 4, Clonliffe Court, …": session 50). */
const FLAT_FIRST = /^(?:Flat|Apartment|Apt\.?)\s/u;
/** A flat's number right before the house number ("Flat 3, 41 Kingsway"). */
const FLAT_BEFORE = /(?<![\p{L}])(?:Flat|Apartment|Apt\.?)\s?[\p{L}\p{N}-]{1,6},?\s$/u;
/** A capitalised word in lower case after its capital: a street or town name, never a postcode ("SA1"). */
const PROPER_WORD = "\\p{Lu}[\\p{Ll}'’-]{1,30}";
const UK_POSTCODE_ITSELF = "[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\p{N}])";
/** A flat or unit after a European or Brazilian house number ("Rua Augusta 1320, apto 84", "Via Roma 5, int. 3"). */
const EU_UNIT =
  "(?:,\\s*(?:apto?\\.?|apartamento|bloco|piso|planta|puerta|int\\.|interno|scala|app\\.|appartamento|whg\\.|wohnung)\\s*[\\p{N}][\\p{L}\\p{N}º°-]{0,5}|,\\s*(?:\\d{1,2}\\.\\s?(?:OG|Stock|Etage)|EG|DG)(?:\\s(?:links|rechts|Mitte))?)?";
/**
 * A Dutch house number's suffix after a hyphen (session 42, dev-48): the floor in Roman numerals ("Prinsengracht
 * 412-II"), the ground floor ("12-hs", "12-huis"), a letter or a number ("23-1", "12-14"), whole words only.
 */
const NL_HOUSE_SUFFIX = "(?:-(?:I{1,3}|IV|hs|huis|bis|[A-Za-z]|\\d{1,4})(?![\\p{L}\\p{N}]))?";
/** Session 51: a Dutch street name of one to three capitalised words and its house number, perhaps with a letter. */
const NL_BARE_STREET = "(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{2,30}(?:\\s\\p{Lu}\\p{Ll}{2,30}){0,2}\\s\\d{1,4}[a-z]?";
/** A Dutch flat's floor after the house number: the ground floor ("hs", "huis", "-hs"), "-II" (a hyphen before Roman numerals), "2-hoog", "3hg". */
const NL_FLOOR = "(?:[\\s-](?:hs|huis)|-(?:I{1,3}|IV)|\\s\\d{1,2}-?(?:hoog|hg))(?![\\p{L}\\p{N}])";
/** A Dutch postcode (never SA, SD or SS) and its town of one or two words ("Den Haag"). */
const NL_POSTCODE_TOWN = ",?\\s\\d{4}\\s?(?!S[ADS])[A-Z]{2}\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?(?![\\p{L}\\p{N}])";
const EU_TAIL =
  EU_UNIT +
  "(?:,?\\s*(?:[A-Z]{1,2}-)?(?:\\d{5}-\\d{3}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4}\\s?[A-Z]{2}|\\d{3}\\s\\d{2}|\\d{4,5})\\s+\\p{Lu}[\\p{L}-]+(?:\\s(?:am|an|im|sur|de|del|la|le)?\\s?\\p{Lu}[\\p{L}-]+)?)?";

/**
 * Session 39 (dev-37): German street names after a preposition and article, with no street word ("Am Mühlbach 3",
 * "An der Alten Mühle 12", "Im Tal 4a", "Zur Linde 7"): reported only with a five-digit postcode and a town after the
 * house number, which the text gate looks for first. Not a count after a phrase ("Im Schnitt 4, 12000 Euro", "Am Stand
 * 12, 10000 Besucher": session 39 review).
 */
const DE_PREPOSITION_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Unter den|Hinter der|Vor dem|Bei der)\\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Anfang|Ende|Schnitt|Durchschnitt|Vergleich|Beispiel|Stand|Schluss|Tag|Abend|Morgen|Mittag|Moment|Zeitpunkt)(?![\\p{L}]))(?:Alten|Neuen|Langen|Hohen|Kleinen|Großen|Oberen|Unteren)?\\s?\\p{Lu}[\\p{Ll}äöüß]{2,30}(?:-\\p{Lu}?[\\p{Ll}äöüß]{1,30})?\\s+\\d{1,3}\\s?[a-z]?${EU_UNIT},?\\s+\\d{5}\\s+(?!(?:Euro|EUR|Dollar|Franken|Besucher|Nutzer|Menschen|Personen|Einwohner|Kunden|Mitarbeiter|Teilnehmer|Zuschauer|Stück|Exemplare|Stimmen|Punkte|Tonnen|Fälle)(?![\\p{L}]))\\p{Lu}[\\p{L}-]{1,40}`,
  "gu",
);

// Session 52: gates read off the scan's shared ASCII digit runs (digit-runs.ts), tried before the text gates below, each
// of which reads the whole text (~5–15 µs each on the bench's 2,000-token prompt, where none of them matches).
/** Five digits then a space: a run of five or more ASCII digits that a space ends (`/\d{5}\s+\p{Lu}/u`'s gate). */
const fiveDigitsThenSpace = (text: string): boolean => someDigitRunFollowedBy(text, 5, isRegexSpace);
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;
/** A run of exactly five ASCII digits between two spaces (`/\d,?\s+\d{5}\s+\p{Lu}/u`'s gate). */
const fiveDigitsBetweenSpaces = (text: string): boolean =>
  someDigitRunStart(text, (start) => isRegexSpace(text.charCodeAt(start - 1)) && isRegexSpace(text.charCodeAt(start + 5)) && fourDigitsAfter(text, start));
const fourDigitsAfter = (text: string, start: number): boolean =>
  isAsciiDigit(text.charCodeAt(start + 1)) &&
  isAsciiDigit(text.charCodeAt(start + 2)) &&
  isAsciiDigit(text.charCodeAt(start + 3)) &&
  isAsciiDigit(text.charCodeAt(start + 4));
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;
const UK_POSTCODE_AT = new RegExp(UK_POSTCODE_ITSELF, "uy");
const EIRCODE_AT = new RegExp(EIRCODE, "uy");
const matchesAt = (pattern: RegExp, text: string, index: number): boolean => {
  pattern.lastIndex = index;
  return pattern.test(text);
};
/** `new RegExp(UK_POSTCODE_ITSELF, "u").test(text)`: every match opens with one or two capitals right before a digit run. */
const ukPostcodeIn = (text: string): boolean =>
  someDigitRunStart(
    text,
    (start) =>
      isUpperAscii(text.charCodeAt(start - 1)) &&
      (matchesAt(UK_POSTCODE_AT, text, start - 1) || (isUpperAscii(text.charCodeAt(start - 2)) && matchesAt(UK_POSTCODE_AT, text, start - 2))),
  );
/** `new RegExp(EIRCODE, "u").test(text)`: every match opens with a capital right before a digit run ("D09", "D6W"). */
const eircodeIn = (text: string): boolean =>
  someDigitRunStart(text, (start) => isUpperAscii(text.charCodeAt(start - 1)) && matchesAt(EIRCODE_AT, text, start - 1));

/**
 * German compounds in -platz that name a seat or a spot, not a square (session 53, dev-94): "Sitzplatz 17C",
 * "Fensterplatz 32A", "Stellplatz 4", "Parkplatz 12" are a seat map's or a car park's, no street.
 */
const SEAT_PLATZ = "(?:Sitz|Fenster|Gang|Steh|Liege|Schlaf|Park|Stell|Arbeits|Camping|Tisch)platz";

/**
 * `wordStart`: lower-case literals one of which every match holds at a word start (a pattern without
 * the i flag whose street word follows spaces or a non-letter); text without any of them skips the
 * pattern after one keyword lookup. `stems`: the same, anywhere in the text. `gate`: a cheaper
 * test that the text passes whenever the pattern matches (given the text and its lower-cased form), tested first.
 */
const ADDRESS_PATTERNS: Array<{
  rule: string;
  pattern: RegExp;
  stems?: readonly string[];
  wordStart?: readonly string[];
  gate?: (text: string, lower: string) => boolean;
  textGate?: RegExp;
  /** Reported only after a flat number or with a personal address cue around it. */
  needsHomeCue?: boolean;
}> = [
  {
    rule: "address-en",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?(?:-\\d{1,4})?,?\\s+(?:[NSEW]\\.?\\s+)?(?:${CAP}\\s+){1,4}(?:${EN_STREET_TYPES})\\b(?!['’]s)\\.?${UNIT}${US_TAIL}${UK_POSTCODE}`,
      "gu",
    ),
    // Every match holds a street type right after a space (case as written): ~4 µs on the bench prompt,
    // where the pattern (~30 µs) tries every digit.
    textGate: new RegExp(`\\s(?:${EN_STREET_TYPES})\\b`),
  },
  {
    // Session 43 (dev-52): a UK street with no street word ("41 Kingsway", "7 The Parade"), read only with a town and a
    // full postcode after it and a home's cue: a flat before it or "I live at" ("Flat 3, 41 Kingsway, Swansea SA1 5LB"),
    // not a gym's "PureGym at 200 Deansgate, Manchester M3 3NW".
    rule: "address-en",
    needsHomeCue: true,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s(?:${PROPER_WORD}\\s){0,2}${PROPER_WORD},\\s?(?:${PROPER_WORD}\\s){0,2}${PROPER_WORD},?\\s${UK_POSTCODE_ITSELF}`,
      "gu",
    ),
    gate: ukPostcodeIn,
    textGate: new RegExp(UK_POSTCODE_ITSELF, "u"),
  },
  {
    // Session 50 (dev-84): an Irish address ends in its Eircode (routing key and four characters) and often has no street
    // word ("Apartment 4, Clonliffe Court, Drumcondra, Dublin 9, D09 X2F3", "The Old Schoolhouse, Ennistymon, Co. Clare
    // V95 V16K"): two to five comma-separated parts of capitalised words before it, read only with a home's cue (a flat
    // before it or "I live at"), as the UK form without a street word is.
    rule: "address-en",
    needsHomeCue: true,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:Apartment|Apt\\.?|Flat|Unit)\\s[\\p{L}\\p{N}-]{1,5},\\s)?(?:\\d{1,4}[A-Za-z]?\\s)?${IRISH_PART}(?:,\\s(?:Co\\.\\s)?${IRISH_PART}(?:\\s\\d{1,2}(?:W)?)?){1,4},?\\s${EIRCODE}`,
      "gu",
    ),
    gate: eircodeIn,
    textGate: new RegExp(EIRCODE, "u"),
  },
  {
    // Session 51: a Singapore or Malaysian street after its Malay street word ("48 Lorong Marzuki, Singapore 418203",
    // "No. 12, Jalan Ampang Hilir, 55000 Kuala Lumpur"), read with the Singapore postcode or a Malaysian postcode and town.
    rule: "address-en",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,4}[A-Z]?,?\\s(?:Lorong|Jalan|Jln\\.?|Lengkok|Lor\\.?|Persiaran|Lebuh)\\s${PROPER_WORD}(?:\\s(?:\\d{1,3}[A-Z]?|${PROPER_WORD})){0,3},?\\s(?:Singapore\\s\\d{6}|\\d{5}\\s${PROPER_WORD}(?:\\s${PROPER_WORD})?)(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    wordStart: "lorong jalan jln lengkok lor persiaran lebuh".split(" "),
  },
  {
    rule: "address-de-nl",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?!${SEAT_PLATZ})\\p{Lu}[\\p{Ll}äöüß]{1,40}(?:-\\p{Lu}?[\\p{Ll}äöüß]{1,30}){0,4}(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|gracht|plein|kade|dijk|singel|gatan|vägen|gata|gade|vej|veien|gaten|katu|tie)|(?:\\p{Lu}[\\p{Ll}äöüß]{1,40}[- ]){1,2}(?:Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer))\\s*\\d{1,4}\\s?[a-zA-Z]?${NL_HOUSE_SUFFIX}(?![\\p{L}\\p{N}]|\\.\\d)${EU_TAIL}`,
      "gu",
    ),
    stems: STREET_WORDS,
    // Every match holds a street word right before its house number: one pass over the lower-cased
    // text (~13 µs on 2,000 tokens) instead of the pattern (~330 µs, it starts at every capital).
    // (Looked for from each digit backwards: fewer starting points than the street words.)
    // (Only the starts of the text's digit runs are read: street-words.ts.)
    gate: streetWordBeforeNumber,
  },
  {
    // Session 51: a Dutch street without a street word ("Overtoom 169 hs, 1054 HK Amsterdam", "Rokin 75-II, 1012 KK
    // Amsterdam"), read only with a Dutch postcode and its town after it and a flat's floor after the house number ("hs",
    // "huis", "-II", "2-hoog": a home's mark). Without the floor, a home's cue is needed (home-cue-addresses.ts reads "I
    // live at Damrak 12, 1012 LG Amsterdam").
    rule: "address-de-nl",
    pattern: new RegExp(`${NL_BARE_STREET}${NL_FLOOR}${NL_POSTCODE_TOWN}`, "gu"),
    // The floor's words (answered by the scan's keyword pass): a gate regex over the whole text cost ~5 µs a scan.
    stems: ["hs", "huis", "hoog", "hg", "-i"],
  },
  {
    rule: "address-de-preposition",
    pattern: DE_PREPOSITION_STREET,
    gate: fiveDigitsBetweenSpaces,
    // Session 54 review (dev-99): a flat's floor may stand between the house number and the postcode ("Am Mühlbach 7,
    // 2. OG links, 83022 Rosenheim": EU_UNIT).
    textGate: /(?:\d|OG|Stock|Etage|EG|DG|links|rechts|Mitte),?\s+\d{5}\s+\p{Lu}/u,
  },
  {
    rule: "address-fr",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|[A-C]))?,?\\s+(?:[Rr]ue|[Aa]venue|[Aa]v\\.(?!\\s*J\\.)|[Bb]oulevard|[Bb]d|[Cc]hemin|[Pp]lace|[Aa]llée|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Pp]assage|[Ff]aubourg|[Rr]ue du [Ff]aubourg)\\s+(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les)\\s*)?${CAP}(?:(?:[^\\S\\n]|-)+(?:de |du |des |la |le )?${CAP}){0,3}${EU_TAIL}`,
      "gu", // no "i": it would let \\p{Lu} match lower-case letters
    ),
    wordStart: "rue avenue av. boulevard bd chemin place allée impasse quai route cours passage faubourg".split(" "),
  },
  {
    // Session 47 (dev-73): a Polish flat after the house number ("ul. Kwiatowa 8 m. 12, 02-593 Warszawa": m. = mieszkanie).
    // Session 48 (dev-77): a Portuguese floor's side ("3º Dto", "2º Esq.", "1º Frente") before the postcode.
    // Session 49 (dev-81): Argentine and Mexican street types (Bv. Oroño, Pasaje, Diagonal, Calzada, Privada, Cerrada …).
    rule: "address-es-it-pt",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:ul\\.|ulica|al\\.|aleja|os\\.|osiedle|Calle|C/|Avenida|Avda\\.?|Av\\.|Plaza|Pza\\.|Paseo|Pº|Camino|Carrer|Carretera|Ronda|Travesía|Via|Viale|Piazza|Corso|Largo|Vicolo|Rua|Praça|Travessa|Estrada|Bv\\.|Bvar\\.|Bulevar|Pasaje|Diagonal|Calzada|Privada|Prolongación|Cerrada|Andador|Circuito)\\s+(?:(?:de la|de los|de las|del|de|dei|della|delle|degli|di|do|da|dos|das)\\s+)?${CAP}(?:\\s+(?:de |del |di |da |do )?${CAP}){0,3},?\\s*(?:nº|n\\.º|n°|no\\.?|núm\\.?|num\\.?|#)?\\s*\\d{1,4}(?:\\s?m\\.\\s?\\d{1,4}(?![\\p{L}\\p{N}])|(?:\\s?[A-Za-z])?(?![\\p{L}\\p{N}]))(?:\\/\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}]))?(?:,\\s*\\d{1,2}(?:º|\\.?[°ºªoa])(?:\\s?(?:[A-Za-z]|izq(?:uierda|da)?\\.?|izda\\.?|dcha\\.?|der(?:echa)?\\.?|centro|[Dd](?:to|rt?o|ireito)\\.?|[Ee]sq(?:uerdo)?\\.?|[Ff](?:te|rente)\\.?)(?![\\p{L}]))?)?${EU_TAIL}`,
      "gu",
    ),
    wordStart:
      "ul. ulica al. aleja os. osiedle calle c/ avenida avda av. plaza pza. paseo pº camino carrer carretera ronda travesía via viale piazza corso largo vicolo rua praça travessa estrada bv. bvar. bulevar pasaje diagonal calzada privada prolongación cerrada andador circuito".split(
        " ",
      ),
  },
  {
    // Session 45 (dev-63): the street type lower-cased, as Italian and Spanish write it inside a sentence ("abita in via
    // Manzoni 3, 40121 Bologna", "vive en calle Sierpes 12, 41004 Sevilla"), read only with a house number and then a
    // five-digit postcode and a town: "la via più breve" or "una calle 12 veces" has neither.
    // A Spanish floor with its door word ("3º izquierda", "2º dcha.") may stand before the postcode (session 46).
    rule: "address-es-it-pt",
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:calle|avenida|avda\\.|paseo|carrer|camino|ronda|via|viale|piazza|corso|vicolo|rua|travessa)\\s+(?:(?:de la|de los|de las|del|de|dei|della|delle|degli|di|do|da|dos|das)\\s+)?${CAP}(?:\\s+(?:de |del |di |da |do )?${CAP}){0,3},?\\s*(?:n\\.?º?\\s*)?\\d{1,4}(?:\\s?[A-Za-z])?(?![\\p{L}\\p{N}])(?:,\\s*\\d{1,2}(?:º|\\.?[°ºªoa])(?:\\s?(?:[A-Za-z]|izq(?:uierda|da)?\\.?|izda\\.?|dcha\\.?|der(?:echa)?\\.?|centro)(?![\\p{L}]))?)?(?:,\\s*(?:scala|interno|int\\.|piso|planta|puerta)\\s?[A-Za-z0-9]{1,3}(?![\\p{L}\\p{N}]))?,?\\s*\\d{5}\\s+\\p{Lu}[\\p{L}-]+`,
      "gu",
    ),
    wordStart: "calle avenida avda. paseo carrer camino ronda via viale piazza corso vicolo rua travessa".split(" "),
    gate: fiveDigitsThenSpace,
    textGate: /\d{5}\s+\p{Lu}/u,
  },
  {
    // Session 49 (dev-81): a numbered street and its house number after N°, No. or # ("Calle 7 N° 1234 e/ 57 y 58" in La
    // Plata, "Carrera 15 # 93-47" in Colombia), perhaps with the cross streets after it; only with a home's cue or a
    // recipient's label before it: "las direcciones tipo "Carrera 7 # 71-21"" describes the format.
    rule: "address-es-it-pt",
    needsHomeCue: true,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:Calle|Carrera|Cra\\.|Avenida|Av\\.|Diagonal|Transversal|Diag\\.)\\s\\d{1,3}[A-Z]?(?:\\sbis)?\\s(?:N[°º]|No\\.?|Nro\\.?|#)\\s?\\d{1,5}(?:-\\d{1,4})?(?![\\p{L}\\p{N}])(?:\\s(?:e\\/|entre)\\s\\d{1,3}\\s(?:y|e)\\s\\d{1,3}(?![\\p{N}]))?`,
      "gu",
    ),
    wordStart: "calle carrera cra. avenida av. diagonal transversal diag.".split(" "),
  },
];

const LANDMARK_CUE =
  /\b(?:tower|museum|palace|cathedral|church|stadium|arena|headquarters|HQ|landmark|monument|memorial|embassy|consulate|city hall|town hall|zoo|gallery|opera|theat(?:re|er)|station|airport|library|visitor cent(?:re|er)|tourist|visit the|musée|tour|château|museo|palacio|stadion|rathaus|bahnhof|office|offices|headquartered|head office|hq|company|inc\.?|ltd\.?|llc|gmbh|corp(?:oration)?|store|shop|restaurant|café|cafe|hotel|branch|campus|university|school|colegio|escuela|école|scuola|schule|grundschule|szkoła|escola|hospital|clinic|pharmacy|bank|(?:the|our|their|law|accounting|audit|consulting|consultancy|architecture|engineering|design|recruitment|investment|security) firm|agency|ministry|department|embassy|our address|our store|visit us|find us|opening hours|open (?:daily|monday|mon)|ticket office|venue|conference|tickets?|ferry|sightseeing|showroom|visit our|our (?:\w+ )?team|cowork\w*|wework|regus|our (?:new )?(?:office|shop|store|studio|salon|clinic|practice|restaurant|location|premises|branch)|dentist|dental|veterinar\w*|vet|salon|barber|krankenhaus|krankenhäuser|klinik|klinikum|praxis|hôpital|clinique|ospedale|ziekenhuis|szpital|больниц\w*|one of the (?:largest|biggest|oldest|best|most)|eines der|l'un des|uno de los|uno dei|registered office|dept\.?|department|returns|warehouse|(?:zentral|auslieferungs|versand|waren|ersatzteil|hochregal|außen|aussen|logistik|distributions|regional|paletten|central)lager|lagerhalle|logistikzentrum|verteilzentrum|versandzentrum|fulfil+ment|distribution cent(?:re|er)|restaurant|trattoria|pizzeria|pasticceria|panificio|ferreter[ií]a|librer[ií]a|buchhandlung|supermercado|supermercato|domicilio social|sede legale|bistro|brasserie|bakery|boulangerie|pâtisserie|patisserie|panadería|bäckerei|pub|bar|book a table|reservation|siège|sede|sitz|firmensitz|geschäftsstelle|filiale|boutique|magasin|tienda|oficina|negozio|ufficio|biuro|siedziba|kantoor|bedrijf|winkel|vestiging|onze zaak|firma|nasza firma|sklep|oddział|escritório|empresa|loja|nossa loja|офис|магазин|музей|театр|courthouse|district court|county court|crown court|supreme court|court of appeals?|clerk of (?:the )?court|amtsgericht|landgericht|hôtel|law firm|solicitors|attorneys? at law|avocats?|cabinet d'avocats|notaires?|kanzlei|rechtsanw\w*|notariat|abogados|bufete|notaría|avvocati|studio legale|notaio|advocaten|advocatenkantoor|notaris|kancelaria)\b(?!\s+(?:supervisor|manager|assistant|worker|operative|staff|clerk|cashier|job|shift|role|experience)\b)/i;

const LANDMARK_CUE_ALL = new RegExp(LANDMARK_CUE.source, "gi");

/**
 * A business or landmark word before the address owns it unless (session 38, issue #15's leftover: "the bank agent
 * asked to confirm Irene Walsh's address, …", "a taxi from Heathrow airport to Doris Kemp, …") a person's full name (a
 * given name of the lexicon, then a known name: not "New York") stands between that word and the address: the address
 * is then the person's.
 */
function landmarkBeforeOwnsIt(before: string): boolean {
  let cueEnd = -1;
  LANDMARK_CUE_ALL.lastIndex = 0;
  for (let found = LANDMARK_CUE_ALL.exec(before); found !== null; found = LANDMARK_CUE_ALL.exec(before)) cueEnd = found.index + found[0].length;
  if (cueEnd < 0) return false;
  for (const pair of before.slice(cueEnd).matchAll(CAPITALISED_PAIR)) if (GIVEN_NAMES.has(pair[1]!.toLowerCase()) && isPersonName(pair[2]!)) return false;
  return true;
}

/**
 * Words that make an address someone's home even next to a business word ("my office is … but I live at …", session
 * 38: "pick up Tom from the station and drop him at …"); delivery to someone in the languages of session 49's exports
 * ("envío a Florencia Gatti, Bv. Oroño 1456", "kirim ke …"); someone's home named by a possessive (session 52, dev-90: "the
 * delivery should go to Ms. Tanaka's home at …, not the office", "installed at her home, …" before "job ticket").
 */
const PERSONAL_ADDRESS_CUE =
  /\b(?:i live|lives at|living at|(?:my|our) new address|new address is|(?:we|i)(?:'ve| have)? moved|(?:drop|dropping|drive|driving|take|taking|bring|bringing) (?:him|her|them|me|us)(?: off| home| back)? (?:at|to)|my (?:home|house|flat|apartment|address)|home address|his address|her address|their address|(?:his|her|their|your) (?:home|house|flat|apartment)|['’]s (?:home|house|flat|apartment)|ship(?:ping)? to|deliver(?:y)? to|send (?:it|the parcel|the package) to|resides|residing|residence|residential address|wohne|wohnt|wohnhaft|j'habite|habite|domicile|vivo en|vive en|abito|woon|mieszka\p{L}*|живу|живёт|проживает|env[ií]o a|enviar a|entregar a|entrega a|enviar para|entregar (?:em|para)|livrer à|livraison à|liefern an|lieferung an|spedire a|consegna a|wysyłka do|leveren aan|kirim ke|antar ke|giao (?:đến|tới)|ipadala sa)\b/iu;

/**
 * A shipping label's or waybill's recipient label before the address (session 49, dev-81): "Destinatario: Martín
 * Echeverría — Calle 7 N° 1234 …", "Receiver: …", "Odbiorca: …", "Penerima: …", "Người nhận: …", "Παραλήπτης: …".
 */
const RECIPIENT_LABEL =
  /(?<![\p{L}])(?:recipient|receiver|consignee|deliver to|ship to|destinatari[oa]|destinatário|destinataire|empfänger|odbiorca|получатель|отримувач|penerima|người nhận|παραλήπτης|ผู้รับ|المستلم|প্রাপক)\s?:/iu;

/** The writer's own home: stronger than a fiction cue ("I live at …, like the house in the film"). */
const OWN_ADDRESS_CUE =
  /\b(?:i live|i'm living|we live|my (?:home|house|flat|apartment|address)|our (?:home|house|flat|apartment|address)|home address|ship(?:ping)? to|deliver(?:y)? to|wohne|j'habite|vivo en|abito|woon|mieszkam|живу)\b/iu;

function runAddresses(text: string, emit: Emit, lower: string): void {
  for (const { rule, pattern, stems, wordStart, gate, textGate, needsHomeCue } of ADDRESS_PATTERNS) {
    if ((stems && !containsAny(lower, stems)) || (wordStart && !containsAnyAtWordStart(lower, wordStart)) || (gate && !gate(text, lower))) continue;
    if (textGate && !textGate.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let value = match[0];
      value = value.replace(RUN_ADDRESSES_PATTERN_1, (tail) => (tail.startsWith(".") && RUN_ADDRESSES_PATTERN_2.test(value.slice(0, -tail.length)) ? "." : ""));
      const normalized = value.toLowerCase().replace(RUN_ADDRESSES_PATTERN_3, " ");
      if (startsWithPublicAddress(normalized)) continue;
      // The public address of a landmark, shop or office ("Visit the Eiffel Tower at 5 Avenue Anatole France").
      // (the landmark or business may be named before or after the address, within the sentence).
      // The address's own words ("54 Church Road") are not a cue.
      const before = text.slice(Math.max(0, match.index - 80), match.index);
      const after = text.slice(match.index + value.length, Math.min(text.length, match.index + value.length + 80));
      if (isFictionalOrLandmarkAddress(normalized)) continue;
      // Fiction wins over "lives at" (Homer Simpson lives at …); only the writer's own home does not.
      const sentence = text.slice(...sentenceBounds(text, match.index));
      // A postcode makes it a real home whatever the story word ("book a taxi from …", "a seizure episode at her flat …").
      const fiction = (FICTION_CUE.test(sentence) || TABLETOP_CUE.test(sentence)) && !hasPostcode(value);
      if ((fiction || PUBLIC_FIGURE_PATTERN.test(sentence) || mentionsWellKnownPerson(sentence)) && !OWN_ADDRESS_CUE.test(before)) continue;
      const personal = PERSONAL_ADDRESS_CUE.test(before) || PERSONAL_ADDRESS_CUE.test(after) || LOCAL_PERSONAL_ADDRESS_CUE.test(before);
      const business =
        landmarkBeforeOwnsIt(before) || LANDMARK_CUE.test(after) || isNamedPlaceAddress(before, after) || localBusinessCue(before) || localBusinessCue(after);
      if (business && !personal) continue;
      if (needsHomeCue && !personal && !FLAT_BEFORE.test(before) && !FLAT_FIRST.test(value) && !RECIPIENT_LABEL.test(before)) continue;
      if (RUN_ADDRESSES_PATTERN_4.test(value) && RUN_ADDRESSES_PATTERN_5.test(value) && rule === "address-en") continue; // "2019 Main Street" reads as a year too rarely; keep years out
      // Its unit, district, town, state and postcode after it and a house label before it (session 49, dev-81).
      emit("street_address", addressHeadStart(text, match.index), addressTailEnd(text, match.index + value.length), rule, PRIORITY.contextual + 5);
    }
  }
}

// --- Health: a named person together with a condition ----------------------------------------
// Later lists first: "cancer du sein" must win over the English "cancer" at the same position.
/** Same terms over lower-cased text without the i/u flags: about twice as fast (used when lower-casing keeps offsets). */
const HEALTH_PATTERN_LOWER = new RegExp(
  `(?<![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])`,
  "g",
);
/** Every term starts with one of these: none at a word start of the lower-cased text, no match (checked first). */
const HEALTH_PREFIXES = literalPrefixes(HEALTH_TERMS.join("|"));
const HONORIFIC =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Hr|Fr|M|Mme|Mlle|Sr|Sra|Srta|Señor|Señora|Don|Doña|Sig|Sig\.ra|Signor|Signora|signor|signora|señor|señora|Senhor|Senhora|senhor|senhora|monsieur|madame|Dhr|Mevr|Mevrouw|Meneer|dhr|mevr|mw|mevrouw|meneer|de heer|Herrn|Ông|Bà|Chị|patient|Patient|Patientin|patiente|paciente|paziente|Pt|Pan|Pani|pan|pani|pacjent|pacjentka|Pacjent|Pacjentka|г-н|г-жа|господин|госпожа|Господин|Госпожа|пациент|пациентка|Пациент|Пациентка|больной|больная|Больной|Больная|paní|Paní|pacient|pacientka|Pacient|Pacientka|domnul|doamna|Domnul|Doamna|Dl|Dna|pacientul|pacienta|Bi|Bw|Bwana|Mgonjwa|mgonjwa|pasyente|Pasyente|κ|κος|κα|κύριος|κυρία|Κύριος|Κυρία|ασθενής|Ασθενής)\.?\s+\p{Lu}[\p{Ll}'’-]*\p{Ll}/u;
const NAME_PAIR =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}\.?)?\s+(?:(?:van|von|de|da|del|di|le|la|der|den|du|dos|mc|o')\s+)?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?/gu;
const FIRST_NAME_WORD = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu;
/**
 * Session 52 (dev-91): fiction words, "publicly", a press conference, Olympic and champion in the European languages too.
 */
export const PUBLIC_CUE =
  /\b(?<!(?:kein|keine|keinen|not a|not an|no|pas un|pas une|non è un|non è una|não é um|não é uma|no es una|no es un|nie)\s)(?:president|prime minister|taoiseach|tánaiste|king|queen|prince|princess|pope|drottning|dronning|koningin|rainha|królowa|actor|actress|singer|rapper|musician|drummer|guitarist|bassist|frontman|frontwoman|(?:film|movie|pop|rock|tv|television|screen|hollywood|football|soccer|tennis|sports?|reality tv) star|comedian|comedienne|(?:tv|television|radio) (?:presenter|host)|talk[- ]show host|filmstar|popstar|fußballer|fußballstar|fernsehmoderator\w*|footballeur|star de (?:cinéma|la télé|hollywood)|futbolista|estrella de(?: la)? (?:cine|televisión|pop|rock|hollywood)|calciatore|attore|attrice|composer|painter|writer|author|poet|physicist|scientist|athlete|footballer|boxer|tennis|celebrity|famous|famously|historical|biography|wikipedia|publicly|public figure|revealed in (?:an|his|her) interview|präsident|kanzler|könig|königin|schauspieler\w*|sänger\w*|berühmt|président|roi|reine|acteur|actrice|chanteu\w+|célèbre|presidente|rey|reina|actor|actriz|cantante|famos[oa]|fictional|(?<!(?:special|unicode|escape|escaped|invalid|illegal|control|newline|null|wildcard|single|ascii|utf-8|\d) )character(?! (?:encoding|set|limit|count|class|code|string|width|length|escape|map|type|data)\b| entit)|protagonist|heroine|villain|novel|sitcom|tv (?:show|series)|(?<!(?:psychotic|manic|hypomanic|depressive|mixed|psychotische[nr]?|manische[nr]?) )episode|season \d+|in the (?:book|film|movie|series|show|play|game|novel|comic|manga|anime)|roman|romanfigur|personnage|personaje|personaggio|landmark|tourist|museum|monument|fiction|story|short story|kurzgeschichte|erzählung|relato|opowiadanie|publiquement|públicamente|pubblicamente|publicamente|publiekelijk|publicznie|press conference|pressekonferenz|conférence de presse|rueda de prensa|conferencia de prensa|conferenza stampa|conferência de imprensa|persconferentie|konferencj\p{L}* prasow\p{L}*|olymp\p{L}+|olímpic\p{L}*|olimpic\p{L}*|olimpijsk\p{L}*|championne|campeona|campeã|campionessa|mistrzyni|fairy tale|screenplay|script for|plot|chapter|(?:write|draft) (?:a|the|this) scene|scene (?:where|in which)|szene,? in der|scène où|escena (?:en (?:la )?que|donde)|scena in cui|cena em que|fanfic(?:tion)?|role-?play|rpg|npc|d&d|dungeons|campaign setting|imaginary|made-up|invented character|textbook|case study|case vignette|clinical vignette|vignette|hypothetical|released|album|debut|starred|starring|elected|inaugurated|nobel|oscar|grammy|olympic|champion|founder of|ceo of|inventor|mathematician|chemist|philosopher|novelist|explorer|astronaut|senator|governor|minister|chancellor|emperor|empress|saint|historia(?! cl[ií]nica)|(?<!(?:te|le|les|os|nos|me|se) )cuento|novela|racconto|romanzo|powieść|bohater\p{L}*)\b|(?<![\p{L}])(?:персонаж\p{L}*|роман\p{L}*|сказк\p{L}*|писател\p{L}*|актёр\p{L}*|актер\p{L}*|актрис\p{L}*|певец|певиц\p{L}*|президент\p{L}*|román(?:u|ě|em|y|ů)|prezident\p{L}*|herec|herečk\p{L}*|zpěvák\p{L}*|spisovatel\p{L}*|regény\p{L}*|színész\p{L}*|énekes\p{L}*|miniszterelnök\p{L}*|regele|regelui|primarul|primăria|ministrul|deputatul|președinte\p{L}*|presedinte\p{L}*|actriț\p{L}*|cântăreț\p{L}*|scriitor\p{L}*|romanul\p{L}*|πρωθυπουργ\p{L}*|πρόεδρο\p{L}*|υπουργ\p{L}*|ηθοποι\p{L}*|τραγουδιστ\p{L}*|συγγραφέ\p{L}*|μυθιστόρημα\p{L}*|ταινία\p{L}*)/iu;
/**
 * A biography asked for ("write a short bio paragraph"): public unless the window names a workplace or the writer's
 * circle ("a short bio for our new hire Tom …, he was diagnosed with epilepsy" is a colleague's health).
 */
const BIO_CUE = /\b(?:(?:short|brief|author|speaker|artist|official) bio|bio (?:paragraph|section|page))\b/i;
const CIRCLE_CUE = /\b(?:our|my|team|colleague|colleagues|co-?workers?|new hire|staff|employee|intranet|hr|manager|neighbou?r|friend)\b/i;

/** A public cue in the window: a public role, a work of fiction, or a biography of no one in the writer's circle. */
/**
 * "According to the press", "według mediów" …: a published fact (care-person.ts reads the same cues) — unless the window
 * names the writer's circle ("Anna Weber, my neighbour, has HIV, according to media reports": session 43 review).
 */
const PRESS_CUE = new RegExp(`(?<![\\p{L}])(?:${PRESS_REPORT_CUES})(?![\\p{L}])`, "iu");
function publicCueIn(window: string): boolean {
  return PUBLIC_CUE.test(window) || ((PRESS_CUE.test(window) || BIO_CUE.test(window)) && !CIRCLE_CUE.test(window));
}

const PERSON_DISCLOSURE_VERB = new CaselessPattern(
  /['’]s\s|diagnos\p{L}*|\b(?:tested|your|likely|reason|because of|due to|wegens|vanwege|aufgrund|wegen|en raison (?:de|du|des|d)|cause (?:de|du|des|d)|debido a|a causa (?:de|di)|por causa (?:de|do|da)|sick (?:leave|note|day)|type=sick|positiv[oae]?|positif|salió|opgenomen|absente?s? (?:pour|for|due to|because of)|krankgeschrieben|arrêt maladie|baja por)\b|\b(?:out|off|away)(?: (?:until|till)[^.\n]{0,25})?\s*(?:—|–|:|with|after|due to|because of|following)\s|\b(?:pmh|hx|dx|h\/o|history of|known case of|assessment|impression|problem list|comorbidities)\b|\b(?:test (?:came back|was|is)|results?|prescription|medication|therapy|appointment|starts|started|living with|lives with|battling|fighting|recovering|undergoing|diagnosed|diagnosis|suffers?|suffering|has|had|have|is|was|treated|treatment|tested positive|admitted|hospitali[sz]ed|prescribed|reported|reports|disclosed|discloses|takes|taking|recovering|relapse|hat|hatte|leidet|leidet an|wurde|ist|erkrankt|diagnostiziert|est|a (?:un|une|des|du|de la|eu)|souffre|atteinte?|diagnostiqué|traité|tiene|tuvo|padece|sufre|fue diagnosticad[oa]|ha (?:il|la|lo|un|una|l['’])|soffre|è affett[oa]|heeft|lijdt|with|mit|avec|con|com|met|ko|hai|hua|ho gaya|ho gayi|his|her|their|known|k\/c\/o|follow-?up of|f\/u of|management of|affett[oa] da|affetta da|malat[oa] di|está con|esta con|está com|sofre de|tem|presenta|presents with|présente|recovering from|suspected|evaluation of|leave for|(?:leave|absence|time off|off work|off sick) (?:after|because of|due to|with)|har|hade|lider av|fikk|fick|hospitalis[ée]e? pour|trait[ée]e? pour|opér[ée]e? (?:de|du|pour))\b|(?<![\p{L}])(?:у (?:него|неё|нее|его|ее)|страдает|болеет|болен|больна|диагноз\p{L}*|диагностировал\p{L}*|выявил\p{L}*|обнаружил\p{L}*|поставил\p{L}*|лечится|лечение|заболевани\p{L}*|перен[её]с\p{L}*|принимает|ma|miał\p{L}*|choruje na|cierpi na|zdiagnozowan\p{L}*|zdiagnozowano|diagnoz\p{L}*|leczy się|leczon\p{L}*|przeszedł|przeszła|przyjmuje|jest w|z|má|trpí|léčí se|je po|bere|užívá|kvůli|diagnóza|diagnózou|diagnostikován\p{L}*|szenved|diagnosztizált\p{L}*|kezelik|szed|are|suferă de|sufera de|diagnosticat\p{L}*|internat\p{L}* cu|ia|è|es|era|está|är|får|a fait|reçoit|commence|a commencé|empieza|empezó|recibe|fazer|fez|começou|iniciou|recebe|inizia|ha iniziato|riceve|bekommt|beginnt|begann|begint|toma|tomó|tomou|tomando|tomava|prende|prendeva|assume|prend|prenait|nimmt|nahm|neemt|slikt)(?![\p{L}])/u
    .source,
  "u",
);

/**
 * The sentence around `index` (bounded to about 220 characters each way). When no boundary is near,
 * the bounds snap to a 200-character grid so that many matches in one long run of text share one
 * sentence (and one cached verdict) instead of each paying for its own window.
 */
function isSentenceEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 33 || code === 63 || code === 10) return true; // ! ? newline
  if (code !== 46) return false; // .
  const next = text.charCodeAt(index + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 9)) return false;
  return !IS_SENTENCE_END_PATTERN_1.test(text.slice(Math.max(0, index - 4), index));
}

/**
 * The sentence around `index` (bounded to about 220 characters each way). When no boundary is near,
 * the bounds snap to a 200-character grid so that many matches in one long run of text share one
 * sentence (and one cached verdict) instead of each paying for its own window.
 */
function sentenceBounds(text: string, index: number): [number, number] {
  const block = index - (index % 200);
  let start = index;
  while (start > 0 && !isSentenceEnd(text, start - 1)) {
    if (index - start >= 220) {
      start = Math.max(0, block - 200);
      break;
    }
    start--;
  }
  let end = index;
  while (end < text.length && !isSentenceEnd(text, end)) {
    if (end - index >= 220) {
      end = Math.min(text.length, block + 400);
      break;
    }
    end++;
  }
  return [start, end];
}

const CAPITALISED_NON_NAMES = new Set(
  (
    "the this that these those my our your his her their a an what how why when where which who is are was were can could should would will do does did " +
    "has have had if in on at for from with and or but not no yes please hi hello dear thanks monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december new north south east west united great saint st " +
    "der die das ein eine mein meine unser unsere dein deine sein seine ihr ihre wie was warum wann wo welche welcher ist sind hat haben bitte " +
    "le la les un une mon ma mes notre votre son sa ses comment pourquoi quand est sont el los las mi mis su sus nuestro cómo por qué cuándo es son " +
    "type typ stage grade covid hiv aids ptsd adhd ocd copd doctor dr prof professor nurse hospital clinic university " +
    // The head words of benefits' names (session 46): "Pension Credit", "Carer's Allowance", "Child Benefit" are no people.
    "credit allowance benefit"
  ).split(" "),
);
const NAME_FOLLOWED_BY_VERB =
  /^\s*,?\s*(?:\d{1,3},?\s*)?(?:(?:who|der|die|qui|que|che)\s+)?(?:has|had|is|was|suffers|suffered|got|gets|takes|took|tested|lives|can['’]t|cannot|won['’]t|couldn['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|needs|reported|hat|hatte|ist|leidet|wurde|a|est|souffre|tiene|tuvo|padece|sufre|fue|ha|è|soffre|heeft|is|ma|miał|miała|choruje|cierpi|jest|har|hade|tar|fick|lider)\b|^\s*,?\s*(?:страдает|болеет|болен|больна|получает|зарабатывает|должен|должна|имеет|перенёс|перенесла|лечится|проходит|была?|ma|miała?|choruje|cierpi|zarabia|jest)(?![\p{L}])/iu;

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|this|that|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|de|het|o|os|as)\s+$/iu;

function likelyNamePair(pair: string, after: string, before = ""): boolean {
  if (ARTICLE_BEFORE.test(before)) return false;
  const words = pair.split(LIKELY_NAME_PAIR_PATTERN_1).map((word) => word.toLowerCase().replace(LIKELY_NAME_PAIR_PATTERN_2, ""));
  if (words.some((word) => CAPITALISED_NON_NAMES.has(word))) return false;
  if (words.some((word) => isHealthTermWord(word))) return false;
  return NAME_FOLLOWED_BY_VERB.test(after) || PRONOUN_SENTENCE_AFTER.test(after);
}

/** The pair ends a sentence and the next one starts with "She"/"He": the pronoun takes the pair up as a person. */
const PRONOUN_SENTENCE_AFTER = /^[.;]\s+(?:She|He|Sie|Er|Elle|Il|Ella|Él|Lei|Zij|Hij|Ona|On|Hon|Han)\s/u;

/** Both words of a capitalised pair are in the people-names lexicon ("Solveig Abernathy"). */
function lexiconNamePair(pair: string, before: string, after: string): boolean {
  const words = pair
    .split(LIKELY_NAME_PAIR_PATTERN_1)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.replace(LIKELY_NAME_PAIR_PATTERN_2, ""));
  if (words.length < 2 || words.some((word) => CAPITALISED_NON_NAMES.has(word.toLowerCase()))) return false;
  const known = (word: string) => isPersonName(word) || GIVEN_NAMES.has(word.toLowerCase());
  // Portuguese, Catalan and spoken Spanish and Italian put an article before a person ("O Ricardo Lemos tem …", "la
  // Martina Gómez"): after an article, a pair counts only when every word is a known name.
  if (ARTICLE_BEFORE.test(before)) return words.every(known);
  // A known surname after an unknown given name counts when the pair stands apart ("Solveig Abernathy, né le …").
  if (STATE_AND_POSTCODE_AFTER.test(after)) return false;
  return (
    known(words[words.length - 1]!) && (words.slice(0, -1).every(known) || (LEXICON_NAME_PAIR_PATTERN_1.test(after) && !TOWN_AND_POSTCODE_AFTER.test(after)))
  );
}

/**
 * A town and a numeric postcode after the pair (", Pretoria, 0081", ", Parramatta NSW 2150", ", Auckland 1025"): the pair
 * is an address's suburb or estate ("Lynnwood Manor"), not a person with an unknown given name; a state code and
 * postcode (", CA 94110", ", NSW 2150") follow a city ("San Francisco"), never a person (session 50, dev-84).
 */
const STATE_AND_POSTCODE_AFTER = /^[ \t]*,[ \t]*[A-Z]{2,3}[ \t]+\d{4,5}(?![\p{N}])/u;
const TOWN_AND_POSTCODE_AFTER = /^[ \t]*,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:,[ \t]*|[ \t]+(?:[A-Z]{2,3}[ \t]+)?)\d{4,5}(?![\p{N}])/u;

/** "my colleague Kwame O'Brien", "mein Nachbar Karl Huber", "mi padre, Juan": a relation word before a capitalised name. */
const RELATION_OWNERS =
  "my our his her their mein meine meinen meinem meiner unser unsere unseren ma mon mes notre mi mis nuestro nuestra il_mio la_mia mio mia mijn onze meu minha mój moja mojego mojej nasz nasza мой моя моего моей моему нашему наш наша мій мого моєї моєму min mitt mina vår vårt våra";
const RELATION_WORDS =
  "wife husband son daughter child kid mother father mom mum dad brother sister friend colleague coworker co-worker neighbour neighbor boss manager employee patient client customer tenant partner fiancé fiancée uncle aunt cousin nephew niece grandmother grandfather grandma grandpa grandson granddaughter student teacher " +
  "girlfriend boyfriend ex ex-wife ex-husband stepson stepdaughter stepmother stepfather roommate flatmate housemate classmate teammate bandmate drummer guitarist bassist keyboardist landlord landlady lodger nanny babysitter cleaner carer caregiver tutor intern assistant " +
  "frau mann sohn tochter mutter vater bruder schwester freund freundin kollege kollegin nachbar nachbarin chef chefin mitarbeiter mitarbeiterin patient patientin " +
  "femme mari fils fille mère père frère sœur soeur ami amie collègue voisin voisine esposa esposo marido hijo hija madre padre hermano hermana amigo amiga compañero compañera vecino vecina jefe paciente " +
  "moglie marito figlio figlia fratello sorella collega vicino vicina vrouw man zoon dochter moeder vader broer zus buurman buurvrouw filho filha mãe pai irmão irmã colega vizinho vizinha " +
  "żona mąż syn córka matka ojciec mama tata brat siostra przyjaciel przyjaciółka kolega koleżanka sąsiad sąsiadka szef szefowa pracownik pracownica pacjent pacjentka klient klientka babcia dziadek " +
  "жена муж сын дочь мать отец мама папа брат сестра друг подруга коллега сосед соседка начальник начальница сотрудник сотрудница пациент пациентка клиент клиентка бабушка дедушка коллеге соседу соседке брату сестре маме папе отцу матери другу подруге мужу жене сыну дочери " +
  "колега колезі сусід сусідка чоловік дружина донька мати батько тато брат сестра друг подруга " +
  "svåger svägerska moster faster morbror farbror " +
  "fru man son dotter mor far mamma pappa bror syster vän kollega granne chef kusin kone mann datter bror søster venn nabo";
/** Either case for the first letter only, so that the name after it must really be capitalised (no `i` flag). */
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`.replace(/_/g, " ");
const RELATION_NAME = new RegExp(
  `(?<![\\p{L}])(?:${RELATION_OWNERS.split(" ").map(eitherCase).join("|")})\\s+(?:\\p{Ll}+\\s+)?(?:${[...new Set(RELATION_WORDS.split(" "))].map(eitherCase).join("|")})\\s*,?\\s+\\p{Lu}[\\p{Ll}'’-]+`,
  "u",
);

/** Indonesian and Malay put the owner after the relation word: "teman saya, Andi Pratama", "ibu saya Sri". */
const RELATION_NAME_AFTER =
  /(?<![\p{L}])(?:[Tt]eman|[Rr]ekan(?: kerja)?|[Ii]bu|[Aa]yah|[Bb]apak|[Kk]akak|[Aa]dik|[Ss]uami|[Ii]stri|[Aa]nak|[Tt]etangga|[Aa]tasan|[Kk]aryawan)\s+(?:saya|aku|kami)\s*,?\s+\p{Lu}[\p{Ll}'’-]+/u;

/** A public figure of the lexicon, any case (also read by payment-receipts.ts). */
export const PUBLIC_FIGURE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${[...PUBLIC_FIGURES]
    .sort((left, right) => right.length - left.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}])`,
  "iu",
);

/**
 * A labelled name in a note or form: `Name: …`, `Patient: …`, `ФИО: …`, `Imię i nazwisko: …`; not a template's
 * `Patient: NAME`, `Name: XXX`, `Patient: N/A` (session 39 review), nor a transcript's speaker turn (`Patient: i'm doing
 * okay`, `Patient: Yes, doctor.`: session 54, dev-96).
 */
const NAME_LABEL =
  /(?:^|[\n,;|])\s*(?:name|full name|patient(?: name)?|pt(?: name)?|bệnh nhân|họ tên|họ và tên|nama(?: pasien| lengkap)?|pasien|hasta|ad soyad|claimant|insured|policyholder|member(?: name)?|applicant|tenant|beneficiary|resident|employee(?: name)?|customer(?: name)?|client(?: name)?|nom(?: complet)?|nom du patient|nombre(?: completo)?|nome(?: completo)?|naam|imię(?: i nazwisko)?|nazwisko|pacjent|имя|фио|пациент|姓名|氏名|患者|이름|성명|환자|नाम|مریض|الاسم|اسم المريض|المريض|المريضة|मरीज़?|रोगी|ผู้ป่วย|ชื่อ|שם(?: מלא)?|מטופל(?:ת)?|עובד(?:ת)?|όνομα|ονοματεπώνυμο|ασθενής|jméno(?: a příjmení)?|pacient(?:ka|ul|a)?|zaměstnan(?:ec|kyně)|név|beteg|páciens|nume(?: și prenume)?|angajat(?:ul|a)?|pangalan|pasyente|jina|mgonjwa|نام(?: و نام خانوادگی)?|بیمار|নাম|রোগী)\s*[:：]\s*(?!(?:name|xxx+|n\/a|i|i'm|im|hi|hey|hello|yes|yeah|yep|no|nope|um|uh|umm|okay|ok|oh|sure|thanks|thank you|mm-hmm|mm|hmm)(?![\p{L}\p{N}]))[\p{Lu}\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}]/iu;

/**
 * A lone given name used as a place or a thing (session 43, dev-51): its state or country after it between commas ("Elizabeth, New Jersey,", "Aurora,
 * Colorado,", "Mercedes, en Uruguay,"), a place noun after it ("Lincoln County", "Regina General Hospital"), or a noun
 * that makes a compound with it ("Grace periods", "Penny stocks", "Amber warnings"). Person evidence read elsewhere (a
 * relation word, a surname, a disclosure verb) is unaffected; only the lone name stops counting as a person.
 */
const PLACE_AFTER =
  /^(?:,\s+(?:(?:en|in|em|w|im)\s+)?(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?\s*,|,[ \t]+[A-Z]{2}[ \t]+\d{5}(?![\p{N}])|\s+(?:County|City|General|Hospital|College|University|Zoo|Airport|Council|Metro|Harbou?r|Bay|Beach|Valley|Springs|Heights)(?![\p{L}])|\s+(?:periods?|stocks?|payments?|berr(?:y|ies)|heat|waves?|alerts?|warnings?|rates?|prices?|sales|holidays?|terms?|sessions?|schedules?|months?|solstice|festival|seasons?)(?![\p{L}])|-(?:based|themed)(?![\p{L}]))/u;

/**
 * A pet word right before a given name (session 54 review: "Our dog Max had his knee surgery", "Unser Hund Max hat
 * Arthrose", "my cat Luna was diagnosed with diabetes"): the name is the animal's, a vet's question names no person.
 */
const PET_BEFORE =
  /(?<![\p{L}])(?:dog|cat|puppy|pup|kitten|horse|pony|rabbit|bunny|hamster|parrot|hund|hündin|katze|kater|welpe|pferd|chien|chienne|chat|chatte|chaton|chiot|cheval|perro|perra|gato|gata|cachorro|cachorra|caballo|cane|gatto|gatta|cagnolin[oa]|cavallo|hond|kat|poes|paard|pies|kot|kotka|koń|köpek|kedi|hunden|katten)[ \t]{1,3}$/iu;

function placeNotPerson(sentence: string, end: number): boolean {
  const after = PLACE_AFTER.exec(sentence.slice(end, end + 48));
  if (after === null) return false;
  // Between commas, a known given name is a list of people ("Jordan, Anna, and Tom"), not a place.
  return ![after[1], after[2]].some((word) => word !== undefined && GIVEN_NAMES.has(word.toLowerCase()));
}

/** `place`: where `sentence` lies in the scanned text, so that its pattern starts answer the checks (pattern-starts.ts). */
function namedPersonIn(text: string, place?: WindowPlace): { found: boolean; publicFigure: boolean; fullName: boolean } {
  // A brand named with a title ("Uncle Ben's rice", "Mr. Clean brand") names no one (brand-names.ts, session 49).
  const sentence = withoutPlaceholderPeople(withoutBrandNames(text));
  let found = false;
  let publicFigure = false;
  const test = (pattern: RegExp) => testWindow(pattern, sentence, place);
  if (
    test(HONORIFIC) ||
    test(RELATION_NAME) ||
    (test(NAME_LABEL) && labelsAName(NAME_LABEL, sentence)) ||
    test(RELATION_NAME_AFTER) ||
    nameWithRelationApposition(sentence)
  )
    found = true;
  // Everything but a lone given name ("Mark has $50 …", the usual maths word problem) names someone.
  let fullName = found;
  // The name checks below only ever set `found`: once it is true they are skipped (the loop stops).
  NAME_PAIR.lastIndex = 0;
  for (let match = found || !mayMatchWindow(NAME_PAIR, sentence, place) ? null : NAME_PAIR.exec(sentence); match !== null; match = NAME_PAIR.exec(sentence)) {
    if (GIVEN_NAMES.has(match[1]!.toLowerCase())) found = true;
    else if (
      lexiconNamePair(
        match[0],
        sentence.slice(Math.max(0, match.index - 8), match.index),
        calendarTitleName(sentence, match.index, match.index + match[0].length)
          ? ","
          : sentence.slice(match.index + match[0].length, match.index + match[0].length + 20),
      )
    )
      found = true;
    else if (
      likelyNamePair(
        match[0],
        sentence.slice(match.index + match[0].length, match.index + match[0].length + 40),
        sentence.slice(Math.max(0, match.index - 8), match.index),
      )
    )
      found = true;
    if (found) break;
    // "Kardeşim Burak Çelik", "Mamma Birgitta Svensson": after a sentence-initial word that is no name
    // (a kinship word, a greeting), the name may start at the pair's second word.
    if (
      (match.index === 0 || NAMED_PERSON_IN_PATTERN_1.test(sentence.slice(Math.max(0, match.index - 3), match.index))) &&
      !CAPITALISED_NON_NAMES.has(match[1]!.toLowerCase())
    )
      NAME_PAIR.lastIndex = match.index + match[1]!.length;
  }
  fullName ||= found;
  if (!fullName && mayMatchWindow(FIRST_NAME_WORD, sentence, place)) {
    FIRST_NAME_WORD.lastIndex = 0;
    for (let match = FIRST_NAME_WORD.exec(sentence); match !== null; match = FIRST_NAME_WORD.exec(sentence)) {
      if (!GIVEN_NAMES.has(match[0].toLowerCase())) continue;
      if (placeNotPerson(sentence, match.index + match[0].length)) continue;
      if (PET_BEFORE.test(sentence.slice(Math.max(0, match.index - 16), match.index))) continue;
      found = true;
      // A given name next to another capitalised word ("Сотрудник Олег Смирнов", "Иванов Иван") is a full name.
      const end = match.index + match[0].length;
      const next = NAMED_PERSON_IN_PATTERN_2.exec(sentence.slice(end, end + 32))?.[1];
      const previous = NAMED_PERSON_IN_PATTERN_3.exec(sentence.slice(Math.max(0, match.index - 32), match.index))?.[1];
      if ([next, previous].some((word) => word !== undefined && !CAPITALISED_NON_NAMES.has(word.toLowerCase()))) {
        fullName = true;
        break;
      }
    }
  }
  if (!found && possessiveLexiconName(sentence)) found = true;
  if (test(PUBLIC_FIGURE_PATTERN)) publicFigure = true;
  return { found, publicFigure, fullName };
}

/**
 * A lone name from the people-names lexicon in the possessive before an ordinary noun: "Jamal's
 * therapist", "Chloe's chemo". Eponyms of conditions and laws ("Parkinson's disease", "Crohn's",
 * "Murphy's law") are not people.
 */
const POSSESSIVE_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,20})['’]s\s+(\p{Ll}{2,20})/gu;
const EPONYM_NEXT =
  /^(?:disease|syndrome|disorder|palsy|lymphoma|sarcoma|phenomenon|ataxia|chorea|thyroiditis|anomaly|contracture|dementia|sign|test|law|theorem|principle|razor|paradox|constant|equation|method|algorithm|rule|number|formula|hypothesis|conjecture)$/;

function possessiveLexiconName(sentence: string): boolean {
  if (!sentence.includes("'s") && !sentence.includes("’s")) return false;
  POSSESSIVE_NAME.lastIndex = 0;
  for (let match = POSSESSIVE_NAME.exec(sentence); match !== null; match = POSSESSIVE_NAME.exec(sentence)) {
    const word = match[1]!;
    if (ARTICLE_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue; // "the New Deal's"
    if (EPONYM_NEXT.test(match[2]!) || CAPITALISED_NON_NAMES.has(word.toLowerCase())) continue;
    if (isHealthTermWord(word) || isHealthTermWord(`${word}'s`)) continue;
    if (GIVEN_NAMES.has(word.toLowerCase()) || isPersonName(word)) return true;
    if (CARER_AFTER_POSSESSIVE.test(match[2]!) && knownGivenNameBefore(sentence, match.index, word)) return true;
  }
  return false;
}

/**
 * Session 54: a known given name right before the possessive word, which is then the surname whatever the lexicon holds,
 * when a relative, carer or teacher follows it ("Jayden Cole's parents", "Jayden Cole's mum", "… Cole's teacher"); not a
 * place's or an organisation's name ("Victoria Station's", "Georgia Tech's", "Chester Zoo's vets":
 * PLACE_OR_BODY_SURNAME and the noun after it), nor after an article.
 */
const CARER_AFTER_POSSESSIVE =
  /^(?:parents?|mum|mom|mummy|mommy|dad|daddy|mother|father|guardians?|carers?|caregivers?|teachers?|coach|nanny|childminder|babysitter|wife|husband|partner|family|sister|brother|grandma|grandmother|grandpa|grandfather|son|daughter|kids?|children)$/;
const GIVEN_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})[ \t]$/u;
const PLACE_OR_BODY_SURNAME =
  /^(?:Station|Tech|Zoo|Aquarium|Farm|Airport|University|College|School|Hospital|Clinic|River|Lake|Bay|Park|Street|Road|Avenue|Square|Center|Centre|Hall|House|Bank|Group|County|City|Town|Valley|Beach|Island|Mountain|Bridge|Church|Chapel|Cathedral|Palace|Castle|Tower|Theatre|Theater|Museum|Library|Stadium|Arena|Market|Mall|Hotel|Garden|Gardens|Institute|Foundation|Trust|Society|Club|Council|Court|Line|Mills|Motors|Records|Studios|Press|Media|News|Times|Post|Inc|Ltd|Co)$/u;

function knownGivenNameBefore(sentence: string, index: number, surname: string): boolean {
  if (PLACE_OR_BODY_SURNAME.test(surname)) return false;
  const given = GIVEN_NAME_BEFORE.exec(sentence.slice(Math.max(0, index - 22), index))?.[1];
  if (given === undefined || CAPITALISED_NON_NAMES.has(given.toLowerCase())) return false;
  const givenStart = index - given.length - 1;
  if (ARTICLE_BEFORE.test(sentence.slice(Math.max(0, givenStart - 8), givenStart))) return false;
  return GIVEN_NAMES.has(given.toLowerCase()) || isPersonName(given);
}

/** Multiple-choice exam questions: "which of the following", or two lettered option lines. */
const EXAM_QUESTION = /which of the following|answer choices|(?:^|\n)[ \t]*\(?[A-J][.)][ \t]+[^\n]{1,200}\n[ \t]*\(?[B-J][.)][ \t]/i;

const STRONG_DISCLOSURE =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:has|had) been diagnosed|was diagnosed|is diagnosed|got diagnosed|suffers from|is suffering from|tested positive|is being treated|was admitted|was hospitali[sz]ed|wurde mit|leidet an|leidet unter|ist an|a été diagnostiquée?|souffre d[e'’]|est atteinte? d|fue diagnosticad[oa]|padece|sufre de|è stat[oa] diagnosticat[oa]|soffre di|страдает|болеет|(?:был|была) госпитализирован\p{L}*|choruje na|cierpi na|jest chor[ya]|ma zdiagnozowan\p{L}*)/u;
/** STRONG_DISCLOSURE's subject, unless a pet word stands right before it ("my cat Luna was diagnosed …": session 54). */
function strongDisclosure(sentence: string): RegExpExecArray | null {
  const strong = STRONG_DISCLOSURE.exec(sentence);
  return strong !== null && PET_BEFORE.test(sentence.slice(Math.max(0, strong.index - 16), strong.index)) ? null : strong;
}
const NOT_NAMES = new Set(
  "he she they we i it this that who which my our his her their the a an er sie es wir ich il elle ils on je él ella ellos yo lui lei egli nobody everyone someone somebody anyone people many most patients children men women adults no one".split(
    " ",
  ),
);

/** The sentence before a condition says its person is being treated or was diagnosed (a fragment may follow). */
const TREATMENT_BEFORE =
  /(?<![\p{L}])(?:in behandlung|in therapie|in treatment|being treated|under treatment|en traitement|sous traitement|en tratamiento|em tratamento|in cura|in terapia|in behandeling|w leczeniu|tedavi görüyor|under behandling|diagnos\p{L}*|diagnoz\p{L}*|tanısı|teşhisi)(?![\p{L}])/iu;

/**
 * A calendar entry titled with a person and a treatment (session 42, dev-44): an iCalendar `SUMMARY:` (or
 * `SUMMARY;LANGUAGE=…:`) holding two or three capitalised words and a dash right before the term ("SUMMARY:Gareth Lyle –
 * haemodialysis"). The person test (namedPersonIn) still decides whether the words are a name.
 */
const CALENDAR_TITLE_BEFORE = /(?<![\p{L}])SUMMARY(?:;[^:\n]{0,40})?:[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}[ \t]*[–—-][ \t]*$/u;

const CALENDAR_TITLE_START = /(?<![\p{L}])SUMMARY(?:;[^:\n]{0,40})?:[ \t]*$/u;
const DASH_AFTER = /^[ \t]*[–—-][ \t]/u;

/** A pair that is a calendar entry's title before a dash ("SUMMARY:Gareth Lyle – …") stands apart, as before a comma. */
function calendarTitleName(sentence: string, start: number, end: number): boolean {
  return DASH_AFTER.test(sentence.slice(end, end + 4)) && CALENDAR_TITLE_START.test(sentence.slice(Math.max(0, start - 56), start));
}

/** A possessive right before the condition ("Seine Chemotherapie", "sa maladie de Crohn", "jej białaczka"). */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:seine?[mnrs]?|ihre?[mnrs]?|son|sa|ses|leur|su|sus|suo|sua|zijn|haar|hans|hennes|jego|jej)\s+$/iu;

/**
 * A condition word used of things rather than a body: "alcoholic and non-alcoholic drinks", "non-alcoholic beer",
 * "the indexing operation", "their overall operation plan", "a covert operation", "co-operation with all States".
 */
const THING_AFTER =
  /^(?:\s+(?:and|or|&)\s+non-?\p{L}|\s+(?:drinks?|beverages?|content|plans?|planning|manager|costs?|mode|team|centre|center|research|theatre|theater|is performed in|was performed by the)(?![\p{L}]))/iu;
const NOT_BODY_BEFORE =
  /(?:(?<![\p{L}])(?:non|co)-|(?<![\p{L}])(?:indexing|military|police|covert|rescue|business|overall|joint|naval|combat|special|sting|smuggling|criminal|arithmetic|atomic|bitwise|database|write|read|mathematical|logical|string|array|file|i\/o|network|mining|drug|undercover|intelligence|security|cleanup|clean-up|whole|entire|daily|ongoing)\s+)$/iu;
const AMBIGUOUS_CONDITION = /^(?:operation|operations|alcoholic|alcoholics)$/iu;

/**
 * HTA, KHK, IHD and ИБС (session 39's shorthand) are also Health Technology Assessment, an institute or a bank desk:
 * not as the head of a compound or before a noun ("KHK-Sitzung", "HTA submission", "IHD exposure": session 39 review).
 */
const SHORTHAND_CONDITION = /^(?:ihd|khk|hta|ибс)$/iu;
const NOUN_AFTER_SHORTHAND =
  /^(?:[-‐]\p{L}|[ \t]+(?:submissions?|reports?|agency|agencies|committee|board|process|model|project|meeting|team|unit|exposure|limits?|review|dossiers?|programme|program|framework|guidelines?|body|bodies|methods?|evaluation|bericht|sitzung|verfahren|rapport|évaluation|agence)(?![\p{L}]))/iu;

/** A capitalised word and at most a comma, colon, semicolon, closing parenthesis or dash right before a term. */
const NAME_RIGHT_BEFORE = /\p{Lu}[\p{L}'’-]+[ \t]*[,:;)–-]?[ \t]*$/u;

function notMedicalSense(text: string, start: number, end: number): boolean {
  if (SHORTHAND_CONDITION.test(text.slice(start, end))) return NOUN_AFTER_SHORTHAND.test(text.slice(end, end + 16));
  if (!AMBIGUOUS_CONDITION.test(text.slice(start, end))) return false;
  return THING_AFTER.test(text.slice(end, end + 30)) || NOT_BODY_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

const PREGNANT_PAUSE = /^pregnant pauses?(?![\p{L}])/u;

function runHealth(text: string, emit: Emit, lower: string): void {
  const sameOffsets = lower.length === text.length;
  const [pattern, haystack] = sameOffsets ? [HEALTH_PATTERN_LOWER, lower] : healthTermSearch(text, lower);
  pattern.lastIndex = 0;
  const mayMatch = !sameOffsets || HEALTH_PREFIXES === undefined || containsAnyAtWordStart(lower, HEALTH_PREFIXES);
  let lastSentenceEnd = -1;
  let lastSentenceStart = -1;
  let sentenceVerdict = false;
  let exam: boolean | undefined;
  for (let match = mayMatch ? pattern.exec(haystack) : null; match !== null; match = pattern.exec(haystack)) {
    // "the Great Depression" is an era, not a condition.
    if (text.charCodeAt(match.index) < 97 && text.slice(Math.max(0, match.index - 6), match.index) === "Great ") continue;
    // "a pregnant pause" is a silence, not a pregnancy (session 45).
    if (PREGNANT_PAUSE.test(haystack.slice(match.index, match.index + 16))) continue;
    // "diabetes-friendly snacks", "asthma-related questions" describe things, not a person's condition.
    if (text[match.index + match[0].length] === "-" && RUN_HEALTH_PATTERN_1.test(text.slice(match.index + match[0].length, match.index + match[0].length + 14)))
      continue;
    if (notMedicalSense(text, match.index, match.index + match[0].length)) continue;
    // "a migraine of a merge conflict": the epithet construction, no symptom (figurative-health.ts, session 49).
    if (epithetOfA(match[0], text.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
    if (sentenceEnd !== lastSentenceEnd || sentenceStart !== lastSentenceStart) {
      lastSentenceEnd = sentenceEnd;
      lastSentenceStart = sentenceStart;
      const sentence = text.slice(sentenceStart, sentenceEnd);
      // The person may be named in the sentence before ("Karl Huber ... He was diagnosed with ...").
      const paragraphStart = paragraphStartBefore(text, sentenceStart);
      const window = text.slice(paragraphStart, sentenceEnd);
      const person = namedPersonIn(window);
      const strong = strongDisclosure(sentence);
      const namedBySentence = strong !== null && !NOT_NAMES.has(strong[1]!.toLowerCase());
      const found = person.found || namedBySentence;
      sentenceVerdict = found && !person.publicFigure && !publicCueIn(window) && !mentionsWellKnownPerson(window);
      // An exam question's lone first name ("To treat Zoe's anorexia …, A. … B. …") is invented.
      if (sentenceVerdict && !person.fullName && !namedBySentence) sentenceVerdict = !(exam ??= EXAM_QUESTION.test(text));
      if (!sentenceVerdict && RUN_HEALTH_PATTERN_2.test(sentence) && RUN_HEALTH_PATTERN_3.test(sentence)) sentenceVerdict = true;
    }
    // The condition must be tied to someone: a disclosure verb shortly before it ("was diagnosed with",
    // "leidet an", "'s") or right after it ("diagnosis", "came back positive").
    if (!sentenceVerdict) continue;
    // A term that holds its own verb ("tested negative for TB", "hat Zucker": session 43) is tied to the person named
    // in its sentence; its span is the condition after the verb.
    const verb = verbLength(match[0]);
    const tied =
      verb > 0 ||
      PERSON_DISCLOSURE_VERB.test(text.slice(Math.max(sentenceStart, match.index - 60), match.index)) ||
      // A chat or note may name the condition in a fragment after the sentence that says the person is being
      // treated or was diagnosed ("seit Mai ist sie in Behandlung\nBulimie, und jetzt stationär …").
      TREATMENT_BEFORE.test(text.slice(Math.max(0, sentenceStart - 160), sentenceStart)) ||
      POSSESSIVE_BEFORE.test(text.slice(Math.max(sentenceStart, match.index - 30), match.index)) ||
      CALENDAR_TITLE_BEFORE.test(text.slice(Math.max(0, match.index - 80), match.index)) ||
      RUN_HEALTH_PATTERN_4.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    // "Oliver Reid, s/p MI 2019": "status post" right after the name is itself a history of the person (session 39
    // review); not a question about the term ("Tom Reid asked: is s/p MI a contraindication?").
    const statusPost =
      text.slice(match.index, match.index + 4).toLowerCase() === "s/p " && NAME_RIGHT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index));
    // "treats refugees with cancer", "a new cancer centre": a group's or an institution's condition (session 43, dev-51).
    if ((tied || statusPost) && !conditionOfGroup(text, match.index, match.index + match[0].length))
      emit("health", match.index + verb, match.index + match[0].length, "named-person-condition", PRIORITY.contextual);
  }
  runDiagnosisPhrases(text, emit, lower);
}

/**
 * A diagnosis disclosed about a named person counts even when the condition is not in the lexicon
 * ("Maria Novak was diagnosed with chronic kidney disease"): the phrase after the disclosure verb,
 * up to punctuation or a time expression, is the condition.
 */
export const DIAGNOSIS_PHRASE =
  /\b(?:diagnosed with|suffers from|suffering from|is being treated for|was treated for|tested positive for|diagnostiziert mit|wurde mit|leidet an|leidet unter|souffre d[e'’]|diagnostiqu[ée]e? (?:avec|d['’]une?|de)|diagnosticad[oa] (?:de|con)|padece|sufre de|soffre di|affett[oa] da|sofre de|страдает|поставили диагноз|диагностировали|cierpi na|choruje na|zdiagnozowano)\s+(\p{L}[^.,;:!?\n()]{2,60}?)(?=\s+(?:last|this|since|in|on|at|two|three|several|a few|yesterday|recently|letzte[nm]?|seit|im|am|vor|depuis|en|il y a|le mois|el mes|desde|hace|da|lo scorso|and|und|et|y|e|i|oraz|но|и|а)(?![\p{L}])|[.,;:!?\n()]|$)/giu;

/**
 * A literal of each phrase above, lower-cased: no phrase can match without one of them (checked before
 * the costly pattern; `test/unit/privacy-keyword-filter.test.ts` fails when a phrase has none). The Cyrillic ones avoid в, д, о, с, т, ъ, whose archaic forms (U+1C80–U+1C88)
 * match them case-insensitively but survive lower-casing: "ае" for страдает, "иагн" for диагноз….
 */
export const DIAGNOSIS_STEMS = [
  "diagnos",
  "suffer",
  "treated for",
  "tested positive",
  "wurde mit",
  "leidet",
  "souffre",
  "padece",
  "sufre",
  "soffre",
  "sofre",
  "affett",
  "ае",
  "иагн",
  "cierpi",
  "choruje",
  "zdiagnozowano",
];

/**
 * Weaker verbs ("is recovering from", "on medical leave for", "presenta", "has") count only when the
 * phrase after them reads as medical: a condition word or a medical word ending (-itis, -osis, -oma,
 * -ectomy …). "Lisa is recovering from a long trip" is not a diagnosis.
 */
const WEAK_DIAGNOSIS_PHRASE =
  /\b(?:recovering from|(?:medical|sick) leave (?:for|because of|due to|after)|off (?:sick|work) with|hospitali[sz]ed (?:for|with)|admitted (?:for|with)|(?:evaluation|investigation|work-?up) of(?: suspected| possible)?|presents with|presenta(?: con)?|présente (?:une?|des)|hospitalis[ée]e? pour(?: une?)?|trait[ée]e? pour(?: une?)?|opér[ée]e? (?:de|du|pour)|ingresad[oa] por|ricoverat[oa] per|eingeliefert wegen|har|hade|foi diagnosticad[oa] com|diagnosticad[oa] com|undergoing|scheduled for|being treated for|has|had|hat|tiene|heeft|ha (?:la|il|l['’]|una|un)|a (?:une?|des))\s+(\p{L}[^.,;:!?\n()]{2,60}?)(?=\s+(?:last|this|since|in|on|at|and|und|et|y|e|en|met|mit|i|o|ou|oraz|och|og|with|for|from|to|but|which|that|so|because|after|before|yesterday|recently|seit|depuis|desde|da|na|em|che|que|dass)(?![\p{L}])|[.,;:!?\n()]|$)/giu;
const MEDICAL_WORD =
  /(?:(?:itis|osis|(?<!dipl|ar|idi|panor|t|ax|kil|s)omas?|(?<!acad)emia|(?<![se]m|sym|a)pathy|plasty|ectomy|otomy|(?<!nost)algia)(?![\p{L}])|cancer|carcinoma|tumou?r|leuk|surgery|\boperation|transplant|fracture|infarct|disease|syndrome|disorder|infection|injury|stroke\b|deficiency|insufficiency|sclerosis|palsy|diabet|depress|anxiety|dementia|seizure|epilep|asthma|allerg|hepat|\bhiv\b|\baids\b|covid|\bflu\b(?!-)|influenza|pneumon|bronch|arthr|myel|lymph|chemo|radiotherap|dialysis|infarkt|krankheit|erkrankung|krebs|entzündung|maladie|enfermedad|malattia|ziekte|choroba|tumeur|cancro|câncer|tubercul|embol|thromb|isch(?:a)?em|h(?:a)?emorrh|aneurysm|ulcer|ketoacid|sepsis|hernia|bandscheib|болезн|рак)/iu;

const MEDICAL_WORD_ALL = new RegExp(MEDICAL_WORD.source, "giu");
/** Same words over lower-cased text without the i flag: several times faster (used when lower-casing keeps offsets). */
const MEDICAL_WORD_LOWER = new RegExp(MEDICAL_WORD.source, "gu");
/**
 * The literals one of which every match of MEDICAL_WORD_LOWER starts with (its lookarounds and `\b`
 * dropped: they only narrow a match), or undefined when some alternative has none. When none occurs
 * in the lower-cased text, the pattern (a pass that tries every position) is not run.
 */
const MEDICAL_WORD_STEMS = requiredPrefixes(MEDICAL_WORD.source);
const mayHoldMedicalWord = (lower: string) => MEDICAL_WORD_STEMS === undefined || containsAny(lower, MEDICAL_WORD_STEMS);

function runDiagnosisPhrases(text: string, emit: Emit, lower: string): void {
  const exam: { value?: boolean } = {};
  if (containsAny(lower, DIAGNOSIS_STEMS)) runPhrases(text, emit, DIAGNOSIS_PHRASE, false, 0, text.length, exam);
  // Weak verbs ("has", "is recovering from") are everywhere: read them only in windows around a medical word.
  let windowStart = -1;
  let windowEnd = -1;
  const sameOffsets = lower.length === text.length;
  const medicalWords = sameOffsets ? MEDICAL_WORD_LOWER : MEDICAL_WORD_ALL;
  const haystack = sameOffsets ? lower : text;
  medicalWords.lastIndex = 0;
  const mayMatch = !sameOffsets || mayHoldMedicalWord(lower);
  for (let word = mayMatch ? medicalWords.exec(haystack) : null; word !== null; word = medicalWords.exec(haystack)) {
    const from = Math.max(0, word.index - 90);
    const to = Math.min(text.length, word.index + word[0].length + 70);
    if (from <= windowEnd) windowEnd = to;
    else {
      if (windowEnd > windowStart) runPhrases(text, emit, WEAK_DIAGNOSIS_PHRASE, true, windowStart, windowEnd, exam);
      windowStart = from;
      windowEnd = to;
    }
  }
  if (windowEnd > windowStart) runPhrases(text, emit, WEAK_DIAGNOSIS_PHRASE, true, windowStart, windowEnd, exam);
}

/** Phrases of `pattern` within [from, to) of the text; `exam` caches whether the whole text is an exam question. */
function runPhrases(text: string, emit: Emit, pattern: RegExp, weak: boolean, from: number, to: number, exam: { value?: boolean }): void {
  const haystack = from === 0 && to === text.length ? text : text.slice(from, to);
  pattern.lastIndex = 0;
  for (let found = pattern.exec(haystack); found !== null; found = pattern.exec(haystack)) {
    const match = { index: from + found.index, 0: found[0], 1: found[1] };
    if (weak && (!MEDICAL_WORD.test(match[1]!) || RUN_PHRASES_PATTERN_1.test(match[1]!) || phraseNamesInstitution(match[1]!))) continue;
    // "diagnosed with a bad case of Mondays": a case of no health word is a mood (figurative-health.ts, session 49).
    const caseOf = caseOfObject(match[1]!);
    if (caseOf !== undefined && !MEDICAL_WORD.test(caseOf) && !caseOf.split(LIKELY_NAME_PAIR_PATTERN_1).some((word) => isHealthTermWord(word))) continue;
    // A long weak phrase loses an overlap with a lexicon condition ("borstkanker" over "borstkanker en begint …");
    // a short one wins ("bipolar II disorder" over "bipolar").
    const priority = weak && match[1]!.trim().split(LIKELY_NAME_PAIR_PATTERN_1).length > 4 ? PRIORITY.contextual - 2 : PRIORITY.contextual;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
    const paragraphStart = paragraphStartBefore(text, sentenceStart);
    const window = text.slice(paragraphStart, sentenceEnd);
    const person = namedPersonIn(window);
    const strong = strongDisclosure(text.slice(sentenceStart, sentenceEnd));
    const named = person.found || (strong !== null && !NOT_NAMES.has(strong[1]!.toLowerCase()));
    if (!named || person.publicFigure || publicCueIn(window) || mentionsWellKnownPerson(window)) continue;
    if (!person.fullName && strong === null && (exam.value ??= EXAM_QUESTION.test(text))) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("health", start, start + match[1]!.trimEnd().length, "named-person-diagnosis", priority);
  }
}

/** The start of the paragraph holding `index`, at most 240 characters back (a bounded search: linear overall). */
function paragraphStartBefore(text: string, index: number): number {
  const from = Math.max(0, index - 240);
  const breakAt = text.slice(from, index).lastIndexOf("\n\n");
  return breakAt >= 0 ? from + breakAt : from;
}

/**
 * Is the text around `index` about an identifiable private person? A name, honorific or relation
 * word + name in the sentence or the paragraph before it (`found`; `fullName` when more than a lone given name; `relation` for "my colleague X" or a `Name:`
 * label), and whether a public figure,
 * fictional character or public cue is there (`publicContext`). Used by the financial rule.
 */
const FIRST_PERSON =
  /(?<![\p{L}])(?:my|our|mein\p{L}*|unser\p{L}*|ma|mon|mes|notre|mi|mis|nuestr\p{L}*|mio|mia|mijn|onze|meu|minha|mój|moja|mojego|mojej|nasz\p{L}*|мой|моя|моего|моей|наш\p{L}*)(?![\p{L}])/iu;

export interface PersonVerdict {
  found: boolean;
  fullName: boolean;
  relation: boolean;
  publicContext: boolean;
}

/** `cache` (one per scan) keeps the verdict per window: many amounts in one sentence pay once. */
export function personAround(text: string, index: number, cache?: Map<string, PersonVerdict>, place?: WindowPlace): PersonVerdict {
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, index);
  const windowStart = paragraphStartBefore(text, sentenceStart);
  const key = `${windowStart}:${sentenceEnd}`;
  const cached = cache?.get(key);
  if (cached) return cached;
  const window = text.slice(windowStart, sentenceEnd);
  let byContent = cache === undefined ? undefined : VERDICTS_BY_WINDOW.get(cache);
  if (cache !== undefined && byContent === undefined) VERDICTS_BY_WINDOW.set(cache, (byContent = new Map()));
  const windowPlace = placeAt(place ?? (cache === undefined ? undefined : textPlace(cache, text)), windowStart);
  // Also kept by the window's characters (the verdict reads nothing else): a repeated sentence is judged once.
  const verdict =
    byContent === undefined ? computePersonVerdict(window, windowPlace) : rememberByContent(byContent, window, () => computePersonVerdict(window, windowPlace));
  cache?.set(key, verdict);
  return verdict;
}

/**
 * `personAround` for a slice cut from a larger text, a different slice at each call (`personNear`'s windows): verdicts
 * kept by the sentence window's characters only. Offsets would collide: the same offsets inside two slices name two
 * different sentences (an earlier amount's verdict was returned for "Anna Smith owes €400").
 */
export function personAroundInSlice(slice: string, index: number, memo: Map<string, PersonVerdict>, place?: WindowPlace): PersonVerdict {
  const [sentenceStart, sentenceEnd] = sentenceBounds(slice, index);
  const windowStart = paragraphStartBefore(slice, sentenceStart);
  const window = slice.slice(windowStart, sentenceEnd);
  return rememberByContent(memo, window, () => computePersonVerdict(window, placeAt(place, windowStart)));
}

/** Per cache of `personAround` (kept by offsets, as its callers expect), its verdicts kept by window text. */
const VERDICTS_BY_WINDOW = new WeakMap<Map<string, PersonVerdict>, Map<string, PersonVerdict>>();

/**
 * Per cache of `personAround` (one per scanned text), the text's pattern starts: looked up once, since finding them
 * compares the text with the last ones seen, all its characters when it is an equal copy (a quadratic scan otherwise).
 */
const PLACE_BY_CACHE = new WeakMap<Map<string, PersonVerdict>, WindowPlace>();

function textPlace(cache: Map<string, PersonVerdict>, text: string): WindowPlace {
  let place = PLACE_BY_CACHE.get(cache);
  if (place === undefined) PLACE_BY_CACHE.set(cache, (place = { starts: patternStarts(text), offset: 0 }));
  return place;
}

function computePersonVerdict(text: string, place?: WindowPlace): PersonVerdict {
  const window = withoutBrandNames(text);
  const person = namedPersonIn(window, place);
  const test = (pattern: RegExp) => testWindow(pattern, window, place);
  return {
    found: person.found,
    fullName: person.fullName,
    relation: (test(RELATION_NAME) && test(FIRST_PERSON)) || (test(NAME_LABEL) && labelsAName(NAME_LABEL, window)) || test(RELATION_NAME_AFTER),
    publicContext: person.publicFigure || test(PUBLIC_CUE) || (BIO_CUE.test(window) && !CIRCLE_CUE.test(window)) || mentionsWellKnownPerson(window, place),
  };
}

// --- Dates of birth ----------------------------------------------------------------------------
const MONTHS =
  "jan(?:uary|uar|vier|\\.)?|feb(?:ruary|ruar|\\.)?|févr(?:ier|\\.)?|fevrier|mar(?:ch|\\.)?|märz|mars|apr(?:il|\\.)?|avr(?:il|\\.)?|may|mai|jun(?:e|i|\\.)?|juin|jul(?:y|i|\\.)?|juil(?:let|\\.)?|aug(?:ust|\\.)?|août|aout|sep(?:t(?:ember|embre)?|\\.)?|oct(?:ober|obre|\\.)?|okt(?:ober)?|nov(?:ember|embre|\\.)?|dec(?:ember|\\.)?|dez(?:ember)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|juni|juli|augustus|oktober|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro";
const DATE = `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}-(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})-\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th|er|º|o|\\.)?\\s+(?:de\\s+)?(?:${MONTHS})\\s+(?:de\\s+)?\\d{4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
/**
 * A birth-date cue, a separator and a date. Session 51 (dev-89): the cue's shorthand and misspelt forms too — "b'day",
 * "bday", "birthdat", the birthday-cake emoji 🎂 as a label, German "Geb.-Dat." / "Gebdat.", French "date de naiss.",
 * Spanish "fecha nac." / "FECHA DE NAC."; an HTML field's `autocomplete="bday" value="…"`. The emoji's variation
 * selector is the character itself in the source (`\ufe0f` in the template literal, one backslash): caseless sources
 * hold no escape (test/unit/privacy-caseless.test.ts).
 */
const DOB_PATTERN = new CaselessPattern(
  `(?<![\\p{L}])(?:d\\.?o\\.?b\\.?|date of birth|birth ?date|birthday|birthdat|b['’]?day|b-day|🎂\ufe0f?|bday["'][ \\t]+value=["']|born(?: on| in)?|b\\.|geburtsdatum|geburtstag|geb\\.?[ -]?dat(?:um|\\.)?|geb\\.|geboren(?: am)?|date de naissance|date de naiss\\.?|né(?:e)?(?:\\(e\\))? le|fecha de nacimiento|fecha (?:de )?nac\\.?|f\\. nac\\.|(?<=\\()n\\.(?=\\s)|nacid[oa] el|naci[óo] el|data di nascita|nat[oa] il|geboortedatum|geboren op|data de nascimento|nascid[oa] (?:em|a)|nasceu em|nasc\\.|fødselsdato|födelsedatum|född(?: den)?|data urodzenia|urodził(?:a)? się)\\s*(?::|=|-|is|was|ist|est|es|war)?\\s*(?:on\\s+|the\\s+|le\\s+|el\\s+|am\\s+|il\\s+)?(${DATE})`,
  "gu",
);

/** A DOB column or field label; dates that follow it in a table, CSV or record are dates of birth. */
const DOB_LABEL =
  /(?<![\p{L}])(?:d\.?o\.?b\.?|date[ _]of[ _]birth|birth[ _-]?date|birthdate|geburtsdatum|date[ _]de[ _]naissance|fecha[ _]de[ _]nacimiento|data[ _]di[ _]nascita|data[ _]nascita|geboortedatum|data[ _]de[ _]nascimento)(?![\p{L}])/giu;
const ANY_DATE = new RegExp(DATE, "giu");

/** A line's own date label before a date (`Anreise: 12.12.2026`, `Arrival: …`, `Expiry: …`): not a birth date. */
const LINE_LABEL =
  /(?<![\p{L}])(?:arrival|departure|check[ -]?in|check[ -]?out|issued?|expir\p{L}*|valid\p{L}*|anreise|abreise|ankunft|ausgestellt|gültig\p{L}*|llegada|salida|expedici[oó]n|caducidad|arriv[ée]e|d[ée]part|[ée]mis\p{L}*|arrivo|partenza|rilascio|scadenza|chegada|sa[íi]da|validade|aankomst|vertrek|przyjazd|wyjazd)[^:\n]{0,20}:[ \t]*$/iu;

/**
 * Session 44 (dev-55): on a later line of a form, a date after an arrival, departure, issue or expiry label (a guest
 * registration's `Anreise:` under its `Geburtsdatum:` line) belongs to that label.
 */
function otherDateLabelBefore(window: string, dateIndex: number): boolean {
  const lineStart = window.lastIndexOf("\n", dateIndex) + 1;
  if (lineStart === 0) return false;
  const prefix = window.slice(lineStart, dateIndex);
  return LINE_LABEL.test(prefix);
}

/**
 * Session 47 (dev-72): the DOB label is one cell of a delimited header (`mrn,patient_name,dob,admit_date`) and the date
 * sits in a row with as many cells but in another column (the admission date): not a birth date. Each line is read
 * within 300 characters of the label or date.
 */
function otherColumnThanLabel(text: string, labelAt: number, dateAt: number): boolean {
  const header = cellIndexOnLine(text, labelAt);
  if (header === undefined || header.cells < 3) return false;
  const row = cellIndexOnLine(text, dateAt, header.delimiter);
  return row !== undefined && row.cells === header.cells && row.index !== header.index && row.lineStart !== header.lineStart;
}

const CELL_DELIMITERS = [",", ";", "\t", "|"];

/** The delimiter, cell count and the index of the cell holding `at` on its line (undefined past 300 characters). */
function cellIndexOnLine(text: string, at: number, delimiter?: string): { delimiter: string; cells: number; index: number; lineStart: number } | undefined {
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) if (at - --lineStart > 300) return undefined;
  let lineEnd = at;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) if (++lineEnd - at > 300) return undefined;
  const line = text.slice(lineStart, lineEnd);
  const chosen = delimiter ?? CELL_DELIMITERS.find((candidate) => line.includes(candidate));
  if (chosen === undefined) return undefined;
  const cells = line.split(chosen).length;
  const index = text.slice(lineStart, at).split(chosen).length - 1;
  return { delimiter: chosen, cells, index, lineStart };
}

/**
 * A four-digit year before 1900 in a DOB column (`| Ada Lovelace | 1815-12-10 |`, a genealogy or history table): nobody
 * living was born then (session 47 review).
 */
const YEAR_BEFORE_1900 = /(?<!\d)1[0-8]\d\d(?!\d)/;
const bornBeforeLivingMemory = (date: string) => YEAR_BEFORE_1900.test(date);

function runDateColumns(text: string, emit: Emit): void {
  DOB_LABEL.lastIndex = 0;
  let coveredUntil = 0;
  for (let label = DOB_LABEL.exec(text); label !== null; label = DOB_LABEL.exec(text)) {
    const from = Math.max(label.index + label[0].length, coveredUntil);
    const to = Math.min(text.length, label.index + 400);
    if (from >= to) continue;
    const window = text.slice(from, to);
    ANY_DATE.lastIndex = 0;
    for (let date = ANY_DATE.exec(window); date !== null; date = ANY_DATE.exec(window)) {
      if (date.index > 0 && RUN_DATE_COLUMNS_PATTERN_1.test(window[date.index - 1]!)) continue;
      if (otherDateLabelBefore(window, date.index)) continue;
      const at = from + date.index;
      if (otherColumnThanLabel(text, label.index, at)) continue;
      if (isPlaceholderDate(text.slice(at, at + 10))) continue;
      if (bornBeforeLivingMemory(date[0])) continue;
      const example = isExampleDate(text, at, text.slice(...sentenceBounds(text, at)));
      emit("date_of_birth", at, at + date[0].length, "date-in-dob-column", PRIORITY.contextual + 5, example);
    }
    coveredUntil = to;
  }
}

const DOB_STEMS = [
  "(n. ",
  "dob",
  "d.o.b",
  "birth",
  "born",
  "geb",
  "naissance",
  "né",
  "nacimiento",
  "nacid",
  "nació el",
  "nacio el",
  "nasceu em",
  "nascid",
  "nascimento",
  "f. nac",
  "fecha nac",
  "fecha de nac",
  "naiss",
  "bday",
  "b'day",
  "b’day",
  "b-day",
  "🎂",
  "nascit",
  "nato il",
  "nata il",
  "fødsel",
  "födelse",
  "urodzenia",
  "urodził",
  "född",
  "doğ",
  "nasc.",
];

const OWN_DATE =
  /(?<![\p{L}])(?:my|mein\p{L}*|ma|mon|mi|mio|mia|mijn|meu|minha|moja|mój|моя|мой)\s+(?:date of birth|dob|d\.o\.b\.?|birthday|birth ?date|geburtsdatum|geburtstag|date de naissance|fecha de nacimiento|data di nascita|geboortedatum|data de nascimento|data urodzenia)/iu;

const RELATIVE_ALL = new RegExp(RELATIVE.source, "giu");
/** A clause break or another person (an author, a character, he/she) between the relative and the birth words. */
const OTHER_SUBJECT =
  /[:;]|(?<![\p{L}])(?:author|writer|poet|novelist|composer|artist|painter|singer|actor|actress|hero|heroine|character|protagonist|subject|he|she|auteur|autor\p{L}*|schrijver|schriftsteller\p{L}*|écrivain|escritor\p{L}*|scrittore|elle|él|ella)(?![\p{L}])/iu;

/**
 * The writer's relative is the subject of the birth words: the last relative in the sentence before them, with no
 * clause break or other person in between ("my daughter wrote a biography: the author was born …" is not; review of
 * session 36).
 */
function kinIsSubject(before: string): boolean {
  let last: RegExpExecArray | undefined;
  RELATIVE_ALL.lastIndex = 0;
  for (let found = RELATIVE_ALL.exec(before); found !== null; found = RELATIVE_ALL.exec(before)) last = found;
  return last !== undefined && !OTHER_SUBJECT.test(before.slice(last.index + last[0].length));
}

/** Another person (an author, a character, he/she) named after the private subject: the birth is theirs. */
const OTHER_PERSON = new RegExp(OTHER_SUBJECT.source.replace("[:;]|", ""), "iu");

/**
 * A public office held by someone named after the private subject (session 50, dev-84): "my daughter's school project:
 * Anthony Albanese, the Prime Minister, was born on …" — an apposition (", the [former] Prime Minister,") or the title
 * before a capitalised name ("Taoiseach Leo Varadkar"). Not a bare office word ("my mother worked for the mayor").
 */
const PUBLIC_OFFICE_APPOSITION =
  /,[ \t]*(?:the|a|an)[ \t]+(?:(?:former|then|current|late)[ \t]+)?(?:president|prime minister|taoiseach|premier|chancellor|senator|governor|mayor)(?![\p{L}])/iu;
const PUBLIC_OFFICE_TITLE = /(?<![\p{L}])(?:President|Prime Minister|Taoiseach|Premier|Chancellor|Senator|Governor|Mayor)[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;

/** A private subject (a neighbour, a relative, "about me", a résumé) before the birth words, with no other person between. */
function privateSubjectIsBorn(before: string): boolean {
  const end = lastPrivateSubjectEnd(before);
  if (end < 0) return false;
  const after = before.slice(end);
  return !OTHER_PERSON.test(after) && !PUBLIC_OFFICE_APPOSITION.test(after) && !PUBLIC_OFFICE_TITLE.test(after);
}

/** An author's initial and the parenthesis before "(n." ("Pérez, J. (n. …"). */
const CITATION_INITIAL = /\p{Lu}\.[ \t]?\($/u;

/**
 * The sentence around a birth cue at `cueIndex` is a public person's or a story's: a public figure, a well-known
 * person, or public-career words or an encyclopaedia lede with no private subject (a neighbour, a relative, "about
 * me", a résumé) before the cue. One check for the written dates (runDatesOfBirth) and the spoken ones
 * (privateBirthSentence; session 48: one path for both).
 */
function publicBirthSentence(text: string, cueIndex: number, sentenceStart: number, sentence: string): boolean {
  // A fictional character's or public figure's birthday is plot or public record, whatever the wording; but the
  // writer's own relative before the date ("my daughter Emma was born on … and makes her stage debut") outweighs
  // public-career and story words (session 36: a kin birth record, not a biography).
  // A private subject in the sentence (a neighbour, a relative, "about me", a résumé) outweighs biography words and
  // an encyclopaedia-style lede too (session 37: "write a biography of my neighbour Jan Kowalski, born 3 May 1961").
  if (PUBLIC_FIGURE_PATTERN.test(sentence) || mentionsWellKnownPerson(sentence)) return true;
  if (!publicCueIn(sentence) && !isBiographyLede(sentence)) return false;
  const before = text.slice(sentenceStart, cueIndex);
  return !(privateSubjectIsBorn(before) || kinIsSubject(before));
}

/**
 * The next sentence names the subject (session 54, dev-95, Presidio's "She was born on …. Her maiden name is …"): her,
 * his or their (maiden, last, family, full, first) name or surname is a capitalised word.
 */
const NAMING_SENTENCE_AFTER =
  /^[ \t]{0,3}[.!?;]?[ \t]{0,3}(?:[Hh]er|[Hh]is|[Tt]heir)[ \t](?:(?:maiden|last|family|full|first|middle|birth|given)[ \t])?(?:name|surname)[ \t](?:is|was)[ \t]\p{Lu}/u;

/** A named person, a patient or a relative near a birth sentence: someone the date identifies. */
function someoneNear(text: string, sentenceStart: number, sentenceEnd: number, sentence: string): boolean {
  const window = text.slice(Math.max(0, sentenceStart - 160), sentenceEnd);
  return (
    namedPersonIn(window).found ||
    RUN_DATES_OF_BIRTH_PATTERN_4.test(window) ||
    RELATIVE.test(sentence) ||
    NAMING_SENTENCE_AFTER.test(text.slice(sentenceEnd, sentenceEnd + 60))
  );
}

/**
 * A birth sentence about a private person (the narrative checks of runDatesOfBirth, for a date the written-date pattern
 * does not read: spoken-dates.ts, session 47): no public figure, public-career words or encyclopaedia lede unless a
 * relative is its subject, and a named person, a patient or a relative near it.
 */
export function privateBirthSentence(text: string, cueIndex: number): boolean {
  const [sentenceStart, sentenceEnd] = sentenceBounds(text, cueIndex);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  return !publicBirthSentence(text, cueIndex, sentenceStart, sentence) && someoneNear(text, sentenceStart, sentenceEnd, sentence);
}

function runDatesOfBirth(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, DOB_STEMS)) return;
  runDateColumns(text, emit);
  runDatesBeforeBirthWords(text, emit);
  runDatesBeforeBirthVerbs(text, emit);
  const [dobPattern, haystack] = DOB_PATTERN.search(text, lower);
  dobPattern.lastIndex = 0;
  for (let match = dobPattern.exec(haystack); match !== null; match = dobPattern.exec(haystack)) {
    // The case-folded copy has the text's offsets: the values are read from the text.
    const matchEnd = match.index + match[0].length;
    const date = text.slice(matchEnd - match[1]!.length, matchEnd);
    const year = RUN_DATES_OF_BIRTH_PATTERN_1.exec(date)?.[1];
    if (bornBeforeLivingMemory(date)) continue;
    const keyword = text.slice(match.index, matchEnd).slice(0, 8).toLowerCase();
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    const narrative = RUN_DATES_OF_BIRTH_PATTERN_2.test(keyword);
    // "Borges, J. L. (n. 24/08/1899)": "(n." after an author's initial is a bibliography's record (session 39 review).
    if (keyword.startsWith("n.") && CITATION_INITIAL.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    if (publicBirthSentence(text, match.index, sentenceStart, sentence)) continue;
    const dateStart = match.index + match[0].length - date.length;
    if (isPlaceholderDate(text.slice(dateStart, dateStart + 10))) continue;
    const example = isExampleDate(text, dateStart, sentence);
    // "My date of birth is 12/03/1990, how old am I?": the writer's own date with no name or identifier.
    if (!narrative && OWN_DATE.test(text.slice(Math.max(sentenceStart, match.index - 12), match.index + 4))) {
      const window = text.slice(Math.max(0, sentenceStart - 160), Math.min(text.length, sentenceEnd + 160));
      if (!namedPersonIn(window).found && !RUN_DATES_OF_BIRTH_PATTERN_3.test(window)) continue;
    }
    if (narrative) {
      // "Einstein was born on 14 March 1879" is a public fact (publicBirthSentence above); so is a year before 1925.
      if (year !== undefined && Number(year) < 1925) continue;
      // "I was born on 12 March 1990, how old am I?": no name, nobody identifiable.
      if (!someoneNear(text, sentenceStart, sentenceEnd, sentence)) continue;
    }
    emit("date_of_birth", dateStart, dateStart + date.length, "date-of-birth", PRIORITY.contextual + 10, example);
  }
}

/**
 * A date with its birth words after it (session 43, dev-52: "12/11/1979 is my birthday and my name is pete sullivan, write
 * me a bio"): the owner word (my, his, her, their) ties the date to a person. Read like "my birthday is …": the writer's
 * own date counts only with a name or an identifier near; a public figure's, a story's and an example date never.
 * Session 51 (dev-89): a dash before the copula and the German, French and Spanish forms ("24.11.1956 – das ist Omas
 * Geburtstag", "… c'est son anniversaire", "… es el cumpleaños de mi madre" is not read: the owner word comes first).
 */
const DATE_THEN_BIRTH_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(${DATE})[ \\t]{1,3}(?:[–—-][ \\t]{1,3})?(?:is|was|=|that['’]s|das ist|ist|war|c['’]est|es|era)[ \\t]{1,3}(my|his|her|their|mom['’]s|mum['’]s|dad['’]s|grandma['’]s|grandpa['’]s|mein|meine|sein|seine|ihr|ihre|omas|opas|mamas|papas|mon|son|mi|su)[ \\t]{1,3}(?:birthday|date of birth|dob|d\\.o\\.b\\.?|birth ?date|geburtstag|geburtsdatum|anniversaire|date de naissance|cumpleaños|fecha de nacimiento)(?![\\p{L}])(?![ \\t]+de[ \\t]+(?:mariage|rencontre))`,
  "giu",
);

/**
 * Session 54 review (dev-99): a date between a preposition and a birth verb or word after it — German "Lena ist am
 * 11.03.2003 geboren", "wurde am … in Ulm geboren", "hat am … Geburtstag", Dutch "is op … geboren", Turkish "…
 * tarihinde doğdu". At most three words (a birthplace, "in Frankfurt am Main") stand between the date and the verb.
 * A named person must be near; a public person's, a story's, an example's and a pre-1925 date are not reported.
 */
const DATE_BEFORE_BIRTH_VERB = new RegExp(
  `(?:(?<![\\p{L}])(?:am|op|den)[ \\t]+(${DATE})(?:[ \\t]+[\\p{L}.'’-]{1,30}){0,3}?[ \\t]+(?:geboren|geburtstag|jarig)|(?<![\\p{L}\\p{N}/.-])(${DATE})[ \\t]+tarihinde[ \\t]+doğ(?:du|muş|muştur|an|um))(?![\\p{L}])`,
  "giu",
);

function runDatesBeforeBirthVerbs(text: string, emit: Emit): void {
  DATE_BEFORE_BIRTH_VERB.lastIndex = 0;
  for (let match = DATE_BEFORE_BIRTH_VERB.exec(text); match !== null; match = DATE_BEFORE_BIRTH_VERB.exec(text)) {
    const date = match[1] ?? match[2]!;
    const dateStart = match.index + match[0].indexOf(date);
    if (bornBeforeLivingMemory(date)) continue;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    if (publicBirthSentence(text, dateStart, sentenceStart, sentence)) continue;
    if (isPlaceholderDate(text.slice(dateStart, dateStart + 10))) continue;
    // A named person or a record's identifier, not a bare relative: "Mein Sohn ist am … geboren" names nobody (the
    // writer's unnamed relative: eval/privacy/README.md's policy).
    const window = text.slice(Math.max(0, sentenceStart - 160), sentenceEnd);
    if (!namedPersonIn(window).found && !RUN_DATES_OF_BIRTH_PATTERN_4.test(window)) continue;
    emit("date_of_birth", dateStart, dateStart + date.length, "date-of-birth", PRIORITY.contextual + 10, isExampleDate(text, dateStart, sentence));
  }
}

/** A grandparent's possessive as the owner ("das ist Omas Geburtstag"): a relative, as RELATIVE's "my grandma" is. */
const GRANDPARENT_OWNER = /^(?:omas|opas|grandma['’]s|grandpa['’]s)$/i;

function runDatesBeforeBirthWords(text: string, emit: Emit): void {
  DATE_THEN_BIRTH_WORDS.lastIndex = 0;
  for (let match = DATE_THEN_BIRTH_WORDS.exec(text); match !== null; match = DATE_THEN_BIRTH_WORDS.exec(text)) {
    const date = match[1]!;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, match.index);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    if (PUBLIC_FIGURE_PATTERN.test(sentence) || publicCueIn(sentence) || mentionsWellKnownPerson(sentence)) continue;
    if (isPlaceholderDate(text.slice(match.index, match.index + 10))) continue;
    const example = isExampleDate(text, match.index, sentence);
    const window = text.slice(Math.max(0, sentenceStart - 160), Math.min(text.length, sentenceEnd + 160));
    const grandparent = GRANDPARENT_OWNER.test(match[2]!);
    if (!grandparent && !namedPersonIn(window).found && !RUN_DATES_OF_BIRTH_PATTERN_3.test(window) && !RELATIVE.test(sentence)) continue;
    emit("date_of_birth", match.index, match.index + date.length, "date-of-birth", PRIORITY.contextual + 10, example);
  }
}

/**
 * A birth date right after a private person's full name, with no birth word (session 39, dev-36): a guest or
 * insurance list ("Oliver Brandt, 1988-05-21; Sara Lind, 1990-11-02"), a row without a header ("Hannah Osei,
 * 17.08.1979, Walthamstow"), a register line ("Callum Price – 22/12/2004 –"), a profile ("Anna Vogt, 12.11.1990,
 * Physiotherapeutin"). The date is numeric (d.m.yyyy, d/m/yyyy, yyyy-mm-dd), stands alone between separators (a comma,
 * dash or parenthesis before it; a comma, semicolon, dash, closing parenthesis or line end after it), and its year
 * lies between 1925 and 14 years ago: an event date after a name ("Anna Berg, 12.03.2024, paid") is recent. The name
 * (two or three capitalised words) must be a private person's by namedPersonIn; public figures, public and fiction
 * cues, well-known people and example dates are left out, as for the birth-word rule.
 */
/**
 * The date starts at no letter, digit, dot, slash or dash: checked by hand (`charBeforeDate`) rather than by a
 * look-behind, which V8 tries at every position of the text (18.8 → 8.3 µs on the bench prompt, session 39 review).
 */
export const NUMERIC_DATE = /(?:\d{1,2}([./-])\d{1,2}\1(\d{4})|(\d{4})([-/])\d{2}\4\d{2})(?![\p{N}]|[./-]\d)/gu;

const isAsciiDigitCode = (code: number) => code >= 48 && code <= 57;
/** The value of four ASCII digits at `at`. */
const fourDigits = (text: string, at: number) =>
  (text.charCodeAt(at) - 48) * 1000 + (text.charCodeAt(at + 1) - 48) * 100 + (text.charCodeAt(at + 2) - 48) * 10 + (text.charCodeAt(at + 3) - 48);

/** The end and year (group 2 or 3) of the match `nextNumericDate` found last. */
export const NUMERIC_DATE_FOUND = { end: 0, year: 0 };

/**
 * NUMERIC_DATE's next match from its `lastIndex`: its start, or -1; its end and year in NUMERIC_DATE_FOUND. By `test`,
 * with no match array (session 42, allocation); the match is read back from its end: "dd-dd" (the end's third
 * character from the end a separator) is the second form, ten characters long; otherwise the first, whose middle
 * number has two digits when the seventh character from the end is a digit, and whose first number starts at the
 * leftmost digit (of at most two) the search could start at.
 */
export function nextNumericDate(text: string): number {
  const from = NUMERIC_DATE.lastIndex;
  if (!NUMERIC_DATE.test(text)) return -1;
  const end = NUMERIC_DATE.lastIndex;
  NUMERIC_DATE_FOUND.end = end;
  if (!isAsciiDigitCode(text.charCodeAt(end - 3))) {
    NUMERIC_DATE_FOUND.year = fourDigits(text, end - 10);
    return end - 10;
  }
  NUMERIC_DATE_FOUND.year = fourDigits(text, end - 4);
  const separator = isAsciiDigitCode(text.charCodeAt(end - 7)) ? end - 8 : end - 7;
  return separator - 2 >= from && isAsciiDigitCode(text.charCodeAt(separator - 2)) ? separator - 2 : separator - 1;
}
/** Also a row's semicolon, bar or tab ("Oliver Reid; 03.02.1991; Leeds", "Oliver Reid | 03.02.1991": session 39 review). */
/** And a colon ("Oliver Reid: 03.02.1991": session 40). */
const NAME_BEFORE_DATE = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}'’-]{1,20}){1,2}(?:[ \t]*(?:,|;|:|\||–|—|-|\()[ \t]*|\t)$/u;
const AFTER_LONE_DATE = /^(?:[ \t]*(?:[,;)–—|]|-\s|\n|$)|\t)/u;
const NAME_DATE_GATE = /\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[-/]\d{2}[-/]\d{2}/u;
/**
 * The date of an event, a founding, a release or a bill, not a birth (session 39 review): "Morgan Stanley, 1935-09-16,
 * founded in New York", "Rolling Stones, 12.07.1962, first gig", "Berlin Wall - 09.11.1989 - fell", "Invoice from
 * Harper Collins, 1998-04-02".
 */
const EVENT_CONTEXT =
  /(?<![\p{L}])(?:found(?:ed|ing)|established|incorporated|launch(?:ed)?|released?|opened|premiered?|fell|first|ascent|summit|signed|invoice|receipt|order|shipped|published|edition|album|single|gig|concert|tour|episode|season|match|anniversary|gegründet|eröffnet|erschienen|rechnung|fondée?|sortie|fundad[oa]|lanzad[oa]|factura)(?![\p{L}])/iu;
/** A landmark's or an organisation's name, not a person's: "Mount Everest", "Berlin Wall", "Lake Placid". */
const PLACE_NAME =
  /^(?:Mount|Mt|Lake|River|Fort|Port|Cape|Saint|St|Castle|Bay|Club|Hotel|Royal)[ \t]|[ \t](?:Wall|Bridge|Tower|Gate|Stadium|Park|Hall|Bank|Group|Records|Books|Press|Inc|Ltd|Corp|Company)[ \t]*(?:[,–—(-][ \t]*)?$/u;

const BEFORE_DATE = /^[\p{L}\p{N}./-]$/u;

/**
 * A date with its month written out after a name (session 40): "Oliver Reid, 3 February 1991", "Anna Vogt – 12. März
 * 1990", "Lucía Gómez, 5 de mayo de 1988", "Chloé Martin, 14 février 1992", "Sara Lind, March 3, 1991". Found from
 * each birth-era year backwards (24 characters), so the text is not searched for month names. An ordinal day ("3rd
 * February 1991", "3rd of February", "February 3rd, 1991", "1er février 1992") too (session 40 review).
 */
const WRITTEN_MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre";
/** The words of a written date before its year, read backwards from each year found (no pass over the whole text). */
const WRITTEN_DATE_BEFORE_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th|er)?\\.?[ \\t](?:de[ \\t]|of[ \\t])?(?:${WRITTEN_MONTHS})\\.?[ \\t](?:de[ \\t])?|(?:${WRITTEN_MONTHS})\\.?[ \\t]\\d{1,2}(?:st|nd|rd|th)?,?[ \\t])$`,
  "iu",
);
const MONTH_STEMS = [
  "jan",
  "feb",
  "fév",
  "mar",
  "mär",
  "apr",
  "avr",
  "abr",
  "may",
  "mai",
  "jun",
  "juin",
  "jul",
  "aug",
  "ago",
  "août",
  "sep",
  "oct",
  "okt",
  "nov",
  "dec",
  "dez",
  "déc",
  "dic",
  "ene",
];
const BIRTH_YEAR = /(?<!\d)(?:19[2-9]\d|20[01]\d)(?![\p{L}\p{N}])/gu;
/** The last line of the text (its instruction: "which of these album release dates is wrong?"). */
function lastLine(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf("\n") + 1);
}

/** Is the code point before `index` one that no date may follow (the look-behind NUMERIC_DATE leaves out)? */
function charBeforeDate(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return BEFORE_DATE.test(text.slice(start, index));
}

function runNameThenDate(text: string, emit: Emit, lower: string): void {
  const numeric = NAME_DATE_GATE.test(text);
  const written = containsAny(lower, MONTH_STEMS);
  if (!numeric && !written) return;
  const latest = new Date().getUTCFullYear() - 14;
  // The instruction's event words ("which of these album release dates is wrong?"): a list of releases, not of births.
  let eventAsked: boolean | undefined;
  const check = (start: number, end: number, year: number, rule: string): void => {
    if (year < 1925 || year > latest) return;
    if (!AFTER_LONE_DATE.test(text.slice(end, end + 3))) return;
    const name = NAME_BEFORE_DATE.exec(text.slice(Math.max(0, start - 70), start));
    if (!name) return;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, start);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    if (PUBLIC_FIGURE_PATTERN.test(sentence) || publicCueIn(sentence) || mentionsWellKnownPerson(sentence)) return;
    if (isPlaceholderDate(text.slice(start, start + 10))) return;
    const example = isExampleDate(text, start, sentence);
    if (PLACE_NAME.test(name[0]) || EVENT_CONTEXT.test(sentence)) return;
    if ((eventAsked ??= EVENT_CONTEXT.test(lastLine(text)))) return;
    const person = namedPersonIn(name[0].replace(/[ \t]*[,;:|–—(-][ \t]*$|\t$/u, ""));
    if (!person.found || person.publicFigure) return;
    emit("date_of_birth", start, end, rule, PRIORITY.contextual + 5, example);
  };
  NUMERIC_DATE.lastIndex = 0;
  for (let start = numeric ? nextNumericDate(text) : -1; start >= 0; start = nextNumericDate(text)) {
    if (charBeforeDate(text, start)) {
      NUMERIC_DATE.lastIndex = start + 1;
      continue;
    }
    check(start, NUMERIC_DATE_FOUND.end, NUMERIC_DATE_FOUND.year, "date-after-name");
  }
  BIRTH_YEAR.lastIndex = 0;
  for (let year = written ? BIRTH_YEAR.exec(text) : null; year !== null; year = BIRTH_YEAR.exec(text)) {
    const from = Math.max(0, year.index - 24);
    const words = WRITTEN_DATE_BEFORE_YEAR.exec(text.slice(from, year.index));
    if (words) check(from + words.index, year.index + 4, Number(year[0]), "written-date-after-name");
  }
}

// --- Medical record numbers ----------------------------------------------------------------------
const MRN_PATTERN =
  /(?<![\p{L}])(?:mrn|medical record(?: number| no\.?| #)?|patient(?:en)?[ -]?(?:id|number|no\.?|nr\.?|nummer|#)|chart (?:number|no\.?|#)|health (?:card|insurance|record) (?:number|no\.?|#)|krankenakte|fallnummer|fall-?nr\.?|aktenzeichen|versichertennummer|kvnr|dossier (?:médical|patient)|n° (?:de )?dossier|numéro (?:de )?dossier|n° patient|historia clínica|nº historia|n\.?h\.?c\.?|cartella clinica|número de paciente|numero paziente|n\.?[ºo°] (?:de )?utente|número (?:de )?utente|ehr id|emr id|case (?:number|no\.?|id))\s*(?:(?:[:#=]{1,2}|is|ist|est|es|no\.?|nr\.?|n°|nº)\s*)?([A-Z]{0,4}[-/]?\d[\d/-]{3,14}[A-Z0-9]?)(?![\p{L}\p{N}])/giu;

const MEDICAL_RECORD_STEMS = [
  "mrn",
  "medical",
  "patient",
  "chart",
  "health",
  "kranken",
  "fall",
  "akten",
  "versicher",
  "kvnr",
  "dossier",
  "historia",
  "nhc",
  "n.h.c",
  "cartella",
  "paciente",
  "paziente",
  "utente",
  "ehr",
  "emr",
  "case",
];

function runMedicalRecords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, MEDICAL_RECORD_STEMS)) return;
  MRN_PATTERN.lastIndex = 0;
  for (let match = MRN_PATTERN.exec(text); match !== null; match = MRN_PATTERN.exec(text)) {
    const value = match[1]!.replace(RUN_MEDICAL_RECORDS_PATTERN_1, "");
    if (value.replace(RUN_MEDICAL_RECORDS_PATTERN_2, "").length < 4) continue;
    if (RUN_MEDICAL_RECORDS_PATTERN_3.test(match[0]) && !RUN_MEDICAL_RECORDS_PATTERN_4.test(text)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("medical_record", start, start + value.length, "medical-record-number", PRIORITY.contextual + 15);
    conditionsNearRecordNumber(text, match.index, start + value.length, emit);
  }
}

/**
 * Session 52 (dev-91): a condition next to a patient's record number is that patient's (eval/privacy/README.md, "What
 * counts as sensitive": "next to a patient identifier") — a handover line ("Zi. 12 – Fallnr. 14007205 – bipolare
 * Störung"), a form's next lines ("Versicherte: Fallnr. …\nEingriff: Chemotherapie"), a calendar entry ("NHS no. …:
 * tinnitus review"). The window is the record number's line and the two lines after it, at most 160 characters each way.
 */
function conditionsNearRecordNumber(text: string, labelStart: number, valueEnd: number, emit: Emit): void {
  const lineStart = text.lastIndexOf("\n", labelStart - 1) + 1;
  const from = Math.max(lineStart, labelStart - 160);
  let to = valueEnd;
  for (let line = 0; line < 3 && to < text.length; line++) {
    const next = text.indexOf("\n", to + (line === 0 ? 0 : 1));
    to = next < 0 ? text.length : next;
  }
  to = Math.min(to, valueEnd + 160);
  const window = text.slice(from, to);
  const [pattern, haystack] = healthTermSearch(window, window.toLowerCase());
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack)) {
    const verb = verbLength(match[0]);
    emit("health", from + match.index + verb, from + match.index + match[0].length, "record-number-condition", PRIORITY.contextual);
  }
}

export const personalDetectors: Detector[] = [
  { name: "street-address", run: runAddresses },
  { name: "health", run: runHealth },
  { name: "date-of-birth", run: runDatesOfBirth },
  { name: "date-after-name", run: runNameThenDate },
  { name: "medical-record", run: runMedicalRecords },
];

/** The gates of this file's costly patterns (see PatternGate). */
export const PERSONAL_GATES: readonly PatternGate[] = [
  ...ADDRESS_PATTERNS.filter(({ gate }) => gate !== undefined).map(({ rule, pattern, gate }) => ({
    name: rule,
    pattern,
    mayMatch: gate!,
  })),
  ...ADDRESS_PATTERNS.filter(({ textGate }) => textGate !== undefined).map(({ rule, pattern, textGate }) => ({
    name: `${rule} (text)`,
    pattern,
    mayMatch: (text: string) => textGate!.test(text),
  })),
  { name: "medical-word", pattern: MEDICAL_WORD_LOWER, lowerCased: true, mayMatch: (_text, lower) => mayHoldMedicalWord(lower) },
];
