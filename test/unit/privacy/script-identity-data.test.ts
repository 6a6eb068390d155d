import { beforeAll, describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

/** Session 45 (dev-65 half A): identity numbers, birth dates and phones in the languages and scripts the guard read worst. */
describe("identity data in Hebrew, Persian, Bengali, Thai, Arabic, Greek and Ukrainian (session 45)", () => {
  beforeAll(() => flagged("warm-up"), 30_000);

  it("an Israeli ID after the definite תעודת הזהות or the field name teudat_zehut; not a failing check digit", () => {
    expect(flagged("מספר תעודת הזהות של אחי הוא 319669743, תעזור לי למלא טופס?")).toContain("national_id:319669743");
    expect(flagged(`{"shem": "דנה", "teudat_zehut": "480158914"}`)).toContain("national_id:480158914");
    expect(flagged("מספר תעודת הזהות של אחי הוא 319669744, תעזור לי למלא טופס?")).not.toContain("national_id:319669744");
  });

  it("an Iranian national code under the field name code_melli; not a number failing its check", () => {
    expect(flagged(`{"name": "رضا", "code_melli": "9260948592"}`)).toContain("national_id:9260948592");
    expect(flagged(`{"name": "رضا", "code_melli": "9260948593"}`)).not.toContain("national_id:9260948593");
  });

  it("a Bangladeshi NID of 10 or 13 digits (also in Bengali digits) next to its name; not without it", () => {
    expect(flagged("আমার ভাইয়ের জাতীয় পরিচয়পত্র নম্বর ৪৬২৩৮১৭৫৯০, হারিয়ে গেছে")).toHaveLength(1);
    expect(flagged("Rahim Uddin, NID 5512345690123, Jessore")).toContain("national_id:5512345690123");
    expect(flagged("অর্ডার নম্বর 4623817590 কবে পৌঁছাবে?")).not.toContain("national_id:4623817590");
  });

  it("a Thai citizen ID under citizen_id; not the same digits as a product code", () => {
    expect(flagged(`{"name": "สมหญิง", "citizen_id": "3504223790285"}`)).toContain("national_id:3504223790285");
    expect(flagged("รหัสสินค้า 3504223790285 ราคา 20 บาท")).toEqual([]);
  });

  it("a Persian Solar Hijri and an Arabic month-name birth date after a birth word; not a historical one", () => {
    expect(flagged("دخترم متولد ۱۸ اسفند ۱۳۸۸ است")).toContain("date_of_birth:۱۸ اسفند ۱۳۸۸");
    expect(flagged("ابنتي مولودة في ٣ آذار ٢٠١٢ في دمشق")).toContain("date_of_birth:٣ آذار ٢٠١٢");
    expect(flagged("فلانی متولد ۱۲ مهر ۱۲۹۰ در تبریز بود")).toEqual([]);
    expect(flagged("ولد في ٥ مايو ١٨١٨ في ألمانيا")).toEqual([]);
  });

  it("a Greek mobile and a Ukrainian mobile written nationally; not a number of another form", () => {
    expect(flagged("πάρε την ξαδέρφη μου στο 694 215 8830 το απόγευμα")).toContain("phone:694 215 8830");
    expect(flagged("набери сестру Олю на 067 412 33 98 ввечері")).toContain("phone:067 412 33 98");
    expect(flagged("ο κωδικός είναι 123 456 7890 στο σύστημα")).toEqual([]);
  });
});
