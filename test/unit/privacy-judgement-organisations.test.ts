import { describe, expect, it } from "vitest";
import { isExampleStreet, isFillerNumber, isRoleMailbox } from "../../src/privacy/judgement/placeholder-values.js";
import { found } from "./privacy-helpers.js";

describe("placeholder values", () => {
  it("identifiers filled with zeros or one digit stand for nobody; counting runs and real numbers do not", () => {
    expect(isFillerNumber("phone", "+34 600 000 000")).toBe(true);
    expect(isFillerNumber("bank_account", "00-00-00")).toBe(true);
    expect(isFillerNumber("national_id", "99999999R")).toBe(true);
    expect(isFillerNumber("phone", "+49 151 23456789")).toBe(false);
    expect(isFillerNumber("financial", "€1,000,000")).toBe(false);
    expect(found("Formular-Muster: Telefon +34 600 000 000.")).toEqual([]);
    expect(found("Rufen Sie mich an: +34 612 873 904, ich bin Ana Ruiz.")).toEqual(["phone:+34 612 873 904"]);
  });
  it("example streets and role mailboxes", () => {
    expect(isExampleStreet("Calle Falsa 123, 28080 Madrid")).toBe(true);
    expect(isRoleMailbox("info@northwind-traders.com")).toBe(true);
    expect(isRoleMailbox("anna.kowal@northwind-traders.com")).toBe(false);
    expect(found("Versandetikett: Lena Brandt, Beispielweg 7, 04109 Leipzig.")).toEqual([]);
    expect(found("Questions about the order? Write to info@northwind-traders.com.")).toEqual([]);
    expect(found("My e-mail is anna.kowal@northwind-traders.com, please add it.")).toEqual(["email:anna.kowal@northwind-traders.com"]);
    expect(found("Stuur de factuur naar jan@voorbeeld.nl aub.")).toEqual([]);
  });
});

describe("declared synthetic data", () => {
  const record = "name Ola Berg, phone +47 412 83 905, email ola.berg@fjordmail.no";
  it("a fixture the text says was generated identifies nobody, but its credentials still count", () => {
    expect(found(`Fixture generated with Faker: ${record}, born 1987-03-14`)).toEqual([]);
    expect(found("Synthetic test data (Synthea) — db password: Zq8!rT2#vLp9")).toEqual(["password:Zq8!rT2#vLp9"]);
  });
  it("real records beside the word Faker, or under 'sample data', stay sensitive", () => {
    expect(found("Here is some sample data from our CRM: Ola Berg, +47 412 83 905")).toEqual(["phone:+47 412 83 905"]);
    expect(found(`These are real customers, not the Faker fixture: ${record}`)).toEqual(["phone:+47 412 83 905", "email:ola.berg@fjordmail.no"]);
  });
});

describe("organisations, sights and public people", () => {
  it("an imprint's phone is the company's; a phone under a person's signature is not", () => {
    expect(found("Impressum: Northwind Handels GmbH, Lindenallee 4, 50968 Köln, Telefon 0221 4711230, Registergericht Köln HRB 12345.")).toEqual([]);
    expect(found("Viele Grüße\nPetra Wendt | Einkauf\nNorthwind Handels GmbH\nTelefon 0221 4711230")).toEqual(["phone:0221 4711230"]);
  });
  it("company results are the company's money; a named person's pay beside the company is theirs", () => {
    expect(found("La empresa García Hermanos S.L. facturó 2,3 millones de euros y tiene una deuda de 400.000 €.")).toEqual([]);
    expect(found("Results: revenue €12.4m (2023), net debt €5m. Write an investor note.")).toEqual([]);
    expect(found("Die Acme GmbH zahlt Anna Weber ein Gehalt von 60.000 € im Jahr.")).toEqual(["financial:60.000 €"]);
    expect(found("Acme GmbH: Frau Weber verdient 60.000 € brutto.")).toEqual(["financial:60.000 €"]);
  });
  it("addresses in an itinerary are the sights'; a relative's stays personal", () => {
    expect(found("Reiseroute für Samstag: Frühstück in der Kaufingerstraße 9, 80331 München, danach die Frauenkirche.")).toEqual([]);
    expect(found("Bitte schick die Unterlagen an meine Oma, Kaufingerstraße 9, 80331 München.")).toEqual(["street_address:Kaufingerstraße 9, 80331 München"]);
  });
  it("a sportswoman's published birth date, a historical death, a textbook patient and a password manager", () => {
    expect(found("李娜，1982年2月26日出生于武汉，前职业网球运动员，大满贯冠军。")).toEqual([]);
    expect(found("Heinrich Wendt starb am 3. Mai 1871 an Tuberkulose. Schreibe einen Absatz über sein Leben.")).toEqual([]);
    expect(found("Mein Kollege Heinrich Wendt hat Tuberkulose.")).toEqual(["health:Tuberkulose"]);
    expect(found("ترجم هذه الفقرة من كتاب الباطنية: يعاني المريض من فقر الدم ويُحضَّر المريض لغسيل الكلى.")).toEqual([]);
    expect(found("Our DB creds live in 1Password; never paste the password into Slack.")).toEqual([]);
    expect(found("Tel. +33 1 99 00 45 67 pour la scène du film.")).toEqual([]);
  });
});
