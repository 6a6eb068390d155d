import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { chineseResidentIdValid, koreanRrnChecksumValid, myNumberValid } from "../../src/privacy/detectors/asian-ids.js";

describe("national identifiers with their checksums", () => {
  it("check digits", () => {
    expect(chineseResidentIdValid("11010519491231002X")).toBe(true);
    expect(chineseResidentIdValid("110105194912310021")).toBe(false);
    expect(koreanRrnChecksumValid("9001011234568")).toBe(true);
    expect(myNumberValid("123456789018")).toBe(true);
    expect(myNumberValid("123456789011")).toBe(false);
  });
  it("Chinese, Korean, Japanese, Indian identifiers in text", () => {
    expect(found("我的身份证号是11010519491231002X，请帮我填表。")).toEqual(["national_id:11010519491231002X"]);
    expect(found("주민등록번호: 900101-1234568")).toEqual(["national_id:900101-1234568"]);
    expect(found("マイナンバーは 1234 5678 9018 です")).toEqual(["national_id:1234 5678 9018"]);
    expect(found("My Aadhaar is 4991 1866 5246 and PAN ABCPE1234F")).toEqual(["national_id:4991 1866 5246", "national_id:ABCPE1234F"]);
    expect(found("护照号码：E12345678")).toEqual(["passport:E12345678"]);
  });
});

describe("addresses, dates of birth, phone numbers", () => {
  it("addresses in Chinese, Japanese, Korean and Indian English", () => {
    expect(found("地址：上海市浦东新区世纪大道88号3栋1201室")).toEqual(["street_address:上海市浦东新区世纪大道88号3栋1201室"]);
    expect(found("東京都港区六本木6丁目10番1号に住んでいます")).toEqual(["street_address:東京都港区六本木6丁目10番1号"]);
    expect(found("서울특별시 강남구 테헤란로 123, 4층")).toEqual(["street_address:서울특별시 강남구 테헤란로 123, 4층"]);
    expect(found("Flat 302, Sai Krupa Apartments, 14th Cross Road, Indiranagar, Bengaluru 560038")).toHaveLength(1);
  });
  it("dates of birth after a local label, Indian mobile written 5-5", () => {
    expect(found("姓名：李娜，出生日期：1985年3月12日")).toEqual(["date_of_birth:1985年3月12日"]);
    expect(found("mera number 79432-32102 hai")).toEqual(["phone:79432-32102"]);
  });
});

describe("credentials after local-language cues", () => {
  it.each([
    ["我的密码是Hua#2024xyz", "Hua#2024xyz"],
    ["パスワードは Sakura!2023 です", "Sakura!2023"],
    ["비밀번호는 Kimchi#77 입니다", "Kimchi#77"],
    ["मेरा पासवर्ड है Ravi@2024", "Ravi@2024"],
    ["كلمة المرور هي Qamar#2024", "Qamar#2024"],
    ["Mon mot de passe, c'est Lune#2024!", "Lune#2024"],
    ["bhai ka password Sunny@1234 hai", "Sunny@1234"],
    ["Is dR4m!3?hcnwOzd0fa5 a strong enough password for my bank?", "dR4m!3?hcnwOzd0fa5"],
  ])("%s", (text, value) => {
    expect(found(text)).toEqual([`password:${value}`]);
  });
  it("no password in advice or a file reference", () => {
    expect(found("Write a password policy: at least 12 characters, e.g. use a passphrase.")).toEqual([]);
    expect(found("POSTGRES_PASSWORD_FILE=/run/secrets/db_password")).toEqual([]);
  });
});

describe("a named person's health condition in other scripts", () => {
  it.each([
    ["我的同事王伟上个月被诊断出糖尿病。", "糖尿病"],
    ["田中さんはうつ病と診断されました", "うつ病"],
    ["김민수 씨는 당뇨병 진단을 받았습니다", "당뇨병"],
    ["meri maa Sunita ko diabetes hai", "diabetes"],
  ])("%s", (text, condition) => {
    expect(found(text)).toEqual([`health:${condition}`]);
  });
  it("an unnamed relative is not identifiable", () => {
    expect(found("我妈妈有糖尿病，应该吃什么？")).toEqual([]);
  });
});
