import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

describe("session 38 health rules in more scripts (development set 34)", () => {
  it("reads a named person's condition in Hebrew, with a prefix letter, a dose in מ\"ג or a name label", () => {
    expect(health('אמא שלי, רחל אברהמי, אובחנה עם סוכרת סוג 2 והרופא רשם לה מטפורמין 850 מ"ג')).toEqual(["health:סוכרת סוג 2", 'health:מטפורמין 850 מ"ג']);
    expect(health("החבר שלי דניאל פרץ מאושפז בגלל התקף פסיכוטי")).toEqual(["health:התקף פסיכוטי"]);
    expect(health("שם המטופל: משה לוי\nאבחנה: אוטם שריר הלב")).toEqual(["health:אוטם שריר הלב"]);
    expect(health("גב' לאה פרידמן, בהריון שבוע 31")).toEqual(["health:בהריון"]);
  });

  it("leaves Hebrew health text without a named person alone", () => {
    expect(health("אמא שלי אובחנה עם סוכרת סוג 2, מה היא יכולה לאכול?")).toEqual([]);
    expect(health("מהם התסמינים הנפוצים של סוכרת סוג 2 ואיך מאבחנים אותה?")).toEqual([]);
    expect(health("בסדרה, הדמות רחל כהן חולה בסרטן השד")).toEqual([]);
  });

  it("reads a named person's condition in Greek and leaves a textbook question alone", () => {
    expect(health("Ο συνάδελφός μου Κώστας Δημητρίου έχει κατάθλιψη")).toEqual(["health:κατάθλιψη"]);
    expect(health("Ασθενής: Γιώργος Νικολάου\nΔιάγνωση: πνευμονική εμβολή")).toEqual(["health:πνευμονική εμβολή"]);
    expect(health("Ποια είναι τα πρώτα συμπτώματα της νόσου Αλτσχάιμερ;")).toEqual([]);
  });
});

describe("session 38 health rules: Swahili, Tagalog, Malay, Persian and Urdu (development set 34)", () => {
  it("reads a named person's condition after a Swahili relation word or honorific", () => {
    expect(health("Rafiki yangu Juma Ali ana VVU na anatumia dawa za ARV, nimsaidieje?")).toEqual(["health:VVU", "health:dawa za ARV"]);
    expect(health("Mama yangu, Bi. Amina Hassan, amegunduliwa na kisukari")).toEqual(["health:kisukari"]);
    expect(health("Dalili za malaria ni zipi na jinsi ya kujikinga?")).toEqual([]);
  });

  it("reads a Tagalog name after si / kay / ni or a relation word, not a general question", () => {
    expect(health("Pakigawa ng medical certificate: si Maria Cristina Reyes ay may dengue")).toEqual(["health:dengue"]);
    expect(health("Ano ang mga sintomas ng dengue at paano ito maiiwasan?")).toEqual([]);
    expect(health("Sa pelikula, si Maria ay may kanser")).toEqual([]);
  });

  it("reads Malay rakan sekerja and mengandung with weeks, not 'mengandung gula'; fiction is no one", () => {
    expect(health("Rakan sekerja saya Nurul Aina mengandung 12 minggu")).toEqual(["health:mengandung"]);
    expect(health("Rakan sekerja saya Nurul Aina kata produk ini mengandung gula")).toEqual([]);
    expect(health("Tulis cerpen tentang watak rekaan, Pak Mat, yang menghidap kencing manis.")).toEqual([]);
  });

  it("reads a Persian relation word with -م and an Urdu میری بہن before a name, not before a verb or condition", () => {
    // The shared term list reads the Arabic "سرطان" before the Persian "سرطان سینه" (span: the first word).
    expect(health("مادرم، زهرا احمدی، سرطان سینه دارد")).toEqual(["health:سرطان"]);
    expect(health("میری بہن عائشہ خان کو ٹی بی کی تشخیص ہوئی ہے")).toEqual(["health:ٹی بی"]);
    expect(health("مادرم سرطان سینه دارد، چه کار کنم؟")).toEqual([]);
    expect(health("میری بہن کو ٹی بی ہے")).toEqual([]);
  });
});

describe("session 38 health rules: record labels in Bengali and Tamil, an Arabic colleague 'at work' (development set 34)", () => {
  it("reads the name after রোগীর নাম: and நோயாளி: in a record", () => {
    expect(health("রোগীর নাম: সুমন দাস\nরোগ নির্ণয়: যক্ষ্মা")).toEqual(["health:যক্ষ্মা"]);
    expect(health("நோயாளி: கார்த்திக் ராஜா\nநோயறிதல்: சிறுநீரக கல்")).toEqual(["health:சிறுநீரக கல்"]);
    expect(health("রোগীর নাম: ____\nরোগ নির্ণয়: ____")).toEqual([]);
  });

  it("reads زميلتي في العمل before a name, and still not زميلتي في + a condition", () => {
    expect(health("زميلتي في العمل ليلى حداد تعاني من اكتئاب حاد")).toEqual(["health:اكتئاب"]);
    expect(health("زميلتي في العمل تعاني من اكتئاب، كيف أساعدها؟")).toEqual([]);
  });
});

describe("session 38 health rules: German congenital conditions (development set 34)", () => {
  it("reads Trisomie 21 and Herzfehler of a named child, not in a general question", () => {
    expect(health("Unser Sohn Felix Brandt hat Trisomie 21 und einen Herzfehler.")).toEqual(["health:Trisomie 21", "health:Herzfehler"]);
    expect(health("Was ist ein angeborener Herzfehler?")).toEqual([]);
  });
});
