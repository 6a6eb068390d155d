/**
 * A given name typed in lower case, as people type on a phone ("my sis anna", "mi tía rosa", "моя сестра олена"),
 * read only where a relation word has just announced a person (person-reference.ts, chat-relative-health.ts). In lower
 * case a name and a word look alike, and the people-names lexicon holds many everyday words ("said", "still", "fell",
 * "rather"): a word counts when it is in the lexicon (everyday-word names such as "rose", "may", "mark", "bill" left
 * out, as people-names.ts does), is not among the most frequent English words (data/word-vectors/english-words.txt,
 * frequency order) and is no function word of the relation cues' other languages. A Slavic genitive ("мамы ольги",
 * "мами галини") is read by its nominative in -а/-я. The cost of the rule: "my dad john" is not read (John is among the
 * frequent words), "my dad John" is.
 */
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";
import { isPersonName } from "./people-names.js";

/** How many of the most frequent English words are not names in lower case (John is word 253, Anna 4,731). */
const FREQUENT_ENGLISH_WORDS = 1500;

/** Function words and common verbs of the relation cues' other languages that the lexicon holds as names ("ha", "está", "vive", "schon", "kuch"). */
const NOT_NAMES = new Set(
  "ha|hat|ist|est|tem|tiene|ma|la|le|el|de|do|da|em|na|no|se|si|ja|jest|mia|ale|und|et|en|ne|ni|ko|ki|ka|hai|ho|pe|aur|bhi|toh|ab|abhi|jab|sab|kal|aaj|bas|это|тоже|уже|все|всё|ещё|еще|вот|там|тут|как|так|она|он|її|вона|він|теж|вже|ще|але|kuch|kar|hua|hui|thi|hain|par|magar|zara|naya|din|beti|kahan|está|hoy|ayer|sólo|solo|dice|anda|vive|déjà|hier|são|faz|mora|nie|schon|auch|viel|nur|robi|esta|hay|toma|antes|bien|sin|para|durante|tan|allí|pero|como|que|qué|già|mai|bene|male|ora|avant|gut|schlecht|dann".split(
    "|",
  ),
);

let frequent: ReadonlySet<string> | undefined;

function frequentEnglishWords(): ReadonlySet<string> {
  if (!frequent) {
    const text = readPackageData(packageDataUrl("word-vectors", "english-words.txt"), "the built-in English word list").toString("utf8");
    frequent = new Set(text.split("\n", FREQUENT_ENGLISH_WORDS));
  }
  return frequent;
}

const COMBINING_MARKS = /\p{M}/gu;
const ALL_LOWER_CASE = /^\p{Ll}[\p{Ll}'’-]+$/u;
/** A Slavic genitive or dative ending that a nominative in -а/-я takes ("ольги" → "ольга", "нади" → "надя"). */
const SLAVIC_OBLIQUE = /[иыіїе]$/u;

/** Whether `word` (one word, lower case, as typed) is a given name and not an everyday word. */
export function isLowerCaseGivenName(word: string): boolean {
  if (word.length < 3 || word.length > 20 || !ALL_LOWER_CASE.test(word) || NOT_NAMES.has(word)) return false;
  if (frequentEnglishWords().has(word)) return false;
  if (isPersonName(word)) return true;
  // "lucía", "léa", "zoë": the lexicon holds many names without their accents.
  const folded = word.normalize("NFD").replace(COMBINING_MARKS, "");
  if (folded !== word && /^[a-z'’-]+$/.test(folded) && isPersonName(folded)) return true;
  if (!SLAVIC_OBLIQUE.test(word) || !/[\u0400-\u04ff]/u.test(word)) return false;
  const stem = word.slice(0, -1);
  return isPersonName(`${stem}а`) || isPersonName(`${stem}я`);
}

/** The first word, or a word alone in brackets ("my mum (anna)", session 44 review). */
const FIRST_WORD = /^\s*,?\s+(?:(\p{Ll}[\p{Ll}'’-]*)|\((\p{Ll}[\p{Ll}'’-]*)\))/u;
/** Whether `text` (what follows a relation word) starts, after spaces and an optional comma, with a lower-case given name. */
export function lowerCaseNameAhead(text: string): boolean {
  const match = FIRST_WORD.exec(text);
  if (!match) return false;
  // "grandma rose's" → "rose"; "anna's" → "anna".
  const word = (match[1] ?? match[2]!).replace(/['’]s$/u, "");
  return isLowerCaseGivenName(word);
}
