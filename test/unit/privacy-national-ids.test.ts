import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import {
  balticPersonalCodeValid,
  belgianNationalNumberValid,
  czechBirthNumberValid,
  finnishPersonalIdValid,
  norwegianBirthNumberValid,
  portugueseTaxNumberValid,
  romanianPersonalCodeValid,
  swedishPersonalNumberValid,
  turkishIdValid,
  ukrainianTaxNumberValid,
} from "../../src/privacy/checksums.js";

describe("national identifiers with check digits", () => {
  it("accept valid numbers and reject one changed digit", () => {
    const valid: Array<[(value: string) => boolean, string, string]> = [
      [turkishIdValid, "38471029510", "38471029511"],
      [ukrainianTaxNumberValid, "3151803717", "3151803718"],
      [swedishPersonalNumberValid, "8507092388", "8507092389"],
      [finnishPersonalIdValid, "131052-308T", "131052-308U"],
      [norwegianBirthNumberValid, "15078641387", "15078641388"],
      [romanianPersonalCodeValid, "1850715410039", "1850715410038"],
      [czechBirthNumberValid, "8857151237", "8857151238"],
      [portugueseTaxNumberValid, "234567899", "234567898"],
      [belgianNationalNumberValid, "85073003328", "85073003329"],
      [balticPersonalCodeValid, "38503120221", "38503120222"],
    ];
    for (const [check, good, bad] of valid) expect([check(good), check(bad)]).toEqual([true, false]);
    expect(swedishPersonalNumberValid("5567037485")).toBe(false); // organisation number: month 67
  });
  it.each([
    ["TC kimlik numaram 38471029510", "national_id:38471029510"],
    ["Мій РНОКПП 3151803717", "national_id:3151803717"],
    ["Số CCCD của tôi là 079188012345", "national_id:079188012345"],
    ["NIK saya 3174055203880003", "national_id:3174055203880003"],
    ["Kolla om 780930-1265 är giltigt", "national_id:780930-1265"],
    ["Henkilötunnukseni on 250386-421A.", "national_id:250386-421A"],
    ["Rodné číslo: 885715/1237", "national_id:885715/1237"],
    ["Hộ chiếu số C4829173 hết hạn", "passport:C4829173"],
  ])("%s", (text, expected) => expect(found(text)).toEqual([expected]));
  it("numbers without their keyword, failing checksums and organisation numbers: not reported", () => {
    expect(found("Sipariş numaranız 38471029511 olarak kaydedildi.")).toEqual([]);
    expect(found("Nomor pesanan 3174055203880004 sedang diproses.")).toEqual([]);
    expect(found("Org.nr 556703-7485, Exempelbolaget AB.")).toEqual([]);
    expect(found("Testpersonnummer: 19121212-1212 (Tolvan Tolvansson).")).toEqual([]);
    expect(found("Mã sản phẩm: 079188012346, giá 250.000 đồng.")).toEqual([]);
  });
});

describe("local-language cues", () => {
  it.each([
    ["E-devlet şifrem Ankara.1987x, unutmayayım.", "password:Ankara.1987x"],
    ["Mật khẩu wifi là Hanoi@2024vn nhé.", "password:Hanoi@2024vn"],
    ["Lösenordet till routern är Sommar2023!", "password:Sommar2023!"],
    ["Ngày sinh: 15/08/1992", "date_of_birth:15/08/1992"],
    ["Doğum tarihim 02/11/1990", "date_of_birth:02/11/1990"],
    ["Kargo adresi: Bağdat Cad. No: 214 Daire: 7, Kadıköy/İstanbul", "street_address:Bağdat Cad. No: 214 Daire: 7, Kadıköy/İstanbul"],
    ["Alamat: Jl. Melati No. 17, RT 03/RW 05, Jakarta Pusat 10510", "street_address:Jl. Melati No. 17, RT 03/RW 05, Jakarta Pusat 10510"],
    ["携帯番号：090-1234-5678", "phone:090-1234-5678"],
  ])("%s", (text, expected) => expect(found(text)).toEqual([expected]));
  it("rules about passwords, business addresses and business lines: not reported", () => {
    expect(found("Şifre en az 8 karakter olmalı ve bir büyük harf içermelidir.")).toEqual([]);
    expect(found("비밀번호는 8자 이상이어야 합니다.")).toEqual([]);
    expect(found("본사: 서울특별시 강남구 테헤란로 152")).toEqual([]);
    expect(found("Ring kundtjänst på 0771-123 123 vardagar 8-17.")).toEqual([]);
    expect(found("Kantor pusat kami di Jl. Jenderal Sudirman No. 52, Jakarta 10210.")).toEqual([]);
  });
});

describe("a named person's health in Ukrainian, Turkish, Vietnamese, Indonesian and Swedish", () => {
  it.each([
    ["Моя колега Олена Коваль хворіє на цукровий діабет.", "health:цукровий діабет"],
    ["Meslektaşım Ayşe Yılmaz'a meme kanseri teşhisi kondu.", "health:meme kanseri"],
    ["Chị Trần Thị Lan bị tiểu đường.", "health:tiểu đường"],
    ["Ibu Siti Rahayu didiagnosis kanker payudara.", "health:kanker payudara"],
    ["Min kollega Anna Svensson har bröstcancer.", "health:bröstcancer"],
  ])("%s", (text, expected) => expect(found(text)).toEqual([expected]));
  it("general questions and unnamed people: not reported", () => {
    expect(found("Ibu hamil sebaiknya menghindari makanan apa saja?")).toEqual([]);
    expect(found("Bệnh tiểu đường có những triệu chứng gì?")).toEqual([]);
    expect(found("Diyabet hastaları hangi meyveleri yiyebilir?")).toEqual([]);
  });
});
