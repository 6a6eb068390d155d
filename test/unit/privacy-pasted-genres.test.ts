import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 40 (dev-38 half A): the weakest held-out categories as users paste them; each rule with a hard negative. */
describe("dev-38 pasted genres", () => {
  it("a named person's amount in Korean, Hindi, Chinese, Japanese and Arabic number words", () => {
    expect(found("이수진 대리 연봉이 사천오백만 원이고 전세대출 이억 있대")).toEqual(["financial:사천오백만 원", "financial:이억"]);
    expect(found("सुरेश वर्मा की तनख्वाह पचास हज़ार रुपये महीना है और उन पर तीन लाख का लोन है")).toEqual(["financial:पचास हज़ार रुपये", "financial:तीन लाख"]);
    expect(found("张伟的月薪是两万三千块")).toEqual(["financial:两万三千块"]);
    expect(found("山本健太さんの年収は六百五十万円です。")).toEqual(["financial:六百五十万円"]);
    expect(found("راتب الأستاذ خالد العتيبي اثنا عشر ألف ريال شهرياً")).toEqual(["financial:اثنا عشر ألف ريال"]);
    // Nobody named, a department before the title, an idiom.
    expect(found("我爸爸的工资大概两万块")).toEqual([]);
    expect(found("마케팅 팀장 연봉이 사천오백만 원 정도래")).toEqual([]);
    expect(found("万一の時のために貯金したい")).toEqual([]);
  });
  it("a shorthand amount with its pay period, and the Hinglish possessive", () => {
    expect(found("My colleague Rhys Pemberton told me he's on 70k a year and I'm on 58k.")).toContain("financial:70k");
    expect(found("Vikram Sethi's CTC is 18.5 LPA.")).toEqual(["financial:18.5"]);
    expect(found("Anjali ki salary 45k per month hai")).toEqual(["financial:45k"]);
    expect(found("If I earn 70k a year in the UK how much take-home pay do I get?")).toEqual([]);
    expect(found("The gym costs £50 a month.")).toEqual([]);
  });
  it("an OCR'd card number with wide gaps, only beside a card word", () => {
    expect(found("comprovante\nCartão  5412  5545  9479  6390\nValor: R$ 1.240,00")).toEqual(["payment_card:5412  5545  9479  6390"]);
    expect(found("Order  5412  5545  9479  6390 shipped")).toEqual([]);
  });
  it("a credit bureau's score, an e-mail sender's own arrears, a spoken SSN after 'her social'", () => {
    expect(found("[10:41] Fatima Qureshi: got my Experian back, score 542, two defaults")).toEqual(["financial:542"]);
    expect(found("Od: Barbara Nowicka\nTemat: rata\n\nPanie Tomaszu, mam zaległość 2 rat kredytu, razem 3 140 zł.")).toEqual(["financial:3 140 zł"]);
    expect(found("Od: Dział Obsługi\nTemat: rata\n\nRata kredytu wynosi 3 140 zł.")).toEqual([]);
    expect(found("caller Marlene Hobbs read out her social as five two nine, four one, eight eight seven oh")).toEqual([
      "us_ssn:five two nine, four one, eight eight seven oh",
    ]);
    expect(found("Amina Wanjiru: Salio la akaunti ni Ksh 48,230.")).toEqual(["financial:Ksh 48,230"]);
  });
  it("a Y-STR haplotype and a vein-print id of a named person, not in a question", () => {
    expect(found("Subject: Ms Rosalind Achebe\nY-STR haplotype: DYS19=14 DYS389I=13 DYS390=24")).toEqual(["biometric:DYS19=14 DYS389I=13 DYS390=24"]);
    expect(found("What does a Y-STR haplotype like DYS19=14 DYS390=24 tell you?")).toEqual([]);
    expect(found("사번,이름,정맥패턴ID\n20417,윤도현,PV-88A2F0C93B71")).toEqual(["biometric:PV-88A2F0C93B71"]);
    expect(found("Nama | No Paspor | Negara\nDewi Lestari | C3829174 | IDN")).toEqual(["passport:C3829174"]);
  });
  it("OCR-spaced Japanese names, Chinese honorifics, a Russian genitive name", () => {
    expect(found("利用者 :  高橋  トメ  様\n既往歴 :  骨粗鬆症")).toEqual(["health:骨粗鬆症"]);
    expect(found("三楼的陈国华老先生查出肺癌晚期了")).toEqual(["health:肺癌"]);
    expect(found("у Дмитрия Орлова зарплата сто двадцать тысяч рублей")).toEqual(["financial:сто двадцать тысяч рублей"]);
    expect(found("у Москвы зарплата сто двадцать тысяч рублей")).toEqual([]);
  });
  it("a birth date after a name and a colon or with a written month; a band's release dates are not", () => {
    expect(found("Rosa Klein: 1991-02-03")).toEqual(["date_of_birth:1991-02-03"]);
    expect(found("Rosa Klein, 3 February 1991")).toEqual(["date_of_birth:3 February 1991"]);
    expect(found("Oliver Reid – 12. März 1990 – Leeds")).toEqual(["date_of_birth:12. März 1990"]);
    expect(found("Rosa Klein, 3 May 2024, paid")).toEqual([]);
    expect(found("Pink Floyd - 1973-03-01\nLed Zeppelin - 1971-11-08\nwhich of these album release dates is wrong?")).toEqual([]);
  });
  it("a password with an example marker after it is documentation", () => {
    expect(found('マニュアルの例：password: "P@ssw0rd" （サンプル値。実運用では変更してください）')).toEqual([]);
    expect(found('password: "Kx7!trabe" (example)')).toEqual([]);
    expect(found('password: "Kx7!trabe" (expires Friday)')).toEqual(["password:Kx7!trabe"]);
  });
});
