/**
 * Street addresses written in Turkish, Vietnamese, Indonesian and Colombian Spanish (our own rules,
 * from the national postal formats). Each anchors on a street word and a house number, then extends
 * over the comma-separated parts that follow (flat, ward, district, city, postcode). A core alone is
 * not enough: the tail must hold a part only a full postal address has (Turkish Daire/Kat or
 * District/City, Vietnamese ward and district, Indonesian RT/RW, kelurahan, kecamatan or a postcode,
 * a Colombian apartment, tower or house). Business and public addresses (head office, shop, customer
 * service) are not reported unless a home cue is near. Prefilter: the street words, by one keyword
 * scan of the lower-cased text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { localBusinessCue, LOCAL_PERSONAL_ADDRESS_CUE } from "./lexicon.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_REGIONAL_ADDRESSES_PATTERN_1 = /[\s,.;]+$/u;

interface RegionalAddressRule {
  rule: string;
  stems: readonly string[];
  /** The street and house number. */
  core: RegExp;
  /** Parts after the core (anchored at its end). */
  tail: RegExp;
  /** What the whole value (core and tail) must hold to be a full postal address. */
  complete: RegExp;
  /** A person or address cue the 100 characters before the value must hold (the transliterated forms). */
  cue?: RegExp;
}

/**
 * Session 42 (dev-48): the person or address cues of a transliterated address — the address word in Latin letters,
 * Cyrillic or Pinyin, living at, my name is (Russian and Ukrainian in Latin letters, Pinyin).
 */
const TRANSLIT_ADDRESS_CUE =
  /(?<![\p{L}])(?:adres\p{L}*|address\p{L}*|адрес\p{L}*|zhivu|prozhivayu|zhyvu|prozhyvaiu|mieshkaiu|menya zovut|mene zvaty|zhù ?zài|zhu ?zai|dìzhǐ|dizhi|wǒ jiā|wo jia|wǒ jiào|wo jiao|i live|lives? at|my name is|deliver\p{L}*|ship to|send to)(?![\p{L}])/iu;
const CYRILLIC_LATIN_STREET =
  "(?:[Uu]l\\.|[Uu]litsa|[Vv]ul\\.|[Vv]ulytsia|[Pp]rosp\\.|[Pp]rospekt|[Pp]r-t|[Pp]er\\.|[Pp]ereulok|[Bb]ulv?\\.|[Bb]ulvar|[Nn]ab\\.|[Ss]hosse)";
const PINYIN_ROAD = "(?:lù|lu|jiē|jie|dàjiē|dajie|dàdào|dadao|hútòng|hutong|xiàng|xiang)";

const WORD = "\\p{Lu}[\\p{L}'’.-]*";

/**
 * Session 46 (dev-68): the cues of a Czech or Hungarian home address — living there, a delivery, a recipient, a
 * permanent residence — and of a business's or a public office's (a branch, office, shop, company form, opening hours, a
 * pharmacy, a ministry, town hall, court, embassy).
 */
const CS_HU_HOME_CUE =
  /(?<![\p{L}])(?:bydl\p{L}*|trvalé\p{L}* bydliště|trvalého bydliště|bydliště|doruč\p{L}*|pošl\p{L}*|pošlete|zásilk\p{L}*|příjemce|lakik|lakunk|lakom|lakcím\p{L}*|címzett\p{L}*|csomag\p{L}*|küldd|küldje|szállítási cím)(?![\p{L}])/iu;
const CS_HU_BUSINESS_CUE =
  /(?<![\p{L}])(?:sídl\p{L}*|sídlo|pobočk\p{L}*|kancelář\p{L}*|prodejn\p{L}*|firm\p{L}*|společnost\p{L}*|otevřeno|otevírací|úřad\p{L}*|lékárn\p{L}*|nemocnic\p{L}*|s\.r\.o\.|a\.s\.|iroda\p{L}*|ügyfélszolgálat\p{L}*|üzlet\p{L}*|bolt\p{L}*|kft\.?|zrt\.?|nyitvatartás\p{L}*|patika|gyógyszertár\p{L}*|székhely\p{L}*|cég\p{L}*|ministerstv\p{L}*|magistrát\p{L}*|radnic\p{L}*|soud\p{L}*|policie|velvyslanectví|polgármester\p{L}*)(?![\p{L}])|minisztérium|hivatal|önkormányzat|bíróság|rendőrség|nagykövetség|kormányablak|központ|intézet|kórház|egyetem|iskol|múzeum|színház|könyvtár|rendelő|klinik|szálloda|étterem|áruház/iu;

