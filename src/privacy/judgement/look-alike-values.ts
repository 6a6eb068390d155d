/**
 * Session-35 judgements of values that look private but identify nobody (issue #15's held-out false positives, tuned
 * on dev-25 half A):
 *  - another field's date in a record with a birth-date column: a date in the reach of a DOB label whose own label on
 *    its line names another dated field ("Date of birth: … / Start date: 01/09/2024", "Eintritt: 01.02.2025",
 *    `max="…"`); a label naming a person ("Mother: …") or the birth date keeps it;
 *  - an example phone number in talk about phone formats: the text asks for a regex, an E.164 form, a conversion or
 *    validation, and an example word stands right before the number ("turn user input like (415) 555-2671 into
 *    E.164", "vaste nummers zoals 020-…"); a number in a parse call or a failing test without such a word is still
 *    reported (the labelled sets count it as a customer's), as is one after a personal cue; session 36 adds the rest of
 *    an example list and numbers in a question about how numbers are written (see isPhoneFormatExample);
 *  - a masked value: the digits shown are followed by mask characters (`40817 810 X XXXX XXXX`, `4000 12•• ••••`),
 *    a template or a redacted statement;
 *  - a place's address by what the text does with it: geocoding or map code ("geocoder.geocode({ address: … })",
 *    Nominatim `q=…`, "współrzędne"), a review of the place ("write a 3-star review for …", "Google review", "리뷰",
 *    "レビュー"; not the verb "review this letter"), or a row of an SQL insert into a table of places (stores, branches,
 *    venues, warehouses …); a personal cue or a person's full name (two known names)
 *    just before it keeps it reported;
 *  - (session 36) a property listing's address (for sale, to let, beds and baths, 1LDK, BHK …), with no personal cue
 *    or full name before it.
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
/**
 * An example word right before the number ("input like", "such as", "zoals", "wie", "comme", "como", "例如"), or before
 * an earlier number of the same list ("written like 98765 43210, 09876543210 or +91-9876543210": session 36).
 */
const EXAMPLE_WORD_BEFORE =
  /(?:(?<![\p{L}])(?:like|such as|e\.g\.|for example|for instance|zoals|bijvoorbeeld|wie|z\.\s?b\.|beispielsweise|zum beispiel|comme|par exemple|como|por ejemplo|por exemplo|tipo|come|ad esempio|per esempio|typu|np\.|na przykład|örneğin|вида|типа|например|match(?:es)?|matchen|accepts?)|例如|比如|例えば|匹配)\s*["'«“(]?(?:[+(]?\d[\d\s().-]{4,20}\d["'»”)]?\s*(?:,|or|and|of|oder|und|ou|et|o|y|e|lub|или|и|或|和|及|、|と|또는|\/)\s*["'«“(]?)*$/iu;
/**
 * A question about how phone numbers are written, in the number's own sentence ("should UK mobiles be written … or
 * …", "how do I display … as …", "hoe schrijf je …", "как правильно оформлять …", "这种格式"): the number is an example.
 */
const FORMAT_QUESTION =
  /(?<![\p{L}])(?:how (?:do|should|can|would|to)(?: \p{L}+){0,3} (?:write|format|display|show|store|spell|type)|(?:be|get) (?:written|formatted|displayed|stored)|(?:is|are) (?:written|formatted|displayed|stored) (?:as|like|in (?:the |this |that |which |what )?(?:\p{L}+ )?format)|written (?:like|as)|style ?guide|house style|wie (?:schreibt|schreibe|formatiere|formatiert)|schreibweise|comment (?:écrire|formater|écrit-on|on écrit)|cómo (?:escribir|formatear|se escribe)|come (?:scrivere|formattare|si scrive)|como (?:escrever|formatar|se escreve)|hoe (?:schrijf|formatteer|noteer)|huisstijl|jak (?:zapisać|zapisywać|formatować|sformatować)|nasıl yaz\p{L}*|как (?:правильно )?(?:писать|записывать|оформлять|форматировать)|правильно оформл\p{L}*)(?![\p{L}])|这种格式|这种写法|怎么写|書き方|表記|표기법|쓰는 법/iu;
