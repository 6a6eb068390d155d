/**
 * Public-versus-personal judgement over the resolved findings, for every language and every detector
 * that reports contact details (the per-detector checks in personal.ts cover English and the Latin
 * address shapes only). A phone number, address or birth date does not make a prompt sensitive when
 * the text around it shows that it belongs to nobody private:
 *  - a placeholder person of forms and textbooks is named next to it (John Doe, Max Mustermann,
 *    홍길동, 山田太郎, 张三, Jan Kowalski, Иванов Иван Иванович …), or the value stands on a test patient's HL7 PID
 *    line: documented examples, reported under `privacy.testValues: sensitive` (session 44);
 *  - an address is a place's: an institution, shop or landmark is named right before it, or the
 *    sentence asks about opening or visiting hours (영업, 闭馆, 営業時間, öppettider, geopend …);
 *  - a phone number is a service's: a toll-free or shared-cost number (800/0800/0120/15xx-xxxx …),
 *    or a hotline, customer-service or office word right before it;
 *  - a "phone number" is a reference: a tracking, order or shipment number, or a postal code (CEP).
 *  - the text declares its records generated or synthetic (Faker, Synthea, "synthetic data", "datos
 *    ficticios", "niemand bestaat"), unless it says some are real: every value but a credential is nobody's;
 *  - a value's shape is a placeholder (filler digits, an example street, a role mailbox: placeholder-values.ts);
 *  - a company's legal form or imprint heads the passage of a phone, address or amount (an imprint, a letterhead,
 *    company results), with no person named in between; an address sits in an itinerary or sightseeing list;
 *  - (session 41) a published document's block: an imprint or contact heading opens a company's block holding the
 *    phone, address or non-name mailbox; a register or VAT label stands before digits; a paper's corresponding-author
 *    line holds the e-mail; a remuneration or annual report states an officer's pay (published-cues.ts).
 * A personal cue near the value (my, send to, a relative, 제, 我的, 私の, mein, mi …) keeps the finding.
 * Every check runs on a window of at most 220 characters around the value, and only for the cue
 * families whose literal stems occur in the text at all (one shared keyword pass, see `containsAny`),
 * so a prompt without such words pays a few comparisons per finding.
 */
import { institutionRecordPhone, type InstitutionRecordTests } from "./institution-records.js";
import { institutionQuestionBefore } from "./institution-questions.js";
import { inCodeAssertion } from "./code-assertions.js";
import { departmentContactLine, placeSignLineMailbox, placeSignLinePhone, type PlaceSignTests } from "./place-sign-lines.js";
import { venueBookingNumber } from "./venue-numbers.js";
import { isLegislatureMailbox } from "./legislature-mailboxes.js";
import type { PrivacyFinding } from "../types.js";
import { caseInsensitiveStems, containsAny, splitAlternatives, type PatternGate } from "../detector.js";
import {
  hasAscendingHouseNumber,
  hasExampleTown,
  hasPostcode,
  isExampleStreet,
  isFillerNumber,
  isDeveloperRole,
  listRobotStem,
  machineMailbox,
  isRoleMailbox,
  isRoleWord,
  localParts,
} from "./placeholder-values.js";
import { isPersonName } from "../detectors/people-names.js";
import { hasPidSegment, onTestPatientLine } from "../structured/test-records.js";
import { namesPublicPersonInScripts } from "./script-public-people.js";
import { inOfficeTableRow } from "./office-table-rows.js";
import { isOfficeAddress } from "./office-addresses.js";
import { inOrganisationRow, inOrganisationVcard, inPlaceListing } from "./organisation-records.js";
import { inDocumentationSample } from "./documentation-samples.js";
import { CORRESPONDENCE_CUE, DISCLOSURE_CUE, EXECUTIVE_ROLE, FREE_MAIL_DOMAIN, IMPRINT_HEADING, REGISTER_CUE, REGISTER_STEMS } from "./published-cues.js";
import { textWindow } from "../one-byte-windows.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const ALTERNATIVE_PREFIXES_PATTERN_1 = /[\\^-]/;
const ALTERNATIVE_PREFIXES_PATTERN_2 = /[\p{L}\p{N}]/u;
// A lookaround group: classes, escapes, and any other character but parentheses, "[" and "\\" (which start the
// first two: left in, an unclosed group split its escapes three ways, exponential in the ReDoS check; session 47).
const STEMS_OF_PATTERN_1 = /\(\?<?[!=](?:\[[^\]]*\]|\\.|[^()[\\])*\)/g;
const IS_SERVICE_OR_REFERENCE_NUMBER_PATTERN_1 = /\D/g;
const IS_PUBLIC_BIRTH_DATE_PATTERN_1 = /(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)/;

/**
 * Placeholder people of forms, manuals and textbooks (lower-case; matched as substrings of the window); also John or Jane
 * Doe split over a record's name fields (`"first_name": "John", "last_name": "Doe"`, a CSV row `John,Doe,…`: session 49).
 */
const PLACEHOLDER_PEOPLE =
  /john doe|jane doe|john q\.? public|joe bloggs|richard roe|mustermann|musterfrau|musterstadt|musterstra(?:ß|ss)e|jean dupont|jeanne dupont|juan p[ée]rez|fulan[oa] de tal|beltrano|sicrano|mario rossi|jan kowalski|anna kowalska|przykładow\p{L}*|jan jansen|piet jansen|sven svensson|anders andersson|ola nordmann|kari nordmann|matti meikäläinen|иванов иван|иван иванов|ivan ivanov|ali veli|jan modaal|juan español español|test user|test persoon|testpersoon|test person|testperson|nguy[eễ]n v[aă]n a\b|فلان الفلاني|فلان بن فلان|홍길동|山田\s?太郎|山田\s?花子|张三|張三|李四|王五|(?:john|jane)"?\s?[,;\t]\s?"?(?:(?:last_?name|surname|family_?name)"?\s?[:=]\s?"?)?doe\b/u;

/**
 * The English template people only: the other languages' placeholders (Anna Kowalska, Mario Rossi …) are also common
 * real names, and a sentence that gives one a condition stays reported (privacy-s52-review.test.ts).
 */
const PLACEHOLDER_PEOPLE_ALL = /(?<![\p{L}])(?:john doe|jane doe|john q\.? public|joe bloggs|richard roe)(?![\p{L}])/gu;
/**
 * `text` with its English placeholder people (John Doe, Jane Doe, Joe Bloggs …) blanked out, same length: a template's or a
 * de-identified example's "John Doe is a 58-year-old male with …" names nobody (session 54, dev-96). Unchanged when
 * lower-casing would change the length (offsets must stay).
 */
export function withoutPlaceholderPeople(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  PLACEHOLDER_PEOPLE_ALL.lastIndex = 0;
  const parts: string[] = [];
  let last = 0;
  for (let match = PLACEHOLDER_PEOPLE_ALL.exec(lower); match !== null; match = PLACEHOLDER_PEOPLE_ALL.exec(lower)) {
    parts.push(text.slice(last, match.index), " ".repeat(match[0].length));
    last = match.index + match[0].length;
    if (match[0].length === 0) PLACEHOLDER_PEOPLE_ALL.lastIndex++;
  }
  return last === 0 ? text : parts.join("") + text.slice(last);
}

/**
 * First person, relatives and delivery: the value is someone's own (checked just before the value). A lower-case "i"
 * followed by a dot is an abbreviation ("i.v.", "i.e."), not the writer (session 41). Hinglish "me" (mein, "in") before
 * a Hindi verb or copula ("invoice me likha hai", "bill me diya hai") is a postposition, not the English pronoun
 * (session 49); "mera", "meri", "mere" stay first person. Session 52: the Danish and Norwegian "jeg" ("Jeg bor på …").
 */
