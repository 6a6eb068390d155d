/**
 * dev-92 vocabulary: 42 health terms in the scripts and languages dev-91 did not cover — Chinese (simplified and
 * traditional), Korean, Arabic, Hindi (Devanagari) and Hinglish, Russian, Ukrainian, Turkish, Vietnamese, Thai, Greek,
 * Hebrew, Indonesian, Swedish — each written as patients and relatives write it in that language (糖尿病, 당뇨, السكري,
 * शुगर, "sugar", сахарный диабет, şeker hastalığı, tiểu đường, เบาหวาน, ζάχαρο, kencing manis; brands where people say
 * the brand: Glifor, جلوكوفاج, גלוקומין, Waran, 樂復得, Lustral). Conditions cover ICD-10 chapters I–IV, VI, VII, IX–XIV
 * (chapter V is the `mental` and `addiction` domains, XV the `reproductive` one); medicines are from the WHO Model List
 * of Essential Medicines (2023); then procedures, labs with a drawn value, devices and disabilities. Written for this
 * set from those lists, not from the guard's word lists.
 *
 * Each text is the form that follows the language's verb frame for the term's verb (frames-*.ts: `has`, `takes`,
 * `had`, `fitted`, `lab`), the health words in square brackets (the gold span, and the bare form after a form label).
 * A text starting with `~` replaces the verb: it is the whole predicate after the holder ("~去年[中风]了"). Lab values:
 * `{v}` HbA1c in %, `{s}` HbA1c in mmol/mol (Sweden), `{g}` fasting glucose in mmol/L, `{m}` in mg/dL.
 */

import type { Domain, GridTerm } from "../health-grid.js";

export const LANGS = ["zh", "zh-Hant", "ko", "ar", "hi", "hi-Latn", "ru", "uk", "tr", "vi", "th", "el", "he", "id", "sv"] as const;
export type Lang = (typeof LANGS)[number];

export { type Domain, DOMAINS } from "../health-grid.js";

export type Verb = "has" | "takes" | "had" | "fitted" | "lab";

export type Term = GridTerm<Lang, Verb>;

// prettier-ignore
type Row = [id: string, domain: Domain, verb: Verb, chapter: string | undefined, text: string];

