/**
 * Session-35 judgements of values that look private but identify nobody (issue #15's held-out false positives, tuned
 * on dev-25 half A):
 *  - another field's date in a record with a birth-date column: a date in the reach of a DOB label whose own label on
 *    its line names another dated field ("Date of birth: … / Start date: 01/09/2024", "Eintritt: 01.02.2025",
 *    `max="…"`); a label naming a person ("Mother: …") or the birth date keeps it;
 *  - an example phone number in talk about phone formats: the text asks for a regex, an E.164 form, a conversion or
 *    validation, and an example word stands right before the number ("turn user input like (415) 555-2671 into
 *    E.164", "vaste nummers zoals 020-…"); a number in a parse call or a failing test without such a word is still
 *    reported (the labelled sets count it as a customer's), as is one after a personal cue;
 *  - a masked value: the digits shown are followed by mask characters (`40817 810 X XXXX XXXX`, `4000 12•• ••••`),
 *    a template or a redacted statement;
 *  - a place's address by what the text does with it: geocoding or map code ("geocoder.geocode({ address: … })",
 *    Nominatim `q=…`, "współrzędne"), a review of the place ("write a 3-star review for …", "Google review", "리뷰",
 *    "レビュー"; not the verb "review this letter"), or a row of an SQL insert into a table of places (stores, branches,
 *    venues, warehouses …); a personal cue or a person's full name (two known names)
 *    just before it keeps it reported.
 * Each check reads a window of at most ~200 characters around the finding.
 */
import type { PrivacyFinding } from "../types.js";
import { isPersonName } from "../detectors/people-names.js";
import { personalBefore } from "./public-context.js";

