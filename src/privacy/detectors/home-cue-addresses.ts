/**
 * A home written in running text right after words that say whose home it is (issue #15, session 50, dev-86): "Send
 * it to my mum at 4940 Maple Avenue, Austin, TX 78704", "Bydlím na adrese Kounicova 3885/130, 602 00 Brno", "Ο
 * ξάδερφός μου μένει Ολύμπου 171, Θεσσαλονίκη", "住所は〒464-0841 愛知県名古屋市…4-10-80です", "i live at 158 banksia
 * crescent kellyville nsw 2155 and …", "Địa chỉ nhà mình là 47/17 Trần Phú, Hải Châu, Đà Nẵng". The street rules read
 * an address by its street word and order; here the cue carries the judgement, so homes without a street word (Czech,
 * Greek, Argentine streets), in lower case, with a PO box or a rural route, or in a language the rules do not order,
 * are read too. Session 51 (dev-89): "his"/"her" as owners, and the misspelt and slang labels "adress", "addy", "addr.",
 * "Adrese", "adrese", "direcion".
 *
 * A cue is the writer's or a relative's address, living or moving there, or sending something to a relative (in
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Czech, Greek, Turkish, Japanese,
 * Korean, Chinese, Vietnamese, Indonesian, Thai, Arabic and Tagalog). The value after it runs to the clause's end (a
 * sentence stop, a dash, a line break, a closing quote, a conjunction such as "and", "ma", "maar", "ama", or, in text with capitals, a
 * comma before a lower-case clause such as ", can you …") and is reported when it looks like a home: a house number (or a PO box) and
 * one of a postcode, a street or unit word, an address character of CJK or Hangul, a house number written n/n or
 * n-n-n, or the European "Street 12, Town" order; not a quantity ("5 minutes from …"), not an e-mail or link, not a
 * version or dotted date ("2.4.1"), not
 * longer than 24 words. A fiction word or a business's word in the window leaves it to the rules (and the judgement,
 * public-context.ts, runs over it as over every address). It ranks below the street rules (their span wins where both
 * read the address). Keyword-gated; one bounded window per cue: linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { FICTION_CUE, isFictionalOrLandmarkAddress } from "../judgement/public-entities.js";
import { localBusinessCue, startsWithPublicAddress } from "./lexicon.js";

const RELATIVE =
  "(?:mum|mom|mother|mam|dad|father|parents|grandparents|gran|granny|grandma|grandmother|grandpa|grandfather|nan|nana|sister|brother|aunt|aunty|auntie|uncle|cousin|son|daughter|wife|husband|partner|girlfriend|boyfriend|friend|in-laws|tita|tito|lola|lolo)";

/** The cues; the value starts where the match ends. */
const HOME_CUE = new RegExp(
  [
    // English
    `(?<![\\p{L}])(?:my|our|his|her|${RELATIVE}['’]s?) (?:new |current |home |postal |mailing |permanent |residential ){0,2}(?:address|adress|addy|addr\\.)(?: is|:| for (?:my|our|the) [\\p{L}\\p{N} ]{1,24}:)`,
    `(?<![\\p{L}])(?:home|new|mailing|postal|residential) address(?: for (?:my|our|the) [\\p{L}\\p{N} ]{1,24})?:`,
    `(?<![\\p{L}])(?:i|we|they|he|she|${RELATIVE}s?|and i)(?: (?:now|still|currently|both))? (?:live|lives|living) at`,
    `(?<![\\p{L}])(?:i|we) get (?:my|our) (?:mail|post) at`,
    `(?<![\\p{L}])(?:my|our|${RELATIVE}['’]s?) (?:new |old )?(?:place|house|home|flat) is`,
    `(?<![\\p{L}])(?:we|i)(?:['’]ve| have)? (?:just )?moved (?:in)?to`,
    `(?<![\\p{L}])to my ${RELATIVE}(?: \\p{Lu}\\p{Ll}+)?(?:['’]s(?: (?:house|place|home|flat))?)? ?(?:at|:)`,
    `(?<![\\p{L}])bahay ng (?:\\p{L}+ ){1,2}(?:ko|namin|natin)\\s?:`,
    // German, French, Spanish, Italian, Portuguese, Dutch
    `(?<![\\p{L}])(?:(?:meine|unsere) )?neue (?:Adresse|Anschrift)(?: ist| lautet)?\\s?:?`,
    `(?<![\\p{L}])(?:meine|unsere) (?:Adresse|Adrese|Anschrift)(?: ist| lautet|:)`,
    `(?<![\\p{L}])(?:wohne|wohnt|wohnen)(?: jetzt| seit \\p{L}+)? (?:in der|in|am|an der|auf der)`,
    `(?<![\\p{L}])(?:ma|notre|mon) (?:nouvelle )?(?:adresse|adrese)(?: est| :|:| c['’]est)`,
    `(?<![\\p{L}])(?:j['’]habite|habite|habitent|habitons)(?: au| à| chez)?`,
    `(?<![\\p{L}])emménag(?:er|é|ée|és|ées) (?:au|à)`,
    `(?<![\\p{L}])(?:mi|nuestra) (?:nueva )?direc?ci[óo]n(?: es|:)`,
    `(?<![\\p{L}])(?:vivo|vive|viven|vivimos) en(?: la| el)?`,
    `(?<![\\p{L}])mi casa (?:queda|está) en(?: la| el)?`,
    `(?<![\\p{L}])a mi (?:mamá|madre|papá|padre|vieja|viejo|abuela|abuelo|tía|tío|hermana|hermano|prima|primo|hija|hijo)(?: \\p{Lu}\\p{Ll}+)?\\s?:`,
    `(?<![\\p{L}])(?:il )?(?:mio )?(?:nuovo )?indirizzo (?:è|:)`,
    `(?<![\\p{L}])(?:abito|abita|abitano|abitiamo) in`,
    `(?<![\\p{L}])(?:a )?minha (?:nova )?morada(?: nova)? é`,
    `(?<![\\p{L}])(?:o )?meu endereço(?: novo)? é`,
    `(?<![\\p{L}])(?:moro|mora|moram|moramos) (?:na|no|em)`,
    `(?<![\\p{L}])(?:mijn|ons) (?:nieuwe )?adres is`,
    `(?<![\\p{L}])(?:woon|woont|wonen)(?: nu)? (?:op|aan|in)`,
    // Polish, Swedish, Czech, Greek, Turkish
    `(?<![\\p{L}])(?:mieszkam|mieszka|mieszkamy|mieszkają) (?:na|przy|w)`,
    `(?<![\\p{L}])pod adresem`,
    `(?<![\\p{L}])min (?:nya )?adress är`,
    `(?<![\\p{L}])(?:jag )?bor (?:nu )?på`,
    `(?<![\\p{L}])(?:bydlím|bydlí|bydlíme)(?: teď)? (?:na adrese|v ulici|na|v)`,
    `(?<![\\p{L}])η (?:νέα )?διεύθυνσ[ηή] μου είναι`,
    `(?<![\\p{L}])(?:μένει|μένω|μένουμε|μένουν)(?: στη| στην| στο)?`,
    `(?<![\\p{L}])(?:μητέρα|πατέρα|γιαγιά|παππού|αδερφή|αδερφό|θεία|θείο) μου,`,
    `(?<![\\p{L}])(?:yeni |ev )?adresim`,
    `(?<![\\p{L}])evim`,
    `(?<![\\p{L}])(?:annem|babam|ablam|abim|kardeşim|anneannem|babaannem)\\p{L}* gönder\\s?:`,
    // Japanese, Korean, Chinese, Vietnamese, Indonesian, Thai, Arabic
    `(?:私の|僕の|自宅の)?住所(?:は|[：:])`,
    `(?:母|父|祖母|祖父|実家|姉|兄|妹|弟|友達|友人)の家(?:は|に送ってください[：:])`,
    `(?:거주지|집 ?주소|우리 ?집 ?주소)\\s?(?:는|은|:)`,
    `주소는`,
    `(?:我家|我的|家庭)(?:地址|住址)(?:是|[：:])`,
    `(?<![\\p{L}])địa chỉ nhà (?:mình|tôi|em|anh|chị)(?: là|:)`,
    `(?<![\\p{L}])về nhà (?:mẹ|bố|ba|má|ông|bà|chị|anh) (?:mình|tôi|em)\\s?:`,
    `(?<![\\p{L}])alamat rumah (?:saya|aku|kami|ibu|ayah)`,
    `(?<![\\p{L}])kirim ke rumah (?:ibu|ayah|nenek|kakek|kakak|adik)(?: ya)?`,
    // Session 52: Malay and Indonesian "Rumah saya di …", "rumah mak kat …", "saya tinggal di …", "kami menetap di …".
    `(?<![\\p{L}])rumah (?:saya|aku|kami|kita|mak|emak|ibu|ayah|abah|bapak|nenek|atuk|datuk|kakek)(?: (?:ialah|adalah|di|kat|dekat)(?![\\p{L}]))?\\s?:?`,
    `(?<![\\p{L}])(?:saya|aku|kami|kita|dia|mereka|mak|ibu|ayah) (?:sekarang )?(?:tinggal|menetap|duduk) (?:di|kat|dekat)(?![\\p{L}])`,
    // s52-review: his, her or their home ("Rumahnya di …", "rumah dia kat …"), with its place word.
    `(?<![\\p{L}])rumah(?:nya| dia| mereka) (?:ialah |adalah )?(?:di|kat|dekat)(?![\\p{L}])`,
    `ที่อยู่บ้าน(?:ฉัน|ผม|เรา)(?:คือ)?`,
    `(?:عنواني(?: الجديد)?|عنوان منزلي|لبيت (?:أمي|أبي))\\s?:?`,
  ].join("|"),
  "giu",
);

