/**
 * Personal data written in Chinese, Japanese, Korean, Hindi (Devanagari and Latin-script
 * Hinglish) and Arabic: postal addresses, dates of birth after a local label, credentials after a
 * local password word, and a named person's health condition. Every rule anchors on a short
 * literal (号, 丁目, 로/길, PIN code, a label) and reads a bounded window around it, so the cost
 * stays linear. Our own: no maintained JS library covers these with spans.
 */
import type { Detector, Emit } from "../detector.js";
import { isRegexSpace } from "../regex-space.js";
import { PRIORITY, caseInsensitiveStems, containsAny, requiredPrefixes, type PatternGate } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { SCRIPT_PUBLIC_CUE } from "./script-health.js";
import { localBusinessCue, LOCAL_PERSONAL_ADDRESS_CUE } from "./lexicon.js";
import { afterNetworkLabel } from "./network-names.js";
import { readsAsClause } from "./indic-addresses.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
/** A CJK address's number marks (what `/[号號番]|丁目/u` finds; no case, so the lower-cased text holds them too): answered by the scan's keyword pass. */
const CJK_ADDRESS_MARKS = ["号", "號", "番", "丁目", "区", "県"];
const RUN_KOREAN_ADDRESSES_PATTERN_2 = /(?:[가-힣]+(?:시|도|구|군)\s)+$/u;
const RUN_INDIAN_ADDRESSES_PATTERN_1 =
  /(?:road|rd|marg|nagar|colony|sector|lane|street|cross|main|layout|block|society|apartments?|residency|enclave|vihar|puram|पुर|नगर|मार्ग)/iu;
const RUN_LOCAL_DATES_OF_BIRTH_PATTERN_1 = /\d{4}/u;
const RUN_LOCAL_DATES_OF_BIRTH_PATTERN_2 = /出生|生まれ/u;
/**
 * The writer as the subject right before the date (我, 私, 僕, 本人); not when the writer's relative follows with a name
 * before the date ("我爸爸王建国1958年…出生": the father's, session 37).
 */
const RUN_LOCAL_DATES_OF_BIRTH_PATTERN_3 =
  /(?:我|私|僕|本人)(?!的?(?:爸爸|妈妈|媽媽|父亲|母亲|父親|母親|爷爷|奶奶|外公|外婆|儿子|女儿|兒子|女兒|丈夫|妻子|の(?:父|母|祖父|祖母|息子|娘|夫|妻))\s?\p{Script=Han}{2,4}(?:は|是)?$)/u;
