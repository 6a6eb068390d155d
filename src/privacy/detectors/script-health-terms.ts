/**
 * Session 53 (dev-92): health words as patients and relatives write them in the scripts and languages of the
 * sentence-level rules (script-health.ts: Han, Hangul, Devanagari, Arabic, Thai; regional-health.ts: Ukrainian,
 * Turkish, Vietnamese, Indonesian, Hebrew, Greek, Swedish; lexicon.ts: Russian) — conditions across ICD-10 chapters,
 * mental health and addictions, reproductive health, WHO essential medicines by their local names or brands,
 * procedures, labs, devices and disabilities. Each list is an alternation of literal words (regexp syntax only where a
 * Russian or Ukrainian stem takes case endings); a word that is also an everyday one ("düşük": low, "السكر": sugar,
 * "abort") is left out or kept only in its medical phrase ("düşük yaptı"). The lists come before the rules' own
 * alternatives, so a longer form of theirs that starts with one of these words is listed here first ("שבץ מוחי").
 */

/** Chinese (simplified and traditional): Han terms for script-health.ts's CONDITIONS. */
export const HAN_TERMS_S53 =
  "空腹血糖|糖化血红蛋白|糖化血色素|飯前血糖|人工流产|人工流產|人流|流產|剖腹产|剖腹產|白内障手术|白內障手術|白内障|白內障|青光眼|心脏起搏器|心律調節器|起搏器|助听器|助聽器|胰岛素泵|胰島素幫浦|洗腎|腎衰竭|癫痫|癲癇|贫血|貧血|氣喘|胃溃疡|胃潰瘍|乾癬|類風濕性關節炎|唐氏综合征|唐氏症|截瘫|下半身癱瘓|瘫痪|癱瘓|自閉症|思覺失調症|惊恐障碍|酒精依赖|酒癮|药物成瘾|藥物成癮|赌博成瘾|賭博成癮|不孕症|愛滋病|乳癌|肺結核|B肝|C肝|二甲双胍|二甲雙胍|华法林|華法林|美沙酮|美沙冬|舍曲林|樂復得|化療|高血壓|中風|乙型肝炎|偏头痛|偏頭痛|心律不齐|心律不整|房颤|肾结石|腎結石|子宫肌瘤|子宮肌瘤|宫外孕|子宫内膜异位症|梅毒|安眠药|安眠藥|脑震荡|腦震盪";

/** Korean: Hangul terms for script-health.ts's CONDITIONS. */
export const HANGUL_TERMS_S53 =
  "당화혈색소|공복혈당|B형 간염|C형 간염|결핵|빈혈|녹내장|백내장 수술|백내장|위궤양|건선|통풍|신부전|투석|항암치료|인공심박동기|심장박동기|보청기|인슐린 펌프|인슐린 주사|자폐 스펙트럼 장애|자폐|다운증후군|하반신 마비|알코올 중독|알코올 의존증|마약 중독|도박 중독|임신중절|난임|불임|HIV 감염|메트포르민|와파린|메타돈|졸로푸트|편두통|부정맥|뇌진탕|자궁근종";

/** Hindi (Devanagari): terms for script-health.ts's CONDITIONS. */
export const DEVANAGARI_TERMS_S53 =
  "काला मोतिया|मोतियाबिंद की सर्जरी|मोतियाबिंद|ग्लूकोमा|हेपेटाइटिस बी|हेपेटाइटिस|खून की कमी|ब्रेस्ट कैंसर|हाई बीपी|ब्रेन स्ट्रोक|पेट का अल्सर|सोरायसिस|किडनी की बीमारी|बाइपोलर डिसऑर्डर|पैनिक अटैक|सिज़ोफ्रेनिया|शराब की लत|नशे की लत|जुए की लत|गर्भपात|अबॉर्शन|बांझपन|मेटफॉर्मिन|इंसुलिन पंप|इंसुलिन|सर्ट्रालीन|वारफरिन|मेथाडोन|सिजेरियन डिलीवरी|सिजेरियन|पेसमेकर|हियरिंग एड|ऑटिज़्म|डाउन सिंड्रोम|फास्टिंग शुगर|माइग्रेन|पथरी";

/** Arabic: terms for script-health.ts's CONDITIONS. */
export const ARABIC_TERMS_S53 =
  "السكر التراكمي|سكر صائم|التهاب الكبد الوبائي|الجلوكوما|المياه الزرقاء|عملية المياه البيضاء|المياه البيضاء|قرحة المعدة|الروماتيزم|غسيل كلى|الكيماوي|عملية قيصرية|ولادة قيصرية|عملية إجهاض|إجهاض|العقم|نوبات الهلع|الاضطراب ثنائي القطب|إدمان الكحول|إدمان المخدرات|إدمان القمار|الميثادون|الوارفارين|جلوكوفاج|زولوفت|منظم ضربات القلب|سماعة طبية|مضخة إنسولين|الإنسولين|متلازمة داون|شلل نصفي|الصداع النصفي|الشقيقة";

