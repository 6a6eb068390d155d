import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

// Everyday chore messages in Portuguese, Polish, Italian, Hindi and Chinese (issue #15, dev-73): a visa or school
// form's birth date and passport, a Hindi address after पता with no PIN code, a CJK password after a space, a Polish
// flat number, and the hard negatives beside them (a tax office's address, a company's PAN/GSTIN and address).

describe("everyday chore messages", () => {
  it("reads Portuguese month names and the data de nascimento label before a named person's birth date", () => {
    expect(found("Nome: Carla Mendes Ribeiro, nascida em 3 de março de 1988")).toContain("date_of_birth:3 de março de 1988");
    expect(found("hóspede Marcos Alves, data de nascimento 14/07/1979")).toEqual(["date_of_birth:14/07/1979"]);
    expect(found("Nasci em 3 de março de 1988, quantos anos eu tenho hoje?")).toEqual([]);
  });

  it("reads an ordinal day written with º (NFKC: o)", () => {
    expect(found("Giulia Bianchi, nata il 1º gennaio 1990")).toEqual(["date_of_birth:1º gennaio 1990"]);
  });

  it("reads a passport number after the issuing country's adjective", () => {
    expect(found("Sou a Joana Teixeira, passaporte português nº P482913")).toEqual(["passport:P482913"]);
    expect(found("o passaporte brasileiro no Brasil custa caro")).toEqual([]);
  });

  it("reads a Hindi birth date with a Devanagari month after जन्मतिथि", () => {
    expect(found("बेटे राहुल की जन्मतिथि ५ मार्च २०१७ है")).toEqual(["date_of_birth:५ मार्च २०१७"]);
  });

  it("reads a house number after पता or address with two more parts and no PIN code, up to a clause", () => {
    expect(found("मेरी बहन नेहा का पता: म.नं. ७८, वार्ड १२, गांधी चौक, जयपुर, राखी यहीं भेजनी है")).toEqual(["street_address:म.नं. ७८, वार्ड १२, गांधी चौक, जयपुर"]);
    expect(found("papa ka address Flat 4B, Shanti Kunj, 12 MG Road, Indore pe courier bhejna hai")).toEqual([
      "street_address:Flat 4B, Shanti Kunj, 12 MG Road",
    ]);
    expect(found("company ka address Flat 4B, Shanti Kunj, 12 MG Road, Indore")).toEqual([]);
    expect(found("पता फ्लैट ३०२, साई अपार्टमेंट")).toEqual([]);
  });

  it("reads a chosen-looking ASCII password after a CJK password word and a space", () => {
    expect(found("管理密码 Wang@2021home，怎么设置端口转发？")).toEqual(["password:Wang@2021home"]);
    expect(found("wifi密码 12345678")).toEqual([]);
    expect(found("密码 8位以上，包含大小写")).toEqual([]);
  });

  it("keeps a Polish flat number (m.) in the address", () => {
    expect(found("nowy adres to ul. Kwiatowa 8 m. 12, 02-593 Warszawa")).toEqual(["street_address:ul. Kwiatowa 8 m. 12, 02-593 Warszawa"]);
  });

  it("leaves out an office that mieści się at the address, a company's PAN or GSTIN and a company's 地址", () => {
    expect(found("Urząd Skarbowy Kraków-Podgórze mieści się przy ul. Wadowickiej 10, czynny od 8:00.")).toEqual([]);
    expect(found("रिलायंस इंडस्ट्रीज़ का GSTIN 27AAACR5055K1Z7 उनकी वेबसाइट पर दिया है।")).toEqual([]);
    expect(found("consultant Rohit Khanna, PAN BKLPK4821M")).toEqual(["national_id:BKLPK4821M"]);
    expect(found("阿里巴巴的公司地址在杭州市余杭区文一西路969号。")).toEqual([]);
    expect(found("收货地址：上海市徐汇区漕溪北路120弄5号601室")).toEqual(["street_address:上海市徐汇区漕溪北路120弄5号601室"]);
  });
});
