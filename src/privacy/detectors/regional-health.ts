/**
 * A named person's health condition in Ukrainian, Turkish, Vietnamese, Indonesian and the
 * Scandinavian languages (the Latin-script rule in personal.ts knows English, German, French,
 * Spanish, Italian, Dutch, Polish and Russian; script-health.ts the CJK, Hindi and Arabic scripts).
 * Same policy: within a sentence-sized window, a condition of the language's lexicon and a person
 * named in that language's way — a relation word or honorific before a capitalised name
 * ("meslektaşım Ayşe Yılmaz", "anh Nguyễn Văn Nam", "Ibu Siti", "min kollega Anna", "пані Ірина"),
 * or a known given name followed by a surname — and no public-figure or fiction cue. Unnamed people
 * ("Ibu hamil …", "my mother") and general questions are not reported. The span is the condition.
 * Prefilter: the language's own letters or function words (one test per language).
 */
import type { Detector, Emit } from "../detector.js";
import { topicBefore } from "./topic-before.js";
import {
  GREEK_TERMS_S53,
  HEBREW_TERMS_S53,
  INDONESIAN_TERMS_S53,
  SWEDISH_TERMS_S53,
  TURKISH_TERMS_S53,
  UKRAINIAN_TERMS_S53,
  VIETNAMESE_TERMS_S53,
} from "./script-health-terms.js";
import { PRIORITY, caseInsensitiveStems, containsAny, containsAnyAtWordStart, requiredPrefixes, type PatternGate } from "../detector.js";

const NOT_LETTER_BEFORE = "(?<![\\p{L}])";
const NOT_LETTER_AFTER = "(?![\\p{L}])";

interface RegionalHealthLanguage {
  /** The text is in this language (letters or function words only it uses): the rule runs only then. */
  hint: RegExp;
  /**
   * The hint's letters as stems, when the hint is exactly "one of these letters" and lower-casing neither makes nor
   * removes one: the keyword pass answers it instead of a regexp walk over the whole text (session 39: ~5 µs on the
   * bench's prompt, where the Hebrew conditions have no stem to gate them).
   */
  hintLetters?: readonly string[];
  conditions: RegExp;
  person: RegExp;
  publicCue: RegExp;
}

const NAME = "\\p{Lu}[\\p{Ll}'’-]+";
/**
 * Hebrew words after a relation word that are no name (verbs, particles, pronouns): "אמא שלי אובחנה עם …", "אבי חולה
 * ב…", "החבר שלי הוא …" speak of an unnamed relative, who is not reported.
 */
const HEBREW_NOT_NAMES =
  "חיה|חי|גרה|גר|משתמשת|משתמש|מקבלת|מקבל|עוברת|עובר|נמצאה|התחילה|התחיל|שלי|שלנו|שלו|שלה|אובחנה|אובחן|אובחנו|חולה|חולת|סובל|סובלת|יש|אין|היא|הוא|הם|גם|כבר|לא|עם|של|על|את|עבר|עברה|קיבל|קיבלה|נמצא|נמצאת|מאושפז|מאושפזת|לוקח|לוקחת|נוטל|נוטלת|צריך|צריכה|היה|הייתה|אמר|אמרה|שאל|שאלה|ביקש|ביקשה|גילו|גילה|אמרו|כתב|כתבה|מ|ב|ל|ו";

/**
 * Common Greek given names in the nominative (session 46, dev-68): after the article and before a surname they name a
 * particular person ("ο Κώστας Δημητρίου", "η Μαρίνα Ζαφειρίου"); a relation word is not needed then.
 */
const GREEK_GIVEN_NAMES =
  "Γιώργος|Γιάννης|Κώστας|Κωνσταντίνος|Δημήτρης|Νίκος|Νικόλαος|Παναγιώτης|Βασίλης|Χρήστος|Αθανάσιος|Θανάσης|Μιχάλης|Ευάγγελος|Βαγγέλης|Σπύρος|Αντώνης|Ανδρέας|Στέλιος|Σταύρος|Μανώλης|Ηλίας|Παύλος|Λευτέρης|Θοδωρής|Αλέξανδρος|Πέτρος|Άγγελος|Μαρία|Ελένη|Αικατερίνη|Κατερίνα|Βασιλική|Σοφία|Αγγελική|Γεωργία|Δήμητρα|Κωνσταντίνα|Παναγιώτα|Ειρήνη|Ευαγγελία|Χριστίνα|Αναστασία|Δέσποινα|Νίκη|Μαρίνα|Φωτεινή|Ιωάννα|Αθηνά|Ζωή|Δανάη|Ρένα|Βάσω|Σταυρούλα";