/** Thai: terms for script-health.ts's CONDITIONS. */
export const THAI_TERMS_S53 =
  "ผ่าตัดต้อกระจก|ต้อกระจก|ต้อหิน|โรคลมชัก|ลมชัก|ไวรัสตับอักเสบบี|ตับอักเสบ|โลหิตจาง|ธาลัสซีเมีย|ความดันสูง|โรคกระเพาะ|สะเก็ดเงิน|รูมาตอยด์|เก๊าท์|ฟอกไต|ล้างไต|คีโม|เคมีบำบัด|ผ่าคลอด|แท้งลูก|ทำแท้ง|ภาวะมีบุตรยาก|ไบโพลาร์|โรคแพนิค|จิตเภท|ติดเหล้า|ติดยาเสพติด|ติดการพนัน|ติดเชื้อเอชไอวี|เมตฟอร์มิน|อินซูลิน|วาร์ฟาริน|เมทาโดน|เซอร์ทราลีน|เครื่องกระตุ้นหัวใจ|เครื่องช่วยฟัง|ปั๊มอินซูลิน|ออทิสติก|ดาวน์ซินโดรม|อัมพาตครึ่งล่าง|อัมพาต|อัมพฤกษ์|น้ำตาลสะสม|ไมเกรน";

/** Russian (lower case, stems with case endings): a HEALTH_TERMS entry of lexicon.ts. */
export const RUSSIAN_TERMS_S53 =
  "сахар натощак|гликированн[а-яё]* гемоглобин[а-яё]*|туберкул[её]з[а-яё]*|анеми[а-яё]*|глауком[а-яё]*|гипертони[а-яё]*|язв[а-яё]* желудка|псориаз[а-яё]*|ревматоидн[а-яё]* артрит[а-яё]*|почечн[а-яё]* недостаточност[а-яё]*|диализ[а-яё]*|паническ[а-яё]* атак[а-яё]*|алкоголизм[а-яё]*|наркозависимост[а-яё]*|игромани[а-яё]*|выкидыш[а-яё]*|бесплоди[а-яё]*|метформин[а-яё]*|сертралин[а-яё]*|варфарин[а-яё]*|метадон[а-яё]*|кесарев[а-яё]* сечени[а-яё]*|катаракт[а-яё]*|кардиостимулятор[а-яё]*|слухов[а-яё]* аппарат[а-яё]*|инсулинов[а-яё]* помп[а-яё]*|синдром[а-яё]* дауна|паралич[а-яё]*|мигрен[а-яё]*";

/** Ukrainian (regional-health.ts, the `giu` flags: `\p{L}*` endings). */
export const UKRAINIAN_TERMS_S53 =
  "цукор натще|глікован\\p{L}* гемоглобін\\p{L}*|рак грудей|анемі\\p{L}*|глауком\\p{L}*|гіпертоні\\p{L}*|псоріаз\\p{L}*|ревматоїдн\\p{L}* артрит\\p{L}*|панічн\\p{L}* атак\\p{L}*|алкоголізм\\p{L}*|наркозалежн\\p{L}*|ігромані\\p{L}*|викид\\p{L}*|безпліддя|метформін\\p{L}*|інсулін\\p{L}*|сертралін\\p{L}*|варфарин\\p{L}*|метадон\\p{L}*|кесарів розтин|кесаревого розтину|катаракт\\p{L}*|кардіостимулятор\\p{L}*|слухов\\p{L}* апарат\\p{L}*|синдром Дауна|параліч\\p{L}*|мігрен\\p{L}*";

/** Turkish (regional-health.ts). */
export const TURKISH_TERMS_S53 =
  "hepatit B|verem|kansızlık|göz tansiyonu|glokom|yüksek tansiyon|inme geçir\\p{L}*|astım|mide ülseri|sedef hastalığı|romatizma|böbrek yetmezliği|diyaliz\\p{L}*|panik atak|alkol bağımlılığı|madde bağımlılığı|kumar bağımlılığı|düşük yap\\p{L}*|kürtaj|kısırlık|Glifor|insülin pompası|insülin|Lustral|Coumadin|metadon|sezaryen|katarakt ameliyatı|kalp pili|işitme cihazı|otizm|Down sendromu|felç|migren|açlık şekeri";

