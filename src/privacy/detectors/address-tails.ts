/**
 * The rest of a found street address as contact exports and shipping labels write it (issue #15, session 49, dev-81):
 * after "Av. Afonso Pena, 2711" come ", ap. 1502 - Funcionários, Belo Horizonte - MG, 30130-007"; after "7 Protea
 * Close" ", Durbanville, Cape Town, 7550"; after "14, Bode Thomas Close" ", off Ikorodu Road, Surulere, Lagos"; and
 * before it "No. " or "Flat 3B, "; Singapore's "Blk 601 Tampines Street 68, #12-348, Singapore 523261" and New
 * Zealand's "…, RD 4, Hastings 4172" (session 50, dev-84: six-digit postcodes, "#" units, rural delivery).
 * `addressTailEnd` reads on from the end over at most six parts, each after ", " or " - ": a unit (apto, ap., casa, Int., Piso, Depto, Flat, Unit, bl., sc., ap., kv. … with its number), a floor
 * ("3° A", "5th floor"), a postcode (4–5 digits, Brazil's 30130-007, Argentina's S2000 and C1043AAZ, in brackets
 * too), a state's code ("MG", "CABA"), or a place name (one to four capitalised words, joined by de, da, del …; "off",
 * "near" or "opp." before it). A part must end at a separator, the line's end or punctuation that closes a clause; the
 * walk stops at the first part that is none of these. `addressHeadStart` reads back over a house or unit label written
 * before the number ("No. ", "Plot ", "Flat 3B, "). Both read a bounded window: linear.
 */
import { GIVEN_NAMES } from "./lexicon.js";

const UNIT =
  "(?:apto?\\.?|ap\\.|apt\\.?|apartment|flat|unit|suite|piso|depto\\.?|dpto\\.?|departamento|int\\.|interior|casa|bloco|bloque|bl\\.|bloc|sc\\.|scara|et\\.|etaj|kv\\.|кв\\.|m\\.|lote?|blk|house|no\\.|nr\\.?|n[°º]|floor|andar|room|app\\.?|bât\\.?|bat\\.|esc\\.?|escalier|porte|lgh|whg\\.?)";
/**
 * The unit words as written at a part's start, capitalised too ("Depto. 26", "Int. 3", "Esc. 2": session 50), except
 * the one-letter "m." (an initial: "M. Dupont").
 */
const UNIT_CASED = UNIT.replace(/(^\(\?:|\|)([a-z])(?=[a-z])/g, (_, separator: string, letter: string) => `${separator}[${letter}${letter.toUpperCase()}]`);
const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’.-]*";
/** Dutch "1015 KE" and the Swedish, Czech, Slovak and Greek "753 20" (session 50, dev-86). */
const SPACED_POSTCODE = "\\d{4}\\s?[A-Z]{2}(?![\\p{L}])|\\d{3}\\s\\d{2}(?![\\p{N}])";
const JOINER = "(?:de|da|do|dos|das|del|de la|la|el|los|las|y|e|van|der|di|al|el-)";
const PART = new RegExp(
  "^(?:,\\s?|\\s[-–]\\s)(?:" +
    // a unit with its number ("ap. 1502", "Int. 3", "Piso 5 Depto B", "casa 2")
    `${UNIT_CASED}\\s?[A-Za-z0-9/-]{1,6}(?:\\s${UNIT_CASED}\\s?[A-Za-z0-9/-]{1,6})?` +
    // a floor ("3° A", "5th floor")
    "|\\d{1,2}(?:[°ºª]|st|nd|rd|th)(?:\\s?(?:floor|piso|andar|[A-Z]))?" +
    // a French floor ("4e étage") and a ground floor ("r/c", session 50)
    "|\\d{1,2}(?:e|er|ère|ème)\\s?étage|r\\/c" +
    // a Swedish floor ("3 tr", "3 tr.") and a Danish floor and side ("2. tv", "st. th", "4. mf."; session 51)
    "|\\d{1,2}\\s?tr\\.?|(?:\\d{1,2}|st|kl)\\.\\s?(?:tv|th|mf)\\.?" +
    // a postcode, perhaps before its town ("S2000 Rosario", "30130-007", "(1900)")
    `|\\(?(?:[A-Z]\\d{4}[A-Z]{0,3}|${SPACED_POSTCODE}|\\d{4,5}(?:-\\d{3,4})?)\\)?(?:\\s${CAP_WORD}(?:\\s${CAP_WORD}){0,2})?` +
    // a Singapore unit ("#12-348") and a New Zealand rural delivery ("RD 4"; session 50, dev-84)
    "|#\\d{1,3}-\\d{1,5}|RD\\s\\d{1,2}" +
    // a state's code
    "|[A-Z]{2,4}" +
    // a place name, perhaps after "off", "near", "opp." and before a postcode
    `|(?:(?:off|near|opp\\.?|opposite|behind|beside)\\s)?${CAP_WORD}(?:\\s(?:${JOINER}\\s)?${CAP_WORD}){0,3}(?:\\s\\(?\\d{4,6}\\)?)?` +
    ")(?=[,\\n\\r\"'—;?!)]|\\s[-–—]|\\.?\\s*$|\\.\\s|\\s?$)",
  "u",
);
/**
 * Session 50 (dev-86): what follows a house number without a comma — a Dutch ground floor ("169 hs"), a Swedish floor
 * ("179 3 tr"), a Portuguese floor and side ("69 1.º Dto", "1.o Dto" after NFKC) — only as the first part, and the postcode and town on the
 * next line of a letter's address ("…\n1170-168 Lisboa", "…\n753 20 Uppsala"), the line ending there, or a unit's line.
 */
