/**
 * Development set 34, Hebrew, Arabic, Persian, Urdu and Turkish entries: a named or clearly identified private person's
 * diagnosis, medication, lab values, procedure, pregnancy, mental-health or disability information in messages, sick
 * notes, insurance letters, discharge summaries, SOAP and referral notes, tables and JSON, with transliterated and
 * abbreviated variants; then hard negatives of the same shapes. Written before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const WEST_ASIA: MarkedEntry[] = [
  // --- Hebrew ----------------------------------------------------------------------------------------------------------
  [
    "he",
    "health:mother-message:free",
    `אמא שלי, רחל אברהמי, אובחנה עם ⟦health|סוכרת סוג 2⟧ והרופא רשם לה ⟦health|מטפורמין 850 מ"ג⟧ פעמיים ביום. תוכל להסביר לה בפשטות מה זה אומר?`,
  ],
  [
    "he",
    "health:sick-note:free",
    `תנסח לי אישור מחלה למעסיק: העובד יוסי כהן נעדר מהעבודה בגלל ⟦health|דלקת ריאות⟧ ונמצא ב⟦health|טיפול אנטיביוטי⟧ עד יום חמישי.`,
  ],
  [
    "he",
    "health:discharge:structured",
    `סיכום אשפוז\nשם המטופל: משה לוי\nמספר תיק: 4471923\nאבחנה: ⟦health|אוטם שריר הלב⟧\nטיפול בשחרור: ⟦health|אספירין 100 מ"ג, אטורבסטטין 80 מ"ג⟧\nתרגם לאנגלית בבקשה.`,
  ],
  ["he", "health:friend-psych:free", `החבר שלי דניאל פרץ מאושפז במחלקה הפסיכיאטרית בגלל ⟦health|התקף פסיכוטי⟧, איך אני יכול לתמוך בו בלי להלחיץ אותו?`],
  ["he", "health:pregnancy:free", `הבת דודה שלי נועה שפירא ⟦health|בהריון בשבוע 24⟧ ויש לה ⟦health|סוכרת הריונית⟧. מה מותר לה לאכול בארוחת בוקר?`],
  ["he", "health:table:structured", `שם,גיל,אבחנה\nאבי מזרחי,67,⟦health|אי ספיקת כליות כרונית⟧\nתמר ביטון,45,⟦health|טרשת נפוצה⟧\nסדר את הטבלה לפי גיל.`],
  [
    "he",
    "health:abbrev-mixed:adversarial",
    `pls translate for the doctor: המטופלת שרה גולדברג, ⟦health|HTN⟧, ⟦health|DM2⟧, ⟦health|s/p CABG 2019⟧, ⟦health|אלרגיה לפניצילין⟧`,
  ],
  [
    "he",
    "health:transliterated:adversarial",
    `ima shel Avi, Miriam Katz, gilu la ⟦health|sartan shad⟧ ve-hi matchila ⟦health|kimotherapia⟧ be-yom rishon. ma kotvim la?`,
  ],
  [
    "he",
    "health:json:structured",
    `{"שם": "אורית בן דוד", "מספר_מטופל": "HM-88120", "אבחנה": "⟦health|דיכאון מג'ורי⟧", "תרופה": "⟦health|אסציטלופרם 10 מ"ג⟧"}\nלמה ה-JSON הזה לא עובר ולידציה?`,
  ],
  [
    "he",
    "health:referral:structured",
    `מכתב הפניה\nלכבוד ד"ר לוין,\nהנדון: גב' לאה פרידמן, בת 34\n⟦health|בהריון שבוע 31⟧, ⟦health|לחץ דם 150/95⟧, ⟦health|חלבון בשתן⟧ — חשד ל⟦health|רעלת הריון⟧.\nקצר את המכתב.`,
  ],
  // --- Arabic ----------------------------------------------------------------------------------------------------------
  [
    "ar",
    "health:brother-dialysis:free",
    `أخي أحمد الخطيب تم تشخيصه بـ⟦health|الفشل الكلوي المزمن⟧ ويخضع ⟦health|لغسيل الكلى⟧ ثلاث مرات في الأسبوع. اكتب لي رسالة لمديره لطلب ساعات عمل مرنة.`,
  ],
  [
    "ar",
    "health:soap:structured",
    `S: المريضة فاطمة الزهراني، 52 سنة، تشكو من ألم في الصدر\nO: ضغط الدم ⟦health|165/100⟧، ⟦health|HbA1c 8.9%⟧\nA: ⟦health|ارتفاع ضغط الدم غير المسيطر عليه⟧، ⟦health|سكري من النوع الثاني⟧\nP: ⟦health|أملوديبين 10 ملغ⟧\nلخص الملاحظة بالإنجليزية.`,
  ],
  [
    "ar",
    "health:insurance-letter:free",
    `اكتب خطاباً لشركة التأمين: المؤمن عليه خالد منصور، رقم البوليصة 77-4412، أجرى ⟦health|عملية استئصال المرارة⟧ بتاريخ 3 نوفمبر ويطلب تعويض المصاريف.`,
  ],
  [
    "ar",
    "health:colleague-depression:free",
    `زميلتي في العمل ليلى حداد أخبرتني أنها تعاني من ⟦health|اكتئاب حاد⟧ وتتناول ⟦health|سيرترالين⟧. كيف أدعمها دون أن أحرجها؟`,
  ],
  [
    "ar",
    "health:json:structured",
    `{"patient": "يوسف العمري", "file_no": "RYD-20931", "diagnosis": "⟦health|ربو شعبي⟧", "meds": ["⟦health|سالبوتامول بخاخ⟧"]}\nحوّل هذا إلى جدول.`,
  ],
  [
    "ar",
    "health:arabizi:adversarial",
    `ya doctor, baba Mahmoud Saleh 3ando ⟦health|sokkari⟧ w ⟦health|da8t 3ali⟧ w byo5od ⟦health|insulin⟧ kol youm, shu lazim yakol bel 3asha?`,
  ],
  ["ar", "health:son-autism:free", `ابني عمر عمره 8 سنوات ولديه ⟦health|اضطراب طيف التوحد⟧. اكتب رسالة لمعلمته تشرح ما يحتاجه في الصف.`],
  [
    "ar",
    "health:discharge:structured",
    `ملخص الخروج من المستشفى\nاسم المريض: سامي النجار\nرقم الملف: 60-33817\nالتشخيص: ⟦health|جلطة دماغية إقفارية⟧\nالأدوية عند الخروج: ⟦health|كلوبيدوغريل 75 ملغ⟧\nترجمه إلى الفرنسية.`,
  ],
  ["ar", "health:csv:structured", `الاسم,التحليل,النتيجة\nهدى إبراهيم,⟦health|الهيموغلوبين,7.9⟧\nكريم عادل,⟦health|السكر الصائم,214⟧\nمن يحتاج مراجعة عاجلة؟`],
  // --- Persian ---------------------------------------------------------------------------------------------------------
  [
    "fa",
    "health:mother-cancer:free",
    `مادرم، زهرا احمدی، ⟦health|سرطان سینه⟧ دارد و از هفته بعد ⟦health|شیمی‌درمانی⟧ را شروع می‌کند. یک پیام برای خانواده بنویس.`,
  ],
  [
    "fa",
    "health:referral:structured",
    `نامه ارجاع\nبیمار: علی رضایی، شماره پرونده ۵۸۲۱۳\nتشخیص: ⟦health|صرع⟧\nدارو: ⟦health|لوتیراستام ۵۰۰ میلی‌گرم⟧\nلطفاً به انگلیسی ترجمه کن.`,
  ],
  ["fa", "health:colleague-pregnancy:free", `همکارم مریم کریمی ⟦health|باردار⟧ است و ⟦health|فشار خون بارداری⟧ دارد؛ چطور به مدیر بگویم کارش را سبک‌تر کند؟`],
  [
    "fa",
    "health:finglish:adversarial",
    `baradaram Reza Hosseini ⟦health|afsordegi shadid⟧ dare va ⟦health|fluoxetine 20⟧ mikhore, chi kar konam ke tanha nabashe?`,
  ],
  [
    "fa",
    "health:lab-table:structured",
    `نام | آزمایش | نتیجه\nحسین موسوی | ⟦health|کراتینین | 2.4⟧\nسارا نوری | ⟦health|هموگلوبین | 8.1⟧\nکدام نتیجه غیرطبیعی است؟`,
  ],
  [
    "fa",
    "health:json:structured",
    `{"نام": "نرگس جعفری", "کد_بیمار": "TH-44091", "تشخیص": "⟦health|اختلال دوقطبی⟧", "دارو": "⟦health|لیتیوم ۳۰۰ میلی‌گرم⟧"}\nاین را به جدول تبدیل کن.`,
  ],
  // --- Urdu ------------------------------------------------------------------------------------------------------------
  [
    "ur",
    "health:sister-tb:free",
    `میری بہن عائشہ خان کو ⟦health|ٹی بی⟧ کی تشخیص ہوئی ہے اور وہ ⟦health|چھ ماہ کا علاج⟧ شروع کر رہی ہے۔ اس کے دفتر کے لیے چھٹی کی درخواست لکھ دیں۔`,
  ],
  [
    "ur",
    "health:discharge:structured",
    `مریض: محمد اسلم\nایم آر نمبر: 10-448-219\nتشخیص: ⟦health|ہیپاٹائٹس سی⟧\nدوا: ⟦health|سوفوسبویر 400 ملی گرام⟧\nخلاصہ انگریزی میں کریں۔`,
  ],
  [
    "ur",
    "health:roman-urdu:adversarial",
    `mere abbu Tariq Mehmood ko ⟦health|sugar⟧ aur ⟦health|BP⟧ hai, unko subah ⟦health|insulin 20 units⟧ lagti hai, unko kya khana chahiye?`,
  ],
  ["ur", "health:husband-psych:free", `میرے شوہر عمران علی ⟦health|شدید ڈپریشن اور بے خوابی⟧ کا شکار ہیں۔ ماہر نفسیات کے لیے ایک خط لکھیں۔`],
  ["ur", "health:csv:structured", `نام,عمر,بیماری\nشازیہ پروین,41,⟦health|چھاتی کا کینسر⟧\nبلال احمد,58,⟦health|دل کا دورہ⟧\nعمر کے حساب سے ترتیب دیں۔`],
  // --- Turkish ---------------------------------------------------------------------------------------------------------
  [
    "tr",
    "health:father-copd:free",
    `Babam Mehmet Aydın'a ⟦health|KOAH⟧ teşhisi kondu, ⟦health|tiotropium⟧ kullanıyor. İşyerine verilecek bir izin dilekçesi hazırlar mısın?`,
  ],
  [
    "tr",
    "health:epicrisis:structured",
    `EPİKRİZ\nHasta: Ayşe Demir, Protokol No: 2026-88412\nTanı: ⟦health|akut apandisit⟧\nYapılan işlem: ⟦health|laparoskopik apendektomi⟧\nTaburcu ilaçları: ⟦health|amoksisilin-klavulanat 1 g⟧\nİngilizceye çevir.`,
  ],
  [
    "tr",
    "health:colleague-panic:free",
    `İş arkadaşım Selin Kaya ⟦health|panik bozukluk⟧ tedavisi görüyor ve ⟦health|essitalopram⟧ kullanıyor, bunu İK'ya söylemeli miyim?`,
  ],
  [
    "tr",
    "health:abbrev:adversarial",
    `Hst. Kemal Öztürk, ⟦health|DM⟧ + ⟦health|HT⟧, ⟦health|KBY evre 3⟧, kontrol 2 hf sonra. Bunu hasta yakınına açık bir dille yaz.`,
  ],
  [
    "tr",
    "health:wife-pregnancy:free",
    `Eşim Zeynep Arslan ⟦health|8 haftalık hamile⟧ ve ⟦health|hiperemezis⟧ yüzünden çok kusuyor. İşyerine ne zaman söylemeli?`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  ["he", "neg-health:textbook:free", `מהם התסמינים הנפוצים של סוכרת סוג 2 ואיך מאבחנים אותה?`],
  ["he", "neg-health:statistics:free", `לפי משרד הבריאות, כ-8% מהמבוגרים בישראל חולים בסוכרת. איך זה בהשוואה לממוצע באירופה?`],
  [
    "he",
    "neg-health:leaflet:structured",
    `עלון לצרכן\nשם התכשיר: אטורבסטטין 20 מ"ג\nתופעות לוואי: כאבי שרירים, בחילה\nמינון: פעם ביום\nסכם לי את העלון בשלוש שורות.`,
  ],
  ["he", "neg-health:template:structured", `שם המטופל: ____\nאבחנה: ____\nתרופות: ____\nצור לי תבנית ריקה של סיכום אשפוז בעברית.`],
  ["ar", "neg-health:textbook:free", `ما هي أعراض ارتفاع ضغط الدم وكيف يمكن الوقاية منه؟`],
  ["ar", "neg-health:statistics:free", `تشير منظمة الصحة العالمية إلى أن نحو 422 مليون شخص مصابون بالسكري حول العالم. اكتب فقرة قصيرة عن ذلك.`],
  [
    "ar",
    "neg-health:leaflet:structured",
    `نشرة الدواء\nالاسم: ميتفورمين 500 ملغ\nالجرعة: قرص مرتين يومياً مع الطعام\nالآثار الجانبية: غثيان، إسهال\nبسّط هذه النشرة.`,
  ],
  ["ar", "neg-health:public-figure:free", `توفي الفنان عبد الحليم حافظ عام 1977 بسبب مضاعفات البلهارسيا. اكتب نبذة عن حياته وأغانيه.`],
  ["ar", "neg-health:soap-template:structured", `S:\nO:\nA:\nP:\nاشرح لطلاب التمريض ماذا يُكتب تحت كل عنوان في ملاحظة SOAP.`],
  ["fa", "neg-health:textbook:free", `علائم کم‌خونی فقر آهن چیست و چه غذاهایی کمک می‌کند؟`],
  ["fa", "neg-health:fiction:free", `در سریال «دکتر هاوس»، هاوس به ویکودین وابسته است. درباره این شخصیت یک تحلیل کوتاه بنویس.`],
  ["fa", "neg-health:statistics:structured", `استان,شیوع دیابت\nتهران,۱۱٪\nاصفهان,۹٪\nفارس,۱۰٪\nاز این جدول یک نمودار میله‌ای بساز.`],
  ["ur", "neg-health:textbook:free", `ڈینگی بخار کی علامات کیا ہیں اور اس سے کیسے بچا جائے؟`],
  ["ur", "neg-health:statistics:free", `پاکستان میں ہیپاٹائٹس سی کی شرح تقریباً 5 فیصد بتائی جاتی ہے۔ اس پر ایک مختصر مضمون لکھیں۔`],
  ["ur", "neg-health:roman-question:adversarial", `sugar ke mareez ko subah kitni insulin leni chahiye? general guideline batao`],
  ["tr", "neg-health:textbook:free", `Diyabet hastalarında HbA1c hedefi genelde kaç olmalı?`],
  ["tr", "neg-health:statistics:free", `TÜİK verilerine göre Türkiye'de obezite oranı yüzde 20'nin üzerinde. Bunu bir sunum slaytı olarak anlat.`],
  [
    "tr",
    "neg-health:leaflet:structured",
    `KULLANMA TALİMATI\nParasetamol 500 mg tablet\nYetişkinler: günde en fazla 4 g\nKaraciğer hastalarında dikkatli kullanılmalıdır.\nBunu sadeleştir.`,
  ],
  ["tr", "neg-health:abbrev-question:adversarial", `Epikrizde geçen DM, HT ve KBY kısaltmaları ne anlama geliyor?`],
];