/**
 * A phone word, or the number written a second way, in the same sentence: the format question is about how phone numbers
 * are written ("how do I display 4915112345678 as +49 151 12345678"), not "how do I write a text to 06…" or "call 06… —
 * how should I format the invitation?" (review of session 36: those hid a real number).
 */
const ABOUT_PHONE_NUMBERS =
  /(?<![\p{L}])(?:(?:phone|telephone|mobile|cell|landline|fax)s?|numbers?|nummers?|mobiel\p{L}*|handy\p{L}*|rufnummer\p{L}*|telefon\p{L}*|telefoon\p{L}*|numéros?|portables?|números?|numer\p{L}*|celular\p{L}*|cellular\p{L}*|móvil\p{L}*|movil\p{L}*|номер\p{L}*|телефон\p{L}*)(?![\p{L}])|电话|電話|手机|手機|号码|號碼|番号|携帯|번호|전화|휴대폰|\d[\d\s().-]{4,}\d/iu;
/** The sentence of a value: from the last sentence end before it to the next one after it (160 characters each way at most). */
const SENTENCE_END_BEFORE = /[.!?。！？\n](?=[^.!?。！？\n]*$)/u;
const SENTENCE_END_AFTER = /[!?。！？\n]|\.(?:\s|$)/u;

function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - 160), start);
  const cut = SENTENCE_END_BEFORE.exec(head);
  const tail = text.slice(end, Math.min(text.length, end + 160));
  const stop = SENTENCE_END_AFTER.exec(tail);
  return { before: cut === null ? head : head.slice(cut.index + 1), after: stop === null ? tail : tail.slice(0, stop.index + 1) };
}

