/**
 * Identifiers without one universal format, found by their label: a hospital or patient number
 * (`Pat-ID`, `IPP`, `UHID`, `n. nosologico`, `prontuário`, `nr księgi głównej`, `journalnummer`,
 * `病历号`, `住院号`, `カルテ番号` …), a tax or personal number (`ITIN`, `EIN`, `UTR`, `NI number`, `SIN`,
 * `PAN`, `Steuernummer`, `numéro fiscal`, `NIF`, `BSN`, `PESEL`, `NIP`, `纳税人识别号` …) or a PIN or
 * door/alarm/SMS code, when the value follows the label at once (only connecting words such as
 * `no.`, `n°`, `is`, `:` between) and has an identifier's shape: at least four digits, not a date,
 * not a run of one digit. Acronym labels (`SIN`, `PAN`, `NIP`, `EIN` …) count in capitals only
 * (`sin` is Spanish for "without"). A PIN is four to eight digits and may follow up to two words
 * (`PIN do karty 2846`, `koden till porten 2580`), or be read out in two or three groups (`448 201`, `17-34-09`).
 * Session 43 (dev-49, codes told in conversation): a code named by what it opens or who sent it ("the code for the side
 * door", "le code de mon iPad", "kod do furtki", "the code they texted"), a lock's combination, backup and recovery
 * codes, and a code after an unlock or disarm verb ("lo sblocchi con", "se desactiva con"); not after an area, zip,
 * error or promo code. Session 45 (dev-59): keypad, safe, gate and alarm labels in more languages ("código do portão",
 * "Torcode", "Code für den Tresor"), and a second code in the same list named only by what it opens. Our own code: the
 * labels are the forms' own.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, caseInsensitiveStems, containsAny, containsAnyAtWordStart, requiredPrefixes } from "../detector.js";
import { COUNTING_DOWN, COUNTING_UP, isPlaceholderValue, isRepetitive } from "../context.js";
import type { PrivacyCategory } from "../types.js";
import { canadianSinValid, germanTaxIdValid, portugueseTaxNumberValid, spanishIdValid, swedishPersonalNumberValid, turkishIdValid } from "../checksums.js";
import { nipValid, peselValid } from "./east-european.js";
import { bsnValid, cpfValid } from "./numbers.js";
import { gstinValid, numeroFiscalValid } from "./identifier-formats.js";
import { chineseResidentIdValid, koreanRrnChecksumValid, myNumberValid } from "./asian-ids.js";
import { italianCfValid } from "./ids.js";
import { mexicanPersonRfcValid } from "./person-tax-numbers.js";

const MEDICAL_LABEL =
  /(?<![\p{L}\p{N}])(?:pat(?:ient)?[-. ]?(?:id|nr|no|number|nummer|numer)|patiënt(?:en)?nummer|patientnummer|numer pacjenta|n[°º] (?:de )?patient|numéro (?:de )?patient|ipp|uhid|ur (?:no|number|n[°º])|hospital (?:no|number|id)|ip no|nhc|historia clínica|expediente clínico|prontuário|prontuario|(?:n\.|numero) nosologico|nosologico|cartella clinica|zis-?nummer|dossiernummer|ziekenhuisnummer|księgi głównej|historii choroby|journalnummer|journal-?nr|protokol (?:no|numarası)|dosya (?:no|numarası)|hasta numarası|истори[яи] болезни|медичн(?:ої|а) карт(?:и|а)|mã bệnh nhân|mã hồ sơ|số hồ sơ(?: bệnh án)?|no\.? ?rm|nomor rekam medis|(?:αρ\.|αριθμός) μητρώου(?: ασθενούς)?|מספר תיק(?: רפואי)?|رقم الملف(?: الطبي)?|पंजीकरण संख्या|journalnr)(?![\p{L}])|(?:病歴番号|カルテ番号|患者ID|患者番号|診察券番号|病历号码|病历号|住院号|门诊号|病案号|就诊卡号|病歷號碼|病歷號|환자번호|병록번호)/giu;

/** Tax and personal-number labels written in words (any case). */
const TAX_LABEL =
  /(?<![\p{L}\p{N}])(?:unique taxpayer reference|ni (?:no|number)|national insurance(?: number| no)?|social insurance number|pan card|steuer-?id(?:nr)?|steuer-?identifikationsnummer|steuernummer|steuer-?nr|st\.-?nr|sozialversicherungsnummer|rentenversicherungsnummer|numéro fiscal|n[°º] fiscal|numéro de sécurité sociale|burgerservicenummer|codice fiscale|personnummer|t\.?c\.? kimlik(?: no| numarası)?|vergi (?:kimlik )?(?:no|numarası)|tax (?:id|number|no|identification number)|taxpayer (?:id|number)|t\.i\.n\.|i\.t\.i\.n\.|rfc con homoclave|bilhete de identidade|national identity card(?: no| number)?)(?![\p{L}])|(?:纳税人识别号|税号|身份证号码?|マイナンバー|個人番号|주민등록번호)/giu;
/** Acronym labels, capitals only. */
const TAX_ACRONYM = /(?<![\p{L}\p{N}])(?:ITIN|F?EIN|UTR|NINO|SIN|PAN|GSTIN|NIF|NIE|NIR|CPF|CURP|RFC|BSN|PESEL|NIP|VKN|TIN|SV-Nr\.?)(?![\p{L}\p{N}])/gu;
/**
 * Session 49 (dev-78): identity cards numbered without a check digit, after the card's own name — the Argentine and
 * Peruvian DNI (capitals), the Colombian cédula (de ciudadanía) and its "C.C.", the Kenyan kitambulisho (cha taifa).
 */
