import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 53 review (issue #15): texts written from the session's write-ups alone, before reading its rules (medicine
 * topics and taking verbs, record keys in other scripts, access-code passwords, prose keys, command-line passwords,
 * travel documents, specimens). Every person, number and key is invented; the places and firms named are public.
 */

const HARD_NEGATIVES = [
  // a medicine as a lecture's, article's or seminar's topic beside a named speaker
  "Dr. Maria Santos gave a talk about warfarin interactions at the cardiology congress in Lisbon.",
  "Prof. Jens Keller spricht am Dienstag über Metformin bei Herzinsuffizienz (Hörsaal 2).",
  "La ponencia de Carmen Ruiz sobre la insulina empieza a las 18:00 en el aula 3.",
  "محاضرة الدكتور أحمد حسن عن الأنسولين يوم الخميس في القاعة الكبرى.",
  "Seminar dr. Budi Santoso tentang insulin untuk tenaga kesehatan, Sabtu pukul 10.00 WIB.",
  // restaurants, clinics and hospitals with their own numbers and records
  "Dinner at Trattoria da Enzo on Friday? Reservations on +39 06 581 2260, they close Mondays.",
  "For appointments call the Mayo Clinic front desk on +1 507-284-2511 (Mon–Fri).",
  // record keys in Chinese, Korean, Arabic, Thai, Russian with a business's or public data
  '{"公司名称": "华为技术有限公司", "地址": "深圳市龙岗区坂田华为基地", "电话": "0755-28780808"}',
  '{"상호": "스타벅스 강남점", "주소": "서울 강남구 강남대로 390", "영업시간": "07:00-22:00"}',
  "地区: 上海\n患者人数: 12000\n诊断: 糖尿病\n年份: 2024",
  '{"user_id": 1842, "treatment": "variant B", "conversion": 0.031}',
  // fiction and leaflets in Hindi, Vietnamese, Thai, Korean
  "कहानी में, राजू को कैंसर हो जाता है और उसका परिवार उसे बचाने की कोशिश करता है।",
  "Trong tiểu thuyết, nhân vật Minh bị bệnh lao và phải rời Hà Nội.",
  "โรคเบาหวานเป็นโรคเรื้อรังที่พบบ่อย ควรตรวจน้ำตาลในเลือดเป็นประจำ",
  "드라마 속 주인공 민수는 백혈병 진단을 받고 고향으로 돌아간다.",
  // travel documents: a test fixture's zone, fee and format pages, an empty form, a seat
  "Unit test fixture for our MRZ parser:\nP<GBRDOE<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n1234567897GBR8001014M3001019<<<<<<<<<<<<<<08",
  "Schengen visa fee: €90 for adults and €45 for children aged 6–12; pay at the consulate in cash.",
  "The US visa foil number is the 8-digit red number in the lower right corner of the visa.",
  "Tipo de documento: P (pasaporte)\nNúmero de documento: __________\nFecha de expedición: __/__/____",
  "Flight LH 454, seat 17C; your booking reference is the six letters on the e-ticket.",
  "How many characters does a German passport number have? Is it always a letter and eight more?",
  // configs with placeholders and documented example keys; hashes and UUIDs after key:
  "API_KEY=your-api-key-here\nDB_PASSWORD=changeme\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
  "2026-12-07T10:14:03Z INFO cache hit key: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  "DEBUG lookup key: 3f2a9c1e-7b4d-4e2a-9c1f-8d2e6a5b4c3d found=true ttl=300",
  "Der Schlüssel: 7b4d9c1e2f3a8b6c5d4e3f2a1b0c9d8e (SHA-256 der Datei, gekürzt)",
  "git remote add origin git@github.com:acme/widgets.git && git push -u origin main",
  "echo $REGISTRY_TOKEN | docker login -u ci --password-stdin registry.example.com",
  // passwords: strength questions, templates, receipts, security questions
  "Is 'Tr0ub4dor&3' a strong password? I made it up for a class on password strength.",
  "name,url,username,password\nExample Site,https://example.com,user@example.com,<password>\nMy Bank,https://bank.example,your-username,YOUR_PASSWORD",
  "VISA ****4821  AUTH CODE: 0A7K2B  REF 88213  TOTAL 42.10 EUR  APPROVED",
  "Pick a security question: What was the name of your first pet? In what city were you born?",
  "Das Passwort muss mindestens 12 Zeichen haben; Sommer2024! zum Beispiel ist zu schwach.",
  "Zugangscode: siehe Umschlag, den Sie per Post erhalten haben.",
  "Access codes must mix upper and lower case, a digit and a symbol, like Ab3$efgh (don't use that one).",
  "SUMMARY:Team – flu vaccination drive (all staff)\nDTSTART:20261208T090000",
  // the review's fixes: no value after a capitalised number word
  "Aufenthaltstitel Nr. beantragen: Termin am 12.03. im Bürgeramt.",
  // an institution's phone under a bare phone key in the record it heads
  '{"المستشفى": "مستشفى الملك فيصل التخصصي", "القسم": "الأورام", "الهاتف": "+966 11 464 7272"}',
  "ชื่อโรงพยาบาล: โรงพยาบาลศิริราช\nแผนก: โรคหัวใจ\nโทร: 02 419 7000",
  "Клиника: ГКБ №52\nОтделение: кардиология\nТелефон: +7 499 196-10-52",
  "병원: 서울대학교병원\n진료과: 내과\n전화: 02-2072-2114",
  "Farmacia: Farmacia Centrale\nOrari: 8-20\nTel: +39 06 488 0754",
];

