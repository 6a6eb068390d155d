import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { IT_ENDING, SUFFIX, endsWithSuffix, isConditionWord, isFinalPair, itEndingOf } from "../../src/privacy/detectors/medical-morphology.js";

const scanner = createPrivacyScanner();
const categories = (text: string) => new Set(scanner.scan(text).map((finding) => finding.category));

describe("conditions by word form and people near them (medical-morphology.ts, person-near.ts, money-near-person.ts)", () => {
  it("knows conditions by their endings, not look-alike words", () => {
    for (const word of ["gastrite", "панкреатитом", "lymphoma", "karzinom", "osteoporose", "цирроз", "neuropathie", "hipotiroidismo"])
      expect(isConditionWord(word), word).toBe(true);
    for (const word of ["suite", "говорит", "кредита", "idioma", "thomas", "symptom", "diagnose", "arbeitslose", "empathy", "колхоз", "academia"])
      expect(isConditionWord(word), word).toBe(false);
  });

  it("itEndingOf is IT_ENDING's capture on random words (session 42, allocation)", () => {
    const pieces = ["it", "is", "ides", "d", "e", "i", "ă", "ит", "ом", "а", "у", "ы", "і", "т", "gastr", "s"];
    let state = 5;
    for (let round = 0; round < 3000; round++) {
      let word = "";
      for (let index = round % 6; index >= 0; index--) word += pieces[((state = (state * 1103515245 + 12345) % 2147483648) >>> 16) % pieces.length];
      expect(itEndingOf(word), word).toBe(IT_ENDING.exec(word)?.[1]);
    }
  });

  it("reports a named person's condition in records and chat across scripts", () => {
    expect(categories("Мой брат Алексей лежит с панкреатитом, что ему можно есть?").has("health")).toBe(true);
    expect(categories("出院小结：黄秀兰，女，71岁，因慢性阻塞性肺疾病急性加重入院。").has("health")).toBe(true);
    expect(categories("환자명: 김영수 (남/61세)\n진단명: 급성 심근경색, 고지혈증").has("health")).toBe(true);
    expect(categories("Mio marito Luca ha una gastrite cronica, cosa cucino?").has("health")).toBe(true);
  });

  it("reports a named person's money in local forms, not national aggregates", () => {
    expect(categories("我爸张德福每月退休金4800元，还欠信用卡3万2千元，帮我做个还款计划。").has("financial")).toBe(true);
    expect(categories("Kardeşim Emre'nin maaşı 42.000 TL, kredi kartı borcu 185.000 TL.").has("financial")).toBe(true);
    expect(categories("भारत की प्रति व्यक्ति आय लगभग ₹2 लाख है, इसे पिछले दस साल से तुलना करो।").size).toBe(0);
  });

  it("does not report fiction, general questions or exam vignettes", () => {
    expect(categories("In Thomas Manns „Zauberberg“ hat Hans Castorp Tuberkulose – wie endet der Roman?").size).toBe(0);
    expect(categories("Quels sont les symptômes de la bronchite ?").size).toBe(0);
    expect(categories("एक 45 वर्षीय पुरुष सीने में दर्द के साथ आता है। अगला कदम? (A) एस्पिरिन (B) थ्रोम्बोलिसिस").size).toBe(0);
    expect(categories("A 45-year-old man, Mr. Lee, has gastritis and takes omeprazole. Next step? A) PPI B) Surgery").size).toBe(0);
    expect(categories("عمي وخالتي سيزوروننا في العيد، اقترح برنامجاً للعائلة.").size).toBe(0);
    expect(categories("Мужчина 45 лет обратился с болью в груди, гастрит в анамнезе. Тактика? А) аспирин Б) нитроглицерин").size).toBe(0);
  });
});

describe("endsWithSuffix (medical-morphology.ts): the suffix test without cutting the word out", () => {
  it("agrees with the suffix pattern on the word's slice", () => {
    const words = [
      "gastritis",
      "from",
      "those",
      "website",
      "system",
      "lymphoma",
      "om",
      "xom",
      "karzinom",
      "hipotiroidismo",
      "панкреатитом",
      "цирроз",
      "emi",
      "anemia",
      "x-itis",
    ];
    const text = ` ${words.join(" ")} `;
    for (let start = 0; start < text.length; start++)
      for (let end = start + 2; end <= Math.min(text.length, start + 16); end++) {
        const final = text.charCodeAt(end - 2) * 65536 + text.charCodeAt(end - 1);
        expect(endsWithSuffix(text, start, end, final), text.slice(start, end)).toBe(SUFFIX.test(text.slice(start, end)));
      }
  });
});

describe("isFinalPair (medical-morphology.ts)", () => {
  it("answers like the set of the suffixes' last two letters", () => {
    const finals = new Set(
      SUFFIX.source
        .slice(3, -2)
        .split("|")
        .map((suffix) => suffix.charCodeAt(suffix.length - 2) * 65536 + suffix.charCodeAt(suffix.length - 1)),
    );
    const codes = [..."abcdefghijklmnopqrstuvwxyzăéäíóôабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїє"]
      .map((char) => char.charCodeAt(0))
      .concat([0x4ff, 0x500, 0x3042, 0x0915]);
    for (const previous of codes) for (const last of codes) expect(isFinalPair(previous, last)).toBe(finals.has(previous * 65536 + last));
  });
});
