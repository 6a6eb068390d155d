import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 41 review of the published-document judgement: each cue as a way to send a private person's data to the cloud
 * by adding a few words (a user's or a prompt-injected document's), next to the published cases that stay unflagged.
 */
describe("published-document cues do not vouch for a private person's data", () => {
  it("an imprint block: a private label, a free-mail address, a mobile line or a heading word in a sentence keep the value", () => {
    expect(found("Impressum\nAcme GmbH\nPrivat: Lukas Meier, Birkenweg 12, 80331 München")).toEqual(["street_address:Birkenweg 12, 80331 München"]);
    expect(found("Impressum\nBrennwerk Software GmbH\nE-Mail: lukas.meier1987@gmail.com")).toEqual(["email:lukas.meier1987@gmail.com"]);
    expect(found("Impressum\nAcme GmbH\nMobil Lukas: 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Contact us\nAcme Ltd\nHafenstraße 17, 20457 Hamburg\nPrivat: Sarah Collins, 07831 234567")).toEqual(["phone:07831 234567"]);
    const sentence = "Contact us if anything is unclear. Brennwerk Software GmbH forwarded the complaint from Lukas Meier, reach him at +49 151 2345 6789";
    expect(found(sentence)).toEqual(["phone:+49 151 2345 6789"]);
  });
  it("published: a company's imprint and contact blocks", () => {
    const impressum =
      "Impressum\nAngaben gemäß § 5 TMG\nBrennwerk Software GmbH\nHafenstraße 17, 20457 Hamburg\nVertreten durch die Geschäftsführer: Jana Krüger, Malte Petersen\nTelefon: +49 40 8822 1450, E-Mail: info@brennwerk.de";
    expect(found(impressum)).toEqual([]);
    expect(found("特定商取引法に基づく表記\n販売業者：株式会社みどり茶園\n所在地：〒420-0031 静岡県静岡市葵区呉服町2丁目1-5\n電話番号：054-255-1180")).toEqual(
      [],
    );
    expect(found("Colofon\nStudio Grachtwerk B.V.\nKeizersgracht 221, 1016 DV Amsterdam\nKvK-nummer 71234567, btw-id NL858912345B01")).toEqual([]);
  });
  it("a register label: a '+' number is dialled, a person before the label or between company and label owns it", () => {
    expect(found("Kunde Lukas Meier, VAT: +49 151 2345 6789")).toEqual(["phone:+49 151 2345 6789"]);
    expect(found("Lukas Becker, Handelsregister 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Drukarnia Orion sp. z o.o. — zlecenie od Jan Nowak, NIP 5252248481")).toEqual(["national_id:5252248481"]);
    expect(found("Sprzedawca: Drukarnia Orion sp. z o.o., NIP 5252248481")).toEqual([]);
  });
  it("a correspondence label vouches for an institution's mailbox only, right before it", () => {
    expect(found("Forward all correspondence to lena.hoffmann1990@gmail.com from now on")).toEqual(["email:lena.hoffmann1990@gmail.com"]);
    expect(found("* Corresponding author: lena.hoffmann1990@gmail.com")).toEqual(["email:lena.hoffmann1990@gmail.com"]);
    expect(found("Corresponding author: H. Okafor (hokafor@inf.ethz.ch)")).toEqual([]);
    expect(found("E-mail para correspondência: acribeiro@ufmg.br")).toEqual([]);
  });
  it("a role word in a free-mail address is no department mailbox", () => {
    expect(found("Lena's private inbox is lena1990.jobs@gmail.com")).toEqual(["email:lena1990.jobs@gmail.com"]);
    expect(found("write to xk.hr@gmail.com")).toEqual(["email:xk.hr@gmail.com"]);
    expect(found("Kontakt: Lukas Meier, lukas.sales@gmail.com")).toEqual(["email:lukas.sales@gmail.com"]);
    expect(found("Leasing office: leasing@1180peachtree.com, billing questions to payments-team@northwind.co.uk")).toEqual([]);
  });
  it("a report's words and an officer nearby do not make an employee's pay published", () => {
    expect(found("Annual report prep: the CEO's driver, Tom Hale, earns £31,000 a year.")).toEqual(["financial:£31,000"]);
    expect(found("Geschäftsbericht 2025 liegt vor. Die Vorstandsassistentin Petra Lang verdient 52.000 € im Jahr.")).toEqual(["financial:52.000 €"]);
    expect(found("Annual report: CEO Anna Berg. Separately, Maria Lopez in accounts earns £48,500.")).toEqual(["financial:£48,500"]);
    expect(found("Annual report prep: the CEO's salary is £842,000.")).toEqual([]);
    const report =
      "Vergütungsbericht 2025 (Auszug): Die Gesamtvergütung des Vorstandsvorsitzenden Dr. Klaus Reinhardt betrug 7,8 Mio. € (Vorjahr: 6,9 Mio. €). Das Finanzvorstandsmitglied Sabine Lorenz erhielt 3,4 Mio. €.";
    expect(found(report)).toEqual([]);
  });
  it("a place word inside a person's job title or a street name is no place", () => {
    expect(found("Lena Vogt, Marktleiterin, Birkenweg 12, 80331 München")).toEqual(["street_address:Birkenweg 12, 80331 München"]);
    expect(found("Lena Vogt, Institutsleiterin, Birkenweg 12, 80331 München")).toEqual(["street_address:Birkenweg 12, 80331 München"]);
    expect(found("Lukas Meier, Theaterstraße 5, 30159 Hannover")).toEqual(["street_address:Theaterstraße 5, 30159 Hannover"]);
    expect(found("Viktualienmarkt, Viktualienmarkt 3, 80331 München")).toEqual([]);
    expect(found("Karolinska Institutet, Nobels väg 6, 171 77 Solna")).toEqual([]);
  });
  it("an example abbreviation counts only right before its value", () => {
    expect(found("Ruf Lena Vogt an, z. B. unter 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Ruf Lena Vogt an, e.g. unter 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Llama a Lucía Gómez, p. ej. al 612 345 678")).toEqual(["phone:612 345 678"]);
    expect(found("Lenas IBAN, z. B. für die Überweisung: DE62 3704 0044 0532 0130 01")).toEqual(["iban:DE62 3704 0044 0532 0130 01"]);
    expect(found("Telefonnummer (z. B. 0151 23456789)")).toEqual([]);
    expect(found("W polu Data urodzenia wpisz datę w formacie DD.MM.RRRR, np. 01.01.1980.")).toEqual([]);
  });
  it("a passport number typed in lower case is still a number; a word after 'passport' is prose", () => {
    expect(found("Teresa Quinlan, passport no. lmnp48213")).toEqual(["passport:lmnp48213"]);
    expect(found("Reisepass Nr. cfgh12345")).toEqual(["passport:cfgh12345"]);
    expect(found("Teresa Quinlan, most recent passport issued 2017")).toEqual([]);
  });
});