/** One row per term; the 15 texts in `LANGS` order, separated by ` | `. */
// prettier-ignore
const ROWS: Row[] = [
  ["hepatitis-b", "condition", "has", "I", "[乙肝] | [B肝] | [B형 간염] | [التهاب الكبد الوبائي ب] | [हेपेटाइटिस बी] | [hepatitis B] | [гепатит B] | [гепатит B] | [hepatit B] | [viêm gan B] | [ไวรัสตับอักเสบบี] | [ηπατίτιδα Β] | [צהבת B] | [hepatitis B] | [hepatit B]"],
  ["tuberculosis", "condition", "has", "I", "[肺结核] | [肺結核] | [결핵] | [السل] | [टीबी] | [TB] | [туберкулёз] | [туберкульоз] | [verem] | [lao phổi] | [วัณโรค] | [φυματίωση] | [שחפת] | [TBC] | [tuberkulos]"],
  ["breast-cancer", "condition", "has", "II", "[乳腺癌] | [乳癌] | [유방암] | [سرطان الثدي] | [ब्रेस्ट कैंसर] | [breast cancer] | [рак груди] | [рак грудей] | [meme kanseri] | [ung thư vú] | [มะเร็งเต้านม] | [καρκίνο του μαστού] | [סרטן השד] | [kanker payudara] | [bröstcancer]"],
  ["anaemia", "condition", "has", "III", "[贫血] | [貧血] | [빈혈] | [فقر الدم] | [खून की कमी] | [khoon ki kami] | [анемия] | [анемія] | [kansızlık] | [thiếu máu] | [โลหิตจาง] | [αναιμία] | [אנמיה] | [anemia] | [blodbrist]"],
  ["diabetes", "condition", "has", "IV", "[糖尿病] | [糖尿病] | [당뇨] | [السكري] | [शुगर] | [sugar] | [сахарный диабет] | [цукровий діабет] | [şeker hastalığı] | [tiểu đường] | [เบาหวาน] | [ζάχαρο] | [סוכרת] | [kencing manis] | [diabetes]"],
  ["epilepsy", "condition", "has", "VI", "[癫痫] | [癲癇] | [뇌전증] | [الصرع] | [मिर्गी] | [mirgi] | [эпилепсия] | [епілепсія] | [sara] | [động kinh] | [โรคลมชัก] | [επιληψία] | [אפילפסיה] | [epilepsi] | [epilepsi]"],
  ["glaucoma", "condition", "has", "VII", "[青光眼] | [青光眼] | [녹내장] | [الجلوكوما] | [काला मोतिया] | [kala motia] | [глаукома] | [глаукома] | [göz tansiyonu] | [tăng nhãn áp] | [ต้อหิน] | [γλαύκωμα] | [גלאוקומה] | [glaukoma] | [grön starr]"],
  ["hypertension", "condition", "has", "IX", "[高血压] | [高血壓] | [고혈압] | [الضغط] | [हाई बीपी] | [high BP] | [гипертония] | [гіпертонія] | [yüksek tansiyon] | [cao huyết áp] | [ความดันสูง] | [υπέρταση] | [לחץ דם גבוה] | [darah tinggi] | [högt blodtryck]"],
  ["stroke", "condition", "had", "IX", "~去年[中风]了 | ~去年[中風]了 | ~지난달 [뇌졸중]으로 쓰러졌어요 | ~جاتها [جلطة دماغية] | ~को [ब्रेन स्ट्रोक] आया था | ~ko [brain stroke] aaya tha | [инсульт] | [інсульт] | ~[inme] geçirdi | bị [đột quỵ] | ~เพิ่งเป็น[โรคหลอดเลือดสมอง] | [εγκεφαλικό] | [שבץ] | ~kena [stroke] | ~har fått en [stroke]"],
  ["asthma", "condition", "has", "X", "[哮喘] | [氣喘] | [천식] | [الربو] | [दमा] | [asthma] | [астма] | [астма] | [astım] | [hen suyễn] | [หอบหืด] | [άσθμα] | [אסתמה] | [asma] | [astma]"],
  ["stomach-ulcer", "condition", "has", "XI", "[胃溃疡] | [胃潰瘍] | [위궤양] | [قرحة المعدة] | [पेट का अल्सर] | [pet ka ulcer] | [язва желудка] | [виразка шлунка] | [mide ülseri] | [loét dạ dày] | [โรคกระเพาะ] | [έλκος στο στομάχι] | [אולקוס] | [tukak lambung] | [magsår]"],
  ["psoriasis", "condition", "has", "XII", "[银屑病] | [乾癬] | [건선] | [الصدفية] | [सोरायसिस] | [psoriasis] | [псориаз] | [псоріаз] | [sedef hastalığı] | [vảy nến] | [สะเก็ดเงิน] | [ψωρίαση] | [פסוריאזיס] | [psoriasis] | [psoriasis]"],
  ["arthritis", "condition", "has", "XIII", "[类风湿关节炎] | [類風濕性關節炎] | [류마티스 관절염] | [الروماتيزم] | [गठिया] | [gathiya] | [ревматоидный артрит] | [ревматоїдний артрит] | [romatizma] | [viêm khớp dạng thấp] | [รูมาตอยด์] | [ρευματοειδή αρθρίτιδα] | [דלקת פרקים] | [rematik] | [ledgångsreumatism]"],
  ["kidney-failure", "condition", "has", "XIV", "[肾衰竭] | [腎衰竭] | [신부전] | [الفشل الكلوي] | [किडनी की बीमारी] | [kidney ki bimari] | [почечная недостаточность] | [ниркова недостатність] | [böbrek yetmezliği] | [suy thận] | [ไตวาย] | [νεφρική ανεπάρκεια] | [אי ספיקת כליות] | [gagal ginjal] | [njursvikt]"],
  // mental health (ICD-10 chapter V)
  ["depression", "mental", "has", "V", "[抑郁症] | [憂鬱症] | [우울증] | [الاكتئاب] | [डिप्रेशन] | [depression] | [депрессия] | [депресія] | [depresyon] | [trầm cảm] | [ซึมเศร้า] | [κατάθλιψη] | [דיכאון] | [depresi] | [depression]"],
  ["bipolar", "mental", "has", "V", "[双相情感障碍] | [躁鬱症] | [조울증] | [الاضطراب ثنائي القطب] | [बाइपोलर डिसऑर्डर] | [bipolar] | [биполярное расстройство] | [біполярний розлад] | [bipolar bozukluk] | [rối loạn lưỡng cực] | [ไบโพลาร์] | [διπολική διαταραχή] | [הפרעה דו-קוטבית] | [bipolar] | [bipolär sjukdom]"],
  ["panic", "mental", "has", "V", "[惊恐障碍] | [恐慌症] | [공황장애] | [نوبات الهلع] | [पैनिक अटैक] | [panic attacks] | [панические атаки] | [панічні атаки] | [panik atak] | [rối loạn hoảng sợ] | [โรคแพนิค] | [κρίσεις πανικού] | [התקפי חרדה] | [serangan panik] | [panikångest]"],
  ["schizophrenia", "mental", "has", "V", "[精神分裂症] | [思覺失調症] | [조현병] | [الفصام] | [सिज़ोफ्रेनिया] | [schizophrenia] | [шизофрения] | [шизофренія] | [şizofreni] | [tâm thần phân liệt] | [จิตเภท] | [σχιζοφρένεια] | [סכיזופרניה] | [skizofrenia] | [schizofreni]"],
  // addictions (chapter V)
  ["alcohol", "addiction", "has", "V", "[酒精依赖] | [酒癮] | [알코올 중독] | [إدمان الكحول] | [शराब की लत] | [daaru ki lat] | [алкоголизм] | [алкоголізм] | [alkol bağımlılığı] | [nghiện rượu] | ~[ติดเหล้า]หนัก | [πρόβλημα με το αλκοόλ] | [התמכרות לאלכוהול] | [kecanduan alkohol] | [alkoholproblem]"],
  ["drugs", "addiction", "has", "V", "[药物成瘾] | [藥物成癮] | [마약 중독] | [إدمان المخدرات] | [नशे की लत] | [nashe ki lat] | [наркозависимость] | [наркозалежність] | [madde bağımlılığı] | [nghiện ma túy] | ~[ติดยา] | [εξάρτηση από ουσίες] | [התמכרות לסמים] | [kecanduan narkoba] | [drogberoende]"],
  ["gambling", "addiction", "has", "V", "[赌博成瘾] | [賭博成癮] | [도박 중독] | [إدمان القمار] | [जुए की लत] | [juye ki lat] | [игромания] | [ігроманія] | [kumar bağımlılığı] | [nghiện cờ bạc] | ~[ติดการพนัน] | [εθισμό στον τζόγο] | [התמכרות להימורים] | [kecanduan judi] | [spelberoende]"],
  // reproductive and sexual health (miscarriage: chapter XV)
  ["miscarriage", "reproductive", "had", "XV", "~上个月[流产]了 | ~上個月[流產]了 | ~지난달 [유산]했어요 | ~حصل لها [إجهاض] | ~का [गर्भपात] हो गया | ~ka [miscarriage] ho gaya | [выкидыш] | [викидень] | ~[düşük] yaptı | bị [sảy thai] | [แท้งลูก] | [αποβολή] | [הפלה] | ~baru [keguguran] | ~har fått [missfall]"],
  ["abortion", "reproductive", "had", undefined, "[人流] | [人工流產] | [임신중절 수술] | [عملية إجهاض] | ~ने [अबॉर्शन] करवाया | ~ne [abortion] karwaya | [аборт] | [аборт] | [kürtaj] | [phá thai] | [ทำแท้ง] | [έκτρωση] | [הפסקת היריון] | [aborsi] | [abort]"],
  ["hiv", "reproductive", "has", undefined, "[艾滋病] | [愛滋病] | [HIV 감염] | [الإيدز] | [एचआईवी] | [HIV] | [ВИЧ] | [ВІЛ] | [HIV] | [HIV] | ~[ติดเชื้อเอชไอวี] | [HIV] | [HIV] | [HIV] | [hiv]"],
  ["infertility", "reproductive", "has", undefined, "[不孕症] | [不孕症] | [난임] | [العقم] | [बांझपन] | [infertility] | [бесплодие] | [безпліддя] | [kısırlık] | [vô sinh] | [ภาวะมีบุตรยาก] | [υπογονιμότητα] | [בעיות פוריות] | [gangguan kesuburan] | [infertilitet]"],
  // WHO essential medicines, as people name them locally
  ["metformin", "medicine", "takes", undefined, "[二甲双胍] | [二甲雙胍] | [메트포르민] | [جلوكوفاج] | [मेटफॉर्मिन] | [metformin] | [метформин] | [метформін] | [Glifor] | [metformin] | [เมตฟอร์มิน] | [μετφορμίνη] | [גלוקומין] | [metformin] | [Metformin]"],
  ["insulin", "medicine", "takes", undefined, "~一直在打[胰岛素] | ~一直在打[胰島素] | ~매일 [인슐린 주사]를 맞아요 | [الإنسولين] | [इंसुलिन] | [insulin] | ~колет [инсулин] | ~колить [інсулін] | [insülin] | ~đang tiêm [insulin] | ~ฉีด[อินซูลิน]ทุกวัน | [ινσουλίνη] | [אינסולין] | ~rutin suntik [insulin] | [insulin]"],
  ["sertraline", "medicine", "takes", undefined, "[舍曲林] | [樂復得] | [졸로푸트] | [زولوفت] | [सर्ट्रालीन] | [sertraline] | [сертралин] | [сертралін] | [Lustral] | [sertraline] | [เซอร์ทราลีน] | [Zoloft] | [לוסטרל] | [sertraline] | [Sertralin]"],
  ["warfarin", "medicine", "takes", undefined, "[华法林] | [華法林] | [와파린] | [الوارفارين] | [वारफरिन] | [warfarin] | [варфарин] | [варфарин] | [Coumadin] | [warfarin] | [วาร์ฟาริน] | [Sintrom] | [קומדין] | [warfarin] | [Waran]"],
  ["methadone", "medicine", "takes", undefined, "[美沙酮] | [美沙冬] | [메타돈] | [الميثادون] | [मेथाडोन] | [methadone] | [метадон] | [метадон] | [metadon] | [methadone] | [เมทาโดน] | [μεθαδόνη] | [מתדון] | [metadon] | [metadon]"],
  // procedures
  ["chemotherapy", "procedure", "had", undefined, "[化疗] | [化療] | [항암치료] | ~تأخذ [الكيماوي] | [कीमोथेरेपी] | [chemo] | [химиотерапию] | [хіміотерапію] | ~[kemoterapi] aldı | [hóa trị] | ทำ[คีโม] | [χημειοθεραπεία] | [כימותרפיה] | [kemoterapi] | ~får [cellgiftsbehandling]"],
  ["dialysis", "procedure", "had", undefined, "~每周三次[透析] | ~每週三次[洗腎] | ~일주일에 세 번 [투석] 받아요 | ~تعمل [غسيل كلى] | ~का [डायलिसिस] चल रहा है | ~ka [dialysis] chal raha hai | ~ходит на [диализ] | ~ходить на [діаліз] | ~[diyaliz] tedavisi görüyor | [chạy thận] | [ฟอกไต] | [αιμοκάθαρση] | [דיאליזה] | [cuci darah] | ~går på [dialys]"],
  ["c-section", "procedure", "had", undefined, "[剖腹产] | [剖腹產] | [제왕절개] | [عملية قيصرية] | [सिजेरियन डिलीवरी] | [cesarean delivery] | [кесарево сечение] | [кесарів розтин] | [sezaryen] | [mổ đẻ] | [ผ่าคลอด] | [καισαρική] | [ניתוח קיסרי] | [operasi caesar] | [kejsarsnitt]"],
  ["cataract-surgery", "procedure", "had", undefined, "[白内障手术] | [白內障手術] | [백내장 수술] | [عملية المياه البيضاء] | [मोतियाबिंद की सर्जरी] | [motiyabind ki surgery] | [операцию по удалению катаракты] | [операцію на катаракту] | [katarakt ameliyatı] | [mổ đục thủy tinh thể] | [ผ่าตัดต้อกระจก] | [εγχείρηση καταρράκτη] | [ניתוח קטרקט] | [operasi katarak] | en [starroperation]"],
  // labs with a drawn value
  ["hba1c", "lab", "lab", undefined, "[糖化血红蛋白{v}%] | [糖化血色素{v}%] | [당화혈색소 {v}%] | [السكر التراكمي {v}%] | [HbA1c {v}%] | [HbA1c {v}%] | [гликированный гемоглобин {v} %] | [глікований гемоглобін {v} %] | [HbA1c değeri %{v}] | [HbA1c {v}%] | [น้ำตาลสะสม {v}%] | [γλυκοζυλιωμένη {v}%] | [המוגלובין מסוכרר {v}%] | [HbA1c {v}%] | [HbA1c på {s} mmol/mol]"],
  ["fasting-glucose", "lab", "lab", undefined, "[空腹血糖{g}] | [飯前血糖{m}] | [공복혈당 {m}] | [سكر صائم {m}] | [फास्टिंग शुगर {m}] | [fasting sugar {m}] | [сахар натощак {g}] | [цукор натще {g}] | [açlık şekeri {m}] | [đường huyết lúc đói {g}] | [น้ำตาลในเลือด {m}] | [σάκχαρο νηστείας {m}] | [סוכר בצום {m}] | [gula darah puasa {m}] | [fasteglukos {g}]"],
  // devices
  ["pacemaker", "device", "fitted", undefined, "[心脏起搏器] | [心律調節器] | [심장박동기] | [منظم ضربات القلب] | [पेसमेकर] | [pacemaker] | [кардиостимулятор] | [кардіостимулятор] | [kalp pili] | [máy tạo nhịp tim] | [เครื่องกระตุ้นหัวใจ] | [βηματοδότη] | [קוצב לב] | [alat pacu jantung] | [pacemaker]"],
  ["hearing-aid", "device", "fitted", undefined, "[助听器] | [助聽器] | [보청기] | [سماعة طبية] | [हियरिंग एड] | [hearing aid] | [слуховой аппарат] | [слуховий апарат] | [işitme cihazı] | [máy trợ thính] | [เครื่องช่วยฟัง] | [ακουστικό βαρηκοΐας] | [מכשיר שמיעה] | [alat bantu dengar] | [hörapparat]"],
  ["insulin-pump", "device", "fitted", undefined, "[胰岛素泵] | [胰島素幫浦] | [인슐린 펌프] | [مضخة إنسولين] | [इंसुलिन पंप] | [insulin pump] | [инсулиновая помпа] | [інсулінова помпа] | [insülin pompası] | [máy bơm insulin] | [ปั๊มอินซูลิน] | [αντλία ινσουλίνης] | [משאבת אינסולין] | [pompa insulin] | [insulinpump]"],
  // disabilities
  ["autism", "disability", "has", undefined, "[自闭症] | [自閉症] | [자폐 스펙트럼 장애] | [التوحد] | [ऑटिज़्म] | [autism] | [аутизм] | [аутизм] | [otizm] | [tự kỷ] | [ออทิสติก] | [αυτισμό] | [אוטיזם] | [autisme] | [autism]"],
  ["down-syndrome", "disability", "has", undefined, "[唐氏综合征] | [唐氏症] | [다운증후군] | [متلازمة داون] | [डाउन सिंड्रोम] | [Down syndrome] | [синдром Дауна] | [синдром Дауна] | [Down sendromu] | [hội chứng Down] | [ดาวน์ซินโดรม] | [σύνδρομο Down] | [תסמונת דאון] | [sindrom Down] | [Downs syndrom]"],
  ["paraplegia", "disability", "has", undefined, "[截瘫] | [下半身癱瘓] | [하반신 마비] | [شلل نصفي] | [लकवा] | [lakwa] | [паралич ног] | [параліч ніг] | [felç] | [liệt hai chân] | [อัมพาตครึ่งล่าง] | [παραπληγία] | [שיתוק ברגליים] | [lumpuh] | [förlamning]"],
];

export const TERMS: readonly Term[] = ROWS.map(([id, domain, verb, chapter, joined]) => {
  const text = joined.split(" | ");
  if (text.length !== LANGS.length) throw new Error(`${id}: ${text.length} texts`);
  return { id, domain, verb, chapter, text: Object.fromEntries(LANGS.map((lang, index) => [lang, text[index]!])) as Record<Lang, string> };
});

/** The ICD-10 chapters the terms must cover. */
export const ICD_CHAPTERS = ["I", "II", "III", "IV", "V", "VI", "VII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/** True when the term's text in `lang` replaces the verb (`~…`). */
export const replacesVerb = (term: Term, lang: Lang) => term.text[lang].startsWith("~");
