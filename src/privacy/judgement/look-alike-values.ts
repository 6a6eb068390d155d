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
 *    or full name before it;
 *  - (session 39, dev-37) a well-known public address (the lexicon's PUBLIC_ADDRESSES: 1600 Pennsylvania Avenue,
 *    10 Downing Street …) found by any rule — a record field, an SQL literal, a table cell — as the free-text address
 *    rule already skips it.
 * Each check reads a window of at most ~200 characters around the finding.
 */
import type { PrivacyFinding } from "../types.js";
import { isNameIncludingCommonWords, isPersonName } from "../detectors/people-names.js";
import { startsWithPublicAddress } from "../detectors/lexicon.js";
import { fullNameBefore, isFullNamePair, personalBefore } from "./public-context.js";
import { textWindow } from "../one-byte-windows.js";

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

/** A clock time right after a date ("2026-12-04 08:15", "2026-12-04T08:15"): a timestamp (session 38). */
const CLOCK_TIME_AFTER = /^(?:[ T]|,? (?:at|um|à|a las|alle|om|o) )\d{1,2}:\d{2}(?!\d)/;

function isOtherDateField(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "date_of_birth" || finding.rule !== "date-in-dob-column") return false;
  // A date with a clock time is a record's timestamp (collected, admitted, signed), not the birth date beside it.
  if (CLOCK_TIME_AFTER.test(text.slice(finding.end, finding.end + 16))) return true;
  if (isProductRowDate(text, finding.start)) return true;
  if (isAnimalTableDate(text, finding.start)) return true;
  const before = textWindow(text, finding.start - 48, finding.start);
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
  const head = textWindow(text, start - 160, start);
  const cut = SENTENCE_END_BEFORE.exec(head);
  const tail = textWindow(text, end, end + 160);
  const stop = SENTENCE_END_AFTER.exec(tail);
  return { before: cut === null ? head : head.slice(cut.index + 1), after: stop === null ? tail : tail.slice(0, stop.index + 1) };
}