/** Greek business words around an address: a shop, office, company form, pharmacy, opening hours (session 46). */
const EL_BUSINESS_CUE =
  /(?<![\p{L}])(?:κατάστημ\p{L}*|γραφεί\p{L}*|εταιρεί\p{L}*|φαρμακεί\p{L}*|ωράριο|ανοιχτ\p{L}*|Α\.Ε\.|ΕΠΕ|ΙΚΕ|υπηρεσί\p{L}*|δήμο\p{L}*|δημαρχεί\p{L}*|υπουργεί\p{L}*|νοσοκομεί\p{L}*|πρεσβεί\p{L}*|ΚΕΠ|ΔΟΥ|εφορί\p{L}*|μαγαζ\p{L}*|ξενοδοχεί\p{L}*|εστιατόρι\p{L}*|κλινικ\p{L}*)(?![\p{L}])/iu;

const RULES: readonly RegionalAddressRule[] = [
  {
    // Greek: street (genitive or with Οδός/Λεωφ.) and number, town and the five-digit postcode written 3 + 2
    // ("Πατησίων 118, Αθήνα 112 57"), after a home or delivery word (session 46, dev-68); the postcode before the town too
    // ("Αγίου Δημητρίου 34, 546 31 Θεσσαλονίκη", as shipping labels write it: session 49, dev-81).
    rule: "address-el",
    stems: ["μένει", "μένω", "μένουμε", "μένουν", "διεύθυνση", "παραλήπτ", "κατοικ", "στείλε", "αποστολ", "παράδοση"],
    core: /(?<![\p{L}])(?:(?:[Οο]δός|[Οο]δό|Λεωφ\.|Λεωφόρος)\s)?\p{Lu}[\p{Ll}\u0384-\u03ce]+(?:\s\p{Lu}[\p{Ll}\u0384-\u03ce]+){0,2}\s\d{1,4}[Α-Ωα-ω]?,\s?(?:\p{Lu}[\p{Ll}\u0384-\u03ce]+(?:\s\p{Lu}[\p{Ll}\u0384-\u03ce]+)?,?\s(?:Τ\.?Κ\.?\s?)?\d{3}\s?\d{2}(?![\p{N}])|(?:Τ\.?Κ\.?\s?)?\d{3}\s?\d{2}\s\p{Lu}[\p{Ll}\u0384-\u03ce]+(?:\s\p{Lu}[\p{Ll}\u0384-\u03ce]+)?)/gu,
    tail: /^/u,
    complete: /[\u0370-\u03ff]/u,
    cue: /(?<![\p{L}])(?:μένει|μένω|μένουμε|μένουν|διεύθυνση\p{L}*|παραλήπτ\p{L}*|κατοικ\p{L}*|στείλε|αποστολ\p{L}*|παράδοση\p{L}*)(?![\p{L}])/iu,
  },
  {
    // Czech: a street and house number (with č.p. or a conscription/orientation pair 1685/17), then the postcode
    // (PSČ 130 00) and the town with its district number ("Praha 4"); the home cue is needed (session 46, dev-68).
    rule: "address-cs",
    stems: ["psč", "č.p.", "č. p.", "ulic"],
    core: new RegExp(
      `(?<![\\p{L}])(?:(?:ulice|ulici|ul\\.)\\s+)?(?:(?:Na|U|V|K|Pod|Nad)\\s)?${WORD}(?:\\s${WORD}){0,2}\\s+(?:č\\.\\s?p\\.\\s?)?\\d{1,5}(?:\\/\\d{1,4}[a-z]?)?(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    tail: new RegExp(`^(?:\\s*,?\\s*(?:PSČ\\s?)?\\d{3}\\s?\\d{2}(?![\\p{N}])|\\s*,?\\s*${WORD}(?:\\s${WORD}){0,2}(?:\\s\\d{1,2}(?![\\p{N}]))?)*`, "u"),
    complete: /(?:PSČ\s?)?\d{3}\s?\d{2}(?!\d)[\s\S]*\p{Lu}|č\.\s?p\./u,
    cue: CS_HU_HOME_CUE,
  },
  {
    // Hungarian: postcode and town before the street ("1134 Budapest, Váci út 47/B, 3. em. 12.", "6720 Szeged, Kárász
    // utca 9. II/4"); then floor and door, after a home or delivery word (session 46, dev-68).
    rule: "address-hu",
    stems: ["utca", "út ", "út,", "útja", "tér ", "körút", "krt."],
    core: new RegExp(
      `(?<![\\p{L}\\p{N}])\\d{4}\\s${WORD},?\\s(?:${WORD}\\s){1,3}(?:utca|út|útja|tér|körút|krt\\.|sor|köz)\\s\\d{1,4}(?:\\/[A-Za-z]|\\.)?(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    tail: /^(?:\s*,?\s*(?:[IVX]{1,4}\/\d{1,3}|\d{1,2}\.\s?em\.?\s?\d{1,3}\.?|fszt\.?\s?\d{1,3}\.?|\d{1,3}\.\s?ajtó))*/u,
    complete: /\d/u,
    cue: CS_HU_HOME_CUE,
  },
  {
    rule: "address-tr",
    stems: ["cad.", "cadde", "cd.", "sok.", "sokak", "sokağı", "sk.", "bulvarı", "blv.", "mah.", "mahallesi"],
    // A numbered street after the quarter ("Bahçelievler Mah. 7. Cadde No: 34/8": session 46, dev-68).
    core: new RegExp(
      `(?<![\\p{L}])(?:${WORD}\\s){1,3}(?:Caddesi|Cadde|Cad\\.?|Cd\\.|Sokağı|Sokak|Sok\\.|Sk\\.|Bulvarı|Blv\\.|Mahallesi|Mah\\.)(?:\\s*,?\\s*(?:(?:${WORD}|\\d{1,3}\\.)\\s){1,3}(?:Caddesi|Cadde|Cad\\.?|Cd\\.|Sokağı|Sokak|Sok\\.|Sk\\.))?\\s*,?\\s*No\\s?[:.]?\\s?\\d{1,4}(?:\\/\\d{1,3})?[A-Z]?(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    tail: new RegExp(`^(?:\\s*,?\\s*(?:(?:Daire|D[.:]|Kat|K[.:]|Blok)\\s?[:.]?\\s?\\d{1,4}[A-Z]?|\\d{5}(?![\\p{N}])|${WORD}(?:\\s?\\/\\s?${WORD})?))*`, "u"),
    complete: /Daire|D[.:]\s?\d|Kat|\/\s?\p{Lu}|\d{5}/u,
  },
  {
    rule: "address-vi",
    // A full Vietnamese address names its ward or commune, or is a house in a numbered alley ("số 18 ngõ 52 phố …", the
    // Hanoi form that often leaves the ward out): those words are the prefilter.
    stems: ["phường", "phuong", "xã", "thị trấn", "ngõ", "ngách", "hẻm", "kiệt"],
    core: /(?<![\p{L}\p{N}])(?:[Ss]ố\s|[Ss]o\s)?\d{1,4}[A-Z]?(?:\/\d{1,4}){0,3}\s*,?\s*(?:đường|Đường|phố|Phố|ngõ|Ngõ|ngách|Ngách|hẻm|Hẻm|kiệt|Kiệt|duong|Duong|pho|Pho|ngo|Ngo|hem|Hem)\s+(?:\d{1,4}\s+(?:(?:phố|Phố|đường|Đường)\s+)?)?\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,4}/gu,
    // After the ward and district words, a district or city may be named bare (", Tây Hồ, Hà Nội").
    tail: /^(?:\s*,\s*(?:(?:phường|Phường|P\.|xã|Xã|thị trấn|Thị trấn|quận|Quận|Q\.|huyện|Huyện|thị xã|Thị xã|thành phố|Thành phố|TP\.?|Tp\.?|tỉnh|Tỉnh|phuong|Phuong|quan|Quan|huyen|Huyen)\s*[\p{L}\p{N}][\p{L}\p{N} .]{0,28}?|\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3})(?=\s*(?:,|$|\n|\.(?:\s|$)|;)))*/u,
    complete:
      /(?:phường|Phường|P\.|xã|Xã|thị trấn|phuong|Phuong)[\s\S]*(?:quận|Quận|Q\.|huyện|Huyện|thị xã|thành phố|TP|Tp|quan|Quan|huyen|Huyen)|(?:ngõ|Ngõ|ngách|Ngách|hẻm|Hẻm|kiệt|Kiệt)\s+\d/u,
  },
  {
    // Session 51: a house number and a street named without đường or phố, perhaps after the flat's room ("Phòng 1203, 25
    // Lê Lợi, Quận 1, TP.HCM"), closed by its district; only after a delivery's or a home's cue (giao hàng, gửi, địa
    // chỉ, nhà, sống ở, người nhận).
    rule: "address-vi",
    stems: ["quận", "huyện"],
    core: /(?<![\p{L}\p{N}])(?:(?:[Pp]hòng|P\.)[ \t]?\d{1,4}[A-Z]?[ \t]?,[ \t]?)?\d{1,4}[A-Z]?(?:\/\d{1,4}){0,3} \p{Lu}\p{Ll}{0,12}(?: \p{Lu}\p{Ll}{0,12}){1,3}(?=[ \t]?,[ \t]?(?:[Qq]uận|[Hh]uyện) )/gu,
    tail: /^(?:[ \t]?,[ \t]?(?:(?:phường|Phường|P\.|xã|Xã|quận|Quận|Q\.|huyện|Huyện|thành phố|Thành phố|TP\.?|Tp\.?|tỉnh|Tỉnh) ?(?:\d{1,2}|\p{Lu}[\p{L}.]{0,12}(?: \p{Lu}\p{L}{0,12}){0,3})|\p{Lu}\p{L}{0,12}(?: \p{Lu}\p{L}{0,12}){0,3})(?=[ \t]?(?:,|$|\n|\.(?:\s|$)|;)|\s\p{Ll}))*/u,
    complete: /[Qq]uận|[Hh]uyện/u,
    cue: /(?<![\p{L}])(?:giao(?: hàng)?(?: cho| đến| tới)?|gửi(?: cho| đến| tới| về)?|địa chỉ|nhà (?:tôi|mình|em|anh|chị|bạn|của)|sống ở|ở tại|người nhận|ship(?: đến| tới| về)?)(?![\p{L}])/iu,
  },
  {
    rule: "address-id",
    stems: ["jl.", "jln", "jalan ", "gg.", "gang "],
    core: /(?<![\p{L}])(?:Jl\.|Jln\.?|Jalan|Gg\.|Gang)\s+\p{Lu}[\p{L}\p{N}.' -]{1,40}?,?\s(?:No\.?|Nomor|Nomer|Blok)\s?[A-Z]?\d{1,4}[A-Z]?(?:[-/]\d{1,4})?(?![\p{L}\p{N}])/gu,
    tail: new RegExp(
      `^(?:\\s*,?\\s*(?:RT\\.?\\s?\\d{1,3}\\s?\\/\\s?RW\\.?\\s?\\d{1,3}|RT\\.?\\s?\\d{1,3}|RW\\.?\\s?\\d{1,3}|(?:Kel|Kec|Kab|Desa|Kelurahan|Kecamatan|Kabupaten|Kota)\\.?\\s(?:${WORD}\\s?){1,3}|\\d{5}(?![\\p{N}])|(?:${WORD}\\s?){1,3}(?:\\d{5}(?![\\p{N}]))?))*`,
      "u",
    ),
    complete: /RT\.?\s?\d|RW\.?\s?\d|Kel(?:urahan)?\.?\s|Kec(?:amatan)?\.?\s|Desa\s|\d{5}/u,
  },
  {
    rule: "address-latam",
    // Colombian and similar plates: "Calle 45 #12-38", "Carrera 7 No. 71-21", then a flat, tower or house.
    stems: ["calle", "carrera", "cra", "avenida", "diagonal", "transversal"],
    core: /(?<![\p{L}])(?:Calle|Carrera|Cra\.?|Avenida|Av\.|Diagonal|Dg\.|Transversal|Tv\.)\s?\d{1,3}\s?[A-Z]?(?:\s[Bb]is)?\s?(?:#|No\.?|N[°º])\s?\d{1,3}\s?[A-Z]?\s?-\s?\d{1,3}(?![\p{N}])/gu,
    tail: new RegExp(`^(?:(?:\\s*,\\s*|\\s+)(?:(?:Apto|Apt|Apartamento|Casa|Torre|Int|Interior|Piso|Bloque|Oficina)\\.?\\s?\\d{1,4}[A-Z]?|${WORD}))*`, "u"),
    complete: /Apto|Apt\.|Apartamento|Casa\s|Torre|Int\.|Interior|Piso|Bloque/u,
  },
  {
    // Russian and Ukrainian in Latin letters: "ul. Lenina, d. 45, kv. 17, Ekaterinburg", "vul. Shevchenka 23, kv. 8".
    rule: "address-ru-latin",
    stems: ["ul.", "ulitsa", "vul.", "vulytsia", "prosp", "pr-t", "per.", "pereulok", "bul.", "bulv", "nab.", "shosse"],
    core: new RegExp(
      `(?<![\\p{L}])${CYRILLIC_LATIN_STREET}\\s*${WORD}(?:\\s${WORD}){0,2},?\\s*(?:d(?:om)?\\.\\s*)?\\d{1,4}[a-zA-Z]?(?:\\/\\d{1,3})?(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    tail: new RegExp(`^(?:\\s*,?\\s*(?:(?:korp|k|str|kv|kvartira|of)\\.?\\s*\\d{1,4}[a-zA-Z]?(?![\\p{L}\\p{N}])|\\d{5,6}(?![\\p{N}])|${WORD}))*`, "u"),
    // The house (d.), flat (kv.) or block (korp.) word: "ul. Marszałkowska 12" alone is the Polish rule's.
    complete: /(?<![\p{L}])(?:d|dom|kv|korp)\.?\s*\d/u,
    cue: TRANSLIT_ADDRESS_CUE,
  },
  {
    // Pinyin: "Běijīng shì Cháoyáng qū Jiànguó lù 88 hào 2 dòng 1501" — a road word and hào, with a district word.
    rule: "address-zh-pinyin",
    stems: ["hào", " hao"],
    core: new RegExp(
      `(?<![\\p{L}])(?:${WORD}\\s(?:shì|shi|shěng|sheng)\\s)?(?:${WORD}\\s(?:qū|qu|xiàn|xian)\\s)?${WORD}\\s${PINYIN_ROAD}\\s?\\d{1,4}\\s?(?:hào|hao)(?![\\p{L}])`,
      "gu",
    ),
    tail: /^(?:\s*,?\s*\d{1,4}\s?(?:dòng|dong|lóu|lou|dānyuán|danyuan|céng|ceng|shì|shi)(?![\p{L}])|\s+\d{3,5}(?![\p{L}\p{N}]))*/u,
    complete: /\s(?:qū|qu|xiàn|xian|dòng|dong|dānyuán|danyuan)(?![\p{L}])/u,
    cue: TRANSLIT_ADDRESS_CUE,
  },
];

function runRegionalAddresses(text: string, emit: Emit, lower: string): void {
  for (const rule of RULES) {
    if (!containsAny(lower, rule.stems)) continue;
    rule.core.lastIndex = 0;
    for (let match = rule.core.exec(text); match !== null; match = rule.core.exec(text)) {
      let end = match.index + match[0].length;
      const tail = rule.tail.exec(text.slice(end, end + 160));
      if (tail) end += tail[0].length;
      let value = text.slice(match.index, end);
      const trimmed = value.replace(RUN_REGIONAL_ADDRESSES_PATTERN_1, "");
      end -= value.length - trimmed.length;
      value = trimmed;
      if (!rule.complete.test(value)) continue;
      if (rule.cue !== undefined && !rule.cue.test(text.slice(Math.max(0, match.index - 100), match.index))) continue;
      const around = text.slice(Math.max(0, match.index - 80), Math.min(text.length, end + 60));
      if (localBusinessCue(around) && !LOCAL_PERSONAL_ADDRESS_CUE.test(around)) continue;
      if ((rule.rule === "address-cs" || rule.rule === "address-hu") && CS_HU_BUSINESS_CUE.test(around) && !CS_HU_HOME_CUE.test(around)) continue;
      if (rule.rule === "address-el" && EL_BUSINESS_CUE.test(around)) continue;
      emit("street_address", match.index, end, rule.rule, PRIORITY.contextual + 5);
    }
  }
}

export const regionalAddressDetectors: Detector[] = [{ name: "regional-addresses", run: runRegionalAddresses }];
