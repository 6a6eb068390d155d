import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

// Session 48 (issue #15, dev-74 half A): health as care logistics write it — a clinic or unit, a nursing order, an
// allergy, a device or a localised medicine next to a named or pin-pointed person; records keyed by a record number.
describe("session 48: care logistics next to an identified person", () => {
  it("reads a clinic, a unit, a nursing order or an allergy next to a named person", () => {
    expect(health("Reminder: Daniel Frost, your session at the Dialysis Unit, Ward 9, has moved to Wed 07:30.")).toContain("health:Dialysis Unit");
    expect(health("Erinnerung: Frau Ingrid Hahn, Ihr Termin in der Gedächtnissprechstunde ist am 14.5. um 9:30.")).toContain("health:Gedächtnissprechstunde");
    expect(health("Przypomnienie: Pani Elżbieta Nowak, wizyta w poradni onkologicznej 12.06 o 10:00.")).toContain("health:poradni onkologicznej");
    expect(health("Mrs Beryl Tanner is nil by mouth from midnight before her operation.")).toContain("health:nil by mouth");
    expect(health("Kids' party list: Leo Grant has a severe egg allergy, his mum will bring snacks.").join()).toContain("egg allergy");
  });

  it("reads a device or a localised medicine after an honorific or a kinship word with a name", () => {
    expect(health("Apotheek: Sanne Visser, uw metformine ligt klaar.")).toContain("health:metformine");
    expect(health("Apteka: Pan Krzysztof Dudek, lewotyroksyna do odbioru od jutra.")).toContain("health:lewotyroksyna");
    expect(health("Nota: Hugo Díaz (3ºB) usa audífono y se sienta delante.")).toContain("health:audífono");
    expect(health("Grafik opieki nad babcią Jadwigą: rano Ola – opatrunek na odleżynę, wieczorem Piotr.")).toContain("health:odleżynę");
  });

  it("reads an ICD-10 code after its own label", () => {
    expect(health("Zwolnienie lekarskie dla Magdaleny Zając, kod choroby J18.9, 14 dni.")).toContain("health:J18.9");
    expect(health("Claim form: insured person Victor Hale, diagnosis code F32.1, twelve sessions.")).toContain("health:F32.1");
  });

  it("reads a field of a record whose name is on an earlier line", () => {
    expect(health("Fix the indentation:\n- name: Owen Pryce\n  ward: 4B\n  notes: neutropenic, reverse barrier nursing")).toContain("health:neutropenic");
  });

  it("reads a diagnosis column or field keyed by a record number, without a name", () => {
    expect(health("Fallnr;Diagnose;Medikation\n40213;Diabetes mellitus Typ 2;Metformin 1000\n40214;Hypothyreose;L-Thyroxin 50")).toContain(
      "health:Hypothyreose",
    );
    expect(health("paziente:\n  cartella: 2024-0871\n  diagnosi: sclerosi multipla")).toContain("health:sclerosi multipla");
    expect(health("Nr karty;Rozpoznanie\n1187;nadciśnienie tętnicze\n1188;POChP")).toContain("health:POChP");
    expect(health("id_paziente: 4471\ndiagnosi: F32.1")).toContain("health:F32.1");
  });

  it("reads an institution's capitalised name as no person", () => {
    expect(health("Reminder: the fracture clinic at the Royal Derby Hospital moves to Building 2.")).toEqual([]);
    expect(health("Reminder: Daniel Frost, the fracture clinic at the Royal Derby Hospital moves to Building 2.")).toContain("health:fracture clinic");
  });

  it("leaves the same logistics alone when nobody is identified", () => {
    expect(health("The Oncology Day Unit at the Royal Derby Hospital is open Mon–Fri 08:00–18:00; parking is in car park B.")).toEqual([]);
    expect(health("Öffnungszeiten Dialysezentrum Nord: Mo–Sa 6–22 Uhr, Parkplätze hinter dem Haus.")).toEqual([]);
    expect(health("Remind me to pick up my insulin glargine pens on Friday.")).toEqual([]);
    expect(health("Our son has a peanut allergy, what should I pack for the school trip?")).toEqual([]);
    expect(health("Staff rota week 12: Mon early — Jess, Ali; Mon late — Tom, Priya; Tue night — Sam.")).toEqual([]);
    expect(health("Our cat Milo needs insulin twice a day, how do I store Caninsulin?")).toEqual([]);
    expect(health("CSV-Vorlage: Patientennr;Name;Diagnose;Medikation — wie lese ich das in Excel ein?")).toEqual([]);
  });

  // Known gaps left (names the lexicons do not know, a possessive name before a relation word). The first closed in
  // session 49: a known surname after an unknown word stands apart before a class or an age in parentheses.
  it("reads a Polish diminutive first name with a surname as a person (Zuzia Mazur)", () => {
    expect(health("Notatka pielęgniarki szkolnej: Zuzia Mazur (2a) – padaczka, lek ratunkowy w gabinecie.")).toContain("health:padaczka");
  });
  // Closed in session 54 (personal.ts knownGivenNameBefore: a known given name before a possessive surname the lexicon
  // does not hold). Siblings in privacy-s54-probes-judgements.test.ts.
  it("reads a possessive full name before 'parents' as the person of a later 'his'", () => {
    expect(health("Please write a reminder to Jayden Cole's parents that his lunchtime methylphenidate is running low.")).toContain("health:methylphenidate");
  });

  it("stays linear on long inputs for the new patterns and the record read-back", () => {
    expect(growth(found, repeatTo("Mr Okafor memory clinic egg allergy "), 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("  notes: neutropenic\n"), 32_768)).toBeLessThan(8);
    expect(growth(found, (size) => "x".repeat(size) + "\n  notes: catheter", 65_536)).toBeLessThan(8);
    expect(growth(found, repeatTo("Grandpa Joe z. n. hüft-tep kod choroby J18.9 "), 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("Mrs Ann Lee at the Royal Derby Hospital dialysis unit "), 32_768)).toBeLessThan(8);
    expect(growth(found, (size) => "Mr Okafor, dialysis unit " + "Abcdefghijklmnopqrstu ".repeat(size / 22) + "Hospital", 65_536)).toBeLessThan(8);
  });
});
