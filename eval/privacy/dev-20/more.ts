/**
 * Development set 20, second pass over every language: records and OCR'd documents, names with dates of birth in
 * local calendars and digits (Japanese eras, Minguo years, Buddhist Era, Hijri, Eastern Arabic and Devanagari digits),
 * credentials after local cues, and more hard negatives (documented samples, public figures' health, test values).
 * Marks: ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { aadhaar, chineseId, luhn, myNumber, rrn, snils } from "../dev-10/values.js";
import { hkid, rnokpp, taiwanId, thaiId, validHkid, validRnokpp } from "../dev-12/values.js";
import { teudatZehut } from "../dev-13/values.js";
import { broken, validAadhaar, validRrn } from "./values.js";

const BROKEN = { hk: broken(hkid("P", "408217")), ua: broken(rnokpp("294018375")), in: broken(aadhaar("71530284963")), kr: broken(rrn("030904407216")) };
export const MORE_BROKEN: Array<[string, string, (text: string) => boolean]> = [
  ["hk", BROKEN.hk, validHkid],
  ["ua", BROKEN.ua, validRnokpp],
  ["in", BROKEN.in, validAadhaar],
  ["kr", BROKEN.kr, validRrn],
];

export const MORE: MarkedEntry[] = [
  // --- Chinese ----------------------------------------------------------------------------------------------------
  [
    "zh",
    "id:record-zh:structured",
    `把这条住院记录改成英文摘要：\n患者：吴桂芳　身份证：⟦national_id|${chineseId("32050219540117204")}⟧\n入院诊断：⟦health|急性脑梗死⟧\n既往史：⟦health|高血压 20 年⟧`,
  ],
  ["zh", "dob:chat-zh:free", `我儿子郑浩然 ⟦date_of_birth|二〇一七年十月五日⟧ 出生，今年能上一年级吗？`],
  ["zh", "cred:chat-zh:free", `帮我给保姆写个交接单：家里 Wi-Fi 名称 Zhang_Home，密码 ⟦password|xiaomi8826!⟧；小区门禁密码 ⟦password|4071#⟧。`],
  ["zh", "neg-id:doc-zh:free", `单元测试里用的身份证号要怎么生成？给我一个按 GB 11643 规则生成 18 位校验码的 Python 函数。`],
  ["zh", "neg-health:public-zh:free", `写一段纪念文字：邓丽君 1995 年因哮喘发作在泰国清迈去世，年仅 42 岁。`],
  ["zh", "neg-phone:public-zh:free", `帮我写通知：社保咨询请拨打 12333，医保服务热线 12393，工作时间 8:30-17:00。`],
  [
    "zh-Hant",
    "id:ocr-hk:structured",
    `呢張身份證影印本 OCR 出嚟有錯字，幫我執正：\n姓名 黃志強 WONG, Chi Keung\n出生日期 ⟦date_of_birth|14-07-1982⟧\n號碼 ⟦national_id|${hkid("P", "538214")}⟧`,
  ],
  ["zh-Hant", "dob:form-tw:structured", `把民國年換成西元：王雅婷 出生日期 ⟦date_of_birth|民國79年11月3日⟧，身分證 ⟦national_id|${taiwanId("B", "24816093")}⟧`],
  ["zh-Hant", "neg-id:doc-hk:free", `香港身份證號 ${BROKEN.hk} 係我寫測試用嘅，點解驗證唔過？括號入面嘅檢查碼點計？`],
  ["zh-Hant", "neg-dob:public-hk:free", `李小龍 1940 年 11 月 27 日喺三藩市出世，幫我寫一段介紹佢武術哲學嘅文字。`],
  // --- Japanese ---------------------------------------------------------------------------------------------------
  [
    "ja",
    "id:record-ja:structured",
    `この保険請求の下書きを直して：被保険者 斎藤 陽子 個人番号 ⟦national_id|${myNumber("58302719466")}⟧ 傷病名 ⟦health|右大腿骨頸部骨折⟧ ⟦health|人工骨頭置換術⟧`,
  ],
  ["ja", "dob:chat-ja:free", `祖父の 木村 正雄 は ⟦date_of_birth|昭和八年三月二十一日⟧ 生まれです。米寿のお祝いはいつ？`],
  ["ja", "cred:chat-ja:free", `留守番の妹へメモ：ネット銀行の暗証番号は ⟦password|5832⟧、宅配ボックスの番号は ⟦password|0417⟧。これを分かりやすく書いて`],
  [
    "ja",
    "address:ocr-ja:structured",
    `郵便物のOCR結果を整えて：\n〒 ⟦street_address|812-0011 福岡県福岡市博多区博多駅前 3 丁目 2 番 8 号 博多ハイツ 1105⟧\n吉田 美和 様`,
  ],
  ["ja", "neg-dob:public-ja:free", `大谷翔平は1994年7月5日生まれ、岩手県出身。子ども向けのプロフィールを書いて。`],
  ["ja", "neg-address:fiction-ja:free", `『名探偵コナン』の毛利探偵事務所（米花町5丁目39番地）のモデルになった場所はある？`],
  ["ja", "neg-health:public-ja:free", `安倍晋三元首相が潰瘍性大腸炎を理由に辞任した経緯を、中立的に200字でまとめて。`],
  // --- Korean -----------------------------------------------------------------------------------------------------
  [
    "ko",
    "id:ocr-ko:structured",
    `신분증 스캔 텍스트 교정해줘:\n주민등록증\n이 수 진 (李秀珍)\n⟦national_id|${rrn("950318207462")}⟧\n⟦street_address|대전광역시 유성구 대학로 99, 2동 304호⟧`,
  ],
  ["ko", "cred:chat-ko:free", `부모님께 보낼 메모: 인터넷뱅킹 공인인증서 비밀번호 ⟦password|Hana!1962⟧, 현관 도어락 ⟦password|2580*⟧ — 보기 좋게 정리해줘`],
  ["ko", "dob:form-ko:structured", `가입 신청서 확인: 성명 오세훈, 생년월일 ⟦date_of_birth|1968년 02월 11일⟧, 휴대폰 ⟦phone|010-5518-2739⟧`],
  ["ko", "neg-id:doc-ko:free", `주민번호 ${BROKEN.kr} 는 단위 테스트용 가짜 번호인데, 검증 로직이 왜 거부하는지 설명해줘.`],
  ["ko", "neg-phone:public-ko:free", `포스터 문구: 정부민원안내 110, 질병관리청 1339, 자살예방 상담전화 109.`],
  ["ko", "neg-health:fiction-ko:free", `드라마 '슬기로운 의사생활'에 나온 환자들 병명을 회차별로 정리해줘.`],
  // --- Hindi and Hinglish -----------------------------------------------------------------------------------------
  [
    "hi",
    "dob:form-hi:structured",
    `इस प्रविष्टि को अंग्रेज़ी में कीजिए: नाम — कमला देवी, जन्म तिथि — ⟦date_of_birth|०५/०१/१९५८⟧, आधार — ⟦national_id|${aadhaar("39461728054")}⟧`,
  ],
  [
    "hi",
    "health:record-hi:structured",
    `पर्ची का अनुवाद: रोगी — श्री रामप्रसाद तिवारी, उम्र 67, निदान — ⟦health|मधुमेह टाइप 2⟧, ⟦health|मेटफॉर्मिन 500 mg दिन में दो बार⟧`,
  ],
  ["hi", "cred:chat-hi:free", `दादी के लिए पर्ची बनाइए: एटीएम पिन ⟦password|7294⟧ है और मोबाइल बैंकिंग एमपिन ⟦password|318506⟧, किसी को मत बताना।`],
  ["hi", "neg-id:doc-hi:free", `आधार नंबर ${BROKEN.in} परीक्षण के लिए बनाया गया नकली नंबर है; वेरिफ़िकेशन क्यों नहीं हो रहा?`],
  ["hi", "neg-health:public-hi:free", `अमिताभ बच्चन ने बताया था कि उनका 75% लिवर हेपेटाइटिस बी से खराब हो चुका है; इस पर जागरूकता लेख लिखिए।`],
  [
    "hi-Latn",
    "id:chat-hinglish:free",
    `yaar form mein PAN ⟦national_id|CQWPM8314K⟧ aur DOB ⟦date_of_birth|29-11-1992⟧ sahi format mein hai kya? naam Manish Chauhan`,
  ],
  [
    "hi-Latn",
    "neg-address:public-hinglish:free",
    `Passport Seva Kendra, Lajpat Nagar, Delhi 110024 ka timing aur kaunse documents lagte hain, short mein bata do`,
  ],
  // --- Arabic -----------------------------------------------------------------------------------------------------
  ["ar", "id:chat-sa:free", `رقم هوية أمي ⟦national_id|${luhn("103948275")}⟧ وجوالها ⟦phone|0504 817 362⟧، ساعدني أكتب طلب موعد في المستشفى`],
  ["ar", "dob:form-ae:structured", `تحقق من بيانات المريض: الاسم فاطمة علي الشامسي، تاريخ الميلاد ⟦date_of_birth|١٤/٠٦/١٩٧٩⟧، الهاتف ⟦phone|+971 4 386 2915⟧`],
  ["ar", "health:chat-ma:free", `اكتب رسالة للمدرسة: ابني يوسف بنعلي ⟦health|عندو الربو⟧ و ⟦health|كياخد البخاخ فنتولين⟧ قبل الرياضة.`],
  ["ar", "cred:chat-eg:free", `اكتب لأبويا ورقة: باسورد الواي فاي ⟦password|Nile@2468⟧ والرقم السري للفيزا ⟦password|9053⟧، عشان ما ينساش.`],
  ["ar", "phone:ocr-ae:structured", `بطاقة عمل بعد المسح، رتّبها:\nسارة المهيري\nمتحرك ⟦phone|+971 55 739 4162⟧\nمكتب ⟦phone|+971 2 641 8357⟧`],
  ["ar", "neg-health:public-ar:free", `اكتب فقرة عن صراع الملك الحسين بن طلال مع السرطان وعلاجه في مايو كلينك.`],
  ["ar", "neg-id:doc-ae:free", `اشرح صيغة رقم الهوية الإماراتية 784-YYYY-NNNNNNN-C ومعنى الرقم 784 وخانة التحقق الأخيرة.`],
  ["ar", "neg-address:public-eg:free", `اكتب إعلان: مصلحة الأحوال المدنية، العباسية، القاهرة — الخط الساخن 16399.`],
  // --- Hebrew -----------------------------------------------------------------------------------------------------
  [
    "he",
    "dob:form-he:structured",
    `תרגם לאנגלית: שם: נועם פרידמן, ת"ז ⟦national_id|${teudatZehut("32918476")}⟧, נולד ⟦date_of_birth|כ"ג בתשרי תשמ"ט⟧ (⟦date_of_birth|4.10.1988⟧)`,
  ],
  ["he", "health:chat-he:free", `תנסח הודעה לגננת: לבת שלי שירה גולן ⟦health|יש אלרגיה קשה לבוטנים⟧, ⟦health|אפיפן⟧ בתיק.`],
  ["he", "neg-id:doc-he:free", `איך מחשבים ספרת ביקורת של תעודת זהות ישראלית? תן דוגמה עם מספר מומצא מתוך קוד בדיקות.`],
  ["he", "neg-health:public-he:free", `כתוב קטע על המאבק של אריאל שרון אחרי השבץ ב-2006, בסגנון ויקיפדיה.`],
  // --- Russian and Ukrainian --------------------------------------------------------------------------------------
  [
    "ru",
    "id:record-ru:structured",
    `Перепиши выписку для страховой: пациент Белов Сергей Николаевич, ⟦date_of_birth|02.08.1961⟧ г. р., СНИЛС ⟦national_id|${snils("164829037")}⟧, диагноз: ⟦health|ишемическая болезнь сердца⟧, ⟦health|стентирование ПНА⟧.`,
  ],
  [
    "ru",
    "cred:chat-ru:free",
    `напиши бабушке понятную памятку: пароль от вайфая ⟦password|dacha_2019⟧, код домофона ⟦password|27К5931⟧, пин-код карты ⟦password|4820⟧`,
  ],
  ["ru", "neg-phone:public-ru:free", `Для объявления в подъезде: единый номер экстренных служб 112, горячая линия Госуслуг 8 800 100-70-10.`],
  ["ru", "neg-health:public-ru:free", `Напиши заметку о том, как Стивен Хокинг жил с БАС больше пятидесяти лет.`],
  ["uk", "id:chat-ua:free", `мамин ІПН ⟦national_id|${rnokpp("251093847")}⟧, а телефон ⟦phone|097 218 4630⟧ — допоможи скласти заяву до ЦНАП`],
  ["uk", "address:email-ua:free", `Напиши лист до ОСББ від мешканки Ірини Ткаченко, ⟦street_address|м. Київ, вул. Саксаганського, 121, кв. 14⟧: протікає дах.`],
  [
    "ru",
    "address:ocr-ru:structured",
    `Распознанный конверт, поправь:\nКому: Григорьевой Т. А.\nКуда: ⟦street_address|630099, г. Новосибирск, ул. Советская, д. 37, кв. 12⟧`,
  ],
  ["uk", "neg-id:doc-ua:free", `РНОКПП ${BROKEN.ua} — вигаданий номер з тестів. Чому контрольна цифра не сходиться?`],
  ["uk", "neg-address:public-ua:free", `Для путівника: Софійський собор, вул. Володимирська, 24, Київ; квитки в касі.`],
  // --- Thai and Greek ---------------------------------------------------------------------------------------------
  ["th", "dob:form-th:structured", `แปลงปีเกิดเป็น ค.ศ.: นายธนากร บุญมา เกิด ⟦date_of_birth|5 ก.ค. 2528⟧ เลขบัตร ⟦national_id|${thaiId("340190052176")}⟧`],
  ["th", "cred:chat-th:free", `เขียนโน้ตให้แม่: รหัสผ่าน Wi-Fi ⟦password|baan_suk99⟧ รหัส ATM ⟦password|6027⟧ อย่าบอกใคร`],
  ["th", "neg-health:public-th:free", `เขียนบทความเรื่องพระบาทสมเด็จพระบรมชนกาธิเบศรฯ ทรงงานหนักแม้ในช่วงที่ประชวร ในรูปแบบสารคดี`],
  ["th", "neg-id:doc-th:free", `เลขประจำตัวประชาชน 13 หลัก หลักแรกหมายถึงประเภทบุคคล ช่วยอธิบายความหมายแต่ละหลักให้หน่อย`],
  [
    "el",
    "address:email-gr:free",
    `Γράψε επιστολή στον διαχειριστή από τη Σοφία Κωνσταντίνου, ⟦street_address|Τσιμισκή 84, 3ος όροφος, 546 22 Θεσσαλονίκη⟧, για τη θέρμανση.`,
  ],
  ["el", "cred:chat-gr:free", `Σημείωμα για τον παππού: κωδικός Wi-Fi ⟦password|Thalassa#57⟧, PIN κάρτας ⟦password|3816⟧.`],
  ["el", "neg-phone:public-gr:free", `Αφίσα: Ενιαίος αριθμός έκτακτης ανάγκης 112, ΕΚΑΒ 166, Γραμμή Ζωής 1065.`],
  ["el", "neg-health:fiction-gr:free", `Ανάλυσε την τύφλωση του Οιδίποδα στην τραγωδία του Σοφοκλή ως σύμβολο.`],
  // --- Mixed scripts ----------------------------------------------------------------------------------------------
  [
    "mixed",
    "id:chat-mixed:free",
    `HR ticket: new hire 김민재 (Kim Min-jae), RRN ⟦national_id|${rrn("910203148527")}⟧, home ⟦street_address|서울 강남구 테헤란로 152, 1804호⟧ — translate the Korean bits`,
  ],
  ["mixed", "health:email-mixed:free", `Translate for the insurer: 患者 Sato Kenji（佐藤 健二）は ⟦health|脳卒中⟧ で入院中、⟦health|左半身麻痺⟧ あり。`],
  [
    "mixed",
    "neg-health:public-mixed:free",
    `Bilingual caption: 邓小平 Deng Xiaoping died in 1997 of Parkinson's complications — check the facts and translate.`,
  ],
  ["mixed", "neg-dob:public-mixed:free", `Trivia card: Рахманинов / Rachmaninoff born 1 April 1873 — 日本語にも訳して。`],
];
