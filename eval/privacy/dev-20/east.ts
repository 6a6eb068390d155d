/**
 * Development set 20, Russian, Ukrainian, Thai and Greek entries, and mixed-script pastes. Marks: ⟦category|value⟧
 * (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { innPerson, snils } from "../dev-10/values.js";
import { rnokpp, thaiId } from "../dev-12/values.js";
import { amka } from "../dev-13/values.js";
import { broken } from "./values.js";

export const EAST_BROKEN = {
  snils: broken(snils("148305926")),
  inn: broken(innPerson("7728416390")),
  th: broken(thaiId("110370284615")),
};

export const EAST: MarkedEntry[] = [
  // --- Russian --------------------------------------------------------------------------------------------------------
  [
    "ru",
    "id:form-ru:structured",
    `Перепиши анкету для отдела кадров:\nФИО: Смирнова Ольга Викторовна\nДата рождения: ⟦date_of_birth|14.02.1987⟧\nСНИЛС: ⟦national_id|${snils("127493508")}⟧\nИНН: ⟦national_id|${innPerson("7719283645")}⟧\nАдрес: ⟦street_address|г. Москва, ул. Профсоюзная, д. 84/32, корп. 2, кв. 117⟧`,
  ],
  ["ru", "id:chat-ru:free", `у мамы СНИЛС ⟦national_id|${snils("093716482")}⟧, как через госуслуги записать её к врачу? напиши по шагам`],
  [
    "ru",
    "passport:form-ru:structured",
    `Проверь доверенность: Я, Кузнецов Игорь Петрович, паспорт ⟦passport|45 17 628394⟧ выдан ОВД «Тверской» г. Москвы, доверяю…`,
  ],
  [
    "ru",
    "address:email-ru:free",
    `Напиши письмо в управляющую компанию от жильца Андрея Волкова, ⟦street_address|Санкт-Петербург, Лиговский пр., д. 50, лит. А, кв. 23⟧: в подъезде не горит свет.`,
  ],
  ["ru", "dob:chat-ru:free", `моей дочке Алине Соколовой ⟦date_of_birth|7 сентября 2013 г.⟧ исполнилось, в какой класс её отдавать по возрасту?`],
  [
    "ru",
    "health:email-ru:free",
    `Смягчи письмо начальнику: у нашего бухгалтера Натальи Егоровой ⟦health|рак щитовидной железы⟧, ей назначили ⟦health|радиойодтерапию⟧.`,
  ],
  ["ru", "phone:chat-ru:free", `сделай визитку бабушке: Лидия Павловна, моб. ⟦phone|+7 (916) 482-37-19⟧, дом. ⟦phone|8 (4842) 56-21-07⟧`],
  ["ru", "neg-id:doc-ru:free", `Почему СНИЛС ${EAST_BROKEN.snils} не проходит проверку контрольного числа? Это выдуманный номер для тестов.`],
  ["ru", "neg-id:doc-ru:free", `ИНН ${EAST_BROKEN.inn} — тестовое значение из моего юнит-теста, объясни, почему валидатор его отклоняет.`],
  ["ru", "neg-id:company-ru:free", `Расшифруй ОГРН 1027700132195 и ИНН юрлица 7707083893 из реквизитов в счёте — что означают цифры?`],
  ["ru", "neg-dob:public-ru:free", `Александр Пушкин родился 6 июня 1799 года в Москве. Напиши короткую справку для школьников.`],
  ["ru", "neg-address:public-ru:free", `Для путеводителя: Государственный Эрмитаж, Дворцовая пл., 2, Санкт-Петербург. Телефон справочной 8 (812) 710-90-79.`],
  ["ru", "neg-health:fiction-ru:free", `Опиши болезнь князя Мышкина в «Идиоте» Достоевского и как она влияет на сюжет.`],
  // --- Ukrainian --------------------------------------------------------------------------------------------------------
  [
    "uk",
    "id:form-ua:structured",
    `Переклади анкету англійською:\nПІБ: Коваленко Марія Іванівна\nРНОКПП: ⟦national_id|${rnokpp("318472650")}⟧\nАдреса: ⟦street_address|м. Львів, вул. Городоцька, 174, кв. 58⟧\nТел.: ⟦phone|+380 67 431 2859⟧`,
  ],
  [
    "uk",
    "health:chat-ua:free",
    `напиши повідомлення класній керівничці: мій син Денис Бондар ⟦health|зламав руку⟧, ⟦health|гіпс на 6 тижнів⟧, звільніть від фізкультури`,
  ],
  ["uk", "dob:form-ua:structured", `Перевір заяву: Шевчук Олег Андрійович, дата народження ⟦date_of_birth|03.05.1979⟧, паспорт ⟦passport|FE 482917⟧`],
  ["uk", "neg-dob:public-ua:free", `Леся Українка народилася 25 лютого 1871 року в Новограді-Волинському. Напиши есе для 7 класу.`],
  ["uk", "neg-phone:public-ua:free", `Оголошення: гаряча лінія 1545, екстрена допомога 112, поліція 102.`],
  // --- Thai -------------------------------------------------------------------------------------------------------------
  [
    "th",
    "id:form-th:structured",
    `ช่วยแปลข้อมูลนี้เป็นภาษาอังกฤษ:\nชื่อ นางสาวพิมพ์ชนก ศรีสุข\nเลขประจำตัวประชาชน ⟦national_id|${thaiId("110340271859")}⟧\nวันเกิด ⟦date_of_birth|12 มีนาคม 2535⟧\nที่อยู่ ⟦street_address|99/12 หมู่ 4 ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230⟧`,
  ],
  ["th", "id:chat-th:free", `เลขบัตรประชาชนแม่ ⟦national_id|${thaiId("350120068743")}⟧ ต้องกรอกในแบบฟอร์มประกัน ช่วยดูว่ากรอกช่องไหน`],
  ["th", "phone:chat-th:free", `ทำนามบัตรให้ลุงสมชาย ใจดี: มือถือ ⟦phone|081-475-2936⟧ บ้าน ⟦phone|02-518-4627⟧`],
  ["th", "health:chat-th:free", `เขียนข้อความลาให้หัวหน้า: คุณวิชัย ทองดี ⟦health|เป็นไข้เลือดออก⟧ นอนโรงพยาบาลศิริราช 5 วัน`],
  [
    "th",
    "address:email-th:free",
    `เขียนอีเมลถึงนิติบุคคล: ดิฉันอรทัย แก้วมณี ห้อง ⟦street_address|1208 อาคาร B คอนโดลุมพินี ถนนพระราม 9 ห้วยขวาง กรุงเทพฯ 10310⟧ แอร์ส่วนกลางเสีย`,
  ],
  ["th", "neg-id:doc-th:free", `เลขบัตรประชาชน ${EAST_BROKEN.th} เป็นเลขที่แต่งขึ้นเพื่อทดสอบ ทำไมหลักตรวจสอบไม่ผ่าน อธิบายวิธีคำนวณ`],
  ["th", "neg-phone:public-th:free", `ทำโปสเตอร์: แจ้งเหตุ 191 เจ็บป่วยฉุกเฉิน 1669 สายด่วนกรมสุขภาพจิต 1323`],
  ["th", "neg-address:public-th:free", `เขียนคู่มือนักท่องเที่ยว: พระบรมมหาราชวัง ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง เขตพระนคร กรุงเทพฯ 10200`],
  ["th", "neg-dob:public-th:free", `สุนทรภู่เกิดวันที่ 26 มิถุนายน 2329 เขียนประวัติย่อสำหรับนักเรียน`],
  // --- Greek ------------------------------------------------------------------------------------------------------------
  [
    "el",
    "id:form-gr:structured",
    `Μετάφρασε στα αγγλικά:\nΟνοματεπώνυμο: Παπαδοπούλου Ελένη\nΑΜΚΑ: ⟦national_id|${amka("1507851234")}⟧\nΑ.Δ.Τ.: ⟦national_id|ΑΚ 482173⟧\nΔιεύθυνση: ⟦street_address|Ερμού 56, 105 63 Αθήνα⟧`,
  ],
  ["el", "health:email-gr:free", `Γράψε ευγενικό email: ο συνάδελφος Γιώργος Νικολάου ⟦health|έχει σκλήρυνση κατά πλάκας⟧ και θα δουλεύει από το σπίτι.`],
  ["el", "phone:chat-gr:free", `Κάρτα επαφής για τη γιαγιά Κατερίνα Δημητρίου: κινητό ⟦phone|694 728 3156⟧, σπίτι ⟦phone|2310 472 819⟧`],
  ["el", "dob:form-gr:structured", `Έλεγξε την αίτηση: Ονοματεπώνυμο Νίκος Αλεξίου, ημερομηνία γέννησης ⟦date_of_birth|23/08/1994⟧, τηλ. ⟦phone|697 381 4025⟧`],
  ["el", "neg-dob:public-gr:free", `Η Μαρία Κάλλας γεννήθηκε στις 2 Δεκεμβρίου 1923 στη Νέα Υόρκη. Γράψε ένα σύντομο βιογραφικό.`],
  ["el", "neg-id:doc-gr:free", `Εξήγησε τη μορφή του ΑΜΚΑ: 11 ψηφία, τα 6 πρώτα είναι η ημερομηνία γέννησης, το τελευταίο ψηφίο ελέγχου (Luhn).`],
  ["el", "neg-address:public-gr:free", `Οδηγός: το Μουσείο Ακρόπολης βρίσκεται στη Διονυσίου Αρεοπαγίτου 15, Αθήνα.`],
  // --- Mixed scripts ----------------------------------------------------------------------------------------------------
  [
    "mixed",
    "id:email-mixed:free",
    `Please translate this HR note to English: 新同事 Tanaka Hiroshi（田中 浩）の在留カード番号 ⟦national_id|SK40718293FA⟧, 生年月日 ⟦date_of_birth|1990年4月1日⟧, phone ⟦phone|070-4183-2956⟧`,
  ],
  [
    "mixed",
    "address:chat-mixed:free",
    `Ship to: Mr. Ahmed Al-Mansoori / السيد أحمد المنصوري, ⟦street_address|Flat 1402, Marina Heights Tower, Dubai Marina, Dubai⟧ — mobile ⟦phone|+971 50 384 2917⟧`,
  ],
  ["mixed", "health:chat-mixed:free", `my friend Priya Raghavan (प्रिया) का ⟦health|HIV test positive⟧ आया है, how do I support her without telling anyone?`],
  [
    "mixed",
    "dob:form-mixed:structured",
    `Форма / Form:\nName: Dmitri Orlov (Дмитрий Орлов)\nDOB / Дата рождения: ⟦date_of_birth|1985-10-30⟧\nPassport: ⟦passport|75 3918264⟧`,
  ],
  [
    "mixed",
    "neg-id:doc-mixed:free",
    `Unit test fixtures: 中国身份证 11010519491231002X (GB 11643 的示例号码), 주민등록번호 예시 000000-0000000 — are these safe to commit?`,
  ],
  [
    "mixed",
    "neg-address:public-mixed:free",
    `Write a bilingual sign: 大使館 / Embassy of Japan, 2520 Massachusetts Ave NW, Washington DC — visa hotline in the brochure.`,
  ],
];
