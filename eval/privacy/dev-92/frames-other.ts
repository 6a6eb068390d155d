/**
 * dev-92 frames for Arabic, Hebrew, Russian, Ukrainian, Turkish, Greek and Swedish (see frames.ts for the shape). Our
 * own invented text; every person is invented, the public figures too.
 */
import { byVerb, cap, type FrameTable, predicate } from "./frames.js";
import type { Verb } from "./vocabulary.js";

type Verbs = Record<Verb, (T: string) => string>;

const AR: Verbs = { has: (T) => `عندها ${T}`, takes: (T) => `تأخذ ${T}`, had: (T) => `أجرت ${T}`, fitted: (T) => `عندها ${T}`, lab: (T) => `طلع عندها ${T}` };
const AR_OWN: Verbs = { has: (T) => `عندي ${T}`, takes: (T) => `آخذ ${T}`, had: (T) => `أجريت ${T}`, fitted: (T) => `عندي ${T}`, lab: (T) => `طلع عندي ${T}` };
const HE: Verbs = {
  has: (T) => `אובחנה עם ${T}`,
  takes: (T) => `לוקחת ${T}`,
  had: (T) => `עברה ${T}`,
  fitted: (T) => `חיה עם ${T}`,
  lab: (T) => `קיבלה תוצאה של ${T}`,
};
const HE_OWN: Verbs = {
  has: (T) => `אובחנתי עם ${T}`,
  takes: (T) => `אני לוקחת ${T}`,
  had: (T) => `עברתי ${T}`,
  fitted: (T) => `אני חיה עם ${T}`,
  lab: (T) => `קיבלתי תוצאה של ${T}`,
};
const RU: Verbs = {
  has: (T) => `сказала, что у неё ${T}`,
  takes: (T) => `принимает ${T}`,
  had: (T) => `перенесла ${T}`,
  fitted: (T) => `сказала, что у неё ${T}`,
  lab: (T) => `сдала анализы: ${T}`,
};
const RU_OWN: Verbs = {
  has: (T) => `у меня ${T}`,
  takes: (T) => `я принимаю ${T}`,
  had: (T) => `я перенесла ${T}`,
  fitted: (T) => `у меня ${T}`,
  lab: (T) => `я сдала анализы: ${T}`,
};
const UK: Verbs = {
  has: (T) => `каже, що в неї ${T}`,
  takes: (T) => `приймає ${T}`,
  had: (T) => `перенесла ${T}`,
  fitted: (T) => `каже, що в неї ${T}`,
  lab: (T) => `здала аналізи: ${T}`,
};
const UK_OWN: Verbs = {
  has: (T) => `у мене ${T}`,
  takes: (T) => `я приймаю ${T}`,
  had: (T) => `я перенесла ${T}`,
  fitted: (T) => `у мене ${T}`,
  lab: (T) => `я здала аналізи: ${T}`,
};
const TR: Verbs = {
  has: (T) => `${T} tanısı aldı`,
  takes: (T) => `${T} kullanıyor`,
  had: (T) => `${T} oldu`,
  fitted: (T) => `${T} kullanıyor`,
  lab: (T) => `tahlil sonucu ${T} çıktı`,
};
const TR_OWN: Verbs = {
  has: (T) => `bana ${T} tanısı kondu`,
  takes: (T) => `${T} kullanıyorum`,
  had: (T) => `${T} oldum`,
  fitted: (T) => `${T} kullanıyorum`,
  lab: (T) => `tahlil sonucum ${T} çıktı`,
};
const EL: Verbs = { has: (T) => `έχει ${T}`, takes: (T) => `παίρνει ${T}`, had: (T) => `έκανε ${T}`, fitted: (T) => `έχει ${T}`, lab: (T) => `έβγαλε ${T}` };
const EL_OWN: Verbs = { has: (T) => `έχω ${T}`, takes: (T) => `παίρνω ${T}`, had: (T) => `έκανα ${T}`, fitted: (T) => `έχω ${T}`, lab: (T) => `έβγαλα ${T}` };
const SV: Verbs = {
  has: (T) => `har ${T}`,
  takes: (T) => `tar ${T}`,
  had: (T) => `har gjort ${T}`,
  fitted: (T) => `har ${T}`,
  lab: (T) => `fick ${T} vid senaste provtagningen`,
};

