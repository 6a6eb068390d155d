import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

describe("financial: a named person's money", () => {
  it.each([
    ["Sarah Mitchell earns $92,000 a year and owes £14,300 on her credit cards.", ["financial:$92,000", "financial:£14,300"]],
    ["Marta Kowalska zarabia 12 500 zł miesięcznie.", ["financial:12 500 zł"]],
    ["Иван Петров получает зарплату 150 000 рублей.", ["financial:150 000 рублей"]],
    ["我的同事王伟月薪是2万元。", ["financial:2万元"]],
    ["Tom Baker's credit score is 580.", ["financial:580"]],
  ])("%s", (text, expected) => expect(found(text)).toEqual(expected));
  it.each([
    "I earn $85k a year, how should I budget?",
    "The average salary for nurses is $77,600.",
    "Elon Musk's net worth is $200 billion.",
    "Mark has $50 in his bank account. He earns $10 per day. How many days until he has $300?",
  ])("not personal: %s", (text) => expect(found(text)).toEqual([]));
  it("a salary field in a record that names the employee", () => {
    expect(found('{"employee": "Hannah Becker", "salary": "84500"}')).toEqual(["financial:84500"]);
    expect(found('{"plan": "basic", "salary": "84500"}')).toEqual([]);
  });
});

describe("clinical shorthand about a named patient", () => {
  it("abbreviations after PMH, a relative clause after the name", () => {
    expect(found("Pt Jane Roe, 67F, PMH: T2DM, HTN, CHF.")).toEqual(["health:T2DM", "health:HTN", "health:CHF"]);
    expect(found("Write a sick note for Aroha Ngata, who has pneumonia.")).toEqual(["health:pneumonia"]);
    expect(found("What is the history of diabetes research? Ask Mark.")).toEqual([]);
  });
});

describe("biometric: templates, embeddings, DNA profiles", () => {
  it.each([
    ["Employee face embedding for Anna Lee: [0.123, -0.456, 0.789, 0.012, 0.334]", "[0.123, -0.456, 0.789, 0.012, 0.334]"],
    ['{"face_embedding": [0.0213, -0.1182, 0.3321, 0.0479]}', "[0.0213, -0.1182, 0.3321, 0.0479]"],
    ["Fingerprint template for employee 4471: Rk1SACAyMAAAAAFiAAABAAFAAMUAxQEAAAAoJ0B", "Rk1SACAyMAAAAAFiAAABAAFAAMUAxQEAAAAoJ0B"],
    ["DNA profile of suspect: D8S1179: 13,14; D21S11: 29,30; TH01: 6,9.3", "D8S1179: 13,14; D21S11: 29,30; TH01: 6,9.3"],
  ])("%s", (text, value) => expect(found(text)).toEqual([`biometric:${value}`]));
  it.each([
    "How does fingerprint matching work?",
    "The host key fingerprint is SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
    "Our browser fingerprint library returns 3f9a1c2b7d4e5f60a1b2c3d4e5f6a7b8.",
  ])("not biometric: %s", (text) => expect(found(text)).toEqual([]));
});

describe("driver's licence numbers after a licence word, in many languages", () => {
  it.each([
    ["My driver's license number is D1234-56789-01234.", "D1234-56789-01234"],
    ["Führerscheinnummer: B072RRE2I55", "B072RRE2I55"],
    ["Numer prawa jazdy: 00123/07/1234", "00123/07/1234"],
    ["Номер водительского удостоверения 77 12 345678", "77 12 345678"],
    ["驾照号码是G12345678，帮我查一下", "G12345678"],
    ["運転免許証番号 123456789012", "123456789012"],
    ["licence MORGA753116SM9IJ on the form", "MORGA753116SM9IJ"],
  ])("%s", (text, value) => expect(found(text)).toEqual([`driver_license:${value}`]));
  it("not a software licence or a date", () => {
    expect(found("Software license number 12345-67890 for Office")).toEqual([]);
    expect(found("Which states issue driver's licenses valid until 2031?")).toEqual([]);
  });
});
