import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("labels, checksummed identifiers and local cues from development set 13 half A (session 30)", () => {
  it("reads Israeli, Hungarian and Malaysian identifiers next to their keyword when the check digit holds", () => {
    expect(found("פרטי העובדת: ת.ז. 213456700, מחלקת שיווק")).toContain("national_id:213456700");
    expect(found("פרטי העובדת: ת.ז. 213456701, מחלקת שיווק")).not.toContain("national_id:213456701");
    expect(found("Beteg adatai, TAJ: 208 173 652")).toEqual(["national_id:208 173 652"]);
    expect(has("Az adóazonosító jele 8409982153, kérem rögzíteni.", "national_id")).toBe(true);
    expect(has("No. K/P beliau 850412-14-5521 untuk borang.", "national_id")).toBe(true);
    expect(found("Mispar zehut le-dugma: מספר זהות לדוגמה 000000018")).toEqual([]);
  });

  it("reads form labels of Latin scripts with accents and of Hebrew and Greek", () => {
    expect(has("Rodné číslo: 7903154412\nDatum narození: 15. 3. 1979", "date_of_birth")).toBe(true);
    expect(found("Datum narození: 15. 3. 1979").some((value) => value.startsWith("phone:"))).toBe(false);
    expect(has("Születési idő: 1979. április 2.", "date_of_birth")).toBe(true);
    expect(has("כתובת: רחוב ביאליק 12 דירה 3, חולון", "street_address")).toBe(true);
    expect(has("Διεύθυνση: Πατησίων 120, 11257 Αθήνα", "street_address")).toBe(true);
    expect(has('{"الرقم_القومي": "29811020105427"}', "national_id")).toBe(true);
  });

  it("reads Czech, Hungarian, Hebrew and Arabic account numbers, Hungarian ones by their block checks", () => {
    expect(found("Pošli to prosím na účet 1938475626/0800.")).toContain("bank_account:1938475626/0800");
    expect(found("Utald a 10400016-62301152-00000000 számlára.")).toContain("bank_account:10400016-62301152-00000000");
    expect(found("Utald a 10400016-62301153-00000000 számlára.")).toEqual([]);
    expect(has("העברתי לחשבון 10-825-556120 בבנק לאומי", "bank_account")).toBe(true);
  });

  it("reads money in local currencies next to a named person, not a national average", () => {
    expect(found("Nimemtumia Grace Achieng KSh 35,000 kwa ajili ya mkopo wake.")).toEqual(["financial:KSh 35,000"]);
    expect(found("Ang sweldo ni Maria Santos ay ₱32,000 kada buwan.")).toEqual(["financial:₱32,000"]);
    expect(found("Az átlagos fizetés 2024-ben 645 000 Ft volt.")).toEqual([]);
  });

  it("reads a named patient's condition in a labelled note of another script, and not a company's hotline", () => {
    expect(has("Beteg: Kiss Márta\nDiagnózis: asztma", "health")).toBe(true);
    expect(has("بیمار: سارا کاظمی\nتشخیص: آسم", "health")).toBe(true);
    expect(has("مریض حامد رضا کو ذیابیطس ہے اور وہ انسولین لیتے ہیں۔", "health")).toBe(true);
    expect(found("شوگر کے مریض کو رمضان میں احتیاط کرنی چاہیے؟")).toEqual([]);
    expect(found("Napiš dopis firmě Alfa, sídlo Vinohradská 12, Praha 2, telefon 224 141 118, díky.")).toEqual([]);
    expect(found("Firma má sídlo v Brně. Pan Karel Veselý má mobil 605 117 842.")).toContain("phone:605 117 842");
    expect(found("Volejte naši zákaznická linka 224 141 118 denně.")).toEqual([]);
  });
});