const SPACE_PART =
  /^\s(?:hs|huis|bis|ter|\d{1,2}\s?tr|\d{1,2}(?:\.?[º°ª]|\.?[oa])\s?(?:[Dd]to|[Dd]ir|[Ee]sq|[Ff]rt|[Ff]rente|izq|dcha|[A-Z])\.?)(?=[,\n]|\s?$|\s[-–—]|[.;?!]?\s)/u;
const LINE_POSTCODE_PART = new RegExp(
  `^\\n(?:[A-Z]\\d{4}[A-Z]{0,3}|${SPACED_POSTCODE}|\\d{4,5}(?:-\\d{3,4})?|[A-Z]\\d[A-Z]\\s\\d[A-Z]\\d)\\s${CAP_WORD}(?:\\s${CAP_WORD}){0,2}(?=\\n|$)`,
  "u",
);
/**
 * Session 51: a postcode and its town inside a sentence, the sentence going on in lower case after them ("…, 113 34
 * Stockholm if the courier asks", "…, 4050-262 Porto with my two cats"): a town followed by a lower-case word ends its
 * part there; a town's joined words stay whole ("06500 Ciudad de México"). Only the postcode forms that are no year ("113 34",
 * "4050-262", "1054 HK", "75011"), never a bare four digits.
 */
const POSTCODE_TOWN_IN_SENTENCE = new RegExp(
  `^,\\s?(?:[A-Z]\\d{4}[A-Z]{0,3}|${SPACED_POSTCODE}|\\d{5}|\\d{4,5}-\\d{3,4})\\s${CAP_WORD}(?:\\s(?:${JOINER}\\s)?${CAP_WORD}){0,2}(?=\\s\\p{Ll}|[,.;!?)\\n]|$)`,
  "u",
);
/**
 * Session 54 (dev-95, Presidio's templates filled as Faker writes `{{address}}`): the US and UK second line of an
 * address, its town, state and ZIP or its town and postcode ("…Wexford Court\nRiverton, WY 42155", "…Kestrel
 * Drive\nMillbrook NY 79966", "…\nLondon SW1A 2AA"), the sentence perhaps going on after it ("… 42155 for post mail?").
 */
const LINE_TOWN_STATE_POSTCODE = new RegExp(
  `^\\n[ \\t]{0,8}${CAP_WORD}(?:\\s${CAP_WORD}){0,2},?\\s(?:[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})(?![\\p{L}\\p{N}])`,
  "u",
);
/** A unit's own line between the street and the postcode ("…Jean Jaurès\nEsc. 2, 4e étage, porte droite\n31000 Toulouse"). */
const LINE_UNIT_PART = new RegExp(`^\\n${UNIT_CASED}\\s?[A-Za-z0-9/-]{1,6}(?=[,\\n]|$)`, "u");
const MAX_PARTS = 6;
/** The longest part read. */
const MAX_PART = 60;

