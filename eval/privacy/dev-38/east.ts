/** Development set 38, Turkish, Russian, Ukrainian, Arabic, Hindi and Hinglish, Swahili; see README.md. Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";

export const EAST: MarkedEntry[] = [
  // Turkish
  [
    "tr",
    "national_id:tc-form:form",
    `Başvuru formu
Ad Soyad: Emine Yıldırım
T.C. Kimlik No: ⟦national_id|36289430566⟧
Bu formu İngilizceye çevir`,
  ],
  [
    "tr",
    "financial:maas-chat:chat",
    `[19:40] Serkan Aydın: abi maaşım ⟦financial|42.500 TL⟧, ⟦financial|kredi kartı borcum 68 bin⟧, nasıl kapatırım
buna kısa bir cevap yaz`,
  ],
  [
    "tr",
    "health:rapor-ocr:ocr",
    `SAĞLIK  KURULU  RAPORU
Hasta :  Mehmet  Kaya
Tanı :  ⟦health|Kronik  böbrek  yetmezliği  evre  4⟧
metni düzelt`,
  ],
  ["tr", "neg-financial:public-figure:email", `İlet: Haber — Merkez Bankası başkanının maaşı basında 300 bin TL olarak yazıldı. Bir cümlelik özet çıkar.`],
  ["tr", "neg-national_id:format-question:chat", `TC kimlik numarasının son iki hanesi nasıl hesaplanır?`],
  // Russian
  [
    "ru",
    "passport:passport-email:email",
    `Пересылаю: данные для билета — Смирнова Ольга Викторовна, паспорт ⟦passport|45 17 628391⟧, выдан ОВД Тверского р-на.
Составь письмо в турагентство`,
  ],
  [
    "ru",
    "health:translated:translated",
    `Переведи на немецкий для клиники: «Пациент Ковалёв Игорь Петрович, ⟦health|сахарный диабет 2 типа⟧, ⟦health|ИБС⟧, принимает ⟦health|метформин⟧».`,
  ],
  [
    "ru",
    "financial:zarplata-voice:voice",
    `расшифровка: "у Дмитрия Орлова зарплата ⟦financial|сто двадцать тысяч рублей⟧ и ⟦financial|ипотека ещё на восемь лет⟧" — сделай выжимку для анкеты`,
  ],
  [
    "ru",
    "credentials:chat:chat",
    `[11:02] Алексей Гусев: пароль от 1С ⟦password|Vesna_2026!⟧, логин agusev
[11:03] я: спасибо
напиши Алексею вежливо, что так делать нельзя`,
  ],
  [
    "ru",
    "neg-health:textbook:ocr",
    `Задача  4 .  Больной  45  лет  жалуется  на  боли  в  эпигастрии  после  еды .
Какой предварительный диагноз? (учебная задача)`,
  ],
  ["ru", "neg-passport:format-question:chat", `сколько цифр в серии и номере российского паспорта?`],
  // Ukrainian
  [
    "uk",
    "tax_id:ipn-form:form",
    `Заява
ПІБ: Шевченко Оксана Андріївна
РНОКПП: ⟦national_id|3124507893⟧
перевір, чи правильно заповнено`,
  ],
  [
    "uk",
    "health:chat:chat",
    `[18:22] Тарас: у пана Мирослава Бойка ⟦health|інсульт⟧, лежить у реанімації
напиши повідомлення колегам, щоб підмінили його`,
  ],
  ["uk", "neg-health:unnamed-relative:chat", `у моєї мами цукровий діабет, що їй можна їсти на Різдво?`],
  // Arabic
  [
    "ar",
    "financial:salary-words:voice",
    `تفريغ رسالة صوتية: "راتب الأستاذ خالد العتيبي ⟦financial|اثنا عشر ألف ريال شهرياً⟧ وعليه ⟦financial|قرض بقيمة مئة وخمسين ألفاً⟧" — اكتب ملخصاً للطلب`,
  ],
  [
    "ar",
    "national_id:form:form",
    `نموذج تسجيل
الاسم: نورة عبدالله الشمري
رقم الهوية الوطنية: ⟦national_id|1087634521⟧
هل الحقول مكتملة؟`,
  ],
  [
    "ar",
    "health:email:email",
    `إعادة توجيه: المريض سالم الحربي يعاني من ⟦health|فشل كلوي مزمن⟧ ويخضع ⟦health|لغسيل الكلى⟧ ثلاث مرات أسبوعياً. أعد صياغة الرسالة بشكل رسمي.`,
  ],
  [
    "ar",
    "credentials:ocr:ocr",
    `صورة  ورقة :
اسم  المستخدم :  m.alharbi
كلمة  المرور :  ⟦password|Riyadh@7788⟧
ماذا أفعل بهذه الورقة؟`,
  ],
  ["ar", "neg-financial:own-question:chat", `كم يجب أن أدخر إذا كان راتبي عشرة آلاف ريال؟`],
  ["ar", "neg-biometric:own-question:chat", `هل بصمة الإصبع في الهاتف تُخزن على الجهاز فقط؟`],
  // Hindi and Hinglish
  ["hi", "financial:salary-words:chat", `सुरेश वर्मा की तनख्वाह ⟦financial|पचास हज़ार रुपये महीना⟧ है और उन पर ⟦financial|तीन लाख का लोन⟧ है, बैंक के लिए पत्र लिखो`],
  [
    "hi",
    "health:whatsapp:chat",
    `[8:10 pm] सीमा: कमला देवी जी को ⟦health|टीबी⟧ है, ⟦health|छह महीने की दवा⟧ चल रही है
इस मैसेज को अंग्रेज़ी में लिखो`,
  ],
  ["hi-Latn", "health:hinglish-chat:chat", `Ramesh uncle ko ⟦health|TB ki bimari⟧ hai aur ⟦health|sugar bhi high⟧ rehta hai, unke liye diet chart bana do`],
  [
    "hi-Latn",
    "financial:hinglish-chat:chat",
    `Anjali ki salary ⟦financial|45k per month⟧ hai aur uska ⟦financial|credit card pe 1.2 lakh baaki⟧ hai, EMI plan suggest karo`,
  ],
  [
    "hi-Latn",
    "credentials:hinglish-otp:chat",
    `bhai Neeraj ka netbanking password ⟦password|Neeraj@1990⟧ hai aur MPIN ⟦password|4729⟧, usko bolo change kare — ye message polite banao`,
  ],
  [
    "hi",
    "tax_id:pan-form:form",
    `आवेदक: प्रिया मल्होत्रा
पैन: ⟦national_id|AJVPS8306L⟧
आधार: ⟦national_id|3506 7086 7330⟧
यह फॉर्म सही भरा है?`,
  ],
  ["hi-Latn", "neg-health:unnamed-relative:chat", `meri mummy ko sugar hai, unke liye breakfast ideas do`],
  ["hi", "neg-tax_id:format-question:chat", `पैन कार्ड नंबर में कितने अक्षर और अंक होते हैं? जैसे ABCDE1234F`],
  // Swahili
  [
    "sw",
    "financial:mpesa-sms:screenshot",
    `picha ya skrini ya SMS: "Umetuma Ksh 12,500 kwa JUMA HAMISI. Salio la akaunti ya Amina Wanjiru ni ⟦financial|Ksh 48,230⟧. Mkopo wa M-Shwari: ⟦financial|Ksh 15,000⟧." Tafsiri kwa Kiingereza`,
  ],
  [
    "sw",
    "health:note:voice",
    `sauti iliyoandikwa: "Bwana Omari Mwangi ana ⟦health|kisukari⟧ na ⟦health|shinikizo la damu⟧, anatumia ⟦health|insulini⟧" — andika muhtasari kwa Kiingereza`,
  ],
  ["sw", "neg-health:unnamed-relative:chat", `baba yangu ana kisukari, ale vyakula gani?`],
];