const POSITIVES = [
  // a named person taking a medicine or having a condition, other languages
  "Notre collègue Hélène Dubois prend du lithium depuis mars, ne lui en parle pas.",
  "O vizinho, Paulo Mendes, tomou insulina hoje de manhã e passou mal.",
  "Η Ελένη Παπαδοπούλου έχει καρκίνο του μαστού και ξεκινά χημειοθεραπεία.",
  "मेरे दोस्त राहुल शर्मा को मधुमेह है और वह इंसुलिन लेता है।",
  // records keyed in their own language
  '{"환자": "김민준", "진단": "우울증", "병원": "서울대병원"}',
  "姓名,诊断,药物\n李娜,乳腺癌,他莫昔芬",
  "اسم المريض: فاطمة الزهراء\nالتشخيص: سرطان الثدي",
  "ชื่อผู้ป่วย: สมชาย ใจดี\nการวินิจฉัย: เบาหวาน",
  "Bệnh nhân: Nguyễn Văn An\nChẩn đoán: lao phổi",
  "Hasta adı: Ayşe Yılmaz\nTanı: migren\nİlaç: sumatriptan",
  "Пациент: Иванов Сергей Петрович\nДиагноз: инфаркт миокарда",
  "BEGIN:VEVENT\nDTSTART:20261208T090000\nSUMMARY:Sofia – dialysis session\nEND:VEVENT",
  "Horvat, Ivan | 04. 05. 1979 | 0405979330154 | Zagreb",
  // credentials: access codes, TOTP seeds, command lines, keys in prose
  "Zugangscode für das Portal: Xk7#mP2q!vR",
  "Tu código de acceso es Tz8$wq4LmN, no lo compartas.",
  "mfa_seed = 'K7FQ2MZXR4PLW9TBQ3HV'",
  "keytool -genkeypair -alias app -keystore app.jks -storepass Qw7!tRzP9xLm",
  "zip -P Hx92!mqTz7 salaries.zip salaries.xlsx",
  "Der API-Schlüssel für den Wetterdienst auf unserem Shop-Konto ist 8f3KqZ2mX9vLw4RtY7pN1bCd",
  "액세스 토큰: aZ9kQ2xW7mP4rT8vB3nL6yH1",
  // travel documents
  "Numéro du document de voyage : 19FV34812 (Claire Lambert, née le 14/03/1987)",
  "Ospite: Marco Bellini, passaporto n. YA1234567, nato il 12/04/1980 a Bari",
  "Aufenthaltstitel Nr. Y7K3P9L2X für Herrn Demir, gültig bis 2029.",
  // the review's fixes keep these: a possessive before the medicine, a talk in another sentence, an owned password, a
  // fixture's zone with a real-looking holder
  "After the seminar, Anna Klein told me about her insulin doses.",
  "At the seminar Anna Klein told everyone about the insulin she injects.",
  "Anna Klein, who I met at the workshop, is on insulin now.",
  "Der Vortrag ist vorbei. Jens Keller nimmt seit Jahren Metformin.",
  "My password is Hx7!pQ2zR, for example on the VPN and the wiki.",
  "Test fixture for the parser, my colleague's card:\nP<FRALAMBERT<<CLAIRE<MARIE<<<<<<<<<<<<<<<<<<\n19FV348120FRA8703145F3105227<<<<<<<<<<<<<<06",
  // an institution's record with a guest's, a patient's or a named contact's phone
  "Hotel: Hilton Park Lane\nGuest phone: +44 7911 123456",
  "Klinik: Hirslanden\nPatient: Hans Müller\nTelefon: +41 44 387 21 11",
  "Hotel: Hilton Park Lane\nNotfallkontakt Frau Berger\nTelefon: +49 170 1234567",
  "Forwarding Claire's scan for the visa:\nP<FRALAMBERT<<CLAIRE<MARIE<<<<<<<<<<<<<<<<<<\n19FV348120FRA8703145F3105227<<<<<<<<<<<<<<06",
];

describe("session 53 review — hard negatives", () => {
  it.each(HARD_NEGATIVES)("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("session 53 review — positives", () => {
  it.each(POSITIVES)("%s", (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });
});

/**
 * Left by the review, closed in session 54: an institution's phone on a Japanese clinic's sign line (its reception hours)
 * or in a Chinese job advert (a personnel department in brackets after a landline), and a medicine a named pharmacist
 * explains (topic-before.ts). Siblings in privacy-s54-probes-*.test.ts.
 */
describe("session 53 review — probes closed in session 54", () => {
  it.each(["山田クリニック 内科・糖尿病外来 電話 03-3412-5678 受付 9:00-18:00", "招聘：护士一名，负责糖尿病患者护理，联系电话 021-6438 2100（人事部）"])(
    "an institution's phone on a sign or advert line in another script: %s",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it("a medicine a named pharmacist explains in a newsletter is no one's", () => {
    expect(found("Our newsletter: pharmacist Tom Becker explains how lithium is monitored in the blood.")).toEqual([]);
  });
});
