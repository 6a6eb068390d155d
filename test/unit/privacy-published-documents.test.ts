import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { REGISTER_CUE, REGISTER_STEMS } from "../../src/privacy/judgement/published-cues.js";

/** Session 41 (dev-41 half A): documents as organisations publish them; each rule with its one-fact-personal twin. */
describe("published documents", () => {
  it("an imprint or contact heading opens the company's block: its phone, address and non-name mailbox", () => {
    const impressum =
      "Impressum\nBrennwerk Software GmbH\nHafenstraße 17, 20457 Hamburg\nHandelsregister: HRB 158273\nUmsatzsteuer-ID: DE 318 447 102\nTelefon: +49 40 8822 1450";
    expect(found(impressum)).toEqual([]);
    expect(found("联系我们\n杭州云栖数据科技有限公司\n地址：浙江省杭州市西湖区文三路398号东信大厦12楼")).toEqual([]);
    expect(found("Legal notice\nNorthwind Analytics Ltd\nContact: +44 20 3868 4410")).toEqual([]);
    // "i.v." (interamente versato) is no first-person "I"; "i" before the value still is.
    expect(found("Note legali\nFratelli Conti S.r.l.\nCapitale sociale € 20.000 i.v.\nPEC: fratelliconti@pec.it")).toEqual([]);
    expect(found("Note legali\nFratelli Conti S.r.l.\nok so i use fratelliconti@pec.it")).toEqual(["email:fratelliconti@pec.it"]);
    // A letter to the company names the sender's home; a blank line ends the block; a mobile line is a person's.
    const letter = found("Dane firmy\nTomasz Wieczorek\nul. Jaśminowa 4 m. 12, 91-345 Łódź\n\nPiekarnia Złoty Kłos sp. z o.o.");
    expect(letter.map((finding) => finding.split(":")[0])).toEqual(["street_address"]);
    expect(found("Impressum\nBrennwerk Software GmbH\n\nmeine Handynummer: +49 151 2345 6789")).toEqual(["phone:+49 151 2345 6789"]);
    expect(found("Impressum\nBrennwerk Software GmbH\nMobil: +49 151 2345 6789")).toEqual(["phone:+49 151 2345 6789"]);
  });
  it("digits after a register or VAT label are no phone number; a company's tax number on its line is not a person's", () => {
    expect(found("Rechnung von Lumen GmbH, USt-IdNr. DE 318 447 102")).toEqual([]);
    expect(found("Sprzedawca: Drukarnia Orion sp. z o.o., NIP 5252248481")).toEqual([]);
    expect(found("Nabywca: Jan Nowak, NIP 5252248481")).toEqual(["national_id:5252248481"]);
    // The gate's stems hold every label the cue reads (the short words with the character after them).
    for (const label of ["USt-IdNr. DE ", "VAT no. GB", "KvK ", "NIP: ", "nip5", "Org.nr ", "ИНН ", "CIF: ", "P.IVA ", "사업자등록번호: "]) {
      expect(REGISTER_CUE.test(label), label).toBe(true);
      expect(
        REGISTER_STEMS.some((stem) => label.toLowerCase().includes(stem)),
        label,
      ).toBe(true);
    }
    expect(REGISTER_STEMS.some((stem) => "a specific private elevator".includes(stem))).toBe(false);
  });
  it("a paper's corresponding-author address, department and recruiting mailboxes; a private address stays", () => {
    expect(found("¹ ETH Zürich, Department of Computer Science\n* Correspondence: hokafor@inf.ethz.ch")).toEqual([]);
    expect(found("Для корреспонденции: smirnova@physics.msu.ru")).toEqual([]);
    expect(found("Bewerbungen an recrutement@agence-lumiere.fr oder talent@greyfriars-tech.com, Fragen an chemistry-admin@abdn.ac.uk")).toEqual([]);
    expect(found("He asked me to send the papers to his private address tobias.lund.home@outlook.com instead.")).toEqual([
      "email:tobias.lund.home@outlook.com",
    ]);
    expect(found("Forward the invoices to kenji+invoices@hotmail.co.uk please")).toEqual(["email:kenji+invoices@hotmail.co.uk"]);
  });
  it("an officer's pay in a remuneration or annual report; a colleague's own salary in a message stays", () => {
    expect(found("Directors' Remuneration Report (audited): Chief Executive, Amanda Blevins: base salary £842,000; total £4,262,200.")).toEqual([]);
    expect(found("Uit het jaarverslag 2025: de totale beloning van de CEO, Peter van Dijk, bedroeg € 2,9 miljoen.")).toEqual([]);
    expect(found("Dan Whitcombe: hey, HR says my new salary from January is £41,500, is it worth pushing back?")).toEqual(["financial:£41,500"]);
  });
  it("a theatre, a market or a university before an address; a box office's number; an example date after 'ej.'", () => {
    expect(found("Teatro alla Scala — Biglietteria: Largo Ghiringhelli 1, 20121 Milano")).toEqual([]);
    expect(found("Departamento de Química, Universidade Federal de Minas Gerais, Av. Antônio Carlos 6627, Belo Horizonte")).toEqual([]);
    expect(found("Billetterie : 04 90 14 14 14")).toEqual([]);
    expect(found("Fecha de nacimiento: indique día, mes y año (ej.: 05/11/1990).")).toEqual([]);
    expect(found("Fecha de nacimiento de mi hija Lucía Gómez: 05/11/2016")).toEqual(["date_of_birth:05/11/2016"]);
  });
  it("a lower-case word after 'passport' is prose, not a number", () => {
    expect(found("Teresa Quinlan, most recent passport issued 2017")).toEqual([]);
    expect(found("Teresa Quinlan, passport number 563829174")).toEqual(["passport:563829174"]);
  });
});
