import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

const of = (prefix: string, text: string) => found(text).filter((value) => value.startsWith(prefix));

// Session 48 review (issue #15): the day's rules read with ordinary texts that touch their words, and adversarial inputs.
describe("session 48 review: care logistics", () => {
  it("leaves a member of staff named with a clinical or teaching title alone, and still reads the patient", () => {
    expect(of("health:", "Rota: Nurse Priya Shah — Dialysis Unit, early; Nurse Tom Reed — Renal Unit, late.")).toEqual([]);
    expect(of("health:", "Frau Dr. Schneider leitet die Palliativstation seit 2019.")).toEqual([]);
    expect(of("health:", "Prof. Anna Kowalska kieruje oddziałem onkologii w Krakowie.")).toEqual([]);
    expect(of("health:", "Pressure ulcer prevention training for staff: trainer Mr Alan Hughes, Room 3.")).toEqual([]);
    expect(of("health:", "Reminder: Daniel Frost, your session at the Dialysis Unit, Ward 9, has moved to Wed 07:30.")).toContain("health:Dialysis Unit");
    expect(of("health:", "Nurse Priya Shah: Daniel Frost moves to the Dialysis Unit on Wed 07:30.")).toContain("health:Dialysis Unit");
    // "Schwester" and "Sister" are kinship words too: no staff title.
    expect(of("health:", "Meine Schwester Anna Berger ist in der Tagesklinik.")).toContain("health:Tagesklinik");
  });

  it("reads a service's weekly timetable as a place's hours, and a person's single appointment as health", () => {
    expect(of("health:", "Tagesklinik Nord: Anmeldung Mo–Fr 8–12 Uhr, Frau Müller am Empfang.")).toEqual([]);
    expect(of("health:", "Day hospital timetable: art therapy with Mrs Patel on Mondays, cooking class with Mr Jones on Fridays.")).toEqual([]);
    expect(of("health:", "Mme Claire Dubois, votre rendez-vous en consultation d'oncologie est le 12 mai.")).toContain("health:consultation d'oncologie");
  });

  it("reads a job advert or a rule for a group as no one's health, and the named person's still", () => {
    expect(of("health:", "Sehr geehrter Herr Schmidt, unser Dialysezentrum sucht Pflegekräfte (m/w/d) in Vollzeit.")).not.toContain("health:Dialysezentrum");
    expect(of("health:", "Sehr geehrter Herr Schmidt, Ihr Termin im Dialysezentrum ist am 3.5.")).toContain("health:Dialysezentrum");
    expect(of("health:", "Hi Mrs Ahmed, the school trip is on Friday; children with a nut allergy should bring their own lunch.")).toEqual([]);
    expect(of("health:", "Dear Mrs Ahmed, your son Leo Grant has a severe egg allergy.").join()).toContain("egg allergy");
  });

  it("reads no Italian identity card after 'C.I.' meaning continuous integration", () => {
    expect(of("national_id:", "C.I. AB1234567 is the internal code of our continuous integration runner.")).toEqual([]);
  });

  it("leaves a brand named like a person alone (Mr. Clean next to catheter care)", () => {
    expect(of("health:", "Catheter sizes: Mr. Clean brand wipes are not suitable for catheter care.")).toEqual([]);
  });
});

describe("session 48 review: identity numbers in passing", () => {
  it("reads bare digits after 'pass.' only behind a label word ('pass.' also ends a sentence)", () => {
    expect(of("passport:", "Let it pass. 123456789 people watched the final.")).toEqual([]);
    expect(of("passport:", "Segue o pass. n. 123456789, com validade até 2031.")).toContain("passport:123456789");
    expect(of("passport:", "O pass. FZ482913 venceu e preciso renovar.")).toContain("passport:FZ482913");
  });

  it("reads no file name as a voter id", () => {
    expect(of("national_id:", "voter turnout file ABC1234567.csv")).toEqual([]);
    expect(of("national_id:", "voter id ABC1234567, please fix the spelling of my name")).toContain("national_id:ABC1234567");
  });

  it("leaves a design order after 'ppt #' alone", () => {
    expect(of("passport:", "Order ppt #A1234567 for 20 slides design — price?")).toEqual([]);
  });

  it("leaves a value far after 'EPIC no.' alone when the clause is about something else", () => {
    expect(of("national_id:", "EPIC no. of the game release is ABC1234567 on the store page.")).toEqual([]);
  });

  it("reads a passport column of a CSV", () => {
    expect(of("passport:", "CSV: name,passport\nAnna Lind,AB1234567")).toContain("passport:AB1234567");
  });
});

describe("session 48 review: relayed messages and credentials", () => {
  it("reads a list of literals joined with nothing as the assignment's value, and a harmless joined list as nothing", () => {
    expect(found("aws_secret_access_key = ''.join(['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'Q8vTn3LmWz99'])")).toHaveLength(1);
    expect(found("const aws_secret_access_key = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCY', 'Q8vTn3LmWz99'].join('');")).toHaveLength(1);
    expect(found("const sha1 = ['da39a3ee5e6b4b0d', '3255bfef95601890', 'afd80709'].join('');")).toEqual([]);
    expect(found("const hex = ['de', 'ad', 'be', 'ef', 'ca', 'fe', 'ba', 'be'].join('');")).toEqual([]);
  });

  it("reads a named person's debt in Chinese myriads (李娜欠了我3万5千元)", () => {
    expect(found("李娜欠了我3万5千元，怎么写借条？").length).toBeGreaterThan(0);
  });

  it("reads a token assembled in a template literal from literal pieces", () => {
    expect(found("const token = `xoxb-${'1234567890'}-${'0987654321'}-${'AbCdEfGhIjKlMnOpQrStUvWx'}`;").length).toBeGreaterThan(0);
  });
});

describe("session 48 review: the whole scan stays linear on the new rules' pieces repeated", () => {
  const scanner = createPrivacyScanner();
  const scan = (text: string) => scanner.scan(text);
  const pieces = [
    "Nurse Priya Shah — Dialysis Unit; ",
    "Frau Dr. Schneider Palliativstation Mo–Fr ",
    "'ab' + ",
    "''.join(['ab', ",
    "'ab', 'cd'].join('') + [",
    "0x41, ",
    "String.fromCharCode(65, ",
    "pass. 123456789 ",
    "voter ABC1234567.csv ",
    "nau aath ek ",
  ];
  for (const piece of pieces)
    it(`is linear on ${JSON.stringify(piece)} repeated`, () => {
      expect(growth(scan, repeatTo(piece), 16_384)).toBeLessThan(8);
    });
});
