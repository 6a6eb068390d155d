/**
 * More evidence that a window of text is about one particular private person, in forms person-near.ts and
 * personal.ts do not read (used by care-person.ts next to `personNear`):
 * - a clinical shorthand before a name, without a colon ("pt J. Whitaker", "Utente Manuel Fonseca", "Hasta Zeynep");
 * - a bed in a care setting, or a room with a care-place word nearby ("bed 12", "cama B", "Habitación 312 … Hospital"):
 *   to anyone on the ward that is one person (eval/privacy/dev-14/README.md's labelling rule);
 * - a title absent from the older lists before a capitalised name ("Madame Odile Favre", "Signora Rosaria", "Seu
 *   Antônio", "Fru Lindgren", "Sayın Hakan Öztürk");
 * - a greeting or salutation before a full name ("Hi Kylie Marsden", "Kære Lars Mikkelsen", "Estimado Fernando
 *   Quiroga"), the addressee;
 * - inside a sentence (after a lower-case word), a capitalised pair with a known first or last name from the
 *   people-names lexicon ("a Maite Urrutia", "a Juliana Castro"), which personal.ts skips after an article;
 * - a Russian given name and surname in any case ("У Ольги Смирновой").
 */
import { containsAny, containsAnyAtWordStart } from "../detector.js";
import { REGEX_SPACES } from "../regex-space.js";
import { GIVEN_NAMES } from "./lexicon.js";
import { isPersonName } from "./people-names.js";
import { mayMatchWindow, testWindow, type WindowPlace } from "../pattern-starts.js";

const CLINICAL_SHORTHAND =
  /(?<![\p{L}])(?:[Pp]t\.?|[Pp]at\.|[Pp]atient(?:in|e)?|[Pp]aciente|[Pp]aziente|[Pp]atiënt|[Pp]acjent(?:ka)?|[Hh]asta|[Uu]tente|[Rr]esident)\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+/u;

const BED =
  /(?<![\p{L}])(?:[Bb]ed|[Cc]ama|[Ll]it|[Bb]ett|[Ll]etto|[Ll]eito|[Łł]óżko|[Yy]atak|[Ss]äng|[Ss]eng|[Кк]ойк\p{L}*)\s+(?:n[º°o.]\s*)?[0-9]{1,3}[A-Za-z]?(?![\p{L}\p{N}])|(?<![\p{L}])(?:[Cc]ama|[Ll]it|[Bb]ett|[Ll]etto|[Ll]eito)\s+[A-F](?![\p{L}\p{N}])/u;
const ROOM =
  /(?<![\p{L}])(?:[Rr]oom|[Hh]abitación|[Cc]hambre|[Zz]immer|[Ss]tanza|[Qq]uarto|[Kk]amer|[Pp]okój|[Ss]ala|[Oo]da|[Rr]um|[Vv]ærelse|[Bb]ay|[Пп]алат\p{L}*)\s+(?:n[º°o.]\s*)?[0-9]{1,4}[A-Za-z]?(?![\p{L}\p{N}])/u;
const CARE_PLACE =
  /hospital|clinic|ward|klinik|krankenhaus|station|hôpital|clinique|service de|clínic|ospedale|reparto|ziekenhuis|afdeling|szpital|oddział|hastane|servis|sjukhus|sygehus|sykehus|avdelning|care home|nursing home|pflegeheim|ehpad|residencia|больниц|отделени/iu;