const ID_CARD_LABEL =
  /(?<![\p{L}\p{N}])(?:DNI|C\.C\.|[Cc][ée]dula(?: de (?:ciudadan[íi]a|identidad|extranjer[íi]a))?|[Kk]itambulisho(?: cha taifa)?)(?![\p{L}\p{N}])/gu;
/**
 * Their numbers: seven to ten digits, plain or dotted in thousands (34.582.917, 1.020.456.789), or (session 51, dev-88)
 * with a hyphened check digit (the Ecuadorian 171430710-3, the Uruguayan 4.802.528-8); a letter makes it another scheme's.
 */
const ID_CARD_NUMBER = /^(?:\d{1,3}(?:\.\d{3}){2,3}(?:-\d)?|\d{7,10}|\d{7,9}-\d)$/;
/**
 * Session 51 (dev-88): the Mozambican and Angolan bilhete de identidade after "BI" (capitals), with "n.º", "do", "da",
 * "dele", "dela" or "é" between ("o BI dela: 110100000008B"): twelve digits and a letter (Mozambique) or nine digits,
 * two letters and three digits (Angola). Its written-out name is a TAX_LABEL.
 */
const BI_LABEL = /(?<![\p{L}\p{N}])BI(?![\p{L}\p{N}])/gu;
const BI_GAP = /^[\s:：#=.,\-–(]*(?:(?:n\.?º|n[°º]|número|numero|do|da|dele|dela|é)[\s:：#=.)]*){0,3}$/iu;
const BI_NUMBER = /^(?:\d{12}[A-Z]|\d{9}[A-Z]{2}\d{3})$/;
/**
 * "The passport number of my husband Arturo: G43817265", "número de pasaporte mexicano de mi esposo: …": a number word
 * before the passport word, then up to 48 characters of one clause and a colon or copula before the value.
 */
const NUMBERED_PASSPORT_LABEL =
  /(?<![\p{L}])(?:n[úu]mero|number|no\.|n[°º]) (?:de |del |do |da |of (?:the |my |his |her |our )?)?(?:pasaporte|passaporte|passport|passeport)(?![\p{L}])/giu;
const CLAUSE_THEN_COLON = /^[^.!?\n:：]{0,48}(?:[:：]|\s(?:es|is|é|est))\s*$/u;

const PIN_LABEL =
  /(?<![\p{L}\p{N}])(?:pin(?:-?code|-?kod|-?nummer)?|puk(?:-?code)?|пин(?:-?код)?|пін(?:-?код)?|senha|code pin|kod pin|alarm (?:panel |system |keypad )?code|door code|gate code|entry code|access code|passcode|sms[- ]?code|sms-kod|verification code|(?:sign|log)-?in code|login code|one-time (?:pass)?code|2fa code|auth(?:entication)? code|bestätigungscode|anmeldecode|einmalcode|code de (?:vérification|connexion|confirmation)|código de (?:verificación|verificação|acceso|acesso)|codice (?:di verifica|otp)|verificatiecode|kod weryfikacyjny|doğrulama kodu|код (?:подтверждения|из смс)|code d'accès|digicode|código pin|clave del cajero|(?:pin (?:del )?)?bancomat|(?:bankamatik |kart )?şifre(?:si|m)?|portkod(?:en)?|koden|larmkod(?:en)?|dörrkod(?:en)?|geheimzahl|geheimnummer|key ?safe(?: code)?|lock ?box(?: code)?|garage code|keypad code|safe code|tresorcode|torcode|garagencode|alarmcode|code (?:de l['’]|d['’])alarme|codice (?:dell['’])?allarme|código de (?:la )?alarma|código d[oa] (?:alarme|portão|portao|cofre|porta|garagem)|kod (?:do )?alarmu|key ?box(?: code)?|boîte à clés|boite à clés|cassetta (?:delle |per le )?chiavi|skrytk[aęi] na klucze|caja de (?:las )?llaves|cofre de chaves|locker code|padlock code|kluiscode|code (?:van|voor) de kluis|codice (?:del )?lucchetto|código do cadeado|código del candado|code du cadenas|code du casier|code du coffre|schließfachcode)(?![\p{L}])|(?:الرقم السري|رقم سري|الرمز السري|キーボックス(?:の(?:番号|暗証番号|コード))?|オートロック(?:の(?:番号|暗証番号))?|暗証番号|密码|密碼|口令|비밀번호|인증번호|認証コード|確認コード|ワンタイムパスワード|验证码|驗證碼)/giu;

const US_STATES =
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming";
/** A licence number's key in JSON, YAML or a form ("dl_num": "…", "permis": "…", fuehrerschein=…): driver-specific keys only. */
const LICENCE_KEY =
  /(?<![\p{L}\p{N}])(?:dl_?(?:num(?:ber)?|no|nr)|drivers?_?licen[cs]e(?:_?(?:no|num(?:ber)?))?|permis(?:_conduire)?|f(?:ue|ü)hrerschein(?:_?nr)?|rijbewijs(?:_?nr)?|carnet_conducir|cnh)(?![\p{L}\p{N}])/giu;
