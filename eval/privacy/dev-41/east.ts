/** Development set 41, Russian, Ukrainian, Turkish, Arabic: public documents as published, with twins. */
import type { Group } from "./group.js";

export const EAST: Group[] = [
  // Russian
  [
    [
      "ru",
      "neg-address:imprint:doc",
      `Реквизиты
ООО «Северный ветер»
Юридический адрес: 191186, г. Санкт-Петербург, Невский пр., д. 28, офис 410
ИНН 7840123456, КПП 784001001, ОГРН 1157847012345
E-mail: info@sevveter.ru, тел. +7 812 409-12-34

Переведи реквизиты на английский для договора.`,
    ],
    [
      "ru",
      "address:letter:doc",
      `Исправь ошибки в заявлении:

От Соколовой Ирины Павловны, проживающей по адресу: ⟦street_address|г. Санкт-Петербург, ул. Бассейная, д. 21, кв. 57⟧
В ООО «Северный ветер»
Прошу вернуть деньги за непоставленный товар.`,
    ],
  ],
  [
    [
      "ru",
      "neg-date:biography:doc",
      `Юрий Алексеевич Гагарин (9 марта 1934, Клушино — 27 марта 1968, Новосёлово) — лётчик-космонавт СССР, первый человек в мировой истории, совершивший полёт в космос.

Сделай короткую справку для урока.`,
    ],
    [
      "ru",
      "date:form:doc",
      `Проверь заявление в секцию:
ФИО ребёнка: Морозов Артём Денисович
Дата рождения: ⟦date_of_birth|23.11.2013⟧
Родитель: Морозова Анна Сергеевна`,
    ],
  ],
  [
    [
      "ru",
      "neg-financial:job-ad:doc",
      `Вакансия: бухгалтер, Казань. Зарплата от 70 000 до 90 000 ₽ на руки, официальное оформление. Резюме: hr@kazan-stroy.ru

Сократи текст вакансии.`,
    ],
  ],
  // Ukrainian
  [
    [
      "uk",
      "neg-date:biography:doc",
      `Леся Українка (справжнє ім'я Лариса Петрівна Косач; 25 лютого 1871, Новоград-Волинський — 1 серпня 1913, Сурамі) — українська письменниця, перекладачка, культурна діячка.

Напиши коротку довідку для стінгазети.`,
    ],
  ],
  [
    [
      "uk",
      "neg-address:museum:doc",
      `Національний художній музей України
Адреса: вул. Михайла Грушевського, 6, Київ, 01001
Години роботи: ср–нд 11:00–18:00
Квитки онлайн на сайті музею.

Переклади англійською.`,
    ],
    [
      "uk",
      "address:letter:chat",
      `Допоможи написати листа до ЦНАПу від моєї мами. Вона Ніна Петренко, живе за адресою ⟦street_address|м. Київ, вул. Лісова, буд. 14, кв. 88⟧, і їй треба перереєструвати субсидію.`,
    ],
  ],
  // Turkish
  [
    [
      "tr",
      "neg-address:imprint:doc",
      `Künye
Yayıncı: Boğaziçi Medya A.Ş.
Adres: Büyükdere Cad. No: 185, Levent, 34394 Şişli/İstanbul
MERSİS No: 0123456789000015
Ticaret Sicil No: 456789
E-posta: iletisim@bogazicimedya.com.tr

Bu künyeyi İngilizceye çevir.`,
    ],
    [
      "tr",
      "address:letter:chat",
      `Kargoyu yanlış adrese göndermişler. Benim adresim: Elif Kaya, ⟦street_address|Moda Cad. No: 42 Daire: 7, Kadıköy/İstanbul⟧. Şirkete kibar ama net bir şikayet yazısı yaz.`,
    ],
  ],
  [
    [
      "tr",
      "neg-date:biography:doc",
      `Orhan Pamuk (d. 7 Haziran 1952, İstanbul), Türk romancı. 2006 yılında Nobel Edebiyat Ödülü'nü kazandı.

Öğrenciler için iki cümlelik özet yaz.`,
    ],
  ],
  [
    [
      "tr",
      "neg-financial:annual-report:doc",
      `Faaliyet raporundan: Yönetim kurulu üyeleri ve üst düzey yöneticilere 2025 yılında sağlanan toplam fayda 84,6 milyon TL'dir. Genel Müdür Ahmet Yıldız'a ödenen brüt ücret kamuya açıklanmamıştır.

Bunu İngilizceye çevir.`,
    ],
    [
      "tr",
      "financial:message:chat",
      `İş arkadaşım Burak Şahin bana yazdı: "Maaşım ⟦financial|38.000 TL⟧'ye çıktı ama kira 25.000 TL oldu." Ona moral veren bir cevap yaz.`,
    ],
  ],
  // Arabic
  [
    [
      "ar",
      "neg-address:imprint:doc",
      `اتصل بنا
شركة النخبة للتجارة ذ.م.م
العنوان: شارع الشيخ زايد، برج الأعمال، الطابق 21، دبي، الإمارات العربية المتحدة
رقم الرخصة التجارية: 784512
البريد الإلكتروني: info@nukhba-trading.ae

ترجم هذه الصفحة إلى الإنجليزية.`,
    ],
    ["ar", "address:letter:chat", `اكتب لي رسالة إلى شركة النخبة لإرجاع الطلب، وعنواني: سارة المنصوري، ⟦street_address|شارع الوصل، فيلا 17، جميرا 2، دبي⟧.`],
  ],
  [
    [
      "ar",
      "neg-date:biography:doc",
      `نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري، حائز على جائزة نوبل في الأدب عام 1988.

لخص هذه الفقرة في جملة واحدة.`,
    ],
    [
      "ar",
      "date:form:doc",
      `راجع استمارة التسجيل في النادي:
الاسم: يوسف خالد العتيبي
تاريخ الميلاد: ⟦date_of_birth|14/02/2011⟧
ولي الأمر: خالد العتيبي`,
    ],
  ],
  [
    [
      "ar",
      "neg-financial:job-ad:doc",
      `وظيفة شاغرة: محاسب، الرياض. الراتب: 9,000 – 12,000 ريال شهرياً مع بدل سكن. أرسل سيرتك الذاتية إلى jobs@almanara.com.sa

أعد صياغة الإعلان.`,
    ],
  ],
];
