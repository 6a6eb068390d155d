import { describe, expect, it } from "vitest";
import { gregorianYear, kanjiNumber } from "../../src/privacy/detectors/script-dates.js";
import { found } from "./privacy-helpers.js";

/** Session 33 (dev-20): non-Latin scripts — local calendars, unit-first addresses, local password words, invented IDs. */
describe("dates of birth in local calendars and numerals", () => {
  it("reads era years, kanji numerals, the Buddhist Era and Greek labels", () => {
    expect(found("出生年月日：民國 84 年 7 月 19 日")).toContain("date_of_birth:民國 84 年 7 月 19 日");
    expect(found("祖父の 木村 正雄 は 昭和八年三月二十一日 生まれです。")).toContain("date_of_birth:昭和八年三月二十一日");
    expect(found("นายธนากร บุญมา เกิด 5 ก.ค. 2528")).toContain("date_of_birth:5 ก.ค. 2528");
    expect(found("Νίκος Αλεξίου, ημερομηνία γέννησης 23/08/1994")).toContain("date_of_birth:23/08/1994");
    expect(found("пациент Белов Сергей Николаевич, 02.08.1961 г. р.")).toContain("date_of_birth:02.08.1961");
  });
  it("a birth before 1925, converted from its calendar, is historical", () => {
    expect(found("สุนทรภู่เกิดวันที่ 26 มิถุนายน 2329 เขียนประวัติย่อ")).toEqual([]);
    expect(kanjiNumber("二〇一七")).toBe(2017);
    expect(kanjiNumber("二十一")).toBe(21);
    expect(gregorianYear({ era: "昭和", year: "八" })).toBe(1933);
    expect(gregorianYear({ thaiYear: "2535" })).toBe(1992);
  });
});

describe("unit-first addresses in Arabic, Hebrew and Russian", () => {
  it("reads a dwelling-first Arabic address, a Hebrew street and a Russian flat", () => {
    expect(found("العنوان فيلا 27، شارع 14، الراشدية، دبي")).toContain("street_address:فيلا 27، شارع 14، الراشدية، دبي");
    expect(found("Жилец Андрей Волков, Санкт-Петербург, Лиговский пр., д. 50, лит. А, кв. 23.")).toContain(
      "street_address:Санкт-Петербург, Лиговский пр., д. 50, лит. А, кв. 23",
    );
    expect(found("תכתוב הזמנה, הכתובת שדרות רוטשילד 112, קומה 3, תל אביב")).toContain("street_address:שדרות רוטשילד 112, קומה 3, תל אביב");
  });
  it("a company's address is not reported", () => {
    expect(found("מייל לשירות הלקוחות של בזק, הכתובת שלהם היא שדרות מנחם בגין 132, תל אביב")).not.toContain("street_address:שדרות מנחם בגין 132, תל אביב");
  });
});

describe("passwords after local words, and invented or company numbers", () => {
  it("reads 密码, باسورد, รหัสผ่าน and κωδικός", () => {
    expect(found("Wi-Fi 名称 Zhang_Home，密码 xiaomi8826!；")).toContain("password:xiaomi8826");
    expect(found("باسورد الواي فاي Nile@2468 عشان")).toContain("password:Nile@2468");
    expect(found("Σημείωμα: κωδικός Wi-Fi Thalassa#57, ευχαριστώ")).toContain("password:Thalassa#57");
  });
  it("an ID the writer made up and asks about, and a company's ИНН, are not personal", () => {
    expect(found("マイナンバー 4073 1926 5817 がチェックデジットで弾かれます。テスト用に作った番号ですが、どこが間違っていますか？")).toEqual([]);
    expect(found("Расшифруй ОГРН 1027700132195 и ИНН юрлица 7707083893 из реквизитов в счёте")).toEqual([]);
  });
});
