import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

describe("clinical details of a named person (src/privacy/detectors/clinical.ts)", () => {
  it("reads the values after clinical labels, item by item, in several languages", () => {
    expect(health("Patient: Gloria Esposito\nDiagnosis: community-acquired pneumonia, COPD exacerbation")).toEqual(
      expect.arrayContaining(["health:community-acquired pneumonia", "health:COPD exacerbation"]),
    );
    expect(health("Arztbrief: Patientin Petra Hoffmann. Diagnosen: Vorhofflimmern, arterielle Hypertonie.")).toContain("health:Vorhofflimmern");
    expect(health("Пациентка Иванова Мария. Назначено: лизиноприл 10 мг")).toContain("health:лизиноприл 10 мг");
    expect(health("病历：患者刘芳，女，45岁。诊断：乳腺癌")).toContain("health:乳腺癌");
    expect(health("Bệnh nhân: Đỗ Văn Hải. Chẩn đoán: viêm phổi. Điều trị: amoxicillin 500mg.")).toContain("health:viêm phổi");
    expect(health("Nama pasien: Rina Kartika. Diagnosis: demam berdarah.")).toContain("health:demam berdarah");
    expect(health("المريض: سعيد القحطاني\nالتشخيص: فشل كلوي مزمن")).toContain("health:فشل كلوي مزمن");
    expect(health("मरीज़: राजेश कुमार, निदान: टाइफाइड")).toContain("health:टाइफाइड");
  });

  it("reads a SOAP note's assessment line only in a note with S: and O: lines", () => {
    expect(health("S: Robert Kline, chest tightness.\nO: BP 152/94.\nA: Stable angina, hyperlipidaemia")).toContain("health:Stable angina");
    expect(health("Q: Who is Robert Kline?\nA: Stable angina is a heart condition")).toEqual([]);
  });

  it("finds medications by INN ending or name, with the dose", () => {
    expect(health("My mother, Ingrid Halvorsen, takes warfarin and now needs metronidazole.")).toEqual(expect.arrayContaining(["health:metronidazole"]));
    expect(health("Moja mama, Barbara Nowak, bierze metforminę.")).toContain("health:metforminę");
    expect(health("Mamma Birgitta Svensson tar Waran.")).toContain("health:Waran");
    expect(health('{"subject":{"display":"Hana Kobayashi"},"medicationCodeableConcept":{"text":"Lamotrigine 100 mg"}}')).toContain("health:Lamotrigine 100 mg");
  });

  it("finds laboratory values with their analyte, unit or ratio", () => {
    expect(health("Explain these results for my husband Derek Mills: PSA 7.8 ng/mL.")).toContain("health:PSA 7.8 ng/mL");
    expect(health("Is it normal that my sister Chloe Bennett's TSH is 11.2 mIU/L?")).toContain("health:TSH is 11.2 mIU/L");
  });

  it("finds a pregnancy week and ICD codes next to a named person", () => {
    expect(health("Frau Yilmaz ist in der 20. Schwangerschaftswoche.")).toContain("health:20. Schwangerschaftswoche");
    expect(health('{"member_name": "Victor Huang", "claim": {"icd10": "F41.1"}}')).toContain("health:F41.1");
  });

  it("reports nothing without an identified person or in public and textbook text", () => {
    for (const text of [
      "Metformin 500 mg tablets. Indication: type 2 diabetes mellitus. Do not take if eGFR < 30.",
      "What is a normal PSA level for a man in his 60s? Is PSA 4.5 ng/mL high?",
      "ICD-10 code F32.2 means major depressive disorder, severe. What is F33.1?",
      "Create a CSV schema for a clinic: patient_name, dob, diagnosis, medication.",
      "A 54-year-old man presents with chest pain. Diagnosis: stable angina? Treatment: atorvastatin 40 mg?",
      "In House M.D., Gregory House is addicted to Vicodin and takes ibuprofen 800 mg.",
      "Pregnancy week by week: what happens at 20 weeks pregnant?",
      "The lithium-ion battery was rated at 5 mg of cobalt per cell; April sales were up.",
      "Applicant: Jane Doe\nTreatment: standard\nLabs: none",
      "Treatment: apply the patch to the server. Owner: Anna Schmidt",
    ])
      expect(health(text), text).toEqual([]);
  });
});
