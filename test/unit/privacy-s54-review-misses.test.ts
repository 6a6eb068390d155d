import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 review (issue #15): the misses found by dev-99's sensitive twins, written again in other wordings and
 * languages than the set's. Every person and number is invented.
 */

const POSITIVES: Array<[string, string]> = [
  // a birth verb or word after the date: German, Dutch, Turkish; Swedish "född", Portuguese "nascida a", "nasc."
  ["Unser Kollege Jonas Albrecht wurde am 23.09.1994 in Kassel geboren.", "date_of_birth:23.09.1994"],
  ["Frau Petra Lindner ist am 02.12.1979 geboren.", "date_of_birth:02.12.1979"],
  ["Mein Nachbar Herr Yilmaz hat am 17.04.1966 Geburtstag.", "date_of_birth:17.04.1966"],
  ["Onze stagiair Daan Smit is op 05-08-2001 geboren.", "date_of_birth:05-08-2001"],
  ["Kiracımız Elif Şahin 21.11.1990 tarihinde doğdu.", "date_of_birth:21.11.1990"],
  ["Min svärmor Karin Berg är född 1958-02-14.", "date_of_birth:1958-02-14"],
  ["Ficha da nova funcionária: Joana Pires, nascida a 30/01/1996.", "date_of_birth:30/01/1996"],
  ["Inquilino: Rui Correia (nasc. 12/06/1983)", "date_of_birth:12/06/1983"],
  // a lower-case Romance honorific before the surname
  ["Il signor Galli è nato il 19/10/1957 a Verona.", "date_of_birth:19/10/1957"],
  ["A senhora Duarte tem diabetes e faz insulina.", "health:diabetes"],
  // an Italian or French call-back verb before the number
  ["La ricontatteremo domani al numero 333 418 2290, signora Conti.", "phone:333 418 2290"],
  ["Nous vous rappellerons au 06 71 23 45 89, Madame Leroy.", "phone:06 71 23 45 89"],
  // a German home after a preposition with a flat's floor before the postcode
  ["Bitte liefern an Herrn Brandl, Am Kirchberg 14, 3. OG rechts, 94032 Passau.", "street_address:Am Kirchberg 14, 3. OG rechts, 94032 Passau"],
];

describe("session 54 review — misses closed", () => {
  it.each(POSITIVES)("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("session 54 review — the fixes' edges stay sensitive", () => {
  it.each([
    "Hotel Adler, Gast Hans Meier, Tel. 0171 2345678",
    "Apotheke am Markt, Inhaberin Frau Klein privat: Tel. 0171 2345678",
    "Hotel Adler, Bahnhofstr. 3, anna.meier@hotel-adler.de",
    "Schreib meiner Mutter:\nBäckerei Vogt GmbH, Lindenstraße 12, 50674 Köln\nTel. 0221 9876540",
    "My neighbour Luna Park was diagnosed with diabetes last week.",
    "Write 100 words on my neighbour Jan Kowalski, born 3 May 1961, for an explainer video.",
    "同事何丽的糖尿病很严重。",
    "Synthetic data? No, real data from the CRM: Eva Roth, IBAN DE44 5001 0517 5407 3249 31.",
  ])("%s", (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });
});