const PERSONAL_CUE =
  /(?<![\p{L}\p{N}])(?:my|mine|me(?![ \t]+(?:likha|likhi|likhe|hai|hain|tha|thi|diya|diye|dala|daala|dikha|mila|mili|bataya|kya)(?![\p{L}]))|i(?!\.)|i'm|our|his|her|their|send (?:it |this |the \w+ )?to|(?:drop|dropping|drive|driving|take|taking|bring|bringing) (?:him|them|us)(?: off| home| back)? (?:at|to)|ship(?:ping)? to|deliver(?:y)? to|mailing address|home|lives?|living|mum|mom|dad|father|mother|brother|sister|wife|husband|son|daughter|friend|neighbou?r|tenant|cousin|patient|aunt|uncle|grandm\w*|grandp\w*|mein\w*|wohn\w*|demeurant|domicili\w*|résidant|mi|mis|mío|mía|meu|minha|mon|ma|mes|mijn|mój|moja|moje|min|mitt|mina|jeg|benim|saya|aku|tôi|mình|mera|meri|mere|env[ií]o a|enviar a|entregar a|entrega a|enviar para|entregar (?:em|para)|livrer à|livraison à|liefern an|lieferung an|spedire a|consegna a|wysyłka do|leveren aan|kirim ke|antar ke|giao (?:đến|tới)|ipadala sa)(?![\p{L}\p{N}])|(?<![\p{L}])(?:мой|моя|моё|мои|мне|меня|живу|живёт|моего|моей|مي|عنواني|رقمي|جوالي|मेरा|मेरी|मेरे|ของฉัน|บ้าน)(?![\p{L}])|(?<!\p{Script=Hangul})(?:제|내)\s|저의|나의|엄마|아빠|어머니|아버지|할머니|할아버지|남편|아내|아들|딸|누나|언니|오빠|동생|친구|환자|妈妈|爸爸|外婆|外公|奶奶|爷爷|丈夫|妻子|儿子|女儿|朋友|同事|患者|病人|妹|姉|兄|弟|息子|娘|祖母|祖父|同僚|우리\s?집|집\s?주소|받는\s?사람|보내|택배|我的|我家|(?<![帮幫替])我|收件|寄到|送到|私の|自宅|友人|家族|母|父|送り先|お届け/iu;

/**
 * An institution, shop or landmark named right before an address (Latin words and CJK/Hangul suffixes). Session 41's
 * words (theatres, markets, faculties, institutes) end their word: "Marktleiterin", "Institutsleiterin" (a person's job)
 * and "Theaterstraße" (a street) are no place (session 41 review).
 */
const PLACE_BEFORE =
  /(?:museum|museet|museo|musée|muzeum|музей|palace|palacio|palazzo|palais|slott|zamek|schloss|дворец|city hall|town hall|rathaus|ayuntamiento|municipio|comune|prefeitura|mairie|gemeentehuis|stadshus|urząd|bürgeramt|bezirksamt|finanzamt|standesamt|landratsamt|einwohnermeldeamt|ordnungsamt|jobcenter|behörde|amtsgericht|préfecture|tribunal|anagrafe|questura|prefettura|agenzia delle entrate|seguridad social|agencia tributaria|juzgado|cartório|poupatempo|stadsloket|gemeente|belastingdienst|starostwo|caisse d'allocations|caf de |cpam|urssaf|pôle emploi|france travail|dmv|(?:city|county|district|borough|town|parish|municipal) council|सेवा केंद्र|мэрия|мэрии|belediye|kelurahan|kecamatan|kantor|rumah sakit|puskesmas|office|biuro|ofis|oficina|ufficio|escritório|bureau|kontor|офис|headquarters|(?<![\p{L}])hq(?![\p{L}])|store|shop|tienda|loja|negozio|winkel|sklep|mağaza|toko|магазин|boutique|filiale|branch|station|bahnhof|estación|stazione|gare|station|dworzec|вокзал|church|kerk|kirche|kyrka|kościół|igreja|iglesia|chiesa|église|собор|церковь|cathedral|catedral|cattedrale|tower|torre|toren|wieża|башня|kule|anıtkabir|university|universit\p{L}*|hospital|krankenhaus|ospedale|ziekenhuis|szpital|больниц\p{L}*|hotel|restaurant|restaurante|ristorante|café|cafe|bakery|bäckerei|buchhandlung|libreria|librería|ferretería|ferreteria|pasticceria|panificio|metzgerei|supermarkt|supermercado|supermercato|boulangerie|panadería|stadium|stadion|estadio|(?:theatre|theater|teatro|teatr|théâtre|театр|tiyatro|opera house|opernhaus|concert hall|konzerthaus|philharmonie|box office|billetterie|biglietteria|taquilla|bilheteria|market|mercado|markt|marché|mercato|rynek|рынок|universidad(?:e|es)?|faculty|facultad|faculdade|fakultät|faculté|departamento|department of|institut(?:e|o|et|ul)?)(?![\p{L}])|park|parque|parco|library|bibliotek\p{L}*|bibliothek|pharmacy|apotheke|apotek|apotheek|farmacia|farmácia|pharmacie|apteka|аптека|eczane|clinic|clínica|clinica|clinique|klinik|kliniek|klinika|клиник\p{L}*|praxis|praktijk|ambulatorio|consultorio|embassy|embajada|ambassade|botschaft|ambasciata|embaixada|ambasada|ambassad|посольств\p{L}*|büyükelçili\p{L}*|consulate|consulado|consolato|konsulat|консульств\p{L}*|bank|banco|banque|banca|банк|banka|warehouse|(?<![\p{L}])(?:zentral|auslieferungs|versand|waren|ersatzteil|hochregal|außen|aussen|logistik|distributions|regional|paletten|central)lager(?![\p{L}])|lagerhalle|logistikzentrum|verteilzentrum|distribution cent(?:er|re)|fulfil?ment cent(?:er|re)|almacén|magazzino|armazém|entrepôt|magazyn|magazijn|склад|depo(?![\p{L}])|company|firma|empresa|entreprise|azienda|bedrijf|şirket|компани\p{L}*|agency|agentur|agencia|agence|agenzia|school|schule|escuela|colegio|école|scuola|escola|szkoła|школ\p{L}*|okul|مكتب|شركة|مستشفى|عيادة|فندق|مطعم|متجر|محل|سفارة|جامعة|مدرسة|بنك|مصرف|صيدلية|biblioteca|bibliothèque|ikea|zara|starbucks|apple store|mcdonald's|galeria|gallery|galerie|memorial|monument|mosque|mesjid|masjid|cami(?:i|si)?(?![\p{L}])|temple|templo|tempio|wat(?![\p{L}])|nhà thờ|chùa|bảo tàng|uỷ ban|ủy ban|burj|برج|مسجد|متحف|ताजमहल|मंदिर|संग्रहालय|วัด|พิพิธภัณฑ์|สำนักงานใหญ่|สำนักงาน|บริษัท|ธนาคาร|โรงแรม|โรงพยาบาล|โรงเรียน|ร้าน|কার্যালয়|অফিস|লিমিটেড|ব্যাংক|دفتر|بینک|کمپنی|پلازہ|شرکت|بانک|அலுவலகம்|நிறுவனம்|வங்கி|கோவில்|(?<=\p{Script=Hangul})(?:점|궁|청|관|센터|역|본사|매장|공원|성당|교회|사|호텔|병원|학교|대학교|타워|빌딩|몰|마트|시장|공항|터미널|문고|서점|약국)|(?<=[\p{Script=Han}\p{Script=Katakana}])(?:乐园|樂園|景区|景區|广场|廣場|机场|機場|车站|車站|体育馆|體育館|体育场|體育場|运动场|運動場|球场|球場|会场|會場|剧场|劇場|商场|商場|中心|センター|ホール|スタジアム|ドーム|剧院|劇院|大厦|大廈|博物院|博物馆|博物館|美術館|美术馆|政府|役所|役場|本社|总部|公司|会社|局|署|倉庫|仓库|大学|医院|病院|宫|宮|寺|塔|タワー|城|店|駅|站|馆|館|院|厅|庁|ホテル|酒店|公园|公園|神社)|市政府|区役所|市役所|courthouse|district court|clerk of (?:the )?court|law firm|solicitors|avocats|notaires?|kanzlei|notariat|abogados|bufete|avvocati|studio legale|advocaten|kancelaria|hôtel)/iu;

/**
 * Opening and visiting hours: the sentence is about a place open to the public. Session 52: its ticket prices too
 * ("billetter fra 145 kr", "tickets from £25", "Eintritt 12 €", "entrée à 10 €": a ticket word, then a price's digit). Not "nadie abre" (nobody opens the door:
 * a courier at a home, session 48, dev-77), nor 営業 in 営業部, 営業課, 営業担当 (a sales department or rep: a colleague's
 * mobile in a contact list, session 52, dev-90). Session 54: a clinic's reception or consulting hours (受付 9:00-18:00,
 * 受付時間 9時～, 診療時間, 诊疗时间, 진료 시간): 受付 only before a time (受付の田中さん is a person at the desk).
 */
const OPENING_CUE =
  /(?<![\p{L}\p{N}])(?:opening hours|open(?:s|ing)? (?:at|from|daily|until|on)|tickets?(?: (?:from|cost|costs|at))?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|billet(?:ter|terne)?(?: fra)?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|biljett(?:er|erna)?(?: från)?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|eintritt(?:spreis)?(?: (?:ab|kostet))?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|entrée(?: (?:à|de))?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|prix d'entrée:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|precio de (?:la )?entrada:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|entrada general:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|ingresso(?: (?:intero|ridotto))?:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|toegangsprijs:? ?(?:kr\.? ?|€ ?|£|\$)?\d+|open 24\/7|open (?:till|til|late)|is open|are open|closes? at|closing time|visiting hours|admission|entrance fee|öffnungszeiten|geöffnet|schließt|horaires|ouvert\p{L}*|ferme à|horario|abiert[oa]s?|abre(?<!(?:nadie|nunca|no) abre)|cierra|orari|apre|chiude|horário|funciona|abert[oa]|até que horas|que horas|öppet|öppettider|stänger|öppnar|geopend|openingstijden|open van|godzin\p{L}*|zwiedza\p{L}*|otwart\p{L}*|ziyaret saatleri|açık mı|kaçta|buka jam|jam buka|tutup|mở cửa|giờ mở|часы работы|открыва\p{L}*|работает)(?![\p{L}\p{N}])|영업|운영\s?시간|문\s?(?:열|닫)|몇\s?시까지|몇\s?시에\s?(?:열|닫|문)|几点(?:开门|关门|开馆|闭馆)|何時(?:まで|から)|휴무|휴궁|휴관|개방|관람|입장료|営業(?![部課担])|受付(?:時間)?[ \t:：]*\d{1,2}[:：時]|診療時間|診察時間|诊疗时间|门诊时间|門診時間|진료\s?시간|開館|閉館|休館|入場料|营业|开放|闭馆|开馆|门票|参观|أوقات|مفتوح|الزيارة|खुल|बंद रहता|เปิด|ปิด/iu;

/**
 * Hotlines, customer service, offices and a business's "call us": the number is an organisation's. Session 52: a store's,
 * shop's, branch's or business's phone label ("STORE TEL NO:", "Shop phone:", "Branch line"), and a code constant named
 * so (SUPPORT_LINE, SALES_PHONE, customer_service_tel).
 */
const SERVICE_CUE =
  /(?<![\p{L}\p{N}])(?:(?:support|sales|helpdesk|help_desk|hotline|office|reception|booking|customer_?service|company|store|shop)_(?:line|phone|tel|number|no|hotline)|hotline|servicehotline|kundenhotline|infohotline|helpline|help line|call us|ring us|phone us|contact us|llámenos|llámanos|llamenos|appelez-nous|contactez-nous|rufen sie uns|ruf uns|chiamaci|chiamateci|contattaci|ligue-nos|ligue para nós|bel ons|zadzwoń do nas|customer (?:services?|care|support|lines?)|(?:support|sales|booking|information|order|enquiry) lines?|(?:bank|shop|store|council|embassy|consulate|company|firm|airline|insurer)['’]s|(?:store|shop|branch|restaurant|hotel|salon|bakery|pharmacy|business|company)(?=[ \t](?:tel\.?|telephone|phone|ph\.?|number|no\.?|line)(?![\p{L}]))|call cent(?:er|re)|switchboard|reception|front desk|(?:the|gp|doctor'?s|dental) surgery|(?:the|gp|medical|dental|family) practice|medical cent(?:re|er)|health cent(?:re|er)|polyclinic|clinic|(?:the|primary|secondary|high|public|national|grammar|state) school|school office|institute|veterinary|vets|animal hospital|office|offices|headquarters|service number|enquiries|inquiries|reservations|bookings|box office|billetterie|biglietteria|taquilla|bilheteria|theaterkasse|vorverkauf|bestellungen|reservierung\p{L}*|commandes|réservations?|pedidos|reservas|prenotazion\p{L}*|zamówienia|rezerwacj\p{L}*|reserveringen|bestellingen|sipariş|rezervasyon|бронировани\p{L}*|kundenservice|kundendienst|service-?nummer|zentrale|service client|standard|sac|atendimento|central de|numero verde|numéro vert|servizio clienti|atención al cliente|servicio al cliente|service après-vente|infolinia|biuro obsługi|klantenservice|müşteri hizmetleri|çağrı merkezi|call center|layanan pelanggan|kundtjänst|växel|vårdguiden|tổng đài|горячая линия|служба поддержки|справочная|колл-центр|serviciul clienți|relații clienți|magazinului|firmei|companiei|societății|restaurantului|hotelului|clinicii|farmaciei|zákaznická linka|infolinka|ügyfélszolgálat|khidmat pelanggan|huduma kwa wateja|εξυπηρέτηση πελατών|εξυπηρέτησης)(?![\p{L}\p{N}])|(?<![\p{L}])(?:خدمة العملاء|خدمة عملاء|هاتف الخدمة|الرقم المجاني|שירות הלקוחות|שירות לקוחות|מוקד|ہیلپ لائن|مرکز تماس|হেল্পলাইন|हेल्पलाइन|कस्टमर केयर|คอลเซ็นเตอร์|ศูนย์บริการ)|고객센터|서비스센터|대표번호|대표\s?전화|예매처|매표소|문의처|문의\s?전화|안내\s?센터|咨询电话|查询电话|查詢電話|諮詢電話|服務電話|客服電話|熱線|售票|外卖|订餐|订座|预订|預訂|ご予約|予約|예약|代表電話|案内所|콜센터|상담센터|민원실|구청|시청|주민센터|客服|热线|服务电话|市民热线|カスタマーセンター|お問い合わせ|問い合わせ|窓口|役所|役場|コールセンター/iu;

/**
 * A company's head office named earlier in the same sentence ("Dedeman, sediul din Str. … nr. 8, Bacău, telefon 0234 …",
 * "ústředí v Praze …, tel. …", "台積電總部：…，電話 …": session 46 for 总部/總部/本社/본사): a number after it, with no sentence
 * end and no personal cue between, is the office's. Session 50 (dev-82): a business speaking of its own shop ("our Regent
 * Street store on …", "notre magasin … au", "il nostro negozio …,", "onze winkel …,", "unsere Filiale … unter") and a public
 * office named in the sentence (mairie, Bürgeramt, town hall, Loja do Cidadão, 都庁 …) — with no person's full name
 * between. Session 51 (dev-89): a museum named in the sentence ("Museo del Prado — Teléfono / Phone: …"), and a business's
 * own café, bakery, restaurant, bookshop, salon, hotel or pharmacy ("Bio für unsere Bäckerei: … 📞 030 …", "Our café's
 * Instagram bio: … 📞 …"); the street after such a cue is the place's too (the street-address branch reads it).
 */
const HEAD_OFFICE_CUE =
  /(?<![\p{L}])(?:headquarters|head office|registered office|siège social|hauptsitz|firmensitz|sede central|sede legale|sede social|sediul(?: central| social)?|sediu central|sídlo|ústředí|székhely|központi iroda|kantor pusat|ibu pejabat|makao makuu|κεντρικά|έδρα|mairie|rathaus|bürgeramt|bürgerämter|town hall|city hall|passport office|ayuntamiento|anagrafe|prefeitura|loja do cidadão|stadskantoor|stadhuis|gemeentehuis|préfecture|museum|museo|musée|museu|museet|muzeum)(?![\p{L}])|(?<![\p{L}])(?:our|notre|nos|unsere?[mnrs]?|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze)[ \t](?:[\p{L}-]{1,20}[ \t]){0,2}(?:store|shop|branch|showroom|outlet|magasin|boutique|agence|filiale|geschäft|laden|tienda|sucursal|negozio|loja|winkel|vestiging|filiaal|café|cafe|coffee shop|bakery|bäckerei|konditorei|boulangerie|pâtisserie|panadería|pastelería|restaurant|restaurante|ristorante|bistro|bookshop|bookstore|librería|buchhandlung|librairie|salon|hotel|pharmacy|apotheke|pharmacie|farmacia)(?![\p{L}])|都庁|区役所|市役所|המטה|המשרד הראשי|المقر الرئيسي|ہیڈ آفس|دفتر مرکزی|প্রধান কার্যালয়|总部|總部|本社|본사/iu;
const SENTENCE_BREAK = /[.!?。]\s|\n/;
/**
 * A customer-service, information-desk or embassy word earlier in the number's sentence, beyond the 40 characters the
 * service cue reads (session 51, dev-87): "Le service client de la banque est joignable au 04 78 …", "Kaupungin neuvonta:
 * +358 9 …", "Linha de apoio ao cliente do banco: +351 …", "The embassy's consular section can be reached on 01 …"; a
 * support team (session 51 review: "Chat with our support team: https://api.whatsapp.com/send?phone=…"). Session 53
 * (dev-94): embassies and consulates in the Arabic, Cyrillic, Greek, Turkish, Thai, Hindi, Han and Hangul scripts too
 * ("在英国日本国大使館（…、電話 +44 …）", "주미국 대한민국 대사관 영사과 …").
 */
const SERVICE_CLAUSE_CUE =
  /(?<![\p{L}])(?:customer services?|customer care|service client(?:s|èle)?|servizio clienti|atención al cliente|servicio al cliente|atendimento ao cliente|apoio ao cliente|linha de apoio|klantenservice|kundenservice|kundendienst|kundtjänst|kundeservice|asiakaspalvelu|neuvonta|infolinia|müşteri hizmetleri|ügyfélszolgálat|zákaznická linka|εξυπηρέτηση πελατών|serviciul clienți|layanan pelanggan|layanan informasi|khidmat pelanggan|call cent(?:er|re)|support team|hotline|helpline|embass(?:y|ies)|consulate|consular|ambassade|consulat|botschaft|konsulat|embajada|consulado|ambasciata|consolato|embaixada|ambasada|горячая линия|гаряча лінія|служба поддержки)(?![\p{L}])|(?<![\p{L}])(?:خدمة العملاء|خدمة عملاء|مركز خدمة|שירות הלקוחות|שירות לקוחות|ग्राहक सेवा|सोधपुछ|কল সেন্টার|ศูนย์บริการ|السفارة|سفارة|القنصلية|قنصلية|посольств\p{L}*|консульств\p{L}*|πρεσβεία\p{L}*|προξενείο\p{L}*|büyükelçili\p{L}*|başkonsolosluğ\p{L}*|konsolosluğ\p{L}*|สถานทูต|สถานกงสุล|दूतावास|वाणिज्य दूतावास)|客服|热线|熱線|고객센터|カスタマーセンター|総合案内|大使館|大使馆|領事館|领事馆|총영사관|영사관|대사관/iu;
/**
 * Address and phone abbreviations whose dot ends no sentence (`nr. 8`, `Str. …`, `tel. …`; Indonesian `Jl.`, `Kav.`,
 * `Telp.`); session 54: the Cyrillic ones of an address line (тел., ул., вул., д., буд.,
 * корп., стр., кв., пр., просп., пер., пл., наб., г., обл.: "Посольство …: ул. Большая Якиманка, д. 45, тел. +7 …").
 */
const ABBREVIATION_DOT =
  /(?<![\p{L}\p{N}_])(?:nr|str|bl|sc|ap|et|tel|tél|telp|no|ul|bd|jl|kav|gg|тел|ул|вул|д|буд|корп|стр|кв|пр|просп|пер|пл|наб|г|обл)\.\s/giu;

/**
 * Tracking, order and shipment references: the digits that follow are not a phone number. The Italian "modello" (session
 * 46): "il modello fisso 3381234567" is a model number, "fisso" there an adjective and no landline label.
 */
const REFERENCE_CUE =
  /(?:tracking|track(?:ing)? (?:no|number|code)|shipment|spedizione|sendungsnummer|suivi|rastreio|seguimiento|spårning\p{L}*|kargo takip|resi|order (?:no|number|#)|bestellnummer|artikelnummer|artikel-nr|art\.-nr|part (?:no|number)|item (?:no|number)|model (?:no|number)|modell[oi]|product (?:code|number)|codice articolo|número de (?:pieza|artículo)|pedido|commande|ordine|zamówieni\p{L}*|przesyłki|трек|заказ\p{L}*|invoice|ticket|serial|case (?:no|number)|reference|ref\.|운송장|송장|주문번호|快递单号|运单号|订单号|お問い合わせ番号|追跡|注文番号|mã vận đơn|mã đơn)[^\n]{0,16}$/iu;

/** Test, sample and documentation data right before a value: it stands for nobody. */
const TEST_CUE =
  /(?<![\p{L}])(?:test(?:ing|s|nummer|daten|data|wert|werte|person|kunde|user|account|case|fall|karte|kaart|konto)?|sample|specimen|sandbox|dummy|mock|fake|placeholder|e\.g\.|for example|for instance|ej\.:|ej\. |p\. ej\.|p\.ej\.|z\. b\.|z\.b\.|p\. ex\.|p\.ex\.|bijv\.|np\. |t\. ex\.|t\.ex\.|örn\.|напр\.|looks? like|formatted like|pruebas?|ejemplos?|testes?|exemplos?|prova|esempio|beispiel\p{L}*|exemples?|voorbeeld(?:en)?|przykład\p{L}*|пример|тест\p{L}*|contoh|exempel|örnek|ví dụ|příklad\p{L}*|példa\p{L}*|exemplu\p{L}*|halimbawa|mfano|παράδειγμα|π\.χ\.)(?![\p{L}])|לדוגמה|לדוגמא|نمونه|উদাহরণ|নমুনা|テスト|ダミー|サンプル|記入例|例えば|테스트|더미|예시|샘플|测试|示例|样例|ตัวอย่าง|مثال|उदाहरण/iu;

/** An example word in a line's heading before its first colon (session 46) ("libphonenumber example numbers:", "Beispiel-JSON:", "API 문서 예제:"). */
const EXAMPLE_HEAD =
  /(?<![\p{L}])(?:examples?|beispiel\p{L}*|exemples?|ejemplos?|esempi[oa]?|exemplos?|voorbeeld\p{L}*|przykład\p{L}*|пример\p{L}*)(?![\p{L}])|예시|예제|샘플|記入例|示例|样例|範例|サンプル/iu;

/**
 * Public roles named beside a birth date: the person is a public figure (Korean, CJK, Cyrillic and Latin).
 * Lower case only (no i flag), and no role that is also a surname (King, Rey, Roi, König).
 */
const PUBLIC_ROLE =
  /(?<![\p{L}])(?:footballer|football player|player|athlete|jugador|jogador|calciatore|piłkarz|futbolcu|pemain|spelare|speler|[Ss]pieler|joueur|singer|cantante|cantor|şarkıcı|penyanyi|sångare|zanger|[Ss]änger\p{L}*|chanteu\p{L}+|actor|actress|ator|atriz|attore|attrice|aktor|aktorka|oyuncu|skådespelare|acteur|actrice|[Ss]chauspieler\p{L}*|president|presidente|prezydent|cumhurbaşkanı|presiden|[Pp]räsident|président|emperor|космонавт\p{L}*|писател\p{L}*|поэт\p{L}*|президент\p{L}*|царь|императ\p{L}*|композитор\p{L}*|футболист\p{L}*|актёр\p{L}*|актер\p{L}*|певи?ц\p{L}*|певец|hall of fame|debut|debüt\p{L}*|début|debutto|estreia|olympian|olympic champion|world champion|nobel laureate|[Pp]rime [Mm]inister|[Cc]hancellor|quarterback|pitcher|striker|goalkeeper|midfielder|MVP|Super Bowl|World Cup|Ballon d'Or|Torschützenkönig\p{L}*|득점왕|得点王|Bundeskanzler\p{L}*|Bundespräsident\p{L}*|Ministerpräsident\p{L}*|Bundesminister\p{L}*|senator|governor|mayor|premier ministre|primer ministro|primo ministro|weltmeister\p{L}*|olympiasieger\p{L}*|campe[oó]n\p{L}*|campeã\p{L}*|campion\p{L}*|champion(?:ne)? du monde|mistrz\p{L}*|чемпион\p{L}*|ηθοποι\p{L}*|τραγουδιστ\p{L}*|ποιητ\p{L}*|συγγραφέ\p{L}*|πρωθυπουργ\p{L}*|ποδοσφαιρ\p{L}*|herec|herečk\p{L}*|zpěvák\p{L}*|zpěvačk\p{L}*|spisovatel\p{L}*|básník\p{L}*|színész\p{L}*|énekes\p{L}*|költő\p{L}*|zeneszerző\p{L}*|cântăre\p{L}*|scriitor\p{L}*|poet\p{L}*|actriț\p{L}*|актор\p{L}*|співа\p{L}*|письменни\p{L}*|поет\p{L}*)(?![\p{L}])|선수|명예의 전당|장군|대통령|작가|배우|가수|감독|국왕|황제|시인|화가|총리|選手|将軍|大統領|首相|作家|俳優|女優|歌手|監督|天皇|詩人|画家|选手|将军|主席|总统|總統|演员|导演|皇帝|诗人|画家|科学家|球员|球員|运动员|運動員|名人堂|デビュー|데뷔|出道|中锋|中鋒|前锋|后卫|门将|教练|冠军|奥运|奧運|院士|诺贝尔|諾貝爾|ノーベル|金メダル|殿堂/u;

/** A narrative birth verb right before the date ("X was born on …", "родился", "nació el", "태어났"; Greek, Hungarian, Czech, Romanian, Ukrainian: session 46). */
const BIRTH_VERB =
  /(?<![\p{L}])(?:born(?: on| in)?|geboren(?: am)?|née?(?: le)?|naci[óo](?: el)?|nacque(?: il)?|nat[oa](?: il)?|nasceu(?: em)?|urodził\p{L}*(?: się)?|родил\p{L}*|doğdu|lahir(?: pada)?|föddes|werd geboren(?: op)?|sinh(?: ngày)?|ur\.|γεννήθηκε(?: στις| την| το)?|született|narodil\p{L}*(?: se)?|s-a născut(?: pe| la| în)?|народи\p{L}*)(?![\p{L}])[^\n\d]{0,12}$|(?:出生于|出生於|生まれ|誕生)[^\n\d]{0,4}$/iu;

/**
 * The text declares its records generated or synthetic (a fixture made with Faker or Synthea, "synthetic test
 * data", "datos ficticios", "niemand bestaat"; session 54 review: "fictieve gegevens", "keine echten Daten", "fictitious
 * data"): every value in it stands for nobody, credentials aside. "Sample data" and "example records" are not enough:
 * people paste real rows under those words.
 */
const SYNTHETIC_CUE =
  /(?<![\p{L}])(?:faker|synthea|mockaroo|synthetic (?:data|dataset|fixture|record|patient|profile|customer|user|test|sample|population)\p{L}*|synthetisch\p{L}* (?:daten|datensatz|gegevens|testdaten|testgegevens)|synthetische testdaten|données (?:synthétiques|fictives)|jeu de données fictif|dati di esempio, non reali|dati inventati|dane testowe, fikcyjne|geen echte personen|datos (?:sintéticos|ficticios)|dati (?:sintetici|fittizi)|dados (?:sintéticos|fictícios)|dane (?:syntetyczne|fikcyjne)|синтетическ\p{L}* данн\p{L}*|вымышленн\p{L}* данн\p{L}*|sentetik veri|dummy data|fake data|mock data|fictieve (?:gegevens|personen|klanten)|keine (?:echten|realen) (?:daten|personen)|fictitious (?:data|people|persons|customers)|no real (?:data|people|persons)|datos inventados|dados inventados|testversichert\p{L}*|fiktive[nr]? (?:patient|versichert)\p{L}*|fictional patients?|paciente ficticio|patient fictif|niemand bestaat|nobody (?:here )?(?:is real|exists)|no real (?:person|people|customer|patient)s?|keine echten (?:personen|daten|kunden)|nessuna persona reale|ninguna persona real)(?![\p{L}])|合成数据|虚构数据|虛構資料|合成データ|架空の(?:人物|データ)|가상 데이터|합성 데이터/iu;

/**
 * "real data", "echte Kundendaten", "not synthetic": the writer says the records are real after all. Not after a
 * negation ("keine echten Daten", "no real data": session 54 review).
 */
const REAL_DATA_CUE =
  /(?<![\p{L}])(?<!(?:keine|kein|no|not|non|nessun|ningún|nenhum|geen)[ \t])(?:real (?:customer|patient|user|client|employee|data|record|export|row|people|person)s?|production|prod (?:data|export|db|database)|live data|echte\p{L}* (?:kunden|daten|patienten)\p{L}*|datos reales|dati reali|dados reais|données réelles|echte gegevens|not (?:synthetic|fake|generated))(?![\p{L}])/iu;

/**
 * A company's legal form or its imprint (Impressum, registry and VAT numbers) before a contact value: the
 * phone, e-mail or address belongs to the organisation. The legal form must follow a capitalised name (case
 * matters: "AG", "SA", "AB" are words elsewhere), and no person label may stand between it and the value.
 * ORGANISATION_CUE is the keyword gate; LEGAL_FORM_AFTER_NAME is the company itself: an imprint heading alone
 * ("Impressum: 0151 …") names no company (session 41).
 */
const ORGANISATION_CUE =
  /(?<![\p{L}])(?:gmbh|ltd|limited|plc|llc|inc\.|corp\.|s\.l\.|s\.a\.|s\.r\.l|srl|s\.p\.a|spa|sarl|sas|b\.v\.|bv|n\.v\.|sp\. z o\.o|a\.ş|ltd\. şti|ag|kg|ohg|ug|ab|oy|asa|aps|lda|ltda|ооо|оао|пао|α\.ε\.|ε\.π\.ε\.|ι\.κ\.ε\.|impressum|imprint|mentions légales|aviso legal|registergericht|handelsregister|hrb|ust-id\p{L}*|vat (?:no|number|reg)|kvk|siret|siren|partita iva|p\. ?iva|cnpj|nip|regon|krs)(?![\p{L}])|株式会社|有限会社|有限公司|주식회사|\(주\)/iu;
const LEGAL_FORM_AFTER_NAME =
  /\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{Lu}&][\p{L}&'’.-]*)*?(?:,?[ \t]+|-)(?:GmbH|Ltd\.?|Limited|PLC|plc|LLC|Inc\.|Corp\.|S\.L\.U?\.?|S\.A\.U?|SA|SL|S\.r\.l\.?|Srl|SRL|S\.p\.A\.?|SpA|SARL|SAS|B\.V\.?|BV|N\.V\.?|NV|Sp\. z o\.o\.|A\.Ş\.|Ltd\. Şti\.|AG|KG|OHG|UG|e\.K\.|AB|Oy|AS|ASA|ApS|Lda\.?|Ltda\.?|ООО|ОАО|ПАО)(?![\p{L}])|(?:Registergericht|Handelsregister|HRB|USt-Id|VAT (?:No|number|reg)|KvK|SIRET|Partita IVA|P\. ?IVA|CNPJ|NIP|REGON|KRS)(?![\p{L}])|株式会社|有限会社|有限公司|주식회사|\(주\)/u;
const PERSON_LABEL =
  /(?<![\p{L}])(?:employee|mitarbeiter\p{L}*|patient\p{L}*|paciente|name|nombre|nom|nome|naam|imię|nazwisko|kunde|kundin|customer|cliente|client|klant|applicant|antragsteller\p{L}*|bewerber\p{L}*|candidate|tenant|mieter\p{L}*|inquilino|locataire|herr|frau|mr|mrs|ms|miss|dr|sr|sra|mme|sig|sig\.ra|dhr|mevr|pan|pani|contact person|ansprechpartner\p{L}*|attn|c\/o|z\. ?hd|empfänger\p{L}*|recipient|destinatario|destinataire|to:|an:)(?![\p{L}])|様|さん|先生|女士|씨|님/iu;

/** An institution heads its record; a person's label, a personal word or a mobile line makes the record a person's. */
const INSTITUTION_RECORD_TESTS: InstitutionRecordTests = {
  place: (line) => PLACE_BEFORE.test(line),
  person: (block) => PERSON_LABEL.test(block) || PERSONAL_CUE.test(block) || MOBILE_LABEL.test(block) || fullNameIn(block),
};

/** A place opens its one-line sign; a person's label, a personal word, a mobile word or a full name makes it a person's. */
const PLACE_SIGN_TESTS: PlaceSignTests = {
  place: (words) => PLACE_BEFORE.test(words),
  person: (segment) => PERSON_LABEL.test(segment) || PERSONAL_CUE.test(segment) || MOBILE_LABEL.test(segment) || fullNameIn(segment),
};

/** Itineraries and sightseeing: the addresses listed are the sights'. */
const TOURISM_CUE =
  /(?<![\p{L}])(?:itinerary|itineraries|sightseeing|day trip|tourist\p{L}*|attractions|landmarks|itinerario|itinerari|itinéraire|reiseroute|reiseplan|tagesausflug|sehenswürdigkeit\p{L}*|besichtigung|turístic\p{L}*|turistic\p{L}*|touristique\p{L}*|zwiedzani\p{L}*|gezi rotası|gezilecek|экскурси\p{L}*|достопримечательност\p{L}*|bezienswaardighe\p{L}*|sevärdhet\p{L}*)(?![\p{L}])|行程|旅游|旅遊|观光|觀光|景点|景點|観光|관광|명소|여행\s?코스/iu;

/**
 * Stories, screen works, games and role-play in the line of the value, in the scripts whose address and birth-date
 * rules do not read personal.ts's fiction cues: a character's birthday or home is plot ("Trong phim, nhân vật Mai sinh
 * ngày …", "ドラマの登場人物の誕生日", "в романе персонаж живёт на …"). "characters" (a length rule) is not a cue.
 */
const STORY_CUE =
  /(?<![\p{L}])(?:fictional|fictitious|(?<!non-|non )fiction|novel(?! corona| virus| covid| drug| therap| treatment| agent| compound| approach| method| strain| variant| mutation| vaccine| antibiotic| biomarker| technique| procedure| trial| stud| pathogen| influenza| device| insulin| way| idea| feature)|(?<!special |unicode |escape |escaped |invalid |illegal |control |newline |null |wildcard |single |ascii |non-ascii |utf-8 |first |last |per |one |\d )character(?!s)(?! encoding| set| limit| count| class| code| string| width| length| escape| entit| map| type| data)|role-?play|roleplay|sitcom|screenplay|fanfic\p{L}*|in the (?:film|movie|series|show|book|novel|game|play)|d&d|personnage|personaje|personaggio|personagem|romanfigur|filmfigur|romanheld\p{L}*|postać fikcyjn\p{L}*|персонаж\p{L}*|вымышленн\p{L}*|romanda|romanın|dizide|filmde|kahramanı|kahramanları\p{L}*|nhân vật|trong phim|trong truyện|hư cấu|tiểu thuyết)(?![\p{L}])|キャラクター|登場人物|架空|主人公|角色扮演|角色设定|角色設定|虚构|虛構|小说中|小說中|电影中|電影中|剧中|劇中|주인공|캐릭터|등장인물|가상의 (?:환자|인물|캐릭터|사례|이야기)|काल्पनिक|कहानी|شخصية (?:خيالية|روائية|كرتونية)|الشخصية (?:الخيالية|الروائية)|خيالي|رواية|فيلم/iu;

/**
 * Session 52: a film, play, sketch or story being written, in the number's line: with a counting run in the number
 * (COUNTING_RUN) the number is a prop's filler ("a short film … Is 021 123 4567 safe to show on screen?", "In een
 * toneelstuk belt iemand 06-12345678"). Without the counting run the number stays (people do use real numbers in scripts).
 */
const SCREEN_CUE =
  /(?<![\p{L}])(?:short film|film|movie|screenplay|script|scene|on screen|stage play|sketch|toneelstuk|hoorspel|theaterstück|hörspiel|drehbuch|kurzfilm|court[- ]métrage|pièce de théâtre|scénario|cortometraje|obra de teatro|guion|guión|curta-metragem|peça de teatro|sitcom|tv show|tv series|web series|podcast|short story)(?![\p{L}])/iu;
/** Seven digits counting up (1234567, 2345678 …) in a number's digits. */
const COUNTING_RUN = /0123456|1234567|2345678|3456789/;
/** The writer's own number said in the line ("my number", "that's my real cell", "call me", "mijn nummer", "ruf mich an"). */
const OWN_NUMBER =
  /(?<![\p{L}])(?:(?:my|mein\p{L}{0,2}|mijn|mon|ma|mi|meu|minha|mio|mia)[ \t]+(?:(?:own|real|new|private|personal|echte?|eigene?|vrai|real)[ \t]+)?(?:number|phone|cell|mobile|nummer|handy\p{L}{0,6}|telefon\p{L}{0,6}|numéro|portable|número|celular|telefoon|06)|(?:call|text|ring|phone) me|bel me|ruf mich|appelle-moi|llámame|me liga)(?![\p{L}])/iu;

/**
 * The biographical register (session 37, dev-31): a biography, quiz, fact card, infobox, encyclopaedia entry, public
 * obituary, timeline or school talk about someone ("write a short biography of …", Steckbrief, fiche d'identité,
 * quizfrage, 百科词条, クイズ, 퀴즈, जीवनी, نبذة …). Such a text is about a public person unless PRIVATE_SUBJECT says
 * otherwise. Not cues: "profile" (a user's own), "CV"/"السيرة الذاتية" (a résumé), bare "fiche"/"ficha" (a form).
 * Session 54 review: an explainer (video) and a rise to fame or to the top ("summarise his rise to the top of chess").
 */
const BIOGRAPHY_CUE =
  /(?<![\p{L}])(?:biograph\p{L}*|biografi\p{L}*|biografí\p{L}*|biyografi\p{L}*|биографи\p{L}*|artist bio|steckbrief\p{L}*|fiche d'identité|weetjeskaart|fact card|fact file|quiz\p{L}*|trivia|jeopardy|викторин\p{L}*|bilgi yarışması|bilgi kartı|infobox|wikipedia\p{L}*|wikidata|encyclop\p{L}*|enzyklop\p{L}*|enciclop\p{L}*|nachruf|nécrologie|necrologio|obituary|obituário|obituario|spreekbeurt|exposé|referat|on this day|today in \p{L}+ history|explainer video|explainer|(?:his|her|their) rise to|rise to fame|frise chronologique|schulprojekt|school project|trabajo escolar|trabalho escolar|skoluppgift|presentation till)(?![\p{L}])|百科|词条|詞條|传记|傳記|小传|简短的介绍|代表作|クイズ|紹介文|퀴즈|소개글|प्रश्नोत्तरी|श्रद्धांजलि|निबंध|जीवनी|نبذة|بطاقة تعريف|خط زمني|tiểu sử|giới thiệu/iu;

/**
 * A private subject in a biographical text: the writer or a person in the writer's life (neighbour, colleague,
 * relative, pupil, patient), a résumé or form, or a family notice ("write a biography of my neighbour Jan Kowalski,
 * born 3 May 1961", "Traueranzeige … In stiller Trauer", "surrounded by her children"). Read anywhere in the window.
 */
const PRIVATE_SUBJECT =
  /(?<![\p{L}])(?:about me|about myself|myself|my own|über mich|sur moi|sobre mí|su di me|sobre mim|over mij|o mnie|o sobie|обо мне|hakkımda|babam|annem|dedem|anneannem|babaannem|neighbou?r\p{L}*|nachbar\p{L}*|voisin\p{L}*|vecin\p{L}*|vicin[oa]|buurman|buurvrouw|sąsiad\p{L}*|granne|komşu\p{L}*|сосед\p{L}*|colleague\p{L}*|co-?worker\p{L}*|kolleg\p{L}*|collègue\p{L}*|compañer[oa]s? de trabajo|collega\p{L}*|colega\p{L}*|kolega\p{L}*|iş arkadaşı\p{L}*|коллег\p{L}*|grand(?:ma|pa|mother|father|parents?)|opa|oma|großvater|großmutter|grand-père|grand-mère|abuel[oa]s?|nonn[oa]|avô|avó|dziad\p{L}*|babci\p{L}*|farfar|farmor|morfar|mormor|дедушк\p{L}*|бабушк\p{L}*|father|mother|dad|mum|mom|vater|mutter|père|mère|padre|madre|pai|mãe|vader|moeder|ojc\p{L}*|matk\p{L}*|pappa|отец|мать|папа|мама|daughter|tochter|sohn|fille|fils|hij[oa]|figli[oa]|filh[oa]|dochter|zoon|córk\p{L}*|syn|syna|synem|leaving do|retirement|ruhestand|retraite|jubilación|pensione|aposentadoria|pensioen|emerytur\p{L}*|birthday party|geburtstagsfeier|family (?:history|album|tree)|familienalbum|álbum familiar|album de famille|funeral\p{L}*|beerdigung|trauerfeier|in stiller trauer|traueranzeige|obsèques|sepelio|funerale|velório|passed away|surrounded by|triste annuncio|è mancat[oa]|nous a quittés|ist verstorben|cv|c\.v\.|résumé|resume|lebenslauf|curriculum\p{L}*|резюме|application form|formulaire|formular|sollicitatie\p{L}*|anmeldung|inscripción|iscrizione|inscrição|patient\p{L}*|paciente|paziente|pacjent\p{L}*|пациент\p{L}*)(?![\p{L}])|私の|自分|父|母|祖父|祖母|履歴書|爸爸|妈妈|媽媽|爷爷|奶奶|外公|外婆|父亲|母亲|邻居|鄰居|同事|入职|登记表|자기소개|이력서|아버지|어머니|엄마|아빠|할머니|할아버지|이웃|동료|पिताजी|पिता|माता|माँ|दादा|दादी|नाना|नानी|السيرة الذاتية|أبي|أمي|جدي|جدتي|جاري|زميلي|mẹ tôi|bố tôi|ông tôi|bà tôi|cha tôi/iu;

const PRIVATE_SUBJECT_ALL = new RegExp(PRIVATE_SUBJECT.source, "giu");

/** Where the last private subject (a neighbour, a relative, "about me", a résumé: PRIVATE_SUBJECT) in `window` ends, or -1. */
export function lastPrivateSubjectEnd(window: string): number {
  let end = -1;
  PRIVATE_SUBJECT_ALL.lastIndex = 0;
  for (let found = PRIVATE_SUBJECT_ALL.exec(window); found !== null; found = PRIVATE_SUBJECT_ALL.exec(window)) end = found.index + found[0].length;
  return end;
}

/** A biographical text needs an adult: a birth within the last 18 years is a child's, never taken as public. */
const ADULT_YEARS = 18;

/**
 * A birth date in a biographical text about a public person: a biography cue within 300 characters before or 200
 * after the date, no private subject in that window, and a birth year at least 18 years ago.
 */
function biographicalBirthDate(text: string, start: number, end: number, present: Present): boolean {
  if (!present.biography) return false;
  const year = IS_PUBLIC_BIRTH_DATE_PATTERN_1.exec(text.slice(start, end));
  if (year !== null && Number(year[1]) > new Date().getUTCFullYear() - ADULT_YEARS) return false;
  const window = textWindow(text, start - 300, end + 200);
  return BIOGRAPHY_CUE.test(window) && !PRIVATE_SUBJECT.test(window);
}

/** Born this many years ago or earlier, a date in a narrative ("… was born on 9 March 1934") is history. */
const HISTORIC_YEARS = 90;
const HISTORIC_BEFORE = new Date().getUTCFullYear() - HISTORIC_YEARS;

/** Cue families gated by their literal stems. */
const FAMILIES = {
  placeholder: PLACEHOLDER_PEOPLE,
  place: PLACE_BEFORE,
  opening: OPENING_CUE,
  service: SERVICE_CUE,
  reference: REFERENCE_CUE,
  test: TEST_CUE,
  role: PUBLIC_ROLE,
  birth: BIRTH_VERB,
  synthetic: SYNTHETIC_CUE,
  organisation: ORGANISATION_CUE,
  tourism: TOURISM_CUE,
  headOffice: HEAD_OFFICE_CUE,
  serviceClause: SERVICE_CLAUSE_CUE,
  story: STORY_CUE,
  screen: SCREEN_CUE,
  biography: BIOGRAPHY_CUE,
  imprint: IMPRINT_HEADING,
  register: REGISTER_CUE,
  correspondence: CORRESPONDENCE_CUE,
  disclosure: DISCLOSURE_CUE,
  executive: EXECUTIVE_ROLE,
  exampleHead: EXAMPLE_HEAD,
} as const;
type Family = keyof typeof FAMILIES;

const QUANTIFIER = /^[?*{]/;

/**
 * The literal prefixes of one alternative: literal characters, escaped punctuation, small classes of
 * literal characters and a leading non-capturing group; anything else (or an optional part) ends it.
 */
function alternativePrefixes(alternative: string): string[] {
  let prefixes = [""];
  for (let index = 0; index < alternative.length;) {
    const char = alternative[index]!;
    if (alternative.startsWith("(?:", index)) {
      let depth = 0;
      let close = index;
      for (; close < alternative.length; close++) {
        if (alternative[close] === "\\") close++;
        else if (alternative[close] === "(") depth++;
        else if (alternative[close] === ")" && --depth === 0) break;
      }
      if (QUANTIFIER.test(alternative.slice(close + 1))) return prefixes;
      const inner = splitAlternatives(alternative.slice(index + 3, close)).flatMap(alternativePrefixes);
      return prefixes.flatMap((prefix) => inner.map((tail) => prefix + tail));
    }
    let literals: string[];
    let next: number;
    if (char === "[") {
      next = alternative.indexOf("]", index) + 1;
      const members = alternative.slice(index + 1, next - 1);
      if (ALTERNATIVE_PREFIXES_PATTERN_1.test(members)) return prefixes;
      literals = [...members];
    } else if (char === "\\") {
      const escaped = alternative[index + 1] ?? "";
      if (ALTERNATIVE_PREFIXES_PATTERN_2.test(escaped)) return prefixes;
      literals = [escaped];
      next = index + 2;
    } else if ("^$.|)*+?{".includes(char)) return prefixes;
    else {
      literals = [char];
      next = index + 1;
    }
    if (QUANTIFIER.test(alternative.slice(next))) return prefixes;
    prefixes = prefixes.flatMap((prefix) => literals.map((literal) => prefix + literal));
    index = next;
  }
  return prefixes;
}

/**
 * Lower-case literal stems one of which every match of `pattern` contains: lookaround assertions are
 * dropped (that only widens the pattern), then the literal prefixes of its alternatives are read.
 * A family with an alternative that has no literal prefix is a programming error, refused at load.
 */
function stemsOf(family: string, pattern: RegExp): readonly string[] {
  const source = pattern.source.replace(STEMS_OF_PATTERN_1, "");
  const stems = splitAlternatives(source).flatMap(alternativePrefixes);
  if (stems.some((stem) => stem.length === 0)) throw new Error(`public-context: the ${family} cues need a literal prefix in every alternative`);
  return [...new Set(stems.map((stem) => stem.toLowerCase()))];
}

const FAMILY_STEMS = Object.fromEntries(Object.entries(FAMILIES).map(([family, pattern]) => [family, stemsOf(family, pattern)])) as Record<
  Family,
  readonly string[]
>;
// The register labels' short words are gated with the character after them (published-cues.ts).
FAMILY_STEMS.register = REGISTER_STEMS;

/** Which cue families occur anywhere in the lower-cased text. */
type Present = Record<Family, boolean>;

const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];

/** One object per scan, filled by a loop (no key, entry or result arrays per scan). */
function presentFamilies(lower: string): Present {
  const present = {} as Present;
  for (const family of FAMILY_NAMES) present[family] = containsAny(lower, FAMILY_STEMS[family]);
  return present;
}

/** Numbers that only organisations hold: toll-free and shared-cost ranges (digits only). */
const SERVICE_NUMBER = /^(?:1?8(?:00|33|44|55|66|77|88)\d{7}|0800\d{3,8}|0808\d{6,7}|0120\d{6}|0570\d{6}|1[56]\d{6}|1800\d{4,7}|800\d{6})$/;

/** A Brazilian postal code (CEP), 00000-000: never a phone number. */
const POSTAL_CEP = /^\d{5}-\d{3}$/;

/** Address labels inside a CJK span ("…的地址是", "…の住所", "…의 주소", "…乐园在/位于…"): the words before them name the owner. */
const ADDRESS_LABEL = /地址|住所|주소|所在地|位于|位於|在(?=\p{Script=Han})/u;

/**
 * A counting house number ("1234 Elm St Apt 5") with no postcode, or with a stock example town ("1234 Oak Street,
 * Springfield, IL 62704"): a format example, unless a personal cue or (session 38) a person's full name stands before
 * it ("Joe Fischer, 1234 Oak Street").
 */
function exampleHouseNumber(text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (!hasAscendingHouseNumber(value) || (hasPostcode(value) && !hasExampleTown(value))) return false;
  return !personalBefore(text, start) && !fullNameBefore(text, start);
}

/**
 * Two capitalised words in a row (a first and a last name if both are known names). The second word is read in a
 * lookahead so that pairs overlap (session 38 review: "Mrs Irene Walsh" took "Irene" into the pair "Mrs Irene").
 */
export const CAPITALISED_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+))/gu;

/** A person's full name (two known names in a row) in the 60 characters before `start`. */
export function fullNameBefore(text: string, start: number): boolean {
  for (const pair of textWindow(text, start - 60, start).matchAll(CAPITALISED_PAIR)) if (isFullNamePair(pair[1]!, pair[2]!)) return true;
  return false;
}

/**
 * Articles and name particles that the name lexicon holds as surnames ("El", "La", "De", "Van"): they do not start a
 * full name on their own (session 38 review: with overlapping pairs, "Taqueria El Sol" read "El Sol" as a person).
 */
const NAME_PARTICLE = /^(?:el|la|le|les|los|las|lo|il|de|del|della|der|die|das|den|het|du|da|di|van|von|the)$/i;

/**
 * Session 52: a business's name head word that the name lexicon also holds as a given name ("Maison Kayser", "Casa
 * Lucio", "Studio Weber", "Salon Marie"): a shop's name, no person's.
 */
const BUSINESS_NAME_HEAD = /^(?:maison|chez|casa|café|cafe|caffè|hotel|hôtel|studio|salon|atelier|boutique|bäckerei|boulangerie)$/i;

/** A first and a last name: two known names, the first not an article, a particle or a business's name head. */
export function isFullNamePair(first: string, last: string): boolean {
  return !NAME_PARTICLE.test(first) && !BUSINESS_NAME_HEAD.test(first) && isPersonName(first) && isPersonName(last);
}

/** The "me" of a chat link's host (`wa.me/`, `t.me/`): no personal "me" (session 52). */
const LINK_HOST_ME = /(?<![\p{L}\p{N}])(?:wa|t)\.me\//giu;

/** A personal cue (my, send to, a relative, 我的, 私の …) in the 50 characters before `start`. */
export function personalBefore(text: string, start: number): boolean {
  const window = textWindow(text, start - 50, start);
  return PERSONAL_CUE.test(window.includes(".me/") ? window.replace(LINK_HOST_ME, (host) => " ".repeat(host.length)) : window);
}

/**
 * A placeholder person within 100 characters before or 60 after the value, not introduced as someone in the writer's
 * life: "my neighbour Jan Kowalski", "mojego sąsiada Jana Kowalskiego" is a real person who bears the name (session 37).
 */
function placeholderPersonNear(text: string, start: number, end: number, present: Present): boolean {
  if (!present.placeholder) return false;
  const from = Math.max(0, start - 100);
  const found = PLACEHOLDER_PEOPLE.exec(textWindow(text, from, end + 60).toLowerCase());
  if (found === null) return false;
  const at = from + found.index;
  if (personBeforePlaceholder(textWindow(text, at - 40, at)) || personColumnHeader(text, at)) return false;
  return !exampleRowElsewhere(text, at, start);
}

/** The cell delimiters of a pasted table row (CSV, semicolon CSV, TSV, a Markdown pipe table). */
const ROW_DELIMITERS = [";", "\t", "|", ","];
const UNDERSCORES = /_/g;

/**
 * The placeholder name sits in a delimited row whose header line names its column a private subject ("pacjent;pesel;…\n…
 * Anna Kowalska;85031412347;…"): the register's person, as when the header is within 40 characters (session 47, dev-72:
 * a longer header before the same row no longer hides the person). The header is the line right above the row; a
 * 400-character reach each way.
 */
function personColumnHeader(text: string, at: number): boolean {
  // Bounded reads back (never to the text's start: a long line of placeholder people would make a scan quadratic).
  const from = Math.max(0, at - 802);
  const window = text.slice(from, at);
  const rowBreak = window.lastIndexOf("\n");
  if (rowBreak < 0 || window.length - rowBreak - 1 > 400) return false;
  const header = window.slice(window.lastIndexOf("\n", rowBreak - 1) + 1, rowBreak);
  if (header.length > 400 || (from > 0 && window.lastIndexOf("\n", rowBreak - 1) < 0)) return false;
  const before = window.slice(rowBreak + 1);
  for (const delimiter of ROW_DELIMITERS) {
    if (!header.includes(delimiter)) continue;
    const column = before.split(delimiter).length - 1;
    const cell = header.split(delimiter)[column];
    return cell !== undefined && personBeforePlaceholder(cell.replace(UNDERSCORES, " "));
  }
  return false;
}

/**
 * The line that opens with an example mark ("예) 홍길동 / 010-0000-0000", "例）氏名：山田太郎", "示例：张三 …") is the
 * example row of a list the writer asks to lay out; the rows on the other lines are the writer's people (session 46,
 * dev-70). Only that marked line is the example: a form's "Name: 홍길동\n주민등록번호: …" keeps its placeholder.
 */
const EXAMPLE_ROW_MARK = /^[ \t]*[[【(（]?[ \t]*(?:예시|예|例|記入例|示例|样例|範例|e\.g\.|ex\.?|example)[ \t]*[\]】)）:：.]/iu;

function exampleRowElsewhere(text: string, placeholderAt: number, valueAt: number): boolean {
  // Both within 160 characters (the placeholder is at most 100 before or 60 after the value): read that window only.
  const from = Math.max(0, Math.min(placeholderAt, valueAt) - 40);
  const window = text.slice(from, Math.max(placeholderAt, valueAt));
  const placeholderLine = window.lastIndexOf("\n", placeholderAt - from - 1) + 1;
  if (window.lastIndexOf("\n", valueAt - from - 1) + 1 === placeholderLine) return false;
  return (placeholderLine > 0 || from === 0) && EXAMPLE_ROW_MARK.test(window.slice(placeholderLine, placeholderAt - from));
}

/**
 * The kinds of document among PRIVATE_SUBJECT's words (a form, a CV, an enrolment): they say what the text is, not
 * whose it is, so "Exemple de formulaire : Nom : Jean Dupont, né le 01/01/1980" and "Lebenslauf (Muster): Max
 * Mustermann" keep their placeholder person (session 46, dev-69). A relation or "about me" still makes the bearer real.
 */
const DOCUMENT_KIND =
  /^(?:cv|c\.v\.|résumé|resume|lebenslauf|curriculum\p{L}*|резюме|application form|formulaire|formular|sollicitatie\p{L}*|anmeldung|inscripción|iscrizione|inscrição|履歴書|登记表|入职|자기소개|이력서|السيرة الذاتية)$/iu;

/** A private subject in the 40 characters before a placeholder name, other than a kind of document. */
function personBeforePlaceholder(before: string): boolean {
  PRIVATE_SUBJECT_ALL.lastIndex = 0;
  for (let found = PRIVATE_SUBJECT_ALL.exec(before); found !== null; found = PRIVATE_SUBJECT_ALL.exec(before)) if (!DOCUMENT_KIND.test(found[0])) return true;
  return false;
}

function isPublicAddress(text: string, start: number, end: number, present: Present): boolean {
  if (!present.place && !present.opening) return false;
  // A CJK address span may begin with its owner ("市政府地址是…", "我家地址是…"): the words before 地址/住所/주소 count as before it.
  const label = ADDRESS_LABEL.exec(text.slice(start, Math.min(end, start + 24)));
  const head = label === null ? "" : text.slice(start, start + label.index);
  if (present.place && head === "" && institutionRightBefore(text, start)) return true;
  if (PERSONAL_CUE.test(textWindow(text, start - 50, start) + head)) return false;
  if (present.place && PLACE_BEFORE.test(textWindow(text, start - 40, start) + head)) return true;
  if (present.place && placeOwnerAfter(textWindow(text, end, end + 60))) return true;
  return present.opening && OPENING_CUE.test(textWindow(text, start - 120, end + 100));
}

/**
 * Session 52: a hotel, hospital, embassy, museum, station, airport, university or office named right before the address
 * ("My friend lives at the Marriott hotel, 525 Bay Street, Toronto"): the address is the institution's, whoever stays
 * there, unless the home is only near it ("the flat above the hotel, …") or a personal cue stands between.
 */
const INSTITUTION_RIGHT_BEFORE =
  /(?<![\p{L}])(hotel|hostel|motel|hospital|embassy|consulate|museum|station|airport|university|hôtel|hôpital|krankenhaus|botschaft|hospital|embajada)[ \t]*[,:(–—-][ \t]*$/iu;
const NEAR_BEFORE =
  /(?<![\p{L}])(?:above|over|behind|opposite|near|next to|beside|across from|round the corner from|by)(?:[ \t]+the)?[ \t]+(?:\p{L}+[ \t]+){0,2}$/iu;

function institutionRightBefore(text: string, start: number): boolean {
  const before = textWindow(text, start - 60, start);
  const place = INSTITUTION_RIGHT_BEFORE.exec(before);
  return place !== null && !NEAR_BEFORE.test(before.slice(0, place.index)) && !PERSONAL_CUE.test(before.slice(place.index));
}

/**
 * The place named right after the address as its owner (session 42, dev-48): "北京市东城区景山前街4号 (the Palace Museum's
 * address)", "… — the city hall's address", "…（故宫博物院的地址）". No personal cue in the owner ("my home's address").
 */
const OWNER_AFTER = /^[ \t]*[(（,—–-]?[ \t]*(?:the[ \t]+)?([^()（）\n]{2,40}?)(?:['’]s[ \t]+(?:address|location)(?![\p{L}])|的?(?:地址|所在地))/iu;
/**
 * "… — the building of the city hall", "… — здание мэрии Новосибирска" (session 48): a building word after a dash or
 * comma right after the address, then the place it houses.
 */
const BUILDING_AFTER =
  /^[ \t]*[(,—–-][ \t]*(?:the[ \t]+)?(?:building|здание|будівля|budynek|gebäude|edificio|edifício|bâtiment|palazzo|sede|siedziba)[ \t]+((?:of[ \t]+(?:the[ \t]+)?)?[^()\n]{2,40})/iu;

function placeOwnerAfter(after: string): boolean {
  const owner = OWNER_AFTER.exec(after) ?? BUILDING_AFTER.exec(after);
  return owner !== null && PLACE_BEFORE.test(owner[1]!) && !PERSONAL_CUE.test(owner[1]!);
}

function isServiceOrReferenceNumber(text: string, start: number, end: number, present: Present): boolean {
  const value = text.slice(start, end);
  if (POSTAL_CEP.test(value.trim())) return true;
  const before = textWindow(text, start - 40, start);
  if (present.reference && REFERENCE_CUE.test(before)) return true;
  const digits = value.replace(IS_SERVICE_OR_REFERENCE_NUMBER_PATTERN_1, "");
  if (SERVICE_NUMBER.test(digits)) return true;
  if (!present.service || !SERVICE_CUE.test(before) || personalBeforeService(text, start) || personAfterLineCue(text, before, start)) return false;
  // A person's full name after the last service cue ("Contact us\nSarah Collins: 07831 …") makes it theirs (session 41);
  // a name before the cue ("Crumb & Co., 18 Market Place. Enquiries: 01380 …") does not.
  const cue = lastMatch(SERVICE_CUE_ALL, before);
  return cue === null || !fullNameIn(before.slice(cue.index + cue[0].length));
}

const SERVICE_CUE_ALL = new RegExp(SERVICE_CUE.source, "giu");
/** A business's "our (own)" (and the other languages' first-person plural) right before one of its service words. */
const OUR_BEFORE_SERVICE = /(?<![\p{L}])(?:our|notre|nos|unser\p{L}{0,2}|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze)(?:[ \t]+own)?[ \t]+/giu;
const SERVICE_CUE_AT_START = new RegExp(`^(?:${SERVICE_CUE.source})`, "iu");

/**
 * `personalBefore`, but a business speaking of its own service ("# our own call centre", "notre service client") is
 * no personal cue (session 52): the "our" right before a service word is read as the business's.
 */
function personalBeforeService(text: string, start: number): boolean {
  const from = Math.max(0, start - 50);
  const window = text.slice(from, start);
  OUR_BEFORE_SERVICE.lastIndex = 0;
  let blanked = window;
  for (let our = OUR_BEFORE_SERVICE.exec(window); our !== null; our = OUR_BEFORE_SERVICE.exec(window)) {
    const after = our.index + our[0].length;
    if (SERVICE_CUE_AT_START.test(text.slice(from + after, from + after + 40)))
      blanked = blanked.slice(0, our.index) + " ".repeat(our[0].length) + blanked.slice(after);
  }
  return blanked === window ? personalBefore(text, start) : PERSONAL_CUE.test(blanked);
}

/** The "… line" cues (customer, support, sales, booking, information line), the last one in a window. */
const LINE_CUE = /(?<![\p{L}\p{N}])(?:customer|support|sales|booking|information) lines?(?![\p{L}\p{N}])/giu;
const SENTENCE_END = /[.!?;]\s/;

/**
 * A "… line" cue that is the window's only service cue, followed before the number by a sentence end or a person's
 * full name: "Customer line down. Reach Tom Baker on 07831 …" is Tom's number (session 39 review).
 */
function personAfterLineCue(text: string, before: string, start: number): boolean {
  let last: RegExpExecArray | null = null;
  LINE_CUE.lastIndex = 0;
  for (let match = LINE_CUE.exec(before); match !== null; match = LINE_CUE.exec(before)) last = match;
  if (last === null || SERVICE_CUE.test(before.replace(LINE_CUE, " "))) return false;
  const between = before.slice(last.index + last[0].length);
  return SENTENCE_END.test(between) || fullNameBefore(text, start);
}

/** A head-office word up to 120 characters before the number, in the same sentence, with no personal cue between. */
function headOfficeBefore(text: string, start: number, present: Present): boolean {
  return (present.headOffice && officeWordBefore(text, start, HEAD_OFFICE_CUE)) || (present.serviceClause && officeWordBefore(text, start, SERVICE_CLAUSE_CUE));
}

/**
 * A business's own birthday (session 51 review): "Our café's bday: 14/02/2015", "Our bakery's birthday: …" — the
 * business or museum word ends at most 16 characters before the date, in its sentence: its founding day, nobody's birth.
 * A person after the cue ("Our café's new barista Tom Weber, bday: …") is further away and keeps the date.
 */
function businessBirthday(text: string, start: number, present: Present): boolean {
  if (!present.headOffice) return false;
  const before = textWindow(text, start - 60, start);
  const cue = HEAD_OFFICE_CUE.exec(before);
  return cue !== null && before.length - cue.index - cue[0].length <= 16 && !SENTENCE_BREAK.test(before.slice(cue.index));
}

/** `cue` (a head-office or service word) up to 120 characters before the number, in its sentence, no personal cue between. */
function officeWordBefore(text: string, start: number, pattern: RegExp): boolean {
  const before = textWindow(text, start - 120, start);
  const cue = pattern.exec(before);
  if (cue === null) return false;
  const between = before.slice(cue.index);
  // Abbreviations aside, a sentence end or a line break ends the office's sentence. The cue itself may hold a personal
  // word ("our store"): the personal cue and a person's full name are looked for after it.
  const after = before.slice(cue.index + cue[0].length);
  return !SENTENCE_BREAK.test(between.replace(ABBREVIATION_DOT, "  ")) && !PERSONAL_CUE.test(after) && !fullNameIn(after);
}

/** An organisation's legal form or imprint shortly before the value, in a block that names no person and no mobile line. */
function organisationBefore(text: string, start: number, present: Present): boolean {
  if (!present.organisation) return false;
  const before = textWindow(text, start - 160, start);
  PARAGRAPH_BREAK.lastIndex = 0;
  let blockStart = 0;
  for (let found = PARAGRAPH_BREAK.exec(before); found !== null; found = PARAGRAPH_BREAK.exec(before)) blockStart = found.index + found[0].length;
  let block = before.slice(blockStart);
  // The writer's request naming a published page on its own line above ("Formuliere unser Impressum um:") opens no
  // paragraph of its own: the organisation heads what follows (session 54 review, dev-99).
  const firstBreak = block.indexOf("\n");
  if (firstBreak >= 0 && pageRequestLine(block.slice(0, firstBreak))) block = block.slice(firstBreak + 1);
  const match = LEGAL_FORM_AFTER_NAME.exec(block);
  // The organisation heads its paragraph (a letterhead, an imprint, a shop listing), not a signature under a person's name.
  if (match === null || block.slice(0, match.index).includes("\n")) return false;
  // A person named in the block (a name field, an honorific, a contact person) or a mobile line makes it theirs.
  if (PERSON_LABEL.test(block) || MOBILE_LABEL.test(block.slice(-32))) return false;
  if (personOnValueLine(block.slice(block.lastIndexOf("\n") + 1))) return false;
  return !PERSONAL_CUE.test(block.slice(match.index + match[0].length));
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
/** A published page's name (imprint, footer, website, contact page) in the writer's request line above a record. */
const PAGE_WORD =
  /(?<![\p{L}])(?:impressum|imprint|footer|fußzeile|homepage|website|webseite|site web|sitio web|pie de página|piè di pagina|stopk\p{L}*|contact page|kontaktseite|page (?:de )?contact|mentions légales|aviso legal|letterhead|briefkopf|colofon|colophon)(?![\p{L}])/iu;
/** A request line that names a published page and ends with a colon. */
function pageRequestLine(line: string): boolean {
  const trimmed = line.trimEnd();
  return (trimmed.endsWith(":") || trimmed.endsWith("：")) && PAGE_WORD.test(trimmed);
}

/** A mobile line is carried by a person, even on a company's card. */
const MOBILE_LABEL = /mobile|cell|handy|m[óo]vil|celular|cellulare|portable|mobiel|komórk|mobil|сотов|мобильн|(?<![\p{L}])cep(?![\p{L}])|携帯|手机|휴대/iu;

/**
 * An amount whose subject is an organisation: a legal-form name earlier in the passage ("García Hermanos S.L.
 * facturó 2,3 millones y tiene una deuda de 400.000 €"), and between it and the amount no person (two
 * capitalised words in a row, a person label, a personal cue). Company results are not a person's money.
 */
function organisationAmount(text: string, start: number, present: Present): boolean {
  if (!present.organisation) return false;
  const before = textWindow(text, start - 160, start);
  const paragraph = before.lastIndexOf("\n");
  const block = paragraph >= 0 ? before.slice(paragraph + 1) : before;
  const match = LEGAL_FORM_AFTER_NAME.exec(block);
  if (match === null) return false;
  const between = block.slice(match.index + match[0].length);
  return !PERSON_NAME_PAIR.test(between) && !PERSON_LABEL.test(between) && !PERSONAL_CUE.test(between);
}

const PERSON_NAME_PAIR = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+/u;

/** A service word in brackets or after a dash right after the number ("910 … (atención al cliente)"). */
const SERVICE_AFTER = /^\s*[(–—-]/;

/**
 * An organisation's acronym owning the number later in its clause ("Is 0300 200 3300 really HMRC's number?", "… is the
 * ATO's helpline"): three to six capitals and "'s", then the number word (session 50, dev-84). Initials of a person
 * ("JD's number") have two letters.
 */
const ACRONYM_OWNER_AFTER =
  /^[^.!?;\n]{0,30}?(?<![\p{L}])\p{Lu}{3,6}['’]s[ \t]+(?:(?:own|main|phone|contact|enquiries|general)[ \t]+)?(?:number|line|helpline|hotline|phone)(?![\p{L}])/u;

/**
 * A note in brackets right after the number saying it is a person's own line ("06 47 29 81 30 (perso) plutôt qu'au
 * standard", "(privat)", "(personal)", "(cell)": session 51, dev-89): a service word later in the clause names the
 * line it is preferred to, not this one's owner.
 */
const PERSONAL_NOTE_AFTER =
  /^\s?\(\s?(?:perso|personal|personnel|private|privat|privé|privée|privado|privada|particular|home|cell|mobile|handy|portable|móvil|movil|celular)\s?\)/iu;

function serviceAfter(text: string, start: number, end: number, present: Present): boolean {
  const after = textWindow(text, end, end + 32);
  if (PERSONAL_NOTE_AFTER.test(after)) return false;
  if (PLACE_NOTE_AFTER.test(after) || DESK_NOTE_AFTER.test(after)) return true;
  if (DEPARTMENT_NOTE_AFTER.test(after) && !CJK_MOBILE_DIGITS.test(text.slice(start, end).replace(IS_SERVICE_OR_REFERENCE_NUMBER_PATTERN_1, ""))) return true;
  if (ACRONYM_OWNER_AFTER.test(textWindow(text, end, end + 60))) return true;
  if (!present.service) return false;
  return SERVICE_AFTER.test(after) && SERVICE_CUE.test(after);
}

/**
 * A note in brackets right after the number saying it is a shop's, hotel's or office's ("0728 828 922 (librărie)",
 * "+254 20 275 7000 (front desk)": session 49, dev-81).
 */
const PLACE_NOTE_AFTER =
  /^\s?\(\s?(?:shop|store|bookshop|bookstore|hotel|restaurant|pharmacy|clinic|hospital|office|reception|front desk|switchboard|librărie|librăria|magazin|tienda|librería|farmacia|loja|livraria|toko|kantor|sklep|księgarnia|apteka|winkel|boekhandel|laden|buchhandlung|apotheke|praxis|boutique|librairie|magasin|pharmacie|negozio|libreria|cửa hàng|hiệu sách|mağaza|eczane|магазин|аптека|книгарня|κατάστημα|βιβλιοπωλείο|φαρμακείο)\s?\)/iu;

/**
 * A desk named in brackets right after the number, after at most a few words of its organisation: "+442079331168 (Acme
 * Support)", "(IT helpdesk)", "(Northgate customer service)" (session 51, dev-87).
 */
const DESK_NOTE_AFTER = /^\s?\((?:[\p{L}&.'’-]{1,20}[ \t]){0,3}(?:support|helpdesk|help desk|hotline|helpline|customer service|customer care|switchboard)\)/iu;

/**
 * Session 54: a personnel or general-affairs department named in brackets right after a landline ("联系电话 021-6438
 * 2100（人事部）", "(HR department)", "（総務課）", "(인사팀)"): a job advert's or a notice's employer line. Not after a mobile
 * number (a colleague's own phone listed with their department: "王丽 138 1234 5678（人事部）").
 */
const DEPARTMENT_NOTE_AFTER =
  /^\s?[(（]\s?(?:人事部|人事处|人事處|人事科|人事課|人力资源部|人力資源部|总务部|總務部|総務部|総務課|人事総務部|인사팀|인사부|총무팀|총무부|HR(?: department| dept\.?| office)?|human resources|personnel office|Personalabteilung|ressources humaines|recursos humanos|risorse umane)\s?[)）]/iu;
/** A mobile number's digits (country code optional): China 1[3-9] + 9, Japan 0[789]0 + 8, Korea 01x + 7–8. */
const CJK_MOBILE_DIGITS = /^(?:(?:86)?1[3-9]\d{9}|(?:81)?0?[789]0\d{8}|(?:82)?0?1[016789]\d{7,8})$/;

/** Opening hours in the same passage as a phone number: the shop's or office's line. */
function openingAround(text: string, start: number, end: number, present: Present): boolean {
  return present.opening && !personalBefore(text, start) && OPENING_CUE.test(textWindow(text, start - 120, end + 100));
}

/** An address in an itinerary or a sightseeing list is a sight's. */
function tourismAround(text: string, start: number, end: number, present: Present): boolean {
  return present.tourism && !personalBefore(text, start) && TOURISM_CUE.test(textWindow(text, start - 200, end + 60));
}

/** A form label right before a date ("DOB:", "生年月日：", "تاريخ الميلاد:"): the date is a record's field, not a plot's. */
const BIRTH_LABEL_BEFORE =
  /(?:d\.?o\.?b\.?|date of birth|birth ?date|born:|geb\.|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|doğum tarihi|дата рождения|ngày sinh|生年月日|出生日期|出生年月日|생년월일|تاريخ الميلاد|जन्म तिथि|जन्मतिथि)\s*[:=：]?\s*$/iu;

/**
 * A story cue on the value's line (200 characters before, 100 after) with no personal cue just before the value, for
 * an address with no postal code or a date with no form label: "role-play the bank: caller Maria Keller, DOB …" and
 * "the D&D group meets at Tom's, 14 Elm Street, Bristol BS1 4DJ" are real records.
 */
/** A counting run's number in a line about a film, play or story being written, not told as the writer's own. */
function countingRunOnScreen(text: string, start: number, end: number, present: Present): boolean {
  if (!present.screen || !COUNTING_RUN.test(text.slice(start, end).replace(/\D/g, ""))) return false;
  const before = textWindow(text, start - 200, start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const around = line + " " + textWindow(text, end, end + 100).split("\n", 1)[0];
  return SCREEN_CUE.test(around) && !OWN_NUMBER.test(around);
}

function storyAround(text: string, start: number, end: number, present: Present, category: string): boolean {
  if (!present.story || personalBefore(text, start)) return false;
  if (category === "street_address" ? hasPostcode(text.slice(start, end)) : BIRTH_LABEL_BEFORE.test(textWindow(text, start - 40, start))) return false;
  const before = textWindow(text, start - 200, start);
  const after = textWindow(text, end, end + 100);
  return STORY_CUE.test(before.slice(before.lastIndexOf("\n") + 1) + " " + after.split("\n", 1)[0]);
}

/**
 * A test or example cue in the 40 characters before the value and no personal cue in them ("Mein Handy für den Test: …"
 * stays); a cue that opens a parenthesis ("día, mes y año (ej.: 05/11/1990)") is read from the parenthesis on (session 41).
 * Not read under `privacy.testValues: sensitive`, nor is SYNTHETIC_CUE (publicContextJudge clears both families).
 */
/**
 * An example label opening the value's line ("Exemple : Marie Martin, née le …, 12 rue de la Paix …", "Beispiel: …",
 * "[예시] 이름: …", "記入例：…", "示例：…", "Beispiel einer Telefonnummer im internationalen Format: …"), or an example word in
 * the line's heading before its first colon ("libphonenumber example numbers: …", "Beispiel-JSON: …"): the whole line
 * is the example, however far the value stands from the label (session 46, dev-69). Not with a personal cue, a denial
 * or "real" (REAL_DATA_CUE) between the line start and the value; the line start is looked for in the 200 characters
 * before the value only. Honours `privacy.testValues` (the gates are off when it is `sensitive`).
 */
const EXAMPLE_LINE_LABEL =
  /^[ \t#*>-]*[[【(（]?[ \t]*(?:examples?|sample|beispiel|exemple|ejemplo|esempio|exemplo|voorbeeld|przykład|пример|예시|샘플|記入例|示例|样例|範例)(?:[ \t]+(?:of|for|für|einer?|eines|de|d'une?|du|des|van|voor|di|per|для)(?![\p{L}])[^:：\n.!?]{0,60})?[ \t]*(?:[\]】)）][ \t]*[:：]?|[:：])/iu;

/**
 * A heading that asks to follow an example ("format this like the example:", "按照示例整理：", "예시처럼 정리해 줘:",
 * "wie im Beispiel:"): the values after it are the writer's, laid out as the example shows.
 */
const FOLLOW_EXAMPLE =
  /(?<![\p{L}])(?:like|as in|following|follow|according to|based on|per|wie|nach|gemäß|comme|selon|como|según|seguendo|volgens|zoals)(?![\p{L}])|按照|依照|参照|參照|参考|參考|根据|根據|像|仿照|(?<![護护])照|처럼|같이|대로|맞춰|のように|に従って|通り|を参考/iu;

/** A heading ends at the line's first colon within this many characters of the line start. */
const EXAMPLE_HEAD_LENGTH = 80;
const LINE_COLON = /[:：]/u;

/** A birth date after its form label, or an address with its postcode: a record's field. */
function recordValue(text: string, start: number, end: number, category: string): boolean {
  if (category === "street_address") return hasPostcode(text.slice(start, end));
  return category === "date_of_birth" && BIRTH_LABEL_BEFORE.test(textWindow(text, start - 40, start));
}

function exampleLine(text: string, start: number, end: number, category: string, present: Present): boolean {
  if (!present.test && !present.exampleHead) return false;
  const from = Math.max(0, start - 200);
  const line = text.slice(from, start);
  const newline = line.lastIndexOf("\n");
  if (newline < 0 && from > 0) return false;
  const prefix = line.slice(newline + 1);
  const colon = prefix.search(LINE_COLON);
  // A heading's example word does not pass a record's labelled birth date or an address with its postcode ("This is a
  // fictional example: Anna Weber, DOB …": session 37's rule for story cues); a label opening the line does.
  const head = colon >= 0 && colon <= EXAMPLE_HEAD_LENGTH ? prefix.slice(0, colon) : "";
  const heading = EXAMPLE_HEAD.test(head) && !FOLLOW_EXAMPLE.test(head) && !recordValue(text, start, end, category);
  const labelled = EXAMPLE_LINE_LABEL.test(prefix) || heading;
  return labelled && !PERSONAL_CUE.test(prefix) && !NEGATED_TEST.test(prefix) && !REAL_DATA_CUE.test(prefix);
}

/**
 * An example word inside a request to lay the values out like the example ("按照示例格式整理：", "예시처럼 정리해 줘",
 * "照示例填写", "예시대로"): the values that follow are the writer's, not examples (session 46, dev-70).
 */
const FOLLOW_BEFORE_CUE = /(?:按照|按|依照|(?<![護护])照|参照|參照|参考|參考|根据|根據|仿照|像)[ \t]?$/u;
const FOLLOW_AFTER_CUE = /^[ \t]?(?:처럼|같이|와 같이|대로|에 맞춰|格式|的格式|那样|那樣|一样|一樣)/u;

/** The first test cue in `before` that is not part of a follow-the-example request. */
function declaringCue(before: string): RegExpExecArray | null {
  TEST_CUE_ALL.lastIndex = 0;
  for (let cue = TEST_CUE_ALL.exec(before); cue !== null; cue = TEST_CUE_ALL.exec(before)) {
    const after = before.slice(cue.index + cue[0].length, cue.index + cue[0].length + 6);
    if (!FOLLOW_BEFORE_CUE.test(before.slice(Math.max(0, cue.index - 3), cue.index)) && !FOLLOW_AFTER_CUE.test(after)) return cue;
  }
  return null;
}

function testValueBefore(text: string, start: number, present: Present): boolean {
  if (!present.test) return false;
  const before = textWindow(text, start - 40, start);
  const cue = declaringCue(before);
  if (cue === null || !abbreviationAtValue(before) || !cueLabelsValue(before) || MEDICAL_TEST.test(before) || NEGATED_TEST.test(before)) return false;
  return !PERSONAL_CUE.test(PARENTHESIS_BEFORE.test(before.slice(0, cue.index)) ? before.slice(cue.index) : before);
}

const TEST_CUE_ALL = new RegExp(TEST_CUE.source, "giu");

/** The last match of a global pattern in `text`, or null. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) last = found;
  return last;
}
/** Between an example abbreviation and its value: punctuation and spaces only ("z. B. 0151 …", "(ej.: 05/11/1990)"). */
const ABBREVIATION_GAP = /^[^\p{L}\p{N}]{0,4}$/u;

/**
 * The last cue before the value, when it is an example abbreviation (a cue with a dot: e.g., z. B., ej., np., p. ex.),
 * stands right before the value: "Ruf Lena an, z. B. unter 0151 …" is Lena's number (session 41 review). Word cues
 * ("test", "for example", "Beispiel") keep their 40 characters.
 */
function abbreviationAtValue(before: string): boolean {
  const last = lastMatch(TEST_CUE_ALL, before);
  return last === null || !last[0].includes(".") || ABBREVIATION_GAP.test(before.slice(last.index + last[0].length));
}

/** A field separator of a record (HL7's `^`, `~`, or two `|`): the cue is another field's word. */
const FIELD_SEPARATORS = /[\^~]|\|[^|\n]*\|/u;

/**
 * The last cue labels the value: it is no component of a record's field (`ABERNATHY^TEST||19890722`: a given name) and
 * no record field stands between it and the value (session 41: a "test" word several fields earlier dropped a real
 * patient's birth date). A table row keeps its label ("| Test phone | 0151 … |").
 */
function cueLabelsValue(before: string): boolean {
  const last = lastMatch(TEST_CUE_ALL, before);
  if (last === null) return true;
  const rest = before.slice(last.index + last[0].length);
  if (bareTestHeading(last[0], rest)) return false;
  return !FIELD_COMPONENT_BEFORE.test(before.slice(0, last.index)) && !FIELD_SEPARATORS.test(rest);
}

/** The cue is a bare "Test" word with a line break after it and no declared test record on its line (a heading). */
function bareTestHeading(cue: string, rest: string): boolean {
  return BARE_TEST.test(cue) && rest.includes("\n") && !DECLARED_TEST_RECORD.test(rest);
}

/** The last cue in `before` is a bare "Test" heading over the value's line (session 42: also for declared test values). */
function underBareTestHeading(before: string): boolean {
  const last = lastMatch(TEST_CUE_ALL, before);
  return last !== null && bareTestHeading(last[0], before.slice(last.index + last[0].length));
}

/**
 * A bare "Test" word labels values on its own line only: a "Test:" heading over "Name: …\nDOB: …" is no declared test
 * record (session 41), while "Test data:", "Testdaten", "test record" declare the lines below.
 */
const BARE_TEST = /^test(?:s|ing)?$/iu;
/** What makes a bare "Test" word a declared test record: data, record, patient … right after it, on its line. */
const DECLARED_TEST_RECORD = /^[ \t-]*(?:data|records?|patients?|values?|fixtures?|entr(?:y|ies)|users?|accounts?|cases?)(?![\p{L}])/iu;

/** A record's component or field separator right before the cue (`^TEST`, `|TEST`). */
const FIELD_COMPONENT_BEFORE = /[\^~|]$/u;

/** An opening parenthesis right before a cue. */
const PARENTHESIS_BEFORE = /[(（]\s*$/u;

/**
 * A date after a comparison in a query ("WHERE dob < '2000-01-01'", "dob >= DATE '1990-01-01'", "BETWEEN '1980-01-01'
 * AND '1989-12-31'"): a threshold that selects rows, nobody's birth date (session 46). The date is quoted, so an X12
 * `DMG>D8>19740911` or an XML `<Value>1991-02-14` is no comparison; equality ("dob = '1985-03-12'") looks one person up
 * and still counts.
 */
const COMPARISON_BEFORE =
  /(?:[\p{L}\p{N}_)\]\s][ \t]*[<>]=?[ \t]*(?:date[ \t]*)?['"]|(?<![\p{L}])between[ \t]+(?:date[ \t]+)?['"]|(?<![\p{L}])between[ \t]+(?:date[ \t]+)?['"][\d./-]{6,10}['"][ \t]+and[ \t]+(?:date[ \t]+)?['"])$/iu;

function comparedDate(text: string, start: number): boolean {
  return COMPARISON_BEFORE.test(textWindow(text, start - 40, start));
}

/**
 * A birth date beside a well-known person named in Han, Kana or Hangul, or in a historical life span (session 46,
 * dev-69: "大谷翔平（1994年7月5日生まれ）は…", "손흥민(1992년 7월 8일생)은 …"), on the date's sentence-sized window (80
 * characters before, 120 after), with no personal cue just before the date ("我的偶像…" keeps it).
 */
function scriptPublicPersonBirthDate(text: string, start: number, end: number): boolean {
  return !personalBefore(text, start) && namesPublicPersonInScripts(textWindow(text, start - 80, end + 120));
}

function isPublicBirthDate(text: string, start: number, end: number, present: Present): boolean {
  if (!present.role && !present.birth) return false;
  const before = textWindow(text, start - 80, start);
  if (PERSONAL_CUE.test(before)) return false;
  if (present.role && PUBLIC_ROLE.test(before + textWindow(text, end, end + 60))) return true;
  const year = IS_PUBLIC_BIRTH_DATE_PATTERN_1.exec(text.slice(start, end));
  if (year === null || Number(year[1]) > HISTORIC_BEFORE || !present.birth || !BIRTH_VERB.test(before.slice(-30))) return false;
  // A family notice or a relative's life story is not history, however old the person (session 37: "È mancata …
  // Giuseppina Russo, nata il 7 marzo 1935. Ne danno il triste annuncio i figli").
  return !PRIVATE_SUBJECT.test(textWindow(text, start - 300, end + 200));
}

const IMPRINT_HEADING_ALL = new RegExp(IMPRINT_HEADING.source, "giu");
const LINE_INDENT = /^[ \t#*]*$/;
/**
 * What may follow a heading on its line: punctuation ("Impressum", "## Contact us:", "Künye —") or a short tail without
 * Latin letters or digits ("特定商取引法に基づく表記"); a sentence ("Contact us if …") is no heading.
 */
const HEADING_REST = /^[ \t:：.*#\-–—]*$|^[^\p{Script=Latin}\p{N}\n]{1,12}$/u;
/** A heading's line and the two lines after it: the legal form stands there. */
const HEAD_LINES = /^[^\n]*(?:\n[^\n]*){0,2}/;
/** A private owner labelled on the value's line ("Privat:", "private", "personnel", "prywatny"). */
const PRIVATE_LABEL =
  /(?<![\p{L}])(?:privat\p{L}*|private|personal|persönlich|personnel(?:le)?|particular|prywatn\p{L}*|particulier|privé|privado|privato|частн\p{L}*|личн\p{L}*|kişisel)(?![\p{L}])|個人|个人|私用|개인/iu;

/**
 * A person owns the value's line: a person label, a personal cue, a private label, or a first and last name before the
 * value on its line ("Jana Krüger, Lindenweg 4 …", "Sarah Collins: 07831 …"; session 41 review).
 */
function personOnValueLine(line: string): boolean {
  return PERSON_LABEL.test(line) || PERSONAL_CUE.test(line) || PRIVATE_LABEL.test(line) || fullNameIn(line);
}

/**
 * A first and a last name (two known names in a row) anywhere in `line`. A street word that is also a given name,
 * before a house number, is the street (session 42, dev-48: Swedish "Calle" in "Calle Mayor 3, 03001 Alicante").
 */
function fullNameIn(line: string): boolean {
  for (const pair of line.matchAll(CAPITALISED_PAIR)) {
    if (!isFullNamePair(pair[1]!, pair[2]!)) continue;
    const end = pair.index + pair[0].length + pair[2]!.length;
    if (STREET_WORD.test(pair[1]!) && HOUSE_NUMBER_AFTER.test(line.slice(end, end + 40))) continue;
    // Session 53 (dev-94): a saint's or person's name inside a street's name ("Carrera de San Jerónimo 46", "Rue de
    // Marie Curie 5"): the street word a linking word before it, the house number after.
    if (STREET_BEFORE.test(line.slice(Math.max(0, pair.index - 24), pair.index)) && HOUSE_NUMBER_AFTER.test(line.slice(end, end + 40))) continue;
    return true;
  }
  return false;
}

const STREET_WORD = /^(?:calle|carrer|carrera|rua|via|viale|rue|avenida|avinguda|paseo|passeig|plaza|piazza|travessa|largo|camino|ronda)$/iu;
/** A street word and its linking words right before a name ("Carrera de ", "Rue du ", "Calle de la "). */
const STREET_BEFORE =
  /(?<![\p{L}])(?:calle|carrer|carrera|rua|via|viale|rue|avenida|avinguda|paseo|passeig|plaza|piazza|travessa|largo|camino|ronda)[ \t]+(?:(?:de|del|della|di|da|do|dos|das|du|des|la|las|los|le|l['’])[ \t]*){0,2}$/iu;
/** A house number after the street's name (up to three more words: "Calle Sol de Oro 3", "Rua Augusta, 12"). */
const HOUSE_NUMBER_AFTER = /^(?:[ \t]+[\p{L}'’.-]+){0,3}?[ \t]*,?[ \t]*(?:n[º°o]\.?[ \t]*)?\d/u;

/**
 * An imprint or contact heading alone on its line up to 400 characters before the value, then a company's legal form or
 * register word (LEGAL_FORM_AFTER_NAME) within the heading's next two lines, no blank line between, and on the value's
 * line no person (personOnValueLine) and no mobile label: the value is the company's (session 41: Impressum, note
 * legali, 联系我们 …). A heading word in a sentence ("Contact us if …") or a company named further down opens no block.
 */
function imprintBlockBefore(text: string, start: number, present: Present): boolean {
  if (!present.imprint || !present.organisation) return false;
  const from = Math.max(0, start - 400);
  const before = text.slice(from, start);
  let heading = -1;
  IMPRINT_HEADING_ALL.lastIndex = 0;
  for (let found = IMPRINT_HEADING_ALL.exec(before); found !== null; found = IMPRINT_HEADING_ALL.exec(before)) {
    const lineEnd = before.indexOf("\n", found.index);
    const rest = before.slice(found.index + found[0].length, lineEnd < 0 ? before.length : lineEnd);
    if (LINE_INDENT.test(before.slice(before.lastIndexOf("\n", found.index) + 1, found.index)) && HEADING_REST.test(rest)) heading = found.index;
  }
  if (heading < 0) return false;
  const block = before.slice(heading);
  PARAGRAPH_BREAK.lastIndex = 0;
  if (PARAGRAPH_BREAK.test(block) || !LEGAL_FORM_AFTER_NAME.test(HEAD_LINES.exec(block)?.[0] ?? "")) return false;
  const line = block.slice(block.lastIndexOf("\n") + 1);
  return !personOnValueLine(line) && !MOBILE_LABEL.test(line.slice(-32));
}

/**
 * Digits right after a register, tax or VAT label ("USt-ID: DE 318 447 102", "KvK 71234567") are no phone number; a
 * number written with its "+" country code is dialled, never a register's, and a person on the line before the label
 * ("Lukas Becker, Handelsregister 0151 …") owns it (session 41 review).
 */
function registerNumber(text: string, start: number, present: Present): boolean {
  if (!present.register || text[start] === "+" || !REGISTER_CUE.test(textWindow(text, start - 40, start))) return false;
  return !personOnValueLine(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
}

/**
 * A tax or register number after its label, with a company's legal form earlier on the line ("Drukarnia Orion sp. z
 * o.o., NIP 5252248481"): the company's number, not a person's (session 41). A person's name field on the line keeps it.
 */
function companyRegisterNumber(text: string, start: number, present: Present): boolean {
  if (!present.register || !present.organisation) return false;
  const before = textWindow(text, start - 40, start);
  const cue = REGISTER_CUE.exec(before);
  if (cue === null) return false;
  const cueAt = start - before.length + cue.index;
  const line = text.slice(text.lastIndexOf("\n", cueAt - 1) + 1, cueAt);
  const organisation = lastMatch(ORGANISATION_CUE_ALL, line);
  if (organisation === null || PERSON_LABEL.test(line) || PERSONAL_CUE.test(line)) return false;
  // A person named between the company and the label ("Orion sp. z o.o. — zlecenie od Jan Nowak, NIP …") owns the number.
  return !PERSON_NAME_PAIR.test(line.slice(organisation.index + organisation[0].length));
}

const ORGANISATION_CUE_ALL = new RegExp(ORGANISATION_CUE.source, "giu");

const isNamePart = (part: string) => part.length >= 3 && isPersonName(part);

/** The local part holds a known first name or surname (`jana.krueger@`, `s.adeyemi@`): a person's mailbox. */
function namesPerson(value: string): boolean {
  return localParts(value.slice(0, Math.max(0, value.lastIndexOf("@"))), false, isNamePart);
}

/**
 * A role word beside a unit's name (`chemistry-admin@`; not `whitworth.groups@`, a surname). A `+tag` is a person's
 * sub-address (`kenji+invoices@`), never a role.
 */
function departmentMailbox(value: string, free: boolean): boolean {
  const local = value.slice(0, Math.max(0, value.lastIndexOf("@")));
  if (local.includes("+") || free) return false;
  return localParts(local, false, isRoleWord) && !namesPerson(value);
}

/** A free-mail provider's mailbox (`@gmail.com`, `@web.de`): a person's own, whatever its words (session 41 review). */
function freeMail(value: string): boolean {
  return FREE_MAIL_DOMAIN.test(value.slice(value.lastIndexOf("@") + 1));
}

/**
 * A correspondence label: the cue, then (a "to", "author" or "e-mail" word and) a colon before the value ("*
 * Correspondence: …", "Для корреспонденции: …", "Corresponding author: H. Okafor, …"); "forward all correspondence to …"
 * is a sentence, not a label (session 41 review).
 */
const CORRESPONDENCE_LABEL = /^[ \t*†‡]*(?:(?:to|author|address|e-?mail|à|a|an)[ \t]*)?[:：]/iu;
const CORRESPONDENCE_CUE_ALL = new RegExp(CORRESPONDENCE_CUE.source, "giu");

function correspondenceLabelBefore(text: string, start: number): boolean {
  const before = textWindow(text, start - 60, start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const cue = lastMatch(CORRESPONDENCE_CUE_ALL, line);
  return cue !== null && CORRESPONDENCE_LABEL.test(line.slice(cue.index + cue[0].length));
}

/**
 * A mailbox that is published, not a person's private one: a role mailbox (info@, press@ …), a corresponding author's
 * address after its paper's correspondence label (session 41), or a mailbox without a name in a company's imprint
 * block. A free-mail address is a person's own: no published cue vouches for it (session 41 review).
 */
function publishedMailbox(text: string, start: number, value: string, free: boolean, roleOrDepartment: boolean, present: Present): boolean {
  if (roleOrDepartment) return true;
  if (free) return false;
  if (present.correspondence && correspondenceLabelBefore(text, start)) return true;
  return imprintBlockBefore(text, start, present) && !namesPerson(value);
}

/**
 * An e-mail address that is nobody's private one: a machine mailbox (lists, bounces, forge noreply: session 42), or a
 * published mailbox with no personal cue before it. For a role or department mailbox the cue is read on the value's
 * own line only, and "our" is none (an organisation's voice: "Our security.txt:\n…Contact: security@…", "Our DMARC
 * record: … rua=mailto:dmarc-reports@…"; session 42, dev-46); "my e-mail is info@annas-atelier.de" keeps its cue.
 */
function judgeMailbox(text: string, start: number, end: number, present: Present): boolean {
  const value = text.slice(start, end);
  const free = freeMail(value);
  const machine = machineMailbox(value, free);
  if (machine === "robot") return !personsListRobot(text, start, value);
  if (machine === "list" && personsProjectAddress(text, start, value)) return false;
  if (machine !== undefined && !(machine === "shape" && namesPerson(value) && !DIGIT.test(value)) && !personalOnLine(text, start, 24)) return true;
  const local = value.slice(0, Math.max(0, value.lastIndexOf("@")));
  if ((free && isDeveloperRole(local)) || surnameBefore(text, start, local)) return false;
  // A department's own contact line ("Accounts Payable: …, ap@…"; place-sign-lines.ts, session 55).
  if (!free && !namesPerson(value) && departmentContactLine(text, start, PLACE_SIGN_TESTS)) return true;
  // A test assertion's quoted literal is the code's fixture (code-assertions.ts, session 55).
  if (!(free && namesPerson(value)) && inCodeAssertion(text, start, end)) return true;
  // A place's one-line sign or footer holds its own address (place-sign-lines.ts, session 54 review).
  if (!free && present.place && !namesPerson(value) && placeSignLineMailbox(text, start, PLACE_SIGN_TESTS)) return true;
  // A legislature publishes its members' office addresses (legislature-mailboxes.ts, session 44).
  if (isLegislatureMailbox(value)) return !personalBefore(text, start);
  // Role and department answered once for both questions (session 47: each built its strings again, ~1 KB an address).
  const roleOrDepartment = isRoleMailbox(value) || departmentMailbox(value, free);
  if (!publishedMailbox(text, start, value, free, roleOrDepartment, present)) return false;
  if (!roleOrDepartment) return !personalBefore(text, start);
  return !personalOnLine(text, start);
}

/**
 * A project-list shape whose first word is the first name of a person written before it ("contact Anna at
 * anna-dev@weber.org", session 43): the person's address; "curl-library@", "linux-kernel@" stay lists.
 */
function personsProjectAddress(text: string, start: number, value: string): boolean {
  const hyphen = value.indexOf("-");
  if (hyphen <= 0 || hyphen > value.lastIndexOf("@")) return false;
  const first = value.slice(0, hyphen);
  return isNamePart(first.toLowerCase()) && nameWrittenBefore(text, start, first);
}

/** The local part's word, capitalised, is written as a word in the 80 characters before the address. */
function nameWrittenBefore(text: string, start: number, word: string): boolean {
  const name = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  const from = Math.max(0, start - 80);
  const at = text.slice(from, start).lastIndexOf(name);
  return at >= 0 && !LETTER.test(text[from + at + name.length] ?? "");
}

/**
 * A list robot's suffix after a person's first name, with a personal cue on the line or that name written before it
 * (session 43 review): "my email: tom-owner@tomsbikes.co.uk", "email Anna Weber at anna-request@…" are a person's;
 * "pgsql-hackers-unsubscribe@", and "To leave the list, write to dev-leave@…" (no cue, no Dev before) are robots.
 */
function personsListRobot(text: string, start: number, value: string): boolean {
  const stem = listRobotStem(value);
  if (stem === undefined || DIGIT.test(stem) || !namesPerson(stem)) return false;
  if (personalOnLine(text, start, 24)) return true;
  return nameWrittenBefore(text, start, stem.slice(0, stem.lastIndexOf("@")));
}

/**
 * A personal cue on the value's own line, "our" aside; a line that starts with the value also reads the line before
 * when that one ends in a colon, a label for it ("My e-mail:\nreports@okafor-books.co.uk", session 42 review). A machine
 * address reads 24 characters only: a header line's `header.i=` is no "I".
 */
function personalOnLine(text: string, start: number, width = 50): boolean {
  const before = textWindow(text, start - width, start);
  const lineStart = before.lastIndexOf("\n");
  let line = before.slice(lineStart + 1);
  if (lineStart >= 0 && LABEL_LINE_END.test(before.slice(0, lineStart)) && line.trim() === "") line = before.slice(0, lineStart);
  return PERSONAL_CUE.test(line.replace(OUR_WORD, "   "));
}

/** "our" as a word (replaced by spaces before PERSONAL_CUE reads a role mailbox's line). */
const OUR_WORD = /(?<![\p{L}\p{N}])our(?![\p{L}\p{N}])/giu;
const LABEL_LINE_END = /[:：][ \t]*\r?$/;

/**
 * The local part is the surname of a person named right before ("Contact Mark Jenkins at jenkins@…", "Sarah Jenkins
 * <jenkins@…>": a known first name or a capitalised word inside a sentence before it): a role word that is a family name
 * is the person's address (session 42 review); "Our Jenkins sends mail from jenkins@…" names a server.
 */
function surnameBefore(text: string, start: number, local: string): boolean {
  if (local.length < 3 || !isRoleMailbox(`${local}@x`)) return false;
  const before = textWindow(text, start - 80, start);
  const surname = local[0]!.toUpperCase() + local.slice(1).toLowerCase();
  for (let at = before.indexOf(` ${surname}`); at >= 0; at = before.indexOf(` ${surname}`, at + 1)) {
    const after = before[at + 1 + surname.length];
    const first = CAPITALISED_WORD_END.exec(before.slice(0, at));
    if ((after === undefined || !LETTER.test(after)) && first !== null && (isPersonName(first[0]) || !SENTENCE_START.test(before.slice(0, first.index))))
      return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
/** A machine address's token holds digits (`bounce-mc.us5_1234567-ref@`); a person's `reply.anna@` does not. */
const DIGIT = /\d/;
const CAPITALISED_WORD_END = /(?<![\p{L}])\p{Lu}\p{Ll}+$/u;
/** Where a capital opens a sentence or line ("Our Jenkins sends …"), not a first name. */
const SENTENCE_START = /(?:^|[.!?\n])[ \t]*$/;

/**
 * An officer's pay in a published disclosure (session 41): a remuneration, proxy or annual report named within 400
 * characters before the amount and an executive role within 160 before it, with no personal cue right before: a listed
 * company's reported pay of its CEO or board, as the law has it published.
 */
function publishedOfficerPay(text: string, start: number, end: number, present: Present): boolean {
  if (!present.disclosure || !present.executive || personalBefore(text, start)) return false;
  if (!DISCLOSURE_CUE.test(textWindow(text, start - 400, end))) return false;
  const before = textWindow(text, start - 160, start);
  const role = lastMatch(EXECUTIVE_ROLE_ALL, before);
  if (role === null) return false;
  // The officer is the amount's subject: no sentence ends between (titles and units aside), and no one else of theirs
  // ("the CEO's driver, Tom Hale, earns £31,000" is the driver's pay; session 41 review).
  const between = before.slice(role.index + role[0].length);
  return !OFFICER_SENTENCE_END.test(between.replace(TITLE_DOT, "  ")) && !OTHERS_OF_OFFICER.test(between);
}

const EXECUTIVE_ROLE_ALL = new RegExp(EXECUTIVE_ROLE.source, "giu");
/** A sentence end: a full stop and a capital, or a line break. */
const OFFICER_SENTENCE_END = /[.!?。][ \t]+\p{Lu}|\n/u;
/** Titles and amount units that end with a dot ("Dr. Klaus Reinhardt", "7,8 Mio. €"). */
const TITLE_DOT = /(?<![\p{L}])(?:dr|prof|mr|mrs|ms|st|mio|mrd|mln|tsd|bn|inc|co|corp|ltd|jr|sr)\./giu;
/** A possessive after the role that is not its pay ("CEO's driver", not "CEO's salary"). */
const OTHERS_OF_OFFICER =
  /^['’]s[ \t]+(?!(?:total |annual |base |basic |fixed |variable |)(?:pay|salary|remuneration|compensation|bonus|package|earnings|income|award|pension)\p{L}*)/iu;

/** A vCard's opening line, answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text). */
const VCARD_STEMS: readonly string[] = ["begin:vcard"];

/**
 * The judgement for one scan: `lower` is the scanned text lower-cased (only used for keyword
 * presence; call it while the scan's keyword pass is current). The returned function is true when
 * the finding's value belongs to nobody private (see the module comment): the scanner drops it.
 * Phone numbers, addresses and birth dates are judged by their context; e-mail addresses as role mailboxes;
 * amounts by an organisation subject; identifiers by filler digits; credentials are never dropped.
 */
export function publicContextJudge(lower: string, reportTestValues = false): (text: string, finding: PrivacyFinding) => boolean {
  const present = presentFamilies(lower);
  // Placeholder people, test patients, a value after a test or example cue and a text declaring its data synthetic are
  // documented examples: `privacy.testValues: sensitive` reports their values like real ones (issue #15, session 44).
  if (reportTestValues) present.placeholder = present.test = present.synthetic = present.exampleHead = false;
  const hasPid = !reportTestValues && hasPidSegment(lower);
  const hasVcard = containsAny(lower, VCARD_STEMS);
  let synthetic: boolean | undefined;
  return (text, finding) => {
    const { category, start, end } = finding;
    // Credentials open real systems whatever the data around them is.
    if (CREDENTIALS.has(category)) return false;
    if (present.synthetic) {
      synthetic ??= SYNTHETIC_CUE.test(text) && !REAL_DATA_CUE.test(text);
      if (synthetic) return true;
    }
    if (isFillerNumber(category, text.slice(start, end))) return true;
    // A value on the PID line of a test or specimen patient (the HL7 spec's EVERYMAN^ADAM) is nobody's (session 41).
    if (hasPid && onTestPatientLine(text, start)) return true;
    if (category === "email") return judgeMailbox(text, start, end, present);
    // An amount beside a placeholder person ("Max Mustermann überweist 50 € an Erika Mustermann") is an example, as an ID is.
    if (category === "financial")
      return organisationAmount(text, start, present) || placeholderPersonNear(text, start, end, present) || publishedOfficerPay(text, start, end, present);
    // An identifier beside a placeholder person (张三, 홍길동, Max Mustermann) is the form's example, not anyone's.
    // A number a story's character gives ("Sailor: 734-19-2288, sir, from the old novel"; session 53) is fiction's.
    if (STORY_IDENTIFIERS.has(category) && storyAround(text, start, end, present, category)) return true;
    if (category === "national_id") return placeholderPersonNear(text, start, end, present) || companyRegisterNumber(text, start, present);
    if (category === "passport") return placeholderPersonNear(text, start, end, present);
    if (category !== "phone" && category !== "street_address" && category !== "date_of_birth") return false;
    if (placeholderPersonNear(text, start, end, present) || testValueBefore(text, start, present) || exampleLine(text, start, end, category, present))
      return true;
    // An organisation's vCard or CRM row (session 49): its lines and addresses are the organisation's.
    // A place's listing in a tool's JSON result (session 52): its address and phone are the place's.
    if (
      (category === "street_address" || category === "phone") &&
      ((hasVcard && inOrganisationVcard(text, start)) || inOrganisationRow(text, start) || inPlaceListing(text, start))
    )
      return true;
    // A value quoted from a product's documentation example, with no personal cue in its sentence (session 49).
    if ((category === "street_address" || category === "phone") && inDocumentationSample(text, start)) return true;
    if (category === "street_address")
      return (
        isExampleStreet(text.slice(start, end)) ||
        exampleHouseNumber(text, start, end) ||
        PLACEHOLDER_TOWN_AFTER.test(text.slice(end, end + 24)) ||
        isPublicAddress(text, start, end, present) ||
        organisationBefore(text, start, present) ||
        isOfficeAddress(text, start) ||
        headOfficeBefore(text, start, present) ||
        imprintBlockBefore(text, start, present) ||
        tourismAround(text, start, end, present) ||
        storyAround(text, start, end, present, category)
      );
    if (category === "phone")
      return (
        isServiceOrReferenceNumber(text, start, end, present) ||
        headOfficeBefore(text, start, present) ||
        serviceAfter(text, start, end, present) ||
        organisationBefore(text, start, present) ||
        imprintBlockBefore(text, start, present) ||
        registerNumber(text, start, present) ||
        institutionQuestionBefore(text, start) ||
        venueBookingNumber(text, start) ||
        openingAround(text, start, end, present) ||
        inOfficeTableRow(text, start) ||
        countingRunOnScreen(text, start, end, present) ||
        (present.place && institutionRecordPhone(text, start, INSTITUTION_RECORD_TESTS)) ||
        (present.place && placeSignLinePhone(text, start, PLACE_SIGN_TESTS)) ||
        departmentContactLine(text, start, PLACE_SIGN_TESTS)
      );
    return (
      comparedDate(text, start) ||
      isPublicBirthDate(text, start, end, present) ||
      businessBirthday(text, start, present) ||
      storyAround(text, start, end, present, category) ||
      biographicalBirthDate(text, start, end, present) ||
      scriptPublicPersonBirthDate(text, start, end)
    );
  };
}

/** A street followed by placeholder place words ("110 Walnut St., City, State", "…, Anytown, ST 12345"): a template. */
const PLACEHOLDER_TOWN_AFTER = /^\s*,?\s*,?\s*(?:City|Town|Anytown|Your ?City|Ciudad|Ville|Stadt)\s*,\s*(?:State|ST|Country|Province|Estado|Land)/u;

/** Identifiers read as a story's when its cue is in their line (storyAround). */
const STORY_IDENTIFIERS: ReadonlySet<string> = new Set(["us_ssn", "national_id", "passport", "driver_license"]);

/** Categories never judged public by context: a credential in a fixture may still open a real system. */
const CREDENTIALS = new Set<string>(["password", "api_key", "private_key", "jwt", "connection_string"]);

/** Identifiers that a writer can present as a test or example value (checksummed numbers, accounts, contacts). */
const DECLARABLE_TEST_CATEGORIES = new Set(["payment_card", "iban", "national_id", "us_ssn", "bank_account", "email", "phone", "passport", "driver_license"]);

/**
 * A value the text itself declares a test, sandbox or example value ("tarjeta de pruebas 4548 …",
 * "test-IBAN NL55 …", "codice fiscale di esempio …"): the cue stands right before it (40 characters)
 * and no personal cue (my, his, de ma mère, 我的 …) stands between, so it is presented as nobody's. A bare "Test:"
 * heading on a line above the value declares nothing (session 42, as in cueLabelsValue): "Test data:" does.
 * This extends the documented test values (test-values.ts) to undocumented ones the writer labels,
 * and is honoured only with `privacy.testValues: not-sensitive` (the scanner checks the option).
 */
export function isDeclaredTestValue(text: string, finding: PrivacyFinding): boolean {
  if (!declarable(text, finding)) return false;
  const before = textWindow(text, finding.start - 40, finding.start);
  if (
    declaringCue(before) !== null &&
    abbreviationAtValue(before) &&
    !underBareTestHeading(before) &&
    !PERSONAL_CUE.test(before) &&
    !NEGATED_TEST.test(before) &&
    !MEDICAL_TEST.test(before)
  )
    return true;
  return exampleAfter(text, finding, before);
}

function declarable(text: string, finding: PrivacyFinding): boolean {
  return DECLARABLE_TEST_CATEGORIES.has(finding.category) || (finding.category === "password" && isDefaultPassword(text.slice(finding.start, finding.end)));
}

/** The cue right after the value, in the same clause: "ใช้เลข 1-2345-67890-12-1 เป็นตัวอย่าง", "… 作为示例", "… as an example". */
function exampleAfter(text: string, finding: PrivacyFinding, before: string): boolean {
  const after = EXAMPLE_AFTER.exec(text.slice(finding.end, finding.end + 24));
  return after !== null && !PERSONAL_CUE.test(wholeWordsAtEnd(before, 16)) && !NEGATED_TEST.test(text.slice(finding.end, finding.end + 24));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The last `length` characters of `before` without a word cut at their start: "API odrzuca" cut to "I odrzuca" would
 * read the pronoun "I" (session 49).
 */
function wholeWordsAtEnd(before: string, length: number): string {
  if (before.length <= length) return before;
  let start = before.length - length;
  if (!LETTER_OR_DIGIT.test(before.charAt(start - 1))) return before.slice(start);
  while (start < before.length && LETTER_OR_DIGIT.test(before.charAt(start))) start++;
  return before.slice(start);
}

/** Only the cue after the value: for a text holding EXAMPLE_AFTER's English words but no TEST_CUE stem. */
function isExampleAfterValue(text: string, finding: PrivacyFinding): boolean {
  return declarable(text, finding) && exampleAfter(text, finding, textWindow(text, finding.start - 40, finding.start));
}

/** TEST_CUE's stems for a gate on the lower-cased text of its case-insensitive pattern (see caseInsensitiveStems). */
const TEST_CUE_STEMS = caseInsensitiveStems(FAMILY_STEMS.test);
/**
 * EXAMPLE_AFTER's English words that TEST_CUE lacks ("… as the example DVLA licence number"), after a space as the cue
 * has them (`@example.com` addresses do not open the judge); its other cues are TEST_CUE stems too.
 */
const EXAMPLE_AFTER_STEMS = [" example", " specimen", " wzor", " z przykładu", " del modelo", " de muestra", " do modelo", " dal modello", " muster"];
export const TEST_CUE_GATE: PatternGate = {
  name: "declared-test-cue",
  pattern: TEST_CUE,
  mayMatch: (_text, lower) => TEST_CUE_STEMS === undefined || containsAny(lower, TEST_CUE_STEMS),
};
const NOT_DECLARED = (): boolean => false;

/**
 * `isDeclaredTestValue` for the findings of one text (`lower`, its lower-cased form, read while the
 * keyword pass still answers for it): no test cue's stem anywhere in the text, no finding is declared
 * a test value, and no cue pattern runs (~1.4 µs per finding); with only "example" or "specimen", only the cue after
 * each declarable finding is read.
 */
export function declaredTestValueJudge(lower: string): (text: string, finding: PrivacyFinding) => boolean {
  if (TEST_CUE_GATE.mayMatch(lower, lower)) return isDeclaredTestValue;
  return containsAny(lower, EXAMPLE_AFTER_STEMS) ? isExampleAfterValue : NOT_DECLARED;
}

/**
 * An example cue opening the words right after a value (no sentence end between): "… as an example", "… as the sample
 * licence"; the specimen the number comes from ("ABA300000 ze wzoru dowodu", "… del modelo", "… vom Muster": session 48).
 */
const EXAMPLE_AFTER =
  /^[\s)）]*(?:(?:is |as |for )?(?:an? |the )?(?:example|sample|test value|specimen)|เป็นตัวอย่าง|ตัวอย่าง|作为示例|作為範例|为例|為例|を例に|の例|(?:を|は)?記入例|예시|(?:은|는|을|를)?\s?예시로|como ejemplo|als beispiel|comme exemple|(?:ze |z )?wzoru?(?![\p{L}])|z przykładu|del modelo|de muestra|do modelo|dal modello|vom muster|aus dem muster|كمثال|به عنوان نمونه|उदाहरण के (?:लिए|तौर पर))/iu;

/**
 * A default-style password (letters, then at most four digits: password123, admin, test1234): only such a value
 * counts as a declared test credential ('username': 'testuser', 'password': 'password123' in a fixture); a strong
 * one next to a test cue may open a real staging system and is still reported.
 */
function isDefaultPassword(value: string): boolean {
  return /^[A-Za-z]{3,12}\d{0,4}$/.test(value);
}

/**
 * A medical or laboratory test, not a test value (session 41 review): "Test results for sarah.collins@…", "Blood test
 * for Sarah Collins, …" are a person's results.
 */
const MEDICAL_TEST = /(?<![\p{L}])(?:tests?[ -]results?|(?:blood|lab|laboratory|pcr|covid|antigen|urine|hiv|pregnancy|drug|allergy)[ -]tests?)(?![\p{L}])/iu;
/**
 * "not a test card", "kein Beispiel", "pas un exemple", "no es de prueba", "不是测试": the cue is denied; "swap it for a
 * placeholder", "replace the address with a dummy": a request to replace a real value (session 42, dev-46).
 */
const NEGATED_TEST =
  /(?<![\p{L}])(?:swap|replace|substitute|exchange)(?:[ \t]+\p{L}+){0,3}[ \t]+(?:for|with|by)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:placeholder|dummy|fake|sample|example)|(?<![\p{L}])(?:not|isn't|wasn't|no|kein\p{L}*|nicht|pas|non|não|niet|geen|nie|не|nem)(?![\p{L}])[^\n]{0,16}(?:test|sample|example|prueba|ejemplo|teste|exemplo|prova|esempio|beispiel|exemple|voorbeeld|przykład|пример|тест)|(?:不是|并非|並非|ではない|じゃない|아닌|아니)/iu;

/** `publicContextJudge` for a single finding (tests and one-off checks). */
export function isPublicContextFinding(text: string, finding: PrivacyFinding): boolean {
  return publicContextJudge(text.toLowerCase())(text, finding);
}
