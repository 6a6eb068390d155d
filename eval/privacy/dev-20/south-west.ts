/**
 * Development set 20, Hindi (Devanagari), Hinglish (Latin), Arabic (Saudi Arabia, UAE, Egypt, Levant) and Hebrew
 * entries. Marks: ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { aadhaar, luhn } from "../dev-10/values.js";
import { teudatZehut } from "../dev-13/values.js";
import { broken } from "./values.js";

export const SOUTH_WEST_BROKEN = {
  hi: broken(aadhaar("58271946310")),
  sa: broken(luhn("108273645")),
  he: broken(teudatZehut("31847265")),
};

export const SOUTH_WEST: MarkedEntry[] = [
  // --- Hindi, Devanagari --------------------------------------------------------------------------------------------
  [
    "hi",
    "id:form-hi:structured",
    `इस फ़ॉर्म को अंग्रेज़ी में लिखिए:\nनाम: राजेश कुमार शर्मा\nआधार संख्या: ⟦national_id|${aadhaar("47392810563")}⟧\nपैन: ⟦national_id|BKRPS4827M⟧\nपता: ⟦street_address|मकान नं. 142, सेक्टर 15, रोहिणी, दिल्ली 110085⟧`,
  ],
  ["hi", "id:chat-hi:free", `मेरी माँ का आधार नंबर ⟦national_id|${aadhaar("63918274051")}⟧ है, पेंशन फ़ॉर्म में कहाँ लिखना है बताइए`],
  [
    "hi",
    "address:letter-hi:free",
    `बिजली विभाग को शिकायत पत्र लिखिए। मेरा पता है ⟦street_address|ग्राम पोस्ट खजुरी, तहसील सदर, ज़िला वाराणसी, उत्तर प्रदेश 221011⟧, नाम सुरेश यादव।`,
  ],
  ["hi", "dob:form-hi:structured", `प्रमाणपत्र का मसौदा जाँचिए: छात्रा का नाम प्रिया गुप्ता, जन्म तिथि ⟦date_of_birth|12-09-2008⟧, पिता का नाम अनिल गुप्ता`],
  ["hi", "health:message-hi:free", `प्रिंसिपल को छुट्टी का आवेदन लिखिए: मेरे बेटे आरव मिश्रा को ⟦health|टाइफाइड⟧ हुआ है और डॉक्टर ने ⟦health|दस दिन आराम⟧ बताया है।`],
  ["hi", "phone:chat-hi:free", `इन नंबरों को कॉन्टैक्ट कार्ड में लिखो: मामाजी दिनेश वर्मा ⟦phone|+91 98271 46035⟧, घर का ⟦phone|0755-2764183⟧`],
  ["hi", "neg-id:doc-hi:free", `आधार नंबर ${SOUTH_WEST_BROKEN.hi} वेरिफ़िकेशन में फ़ेल क्यों होता है? यह मैंने टेस्ट के लिए बनाया है, वरहॉफ़ एल्गोरिद्म समझाइए।`],
  ["hi", "neg-dob:public-hi:free", `डॉ. भीमराव आंबेडकर का जन्म 14 अप्रैल 1891 को महू में हुआ था। उन पर एक निबंध लिखिए।`],
  ["hi", "neg-phone:public-hi:free", `पोस्टर के लिए: आपातकालीन नंबर 112, महिला हेल्पलाइन 1091, आयुष्मान भारत हेल्पलाइन 14555।`],
  ["hi", "neg-address:public-hi:free", `राष्ट्रपति भवन, नई दिल्ली 110004 घूमने का समय और टिकट की जानकारी एक पैराग्राफ़ में लिखिए।`],
  ["hi", "neg-health:fiction-hi:free", `फ़िल्म 'तारे ज़मीन पर' में ईशान को डिस्लेक्सिया था — बच्चों के लिए कहानी का सार लिखिए।`],
  // --- Hinglish, Latin script ----------------------------------------------------------------------------------------
  [
    "hi-Latn",
    "id:chat-hinglish:free",
    `bhai mera aadhaar ⟦national_id|${aadhaar("82946017352", "-")}⟧ hai aur PAN ⟦national_id|AXQPK7261D⟧, ITR file karne ke liye kya kya chahiye?`,
  ],
  [
    "hi-Latn",
    "address:chat-hinglish:free",
    `courier wale ko msg likh do: address hai ⟦street_address|flat 302, Sai Krupa Apts, near Hanuman mandir, Kothrud, Pune 411038⟧, naam Sneha Kulkarni`,
  ],
  ["hi-Latn", "dob:chat-hinglish:free", `meri behen Pooja ki DOB ⟦date_of_birth|17/03/1997⟧ hai, uski kundli ke liye English mein format karo`],
  [
    "hi-Latn",
    "health:chat-hinglish:free",
    `sir ko leave mail likho: mere colleague Rohit Nair ko ⟦health|jaundice⟧ ho gaya hai, ⟦health|bilirubin 8.2⟧ aaya, 2 hafte rest bola hai`,
  ],
  [
    "hi-Latn",
    "phone:chat-hinglish:free",
    `papa ka number ⟦phone|98450 31726⟧ aur mummy ka ⟦phone|+91-7019-284-653⟧ — whatsapp group mein add karne ka msg likho`,
  ],
  ["hi-Latn", "neg-id:doc-hinglish:free", `PAN card ka format samjhao — ABCDE1234F mein 4th letter P ka matlab individual hota hai na?`],
  ["hi-Latn", "neg-phone:public-hinglish:free", `IRCTC customer care 139 aur 14646 hain kya? ek chhota notice bana do passengers ke liye`],
  ["hi-Latn", "neg-dob:public-hinglish:free", `Sachin Tendulkar ka birthday 24 April 1973 hai, unke liye ek fan tribute post likh do`],
  // --- Arabic ----------------------------------------------------------------------------------------------------------
  [
    "ar",
    "id:form-sa:structured",
    `رتّب بيانات هذا النموذج بالإنجليزية:\nالاسم: عبدالله بن فهد القحطاني\nرقم الهوية الوطنية: ⟦national_id|${luhn("105382946")}⟧\nتاريخ الميلاد: ⟦date_of_birth|1409/07/15 هـ⟧\nالجوال: ⟦phone|055 381 2947⟧`,
  ],
  ["ar", "id:chat-sa:free", `رقم إقامة أخي ⟦national_id|${luhn("241739058")}⟧ ، أبغى أجدد له التأمين، وش الأوراق المطلوبة؟`],
  [
    "ar",
    "id:form-ae:structured",
    `ترجم هذه البيانات: الاسم مريم سالم الكعبي، رقم الهوية الإماراتية ⟦national_id|${luhn("78419880472615").replace(/^(\d{3})(\d{4})(\d{7})(\d)$/, "$1-$2-$3-$4")}⟧، العنوان ⟦street_address|فيلا 27، شارع 14، الراشدية، دبي⟧`,
  ],
  [
    "ar",
    "id:ocr-eg:structured",
    `صحح نص البطاقة بعد المسح الضوئي:\nالاسم / محمود سيد عبد الرحمن\nالعنوان / ⟦street_address|12 شارع الجلاء، قسم الدقي، الجيزة⟧\nالرقم القومي / ⟦national_id|28503142101873⟧`,
  ],
  [
    "ar",
    "address:email-eg:free",
    `اكتب رسالة للمالك: أنا نادية حسن، ساكنة في ⟦street_address|شقة 9، الدور الرابع، 45 شارع عباس العقاد، مدينة نصر، القاهرة⟧، والسباكة بتسرّب من أسبوع.`,
  ],
  ["ar", "dob:chat-lb:free", `بنتي لين خوري مولودة ب ⟦date_of_birth|٣ آذار ٢٠١٥⟧، بأي صف لازم تكون هالسنة؟`],
  ["ar", "health:chat-sa:free", `اكتب اعتذار رسمي للمدير: زميلنا خالد العتيبي ⟦health|أجرى عملية قلب مفتوح⟧ ويحتاج إجازة مرضية شهرين.`],
  [
    "ar",
    "health:record-eg:structured",
    `ترجم التقرير الطبي: المريضة سعاد إبراهيم، 61 سنة، ⟦health|سرطان الثدي المرحلة الثانية⟧، ⟦health|تتلقى العلاج الكيميائي⟧.`,
  ],
  ["ar", "phone:chat-eg:free", `حط أرقام خالتي في كارت: موبايل ⟦phone|0102 735 4918⟧، البيت ⟦phone|02 2418 6730⟧`],
  [
    "ar",
    "passport:form-jo:structured",
    `تحقق من طلب التأشيرة: الاسم رامي الخطيب، رقم جواز السفر ⟦passport|R483920⟧، الجنسية أردنية، تاريخ الميلاد ⟦date_of_birth|22/01/1988⟧`,
  ],
  ["ar", "neg-id:doc-sa:free", `لماذا يفشل التحقق من رقم الهوية ${SOUTH_WEST_BROKEN.sa}؟ رقم وهمي للاختبار، اشرح خوارزمية Luhn.`],
  ["ar", "neg-id:doc-eg:free", `اشرح تركيب الرقم القومي المصري المكون من 14 رقماً: رقم القرن، ثم تاريخ الميلاد، ثم كود المحافظة.`],
  ["ar", "neg-dob:public-ar:free", `ولد نجيب محفوظ في 11 ديسمبر 1911 في حي الجمالية بالقاهرة. اكتب فقرة عنه للطلاب.`],
  ["ar", "neg-address:public-ae:free", `اكتب دليلاً سياحياً: برج خليفة، 1 شارع الشيخ محمد بن راشد، وسط مدينة دبي.`],
  ["ar", "neg-phone:public-sa:free", `ملصق توعية: الإسعاف 997، الدفاع المدني 998، الطوارئ الموحد 911، بلاغات وزارة التجارة 1900.`],
  ["ar", "neg-health:public-ar:free", `اكتب مقالاً عن كيف عاش الفنان أحمد زكي مع مرض سرطان الرئة في سنواته الأخيرة.`],
  ["ar", "neg-id:company-ae:free", `ما معنى رقم السجل التجاري لشركة النخيل للتجارة المحدودة 1010482736 على الفاتورة؟ أريد شرح صيغة السجل التجاري.`],
  ["ar", "neg-address:fiction-ar:free", `أين كان يسكن سي السيد في ثلاثية نجيب محفوظ؟ صف حي بين القصرين كما في الرواية.`],
  // --- Hebrew ----------------------------------------------------------------------------------------------------------
  [
    "he",
    "id:form-he:structured",
    `סדר לי את הטופס באנגלית:\nשם: יעל כהן-לוי\nמספר תעודת זהות: ⟦national_id|${teudatZehut("20574318")}⟧\nתאריך לידה: ⟦date_of_birth|09.11.1986⟧\nכתובת: ⟦street_address|רחוב הרצל 48 דירה 7, רמת גן⟧`,
  ],
  ["he", "id:chat-he:free", `ת"ז של אבא שלי ⟦national_id|${teudatZehut("05938271")}⟧, צריך למלא טופס לביטוח לאומי, תעזור לי לנסח?`],
  ["he", "phone:chat-he:free", `תכתוב הודעה לוועד הבית: אני דנה אברהם, הטלפון שלי ⟦phone|052-738-4916⟧ ובבית ⟦phone|03-6492817⟧`],
  ["he", "health:email-he:free", `נסח מייל למנהלת: העובד אורי שפירא ⟦health|אושפז עם דלקת ריאות⟧ וייעדר לפחות שבוע.`],
  ["he", "address:chat-he:free", `תכתוב הזמנה ליום הולדת, הכתובת ⟦street_address|שדרות רוטשילד 112, קומה 3, תל אביב⟧, מארחת: מיכל ברק`],
  ["he", "neg-id:doc-he:free", `למה מספר הזהות ${SOUTH_WEST_BROKEN.he} נכשל בבדיקת ספרת ביקורת? זה מספר שהמצאתי לבדיקה.`],
  ["he", "neg-dob:public-he:free", `דוד בן-גוריון נולד ב-16 באוקטובר 1886 בפלונסק. כתוב פסקה לתלמידים.`],
  ["he", "neg-phone:public-he:free", `מודעה: מד"א 101, משטרה 100, כיבוי אש 102, מוקד עירוני 106.`],
  ["he", "neg-address:public-he:free", `מדריך לתייר: הכנסת נמצאת בשדרות קפלן 1, ירושלים; הסיורים בחינם.`],
];