/** The end of the address found at [start, end) with its unit, district, town, state and postcode parts after it. */
export function addressTailEnd(text: string, end: number): number {
  // A Singapore street's own number after its street word ("Tampines Street 68, #12-348, Singapore 523261").
  let at = end + (STREET_NUMBER_AFTER.exec(text.slice(end, end + 6))?.[0].length ?? 0);
  // After a postcode only a state's code or another number follows: a capitalised part is the next thing ("Kaiserring
  // 5, 68161 Mannheim, Familie Weber").
  let postcodePassed = POSTCODE_AND_TOWN_AT_END.test(text.slice(Math.max(0, end - 40), end));
  for (let parts = 0; parts < MAX_PARTS; parts++) {
    const window = text.slice(at, at + MAX_PART + 4);
    const part =
      PART.exec(window) ??
      (parts === 0 ? SPACE_PART.exec(window) : null) ??
      LINE_POSTCODE_PART.exec(window) ??
      LINE_TOWN_STATE_POSTCODE.exec(window) ??
      LINE_UNIT_PART.exec(window) ??
      POSTCODE_TOWN_IN_SENTENCE.exec(window);
    // A part that runs to the window's end before the text's is cut, not ended.
    if (part === null || (part[0].length === window.length && at + window.length < text.length)) break;
    const body = part[0].replace(SEPARATOR, "").replace(LINE_START, "");
    // A template's placeholder towns ("City, State") and a person or family after the address end it.
    if (PLACEHOLDER_OR_PERSON.test(body)) break;
    const isPostcode = POSTCODE_PART.test(body) && !UNIT_START.test(body);
    if (postcodePassed && !isPostcode && !STATE_CODE.test(body) && !provinceAfterPostcode(body)) break;
    postcodePassed ||= isPostcode;
    at += part[0].length;
  }
  // A sentence's full stop after a whole word ("…, Amsterdam, Nederland.") is no part of the place; an abbreviation's
  // stays ("Jal.", "Col.").
  return at > end && SENTENCE_STOP.test(text.slice(Math.max(end, at - 12), at + 1)) ? at - 1 : at;
}
const SENTENCE_STOP = /\p{Ll}{5}\.(?:\s|$)/u;
const STREET_NUMBER_AFTER = /^ \d{1,3}(?=,)/;

/**
 * A province or state written out after the postcode and town ("S2000 Rosario, Santa Fe", "La Plata (1900), Buenos
 * Aires"): a capitalised part whose first word is no given name ("…, 68161 Mannheim, Anna Weber" names the resident).
 */
function provinceAfterPostcode(body: string): boolean {
  const first = FIRST_WORD.exec(body);
  return first !== null && !GIVEN_NAMES.has(first[0].toLowerCase());
}
const FIRST_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?=\s|$)/u;

const SEPARATOR = /^(?:,\s?|\s[-–]\s)/;
const LINE_START = /^\n/;
const POSTCODE_PART = /^\(?(?:[A-Z]\d{4}[A-Z]{0,3}|\d{4}\s?[A-Z]{2}(?![\p{L}])|\d{3}\s\d{2}(?![\p{N}])|\d{4,5}(?:-\d{3,4})?)\)?(?:\s|$)|\s\(?\d{4,6}\)?$/u;
const STATE_CODE = /^[A-Z]{2,4}$/;
const UNIT_START = new RegExp(`^${UNIT}(?![\\p{L}])`, "iu");
const POSTCODE_AND_TOWN_AT_END = /\d{4,5}\s\p{Lu}[\p{L}-]+$/u;
const PLACEHOLDER_OR_PERSON =
  /^(?:(?:City|Town|Anytown|State|Country|Province|Your ?City|Ciudad|Ville|Stadt|Estado|Land|Familie|Family|Fam\.|c\/o|Attn\.?|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|Sr\.?|Sra\.?)(?![\p{L}])|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:said|says|wrote|asked))/u;

const HEAD = new RegExp(
  "(?:(?<![\\p{L}\\p{N}])(?:No\\.?|Nr\\.?|Plot|House(?: No\\.?)?|H\\.\\s?No\\.?|Blk\\.?|Block)\\s?" +
    "|(?<![\\p{L}\\p{N}])(?:Flat|Unit|Apt\\.?|Apartment|Suite|Blk|Block)\\s[A-Za-z0-9-]{1,5},?\\s(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s){0,3}(?:Townhomes|Court|Gardens|Residences|Tower|Apartments|Mansions|Condominiums?|Estate|Villas|Heights|Homes),\\s)?)$",
  "u",
);

/** The start of the address found at `start` with a house or unit label written before it. */
export function addressHeadStart(text: string, start: number): number {
  const from = Math.max(0, start - 80);
  const head = HEAD.exec(text.slice(from, start));
  return head === null ? start : from + head.index;
}