const STRONG_LOOKING_PATTERN_1 = /[a-z]/;
const STRONG_LOOKING_PATTERN_2 = /[A-Z]/;
const STRONG_LOOKING_PATTERN_3 = /\d/;
const STRONG_LOOKING_PATTERN_4 = /[^\p{L}\p{N}]/u;
const STRONG_LOOKING_PATTERN_5 = /[\d\W_]/;
const RUN_LOCAL_PASSWORDS_PATTERN_1 = /[.,;:!?)\]}。！？]+$/u;
const RUN_LOCAL_PASSWORDS_PATTERN_2 = /[:=@/]/;
const RUN_LOCAL_PASSWORDS_PATTERN_3 = /(?:です|でした|입니다|이에요|예요|이야|है)$/u;
const RUN_LOCAL_PASSWORDS_PATTERN_4 = /^[\x21-\x7e]{4,}[^ -~]+$/u;
const RUN_LOCAL_PASSWORDS_PATTERN_5 = /[^ -~]+$/u;
const RUN_LOCAL_PASSWORDS_PATTERN_6 = /[.,;:!?)\]}]+$/u;
const RUN_LOCAL_PASSWORDS_PATTERN_7 = /^[\x21-\x7e]+$/;
const CHOSEN_PASSWORD_LOOKING_PATTERN_1 = /\p{L}/u;
const CHOSEN_PASSWORD_LOOKING_PATTERN_2 = /\p{Lu}/u;
const CHOSEN_PASSWORD_LOOKING_PATTERN_3 = /\p{Ll}/u;
const CHOSEN_PASSWORD_LOOKING_PATTERN_4 = /:\/\/|^[\w.+-]+@[\w-]+\.|^[./~]|\/\w+\/|^\$|^v?\d+(?:\.\d+)+$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
const RUN_OTHER_LANGUAGE_PASSWORDS_PATTERN_1 = /[!?]/;
const RUN_OTHER_LANGUAGE_PASSWORDS_PATTERN_2 = /[.,;:)\]}]/;
const RUN_STANDALONE_PASSWORDS_PATTERN_1 = /[.,;:?!]+$/;
const RUN_STANDALONE_PASSWORDS_PATTERN_2 = /[^A-Za-z0-9]/;
const RUN_STANDALONE_PASSWORDS_PATTERN_3 = /[/`[\]{}<>\\,()]/;
const RUN_STANDALONE_PASSWORDS_PATTERN_4 = /:\/\/|^[\w.+-]+@[\w-]+\.|^[./~]|\/\w+\/|^\w+\(|[=]|^\$|^v?\d+(?:\.\d+)+|^[A-Z_]+$/;
const RUN_STANDALONE_PASSWORDS_PATTERN_5 = /^[A-Za-z]+(?:[_.-][A-Za-z]+)+$/;
const RUN_STANDALONE_PASSWORDS_PATTERN_6 = /^(?:[A-Z][a-z]+){2,}$/;
const RUN_STANDALONE_PASSWORDS_PATTERN_7 = /[)\]]+$/;
const RUN_BARE_CREDENTIALS_PATTERN_1 = /^(?:e-?mail|mailto|mail|to|from|cc|bcc|reply-to|sender|recipient)$/i;

/** A company's, shop's or public place's address ("本社：…", "公司地址：…", "본사: …"), unless a home cue is near. */
function businessAddress(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 24), start) + " " + text.slice(end, Math.min(text.length, end + 24));
  return localBusinessCue(around) && !LOCAL_PERSONAL_ADDRESS_CUE.test(around);
}

// --- Addresses -----------------------------------------------------------------------------------
const HAN_ADDRESS_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}0-9\-－ー]/u;
/**
 * 中山路88号3栋1201室 / 復興南路一段390號7樓之2 / 東京都港区六本木6丁目10番1号 / 天神橋5丁目8-14: anchor on the house-number
 * word (simplified or traditional, after a road or its section 段), widen both ways. Also (session 39) the Japanese
 * dashed chōme-banchi-gō right after the district name (東京都渋谷区神宮前3-12-8), with a region word before it, and
 * (session 48, dev-77) a flat number dashed after it (天神橋6-4-20-805).
 */
const CJK_ADDRESS_ANCHOR =
  /(?:[路街道巷弄里段]|大道|胡同)\d+(?:-\d+)?[号號]|\d+丁目(?:\d+番(?:地)?)?(?:\d+号?)?(?:[-－]\d+){0,2}|\d+番地?\d*号?|(?<=[\p{Script=Han}\p{Script=Katakana}ー])\d{1,2}[-－]\d{1,4}[-－]\d{1,4}(?:[-－]\d{1,4})?(?![\d\-－])/gu;
const CJK_ADDRESS_TAIL = /^(?:[\d\-一二三四五六七八九十]+(?:栋|幢|号楼|座|单元|层|楼|樓|室|号|號|階|号室|F)(?:之\d+)?)+/u;
/** A building name (with katakana, so a next address in Han is not swallowed) and room number after the street number (… 8-14 グランコート天神橋902号). */
const CJK_BUILDING_TAIL = /^\s?(?=[^\d\s]{0,15}\p{Script=Katakana})[\p{Script=Katakana}ー・\p{Script=Han}]{2,16}\s?\d{1,5}(?:号室|号|號|室)/u;
const CJK_REGION = /省|市|区|區|县|縣|都|道|府|県|町|村|镇|鎮/u;
/** The dashed chōme-banchi-gō anchor alone (the last alternative of CJK_ADDRESS_ANCHOR). */
const DASHED_CHOME = /^\d{1,2}[-－]\d{1,4}[-－]\d{1,4}(?:[-－]\d{1,4})?$/u;
/**
 * A person the address is for or whose it is, before it (or up to 30 characters after it: "…302宛てに"): an honorific
 * after a name, a recipient or home word, a relative's の; or (PERSON_ADDRESS_LABEL, session 46, dev-70) a person's 住所 or
 * 現住所 right before it ("佐藤健一、携帯 …、住所 東京都世田谷区桜新町2-14-7", "現住所は…"), not 本社住所 or 店の住所.
 */
const PERSON_ADDRESSEE =
  /様|さん|くん|ちゃん|殿|送り先|送付先|届け先|お届け|宛先|宛て|自宅|実家|私の住所|住んで|(?:妹|姉|兄|弟|母|父|祖母|祖父|息子|娘|夫|妻|友人|友達|彼氏|彼女)の/u;
/** A person's address label right before the value (not a company's, shop's or "日本の住所"): "、住所 東京都…", "現住所は…". */
const PERSON_ADDRESS_LABEL = /(?:現住所|(?<![社店所館校院場の])住所)[は:：]?[ \t　]?$/u;

/** Session 47 (dev-73): the Chinese labels too ("公司地址在杭州市…", "收货地址：北京市…"), so the words before them are read as the owner. */
const ADDRESS_LABEL_GLUED = /^[^\d]{0,20}?(?:住所|地址|住址)(?:は|が|:|：|在|是|为|為)?/u;

/** A home or sending phrase glued to a Chinese address ("我住在", "我家在", "住在", "寄到", "送到", "发到"): not the address's. */
const HOME_PHRASE_GLUED = /^(?:我们?(?:家)?(?:现在|現在)?住在|我家(?:住)?在|住在|寄到|寄往|送到|发到|發到|邮寄到|郵寄到|送货到|送貨到)/u;

/** A Han letter after 院 makes another word of it ("88号院长", "88号院子里" stay cut at 号): only a number or a mark may follow. */
const COURTYARD_WORD = /\p{Script=Han}/u;

function runCjkAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CJK_ADDRESS_MARKS)) return;
  CJK_ADDRESS_ANCHOR.lastIndex = 0;
  for (let match = CJK_ADDRESS_ANCHOR.exec(text); match !== null; match = CJK_ADDRESS_ANCHOR.exec(text)) {
    let start = match.index;
    while (start > 0 && match.index - start < 30 && HAN_ADDRESS_CHAR.test(text[start - 1]!)) start--;
    // The widening crossed an address label glued to the value ("現住所は福岡県…"): the value starts after it (session 46).
    const label = ADDRESS_LABEL_GLUED.exec(text.slice(start, match.index));
    if (label) start += label[0].length;
    // …or a home or sending phrase ("我住在北京市…", "寄到北京市…", session 48): the value starts after it too.
    else {
      const phrase = HOME_PHRASE_GLUED.exec(text.slice(start, match.index));
      if (phrase) start += phrase[0].length;
    }
    let end = match.index + match[0].length;
    // A courtyard after the house number ("建国路88号院3号楼", session 47): 院 is the address's, with its building or alone.
    const courtyard = text[end] === "院" && !COURTYARD_WORD.test(text.slice(end + 1, end + 2)) ? 1 : 0;
    const tail = CJK_ADDRESS_TAIL.exec(text.slice(end + courtyard, end + courtyard + 24));
    end += courtyard + (tail ? tail[0].length : 0);
    const building = CJK_BUILDING_TAIL.exec(text.slice(end, end + 28));
    if (building) end += building[0].length;
    const value = text.slice(start, end);
    if (!CJK_REGION.test(value.slice(0, Math.max(1, value.length - match[0].length)))) continue;
    if (businessAddress(text, start, end)) continue;
    // The dashed form is every shop's and station's address too: only a person's, by a cue before it (様, 送り先 …).
    if (
      DASHED_CHOME.test(match[0]) &&
      !PERSON_ADDRESSEE.test(text.slice(Math.max(0, start - 60), start) + " " + text.slice(end, end + 30)) &&
      !PERSON_ADDRESS_LABEL.test(text.slice(Math.max(0, start - 8), start))
    )
      continue;
    emit("street_address", start, end, "address-cjk", PRIORITY.contextual + 5);
  }
}

/** 서울특별시 강남구 테헤란로 123, 4층 / 역삼동 45-6 */
const KOREAN_ADDRESS = /[가-힣]{1,12}(?:로|길|대로)\s?\d{1,4}(?:-\d{1,4})?(?:번길\s?\d{1,4})?(?:,?\s?\d{1,4}(?:층|호|동))*/gu;
function runKoreanAddresses(text: string, emit: Emit): void {
  // Two native searches (session 46: the class pattern `[로길]` read the whole text, ~4 µs on the bench prompt).
  if (!text.includes("로") && !text.includes("길")) return;
  KOREAN_ADDRESS.lastIndex = 0;
  for (let match = KOREAN_ADDRESS.exec(text); match !== null; match = KOREAN_ADDRESS.exec(text)) {
    let start = match.index;
    const before = text.slice(Math.max(0, start - 30), start);
    const region = RUN_KOREAN_ADDRESSES_PATTERN_2.exec(before);
    if (!region) continue;
    start -= region[0].length;
    if (businessAddress(text, start, match.index + match[0].length)) continue;
    emit("street_address", start, match.index + match[0].length, "address-ko", PRIORITY.contextual + 5);
  }
}

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const INDIAN_ADDRESSES_STEMS: readonly string[] = [
  "flat",
  "house",
  "h.no",
  "h no",
  "plot",
  "door",
  "apt",
  "apartment",
  "villa",
  "quarter",
  "मकान",
  "फ्लैट",
  "म.नं",
];
/** The address words that open the labelled rule below (answered by the scan's keyword pass). */
const INDIAN_ADDRESS_LABEL_STEMS: readonly string[] = ["पता", "address", "pata"];

/** Flat 302, Sai Krupa Apartments, 14th Cross Road, Indiranagar, Bengaluru 560038 (a PIN code closes it). */
const INDIAN_ADDRESS =
  /(?<![\p{L}])(?:flat|house|h\.? ?no\.?|plot|door no\.?|apt\.?|apartment|villa|quarter|मकान|फ्लैट)\s*(?:no\.?|number|नं\.?|#)?\s*[\p{L}\p{N}/-]{1,8}[^\n]{5,140}?(?<![\p{N}])[1-9]\d{2}\s?\d{3}(?![\p{N}])/giu;
/** The six closing digits are an amount, not a PIN code ("an apartment building. The land had a basis of $300000"). */
const AMOUNT_NOT_PIN = /(?:[$€£₹]|rs\.?|inr|usd|eur)\s?\d{3}\s?\d{3}$/i;
/**
 * Session 47 (dev-73): an address word (पता, address, pata) right before a house or flat number and at least two more
 * comma-separated parts of one to three words, each ending at a comma, a stop or the line end, with no PIN code: "मेरी बहन नेहा का पता: म.नं. ७८, वार्ड १२, गांधी चौक,
 * जयपुर", "पता फ्लैट ३०२, साई अपार्टमेंट, सेक्टर १५, नोएडा". A part of four words or more (a clause: "राखी यहीं भेजनी है")
 * ends it; a company's or office's address (businessAddress) is left out.
 */
const INDIAN_LABELLED_ADDRESS =
  /(?<![\p{L}\p{M}])(?:पता|address|pata)[^\S\n]{0,3}(?:है|hai)?[^\S\n]{0,2}[:：-]?[^\S\n]{0,3}((?:मकान|फ्लैट|म\.[^\S\n]?नं\.?|flat|house|h\.?[^\S\n]?no\.?)[^\S\n]{0,2}(?:नं\.?|नंबर|no\.?|number|#)?[^\S\n]{0,2}\p{N}[\p{L}\p{N}/-]{0,7}(?:,[^\S\n]{0,2}[\p{L}\p{M}\p{N}.]+(?:[^\S\n][\p{L}\p{M}\p{N}.]+){0,2}(?=[^\S\n]{0,2}(?:[,;।!?)"”\n]|$))){2,5})/giu;

const PIN_CODE = /(?<![\p{N}])[1-9]\d{2}\s?\d{3}(?![\p{N}])/u;

function runIndianAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, INDIAN_ADDRESSES_STEMS)) return;
  INDIAN_ADDRESS.lastIndex = 0;
  for (let match = INDIAN_ADDRESS.exec(text); match !== null; match = INDIAN_ADDRESS.exec(text)) {
    // A finite verb inside is a sentence about a house ("मकान 15 साल पुराना है, 3 कमरे, …"; session 51).
    if (!RUN_INDIAN_ADDRESSES_PATTERN_1.test(match[0]) || AMOUNT_NOT_PIN.test(match[0]) || readsAsClause(match[0])) continue;
    emit("street_address", match.index, match.index + match[0].length, "address-in", PRIORITY.contextual + 5);
  }
  if (!containsAny(lower, INDIAN_ADDRESS_LABEL_STEMS)) return;
  INDIAN_LABELLED_ADDRESS.lastIndex = 0;
  for (let match = INDIAN_LABELLED_ADDRESS.exec(text); match !== null; match = INDIAN_LABELLED_ADDRESS.exec(text)) {
    // An address with a PIN code is the rule above's; a sentence's closing dot is no part of the address.
    if (PIN_CODE.test(match[1]!)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    let end = start + match[1]!.length;
    while (end > start && text.charCodeAt(end - 1) === 0x2e) end--;
    if (businessAddress(text, start, end)) continue;
    emit("street_address", start, end, "address-in-labelled", PRIORITY.contextual + 5);
  }
}

/** شارع الملك فهد، مبنى 12 / 12 شارع التحرير */
const ARABIC_ADDRESS = /(?:شارع|طريق|حي|عمارة|مبنى|شقة)\s[\p{Script=Arabic}\s،,]{2,40}?\d{1,5}(?:[\s،,]+(?:شقة|مبنى|الطابق|عمارة)\s?\d{1,4})*/gu;
/** ARABIC_ADDRESS's street words: every match opens with one (no case: the lower-cased text holds them as written). */
const ARABIC_STREET_WORDS = ["شارع", "طريق", "حي", "عمارة", "مبنى", "شقة"];
function runArabicAddresses(text: string, emit: Emit, lower: string): void {
  // The scan's keyword pass answers (session 54): the search for any Arabic letter cost ~7 µs on the bench prompt.
  if (!containsAny(lower, ARABIC_STREET_WORDS)) return;
  ARABIC_ADDRESS.lastIndex = 0;
  for (let match = ARABIC_ADDRESS.exec(text); match !== null; match = ARABIC_ADDRESS.exec(text))
    emit("street_address", match.index, match.index + match[0].length, "address-ar", PRIORITY.contextual + 5);
}

// --- Dates of birth after a local label ----------------------------------------------------------
/**
 * A local birth label, at most six characters that are neither a digit nor a clause break (, ; 。 and their full-width
 * forms: "出生于浙江绍兴，1936年10月19日…逝世" is a death date, session 42), then the date.
 */
const LOCAL_DOB =
  /(?:出生日期|出生年月日|出生于|出生於|生于|生於|出生|生日|生年月日|誕生日|생년월일|생일|जन्म ?तिथि|जन्म ?दिनांक|जन्मदिन|janm ?tithi|जन्म ?तारीख|জন্ম ?তারিখ|பிறந்த ?தேதி|જન્મ ?તારીખ|تاريخ الميلاد|تاريخ الولادة|ولدت? في|مواليد|(?<![\p{L}])(?:doğum[ _]tarih\p{L}*|dogum[ _]tarih\p{L}*|d\.\s?tarihi|ngày[ _]sinh|ngay[ _]sinh|sinh ngày|sinh ngay|lahir pada(?: tanggal)?|lahir tanggal|(?<=[,;(]\s?)lahir(?: di [\p{Lu}][\p{L}]+,?)?|ngày[ _]tháng[ _]năm[ _]sinh|tanggal[ _]lahir|tgl\.?[ _]lahir|syntymäaika|syntymäpäivä|data nașterii|data nasterii|datum narození|datum narodenia|datum rođenja|rojstni datum|дата народження|дата нар\.|дата на раждане|ημερομηνία γέννησης|ημερ\. γέννησης|ημ\. γέννησης|ημ\/νία γέννησης|ημ\/νία γέν\.|ημ\. γέν\.|γεννήθηκε(?: στις| την)?|születési (?:idő|dátum|ideje)|szül\.|született))(?:[ \t]?\([^()\n\p{N}]{1,60}\))?[^\n\p{N},，;；。]{0,6}?(\d{4}年\s?\d{1,2}月\s?\d{1,2}日|(?:昭和|平成|令和)(?:\d{1,2}|元)年\s?\d{1,2}月\s?\d{1,2}日|\d{4}년\s?\d{1,2}월\s?\d{1,2}일|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}\.\s\d{1,2}\.\s\d{1,2}\.?|\d{1,2}\.\s\d{1,2}\.\s\d{4}|\d{4}\.\s(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s\d{1,2}\.?|\d{1,2} tháng \d{1,2}(?: năm|,)? \d{4}|\d{1,2}\.?\s(?:जनवरी|फ\u093c?रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta)\s\d{4})/giu;
const LOCAL_DOB_STEMS = [
  "出生",
  "生于",
  "生於",
  "生日",
  "生年月日",
  "誕生日",
  "생년월일",
  "생일",
  "जन्म",
  "janm",
  // Bengali, Tamil and Gujarati birth labels (session 50, dev-83)
  "জন্ম",
  "பிறந்த",
  "જન્મ",
  "الميلاد",
  "الولادة",
  "ولد",
  "مواليد",
  "doğum",
  "dogum",
  "tarihi",
  "sinh",
  "lahir",
  "syntymä",
  "naşterii",
  "nașterii",
  "nasterii",
  "narozen",
  "narodenia",
  "rođenja",
  "rojstni",
  "народження",
  "дата нар",
  "раждане",
  // Greek and Hungarian (session 46, dev-68)
  "γέννησης",
  "γέν.",
  "γεννήθηκε",
  "szül",
];
/**
 * Session 39 (dev-37): the six-digit birth date of Korean forms, "생년월일 6자리에 850314", "생년월일(앞 6자리): 920105"
 * (YYMMDD, the front of a resident registration number): a valid month and day, no digit after, and not the form's
 * own example ("900101 형식으로", "… 처럼"; session 39 review).
 */
const KO_SIX_DIGIT_DOB =
  /생년월일\s?\(?\s?(?:앞\s?)?6\s?자리\s?\)?(?:에|는|은|를|을|로|가|이)?\s?[:：]?\s?["'“]?(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)(?!\s?(?:형식|예시|처럼|와\s?같이|과\s?같이))/gu;
/** 1990年3月4日出生 / 1985年7月9日生まれ: the date before the word; a first-person or historical birth is not reported. */
const CJK_DATE_THEN_BIRTH = /(\d{4})年\s?\d{1,2}月\s?\d{1,2}日(?:出生|生まれ|生)/gu;

function runLocalDatesOfBirth(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LOCAL_DOB_STEMS)) return;
  LOCAL_DOB.lastIndex = 0;
  for (let match = LOCAL_DOB.exec(text); match !== null; match = LOCAL_DOB.exec(text)) {
    // A birth before 1925 is a historical, public fact ("sinh ngày 19/5/1890").
    if (Number(RUN_LOCAL_DATES_OF_BIRTH_PATTERN_1.exec(match[1]!)?.[0] ?? "2000") < 1925) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("date_of_birth", start, start + match[1]!.length, "date-of-birth-local-label", PRIORITY.contextual + 10);
  }
  if (text.includes("자리")) {
    KO_SIX_DIGIT_DOB.lastIndex = 0;
    for (let match = KO_SIX_DIGIT_DOB.exec(text); match !== null; match = KO_SIX_DIGIT_DOB.exec(text)) {
      const start = match.index + match[0].length - match[1]!.length;
      emit("date_of_birth", start, start + 6, "date-of-birth-ko-six-digits", PRIORITY.contextual + 10);
    }
  }
  if (!RUN_LOCAL_DATES_OF_BIRTH_PATTERN_2.test(text)) return;
  CJK_DATE_THEN_BIRTH.lastIndex = 0;
  for (let match = CJK_DATE_THEN_BIRTH.exec(text); match !== null; match = CJK_DATE_THEN_BIRTH.exec(text)) {
    const window = text.slice(Math.max(0, match.index - 24), match.index + match[0].length + 24);
    if (
      Number(match[1]) < 1925 ||
      RUN_LOCAL_DATES_OF_BIRTH_PATTERN_3.test(text.slice(Math.max(0, match.index - 8), match.index)) ||
      SCRIPT_PUBLIC_CUE.test(window)
    )
      continue;
    const end = match.index + match[0].indexOf("日") + 1;
    emit("date_of_birth", match.index, end, "date-of-birth-cjk-before-birth", PRIORITY.contextual + 10);
  }
}

// --- Credentials after a local password word -----------------------------------------------------
const LOCAL_PASSWORD =
  /(?:密码|密碼|口令|パスワード|(?<![\p{Script=Katakana}ー])パス(?![\p{Script=Katakana}ー])|暗証番号|비밀번호|비번|암호|पासवर्ड|पास वर्ड|कूटशब्द|كلمة المرور|كلمة السر|رمز المرور|รหัสผ่าน|mot de passe|password|passwort|contraseña|senha)[^\n]{0,24}?(?:是|为|為|：|:|=|は|が|는|은|이|가|है|हैं|هي|هو|คือ|เป็น|(?<![\p{L}])(?:c['’]est|est|hai|he|ist|es|é|is)(?![\p{L}]))\s*(?:[「『"'“«]\s*)?([^\s「」『』"'“”«»，。、,]{4,64})/giu;
const LATIN_KEYWORD_ONLY = /^(?:mot de passe|password|passwort|contraseña|senha)/i;
/**
 * Session 54: the colloquial Japanese "パス" (pass, for パスワード; not inside a katakana word: パスポート, パスタ, フリーパス)
 * counts only right before its particle or colon ("パスは Tq9wLm2Zr8Kx だよ", "パス：…"), with a value chosen as a password and
 * not a file path ("パスは C:\\Users\\…", "パス: ./bin/…": パス is a path too).
 */
const COLLOQUIAL_PASS = /^パス\s?(?:は|も|:|：)[\s「『"'“«]*$/u;
const PATH_MARK = /[/\\]/;
/** A length rule, not a value: a range of counts before a unit of characters ("密码长度为8-20位", "8～16文字", "8-20자"). */
const LENGTH_RANGE = /^\d{1,3}\s?[-~～–到至]\s?\d{1,3}\s?(?:位|个|個|字|桁|자|文字)/u;
/** A copula the password rule reads itself (is, est, es, ist, é; not c'est), ending the text before the value. */
const LATIN_COPULA_BEFORE = /(?<![\p{L}'’])(?:is|est|es|ist|é)\s*[「『"'“«]?\s*$/iu;

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const LOCAL_PASSWORDS_STEMS: readonly string[] = [
  "密",
  "口令",
  "パス",
  "暗証",
  "비밀번호",
  "비번",
  "암호",
  "पास",
  "कूटशब्द",
  "كلمة",
  "رمز المرور",
  "รหัสผ่าน",
  "mot de passe",
  "password",
  "passwort",
  "contraseña",
  "senha",
];

/** A value that looks chosen as a secret: two or more character classes and a digit or symbol, or non-Latin-free ASCII with 8+ characters. */
function strongLooking(value: string): boolean {
  const classes =
    Number(STRONG_LOOKING_PATTERN_1.test(value)) +
    Number(STRONG_LOOKING_PATTERN_2.test(value)) +
    Number(STRONG_LOOKING_PATTERN_3.test(value)) +
    Number(STRONG_LOOKING_PATTERN_4.test(value));
  return classes >= 2 && STRONG_LOOKING_PATTERN_5.test(value) && value.length >= 6;
}

function runLocalPasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LOCAL_PASSWORDS_STEMS)) return;
  LOCAL_PASSWORD.lastIndex = 0;
  for (let match = LOCAL_PASSWORD.exec(text); match !== null; match = LOCAL_PASSWORD.exec(text)) {
    let value = match[1]!.replace(RUN_LOCAL_PASSWORDS_PATTERN_1, "");
    if (isPlaceholderValue(value) || LENGTH_RANGE.test(value)) continue;
    // Latin keywords are handled by the password rule; here they count only with a strong-looking
    // value after a separator that rule does not know (c'est, hai, は ...).
    if (
      LATIN_KEYWORD_ONLY.test(match[0]) &&
      (!strongLooking(value) ||
        RUN_LOCAL_PASSWORDS_PATTERN_2.test(match[0].slice(0, match[0].length - match[1]!.length)) ||
        LATIN_COPULA_BEFORE.test(match[0].slice(0, match[0].length - match[1]!.length)))
    )
      continue;
    if (match[0].startsWith("パス") && !match[0].startsWith("パスワード")) {
      const told = match[0].slice(0, match[0].length - match[1]!.length);
      if (!COLLOQUIAL_PASS.test(told) || PATH_MARK.test(value) || !chosenPasswordLooking(value)) continue;
    }
    value = value.replace(RUN_LOCAL_PASSWORDS_PATTERN_3, "");
    // A particle or punctuation of the keyword's script glued to the ASCII value ("Hangang!2024인데", "Riyadh@2030x،").
    if (!LATIN_KEYWORD_ONLY.test(match[0]) && RUN_LOCAL_PASSWORDS_PATTERN_4.test(value))
      value = value.replace(RUN_LOCAL_PASSWORDS_PATTERN_5, "").replace(RUN_LOCAL_PASSWORDS_PATTERN_6, "");
    // After a CJK, Hindi or Arabic keyword the value is written in ASCII ("密码是abc123"); a word of
    // the keyword's own script is the sentence going on ("비밀번호는 8자 이상이어야", "パスワードを…リセット").
    if (!LATIN_KEYWORD_ONLY.test(match[0]) && (value.length < 4 || !RUN_LOCAL_PASSWORDS_PATTERN_7.test(value))) continue;
    const start = match.index + match[0].length - match[1]!.length;
    // "비밀번호 gangnam0811 이에요. 이름은 iptime5G": the gap ran on to the network's name (session 43).
    if (afterNetworkLabel(text, start)) continue;
    emit("password", start, start + value.length, "password-after-local-keyword", PRIORITY.secret - 6);
  }
  runSpacedLocalPasswords(text, emit);
  runHinglishPasswords(text, emit, lower);
}

/**
 * Session 47 (dev-73): a CJK or Devanagari password word, a space and an ASCII value with no copula or colon between
 * ("管理密码 Wang@2021home，怎么设置端口转发？", "비밀번호 Seoul#2024a"): counted only when the value looks chosen as a password
 * (letters and digits, and a symbol or both cases), so "密码 8 位以上" and "パスワード reset" stay prose.
 */
const SPACED_LOCAL_PASSWORD = /(?:密码|密碼|パスワード|비밀번호|पासवर्ड)[ \t]{1,2}([\x21-\x7e]{6,64})(?![\x21-\x7e])/gu;

function runSpacedLocalPasswords(text: string, emit: Emit): void {
  SPACED_LOCAL_PASSWORD.lastIndex = 0;
  for (let match = SPACED_LOCAL_PASSWORD.exec(text); match !== null; match = SPACED_LOCAL_PASSWORD.exec(text)) {
    const value = match[1]!.replace(RUN_LOCAL_PASSWORDS_PATTERN_6, "");
    if (!chosenPasswordLooking(value) || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    if (afterNetworkLabel(text, start)) continue;
    emit("password", start, start + value.length, "password-after-local-keyword-spaced", PRIORITY.secret - 6);
  }
}

/**
 * Password words of Turkish, Ukrainian/Russian, Vietnamese, Indonesian/Malay, Nordic, Polish and
 * Dutch, and (session 53) Croatian/Serbian/Bosnian (lozinka, лозинка), Estonian (parool), Lithuanian
 * (slaptažodis), Catalan (contrasenya) and Basque (pasahitza) (English, German, French, Spanish and Portuguese ones have their own rules), with their suffixes (şifrem, lösenordet, пароля) and up to four short
 * words before the value, with or without a separator ("E-devlet şifrem Ankara.1987x", "Пароль від
 * пошти: …", "Mật khẩu wifi là …", "Kata sandi akun saya …"). Without an explicit cue the value must
 * look chosen as a password (letters and digits, and a symbol or mixed case): "şifre en az 8
 * karakter olmalı" and "пароль має бути довгим" are not reported.
 */
const OTHER_LANGUAGE_PASSWORD =
  /(?<![\p{L}])(?:şifre|sifre|parola|пароль|mật khẩu|mat khau|kata sandi|kata laluan|lösenord|losenord|passord|adgangskode|kodeord|salasana|hasło|haslo|wachtwoord|lozink|лозинк|parool|slaptažod|contrasenya|pasahitz)\p{L}{0,4}((?:\s+[^\s]{1,16}){0,8}?)\s*[:=]?\s+["'“«]?((?=[^\s]{0,63}\d)(?=[^\s]{0,63}\p{L})[^\s"'“”«»,;]{6,64})/giu;
const OTHER_LANGUAGE_PASSWORD_STEMS = [
  "şifre",
  "sifre",
  "parola",
  "пароль",
  "mật khẩu",
  "mat khau",
  "kata sandi",
  "kata laluan",
  "lösenord",
  "losenord",
  "passord",
  "adgangskode",
  "kodeord",
  "salasana",
  "hasło",
  "haslo",
  "wachtwoord",
  "lozink",
  "лозинк",
  "parool",
  "slaptažod",
  "contrasenya",
  "pasahitz",
];

/** Letters and digits, plus a symbol or both letter cases; no URL, address, path or date. */
function chosenPasswordLooking(value: string): boolean {
  if (!CHOSEN_PASSWORD_LOOKING_PATTERN_1.test(value) || !STRONG_LOOKING_PATTERN_3.test(value)) return false;
  if (!STRONG_LOOKING_PATTERN_4.test(value) && !(CHOSEN_PASSWORD_LOOKING_PATTERN_2.test(value) && CHOSEN_PASSWORD_LOOKING_PATTERN_3.test(value))) return false;
  return !CHOSEN_PASSWORD_LOOKING_PATTERN_4.test(value);
}

function runOtherLanguagePasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, OTHER_LANGUAGE_PASSWORD_STEMS)) return;
  OTHER_LANGUAGE_PASSWORD.lastIndex = 0;
  for (let match = OTHER_LANGUAGE_PASSWORD.exec(text); match !== null; match = OTHER_LANGUAGE_PASSWORD.exec(text)) {
    const value = match[2]!.replace(RUN_LOCAL_PASSWORDS_PATTERN_6, (tail) =>
      RUN_OTHER_LANGUAGE_PASSWORDS_PATTERN_1.test(tail) && !RUN_OTHER_LANGUAGE_PASSWORDS_PATTERN_2.test(tail) ? tail : "",
    );
    if (!chosenPasswordLooking(value) || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - match[2]!.length;
    emit("password", start, start + value.length, "password-after-other-language-keyword", PRIORITY.secret - 7);
    // Continue after the value: the next keyword may follow it.
    OTHER_LANGUAGE_PASSWORD.lastIndex = start + match[2]!.length;
  }
}

/** Keyword pre-filter stems (made once: an array literal at the call is a new list each scan). */
const HINGLISH_PASSWORDS_STEMS: readonly string[] = [" hai", " he", " है", " h"];

/** Hinglish puts the verb last: "bhai ka password Sunny@1234 hai". */
const HINGLISH_PASSWORD = /\b(?:password|pin|पासवर्ड)\s+([^\s]{6,64})\s+(?:hai|he|h|है)\b/giu;
function runHinglishPasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, HINGLISH_PASSWORDS_STEMS)) return;
  HINGLISH_PASSWORD.lastIndex = 0;
  for (let match = HINGLISH_PASSWORD.exec(text); match !== null; match = HINGLISH_PASSWORD.exec(text)) {
    const value = match[1]!;
    if (!strongLooking(value) || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].indexOf(value, match[0].length - value.length - 8);
    emit("password", start, start + value.length, "password-hinglish", PRIORITY.secret - 6);
  }
}

/**
 * A standalone password the user says they use or asks about ("Is dR4m!3?hcnwOzd0fa5 a strong
 * enough password?"): a token mixing three character classes, 8-64 characters, in a sentence
 * that talks about a password.
 */
/** Password managers' and vaults' product names ("it's in 1Password"): where a password is kept, not the password. */
const PASSWORD_MANAGER = /^(?:1Password\d?|1Password\.com|KeePassXC|KeePass2|LastPass|Bitwarden|NordPass|Dashlane|RoboForm\d?|Proton ?Pass)[.,;:!?)]*$/;

const PASSWORD_TOPIC =
  /passwor[dt]|passphrase|passcode|mot de passe|contraseña|senha|wachtwoord|parola d|hasło|密码|密碼|パスワード|비밀번호|पासवर्ड|كلمة المرور|كلمة السر/iu;
/** Lower-cased literals one of which every PASSWORD_TOPIC match holds: none in the text, no pass over it. */
const PASSWORD_TOPIC_STEMS = caseInsensitiveStems(requiredPrefixes(PASSWORD_TOPIC.source));
export const PASSWORD_TOPIC_GATE: PatternGate = {
  name: "password-topic",
  pattern: PASSWORD_TOPIC,
  mayMatch: (_text, lower) => PASSWORD_TOPIC_STEMS === undefined || containsAny(lower, PASSWORD_TOPIC_STEMS),
};
/** Markdown emphasis around a plain word (`**Opening`, `Server:**`, `__Note__`): the markers are not a password's symbols. */
const EMPHASIS_MARKERS = /^[*_~]+|[*_~]+$/g;
const PLAIN_WORD = /^\p{L}+[:.]?$/u;
/** Two printf/strftime directives (`%Y-%m-%d_%H-%M`) or a `::` namespace path (`AWS::IAM::Role`, `std::string`). */
const FORMAT_OR_NAMESPACE = /%[A-Za-z][^%]*%[A-Za-z]|::/;

/** A token that is markup or code around words, not a chosen password. */
function markupOrCodeToken(value: string): boolean {
  return FORMAT_OR_NAMESPACE.test(value) || (value !== value.replace(EMPHASIS_MARKERS, "") && PLAIN_WORD.test(value.replace(EMPHASIS_MARKERS, "")));
}
/** A Wi-Fi network name by its band or guest suffix (`Kowalski_5G`, `Home-2.4GHz`, `CafeLuna-Guest`): an SSID, not a passphrase. */
const WIFI_NETWORK_NAME = /[_-](?:2\.4G(?:Hz)?|5G(?:Hz)?|Guest|EXT)$/i;
/** A short option glued to a variable's name (`mysql -pDB_PASSWORD`): the command line names the value (session 42 review). */
const GLUED_OPTION_NAME = /^-[A-Za-z][A-Z][A-Z0-9]*_[A-Z0-9_]+$/;
/**
 * A credential given by reference to a shell, Windows or template variable, alone, after a user name or glued to a
 * short option (`admin:$ADMIN_PASSWORD`, `-p$MYSQL_ROOT_PASSWORD`, `${DEPLOY_PASSWORD}`, `%BACKUP_PASSWORD%`): the value
 * lives elsewhere (session 43, dev-53). A bare `$` word needs an upper-case name with an underscore, as environment
 * variables are spelled: `$Summer2024` stays a password.
 */
const VARIABLE_REFERENCE =
  /^(?:-[A-Za-z]|[^\s:$]{1,40}:|\$[A-Z][A-Z0-9]*_[A-Z0-9_]*:)?(?:\$[A-Z][A-Z0-9]*_[A-Z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]{0,63}(?:[:?=-][^{}\s]{0,80})?\}|%[A-Z][A-Z0-9]*_[A-Z0-9_]*%)$/;
const CANDIDATE_TOKEN = /(?<![^\s"'“«(「『])[^\s"'“”«»()「」『』]{8,64}(?![^\s"'”»)」』,.;:?!])/gu;
function runStandalonePasswords(text: string, emit: Emit, lower: string): void {
  if (!PASSWORD_TOPIC_GATE.mayMatch(text, lower)) return;
  const topic = PASSWORD_TOPIC.exec(text);
  if (!topic) return;
  // Only sentences that mention a password: bounded windows around each mention.
  let searchFrom = 0;
  const mentions = new RegExp(PASSWORD_TOPIC.source, "giu");
  for (let mention = mentions.exec(text); mention !== null; mention = mentions.exec(text)) {
    const from = Math.max(searchFrom, mention.index - 160);
    const to = Math.min(text.length, mention.index + mention[0].length + 160);
    if (from >= to) continue;
    const window = text.slice(from, to);
    CANDIDATE_TOKEN.lastIndex = 0;
    for (let token = CANDIDATE_TOKEN.exec(window); token !== null; token = CANDIDATE_TOKEN.exec(window)) {
      let value = token[0].replace(RUN_STANDALONE_PASSWORDS_PATTERN_1, "");
      if (value.length < 8) continue;
      const classes =
        Number(STRONG_LOOKING_PATTERN_1.test(value)) +
        Number(STRONG_LOOKING_PATTERN_2.test(value)) +
        Number(STRONG_LOOKING_PATTERN_3.test(value)) +
        Number(RUN_STANDALONE_PASSWORDS_PATTERN_2.test(value));
      if (
        classes < 3 ||
        !RUN_LOCAL_PASSWORDS_PATTERN_7.test(value) ||
        !STRONG_LOOKING_PATTERN_1.test(value) ||
        !STRONG_LOOKING_PATTERN_2.test(value) ||
        RUN_STANDALONE_PASSWORDS_PATTERN_3.test(value)
      )
        continue;
      if (RUN_STANDALONE_PASSWORDS_PATTERN_4.test(value)) continue;
      if (RUN_STANDALONE_PASSWORDS_PATTERN_5.test(value) || RUN_STANDALONE_PASSWORDS_PATTERN_6.test(value)) continue;
      if (isPlaceholderValue(value) || PASSWORD_MANAGER.test(value) || markupOrCodeToken(value)) continue;
      value = value.replace(RUN_STANDALONE_PASSWORDS_PATTERN_7, "");
      if (WIFI_NETWORK_NAME.test(value) || GLUED_OPTION_NAME.test(value) || VARIABLE_REFERENCE.test(value) || afterNetworkLabel(text, from + token.index))
        continue;
      emit("password", from + token.index, from + token.index + value.length, "standalone-password", PRIORITY.weak);
    }
    searchFrom = to;
  }
}

/** `admin:Tr1cky#Pass@10.4.5.6`: credentials before a host without a URL scheme. */
const BARE_CREDENTIALS = /(?<![\w/:@.-])[A-Za-z0-9._-]{1,32}:([^\s:@/'"]{4,64})@(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** The part every match has (`:password@`): one cheap test before the costly pattern. */
export const BARE_CREDENTIALS_CORE = /:[^\s:@/'"]{4,64}@/;
/** A code unit that `[^\s:@/'"]` refuses. */
const notCredentialCode = (code: number) => code === 58 || code === 64 || code === 47 || code === 39 || code === 34 || isRegexSpace(code);

/**
 * `BARE_CREDENTIALS_CORE.test(text)`, read back from each `@` (a few in most texts) rather than tried at every `:`
 * of the text: the run of allowed code units before the `@` must be 4–64 long and follow a `:`. Each code unit is
 * read back from one `@` at most (a run stops at the `@` before it): linear.
 */
export function hasBareCredentialsCore(text: string): boolean {
  // No `:` at all (a text of `@`s, say): no match, and no `@` read back.
  if (!text.includes(":")) return false;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start <= 64 && !notCredentialCode(text.charCodeAt(start - 1))) start--;
    if (at - start >= 4 && at - start <= 64 && start > 0 && text.charCodeAt(start - 1) === 58) return true;
  }
  return false;
}

/** A `;NAME=` parameter of a property line ends at `equals` (`EMAIL;TYPE=`, `TEL;type=`): read back at most 24 characters. */
function vcardParameterBefore(text: string, equals: number): boolean {
  for (let index = equals - 1; index >= 0 && equals - index <= 24; index--) {
    const code = text.charCodeAt(index);
    if (code === 59) return index < equals - 1; // ;
    if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45)) return false;
  }
  return false;
}

