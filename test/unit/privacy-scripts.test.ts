import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { fieldKind } from "../../src/privacy/structured/field-names.js";
import { hongKongIdValid, iranianCodeValid, taiwanIdValid, thaiIdValid } from "../../src/privacy/detectors/script-ids.js";
import { verhoeffCheckDigit } from "../../src/privacy/checksums.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("non-Latin scripts and Hinglish (session 30, development set 12 half A)", () => {
  it("reads labels of other scripts before a colon and in JSON keys (script-labels.ts)", () => {
    expect(found("فرم:\nکد ملی: 1122334451\nتاریخ تولد: ۱۳۷۰/۰۲/۱۴")).toEqual(["national_id:1122334451", "date_of_birth:۱۳۷۰/۰۲/۱۴"]);
    expect(found('{"نام": "پریسا صالحی", "موبایل": "09351234876"}')).toContain("phone:09351234876");
    expect(found("ชื่อ: นายวีระ มีสุข\nวันเกิด: 12 มกราคม 2530")).toContain("date_of_birth:12 มกราคม 2530");
    expect(found("জাতীয় পরিচয়পত্র নম্বর: ____________\nমোবাইল: ০১XXX-XXXXXX")).toEqual([]);
  });

  it("reads headers with vowel signs, and a pincode column is no PIN (records.ts, field-names.ts)", () => {
    expect(found("பெயர்,கைபேசி\nமீனா ரவி,98412 30577")).toContain("phone:98412 30577");
    expect(fieldKind("pincode")).toBeUndefined();
    expect(fieldKind("pin")).toBe("password");
  });

  it("finds passwords after the word in SOV order and PINs, not postal PIN codes (script-passwords.ts)", () => {
    expect(found("رمز ایمیل من Neda#1369shz هست")).toContain("password:Neda#1369shz");
    expect(found("জিমেইলের পাসওয়ার্ড Rumi@Ctg2021 দিলাম")).toContain("password:Rumi@Ctg2021");
    expect(found("جاز کیش کا پن 5931 ہے")).toContain("password:5931");
    expect(has("আমাদের এলাকার পিন কোড ৭০০০১৫", "password")).toBe(false);
    expect(has("پاس ورڈ کم از کم آٹھ حروف کا ہونا چاہیے", "password")).toBe(false);
  });

  it("checks Taiwan, Hong Kong, Thai and Iranian check digits and reads the CNIC as an ID (script-ids.ts)", () => {
    expect([taiwanIdValid("B135792460"), taiwanIdValid("B135792461")]).toEqual([true, false]);
    expect([hongKongIdValid("C", "668042", "7"), hongKongIdValid("C", "668042", "3")]).toEqual([true, false]);
    expect([thaiIdValid("3401200739150"), iranianCodeValid("1122334451"), iranianCodeValid("1122334452")]).toEqual([true, true, false]);
    expect(found("她的身分證字號是 B135792460")).toEqual(["national_id:B135792460"]);
    expect(found("香港身份證 C668042(7)")).toEqual(["national_id:C668042(7)"]);
    expect(found("เลขบัตรประชาชนของเขา 3-4012-00739-15-0")).toEqual(["national_id:3-4012-00739-15-0"]);
    expect(found("میرا شناختی کارڈ 42101-5839201-7 ہے")).toEqual(["national_id:42101-5839201-7"]);
  });

  it("finds house-number addresses in Bengali, Tamil, Urdu, Persian and Thai, not a head office (script-addresses.ts)", () => {
    expect(has("পাঠাও: বাসা ১২, রোড ৪, সেক্টর ৭, উত্তরা, ঢাকা ১২৩০", "street_address")).toBe(true);
    expect(has("முகவரி வீட்டு எண் 8, காந்தி தெரு, தாம்பரம், சென்னை 600045", "street_address")).toBe(true);
    expect(has("بھیج دیں: مکان نمبر 12، اسٹریٹ 9، ایف 10، اسلام آباد 44000", "street_address")).toBe(true);
    expect(has("ارسال به: اصفهان، خیابان چهارباغ، کوچه ۵، پلاک ۲۲", "street_address")).toBe(true);
    expect(has("ส่งของที่ 12/7 ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110", "street_address")).toBe(true);
    expect(has("สำนักงานใหญ่ บริษัท 88/1 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500", "street_address")).toBe(false);
  });

  it("names people the way these languages do (script-health.ts, person-condition.ts, person-near.ts)", () => {
    expect(has("সহকর্মী রফিক হাসানের ডেঙ্গু হয়েছে", "health")).toBe(true);
    expect(has("আমার চাচার ডায়াবেটিস আছে", "health")).toBe(false);
    expect(has("மாலா அக்காவுக்கு நீரிழிவு நோய் உள்ளது", "health")).toBe(true);
    expect(has("通知：李文静因为胃癌住院", "health")).toBe(true);
    expect(has("「父の田中実ですが、心不全で入院しました」", "health")).toBe(true);
    expect(has("दीदी (रेखा सिंह) को डेंगू हुआ है", "health")).toBe(true);
    expect(has("Напиши мягче: «У Натальи Петровны Смирновой диабет, она на больничном.»", "health")).toBe(true);
    expect(has("Ankit, tumne jo ₹40,000 udhaar liye the woh lauta do", "financial")).toBe(true);
    expect(has("تبلغ نسبة الإصابة بداء السكري بين البالغين 18%", "health")).toBe(false);
  });

  it("leaves example and placeholder identifiers alone (public-context.ts)", () => {
    expect(has("회원가입 안내: 주민등록번호 예시 770203-2123459", "national_id")).toBe(false);
    expect(has('{"name": "张三", "id_card": "110101199003070011"}', "national_id")).toBe(false);
    expect(has("ใช้เลข 3-4012-00739-15-0 เป็นตัวอย่าง", "national_id")).toBe(false);
  });

  it("computes Verhoeff with the standard permutation table (checksums.ts, row p^4 = 9453126870)", () => {
    // Check digits that reach the fifth position from the right: the earlier table (…2,8,7,6,0) gave other digits.
    expect([verhoeffCheckDigit("49911866524"), verhoeffCheckDigit("37195028461")]).toEqual([6, 7]);
    expect(found("Aadhaar 3719 5028 4617")).toEqual(["national_id:3719 5028 4617"]);
  });

  it("knows Iranian IBANs (شبا) and Korean accounts after the bank's name (iban.ts, bank-accounts.ts)", () => {
    expect(found("شماره شبا IR24 0540 1200 0000 0471 1229 38")).toEqual(["iban:IR24 0540 1200 0000 0471 1229 38"]);
    expect(found("신한은행 110-482-993017 로 보내줘")).toEqual(["bank_account:110-482-993017"]);
    expect(found("우리은행 고객센터 1588-5000")).toEqual([]);
  });

  it("reads traditional 號/樓 after a road section and a Japanese building after the number (scripts.ts)", () => {
    expect(found("寄到，台中市西屯區臺灣大道三段99號12樓之1")).toEqual(["street_address:台中市西屯區臺灣大道三段99號12樓之1"]);
    expect(found("新住所：福岡市中央区天神2丁目5-28 天神ハイツ1108号")).toEqual(["street_address:福岡市中央区天神2丁目5-28 天神ハイツ1108号"]);
  });
});