const STEMS: readonly string[] = [
  "address",
  "adress",
  "addy",
  "addr.",
  "adres",
  "direcion",
  "live",
  "living",
  " mail at",
  " post at",
  "place is",
  "house is",
  "home is",
  "flat is",
  "moved",
  "to my ",
  "bahay ng",
  "adresse",
  "anschrift",
  "wohn",
  "habit",
  "emménag",
  "direcci",
  "viv",
  "mi casa",
  "a mi ",
  "indirizzo",
  "abit",
  "morada",
  "endereço",
  "mora",
  "adres",
  "woon",
  "wonen",
  "mieszka",
  "adress",
  "bor ",
  "bydl",
  "διεύθυνσ",
  "μένει",
  "μένω",
  "μένουμε",
  "μένουν",
  " μου,",
  "evim",
  "gönder",
  "住所",
  "の家",
  "거주지",
  "주소",
  "地址",
  "住址",
  "địa chỉ",
  "về nhà",
  "alamat rumah",
  "kirim ke rumah",
  "rumah ",
  "rumahnya",
  "tinggal ",
  "menetap ",
  "duduk ",
  "ที่อยู่บ้าน",
  "عنوان",
  "لبيت",
];

/** How far past the cue the value may run. */
const WINDOW = 160;
/** What the value skips right after the cue. */
const LEAD = /^[\s:：\-–"“'«]*/u;
/**
 * Where the clause ends: a sentence stop (not an abbreviation's dot after a word of one to three letters or a listed
 * longer one: "depto. 2303", "Jl. Dago", "Col. Roma", "Govt. School"), a dash between spaces, a line break, a bracket, a conjunction, a comma before a lower-case clause ("…,
 * can you …", "…, potřebuju napsat …") unless its first word is an address word ("…, chemin des Vignes").
 */
const CLAUSE_END = new RegExp(
  [
    "[\\n;!?¿¡。！？，、()（）]",
    "(?<!(?:^|[\\s,(])(?:\\p{L}{1,3}|[Dd]epto|[Dd]pto|[Aa]pto|[Aa]vda|[Bb]rgy|[Bb]lvd|[Gg]ovt|[Dd]ept|[Pp]iso))[.](?=\\s)",
    "[.](?=\\s*$)",
    "\\s[–—]\\s|—",
    // a closing quote before a lower-case word: the quoted example ends ("'I live at 12 Rue de Rivoli, 75001 Paris' in Spanish")
    "[\"”»’'](?=\\s\\p{Ll})",
    "\\s(?:and|but|so|since|because|which|where|ma|maar|mais|aber|und|pero|y|e|ama|fakat|ve|và|nhưng|tapi|tetapi|dan|sejak|selama|untuk|kerana|karena|then|please|pls|she|he|they|we|i)\\s",
  ].join("|"),
  "u",
);
/** A comma before a request or question, in any case: "…, can you draft …", "…, PLEASE …". */
const COMMA_REQUEST = /[,،]\s(?:can|could|would|will|please|pls|how|what|where|when|why|is|are|do|does)\s/iu;
/** A comma before a lower-case clause; honoured only when the value has a capital before it (lower-case text has no clause to tell). */
const COMMA_CLAUSE = /[,،](?=\s\p{Ll}[\p{Ll}'’]+\s\p{Ll})/u;
const CAPITAL = /\p{Lu}/u;
/** Characters a value does not end with. */
const TRAILING = new Set([" ", "\t", "\n", "\r", ",", ".", ";", ":", "،"]);

/** `value` without the spaces and punctuation it ends with (a loop: the regex for it backtracks on long runs of spaces). */
function trimTrailing(value: string): string {
  let end = value.length;
  while (end > 0 && TRAILING.has(value[end - 1]!)) end--;
  return value.slice(0, end);
}

/** A postcode of one of the countries whose order the cue reads. */
const POSTCODE =
  /(?<![\p{L}\p{N}])(?:〒\s?\d{3}-\d{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4}\s?[A-Z]{2}|[A-Z]\d[A-Z]\s\d[A-Z]\d|[A-Z]\d{4}(?:[A-Z]{3})?|\d{4,7})(?![\p{L}\p{N}])/iu;
/** A street, unit or box word, a house number written n/n or n-n-n, or an address character of CJK, Hangul, Thai or Arabic. */
const ADDRESS_MARK = new RegExp(
  [
    "(?<![\\p{L}])(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|crescent|cres|court|ct|close|way|place|pl|terrace|boulevard|blvd|highway|hwy|grove|parade|row|square|sq|po box|p\\.o\\. box|rr|rd|rmb|box|unit|apt|apartment|flat|suite|blk|lot|brgy|no|nr|rue|chemin|impasse|allée|calle|avenida|avda|carrera|diagonal|via|viale|corso|piazza|vicolo|rua|travessa|ul|ulica|al|aleja|caddesi|cad|sokak|sokağı|sk|mahallesi|mah|jl|jalan|gg|gang|ngõ|ngách|hẻm|đường|phố|số|depto|dpto|piso|int|apto|app|whg|lgh|kat|daire|bl|sc|kv)(?![\\p{L}])",
    "\\p{L}(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|straat|gracht|laan|plein|kade|dijk|singel|gatan|vägen|gata|gränd|stigen)(?![\\p{L}])",
    "(?<![\\p{N}])\\d{1,5}[a-z]?(?:\\/\\d{1,5}|-\\d{1,4}(?:-\\d{1,4})?)(?![\\p{N}])",
    "[丁目番地号號路街巷弄区區市県都府町村]|(?<=\\p{Script=Hangul}|\\d)(?:동|로|길|호|번지)|ซอย|ถนน|หมู่|شارع|طريق|حي|عمارة|شقة|فيلا",
  ].join("|"),
  "iu",
);
/** The European order with no street word: "Kounicova 3885/130, Brno", "Ολύμπου 171, Θεσσαλονίκη", "Humberto Primo 6847, CABA". */
const NAME_NUMBER_TOWN = /^\p{Lu}\p{L}+(?:\s\p{Lu}?\p{L}+){0,3}\s\d{1,5}[a-z]?(?:\/\d{1,5})?,\s/u;
const HOUSE_NUMBER = /(?<![\p{L}])\d{1,5}(?![\p{N}])|\d/u;
/** A quantity, not a home: "5 minutes from the station", "2 km away". */
const QUANTITY =
  /^\d+(?:[.,]\d+)?\s?(?:minutes?|mins?|hours?|hrs?|km|kilometres?|kilometers?|miles?|m|metres?|meters?|blocks?|years?|days?|weeks?|months?|%|€|\$|£|euros?|dollars?|floors? up)(?![\p{L}])/iu;
const LINK_OR_MAIL = /@|https?:|www\./iu;
/** A software version or a dotted date ("2.4.1", "12.03.2024"): no house number has two dots. */
const DOTTED_NUMBER = /(?<![\p{N}.])\d{1,4}\.\d{1,4}\.\d{1,4}(?![\p{N}])/u;
const MAX_WORDS = 24;
/** A story in the languages of the cues ("Nel mio racconto il commissario abita in …"), beside the shared English `FICTION_CUE`. */
const STORY_CUE =
  /(?<![\p{L}])(?:racconto|romanzo|cuento|novela|relato|conto|verhaal|powieś\p{L}*|opowiadani\p{L}*|berättelse\p{L}*|erzählung|kurzgeschichte|nouvelle|povídk\p{L}*|διήγημα|μυθιστόρημα|hikâye\p{L}*|roman\p{L}*|小説|小说|소설|truyện|cerita pendek|cerpen|novel)(?![\p{L}])/iu;

/**
 * Session 53: a home given by landmarks with no house number, as in Nigerian and Indian addresses ("Opposite Mobil
 * filling station, Off Ogunlana Drive, Surulere, Lagos", "Near Hanuman Mandir, Behind SBI, MG Road, Indore"): a
 * landmark word opens the value, three or more comma-separated parts follow, and a street word must still be in it.
 */
const LANDMARK_HOME =
  /^(?:opposite|behind|beside|near|off|next to|adjacent to|along|close to|frente a|detrás de|cerca de|junto a|gegenüber|en face de|derrière|près de)\s[^,]{2,60},(?:[^,]{2,60},){1,4}[^,]{2,40}$/iu;

/** Session 52: a hotel's or hostel's address after the cue ("Saya tinggal di Hotel Istana, Jalan …") is the business's. */
const LODGING = /(?<![\p{L}])(?:hotel|hostel|motel|resort)(?![\p{L}])/iu;

/** The home after the cue ending at `from`, or undefined. */
function homeAfter(text: string, from: number): [start: number, end: number] | undefined {
  const window = text.slice(from, from + WINDOW);
  const lead = LEAD.exec(window)![0].length;
  let value = window.slice(lead);
  const stop = CLAUSE_END.exec(value);
  if (stop) value = value.slice(0, stop.index);
  const request = COMMA_REQUEST.exec(value);
  if (request) value = value.slice(0, request.index);
  const comma = COMMA_CLAUSE.exec(value);
  if (comma && CAPITAL.test(value.slice(0, comma.index))) value = value.slice(0, comma.index);
  value = trimTrailing(value);
  if (
    value.length < 6 ||
    !(HOUSE_NUMBER.test(value) || LANDMARK_HOME.test(value)) ||
    QUANTITY.test(value) ||
    LINK_OR_MAIL.test(value) ||
    DOTTED_NUMBER.test(value)
  )
    return undefined;
  if (value.split(/\s+/u).length > MAX_WORDS) return undefined;
  const shaped = POSTCODE.test(value) || ADDRESS_MARK.test(value) || NAME_NUMBER_TOWN.test(value);
  if (!shaped) return undefined;
  return [from + lead, from + lead + value.length];
}

function runHomeCueAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  HOME_CUE.lastIndex = 0;
  for (let cue = HOME_CUE.exec(text); cue !== null; cue = HOME_CUE.exec(text)) {
    const home = homeAfter(text, cue.index + cue[0].length);
    if (!home) continue;
    const [start, end] = home;
    HOME_CUE.lastIndex = end;
    const value = text.slice(start, end);
    const normalized = value.toLowerCase().replace(/\s+/gu, " ");
    if (startsWithPublicAddress(normalized) || isFictionalOrLandmarkAddress(normalized)) continue;
    const around = text.slice(Math.max(0, cue.index - 120), Math.min(text.length, end + 80));
    if (FICTION_CUE.test(around) || STORY_CUE.test(around) || localBusinessCue(value) || LODGING.test(value)) continue;
    emit("street_address", start, end, "address-home-cue", PRIORITY.contextual + 4);
  }
}

export const homeCueAddressDetectors: Detector[] = [{ name: "home-cue-addresses", run: runHomeCueAddresses }];