/** The label of the field a date belongs to: the words after the last separator on its line, then `:` or `=`. */
const FIELD_LABEL_BEFORE = /(?:^|[,;|/\t(<{>\s])["']?(\p{L}[\p{L}\p{N} _.'-]{0,30}?)["']?\s*[:=：]\s*["'«]?$/u;
/** Labels that name the birth date itself: the date stays a birth date. */
const BIRTH_LABEL = /birth|dob|d\.o\.b|born|geb|naiss|née?(?![\p{L}])|nac|nasc|nat[oa](?![\p{L}])|geboor|urodz|doğum|lahir|fødsel|födelse|рожд|जन्म|生|생년/iu;
/**
 * Labels of another dated field (start, hire, issue, expiry, admission, a bound …), each word read from its start
 * (German compounds also by their ending: "Vertragsbeginn", "Kaufdatum"), so a name or person label holding such
 * letters ("Wendy", "Brenda", "Hendrik", "Signe", "Dayana", "Dependent", "Friend", "Candidate") is not one, and a
 * label naming a person ("Mother: 02/03/1955" under "Dates of birth") keeps its date a birth date.
 */
const OTHER_DATE_LABEL =
  /(?<![\p{L}])(?:date|datum|fecha|data|start|end(?:e|datum)?(?![\p{L}])|begin|hired?(?![\p{L}])|join|issue|expir|valid|creat|updat|modif|sign(?:ed|ature|ing|[ _-]?(?:up|on))|effective|due(?![\p{L}])|deadline|admission|admitted|discharge|visit|appointment|registr|enrol|since|until|eintritt|austritt|einstell|ausstell|ausgestellt|gültig|début|embauche|entrée|délivr|alta(?![\p{L}])|baja(?![\p{L}])|inicio|ingreso|expedición|vencimiento|assunzione|inizio|scadenza|rilascio|indienst|afgifte|geldig|admissão|início|emissão|validade|zatrudni|ważn|wydan)|(?:datum|beginn|ende|start|day)(?![\p{L}])|^(?:min|max)$|入社|発行|有効|入职|签发|입사|발급|유효|выдач|начал|окончан/iu;

function isOtherDateField(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "date_of_birth" || finding.rule !== "date-in-dob-column") return false;
  const before = text.slice(Math.max(0, finding.start - 48), finding.start);
  const label = FIELD_LABEL_BEFORE.exec(before.slice(before.lastIndexOf("\n") + 1))?.[1]!.trim();
  return label !== undefined && OTHER_DATE_LABEL.test(label) && !BIRTH_LABEL.test(label);
}

/** Talk about phone-number formats: regexes, E.164, conversion, validation, format libraries. */
const PHONE_FORMAT_TALK =
  /e\.?164|(?<![\p{L}])(?:regex\p{L}*|regexp|regular expression|libphonenumber|phonenumbers|normali[sz]\p{L}*|convert\p{L}*|omzet\p{L}*|umwandel\p{L}*|umwandl\p{L}*|convertir|converter|convertire|konwert\p{L}*|przekształc\p{L}*|привести|преобраз\p{L}*|valid(?:ate|ation|ator|ar|er|eren|ieren)\p{L}*|expresión regular|expressão regular|espressione regolare|reguliere expressie|regulär\p{L}* ausdruck|wyrażeni\p{L}* regularn\p{L}*|регулярк\p{L}*|регулярн\p{L}* выражени\p{L}*)(?![\p{L}])|正则|正規表現|정규식|转换|変換|변환/iu;
/** An example word right before the number ("input like", "such as", "zoals", "wie", "comme", "como", "例如"). */
const EXAMPLE_WORD_BEFORE = /(?:(?<![\p{L}])(?:like|such as|e\.g\.|zoals|wie|comme|como|tipo|come|typu|np\.|вида|типа|например)|例如|比如)\s*["'«“(]?$/iu;

function isPhoneFormatExample(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "phone" || !EXAMPLE_WORD_BEFORE.test(text.slice(Math.max(0, finding.start - 24), finding.start))) return false;
  if (personalBefore(text, finding.start) || fullNameBefore(text, finding.start)) return false;
  return PHONE_FORMAT_TALK.test(text.slice(Math.max(0, finding.start - 200), Math.min(text.length, finding.end + 200)));
}

const MASKABLE = new Set<string>(["bank_account", "payment_card", "iban", "national_id", "us_ssn", "phone", "passport", "driver_license"]);
/** Two or more groups of mask characters right after the digits shown. */
const MASK_AFTER = /^[\s-]?[Xx*•#]{1,4}(?:[\s-]?[Xx*•#]{1,4})+(?![\p{L}\p{N}])/u;

function isMaskedValue(text: string, finding: PrivacyFinding): boolean {
  return MASKABLE.has(finding.category) && MASK_AFTER.test(text.slice(finding.end, finding.end + 24));
}

/** Geocoding and map code or queries, and reviews of places: the address is a place's. */
const PLACE_USE =
  /(?<![\p{L}])(?:geocod\p{L}*|geokod\p{L}*|nominatim|mapbox|google maps api|places api|współrzędn\p{L}*|coordenadas|геокод\p{L}*|(?:\d-star|google|yelp|tripadvisor|restaurant|hotel|shop|store) reviews?|reviews? (?:for|of) the|(?:write|leave|post) (?:a|an|my) (?:\p{L}+ )?review|yelp|tripadvisor|rezension|(?:google-)?bewertung für|reseña|recensione|recensie|recenzj\p{L}*|avaliação|отзыв\p{L}*|yorum yaz\p{L}*)(?![\p{L}])|ジオコーディング|地理编码|지오코딩|レビュー|口コミ|クチコミ|点评|點評|리뷰|후기/iu;
/** Two capitalised words in a row (a first and a last name if both are known names). */
const CAPITALISED_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu;

/** A person's full name (two known names in a row) in the 60 characters before `start`. */
function fullNameBefore(text: string, start: number): boolean {
  for (const pair of text.slice(Math.max(0, start - 60), start).matchAll(CAPITALISED_PAIR)) if (isPersonName(pair[1]!) && isPersonName(pair[2]!)) return true;
  return false;
}

/** An SQL insert into a table of places, up to the finding (same statement). */
const PLACE_TABLE_INSERT =
  /insert\s+into\s+[`"[]?\w*(?:store|shop|branch|location|venue|office|warehouse|restaurant|hotel|site|facilit|clinic|school|station|outlet|depot|place|poi|landmark)\w*[^;]*$/i;

function isPlaceAddress(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "street_address" || personalBefore(text, finding.start) || fullNameBefore(text, finding.start)) return false;
  if (PLACE_USE.test(text.slice(Math.max(0, finding.start - 200), Math.min(text.length, finding.end + 200)))) return true;
  return finding.rule === "sql-insert-column" && PLACE_TABLE_INSERT.test(text.slice(Math.max(0, finding.start - 2000), finding.start));
}

export function isLookAlikeValue(text: string, finding: PrivacyFinding): boolean {
  return isOtherDateField(text, finding) || isPhoneFormatExample(text, finding) || isMaskedValue(text, finding) || isPlaceAddress(text, finding);
}