/** A phone word a few words after a possession cue ("my mum's mobile", "le portable de ma sœur", "我爸的手机号"). */
const POSSESSED_PHONE =
  /(?:my|our|his|her|their|mein\p{L}*|unser\p{L}*|ma|mon|mi|mio|mia|meu|minha|mijn|mój|moja|min|mitt)(?:\s+\p{L}+(?:['’]s)?){0,3}\s+(?:number|phone|mobile|cell|nummer|handy|numéro|portable|número|numero|telefon\p{L}*|telefoon|celular|cellulare)(?![\p{L}])/iu;

/** Possession right before the number (40 characters, its line) or a possessed phone word in its sentence. */
function possessedNumber(text: string, start: number, sentenceBefore: string): boolean {
  const near = textWindow(text, start - 40, start);
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
  const example = EXAMPLE_WORD_BEFORE.test(textWindow(text, finding.start - 96, finding.start));
  const formatQuestion = FORMAT_QUESTION.test(before + after) && ABOUT_PHONE_NUMBERS.test(before + after);
  if (!example && !formatQuestion) return false;
  if (possessedNumber(text, finding.start, before) || fullNameBefore(text, finding.start)) return false;
  return !example || formatQuestion || PHONE_FORMAT_TALK.test(textWindow(text, finding.start - 200, finding.end + 200));
}

/**
 * Possession and relatives right before a number ("my", "our", "mum's", "Kardeşim", "我爸", "мой"): the number is
 * someone's. Unlike the personal cues of public-context.ts, a bare "I" ("how do I display …") is not one.
 */
const POSSESSION_CUE =
  /(?<![\p{L}])(?:my|mine|our|his|her|their|mum|mom|dad|father|mother|brother|sister|wife|husband|son|daughter|friend|neighbou?r|colleague|boss|client|customer|patient|tenant|mein\p{L}*|unser\p{L}*|mon|ma|mes|notre|nos|mi|mis|nuestr\p{L}*|mio|mia|miei|mie|nostr\p{L}*|meu|minha|meus|minhas|noss\p{L}*|mijn|onze|mój|moja|moje|nasz\p{L}*|min|mitt|mina|vår|benim|annem|babam|kardeş\p{L}*|мой|моя|мои|моего|моей|наш\p{L}*|mera|meri|mere|sœur|frère|mère|père|hermano|hermana|madre|padre|irmão|irmã|mãe|pai|fratello|sorella|bruder|schwester|mutter|vater|broer|zus|moeder|vader|brat|siostra|matka|ojciec)(?![\p{L}])|我的|我妈|我爸|我家|我哥|我姐|我弟|我妹|私の|母の|父の|엄마|아빠|우리|(?<!\p{Script=Hangul})(?:제|내)\s|मेरा|मेरी|मेरे|أخي|أختي|أمي|أبي|رقمي|tôi|mẹ|bố/iu;

const MASKABLE = new Set<string>(["bank_account", "payment_card", "iban", "national_id", "us_ssn", "phone", "passport", "driver_license"]);
/**
 * Two or more mask characters right after the digits shown, single spaces or hyphens allowed between them. (Written
 * as groups of one to four with optional separators until session 47, the same language: a run of mask characters
 * split into groups in exponentially many ways, tried in full before a digit — the ReDoS check's attack.)
 */
const MASK_AFTER = /^[\s-]?[Xx*•#](?:[\s-]?[Xx*•#])+(?![\p{L}\p{N}])/u;

function isMaskedValue(text: string, finding: PrivacyFinding): boolean {
  return MASKABLE.has(finding.category) && MASK_AFTER.test(text.slice(finding.end, finding.end + 24));
}

/**
 * Session 47 (dev-73): an Indian PAN, alone or inside a GSTIN, whose fourth letter (the holder's type) is a company's
 * (C), a firm's (F), a trust's (T), a government's (G), a local authority's (L), an artificial juridical person's (J),
 * an association's (A) or a body of individuals' (B): "रिलायंस इंडस्ट्रीज़ का GSTIN 27AAACR5055K1Z7" identifies a business,
 * not a person. A person's (P) and a Hindu undivided family's (H) stay.
 */
const ENTITY_PAN = /^(?:\d{2})?[A-Z]{3}[ABCFGJLT][A-Z]\d{4}[A-Z](?:[1-9A-Z]Z[0-9A-Z])?$/;

/** Session 51 (dev-88): the Swiss enterprise identification number (UID, `CHE-123.456.789`, with MWST/TVA/IVA): a business's only. */
const SWISS_UID = /^CHE[-\s]?\d{3}\.?\d{3}\.?\d{3}(?:\s?(?:MWST|TVA|IVA|HR))?$/;

function isEntityTaxNumber(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "national_id") return false;
  const length = finding.end - finding.start;
  const value = text.slice(finding.start, finding.end);
  return ((length === 10 || length === 15) && ENTITY_PAN.test(value)) || (length >= 12 && length <= 20 && SWISS_UID.test(value));
}

/** Geocoding and map code or queries, and reviews of places: the address is a place's. */
const PLACE_USE =
  /(?<![\p{L}])(?:geocod\p{L}*|geokod\p{L}*|nominatim|mapbox|google maps api|places api|współrzędn\p{L}*|coordenadas|геокод\p{L}*|(?:\d-star|google|yelp|tripadvisor|restaurant|hotel|shop|store) reviews?|reviews? (?:for|of) the|(?:write|leave|post) (?:a|an|my) (?:\p{L}+ )?review|yelp|tripadvisor|rezension|(?:google-)?bewertung für|reseña|recensione|recensie|recenzj\p{L}*|avaliação|отзыв\p{L}*|yorum yaz\p{L}*)(?![\p{L}])|ジオコーディング|地理编码|지오코딩|レビュー|口コミ|クチコミ|点评|點評|리뷰|후기/iu;
/** An SQL insert into a table of places, up to the finding (same statement). */
const PLACE_TABLE_INSERT =
  /insert\s+into\s+[`"[]?\w*(?:store|shop|branch|location|venue|office|warehouse|restaurant|hotel|site|facilit|clinic|school|station|outlet|depot|place|poi|landmark)\w*[^;]*$/i;

function isPlaceAddress(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "street_address") return false;
  // A row of a table with a business column and no person column: the capitalised words before it name the business.
  // Session 46 (dev-66): also an address a prose rule found in such a row (a public offices' directory). Session 47
  // (dev-72): only the row's own words before it are read for a personal cue (the header's `domicilio` is none).
  const tableRow = finding.rule === "table-column" || TABLE_DELIMITER.test(lineAround(text, finding.start));
  if (tableRow && !personalBeforeOnLine(text, finding.start) && isPlaceTableRow(text, finding.start)) return true;
  if (personalBefore(text, finding.start)) return false;
  if (fullNameBefore(text, finding.start)) return false;
  if (PLACE_USE.test(textWindow(text, finding.start - 200, finding.end + 200))) return true;
  if (finding.rule === "sql-insert-column") return PLACE_TABLE_INSERT.test(textWindow(text, finding.start - 2000, finding.start));
  return finding.rule === "record-field" && (isPlaceRecord(text, finding.start) || placeHeadedRecord(text, finding.start));
}

/** `personalBefore` within the value's own line. */
function personalBeforeOnLine(text: string, start: number): boolean {
  const before = textWindow(text, start - 50, start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return personalBefore(line, line.length);
}

/**
 * A phone number in a row of a table with a business or office column and no person column (a public offices'
 * directory: "Service | Adresse | Téléphone", "窓口 | 所在地 | 電話"): the office's line (session 46, dev-66).
 */
function isPlacePhone(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "phone" || personalBefore(text, finding.start)) return false;
  return (finding.rule === "table-column" && isPlaceTableRow(text, finding.start)) || placeHeadedRecord(text, finding.start);
}

/**
 * A record whose first key names a hospital, clinic or company (`{"hospital": "Hospital Universitario La Paz",
 * "telefono": …}`, `{"klinik": …, "adresse": …}`) and no person key: its phone and address are the place's (session 47,
 * dev-72). Read within the enclosing braces, 600 characters back at most.
 */
const PLACE_FIRST_KEY =
  /^\s*["']?(?:hospital|h[ôo]pital|klinik|klinikum|krankenhaus|ospedale|ziekenhuis|szpital|clinic|cl[íi]nica|clinique|company|empresa|firma|azienda|entreprise|bedrijf|store|shop)["']?\s*:/iu;

function placeHeadedRecord(text: string, start: number): boolean {
  // The brace is found in the text itself: only a record that opens within the 600 characters is sliced (session 53).
  const brace = enclosingBrace(text, Math.max(0, start - 600), start);
  if (brace < 0) return false;
  const record = textWindow(text, brace + 1, start);
  return PLACE_FIRST_KEY.test(record) && !PERSON_KEY.test(record) && !LOCAL_PERSON_KEY.test(record);
}

/** Person keys in the languages of dev-72 (beyond PERSON_KEY's): a patient, guest or employee in the record. */
const LOCAL_PERSON_KEY =
  /(?<![\p{L}])["']?(?:name|nom|naam|nome|paciente|paziente|pacjent|patiënt|patiente|patientin|mitarbeiter\p{L}*|empleado|dipendente|salari[ée]|medewerker|pracownik|hu[ée]sped|ospite|gast|h[óo]spede|cliente|klant|klient|asegurado|assicurato|versicherte\p{L}*)["']?\s*[:=]/iu;

/**
 * Session 38 (dev-33): the records of places. A store locator, a branch list or a venue table in code (`const stores =
 * [ … ]`, `magasins = [ … ]`, `locations:` then `- …`), a schema.org node typed as a business or place (`"@type":
 * "Restaurant"`, `"Bakery"`; not `"Person"`), or a table whose header names a business column and no person column
 * (`business,street,city,postcode`): the addresses in them are the places'. A person field in the record (customer,
 * patient, first_name …) keeps the address reported, as do a personal cue and a full name before it (the caller).
 */
/** A collection's name and its opening bracket (or a YAML key and its first list item); read from word starts only. */
const COLLECTION_OPENER = /(?<![\p{L}\p{N}_$-])([\p{L}\p{N}_$-]+)["'`]?\s*(?:[=:]\s*(?:\[|\(|\{\s*\[)|:[ \t]*\n[ \t]*-)/gu;
const PLACE_COLLECTION_NAME =
  /store|shop|branch|location|venue|office|warehouse|restaurant|hotel|site|clinic|school|station|outlet|depot|place|poi(?![a-z])|landmark|pharmac|hospital|museum|showroom|dealer|franchise|magasin|boutique|enseigne|agence|tienda|sucursal|negocio|negozi|filial|geschaeft|geschäft|laden|läden|standort|winkel|vestiging|sklep|oddzia|lokal|loja|unidade|mağaza|şube|magazin|门店|店铺|店舗|店|매장|지점/iu;
const SCHEMA_TYPE = /"@type"\s*:\s*"([^"]{1,40})"/g;
/** schema.org types of a node's parts (its address, geo point, contact point): they say nothing of its owner. */
const SCHEMA_PART_TYPE = /^(?:PostalAddress|GeoCoordinates|GeoShape|ContactPoint|PropertyValue|OpeningHoursSpecification|ImageObject)$/;
const SCHEMA_PERSON_TYPE = /^(?:Person|Patient|Physician|Author)$/;
/** Record keys that name a person: the address in the record is theirs. */
const PERSON_KEY =
  /(?<![\p{L}])["']?(?:first[ _-]?name|last[ _-]?name|given[ _-]?name|family[ _-]?name|full[ _-]?name|surname|customer|client|patient|employee|member|tenant|resident|owner|person|contact|user|recipient|vorname|nachname|kunde|prénom|nombre|apellido|cognome|achternaam|imię|nazwisko)\w*["']?\s*[:=]/iu;

function isPlaceRecord(text: string, start: number): boolean {
  // A list of some twenty places fits in the 2,000 characters read back (as for a table's header and an SQL insert).
  const window = textWindow(text, start - 2000, start);
  // The record the value sits in, from its opening brace (nested records skipped over: session 38 review, `{ customer: {
  // id: 77 }, address: … }`): a person key there makes it someone's address.
  if (PERSON_KEY.test(window.slice(enclosingBrace(window, 0, window.length) + 1))) return false;
  let schemaType: string | undefined;
  SCHEMA_TYPE.lastIndex = 0;
  for (let found = SCHEMA_TYPE.exec(window); found !== null; found = SCHEMA_TYPE.exec(window)) if (!SCHEMA_PART_TYPE.test(found[1]!)) schemaType = found[1]!;
  if (schemaType !== undefined) return !SCHEMA_PERSON_TYPE.test(schemaType);
  let collection: string | undefined;
  COLLECTION_OPENER.lastIndex = 0;
  for (let found = COLLECTION_OPENER.exec(window); found !== null; found = COLLECTION_OPENER.exec(window)) collection = found[1]!;
  return collection !== undefined && PLACE_COLLECTION_NAME.test(collection);
}

/**
 * The index of the opening brace of the record that `end` sits in, read back to `from` (nested closed records skipped),
 * or -1.
 */
function enclosingBrace(text: string, from: number, end: number): number {
  let depth = 0;
  for (let index = end - 1; index >= from; index--) {
    const char = text.charCodeAt(index);
    if (char === 0x7d) depth++;
    else if (char === 0x7b) {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

/** A header cell naming a business or place (exactly, optionally with "name"), and header cells naming a person. */
const BUSINESS_COLUMN =
  /^["']?(?:business|company|store|shop|venue|restaurant|hotel|branch|outlet|establishment|organi[sz]ation|institution|office|clinic|school|practice|firm|firma|firmenname|unternehmen|raz[oó]n[ _]social|ragione[ _]sociale|raison[ _]sociale|denominazione|denominaci[oó]n[ _]social|denomina[cç][aã]o|nazwa|bedrijfsnaam|handelsnaam|geschäft|filiale|entreprise|société|magasin|enseigne|empresa|tienda|negocio|sucursal|azienda|negozio|bedrijf|winkel|vestiging|sklep|loja|şirket|mağaza|компания|магазин|agency|authority|department|amt|behörde|dienststelle|service|servicio|serviço|oficina|urząd|instytucja|窓口|機関|单位|机构|部门)(?:[ _-]?name)?["']?$/iu;
const PERSON_COLUMN =
  /(?:first[ _-]?name|last[ _-]?name|full[ _-]?name|surname|given|family|employee|patient|customer|client|member|tenant|resident|owner|contact|person|student|recipient|vorname|nachname|kunde|prénom|apellido|cognome|achternaam|imię|nazwisko|dob|birth)/iu;
const TABLE_DELIMITER = /[,;\t|]/;

/** The line holding `start`, up to 200 characters either side. */
function lineAround(text: string, start: number): string {
  const before = textWindow(text, start - 200, start);
  const after = text.slice(start, start + 200);
  const newline = after.indexOf("\n");
  return before.slice(before.lastIndexOf("\n") + 1) + (newline < 0 ? after : after.slice(0, newline));
}

/** The header of the table row holding `start`: the first line of the run of delimited lines it belongs to (2,000 characters back at most). */
function isPlaceTableRow(text: string, start: number): boolean {
  const table = tableAround(text, start);
  if (table === undefined) return false;
  const { cells, row } = table;
  const business = cells.map((cell) => BUSINESS_COLUMN.test(cell));
  if (!business.includes(true) || cells.some((cell) => PERSON_COLUMN.test(cell))) return false;
  // Session 38 review: a person's full name under a plain name column ("company,name,street" — a CRM export's contact)
  // makes the address theirs; a role's column (an Impressum's "Geschäftsführer") leaves it the business's.
  return !row.some((cell, index) => NAME_COLUMN.test(cells[index] ?? "") && isFullName(cell.trim().replace(QUOTES, "")));
}

/**
 * The header cells of the table row holding `start` (the first line of the run of delimited lines it belongs to, 2,000
 * characters back at most) and the row's cells before `start`.
 */
function tableAround(text: string, start: number): { cells: string[]; row: string[] } | undefined {
  // Every read stays within 2,000 characters of the value (session 38 review: the row's own line was read to its end and
  // its start looked for without bound, once per finding — a cost per finding of the row's length).
  const from = Math.max(0, start - 2000);
  const window = text.slice(from, start);
  const rowStart = window.lastIndexOf("\n") + 1;
  if (rowStart === 0 && from > 0) return undefined;
  const rest = text.slice(start, start + 2000);
  const rowEnd = rest.indexOf("\n");
  let line = window.slice(rowStart) + (rowEnd < 0 ? rest : rest.slice(0, rowEnd));
  let lineStart = rowStart;
  let header = "";
  for (;;) {
    if (!TABLE_DELIMITER.test(line)) break;
    header = line;
    if (lineStart === 0) break;
    const previousStart = window.lastIndexOf("\n", lineStart - 2) + 1;
    if (previousStart === 0 && from > 0) break;
    line = window.slice(previousStart, lineStart - 1);
    lineStart = previousStart;
  }
  return { cells: header.split(TABLE_DELIMITER).map((cell) => cell.trim()), row: window.slice(rowStart).split(TABLE_DELIMITER) };
}

/** One Latin word: a product's, a part's or an animal's name when it is no known name ("Widget", "Burek"). */
const SINGLE_LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'’-]*$/u;

/**
 * A date under a DOB column in a row whose name cell is one word that is no person's name ("NAME,DOB,NAT,DOC / Widget,
 * 2020-01-01,…"): the row names a product, not a person (session 46, dev-66). The row's own line must follow its header.
 */
function isProductRowDate(text: string, start: number): boolean {
  const table = tableAround(text, start);
  if (table === undefined || table.row.length < 2) return false;
  const nameIndex = table.cells.findIndex((cell) => NAME_COLUMN.test(cell));
  if (nameIndex < 0 || nameIndex >= table.row.length - 1) return false;
  const name = table.row[nameIndex]!.trim().replace(QUOTES, "");
  return SINGLE_LATIN_WORD.test(name) && !isNameIncludingCommonWords(name);
}

const NAME_COLUMN = /^["']?(?:name|nom|nombre|nome|naam|imię|имя|isim)["']?$/iu;

/**
 * A breed or species column in the DOB column's header line (a kennel's, a zoo's or a herd book's list, as CSV, `|`,
 * box-drawn or space-aligned columns): the table's birth dates are animals'. The same words as `ANIMAL_HEADER` in
 * structured/records.ts (the header-table readers); "race" is left out there and here. Review of session 46.
 */
const ANIMAL_CELL = /^\s*(?:breed|species|rasse|raza|rasa|raça|razza|ras|品種|品种|犬種|猫種)\s*$/iu;
const HEADER_CELL_SPLIT = /[,;\t|│]| {2,}/;
const DOB_HEADER_WORD =
  /(?<![\p{L}])(?:d\.?o\.?b|date[ _]of[ _]birth|birth[ _-]?date|geburtsdatum|date[ _]de[ _]naissance|fecha[ _]de[ _]nacimiento|data[ _]di[ _]nascita|geboortedatum|data[ _]de[ _]nascimento)(?![\p{L}])/iu;

/** Is the nearest line above `start` (400 characters back) that holds a DOB label a header with an animal column? (Exported for its test.) */
export function isAnimalTableDate(text: string, start: number): boolean {
  const from = Math.max(0, start - 400);
  const window = text.slice(from, start);
  let end = window.lastIndexOf("\n");
  // `end > 0`, not `>= 0`: at a line feed at the window's first character `lastIndexOf("\n", -1)` finds that same
  // line feed again (a negative start counts as 0), and the walk never ended (session 55: a held-out prompt hung the scan).
  while (end > 0) {
    const lineStart = window.lastIndexOf("\n", end - 1) + 1;
    const line = window.slice(lineStart, end);
    if (DOB_HEADER_WORD.test(line)) return line.split(HEADER_CELL_SPLIT).some((cell) => ANIMAL_CELL.test(cell));
    if (lineStart === 0) return false;
    end = lineStart - 1;
  }
  return false;
}

const QUOTES = /^["']|["']$/g;
const FULL_NAME_CELL = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u;

/** A cell holding exactly two capitalised known names. */
function isFullName(cell: string): boolean {
  const pair = FULL_NAME_CELL.exec(cell);
  return pair !== null && isFullNamePair(pair[1]!, pair[2]!);
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
  const before = textWindow(text, finding.start - 120, finding.start);
  const after = textWindow(text, finding.end, finding.end + 160);
  // Review of session 36: a lone given name ("to Sarah at …", "… where Sarah lives") makes it someone's address.
  return LISTING_CUE.test(before + text.slice(finding.start, finding.end) + after) && !givenNameAround(before, after);
}

/**
 * Session 38 (dev-33): the same calendar date written two ways, joined by "or" ("should a date of birth be written
 * 03.04.1990 or 1990-04-03?", "s'écrit-elle 05/11/1979 ou 1979-11-05"): a question about date formats, not anyone's
 * birth date. A full name before the first of the two, or a name field of a form, keeps it reported.
 */
const NUMERIC_DATE = "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}";
const OR_WORD = "(?:or|ou|oder|o|of|eller|lub|albo|czy|или|veya|ya da|hay|hoặc|vs\\.?|versus|或者?|还是|還是|または|それとも|또는|아니면|या|أو)";
const SECOND_FORM_AFTER = new RegExp(`^["'«“]?\\s*${OR_WORD}\\s*["'«“]?(${NUMERIC_DATE})(?!\\d)`, "iu");
const FIRST_FORM_BEFORE = new RegExp(`(?<!\\d)(${NUMERIC_DATE})["'»”]?\\s*${OR_WORD}\\s*["'«“]?$`, "iu");
const DIGIT_GROUPS = /\d+/g;

/** The year and the unordered day and month of a numeric date ("1979|5|11"), or undefined without a four-digit year. */
function dateKey(value: string): string | undefined {
  const groups = value.match(DIGIT_GROUPS);
  if (groups === null || groups.length !== 3) return undefined;
  const yearIndex = groups.findIndex((group) => group.length === 4);
  if (yearIndex < 0) return undefined;
  const [one, two] = groups.filter((_, index) => index !== yearIndex).map(Number);
  return `${groups[yearIndex]}|${Math.min(one!, two!)}|${Math.max(one!, two!)}`;
}

function isDateFormatPair(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "date_of_birth") return false;
  const key = dateKey(text.slice(finding.start, finding.end));
  if (key === undefined) return false;
  const after = SECOND_FORM_AFTER.exec(text.slice(finding.end, finding.end + 32));
  const before = FIRST_FORM_BEFORE.exec(textWindow(text, finding.start - 32, finding.start));
  const other = after?.[1] ?? before?.[1];
  if (other === undefined || other === text.slice(finding.start, finding.end) || dateKey(other) !== key) return false;
  const first = after !== null ? finding.start : finding.start - before![0].length;
  // The writer's "I" or "my" alone points at nobody (issue #15's policy); a full name or a name field does.
  return !fullNameBefore(text, first) && !NAME_FIELD.test(textWindow(text, first - 200, first));
}

/** A name field of a form or record ("Name:", "Nom :", "氏名：", "이름:"). */
const NAME_FIELD = /(?<![\p{L}])(?:name|nom|nombre|nome|naam|imię|имя|isim|ad soyad)\s*[:：]|氏名|姓名|이름\s*[:：]/iu;

const WHITESPACE_RUN = /\s+/g;

/** A street address that starts with a well-known public one, ending a word (lower-cased, runs of white space as one space). */
function isWellKnownAddress(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "street_address") return false;
  const normalized = text.slice(finding.start, finding.end).toLowerCase().replace(WHITESPACE_RUN, " ");
  return startsWithPublicAddress(normalized);
}

export function isLookAlikeValue(text: string, finding: PrivacyFinding): boolean {
  return (
    isWellKnownAddress(text, finding) ||
    isOtherDateField(text, finding) ||
    isDateFormatPair(text, finding) ||
    isPhoneFormatExample(text, finding) ||
    isMaskedValue(text, finding) ||
    isEntityTaxNumber(text, finding) ||
    isPlaceAddress(text, finding) ||
    isPlacePhone(text, finding) ||
    isListedProperty(text, finding)
  );
}