const TITLE_NAME =
  /(?<![\p{L}])(?:Madame|Monsieur|Mademoiselle|Signora|Signor|Signorina|Dott\.?|Dottoressa|Senhor|Senhora|Seu|Dona|Sayın|Fru|Bay|Bayan|Mw\.|Mevr\.|Dhr\.|Meneer|Mevrouw|Señor|Señora|Sr\.|Sra\.)\s+\p{Lu}[\p{Ll}'’-]+/u;

/**
 * Session 48: an everyday honorific before a capitalised name ("Mr Okafor", "Mrs Beryl Tanner", "Herrn Yilmaz", "Pani
 * Elżbieta Nowak", "M. Karim Benali", "sig. Franco Galli"), as reminders, pick-up messages and hand-overs address a
 * patient; and a kinship word before a name without a possessive, in the inflected forms person-near.ts does not read
 * ("Grandpa Joe", "Uncle Ray", "babcią Jadwigą", "papi Gérard", "nonna Rosa", "oma Truus").
 */
const HONORIFIC_NAME = /(?<![\p{L}])(?:Mrs?\.?|Ms\.?|Mx\.?|Herrn?|Frau|Pan|Pani|Panu|Panią|Mme|M\.|[Ss]ig\.(?:ra)?|Sr\.?|Sra\.?)\s+\p{Lu}[\p{Ll}'’-]+/u;
const KIN_NAME =
  /(?<![\p{L}])(?:[Gg]randpa|[Gg]randma|[Gg]randad|[Gg]ranny|[Nn]ana|[Uu]ncle|[Aa]unt(?:ie)?|[Oo]ma|[Oo]pa|[Tt]ante|[Oo]nkel|[Nn]onn[ao]|[Zz]i[ao]|[Aa]buel[ao]|[Tt]í[ao]|[Bb]abci[aąię]|[Bb]abcią|[Dd]ziad(?:ek|ka|kiem|kowi)|[Cc]ioci[aąię]|[Ww]uj(?:ek|ka|kiem|kowi)|[Pp]api|[Mm]amie|[Tt]onton|[Tt]atie)\s+\p{Lu}[\p{Ll}'’-]+/u;

const GREETINGS =
  "Hi|Hello|Hey|Dear|Hallo|Hej|Hei|Kære|Kjære|Liebe|Lieber|Cher|Chère|Bonjour|Querid[oa]|Estimad[oa]|Hola|Caro|Cara|Gentile|Ciao|Olá|Oi|Prezad[oa]|Beste|Geachte|Drog[ia]|Szanown[ya]|Sayın|Sevgili|Merhaba";
const GREETING_NAME = new RegExp(`(?<![\\p{L}])(?:${GREETINGS})\\s+(\\p{Lu}[\\p{Ll}'’-]+)\\s+(\\p{Lu}[\\p{Ll}'’-]+)`, "u");
/**
 * Each greeting word lower-cased (a final `[oa]` spelt out) with each `\s` character after it: what every GREETING_NAME
 * match starts with in the lower-cased text, at a word start (session 54: "high" opened no walk for "hi" any more).
 */
const GREETING_STEMS = GREETINGS.split("|").flatMap((greeting) => {
  const [, stem, endings] = /^(.*?)(?:\[(\p{Ll}+)\])?$/u.exec(greeting)!;
  const words = endings === undefined ? [stem!] : [...endings].map((ending) => stem! + ending);
  return words.flatMap((word) => REGEX_SPACES.map((space) => word.toLowerCase() + space));
});

/** Capitalised words that open greetings or name groups, places and roles, never a person. */
const NOT_NAMES = new Set(
  "les los las des une uno una der die das den het een gli el la le de du van von as os and und et y e og och ve all team sir madam madame hiring manager customer customers colleagues friends valued support members everyone mr mrs ms dr doctor nurse hospital clinic street road market station ward bay room bed monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december the this that our your his her their my team care home city council bank new north south east west saint san santa st mount lake river".split(
    " ",
  ),
);

const MID_SENTENCE_PAIR = /(?<=\p{Ll}[,]?\s)(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu;

const SURNAME_ENDINGS =
  "ов|ев|ёв|ин|ын|ова|ева|ина|ына|овой|евой|иной|ыной|ову|еву|ину|ым|овым|евым|иным|овых|ского|ский|ская|ской|скую|цкий|цкая|цкой|енко|ук|юк";
const RUSSIAN_NAME_SURNAME = new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}{2,}\\s+\\p{Lu}\\p{Ll}+(?:${SURNAME_ENDINGS})(?![\\p{L}])`, "u");
/** RUSSIAN_NAME_SURNAME's endings: one is in every match, as written (lower-case letters, the same in the lower-cased text). */
const RUSSIAN_SURNAME_ENDINGS = SURNAME_ENDINGS.split("|");

const CYRILLIC = /[\u0400-\u04ff]/u;

/** A state code and postcode, or a town and a numeric postcode, after a capitalised pair (session 50, dev-84). */
const ADDRESS_TAIL_AFTER =
  /^[ \t]*,[ \t]*(?:[A-Z]{2,3}[ \t]+\d{4,5}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?:,[ \t]*|[ \t]+(?:[A-Z]{2,3}[ \t]+)?)\d{4,5})(?![\p{N}])/u;

const known = (word: string) => GIVEN_NAMES.has(word.toLowerCase()) || isPersonName(word);
const usable = (word: string) => !NOT_NAMES.has(word.toLowerCase());

function greetsFullName(window: string, place: WindowPlace | undefined): boolean {
  const match = mayMatchWindow(GREETING_NAME, window, place) ? GREETING_NAME.exec(window) : null;
  return match !== null && usable(match[1]!) && usable(match[2]!);
}

function namePairInSentence(window: string, place: WindowPlace | undefined): boolean {
  if (!mayMatchWindow(MID_SENTENCE_PAIR, window, place)) return false;
  MID_SENTENCE_PAIR.lastIndex = 0;
  for (let match = MID_SENTENCE_PAIR.exec(window); match !== null; match = MID_SENTENCE_PAIR.exec(window)) {
    const [first, last] = [match[1]!, match[2]!];
    if (!usable(first) || !usable(last) || !(known(first) || known(last))) continue;
    // A suburb or city before its state and postcode is an address's ("…, San Francisco, CA 94110", "Lynnwood Manor, Pretoria, 0081").
    const end = match.index + match[0].length;
    if (!ADDRESS_TAIL_AFTER.test(window.slice(end, end + 40))) return true;
  }
  return false;
}

/**
 * Does `window` (a sentence or a few lines) point at one particular private person by one of the cues above? `place`:
 * where the window lies in the scanned text, so that its pattern starts answer the checks (pattern-starts.ts).
 */
export function pointsAtPerson(window: string, place?: WindowPlace): boolean {
  const test = (pattern: RegExp) => testWindow(pattern, window, place);
  return (
    test(CLINICAL_SHORTHAND) ||
    test(BED) ||
    (test(ROOM) && test(CARE_PLACE)) ||
    test(TITLE_NAME) ||
    test(HONORIFIC_NAME) ||
    test(KIN_NAME) ||
    greetsFullName(window, place) ||
    namePairInSentence(window, place) ||
    // Every surname ending is Cyrillic: without a Cyrillic letter the pattern cannot match, and its look-behind and
    // \p{Lu} tried at every position cost ~45 µs per 600 characters of a two-byte string (emoji, €, CJK; session 32).
    (test(CYRILLIC) && test(RUSSIAN_NAME_SURNAME))
  );
}

/**
 * The strong cues for a scan of a whole prompt, each behind the literal words one of its matches starts with (answered
 * by the scan's shared keyword pass, `containsAnyAtWordStart`); a leading `\b` instead of a look-behind (V8 skips
 * faster). Greetings are looked for only at a line start or after a quotation mark; Russian names only in Cyrillic text.
 */
const fast = (pattern: RegExp) => new RegExp(pattern.source.replace(/^\(\?<!\[\\p\{L\}\]\)/u, "\\b"), "gu");
const STRONG_CUES: Array<[RegExp, string[]]> = [
  [fast(CLINICAL_SHORTHAND), ["pt", "pat.", "patient", "paciente", "paziente", "patiënt", "pacjent", "hasta", "utente", "resident"]],
  [fast(BED), ["bed", "cama", "lit", "bett", "letto", "leito", "łóżko", "yatak", "säng", "seng"]],
  [fast(ROOM), ["room", "habitación", "chambre", "zimmer", "stanza", "quarto", "kamer", "pokój", "sala", "oda", "rum", "værelse", "bay", "палат"]],
  [fast(TITLE_NAME), "madame monsieur mademoiselle signor dott senhor seu dona sayın fru bay mw. mevr. dhr. meneer mevrouw señor señora sr. sra.".split(" ")],
  // "Mr", "Ms", "Mx" and "Sr" with the full stop or the space the pattern needs after them (session 54): "latency_ms=" and
  // "/srv/" open no walk.
  [
    fast(HONORIFIC_NAME),
    [
      ..."mrs herr frau pan pani panu panią mme m. sig. sra".split(" "),
      ...["mr", "ms", "mx", "sr"].flatMap((title) => [`${title}.`, ...REGEX_SPACES.map((space) => title + space)]),
    ],
  ],
  [
    fast(KIN_NAME),
    "grandpa grandma grandad granny nana uncle aunt oma opa tante onkel nonna nonno zia zio abuela abuelo tía tío babci babcią dziad cioci wuj papi mamie tonton tatie".split(
      " ",
    ),
  ],
];
/** Greetings found where they are (`\b`: every greeting starts with an ASCII letter), then kept at a line start. */
const GREETING_ALL = new RegExp(GREETING_NAME.source.replace(/^\(\?<!\[\\p\{L\}\]\)/u, "\\b"), "gu");
/** Characters after which (and optional spaces or tabs) a greeting counts: a line start or a quotation mark. */
const LINE_OR_QUOTE = new Set(["\n", '"', "“", "«", "„"]);
const RUSSIAN_ALL = new RegExp(RUSSIAN_NAME_SURNAME.source, "gu");

/**
 * Is `at` after a line start or a quotation mark and optional spaces or tabs? The same positions as the earlier
 * `/(?:^|\n|["“«„])[ \t]*\/gu` walk: the text's start, or a line break or quotation mark not at offset 0 (that walk's
 * empty match at the start stepped over a first character).
 */
function atLineOrQuoteStart(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  return from === 0 || (from >= 2 && LINE_OR_QUOTE.has(text[from - 1]!));
}

/**
 * Offsets of the cues that rarely occur in other text (clinical shorthand, a bed or room, a title, a greeting with a
 * full name, a Russian name): where a costlier condition search is worth it (care-person.ts). Sorted, no repeats.
 */
export function strongCuePositions(text: string, lower = text.toLowerCase()): number[] {
  const positions = new Set<number>();
  const patterns = STRONG_CUES.filter(([, stems]) => containsAnyAtWordStart(lower, stems)).map(([pattern]) => pattern);
  // Every match ends with one of the surname endings, lower-case Cyrillic: without one in the text (the scan's keyword
  // pass answers), no Russian name to look for (session 54: the `[\u0400-\u04ff]` search cost ~7 µs on the bench prompt).
  if (containsAny(lower, RUSSIAN_SURNAME_ENDINGS)) patterns.push(RUSSIAN_ALL);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) positions.add(match.index);
  }
  GREETING_ALL.lastIndex = 0;
  const greetings = containsAnyAtWordStart(lower, GREETING_STEMS);
  for (let greeting = greetings ? GREETING_ALL.exec(text) : null; greeting !== null; greeting = GREETING_ALL.exec(text)) {
    const at = greeting.index;
    GREETING_ALL.lastIndex = at + 1; // a later greeting may start inside this match ("Hi Dear\nHello Anna Smith")
    if (atLineOrQuoteStart(text, at) && usable(greeting[1]!) && usable(greeting[2]!)) positions.add(at);
  }
  return [...positions].sort((left, right) => left - right);
}