/** A phone word a few words after a possession cue ("my mum's mobile", "le portable de ma sœur", "我爸的手机号"). */
const POSSESSED_PHONE =
  /(?:my|our|his|her|their|mein\p{L}*|unser\p{L}*|ma|mon|mi|mio|mia|meu|minha|mijn|mój|moja|min|mitt)(?:\s+\p{L}+(?:['’]s)?){0,3}\s+(?:number|phone|mobile|cell|nummer|handy|numéro|portable|número|numero|telefon\p{L}*|telefoon|celular|cellulare)(?![\p{L}])/iu;

/** Possession right before the number (40 characters, its line) or a possessed phone word in its sentence. */
function possessedNumber(text: string, start: number, sentenceBefore: string): boolean {
  const near = text.slice(Math.max(0, start - 40), start);
  return POSSESSION_CUE.test(near.slice(near.lastIndexOf("\n") + 1)) || POSSESSED_PHONE.test(sentenceBefore);
}

/**
 * Policy (session 36, issue #15): a phone number in prose about how numbers are written — after an example word, in a
 * list after one, or in a sentence asking how to write, format or display numbers — with no person or possession cue
 * (my, a relative, 我的 …) and no full name before it in its sentence, is an example. A number in a parse call, a
 * failing test or a record stays reported (the labelled sets count those as someone's).
 */
function isPhoneFormatExample(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "phone") return false;
  const { before, after } = sentenceAround(text, finding.start, finding.end);
  const example = EXAMPLE_WORD_BEFORE.test(text.slice(Math.max(0, finding.start - 96), finding.start));
  const formatQuestion = FORMAT_QUESTION.test(before + after) && ABOUT_PHONE_NUMBERS.test(before + after);
  if (!example && !formatQuestion) return false;
  if (possessedNumber(text, finding.start, before) || fullNameBefore(text, finding.start)) return false;
  return !example || formatQuestion || PHONE_FORMAT_TALK.test(text.slice(Math.max(0, finding.start - 200), Math.min(text.length, finding.end + 200)));
}

/**
 * Possession and relatives right before a number ("my", "our", "mum's", "Kardeşim", "我爸", "мой"): the number is
 * someone's. Unlike the personal cues of public-context.ts, a bare "I" ("how do I display …") is not one.
 */
const POSSESSION_CUE =
  /(?<![\p{L}])(?:my|mine|our|his|her|their|mum|mom|dad|father|mother|brother|sister|wife|husband|son|daughter|friend|neighbou?r|colleague|boss|client|customer|patient|tenant|mein\p{L}*|unser\p{L}*|mon|ma|mes|notre|nos|mi|mis|nuestr\p{L}*|mio|mia|miei|mie|nostr\p{L}*|meu|minha|meus|minhas|noss\p{L}*|mijn|onze|mój|moja|moje|nasz\p{L}*|min|mitt|mina|vår|benim|annem|babam|kardeş\p{L}*|мой|моя|мои|моего|моей|наш\p{L}*|mera|meri|mere|sœur|frère|mère|père|hermano|hermana|madre|padre|irmão|irmã|mãe|pai|fratello|sorella|bruder|schwester|mutter|vater|broer|zus|moeder|vader|brat|siostra|matka|ojciec)(?![\p{L}])|我的|我妈|我爸|我家|我哥|我姐|我弟|我妹|私の|母の|父の|엄마|아빠|우리|(?<!\p{Script=Hangul})(?:제|내)\s|मेरा|मेरी|मेरे|أخي|أختي|أمي|أبي|رقمي|tôi|mẹ|bố/iu;

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

/**
 * A property listing (for sale or to let, beds and baths, m², price words, 1LDK, BHK …): the address is the
 * property's, and a listing names no owner (session 36). A personal cue or a full name before it keeps it reported
 * ("my neighbour Mr Gareth Hughes at …", a tenancy reference naming the tenant).
 */
const LISTING_CUE =
  /(?<![\p{L}])(?:for sale|to let(?=\s*(?:[:,.;!)–—-]|$))|for rent|offers (?:over|in excess of)|asking price|guide price|open house|listing|(?:\d+|one|two|three|four|five)[- ]?bed(?:room)?s?|\d+(?:\.\d)?[- ]?bath(?:room)?s?|sq\.? ?ft|zu verkaufen|zu vermieten|kaltmiete|warmmiete|exposé|wohnfläche|\d-zimmer\p{L}*|à vendre|à louer|annonce immobili\p{L}*|se vende|se alquila|en venta|en alquiler|in vendita|in affitto|annuncio immobiliare|bilocale|trilocale|monolocale|quadrilocale|vende-se|aluga-se|à venda|para alugar|te koop|te huur|vraagprijs|na sprzedaż|do wynajęcia|sprzedam|wynajmę|satılık|kiralık|продаётся|продается|сдаётся|сдается|till salu|uthyres)(?![\p{L}])|\d\s?(?:LDK|SLDK|BHK)(?![\p{L}])|物件|賃料|間取り|出售|出租|售价|房源|매매|전세|월세|매물/iu;

/** A given name right before the address ("to Sarah at …", "Sarah's flat, …") or as the one living there after it. */
const NAME_AT_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:['’]s(?: (?:home|house|flat|place|address))?)?(?:\s*,|\s+(?:at|in|@))?\s*$/u;
const NAME_LIVES_AFTER = /^[^.!?\n]{0,60}?(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:lives|lived|stays|is staying|resides)(?![\p{L}])/u;

function givenNameAround(before: string, after: string): boolean {
  const name = NAME_AT_BEFORE.exec(before)?.[1] ?? NAME_LIVES_AFTER.exec(after)?.[1];
  return name !== undefined && isPersonName(name);
}

function isListedProperty(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "street_address" || personalBefore(text, finding.start) || fullNameBefore(text, finding.start)) return false;
  const before = text.slice(Math.max(0, finding.start - 120), finding.start);
  const after = text.slice(finding.end, Math.min(text.length, finding.end + 160));
  // Review of session 36: a lone given name ("to Sarah at …", "… where Sarah lives") makes it someone's address.
  return LISTING_CUE.test(before + text.slice(finding.start, finding.end) + after) && !givenNameAround(before, after);
}

export function isLookAlikeValue(text: string, finding: PrivacyFinding): boolean {
  return (
    isOtherDateField(text, finding) ||
    isPhoneFormatExample(text, finding) ||
    isMaskedValue(text, finding) ||
    isPlaceAddress(text, finding) ||
    isListedProperty(text, finding)
  );
}