/** Only a key-value separator (and quotes) between the key and the value. */
const KEY_GAP = /^["']?\s*[:=]\s*["']?$/u;
/** A door, gate or intercom code: digits with at most two letters ("B4719", "2305A", "17K4390"). */
/**
 * Codes told in conversation (session 43, dev-49): a code named by what it opens or who sent it, a lock's
 * combination, backup and recovery codes, a code after an unlock or disarm verb, the Korean short word 비번 and the
 * Arabic رمز (not a postal رمز بريدي). A rule of its own: its label's literal starts stay a pre-filter.
 */
const TOLD_CODE_LABEL =
  /(?<![\p{L}\p{N}])(?:code (?:for|to) (?:the|my|our|your|his|her)|code (?:they|you|he|she|i|we) (?:just )?(?:texted|sent|got|received|gave)|code de (?:mon|ma|ton|ta|son|sa|notre|votre)|c[óo]digo de (?:mi|tu|su)|codice (?:del mio|della mia|del tuo|della tua)|code für (?:den|die|das|unsere[nmr]?|meine[nmr]?|deine[nmr]?)|kod (?:do|od)|k[óo]d (?:od|ke?|do)|combination|kombination|combinaison|combinaci[óo]n|combinazione|комбинаци[яюи]|kombinacj[aęi]|kombinace|backup[- ]codes?|recovery codes?|c[óo]digos? de (?:respaldo|recuperaci[óo]n|recupera[cç][ãa]o)|codes? de (?:secours|récupération)|codici di (?:backup|recupero)|kody zapasowe|reservkod(?:er|erna)?|(?:unlock(?:s|ed|ing)?|disarm(?:s|ed|ing)?|opens|sblocc\p{L}*|disattiv\p{L}*|entsperr\p{L}*|entschärf\p{L}*|débloqu\p{L}*|désactiv\p{L}*|desbloque\p{L}*|desactiv\p{L}*|разблокир\p{L}*|odblokuj\p{L}*)(?: se)?(?: (?:it|lo|la|es|ihn|sie|le))? (?:with|using|con|mit|avec|с))(?![\p{L}])|(?:비번|رمز(?! ?بريد)(?! ?البريد))/giu;
const DOOR_LABEL =
  /(?<![\p{L}\p{N}])(?:code (?:de la |du )?(?:porte|portail|immeuble|hall|entrée)|digicode|kod do (?:domofonu|bramy|bramki|furtki|drzwi|klatki)|domofon|(?:haus)?türcode|código (?:del portal|de la puerta)|codice (?:del portone|del cancello|citofono)|deurcode|portkod(?:en)?|door ?code|gate ?code)(?![\p{L}])/giu;
const DOOR_VALUE = /^(?=(?:[A-Z]?\d){3})[A-Z0-9]{4,8}$/;
const LETTERS = /[A-Z]/g;

/** A state's or province's licence ("Florida license", "NSW licence", "Ontario licence") and the Swiss Führerausweis. */
const LICENCE_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${US_STATES}|ontario|quebec|québec|alberta|british columbia|manitoba|saskatchewan|nova scotia|nsw|vic|qld|victorian|queensland) (?:(?:driver'?s? )?licen[cs]e|dl)(?: (?:no\\.?|number|#))?|führerausweis(?:nummer|-nr\\.?)?|permis de conduire suisse)(?![\\p{L}])`,
  "giu",
);
/**
 * A US state's postal code before "license" / "licence" / "DL" ("NY license 731 562 048", "TX DL # …"); capitals only,
 * so "in license" or "or licence" never match.
 */
const STATE_CODE_LICENCE_LABEL =
  /(?<![\p{L}\p{N}])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) (?:driver'?s? )?(?:[Ll]icen[cs]e|LICEN[CS]E|DL)(?: (?:[Nn]o\.?|[Nn]umber|#))?(?![\p{L}])/gu;
/** A licence number a person calls theirs ("my licence no 048 213 776", "her license number is …"). */
const OWN_LICENCE_LABEL = /(?<![\p{L}])(?:my|your|his|her|their|our) (?:driver'?s? )?licen[cs]e (?:no\.?|number|num|#)(?![\p{L}])/giu;
/** "EIN", "ein" only before the EIN's own shape 12-3456789. */
const EIN_LABEL = /(?<![\p{L}\p{N}])(?:f?ein|employer identification number)(?![\p{L}])/giu;
const EIN_VALUE = /^\d{2}-\d{7}$/;
const EIN_STEMS = ["ein", "fein", "employer identification"];
const PASSPORT_LABEL =
  /(?<![\p{L}\p{N}])(?:passport|passeport|pasaporte|passaporto|passaporte|reisepass|paspoort|paszport|pasaport|pasipoti|ה?דרכון|পাসপোর্ট)(?![\p{L}])|(?:护照|パスポート|旅券|여권)/giu;
const SPECIMEN_NUMBER = /^SPEC/i;
/**
 * An ISO 3166 alpha-3 or alpha-2 issuing state, bracketed or not, written before a passport number ("GBR", "(GBR)",
 * "GB": session 44 review; group 1: the punctuation before it).
 */
const ISSUING_STATE = /^([\s:：#=.,\-–(]*)[A-Z]{2,3}\)?[ \t]+(?=[A-Z0-9]{0,4}\d)/u;
/** A few words, then a number marker: "passeport suisse de mon fils Noé Berset, n° …" (≤ 60 characters, one sentence). */
const MARKED_GAP = /^[^.!?\n]{0,60}?(?:n[°º]|n\.º|no\.|nr\.?|number|numéro|número|numero|nummer|numer|番号|号码)[\s:.]*$/iu;

/**
 * What may stand between a label and its value: punctuation, "no.", "n°", "is", "number", the owner's "mine is" (session
 * 43, dev-52: "asks for UTR, mine is 8273946150"), a Swahili possessive before "ni" ("kitambulisho changu ni …", review-b)
 * … (tested on ≤ 24 characters).
 */
const CONNECTOR =
  /^[\s:：#=.,\-–(]*(?:(?:changu|chako|chake|chetu|yangu|yako|yake|yetu)\s+)?(?:(?:(?:mine|his|hers|theirs|ours) is|mine['’]s|is|are|as|ist|lautet|est|es|è|é|é o|to|är|er|was|of|no|nr|n[°º]|n\.º|number|nummer|numéro|número|numero|numer|numarası|it['’]s|it is|c['’]est|是|为|は|です|ko|ni|nambari|namba|নম্বর|নং|שלי|שלו|שלה)[\s:：#=.)]*)?(?:(?:is|ist|est|es|è|é|to|är|是|は)[\s:：#=.]*)?$/iu;
/**
 * Up to six words and connectors before a PIN ("do karty", "till porten", "von der EC-Karte meiner Mutter ist", "van
 * mijn moeders bankpas is", "is left of the door, code").
 */
/** …and a Han or kana copula or particle glued to the value ("验证码是386027", session 43); an opening bracket before the code ("인증번호 [385921]", "【Bank】验证码【…】", session 49). */
const PIN_GAP = /^[\s:：#=.\-(\[【「]*(?:[\p{L}'’-]+[\s:：#=.,]+){0,6}(?:[\p{Script=Han}\p{Script=Hiragana}]{1,3})?$/u;

/**
 * An identifier token: up to four capitals, then digit-led groups joined by single separators. A Han or kana letter may
 * stand right before it (no spaces between words there: "验证码是386027", session 43); another letter may not.
 */
const VALUE_TOKEN = /(?<![\p{N}_]|[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])(?:[A-Z]{1,5}[ .-]?)?\d[\dA-Z]*(?:[-/. ]\d[\dA-Z]*)*/gu;
const DATE_LIKE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d\d|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d\d)$/;
const TRAILING = /[-/. ]+$/;
const NON_DIGIT = /\D/g;
const DIGIT = /\d/g;
const SEPARATORS = /[\s.\-/]/g;
const PIN_VALUE = /^\d{4,8}$/;
/** A code read out in two or three groups of two to four digits ("448 201", "17-34-09", "61 74 08"). */
const GROUPED_DIGITS = /^\d{2,4}(?:[ -]\d{2,4}){1,2}$/;
const GROUP_SEPARATORS = /[ -]/g;
/** A date written with a four-digit year ("12-04-2024") is not a code. */
const YEAR_GROUP = /[ -](?:19|20)\d\d$/;
/** A keypad code may end in or hold `#` or `*` ("71#39", "2847*", "3 1 8 9 #"). */
const KEYPAD_TAIL = /^ ?[#*]\d{0,6}/;
/** A code read out or OCR'd digit by digit ("4 0 9 1"): one digit, then single-spaced digits. */
const SPACED_DIGITS = /^\d(?: \d){3,7}$/;
const KEYPAD_MARKS = /[\s#*]/g;
const KEYPAD_MARK = /[#*]/;

/** A PIN or keypad code: 4–8 digits (spaced one by one, in two or three groups, or with `#`/`*`), not a year or a date, a one-digit run or 1234/4321. */
export function pinValue(value: string): boolean {
  if (GROUPED_DIGITS.test(value) && YEAR_GROUP.test(value)) return false;
  const grouped = GROUPED_DIGITS.test(value) ? value.replace(GROUP_SEPARATORS, "") : value;
  const compact = SPACED_DIGITS.test(grouped) || KEYPAD_MARK.test(grouped) ? grouped.replace(KEYPAD_MARKS, "") : grouped;
  if (!PIN_VALUE.test(compact) || YEAR.test(compact) || isRepetitive(compact)) return false;
  return !COUNTING_UP.includes(compact) && !COUNTING_DOWN.includes(compact);
}
const YEAR = /^(?:19|20)\d\d$/;
const POSTAL_PIN = /^pin[ -]?code\b/i;
/** "code for the …" after a word naming another kind of code ("the area code for the office", "a promo code to …"). */
const CODE_FOR = /^code (?:for|to) /i;
const OTHER_CODE_BEFORE =
  /(?:area|zip|post|postal|error|status|country|dial|promo|discount|coupon|voucher|gift|product|tax|sort|exit|source|referral|invite|activation|colou?r)\s$/i;
/**
 * Session 52: a card payment's authorisation code ("RRN 231245678901, auth code 004512", "APPROVED — AUTH CODE: 613207,
 * terminal 4471") is the card network's reference for a past transaction, printed on the receipt: no credential. Read
 * when a receipt's or terminal's word stands in the 80 characters around "auth code" and no one-time code's wording
 * does ("your auth code for the card payment is … do not share it" is a 3-D Secure code, a secret).
 */
const AUTH_CODE = /^auth code$/i;
const CARD_RECEIPT =
  /(?<![\p{L}])(?:rrn|stan|tid|mid|pos|terminal|receipt|declined|approved|merchant|batch|txn|card payment|payment declined|card (?:no|number)|invoice|recibo|beleg|quittung|reçu|ticket de caisse|comprovante)(?![\p{L}])/iu;
const ONE_TIME_WORDING =
  /(?<![\p{L}])(?:share|expires?|valid for|enter|to confirm|to complete|one-time|otp|is your|teile|partagez|compartas|compartilhe)(?![\p{L}])/iu;
const cardReceiptCode = (text: string, from: number, to: number) => {
  const around = text.slice(Math.max(0, from - 80), Math.min(text.length, to + 80));
  return CARD_RECEIPT.test(around) && !ONE_TIME_WORDING.test(around);
};
/** "a combination of 1500 and 2300 units": a mixture of quantities, not a lock's combination (the value right after "of"). */
const MIXTURE_GAP = /^\s*(?:of|de|di|von|z|из|d['’])\s*$/iu;
/** A lottery draw's "winning combination" ("combinazione vincente", "Lotto", "sorteo"): numbers drawn, not a code. */
const DRAW_WORD = /winning|vincent|ganador|gagnant|gewinn|lott|loter|draw|sorteo|estrazion|tirage|jackpot/iu;
/**
 * Another kind of code named between the label and its value: a programming or homework item ("the code for the
 * LeetCode problem 1143", "the code to the function 3345"), a discount, game or download code ("kod do rabatu", "kód
 * ke stažení", "código de mi producto"), the Arabic product, discount, stock, error, area and country codes (رمز المنتج,
 * رمز السهم: a listed company's public code). Session 43 review.
 */
const OTHER_CODE_GAP =
  /(?<![\p{L}])(?:problem|task|function|method|class|exercise|question|issue|ticket|bug|script|program|programme|programa|programma|module|project|assignment|homework|challenge|level|kata|algorithm|game|product|item|article|lesson|chapter|rabat\p{L}*|zniżk\p{L}*|kupon\p{L}*|promocj\p{L}*|gry|zadani\p{L}*|stažení|slev\p{L}*|producto|artículo|juego|descuento|produit|jeu|prodotto|gioco|sconto)(?![\p{L}])|(?:المنتج|منتج|الخصم|خصم|السهم|سهم|الخطأ|خطأ|المنطقة|الدولة|الصنف|القسيمة|الترويج|الكوبون|كوبون|الشركة|المادة)/iu;
/** "The chapter opens with 1815": a year after "opens with" is a story's, not a safe's. */
const OPENS_LABEL = /^opens/i;
const YEAR_LIKE = /^(?:1\d{3}|20\d\d)$/;

/** A told code's label fits its value: no mixture, draw, other kind of code, or year after "opens with". */
function toldCodeFits(text: string, labelStart: number, label: string, gap: string, value: string): boolean {
  if (MIXTURE_GAP.test(gap) || OTHER_CODE_GAP.test(gap)) return false;
  if (DRAW_WORD.test(text.slice(Math.max(0, labelStart - 24), labelStart) + gap)) return false;
  return !(OPENS_LABEL.test(label) && YEAR_LIKE.test(value));
}
/** A following unit or letter makes a number a quantity ("4 471 kg", "2580 €"), not a code. */
const UNIT_AFTER = /^\s?(?:%|€|\$|£|kg|km|m²|mb|gb|ms|px|mg|ml|x\b|×)/i;

/** Digits and a check letter, with or without an NIE's first letter: under the NIE label they must pass (DNI or NIE). */
const NIE_SHAPE = /^[XYZ]?\d+[A-Z]$/;
/**
 * Labels of checksummed schemes (lower-cased, letters only) → [digit count, check]: a value of that many digits
 * under the label must pass the scheme's check ("NIP 525-000-12-34" of a sample company does not).
 */
const CHECKED_SCHEMES: ReadonlyMap<string, readonly [number, (digits: string, compact: string) => boolean]> = new Map([
  ["nip", [10, nipValid]],
  ["pesel", [11, peselValid]],
  // Session 55: a first digit 0 (never issued) or 8 (a business number) is no person's SIN.
  ["sin", [9, canadianSinValid]],
  ["socialinsurancenumber", [9, canadianSinValid]],
  ["bsn", [9, bsnValid]],
  ["burgerservicenummer", [9, bsnValid]],
  ["cpf", [11, cpfValid]],
  ["rfc", [-1, (_digits, compact) => mexicanPersonRfcValid(compact)]],
  ["rfcconhomoclave", [-1, (_digits, compact) => mexicanPersonRfcValid(compact)]],
  ["steuerid", [11, germanTaxIdValid]],
  ["steueridnr", [11, germanTaxIdValid]],
  ["steueridentifikationsnummer", [11, germanTaxIdValid]],
  ["personnummer", [10, swedishPersonalNumberValid]],
  ["tckimlikno", [11, turkishIdValid]],
  ["tckimlik", [11, turkishIdValid]],
  ["numérofiscal", [13, numeroFiscalValid]],
  ["nfiscal", [13, numeroFiscalValid]],
  ["nif", [-1, (digits, compact) => (digits.length === 9 ? portugueseTaxNumberValid(digits) : digits.length !== 8 || spanishIdValid(compact))]],
  // Session 54 (dev-98): an NIE-shaped value with a digit too few or too many fails too ("¿Es válido el NIE Y806391Q?"),
  // and so does a DNI-shaped one with a wrong letter ("NIE 58063915Q").
  ["nie", [-1, (digits, compact) => (digits.length === 7 || NIE_SHAPE.test(compact) ? spanishIdValid(compact) : true)]],
  // Session 54 (dev-98): sixteen characters under the label must be a codice fiscale with its check letter.
  ["codicefiscale", [-1, (_digits, compact) => compact.length !== 16 || italianCfValid(compact)]],
  ["gstin", [-1, (_digits, compact) => gstinValid(compact)]],
  ["マイナンバー", [12, myNumberValid]],
  ["個人番号", [12, myNumberValid]],
  ["주민등록번호", [13, koreanRrnChecksumValid]],
  ["身份证号", [-1, (_digits, compact) => compact.length !== 18 || chineseResidentIdValid(compact)]],
  ["身份证号码", [-1, (_digits, compact) => compact.length !== 18 || chineseResidentIdValid(compact)]],
] as const);
const NOT_LETTER = /[^\p{L}]/gu;
/** HMRC never issues these NINO prefixes (QQ is its documentation example). */
const NINO_INVALID = /^(?:[DFIQUV][A-Z]|[A-Z][DFIOQUV]|BG|GB|NK|KN|TN|NT|ZZ)\d{6}[A-D]?$/;
const NINO_SHAPE = /^[A-Z]{2}\d{6}[A-D]?$/;
const ASCENDING_DIGITS = "012345678901234567890";
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `ABCDE1234F`, `1234567890`: the documented sample shape, an ascending run of letters and of digits. */
function isSequentialSample(compact: string): boolean {
  const digits = compact.replace(NON_DIGIT, "");
  const letters = compact.replace(DIGIT, "");
  const ascendingDigits = digits.length >= 4 && ASCENDING_DIGITS.includes(digits);
  return ascendingDigits && (letters.length <= 1 || ALPHABET.includes(letters.slice(0, -1)) || ALPHABET.includes(letters));
}

function passesScheme(label: string, value: string): boolean {
  const compact = value.replace(SEPARATORS, "").toUpperCase();
  if (isSequentialSample(compact) || (NINO_SHAPE.test(compact) && NINO_INVALID.test(compact))) return false;
  const scheme = CHECKED_SCHEMES.get(label.toLowerCase().replace(NOT_LETTER, ""));
  if (scheme === undefined) return true;
  const digits = compact.replace(NON_DIGIT, "");
  return scheme[0] !== -1 && digits.length !== scheme[0] ? true : scheme[1](digits, compact);
}

const CONNECTOR_OR_MARKED = { test: (gap: string) => CONNECTOR.test(gap) || MARKED_GAP.test(gap) };
/**
 * Session 52: the card's holder between an id card's word and a colon ("Cédula de mi hermana Lucía: 1020456789",
 * "DNI de mi padre: 34582917", "Kitambulisho cha mama yangu: 27485310"): a possessive, a relation or a name, up to
 * three words; not a company's, an example's or a test's ("Cédula de la empresa:", "Cédula de ejemplo:").
 */
const HOLDER_GAP = /^[ \t]+(?:de|del|da|do|of|cha)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}[\p{L}'’-]+[ \t]*[:：][ \t]*$/u;
const NO_HOLDER =
  /(?<![\p{L}])(?:empresa|compañía|compania|sociedad|company|firma|negocio|ejemplo|example|prueba|muestra|test|modelo|plantilla|formato|ficticio|ficticia|fictional|falso|falsa|fake)(?![\p{L}])/iu;
const CONNECTOR_OR_HOLDER = { test: (gap: string) => CONNECTOR.test(gap) || (HOLDER_GAP.test(gap) && !NO_HOLDER.test(gap)) };

interface LabelRule {
  category: PrivacyCategory;
  /** How far after the label the value may start (default 24 characters). */
  reach?: number;
  rule: string;
  label: RegExp;
  gap: { test(gap: string): boolean };
  accept: (value: string) => boolean;
  /** Lower-case literals one of which the text must hold, when the label's own prefixes make a poor gate (two-letter state codes). */
  stems?: string[];
}

function identifierShape(minDigits: number, minLength: number) {
  return (value: string): boolean => {
    const compact = value.replace(SEPARATORS, "");
    const digits = compact.replace(NON_DIGIT, "").length;
    if (digits < minDigits || compact.length < minLength || compact.length > 20) return false;
    return !DATE_LIKE.test(value) && !isRepetitive(compact) && !isPlaceholderValue(value);
  };
}

const RULES: readonly LabelRule[] = [
  { category: "medical_record", rule: "id-label-medical-record", label: MEDICAL_LABEL, gap: CONNECTOR, accept: identifierShape(4, 5) },
  { category: "national_id", rule: "id-label-tax-id", label: TAX_LABEL, gap: CONNECTOR, accept: identifierShape(4, 8) },
  { category: "national_id", rule: "id-label-tax-id", label: TAX_ACRONYM, gap: CONNECTOR, accept: identifierShape(4, 8) },
  { category: "national_id", rule: "id-label-ein", label: EIN_LABEL, gap: CONNECTOR, accept: (value) => EIN_VALUE.test(value) },
  {
    category: "national_id",
    rule: "id-label-id-card",
    label: ID_CARD_LABEL,
    gap: CONNECTOR_OR_HOLDER,
    reach: 40,
    accept: (value) => ID_CARD_NUMBER.test(value) && identifierShape(7, 7)(value),
  },
  { category: "national_id", rule: "id-label-bi", label: BI_LABEL, gap: BI_GAP, accept: (value) => BI_NUMBER.test(value), stems: ["bi ", "bi:", "bi\t"] },
  {
    category: "driver_license",
    rule: "id-label-licence",
    label: LICENCE_LABEL,
    gap: CONNECTOR_OR_MARKED,
    reach: 72,
    accept: identifierShape(4, 6),
  },
  {
    category: "driver_license",
    rule: "id-label-licence",
    label: STATE_CODE_LICENCE_LABEL,
    gap: CONNECTOR,
    accept: identifierShape(4, 6),
    stems: ["licen", "dl"],
  },
  { category: "driver_license", rule: "id-label-licence", label: OWN_LICENCE_LABEL, gap: CONNECTOR, accept: identifierShape(4, 6), stems: ["licen"] },
  {
    category: "passport",
    rule: "id-label-passport",
    label: PASSPORT_LABEL,
    gap: CONNECTOR_OR_MARKED,
    reach: 72,
    // A specimen's number (the Dutch `SPECI2014`, session 44) is nobody's.
    accept: (value) => identifierShape(2, 6)(value) && value.replace(SEPARATORS, "").length <= 10 && !SPECIMEN_NUMBER.test(value),
  },
  {
    category: "passport",
    rule: "id-label-passport",
    label: NUMBERED_PASSPORT_LABEL,
    gap: CLAUSE_THEN_COLON,
    reach: 60,
    accept: (value) => identifierShape(2, 6)(value) && value.replace(SEPARATORS, "").length <= 10 && !SPECIMEN_NUMBER.test(value),
  },
  { category: "driver_license", rule: "id-key-licence", label: LICENCE_KEY, gap: KEY_GAP, accept: identifierShape(4, 6) },
  {
    category: "password",
    rule: "id-label-door-code",
    label: DOOR_LABEL,
    gap: PIN_GAP,
    // Up to six words between the label and the code, as for a PIN ("le digicode de chez ma grand-mère est B4721").
    reach: 48,
    accept: (value) => DOOR_VALUE.test(value) && (value.match(LETTERS)?.length ?? 0) <= 2 && !YEAR.test(value) && !isRepetitive(value),
  },
  {
    category: "password",
    rule: "id-label-pin",
    label: PIN_LABEL,
    gap: PIN_GAP,
    reach: 48,
    accept: pinValue,
  },
  { category: "password", rule: "id-label-told-code", label: TOLD_CODE_LABEL, gap: PIN_GAP, reach: 48, accept: pinValue },
];

/** Spaces only, before a code that opens its line. */
const LINE_INDENT = /^[ \t]*$/;

/** The line's text and its first value token, when the token opens the line (after spaces); `lines` is the text from the line's start. */
function codeOpeningLine(lines: string): [string, RegExpExecArray] | undefined {
  const lineBreak = lines.indexOf("\n");
  const line = lineBreak >= 0 ? lines.slice(0, lineBreak) : lines;
  VALUE_TOKEN.lastIndex = 0;
  const token = VALUE_TOKEN.exec(line);
  return token !== null && LINE_INDENT.test(line.slice(0, token.index)) ? [line, token] : undefined;
}

/**
 * A pinout, a connector or a part number around a "PIN" heading: the lines under it are pins and parts, not a code
 * (session 46: "Pinout of the ESP32 header:\nPIN\n2241\nis the part number of the connector").
 */
const PINOUT_CUE =
  /pin[ -]?out|pin[ -]?header|pin[ -]?belegung|anschlussbelegung|brochage|connector|connecteur|conector|stecker|part (?:no|number)|teilenummer|ピン配置|引脚/iu;
const pinoutAround = (text: string, from: number, to: number) => PINOUT_CUE.test(text.slice(Math.max(0, from - 120), Math.min(text.length, to + 60)));

const POSTAL_WORD =
  /(?<![\p{L}])(?:postal|post ?codes?|postcodes?|zip|plz|postleitzahl\p{L}{0,2}|code postal|c[óo]digo postal|codice postale|kod(?:y)? pocztow\p{L}{1,3}|postnummer|postcodegebied\p{L}{0,2})(?![\p{L}])/iu;

function runRule(text: string, emit: Emit, rule: LabelRule): void {
  rule.label.lastIndex = 0;
  for (let label = rule.label.exec(text); label !== null; label = rule.label.exec(text)) {
    const from = label.index + label[0].length;
    const reach = rule.reach ?? 24;
    const to = Math.min(text.length, from + reach + 24);
    // The line break is looked for inside the window only: `text.indexOf("\n", from)` ran to the end of a text
    // without one for every label — quadratic on a megabyte of repeated labels (session 43 review).
    const slice = text.slice(from, to);
    const lineBreak = slice.indexOf("\n");
    let window = lineBreak >= 0 ? slice.slice(0, lineBreak) : slice;
    let base = from;
    // A passport's issuing state between label and number ("pasaporte GBR 548217390", session 44): read past it.
    const state = rule.category === "passport" ? ISSUING_STATE.exec(window) : null;
    VALUE_TOKEN.lastIndex = state ? state[0].length : 0;
    let token = VALUE_TOKEN.exec(window);
    if (token === null && lineBreak >= 0 && rule.category === "password" && rule.gap.test(`${window} `) && !pinoutAround(text, label.index, to)) {
      // The label ends its line ("PIN\n448201", "card pin:\n5093"): the code opens the next line (session 44, dev-54).
      const next = codeOpeningLine(slice.slice(lineBreak + 1));
      if (next !== undefined) [window, token, base] = [next[0], next[1], from + lineBreak + 1];
    }
    const gap = token === null ? "" : state ? state[1]! + window.slice(state[0].length, token.index) : window.slice(0, token.index);
    if (token === null || token.index > reach || !rule.gap.test(gap)) continue;
    // A value glued to a Han or kana copula ("验证码是386027") in a template or sample ("短信模板：…"): judged by the
    // scanner (judgement/documentation-cues.ts).
    let value = token[0].replace(TRAILING, "");
    if (rule.category === "password") value += KEYPAD_TAIL.exec(window.slice(token.index + value.length))?.[0] ?? "";
    if (!rule.accept(value) || !passesScheme(label[0], value) || UNIT_AFTER.test(window.slice(token.index + value.length))) continue;
    // "PIN code 400703" after an Indian address is a postcode.
    if (rule.category === "password" && value.length === 6 && POSTAL_PIN.test(label[0] + window.slice(0, token.index))) continue;
    if (CODE_FOR.test(label[0]) && OTHER_CODE_BEFORE.test(text.slice(Math.max(0, label.index - 12), label.index))) continue;
    if (AUTH_CODE.test(label[0]) && cardReceiptCode(text, label.index, base + token.index + value.length)) continue;
    if (rule.label === TOLD_CODE_LABEL && !toldCodeFits(text, label.index, label[0], window.slice(0, token.index), value)) continue;
    const start = base + token.index;
    // Codes of postal regions or ZIP areas between the label and the value ("Backup codes for the postal regions:\n10115
    // Berlin"): postcodes, no secret (session 51).
    if (rule.category === "password" && POSTAL_WORD.test(text.slice(label.index, start))) continue;
    emit(rule.category, start, start + value.length, rule.rule, PRIORITY.checksum + 4);
    if (rule.category === "password") secondCode(text, start + value.length, emit);
  }
}

/**
 * A second code in the same list, named by what it opens only ("gate 4417, alarm 9023"; "o do portão é 8520 e o do
 * alarme 0147", "Torcode Garage 5917, Alarmanlage 2244": session 45, dev-59): after a code the rules above found, a
 * comma or "and" word, up to four words one of which names a lock, alarm or device, an optional copula, and a PIN.
 */
const SECOND_CODE =
  /^[ \t]?(?:[,;/]|,?[ \t]+(?:and|y|e|und|et|i|ve|dan|và|aur|oraz|en|och))[ \t]+((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:(?:is|es|é|ist|est|è|jest|hai|:)[ \t]*)?(\d{4,8})(?![\p{N}\p{L}])/u;
const LOCK_NOUN =
  /(?<![\p{L}])(?:alarm\p{L}*|alarme|alarma|allarme|portal|portão|portao|portone|cancello|portail|gate|door|garage\p{L}*|garaje|garagem|tor|tür|haustür|safe|tresor|cofre|coffre|lockbox|porta|puerta|brama|bramy|furtki|drzwi|kapı\p{L}*|pagar|cổng|cửa|intercom|domofon\p{L}*|citofono|interfone|keypad|ipad|iphone|phone|handy|celular|sejf|kasa)(?![\p{L}])/iu;

function secondCode(text: string, after: number, emit: Emit): void {
  const window = text.slice(after, after + 64);
  const match = SECOND_CODE.exec(window);
  if (match === null || !LOCK_NOUN.test(match[1]!) || !pinValue(match[2]!)) return;
  const start = after + match[0].length - match[2]!.length;
  emit("password", start, start + match[2]!.length, "id-label-second-code", PRIORITY.checksum + 4);
}

/** Stems cut to their first eight characters (still necessary prefixes): fewer states in the shared keyword automaton. */
function shortStems(stems: string[] | undefined): string[] | undefined {
  return stems && [...new Set(stems.map((stem) => stem.slice(0, 8)))];
}

/**
 * Each label pattern's literal prefixes, the pre-filter: a text without any of them skips the pattern (the acronym
 * pattern, case-sensitive and short, runs on every text).
 */
const RULE_STEMS = RULES.map((rule) => rule.stems ?? shortStems(caseInsensitiveStems(requiredPrefixes(rule.label.source))));

function runLabelledIdentifiers(text: string, emit: Emit, lower: string): void {
  RULES.forEach((rule, index) => {
    const stems = RULE_STEMS[index];
    if (rule.label === EIN_LABEL && !containsAnyAtWordStart(lower, EIN_STEMS)) return;
    if (stems === undefined || rule.label === TAX_ACRONYM || containsAny(lower, stems)) runRule(text, emit, rule);
  });
}

export const labelledIdentifierDetectors: Detector[] = [{ name: "labelled-identifiers", run: runLabelledIdentifiers }];