function runBareCredentials(text: string, emit: Emit): void {
  if (!hasBareCredentialsCore(text)) return;
  BARE_CREDENTIALS.lastIndex = 0;
  for (let match = BARE_CREDENTIALS.exec(text); match !== null; match = BARE_CREDENTIALS.exec(text)) {
    const value = match[1]!;
    if (!strongLooking(value) || isPlaceholderValue(value)) continue;
    // `EMAIL:jane.doe@host` (vCard, headers) is a field name before an address, not a user name.
    if (RUN_BARE_CREDENTIALS_PATTERN_1.test(match[0].slice(0, match[0].indexOf(":")))) continue;
    // `EMAIL;TYPE=INTERNET:rina@host` (a vCard property's parameter before the colon, session 49): no user name either.
    if (match.index > 0 && text[match.index - 1] === "=" && vcardParameterBefore(text, match.index - 1)) continue;
    const start = match.index + match[0].indexOf(":") + 1;
    emit("password", start, start + value.length, "bare-host-credentials", PRIORITY.secret - 6);
  }
}

export const scriptDetectors: Detector[] = [
  { name: "bare-credentials", run: runBareCredentials },
  { name: "cjk-addresses", run: runCjkAddresses },
  { name: "korean-addresses", run: runKoreanAddresses },
  { name: "indian-addresses", run: runIndianAddresses },
  { name: "arabic-addresses", run: runArabicAddresses },
  { name: "local-dates-of-birth", run: runLocalDatesOfBirth },
  { name: "local-passwords", run: runLocalPasswords },
  { name: "other-language-passwords", run: runOtherLanguagePasswords },
  { name: "standalone-passwords", run: runStandalonePasswords },
];