/** Vietnamese (regional-health.ts). */
export const VIETNAMESE_TERMS_S53 =
  "máy tạo nhịp tim|máy trợ thính|máy bơm insulin|insulin|viêm gan b mạn tính|viêm gan mạn|viêm gan B|viêm gan C|viêm gan|lao phổi|bệnh lao|thiếu máu|tăng nhãn áp|đục thủy tinh thể|hen suyễn|loét dạ dày|vảy nến|viêm khớp dạng thấp|suy thận|chạy thận|mổ đẻ|sinh mổ|sảy thai|phá thai|vô sinh|hiếm muộn|rối loạn hoảng sợ|nghiện rượu|nghiện ma túy|nghiện cờ bạc|tự kỷ|hội chứng Down|liệt hai chân|metformin|warfarin|methadone|sertraline|đường huyết lúc đói|đau nửa đầu|sỏi thận";

/** Indonesian (regional-health.ts). */
export const INDONESIAN_TERMS_S53 =
  "hepatitis B|tbc paru|TBC|anemia|glaukoma|darah tinggi|stroke|asma|tukak lambung|psoriasis|rematik|gagal ginjal kronis|gagal ginjal kronik|gagal ginjal|cuci darah|serangan panik|kecanduan alkohol|kecanduan narkoba|kecanduan judi|keguguran|aborsi|gangguan kesuburan|metformin|insulin|sertraline|warfarin|metadon|operasi caesar|operasi katarak|alat pacu jantung|alat bantu dengar|pompa insulin|autisme|sindrom Down|lumpuh|gula darah puasa|migrain";

/** Hebrew (regional-health.ts; one prefix letter allowed there). */
export const HEBREW_TERMS_S53 =
  "סוכר בצום|המוגלובין מסוכרר|צהבת|שחפת|אנמיה|גלאוקומה|ניתוח קטרקט|קטרקט|לחץ דם גבוה|שבץ מוחי|שבץ|אסתמה|אולקוס|כיב קיבה|פסוריאזיס|דלקת פרקים|אי ספיקת כליות|דיאליזה|הפרעה דו-קוטבית|התקפי חרדה|סכיזופרניה|התמכרות לאלכוהול|התמכרות לסמים|התמכרות להימורים|הפסקת היריון|בעיות פוריות|גלוקומין|אינסולין|לוסטרל|קומדין|מתדון|ניתוח קיסרי|קוצב לב|מכשיר שמיעה|משאבת אינסולין|אוטיזם|תסמונת דאון|שיתוק|מיגרנה";

/** Greek (regional-health.ts, the `giu` flags). */
export const GREEK_TERMS_S53 =
  "νεφρική ανεπάρκεια|αιμοκάθαρση|διπολική διαταραχή|κρίσεις πανικού|σχιζοφρένεια|ηπατίτιδα\\p{L}*|φυματίωση|αναιμία|γλαύκωμα|καταρράκτη|υπέρταση|εγκεφαλικό|άσθμα|έλκος|ψωρίαση|αρθρίτιδα|επιληψία|αποβολή|έκτρωση|υπογονιμότητα|μετφορμίνη|ινσουλίνη|μεθαδόνη|βηματοδότη|ακουστικό βαρηκοΐας|αντλία ινσουλίνης|αυτισμό|σύνδρομο Down|παραπληγία|γλυκοζυλιωμένη|σάκχαρο νηστείας|εξάρτηση από ουσίες|εθισμό στον τζόγο|αλκοολισμό|ημικρανία|καισαρική";

/** Swedish (regional-health.ts). */
export const SWEDISH_TERMS_S53 =
  "missfall|kejsarsnitt|starroperation|grå starr|grön starr|glaukom|blodbrist|tuberkulos|hepatit [BC]|psoriasis|ledgångsreumatism|gikt|njursvikt|dialys|magsår|panikångest|alkoholproblem|alkoholism|drogberoende|spelberoende|infertilitet|Waran|Metformin|Sertralin|metadon|hörapparat|insulinpump|Downs syndrom|förlamning|fasteglukos|migrän|utmattningssyndrom";

/**
 * Session 56 (dev-101, issue #15): Hindi spellings of anxiety, kidney failure, addiction treatment, multiple sclerosis,
 * Parkinson's and pregnancy as written from the English words, NFKC like the scanned text (nukta letters decomposed).
 */
export const DEVANAGARI_TERMS_S56 = (
  "एंग्ज़ायटी डिसऑर्डर|एंग्जायटी डिसऑर्डर|एंग्ज़ायटी|एंग्जायटी|एंजाइटी|किडनी फ़ेल्योर|किडनी फेल्योर|किडनी फ़ेलियर|किडनी फेलियर|नशा मुक्ति केंद्र|नशा मुक्ति|" +
  "मल्टीपल स्क्लेरोसिस|पार्किंसन|प्रेगनेंसी|प्रेग्नेंसी|प्रेग्नेंट|प्रेगनेंट|फेफड़ों का कैंसर|ब्लड कैंसर|ओसीडी|पीटीएसडी|एडीएचडी|ऑटिज़्म|ऑटिज्म"
).normalize("NFKC");
