import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const of = (category: string, text: string) => flagged(text).filter((value) => value.startsWith(`${category}:`));

describe("public versus personal, dev-30 half A (issue #15)", () => {
  it.each([
    ["street_address", "Was the Ghostbusters firehouse at 14 North Moore Street, New York really used for filming the exterior shots?"],
    ["street_address", "Write a regex for street lines such as 1234 Oak Road Apt 2 and 12345 Pine Ave."],
    ["street_address", "Bitte liefern Sie die Ware an unser Auslieferungslager, Gewerbestraße 7, 89075 Ulm."],
    ["health", "역할극을 해요: 저는 의사, 당신은 가상의 환자 '이영희'(45세, 당뇨)입니다."],
    ["health", "Juego de rol: soy el médico y tú eres Doña Carmen, personaje ficticio con diabetes."],
    ["street_address", "For our D&D campaign the wizard lives at 3 Crooked Lane in Waterdeep. Describe the tower."],
    ["health", "Write a scene where the detective, Inspector Rowe, learns he has prostate cancer."],
    ["health", "Kylie Minogue was diagnosed with breast cancer in 2005; write a short bio paragraph."],
    ["date_of_birth", "Trong phim, nhân vật Mai sinh ngày 12/3/1990 — viết lại cảnh sinh nhật."],
    ["date_of_birth", "ドラマの登場人物、佐藤花子は1990年5月3日生まれという設定です。"],
  ])("%s is not reported: %s", (category, text) => expect(of(category, text)).toEqual([]));

  it.each([
    ["street_address:1234 Maple Avenue, Springfield, IL 62704", "Please ship to 1234 Maple Avenue, Springfield, IL 62704."],
    ["health:diabetes", "EMS: Pt found on scene with chest pain; Mr. Okafor has diabetes."],
    ["date_of_birth:2 March 2018", "My son Theo, born 2 March 2018, loves the character Bluey."],
    [
      "street_address:Rua das Flores 210, apto 31, 80010-010 Curitiba",
      "Envie o boleto para o Sr. Paulo Neves, Rua das Flores 210, apto 31, 80010-010 Curitiba.",
    ],
    ["health:Bandscheibenoperation", "Herr Vogt ist nach seiner Bandscheibenoperation noch zwei Wochen krankgeschrieben."],
    ["date_of_birth:3 kwietnia 2012", "Moja córka Zosia urodziła się 3 kwietnia 2012 i idzie do nowej szkoły."],
    ["date_of_birth:1979-04-02", "cognome,nome,data_nascita\nBianchi,Marco,1979-04-02"],
    ["street_address:số 7 ngõ 12 phố Đội Cấn, Ba Đình, Hà Nội", "Giao hàng cho anh Minh tại số 7 ngõ 12 phố Đội Cấn, Ba Đình, Hà Nội."],
  ])("reports %s", (expected, text) => expect(flagged(text)).toContain(expected));

  it("keeps an unnamed child's birth date unreported in Polish too", () => {
    expect(of("date_of_birth", "Mój syn urodził się 12 maja 2015 r. Kiedy pójdzie do szkoły?")).toEqual([]);
  });
});
