import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("unquoted commas in CSV rows (structured/records.ts)", () => {
  it("joins amounts and 'Surname, Given' names split by unquoted commas", () => {
    const csv = "emp_no,full_name,gross,deductions,net\n1187,Okafor, Chidi,4,820.00,1,133.70,3,686.30";
    expect(flagged(csv)).toEqual(expect.arrayContaining(["financial:4,820.00", "financial:1,133.70", "financial:3,686.30"]));
  });

  it("reads bank and net columns of a table with a person", () => {
    expect(flagged("name,net,bank_acct\nPriya Natarajan,4611.37,4417829013")).toEqual(expect.arrayContaining(["financial:4611.37", "bank_account:4417829013"]));
    expect(has("host,bank,status\nsrv1,12,ok", "bank_account")).toBe(false);
  });
});

describe("labels, door codes and licences (person-near.ts, labelled-identifiers.ts, driver-license.ts)", () => {
  it("reads a payslip's amounts under an employee label in Portuguese, Spanish or German", () => {
    expect(flagged("Funcionário: ADRIANO MOTTA | Salário base R$ 3.412,80")).toContain("financial:R$ 3.412,80");
    expect(flagged("Empleado: Lucía Herrero | Salario base 1.865,00 €")).toContain("financial:1.865,00 €");
  });

  it("reads a door code up to six words after the label", () => {
    expect(flagged("Le digicode de chez ma grand-mère est B4721, merci")).toContain("password:B4721");
  });

  it("reads an Italian licence named with its owner", () => {
    expect(flagged("La patente di mio figlio Lorenzo Bassi è la U1D27H4K9R, devo comunicarla?")).toContain("driver_license:U1D27H4K9R");
    expect(has("la patente di guida B si prende a 18 anni", "driver_license")).toBe(false);
  });
});

describe("Arabic and Hinglish health and money (script-health.ts, money-near-person.ts)", () => {
  it("reads a dialect relation word with a name, a bare condition and a medicine with its dose", () => {
    expect(flagged("أخوي سلطان عنده سكري من النوع الأول وأمس دخل الطوارئ")).toContain("health:سكري من النوع الأول");
    expect(flagged("المريض:  يوسف  الحربي\nإنسولين  لانتوس  20  وحدة مساءً")).toContain("health:إنسولين  لانتوس  20  وحدة");
    expect(has("ما هي الجرعة المعتادة من ميتفورمين 500 ملغ للبالغين؟", "health")).toBe(false);
  });

  it("reads a debt with عليه and thousands in words", () => {
    expect(flagged("ابن عمي خالد الحربي عليه ١٥ ألف ريال لي")).toContain("financial:١٥ ألف ريال");
    expect(has("بلغ متوسط الأجر الشهري نحو 10 آلاف ريال.", "financial")).toBe(false);
  });

  it("reads a condition of a given name before Hinglish 'ko', not of a common noun", () => {
    expect(flagged("Sandeep ko TB detect hua hai, 6 mahine ka treatment")).toContain("health:TB");
    expect(has("Doctor ko TB ke baare me kya puchna chahiye?", "health")).toBe(false);
  });
});

describe("negated fiction cues (person-near.ts, personal.ts, script-health.ts)", () => {
  it("does not read 'not a novel' as fiction, but still reads a novel as one", () => {
    expect(flagged("Kein Roman, leider echt: mein Nachbar Uwe Pfeiffer hat Darmkrebs im Endstadium.")).toContain("health:Darmkrebs im Endstadium");
    expect(flagged("소설 아니고 실제 상황이에요. 제 친구 오세린이 조울증 진단을 받았는데 어떻게 도와야 할까요?")).toContain("health:조울증");
    expect(has("In dem Roman hat der Held Uwe Pfeiffer Darmkrebs im Endstadium.", "health")).toBe(false);
    expect(has("소설 속 친구 오세린이 조울증 진단을 받았는데 줄거리 요약해줘", "health")).toBe(false);
  });
});

describe("Polish conditions in the case the sentence puts them (care-terms.ts)", () => {
  it("reads genitive conditions of a named person", () => {
    expect(flagged("Pracownik Krzysztof Dąbrowski ma L4 z powodu zapalenia płuc.")).toContain("health:zapalenia płuc");
    expect(flagged("ubezpieczona Magdalena Kowalska, leczenie czerniaka skóry pleców.")).toContain("health:czerniaka");
    expect(has("Jakie są objawy czerniaka skóry?", "health")).toBe(false);
  });
});

describe("XML leaf elements named as fields (structured/xml-elements.ts)", () => {
  it("reads a record's money and health elements when it names its person", () => {
    expect(flagged('<employee><name>Kofi Mensah</name><salary currency="GBP">47500</salary></employee>')).toContain("financial:47500");
    expect(flagged("<p:patient><p:name>Ana Ruiz</p:name><p:diagnosis> type 2 diabetes </p:diagnosis></p:patient>")).toContain("health:type 2 diabetes");
  });

  it("leaves configs, schemas and templates alone", () => {
    expect(flagged("<config><name>billing</name><timeout>30</timeout></config>")).toEqual([]);
    expect(flagged('<xs:element name="salary" type="xs:decimal"/><salary>{{amount}}</salary>')).toEqual([]);
    expect(has("<item><salary>47500</salary></item>", "financial")).toBe(false);
  });
});