const LANGUAGES: readonly RegionalHealthLanguage[] = [
  {
    // Ukrainian
    hint: /[іїєґІЇЄҐ]/u,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${UKRAINIAN_TERMS_S53}|гостр\\p{L}* бронхіт\\p{L}*|бронхіт\\p{L}*|гіпотиреоз\\p{L}*|цукров\\p{L}* діабет\\p{L}*|діабет\\p{L}*|рак(?:у|ом)?(?: груді| легень| шлунку| простати)?|онкологі\\p{L}*|пухлин\\p{L}*|лейкемі\\p{L}*|лімфом\\p{L}*|хіміотерапі\\p{L}*|депресі\\p{L}*|шизофрені\\p{L}*|біполярн\\p{L}* розлад\\p{L}*|деменці\\p{L}*|хвороб\\p{L}* (?:Альцгеймера|Паркінсона)|епілепсі\\p{L}*|інфаркт\\p{L}*|інсульт\\p{L}*|гіпертоні\\p{L}*|астм\\p{L}*|віл|сніду?|гепатит\\p{L}*|туберкульоз\\p{L}*|вагітн\\p{L}*|аутизм\\p{L}*|ниркова недостатність|діаліз\\p{L}*|пневмоні\\p{L}*|панкреатит\\p{L}*|мастектомі\\p{L}*|загостренн\\p{L}* виразк\\p{L}*|виразк\\p{L}*|гастрит\\p{L}*|перелом\\p{L}*)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?:[Мм]ій|[Мм]оя|[Мм]ого|[Мм]оєї|[Нн]аш|[Нн]аша)\\s+(?:колега|сестра|брат|мама|мати|батько|тато|чоловік|дружина|син|донька|дочка|подруга|друг|сусід|сусідка|бабуся|дідусь|співробітни\\p{L}*|начальни\\p{L}*|пацієнт\\p{L}*|клієнт\\p{L}*)\\s*,?\\s+${NAME}|(?:[Пп]ан|[Пп]ані|[Пп]ацієнт|[Пп]ацієнтка|[Лл]ікар)\\s+${NAME}|(?:Олена|Наталія|Оксана|Ірина|Тетяна|Андрій|Олександр|Тарас|Богдан|Дмитро|Сергій|Микола|Василь|Юлія|Марія|Катерина|Софія|Галина|Людмила|Ольга|Світлана|Віктор|Ігор|Петро|Павло|Степан|Михайло|Володимир|Максим|Роман|Юрій|Олег|Артем|Денис|Анна)\\s+${NAME}|${NAME}\\s+(?:Олена|Наталія|Оксана|Ірина|Тетяна|Андрій|Олександр|Тарас|Богдан|Дмитро|Сергій|Микола|Василь|Юлія|Марія|Катерина|Софія|Галина|Людмила|Ольга|Світлана|Віктор|Ігор|Петро|Павло|Степан|Михайло|Володимир|Максим|Роман|Юрій|Олег|Артем|Денис|Анна)(?![\\p{L}])`,
      "u",
    ),
    publicCue: /президент|прем['’]?єр|міністр|актор|акторк|співак|співачк|письменни|персонаж|роман\p{L}*|серіал|фільм|книг/iu,
  },
  {
    // Turkish (suffixes after an apostrophe: Ayşe Yılmaz'a, Mehmet'in)
    hint: /[ğışİĞŞ]/u,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${TURKISH_TERMS_S53}|kalp ritim bozukluğu\\p{L}*|ritim bozukluğu\\p{L}*|aritmi\\p{L}*|bronşit\\p{L}*|zatürre\\p{L}*|meme kanseri|akciğer kanseri|prostat kanseri|kanser\\p{L}*|diyabet\\p{L}*|şeker hastalığı\\p{L}*|şeker hastası|lösemi\\p{L}*|lenfoma\\p{L}*|tümör\\p{L}*|kemoterapi\\p{L}*|depresyon\\p{L}*|şizofreni\\p{L}*|bipolar bozukluk\\p{L}*|demans\\p{L}*|alzheimer\\p{L}*|parkinson\\p{L}*|epilepsi\\p{L}*|kalp krizi\\p{L}*|kalp yetmezliği\\p{L}*|felç|inme|hipertansiyon\\p{L}*|yüksek tansiyon\\p{L}*|astım\\p{L}*|hiv|aids|hepatit\\p{L}*|verem|tüberküloz\\p{L}*|hamile\\p{L}*|otizm\\p{L}*|diyaliz\\p{L}*|böbrek yetmezliği\\p{L}*|panik atak\\p{L}*|anksiyete bozukluğu\\p{L}*|çölyak\\p{L}*|guatr|haşimoto\\p{L}*|romatoid artrit\\p{L}*|koah|multipl skleroz\\p{L}*|mastektomi\\p{L}*|radyoterapi\\p{L}*|als(?=\\s+(?:teşhisi|tanısı|hastalığı)))${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?:[Aa]nnem|[Bb]abam|[Kk]ardeşim|[Aa]blam|[Aa]bim|[Ee]şim|[Kk]ocam|[Kk]arım|[Oo]ğlum|[Kk]ızım|[Aa]rkadaşım|[Mm]eslektaşım|[Ii]ş arkadaşım|[Kk]omşum|[Pp]atronum|[Mm]üdürüm|[Hh]asta(?:mız)?|[Tt]eyzem|[Hh]alam|[Aa]mcam|[Dd]ayım|[Nn]inem|[Dd]edem)\\s*,?\\s+${NAME}|[Ss]ayın\\s+${NAME}|${NAME}\\s+(?:Bey|Hanım)|(?:Ayşe|Fatma|Emine|Zeynep|Elif|Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Can|Cem|Deniz|Ece|Gizem|Merve|Selin|Esra|Büşra|Özge|Hakan|Kemal|Osman|Yusuf|Ömer|Kübra|Sevgi|Serkan|Volkan|Tolga)(?:\\s+${NAME}|['’]\\p{Ll}+)`,
      "u",
    ),
    publicCue: /cumhurbaşkan|başbakan|bakan\p{L}*|oyuncu|şarkıcı|yazar|roman\p{L}*|dizi\p{L}*|film\p{L}*|karakter|basında|basına|basın açıklaması/iu,
  },
  {
    // Vietnamese: kinship pronouns work as honorifics (anh Nam, chị Lan, bà Hoa)
    hint: /[ăơưđĂƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${VIETNAMESE_TERMS_S53}|tiểu đường|đái tháo đường|ung thư(?: (?:phổi|vú|gan|dạ dày|máu|cổ tử cung|tuyến giáp|đại tràng|tuyến tiền liệt))?|bệnh bạch cầu|khối u|hóa trị|trầm cảm|tâm thần phân liệt|rối loạn lưỡng cực|sa sút trí tuệ|alzheimer|parkinson|động kinh|nhồi máu cơ tim|đột quỵ|tăng huyết áp|cao huyết áp|hen suyễn|hen phế quản|hiv|aids|viêm gan [bc]|lao phổi|mang thai|có thai|tự kỷ|chạy thận|suy thận|suy tim|suy gan|viêm gan b mạn tính|viêm gan mạn|sốt xuất huyết|lao phổi|bệnh gút|gút|lupus ban đỏ|rối loạn lo âu)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?<![\\p{L}])(?:anh|chị|em|ông|bà|cô|chú|bác|cháu|bé|bệnh nhân|tên|Anh|Chị|Em|Ông|Bà|Cô|Chú|Bác|Cháu|Bé|Bệnh nhân|Tên)\\s+${NAME}|(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)\\s+${NAME}`,
      "u",
    ),
    publicCue: /tổng thống|chủ tịch|thủ tướng|bộ trưởng|ca sĩ|diễn viên|cầu thủ|nhà văn|tiểu thuyết|nhân vật|phim|truyện/iu,
  },
  {
    // Indonesian and Malay
    hint: /(?<![\p{L}])(?:saya|yang|dengan|sejak|menderita|didiagnosis|terkena|kena|positif|mengidap)(?![\p{L}])/iu,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${INDONESIAN_TERMS_S53}|diabetes melitus(?: tipe [12])?|diabetes(?: tipe [12])?|kencing manis|kanker(?: payudara| paru-paru| paru| serviks| usus| darah)?|demam berdarah|dbd|tifus|tipes|tuberkulosis paru|tbc paru|asam urat|kolesterol tinggi|jantung koroner|penyakit jantung|gagal ginjal kronis|gagal ginjal kronik|lupus|hipertiroid|hipotiroid|covid(?:-19)?|leukemia|tumor|kemoterapi|depresi|skizofrenia|gangguan bipolar|demensia|alzheimer|parkinson|epilepsi|ayan|serangan jantung|gagal jantung|stroke|hipertensi|darah tinggi|asma|hiv|aids|hepatitis(?: [bc])?|tbc|tuberkulosis|hamil|mengandung(?= \\d{1,2} (?:minggu|bulan))|autisme|cuci darah|dialisis|gagal ginjal|penyakit buah pinggang(?: kronik)?|gangguan kecemasan)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?<![\\p{L}])(?:Bapak|Pak|Ibu|Bu|Sdr\\.?|Sdri\\.?|Saudara|Saudari|Mas|Mbak|Kak|Dik|pasien|Pasien)\\s+${NAME}|(?:[Tt]eman(?: kantor| kerja| sekantor| kuliah| sekolah)?|[Rr]ekan(?: kerja| kantor)?|[Rr]akan(?: sekerja| kerja| sepejabat)?|[Kk]akak|[Aa]dik|[Ii]bu|[Aa]yah|[Ss]uami|[Ii]stri|[Aa]nak|[Tt]etangga|[Aa]tasan|[Bb]os)\\s+(?:saya|ku|kami)\\s*,?\\s+${NAME}`,
      "u",
    ),
    publicCue: /presiden|menteri|gubernur|aktor|aktris|artis|penyanyi|novel|tokoh|film|sinetron|watak|rekaan|cerpen|fiksi/iu,
  },
  {
    // Hebrew (session 38, dev-34): a word may carry one prefix letter (ב־, ל־, ו־, ה־, מ־, ש־: "בסוכרת", "לפניצילין");
    // a medicine with its dose in מ"ג is a medication like the Arabic-script dose rule's. No capitals: a name is the
    // two words after a relation word, honorific or name label that are no verb or particle (HEBREW_NOT_NAMES).
    hint: /[\u05d0-\u05ea]/u,
    hintLetters: Array.from({ length: 0x05ea - 0x05d0 + 1 }, (_, index) => String.fromCharCode(0x05d0 + index)),
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}[ובהלמש]?(?:${HEBREW_TERMS_S53}|סוכרת(?: הריונית| סוג [12])?|סרטן(?: ה?(?:שד|ריאות?|מעי הגס|ערמונית|לבלב|כבד|דם|צוואר הרחם))?|גידול סרטני|לוקמיה|לימפומה|כימותרפיה|הקרנות|דיכאון(?: מג['׳]ורי| קליני| אחרי לידה)?|הפרעת חרדה|התקפי? חרדה|התקף פסיכוטי|פסיכוזה|סכיזופרניה|הפרעה דו[ -]קוטבית|מאניה דיפרסיה|דמנציה|אלצהיימר|פרקינסון|אפילפסיה|התקף לב|אוטם שריר הלב|אי ספיקת (?:לב|כליות(?: כרונית)?)|דיאליזה|שבץ(?: מוחי)?|יתר לחץ דם|לחץ דם גבוה|אסתמה|איידס|נשאית? HIV|צהבת|הפטיטיס [BC]|שחפת|דלקת ריאות|טרשת נפוצה|אוטיזם|תסמונת דאון|הריון(?: בשבוע \\d{1,2})?|הריונית|רעלת הריון|הפלה|אלרגיה ל\\p{L}+|אנורקסיה|בולימיה|ADHD|הפרעת קשב|\\p{Script=Hebrew}{3,}[ \\t]+\\d+(?:[.,]\\d+)?[ \\t]*מ["״]ג)${NOT_LETTER_AFTER}`,
      "gu",
    ),
    person: new RegExp(
      `(?:אמא|אמי|אבא|אבי|אחי|אחותי|בעלי|אשתי|בני|בתי|סבתא|סבא|דודה|דוד|הבת דודה|בן הדוד|החבר|החברה|השכן|השכנה|הקולגה|העובד|העובדת|המטופל|המטופלת|המטופלת|החולה|התלמיד|התלמידה)(?: שלי| שלנו)?\\s*,?\\s+(?!(?:${HEBREW_NOT_NAMES})(?![\\u05d0-\\u05ea]))[\\u05d0-\\u05ea]{2,}\\s[\\u05d0-\\u05ea]{2,}|(?:מר|גב['׳]|גברת|ד["״]ר)\\s+[\\u05d0-\\u05ea]{2,}\\s[\\u05d0-\\u05ea]{2,}|(?:שם(?: ה?מטופלת?| החולה| מלא)?|מטופלת?|הנדון)["״]?\\s*[:：]\\s*"?(?:גב['׳]\\s|מר\\s)?[\\u05d0-\\u05ea]{2,}\\s[\\u05d0-\\u05ea]{2,}`,
      "u",
    ),
    publicCue: /(?<![\p{L}])[בהוש]?(?:ראש הממשלה|נשיא\p{L}*|שחקנ\p{L}*|שחקן|זמר\p{L}*|סופר\p{L}*|דמות|סדרה|סדרת|סרט|רומן|ספר)(?![\p{L}])/u,
  },
  {
    // Greek (session 38, dev-34)
    hint: /[\u0370-\u03ff]/u,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${GREEK_TERMS_S53}|σακχαρώδη\\p{L}* διαβήτη\\p{L}*|διαβήτη\\p{L}*|σάκχαρο\\p{L}*(?: κύησης)?|καρκίνο\\p{L}*(?: του (?:μαστού|πνεύμονα|προστάτη|παχέος εντέρου))?|λευχαιμία\\p{L}*|λέμφωμα|χημειοθεραπεί\\p{L}*|ακτινοθεραπεί\\p{L}*|κατάθλιψη\\p{L}*|αγχώδη\\p{L}* διαταραχή\\p{L}*|κρίσεις πανικού|σχιζοφρένεια\\p{L}*|διπολική διαταραχή\\p{L}*|άνοια\\p{L}*|νόσο\\p{L}* (?:Αλτσχάιμερ|Πάρκινσον)|Αλτσχάιμερ|Πάρκινσον|επιληψία\\p{L}*|έμφραγμα|εγκεφαλικό|υπέρταση\\p{L}*|άσθμα|HIV|AIDS|ηπατίτιδα\\p{L}*|φυματίωση\\p{L}*|πνευμονία\\p{L}*|πνευμονική εμβολή|νεφρική ανεπάρκεια|καρδιακή ανεπάρκεια|γαστρεντερίτιδα\\p{L}*|κολπική μαρμαρυγή|αρρυθμία\\p{L}*|βαρφαρίνη|ινσουλίνη|αλλεργία στ\\p{L}+ \\p{L}+|αιμοκάθαρση\\p{L}*|έγκυος|εγκυμοσύνη\\p{L}*|αυτισμό\\p{L}*|σκλήρυνση κατά πλάκας|αρθροπλαστική\\p{L}*(?: ισχίου| γόνατος)?)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?:[Οο]|[Ηη])\\s+(?:συνάδελφός|συνάδελφος|φίλος|φίλη|αδερφή|αδελφή|αδερφός|αδελφός|μητέρα|μάνα|μαμά|μπαμπάς|άντρας|άνδρας|γυναίκα|πεθερά|πεθερός|πατέρας|γιαγιά|παππούς|σύζυγός|σύζυγος|γιος|κόρη|γείτονας|γειτόνισσα|θεία|θείος|ξαδέρφη|ξάδερφος)\\s+(?:μου|μας)\\s*,?\\s+(?:[οη]\\s+)?${NAME}|(?:[Κκ]\\.|[Κκ]ος|[Κκ]α|[Κκ]υρία|[Κκ]ύριος|Ασθενής|Ασθενούς|Ονοματεπώνυμο)\\s*:?\\s+${NAME}|(?:πατέρας|μητέρα|γιος|κόρη|σύζυγος)\\s+μου\\s*,?\\s+(?:[οη]\\s+)?${NAME}|(?<![\\p{L}])(?:[Οο]|[Ηη])\\s+(?:${GREEK_GIVEN_NAMES})\\s+${NAME}|(?<![\\p{L}])(?:${GREEK_GIVEN_NAMES})\\s+${NAME}`,
      "u",
    ),
    publicCue: /πρωθυπουργ|πρόεδρο|υπουργ|ηθοποι|τραγουδιστ|συγγραφέ|μυθιστόρημα|ήρωα|σειρά|ταινία|ποιητ|ζωγράφ|συνθέτ|αθλητ|ποδοσφαιρ|εφημερίδ/iu,
  },
  {
    // Swahili (session 38, dev-34): a relation word or honorific before a capitalised name ("Rafiki yangu Juma Ali",
    // "Bi. Amina Hassan", "Mgonjwa: Grace Wanjiru")
    hint: /(?<![\p{L}])(?:yangu|wangu|wetu|amegunduliwa|anaugua|anatumia|amelazwa|mgonjwa|ugonjwa|tafadhali|ana)(?![\p{L}])/iu,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:kisukari|saratani(?: ya (?:matiti|mapafu|tezi dume|shingo ya kizazi|damu|ini))?|shinikizo la damu|presha|VVU|UKIMWI|malaria(?: kali)?|kifua kikuu|pumu|kiharusi|kifafa|ujauzito|mimba|sonona|msongo wa mawazo|homa ya ini|homa ya matumbo|kichocho|insulini|dawa za ARV|ugonjwa wa (?:moyo|figo|akili)|figo kushindwa kufanya kazi|kusafisha damu)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?<![\\p{L}])(?:Bi\\.?|Bw\\.?|Bwana|Mzee|Dkt\\.?)\\s+${NAME}|(?:[Mm]ama|[Bb]aba|[Dd]ada|[Kk]aka|[Rr]afiki|[Mm]ke|[Mm]ume|[Mm]toto|[Jj]irani|[Mm]wenzangu|[Mm]fanyakazi|[Mm]gonjwa|[Bb]ibi|[Bb]abu|[Ss]hangazi|[Mm]jomba)(?:\\s+(?:yangu|wangu|wetu))?\\s*[,:]?\\s+${NAME}`,
      "u",
    ),
    publicCue: /(?<![\p{L}])(?:rais|waziri|mwanamuziki|msanii|mwigizaji|riwaya|hadithi|filamu|tamthilia|mhusika)(?![\p{L}])/iu,
  },
  {
    // Tagalog and Taglish (session 38, dev-34): the personal-name marker si / kay / ni, or a relation word before a name
    hint: /(?<![\p{L}])(?:ang|ng|ay|ko|kong|niya|siya|mga|po|naman|daw|kailangan|pakigawa|paano)(?![\p{L}])/iu,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:dengue|diabetes|sakit sa (?:puso|bato|baga|atay)|kanser(?: sa \\p{L}+)?|altapresyon|alta presyon|high blood|tuberculosis|HIV(?: positive)?|AIDS|hika|istrok|stroke|buntis|nagdadalang-tao|depresyon|atake sa puso|dialysis|pulmonya|epilepsy|angioplasty|chemotherapy|preeclampsia)${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?<![\\p{L}])(?:[Ss]i|kay|ni)\\s+${NAME}|(?:[Tt]atay|[Nn]anay|[Kk]apatid|[Aa]sawa|[Aa]nak|[Ll]ola|[Ll]olo|[Tt]ita|[Tt]ito|[Kk]atrabaho|[Kk]aibigan|[Kk]apitbahay|[Pp]insan)(?:\\s+(?:ko|kong|namin|natin))?\\s+(?:na\\s+)?(?:si\\s+)?${NAME}`,
      "u",
    ),
    publicCue: /(?<![\p{L}])(?:pangulo|presidente|senador|artista|aktor|aktres|mang-aawit|nobela|pelikula|teleserye|karakter|kuwento)(?![\p{L}])/iu,
  },
  {
    // Swedish, Norwegian, Danish
    hint: /[åäöøæÅÄÖØÆ]|(?<![\p{L}])(?:och|inte|ikke|jeg)(?![\p{L}])/u,
    conditions: new RegExp(
      `${NOT_LETTER_BEFORE}(?:${SWEDISH_TERMS_S53}|diabetes|sockersjuk\\p{L}*|sukkersyke|sukkersyge|bröstcancer|lungcancer|prostatacancer|cancer|kreft|brystkreft|kræft|leukemi|tumör|svulst|cellgiftsbehandling|cytostatika|kjemoterapi|depression|depresjon|schizofreni|bipolär sjukdom|bipolar lidelse|demens|alzheimers?|parkinsons?|epilepsi|hjärtinfarkt|hjerteinfarkt|stroke|högt blodtryck|høyt blodtrykk|astma|hiv|aids|hepatit|tuberkulos|gravid|autism|dialys|njursvikt|ångestsyndrom|utmattningssyndrom|utbrändhet|diagnosen\\s+(\\p{L}[\\p{L}-]{1,30}))${NOT_LETTER_AFTER}`,
      "giu",
    ),
    person: new RegExp(
      `(?:[Mm]in|[Mm]itt|[Vv]år|[Mm]ine?)\\s+(?:kollega|mamma|mor|pappa|far|syster|søster|bror|man|fru|sambo|son|sønn|dotter|datter|vän|venn|väninna|granne|nabo|chef|patient|farmor|mormor|farfar|morfar|kone|mann)\\s*,?\\s+${NAME}|(?:[Pp]atienten|[Hh]err|[Ff]ru)\\s+${NAME}|(?:Anna|Karin|Eva|Maria|Kristina|Lena|Sara|Emma|Erik|Lars|Karl|Anders|Johan|Per|Nils|Mikael|Magnus|Oskar|Lisa|Ingrid|Sven|Gustav|Elin|Johanna|Linnea|Astrid|Björn|Olof|Ulf|Ole|Kari|Ingrid|Mette|Søren|Jens|Henrik|Camilla|Sofie)\\s+${NAME}`,
      "u",
    ),
    publicCue: /statsminister|kung|drottning|skådespelar|sångar|författar|romanfigur|roman|film|serie|kong|dronning|skuespiller/iu,
  },
];

/**
 * Per language, lower-cased literals one of which every condition match holds, after a non-letter
 * (the keyword pass answers them for free); undefined where none can be derived.
 */
export const REGIONAL_HEALTH_GATES: readonly PatternGate[] = LANGUAGES.map((language, index) => {
  const stems = caseInsensitiveStems(requiredPrefixes(language.conditions.source));
  return {
    name: `regional-conditions-${index}`,
    pattern: language.conditions,
    mayMatch: (_text: string, lower: string) => stems === undefined || containsAnyAtWordStart(lower, stems),
  };
});

/** Copies of the conditions for masking them in a window (the originals keep their `lastIndex` in the scan loop). */
const CONDITION_MASKS = LANGUAGES.map((language) => new RegExp(language.conditions.source, language.conditions.flags));

function runRegionalHealth(text: string, emit: Emit, lower: string): void {
  // The condition terms, then the language hint (a character class or a few function words, one test each).
  for (const [index, language] of LANGUAGES.entries()) {
    if (!REGIONAL_HEALTH_GATES[index]!.mayMatch(text, lower)) continue;
    if (!(language.hintLetters ? containsAny(lower, language.hintLetters) : language.hint.test(text))) continue;
    language.conditions.lastIndex = 0;
    let windowEnd = -1;
    let verdict = false;
    for (let match = language.conditions.exec(text); match !== null; match = language.conditions.exec(text)) {
      if (match.index >= windowEnd) {
        const from = Math.max(0, match.index - 100);
        windowEnd = Math.min(text.length, match.index + match[0].length + 60);
        const window = text.slice(from, windowEnd);
        // The person is looked for with the conditions masked: a brand or condition after a relation word ("Annem
        // Glifor kullanıyor", "Annem Down sendromu …") is no name (session 53).
        const masked = window.replace(CONDITION_MASKS[index]!, (term) => "·".repeat(term.length));
        verdict = language.person.test(masked) && !language.publicCue.test(window);
      }
      // A condition named after a diagnosis word ("diagnosen MS") is the captured word alone.
      const start = match[1] === undefined ? match.index : match.index + match[0].length - match[1].length;
      // A talk's topic ("Prof. Keller spricht am Dienstag über Metformin") is not the speaker's (session 53 review).
      if (verdict && !topicBefore(text, start)) {
        emit("health", start, match.index + match[0].length, "named-person-condition-regional", PRIORITY.contextual);
      }
    }
  }
}

export const regionalHealthDetectors: Detector[] = [{ name: "regional-health", run: runRegionalHealth }];
