import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { findMedicalTerms, medicalVocabulary, parseMedicalVocabulary } from "../../src/privacy/detectors/medical-vocabulary.js";
import { conditionMentions, withoutAccents } from "../../src/privacy/detectors/person-condition.js";
import { refersToPerson, sentenceAround } from "../../src/privacy/detectors/person-reference.js";

const scanner = createPrivacyScanner();
const found = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);

describe("medical vocabulary (medical-vocabulary.ts, data/medical-terms)", () => {
  const table = parseMedicalVocabulary("# comment\nmyasthenia gravis\tcondition\nmyasthenia\tcondition\nclozapine\tmedicine\n");

  it("parses the table and finds the longest term, word by word, case-insensitively", () => {
    expect(table.terms.size).toBe(3);
    expect(table.maxWords).toBe(2);
    const text = "Her Myasthenia Gravis got worse; clozapine was stopped.";
    expect(findMedicalTerms(text, table).map(([start, end]) => text.slice(start, end))).toEqual(["Myasthenia Gravis", "clozapine"]);
  });

  it("does not join words across punctuation or inside longer words", () => {
    const text = "myasthenia, gravis and clozapines";
    expect(findMedicalTerms(text, table).map(([start, end]) => text.slice(start, end))).toEqual(["myasthenia"]);
  });

  it("ships WordNet conditions and medicines without everyday words", () => {
    const shipped = medicalVocabulary();
    for (const term of ["myasthenia gravis", "sarcoidosis", "osteosarcoma", "clozapine", "haloperidol", "infectious mononucleosis"])
      expect(shipped.terms.has(term), term).toBe(true);
    for (const word of ["condition", "disease", "medicine", "flush", "para", "bite", "pill"]) expect(shipped.terms.has(word), word).toBe(false);
  });
});

describe("person evidence (person-reference.ts)", () => {
  it("takes a relation word followed by a name, a role label before a name, an honorific", () => {
    for (const sentence of [
      "My brother-in-law Tobias has sarcoidosis",
      "meine Nichte Carla hat Myasthenia gravis",
      "mi tía Rosario tiene lupus",
      "Mijn zwager Joost heeft sarcoïdose",
      "Meri behen Kavita ko typhoid hai",
      "मेरे पिता रमेश को मधुमेह है",
      "我表姐周敏得了红斑狼疮",
      "申请人王磊，月收入18,000元",
      "社員 佐々木 優、基本給",
      "鈴木さんが入院しました",
    ])
      expect(refersToPerson(sentence), sentence).toBe(true);
  });

  it("does not take unnamed relatives, pronouns or bare role words (the eval policy)", () => {
    for (const sentence of [
      "My mother has diabetes; what should she eat?",
      "meine Oma hat Demenz",
      "我妈妈有糖尿病",
      "高血压患者可以喝咖啡吗",
      "मेरी माँ को मधुमेह है",
      "her hysterectomy went well",
    ])
      expect(refersToPerson(sentence), sentence).toBe(false);
  });

  it("bounds a sentence at . ! ? followed by a space and at line breaks", () => {
    const text = "First one. Dr. Who? Second line\nThird";
    const [start, end] = sentenceAround(text, text.indexOf("Second"));
    expect(text.slice(start, end)).toBe("Second line");
  });
});

describe("a named person's condition (person-condition.ts)", () => {
  it("removes accents one character for one", () => {
    expect(withoutAccents("lúpus párkinson Łódź 中文")).toBe("lupus parkinson Łodz 中文");
    expect(withoutAccents("alzhéimer").length).toBe("alzhéimer".length);
  });

  it("finds conditions from the vocabulary, the hand-kept terms and accent-free forms", () => {
    const text = "Carla tiene lúpus y myasthenia gravis";
    const mentions = conditionMentions(text, text.toLowerCase()).map(([start, end]) => text.slice(start, end));
    expect(mentions).toContain("lúpus");
    expect(mentions).toContain("myasthenia gravis");
  });

  it("reports a condition or medicine of a person named by a relation word, a role label or an honorific", () => {
    expect(found("My brother-in-law Tobias was put on clozapine last spring, how do I support him?")).toContain("health:clozapine");
    expect(found("Meine Nichte Carla hat Myasthenia gravis, was muss die Schule wissen?")).toContain("health:Myasthenia gravis");
    expect(found("Mi tía Rosario tiene lúpus desde hace años, ¿qué dieta le conviene?")).toContain("health:lúpus");
  });

  it("does not report unnamed relatives, bare names in word problems, general questions or fiction", () => {
    expect(found("My grandmother has sarcoidosis; is it hereditary?")).toEqual([]);
    expect(found("John decides to build a program capable of identifying cancer cells. He gets funding of $100,000.")).toEqual([]);
    expect(found("What is myasthenia gravis and how is it treated?")).toEqual([]);
    expect(found("In the novel, the character Clara Voss has sarcoidosis. Summarise chapter 3.")).toEqual([]);
    expect(found("Write a recipe for my sister Ana: diabetes-friendly snacks for a party.")).toEqual([]);
  });
});

describe("money of a person named by a role label (money-near-person.ts)", () => {
  it("reports the amount in Chinese, Japanese and Hindi records", () => {
    expect(found("贷款申请：申请人王磊，月收入18,000元，现有车贷5万元。")).toContain("financial:18,000元");
    expect(found("給与明細：社員 佐々木 優、基本給 312,000円。控除を説明して。")).toContain("financial:312,000円");
    expect(found("वेतन पर्ची: कर्मचारी सुरेश यादव, सकल वेतन ₹64,500")).toContain("financial:₹64,500");
  });

  it("does not report national aggregates", () => {
    expect(found("中国城镇居民月收入中位数约4,000元，请分析。")).toEqual([]);
  });
});

describe("digit runs in scripts without spaces (numbers.ts)", () => {
  it("reads a card number right after Han or Kana, not after a Latin letter", () => {
    expect(found("我的卡号4917613480275530被盗刷了")).toContain("payment_card:4917613480275530");
    expect(found("カード番号4917 6134 8027 5530で決済できません")).toContain("payment_card:4917 6134 8027 5530");
    expect(found("id abc4917613480275530")).toEqual([]);
  });
});

describe("wallet recovery phrases (seed-phrases.ts)", () => {
  const phrase = "glove marble thunder echo orphan velvet castle pupil noble frost cargo ribbon";

  it("reports 12 to 24 short lower-case words near a recovery-phrase keyword, in several languages", () => {
    expect(found(`My recovery phrase is: ${phrase}. Where should I store it?`)).toContain(`private_key:${phrase}`);
    expect(found(`Meine Wiederherstellungsphrase: ${phrase}`)).toContain(`private_key:${phrase}`);
    expect(found(`钱包助记词：${phrase}，安全吗？`)).toContain(`private_key:${phrase}`);
  });

  it("does not report the words without a keyword, sentences, or too few words", () => {
    expect(found(`Use these words in a poem: ${phrase}`)).toEqual([]);
    expect(found("A mnemonic helps: every good boy does fine with the music that they play and sing for you")).toEqual([]);
    expect(found("seed phrase: glove marble thunder echo orphan velvet")).toEqual([]);
  });
});
