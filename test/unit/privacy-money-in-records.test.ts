import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();
const found = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);

describe("money in records (session 33)", () => {
  it("reads a CJK compound label by its last word and more money and name labels", () => {
    expect(found("员工：赵丽娜\n基本工资：18,500.00")).toContain("financial:18,500.00");
    expect(found("借款人：周敏\n月收入：12,000元")).toContain("financial:12,000元");
    expect(found("氏名,月給,賞与\n小林由美,320000,640000")).toEqual(["financial:320000", "financial:640000"]);
    expect(found("商品名：豆浆\n单价：3.00\n会员价：2.50")).toEqual([]);
  }, 30_000); // the first scan of the file builds the scanner's tables

  it("accepts currency words of other scripts in a record's amount and keeps a thousands comma", () => {
    expect(found("| الاسم | الدين |\n|---|---|\n| سامي النجار | 45,000 جنيه |")).toContain("financial:45,000 جنيه");
    expect(found("Employee: Bethan Llewellyn-Ross\nGross pay: £3,416.67")).toContain("financial:£3,416.67");
  });

  it("reads a named person's statement lines (statement-lines.ts), not an unnamed one", () => {
    const statement = "Classe ces opérations du compte de M. Aurélien Castagné :\n03/11 VIR SALAIRE +2 145,80\n06/11 PRLV -389,00\nSolde au 30/11 : -604,22";
    expect(found(statement)).toEqual(["financial:+2 145,80", "financial:-389,00", "financial:-604,22"]);
    expect(found("Categorise these (my own card, sample month):\n11/03 NETFLIX  -15.49\n11/05 SAFEWAY  -82.10")).toEqual([]);
  });

  it("takes a bare amount after an earning or debt word, for a named person only", () => {
    expect(found("Priya Nair from finance earns 95k and is drowning in debt.")).toEqual(["financial:95k"]);
    expect(found("Rajesh bhai ki salary 45k hai aur unka credit card bill 1.2 lakh pending hai.")).toEqual(["financial:45k", "financial:1.2 lakh"]);
    expect(found("मेरे चाचा श्री महेश प्रसाद गुप्ता पर ₹4,80,000 का कर्ज़ है")).toEqual(["financial:₹4,80,000"]);
    for (const text of [
      "I earn 95k and my partner makes 60k.",
      "The average salary in Berlin is 52000 per year.",
      "Homework: Jordan earns 41000 a year and spends 30% on rent. How much is left?",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("health of named people (session 33)", () => {
  it("reads a FHIR Condition's coding display, not a ValueSet's", () => {
    const coding = '"code":{"coding":[{"system":"http://snomed.info/sct","code":"35489007","display":"Depressive disorder"}]}';
    expect(found(`{"resourceType":"Condition","subject":{"display":"Rosalind Quaye"},${coding}}`)).toContain("health:Depressive disorder");
    expect(
      found(
        `{"resourceType":"ValueSet","compose":{"include":[{"system":"http://snomed.info/sct","concept":[{"code":"35489007","display":"Depressive disorder"}]}]}}`,
      ),
    ).toEqual([]);
  });

  it("knows more person cues: 'our colleague' in Arabic, lowercase Dutch honorifics, an article before a known name, 'She' after a name", () => {
    expect(found("زميلتنا ريم الخطيب تعاني من اكتئاب")).toEqual(["health:اكتئاب"]);
    expect(found("graag verwijs ik mevrouw Femke Brouwershaven (36) naar uw polikliniek wegens depressie.")).toEqual(["health:depressie"]);
    expect(found("O Ricardo Lemos tem diabetes tipo 1.")).toEqual(["health:diabetes tipo 1"]);
    expect(found("Session 6 with Ashleigh Tremain. She reported self-harm twice this week.")).toEqual(["health:self-harm"]);
    expect(found("Coach, Brayden Mackenzie can't do drills because of his concussion.")).toEqual(["health:concussion"]);
  });

  it("reads diagnosis constructions and procedures, and a clinical value ends at 。", () => {
    expect(found("Komşum Ayşe Demirtaş'a ALS teşhisi konmuş.")).toEqual(["health:ALS"]);
    expect(found("Min kollega Erik Lindgren har fått diagnosen MS.")).toEqual(["health:MS"]);
    expect(found("my neighbour Doreen Whitlock had her hip replacement on Monday")).toEqual(["health:hip replacement"]);
    expect(found("患者陈美玲，出院诊断：抑郁症（重度）。出院带药：舍曲林 100mg。")).toContain("health:抑郁症（重度）");
    expect(found("Hon fick diagnosen cancer i fjol, skriver Aftonbladet om drottning Silvia.")).toEqual([]);
  });
});