/** Turkish capitals (i → İ). */
const capTr = (text: string) => text.charAt(0).toLocaleUpperCase("tr") + text.slice(1);

export const OTHER: FrameTable = {
  ar: {
    say: (s, v, T) => `${s} ${predicate(AR, v, T)}`,
    own: (v, T) => predicate(AR_OWN, v, T),
    names: [
      ["فاطمة", "الزهراني"],
      ["مريم", "حداد"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `أختي ${g}`, (g) => `بنتي ${g}`],
    colleague: (n) => `زميلتي ${n}`,
    idLabel: "رقم الهوية الإماراتية",
    caseLabel: "رقم الملف الطبي",
    caseLength: 7,
    field: { has: "التشخيص", takes: "الدواء", had: "الإجراء", fitted: "الجهاز", lab: "نتيجة التحليل" },
    sentence: {
      chat: (c) => `ساعدني أرد بلطف على هذه الرسالة في قروب العائلة:\n[07/12/2026 7:42 م] أبوي: ${c}، عشان كذا ما راح نسافر هالسنة 😔`,
      whatsapp: (c) => `ترجم رسالة الواتساب هذه للإنجليزية: "يا أختي، بس حبيت أقولك ${c}، فما راح تقدر تجي يوم السبت."`,
      email: (c) =>
        `أعد صياغة هذا الإيميل لإدارة الموارد البشرية بشكل رسمي:\n\nالموضوع: طلب إجازة مرضية\n\nالأستاذ خالد المحترم،\n${c}، لذا أرجو منحي إجازة أسبوعين.\nمع الشكر`,
    },
    labelled: {
      sicknote: (l, f, B) => `تقرير طبي (إجازة مرضية)\nالاسم: ${l}\n${f}: ${B}\nيحتاج راحة 14 يومًا. اكتب منه إيميلًا قصيرًا للموارد البشرية.`,
      discharge: (l, f, B) => `ترجم ملخص الخروج هذا للإنجليزية:\nالمريضة: ${l}\n${f}: ${B}\nمراجعة العيادة بعد أسبوعين.`,
      pharmacy: (l, f, B) => `أكمل نموذج الصيدلية هذا:\nاسم المريض: ${l}\n${f}: ${B}\nالتاريخ: 2026-12-07`,
      json: (l, f, B) => `ليش هذا الـJSON فيه خطأ؟\n{"المريض": "${l}", "${f}": "${B}", "التحديث": "2026-12-04",}`,
      csv: (l, f, B) => `رتب حسب التاريخ:\nالمريض,${f},التاريخ\n${l},${B},2026-11-28\nأحمد سالم,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}. وش أسأل الدكتور في الموعد الجاي؟`,
      relative: (f) => `${f.say("أمي")}. كيف أقدر أساندها؟`,
      question: (f) =>
        byVerb(f, {
          has: `كم نسبة ${f.B} عند من هم فوق الستين، وكيف يُعالج؟`,
          takes: `كم الجرعة المعتادة من ${f.B} للبالغين؟`,
          had: `كم تستغرق فترة التعافي بعد ${f.B}؟`,
          fitted: `كم سنة يدوم ${f.B} عادةً؟`,
          lab: `في تحليل الدم، وش معنى ${f.B}؟`,
        }),
      encyclopaedic: (f) => `اكتب فقرة موسوعية عن ${f.B} لمشروع مدرسي: ما هو، ومدى انتشاره، وطرق علاجه.`,
      fiction: (f) => `أكمل قصتي القصيرة: حدّقت المحققة سلمى في الرسالة. ${f.say("سلمى")}، ولم يكن أحد في المركز يعلم بذلك.`,
      statistics: (f) => `ارسم مخططًا: المسح الصحي الوطني، نسبة البالغين المصابين بـ${f.B}: 2019 3.1%، 2022 3.6%، 2024 4.2%.`,
      catalogue: (f) => `كتالوج مكتبة، قسم الصحة:\n• "العيش بسلام مع ${f.B}" – غلاف ورقي، 212 صفحة، 45 درهمًا\n• "مطبخ هادئ" – غلاف مقوى، 70 درهمًا`,
    },
  },
  he: {
    say: (s, v, T) => `${s} ${predicate(HE, v, T)}`,
    own: (v, T) => predicate(HE_OWN, v, T),
    names: [
      ["נועה", "כהן"],
      ["מיכל", "לוי"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `אחותי ${g}`, (g) => `הבת שלי ${g}`],
    colleague: (n) => `הקולגה שלי ${n}`,
    idLabel: "ת.ז.",
    caseLabel: "מספר תיק",
    caseLength: 8,
    field: { has: "אבחנה", takes: "תרופות", had: "פרוצדורה", fitted: "מכשיר", lab: "תוצאת בדיקה" },
    sentence: {
      chat: (c) => `תעזור לי לענות בעדינות להודעה הזאת מקבוצת המשפחה בוואטסאפ:\n[07/12/2026, 19:42] אבא: ${c}, אז השנה לא נוסעים לסבתא בחנוכה 😔`,
      email: (c) => `תנסח את המייל הזה למשאבי אנוש בצורה רשמית יותר:\n\nנושא: בקשה לחופשת מחלה\n\nשלום רונית,\n${c}, ולכן אבקש שבועיים חופש.\nתודה`,
      school: (c) => `תתקן את המכתב הזה למחנכת:\nשלום דורית,\n${c}, ולכן היא לא תגיע לבית הספר עד יום רביעי.\nתודה`,
    },
    labelled: {
      sicknote: (l, f, B) => `אישור מחלה\nשם: ${l}\n${f}: ${B}\nזקוקה למנוחה 14 יום. תכתוב מזה מייל קצר למשאבי אנוש.`,
      discharge: (l, f, B) => `תתרגם לאנגלית את סיכום השחרור:\nמטופלת: ${l}\n${f}: ${B}\nהמשך מעקב במרפאה בעוד שבועיים.`,
      handover: (l, _f, B) => `תסדר את דוח העברת המשמרת:\nחדר 12 – ${l} – ${B}; ישנה טוב, לעודד שתייה, המשפחה מבקרת ביום ראשון.`,
      json: (l, f, B) => `למה ה-JSON הזה לא תקין?\n{"מטופל": "${l}", "${f}": "${B}", "עודכן": "2026-12-04",}`,
      csv: (l, f, B) => `תמיין לפי תאריך:\nמטופל,${f},תאריך\n${l},${B},2026-11-28\nיוסי מזרחי,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}. מה כדאי לשאול את הרופא בתור הבא?`,
      relative: (f) => `${f.say("אמא שלי")}. איך אני יכולה לתמוך בה?`,
      question: (f) =>
        byVerb(f, {
          has: `כמה נפוצה ${f.B} מעל גיל 60 ואיך מטפלים בזה?`,
          takes: `מה המינון הרגיל של ${f.B} למבוגרים?`,
          had: `כמה זמן לוקח להחלים אחרי ${f.B}?`,
          fitted: `כמה שנים מחזיק ${f.B}?`,
          lab: `בבדיקת דם, מה המשמעות של ${f.B}?`,
        }),
      public: (f) => `תסכם את הידיעה: הזמרת המפורסמת שירה אלון אמרה במסיבת עיתונאים ביום שני: "${f.own()}", והיא מבטלת את סיבוב ההופעות.`,
      case: (f) => `מקרה אנונימי לסטודנטים לסיעוד: ${f.say("אישה בת 47")} וגרה לבד. מה צריכה לכלול תוכנית השחרור?`,
      leaflet: (f) => `תפשט את הטקסט מהעלון: "${f.B} – מה חשוב לדעת. בכל שאלה פנו לרופא או לרוקח."`,
      catalogue: (f) => `קטלוג חנות ספרים, מדור בריאות:\n• "לחיות עם ${f.B}" – כריכה רכה, 212 עמ', 69 ₪\n• "המטבח השקט" – כריכה קשה, 98 ₪`,
    },
  },
  ru: {
    say: (s, v, T) => `${s} ${predicate(RU, v, T)}`,
    own: (v, T) => predicate(RU_OWN, v, T),
    names: [
      ["Ольга", "Смирнова"],
      ["Анна", "Кузнецова"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `моя сестра ${g}`, (g) => `моя дочь ${g}`],
    colleague: (n) => `моя коллега ${n}`,
    idLabel: "СНИЛС",
    caseLabel: "№ истории болезни",
    caseLength: 6,
    field: { has: "Диагноз", takes: "Препарат", had: "Процедура", fitted: "Устройство", lab: "Анализ" },
    sentence: {
      chat: (c) =>
        `Помоги мягко ответить на это сообщение из семейного чата:\n[07.12.2026, 19:42] Папа: ${cap(c)}, так что на Новый год к бабушке не поедем 😔`,
      whatsapp: (c) => `Переведи на английский это сообщение из WhatsApp: «Привет, просто чтобы ты знала: ${c}, поэтому в субботу не получится.»`,
      email: (c) =>
        `Сделай это письмо в отдел кадров более официальным:\n\nТема: больничный\n\nДобрый день, Ирина Петровна!\nСообщаю: ${c}, поэтому прошу две недели отпуска за свой счёт.\nСпасибо`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Справка о временной нетрудоспособности\nФИО: ${l}\n${f}: ${B}\nОсвобождена от работы с 07.12 по 21.12.2026. Напиши по ней короткое письмо в отдел кадров.`,
      discharge: (l, f, B) => `Переведи эту выписку из истории болезни на английский:\nПациентка: ${l}\n${f}: ${B}\nРекомендовано наблюдение у терапевта.`,
      table: (l, f, B) => `Сделай из этого таблицу Markdown:\n| пациент | ${f.toLowerCase()} | приём |\n| ${l} | ${B} | 15.12.2026 |`,
      json: (l, f, B) => `Почему этот JSON не парсится?\n{"пациент": "${l}", "${f.toLowerCase()}": "${B}", "обновлено": "2026-12-04",}`,
      csv: (l, f, B) => `Отсортируй по дате:\nпациент,${f.toLowerCase()},дата\n${l},${B},2026-11-28\nИгорь Волков,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Что спросить у врача на следующем приёме?`,
      relative: (f) => `${cap(f.say("моя мама"))}. Как мне её поддержать?`,
      question: (f) =>
        byVerb(f, {
          has: `Диагноз «${f.B}»: насколько это часто после 60 лет и как лечат?`,
          takes: `Какая обычная дозировка — ${f.B} — для взрослых?`,
          had: `Сколько длится восстановление, если пришлось перенести ${f.B}?`,
          fitted: `Сколько лет обычно служит ${f.B}?`,
          lab: `Что значит в анализе крови ${f.B}?`,
        }),
      case: (f) => `Обезличенный клинический случай для студентов-медсестёр: ${f.say("женщина 47 лет")}, живёт одна. Что включить в план выписки?`,
      public: (f) =>
        `Перескажи новость: известная певица Алина Воронова на пресс-конференции в понедельник публично сообщила: «${cap(f.own())}», и отменила тур.`,
      leaflet: (f) => `Упрости текст из инструкции: «${cap(f.B)}: что нужно знать. Если что-то непонятно, обратитесь к врачу или фармацевту.»`,
      catalogue: (f) =>
        `Каталог книжного магазина, раздел «Здоровье»:\n• «Жить с диагнозом: ${f.B}» — мягкая обложка, 212 с., 590 ₽\n• «Спокойная кухня» — твёрдая обложка, 890 ₽`,
    },
  },
  uk: {
    say: (s, v, T) => `${s} ${predicate(UK, v, T)}`,
    own: (v, T) => predicate(UK_OWN, v, T),
    names: [
      ["Оксана", "Коваленко"],
      ["Ірина", "Бондаренко"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `моя сестра ${g}`, (g) => `моя донька ${g}`],
    colleague: (n) => `моя колега ${n}`,
    idLabel: "РНОКПП",
    caseLabel: "№ медичної карти",
    caseLength: 6,
    field: { has: "Діагноз", takes: "Препарат", had: "Процедура", fitted: "Пристрій", lab: "Аналіз" },
    sentence: {
      chat: (c) =>
        `Допоможи лагідно відповісти на це повідомлення з сімейного чату у Viber:\n[07.12.2026, 19:42] Тато: ${cap(c)}, тож на Новий рік до бабусі не поїдемо 😔`,
      email: (c) =>
        `Зроби цей лист до відділу кадрів офіційнішим:\n\nТема: лікарняний\n\nДобрий день, пані Олено!\nПовідомляю: ${c}, тому прошу два тижні відпустки.\nДякую`,
      school: (c) => `Виправ записку класній керівничці:\nШановна Галино Іванівно,\n${c}, тому вона не прийде до школи до середи.\nЗ повагою`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Листок непрацездатності\nПІБ: ${l}\n${f}: ${B}\nЗвільнена від роботи з 07.12 по 21.12.2026. Напиши з цього короткий лист у відділ кадрів.`,
      discharge: (l, f, B) => `Переклади англійською цю виписку:\nПацієнтка: ${l}\n${f}: ${B}\nРекомендовано спостереження в сімейного лікаря.`,
      pharmacy: (l, f, B) => `Заповни решту рецептурного бланка для аптеки:\nПацієнт: ${l}\n${f}: ${B}\nДата: 07.12.2026`,
      json: (l, f, B) => `Чому цей JSON не парситься?\n{"пацієнт": "${l}", "${f.toLowerCase()}": "${B}", "оновлено": "2026-12-04",}`,
      csv: (l, f, B) => `Відсортуй за датою:\nпацієнт,${f.toLowerCase()},дата\n${l},${B},2026-11-28\nАндрій Мельник,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Що запитати в лікаря наступного разу?`,
      relative: (f) => `${cap(f.say("моя мама"))}. Як мені її підтримати?`,
      question: (f) =>
        byVerb(f, {
          has: `Діагноз «${f.B}»: наскільки це поширено після 60 років і як лікують?`,
          takes: `Яке звичайне дозування — ${f.B} — для дорослих?`,
          had: `Скільки триває відновлення, якщо довелося перенести ${f.B}?`,
          fitted: `Скільки років зазвичай служить ${f.B}?`,
          lab: `Що означає в аналізі крові ${f.B}?`,
        }),
      encyclopaedic: (f) => `Напиши енциклопедичний абзац для шкільного реферату на тему «${f.B}»: що це, наскільки поширене, як лікують.`,
      job: (f) => `Виправ оголошення: «Шукаємо медсестру до кабінету (профіль: ${f.B}), повна зайнятість, Львів.»`,
      fiction: (f) => `Продовж моє оповідання: слідча Марта Гнатюк дивилася на лист. ${cap(f.say("Марта"))}, і ніхто у відділку не мав про це знати.`,
      statistics: (f) => `Побудуй діаграму: національне опитування здоров'я, частка дорослих із діагнозом «${f.B}»: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
    },
  },
  tr: {
    say: (s, v, T) => `${s} ${predicate(TR, v, T)}`,
    own: (v, T) => predicate(TR_OWN, v, T),
    names: [
      ["Ayşe", "Yılmaz"],
      ["Elif", "Kaya"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `kız kardeşim ${g}`, (g) => `kızım ${g}`],
    colleague: (n) => `iş arkadaşım ${n}`,
    idLabel: "T.C. Kimlik No",
    caseLabel: "Protokol No",
    caseLength: 8,
    field: { has: "Tanı", takes: "İlaç", had: "İşlem", fitted: "Cihaz", lab: "Tahlil" },
    sentence: {
      chat: (c) =>
        `Aile WhatsApp grubundaki bu mesaja nazikçe cevap yazmama yardım et:\n[07.12.2026 19:42] Babam: ${capTr(c)}, o yüzden bu yılbaşı köye gitmiyoruz 😔`,
      email: (c) =>
        `İK'ya yazdığım bu e-postayı daha resmî yap:\n\nKonu: Hastalık izni\n\nMerhaba Zeynep Hanım,\nbilginize: ${c}, bu yüzden iki hafta izin rica ediyorum.\nTeşekkürler`,
      school: (c) => `Okula yazdığım bu izin dilekçesini düzelt:\nSayın Sınıf Öğretmeni,\n${c}, bu nedenle çarşambaya kadar okula gelemeyecek.\nSaygılarımla`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `İstirahat raporu\nAdı Soyadı: ${l}\n${f}: ${B}\n07.12.2026 tarihinden itibaren 14 gün istirahat. Bundan İK'ya kısa bir e-posta yaz.`,
      discharge: (l, f, B) => `Bu epikrizi İngilizceye çevir:\nHasta: ${l}\n${f}: ${B}\nİki hafta sonra poliklinik kontrolü.`,
      pharmacy: (l, f, B) => `Eczane formunun kalanını doldur:\nHasta adı: ${l}\n${f}: ${B}\nTarih: 07.12.2026`,
      table: (l, f, B) => `Bunu Markdown tablosuna çevir:\n| hasta | ${f} | kontrol |\n| ${l} | ${B} | 15.12.2026 |`,
      json: (l, f, B) => `Bu JSON neden hatalı?\n{"hasta": "${l}", "${f}": "${B}", "güncelleme": "2026-12-04",}`,
      csv: (l, f, B) => `Tarihe göre sırala:\nhasta,${f},tarih\n${l},${B},2026-11-28\nMehmet Demir,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${capTr(f.own())}. Bir sonraki randevuda doktora ne sormalıyım?`,
      relative: (f) => `${capTr(f.say("annem"))}. Ona nasıl destek olabilirim?`,
      question: (f) =>
        byVerb(f, {
          has: `${capTr(f.B)} 60 yaş üstünde ne kadar yaygın, nasıl tedavi edilir?`,
          takes: `${capTr(f.B)} için yetişkinlerde olağan doz nedir?`,
          had: `${capTr(f.B)} sonrası iyileşme genelde ne kadar sürer?`,
          fitted: `${capTr(f.B)} kaç yıl dayanır?`,
          lab: `Kan tahlilinde ${f.B} ne anlama gelir?`,
        }),
      public: (f) => `Bu haberi özetle: ünlü şarkıcı Deniz Aksoy pazartesi günkü basın toplantısında "${capTr(f.own())}" diyerek turnesini iptal etti.`,
      catalogue: (f) => `Kitapçı kataloğu, sağlık bölümü:\n• "${capTr(f.B)} ile yaşamak" – karton kapak, 212 sayfa, 249 TL\n• "Sakin Mutfak" – ciltli, 390 TL`,
      leaflet: (f) => `Prospektüsteki bu metni sadeleştir: "${capTr(f.B)} hakkında bilmeniz gerekenler. Sorularınız için doktorunuza veya eczacınıza danışın."`,
      case: (f) => `Hemşirelik öğrencileri için anonim vaka: ${f.say("47 yaşında bir kadın")}, yalnız yaşıyor. Taburculuk planında neler olmalı?`,
    },
  },
  el: {
    say: (s, v, T) => `${s} ${predicate(EL, v, T)}`,
    own: (v, T) => predicate(EL_OWN, v, T),
    names: [
      ["Μαρία", "Παπαδοπούλου"],
      ["Ελένη", "Γεωργίου"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `η αδερφή μου η ${g}`, (g) => `η κόρη μου η ${g}`],
    colleague: (n) => `η συνάδελφός μου η ${n}`,
    idLabel: "ΑΜΚΑ",
    caseLabel: "Αρ. μητρώου ασθενούς",
    caseLength: 7,
    field: { has: "Διάγνωση", takes: "Φάρμακο", had: "Επέμβαση", fitted: "Συσκευή", lab: "Εξέταση" },
    sentence: {
      chat: (c) =>
        `Βοήθησέ με να απαντήσω τρυφερά σε αυτό το μήνυμα από την ομάδα της οικογένειας στο Viber:\n[07/12/2026, 19:42] Μπαμπάς: ${cap(c)}, οπότε φέτος δεν θα πάμε στο χωριό για τα Χριστούγεννα 😔`,
      whatsapp: (c) => `Μετάφρασε στα αγγλικά αυτό το μήνυμα WhatsApp: «Καλησπέρα, να ξέρεις ότι ${c}, οπότε το Σάββατο δεν θα έρθει.»`,
      email: (c) =>
        `Κάνε πιο επίσημο αυτό το email προς το τμήμα προσωπικού:\n\nΘέμα: άδεια ασθενείας\n\nΚαλησπέρα κυρία Νικολάου,\nγια ενημέρωση: ${c}, γι' αυτό ζητώ δύο εβδομάδες άδεια.\nΕυχαριστώ`,
    },
    labelled: {
      sicknote: (l, f, B) => `Βεβαίωση ασθενείας\nΟνοματεπώνυμο: ${l}\n${f}: ${B}\nΑνάρρωση 14 ημερών. Γράψε από αυτό ένα σύντομο email στο τμήμα προσωπικού.`,
      discharge: (l, f, B) => `Μετάφρασε στα αγγλικά αυτό το εξιτήριο:\nΑσθενής: ${l}\n${f}: ${B}\nΕπανεξέταση σε δύο εβδομάδες.`,
      handover: (l, _f, B) =>
        `Τακτοποίησε την αναφορά παράδοσης βάρδιας:\nΘάλαμος 12 – ${l} – ${B}· κοιμήθηκε καλά, ενθάρρυνση υγρών, επίσκεψη οικογένειας την Κυριακή.`,
      json: (l, f, B) => `Γιατί αυτό το JSON δεν είναι έγκυρο;\n{"ασθενής": "${l}", "${f.toLowerCase()}": "${B}", "ενημέρωση": "2026-12-04",}`,
      csv: (l, f, B) => `Ταξινόμησε κατά ημερομηνία:\nασθενής,${f.toLowerCase()},ημερομηνία\n${l},${B},2026-11-28\nΓιώργος Αντωνίου,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Τι να ρωτήσω τον γιατρό στο επόμενο ραντεβού;`,
      relative: (f) => `${cap(f.say("η μαμά μου"))}. Πώς μπορώ να τη στηρίξω;`,
      question: (f) =>
        byVerb(f, {
          has: `Πόσο συχνό είναι να έχει κανείς ${f.B} μετά τα 60 και πώς αντιμετωπίζεται;`,
          takes: `Ποια είναι η συνήθης δόση για ${f.B} σε ενήλικες;`,
          had: `Πόσο κρατά η ανάρρωση μετά από ${f.B};`,
          fitted: `Κάθε πότε αλλάζεται συνήθως: ${f.B};`,
          lab: `Τι σημαίνει στις εξετάσεις αίματος ${f.B};`,
        }),
      fiction: (f) =>
        `Συνέχισε το διήγημά μου: η αστυνόμος Κλεοπάτρα Ρήγα κοίταζε το γράμμα. ${cap(f.say("η Κλεοπάτρα"))}, και κανείς στο τμήμα δεν έπρεπε να το μάθει.`,
      statistics: (f) => `Φτιάξε διάγραμμα: Εθνική Έρευνα Υγείας, ποσοστό ενηλίκων με ${f.B}: 2019 3,1%, 2022 3,6%, 2024 4,2%.`,
      job: (f) => `Διόρθωσε την αγγελία: «Ιατρείο για ${f.B} ζητά νοσηλεύτρια, πλήρης απασχόληση, Θεσσαλονίκη.»`,
      encyclopaedic: (f) => `Γράψε μια εγκυκλοπαιδική παράγραφο για σχολική εργασία με θέμα: ${f.B} — τι είναι, πόσο συχνό, πώς αντιμετωπίζεται.`,
    },
  },
  sv: {
    say: (s, v, T) => `${s} ${predicate(SV, v, T)}`,
    own: (v, T) => `jag ${predicate(SV, v, T)}`,
    names: [
      ["Anna", "Lindqvist"],
      ["Sara", "Nyberg"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `min syster ${g}`, (g) => `min dotter ${g}`],
    colleague: (n) => `min kollega ${n}`,
    idLabel: "personnr",
    caseLabel: "journalnr",
    caseLength: 8,
    field: { has: "Diagnos", takes: "Läkemedel", had: "Åtgärd", fitted: "Hjälpmedel", lab: "Provsvar" },
    sentence: {
      chat: (c) => `Hjälp mig svara snällt på det här meddelandet i familjechatten:\n[2026-12-07 19:42] Pappa: ${cap(c)}, så vi stannar hemma över jul i år 😔`,
      email: (c) =>
        `Kan du formulera om mejlet till HR så det blir mer formellt?\n\nÄmne: sjukfrånvaro\n\nHej Karin,\nför kännedom: ${c}, så jag behöver vara ledig två veckor.\nTack, Johan`,
      school: (c) =>
        `Rätta stavningen i frånvaroanmälan till skolan:\nHej Lena,\n${cap(c)}, så hon är hemma till onsdag. Meddela gärna idrottsläraren.\nHälsningar`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Läkarintyg för sjukpenning\nPatient: ${l}\n${f}: ${B}\nSjukskriven 100 % 2026-12-07 – 2026-12-21. Gör ett kort mejl till HR av det här.`,
      pharmacy: (l, f, B) => `Fyll i resten av apotekets blankett:\nNamn: ${l}\n${f}: ${B}\nUthämtas: 2026-12-07`,
      handover: (l, _f, B) =>
        `Snygga till rapporten från nattpasset (äldreboende):\nrum 12 – ${l} – ${B}; sov gott, uppmuntra vätskeintag, familjen hälsar på söndag.`,
      table: (l, f, B) => `Gör om till en Markdown-tabell:\n| patient | ${f.toLowerCase()} | återbesök |\n| ${l} | ${B} | 2026-12-15 |`,
      json: (l, f, B) => `Varför är den här JSON:en ogiltig?\n{"patient": "${l}", "${f.toLowerCase()}": "${B}", "uppdaterad": "2026-12-04",}`,
      csv: (l, f, B) => `Sortera på datum:\npatient,${f.toLowerCase()},datum\n${l},${B},2026-11-28\nErik Holm,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Vad ska jag fråga på nästa läkarbesök?`,
      relative: (f) => `${cap(f.say("min mamma"))}. Hur kan jag stötta henne?`,
      question: (f) =>
        byVerb(f, {
          has: `Hur vanligt är ${f.B} efter 60, och hur behandlas det?`,
          takes: `Vilken är den vanliga dosen ${f.B} för vuxna?`,
          had: `Hur lång tid tar det att återhämta sig efter ${f.B}?`,
          fitted: `Hur länge håller en ${f.B}?`,
          lab: `Vad betyder ${f.B} i ett blodprov?`,
        }),
      public: (f) => `Sammanfatta nyheten: den kända sångerskan Ebba Strand sa på en presskonferens i måndags: "${cap(f.own())}", och ställer in turnén.`,
      case: (f) => `Avidentifierat patientfall för sjuksköterskestudenter: ${f.say("en 47-årig kvinna")} och bor ensam. Vad bör utskrivningsplanen innehålla?`,
      leaflet: (f) => `Förenkla texten i bipacksedeln: "${cap(f.B)} – det här behöver du veta. Fråga din läkare eller apotekspersonal om något är oklart."`,
      job: (f) => `Korrläs annonsen: "Vi söker en sjuksköterska till vår mottagning för ${f.B}, heltid, Göteborg."`,
    },
  },
};
