import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const addresses = (text: string): string[] => found(text).filter((finding) => finding.startsWith("street_address:"));
const births = (text: string): string[] => found(text).filter((finding) => finding.startsWith("date_of_birth:"));

// Session 38 review (issue #15): private data that dev-33's exemptions must not let through.
describe("session 38 review: private addresses in places' records, example towns and courts", () => {
  it.each([
    ["a CRM export with a store and a customer column", "store,customer,address\nDowntown,Harold Briggs,12 Ashdown Road Worthing BN11 1DE\n"],
    ["a delivery list with a shop and a recipient column", "shop,recipient,street,postcode\nHarbour Books,Irene Walsh,7 Willow Road,LS16 6BQ\n"],
    ["a CRM export with a company and a plain name column", "company,name,street,postcode\nBriggs Ltd,Harold Briggs,12 Ashdown Road,BN11 1DE\n"],
    ["a store table with a plain name column", "store,name,address\nDowntown,Harold Briggs,12 Ashdown Road Worthing BN11 1DE\n"],
    [
      "a Person nested in an Organization",
      '{"@type": "Organization", "name": "Acme", "founder": {"@type": "Person", "name": "Rachel Ambrose", "address": {"streetAddress": "14 Kingfisher Way", "postalCode": "OX11 7GF"}}}',
    ],
    ["a stores collection with a person's name", 'const stores = [\n  { name: "Harold Briggs", address: "12 Ashdown Road, Worthing BN11 1DE" },\n];'],
    [
      "a stores collection whose record nests its customer",
      'const stores = [{ id: 1, customer: { id: 77, tier: "gold" }, address: "12 Ashdown Road, Worthing BN11 1DE" }];',
    ],
  ])("keeps %s", (_shape, text) => {
    expect(addresses(text).length).toBeGreaterThan(0);
  });

  it("keeps a real person's 1234 house number in Springfield (a real city)", () => {
    expect(addresses("My neighbour Jan Kowalski lives at 1234 Oak Street, Springfield, IL 62704.").length).toBeGreaterThan(0);
    expect(addresses("Please send my refund to my home: 1234 Maple Avenue, Springfield, MO 65804.").length).toBeGreaterThan(0);
  });

  it("keeps a party's home address in a court document (a title or role word before the name no longer hides it)", () => {
    expect(addresses("IN THE DISTRICT COURT OF TRAVIS COUNTY\nRespondent Irene Walsh, residing at 7 Willow Road, Austin, TX 78701, was served.")).toEqual([
      "street_address:7 Willow Road, Austin, TX 78701",
    ]);
    expect(addresses("County Court at Leeds. Claimant: Irene Walsh of 7 Willow Road, Leeds LS16 6BQ.").length).toBeGreaterThan(0);
    expect(addresses("Landgericht Berlin. Kläger: Hans Müller, wohnhaft Lindenstraße 5, 10969 Berlin.").length).toBeGreaterThan(0);
    expect(addresses("Kanzlei Schmidt Rechtsanwälte. Unser Mandant Hans Müller, Lindenstraße 5, 10969 Berlin").length).toBeGreaterThan(0);
  });

  it("still takes the business tables and store lists of session 38 as the places'", () => {
    expect(found("Unternehmen;Geschäftsführer;Anschrift\nMüller Bau GmbH;Hans Müller;Hauptstraße 12, 10115 Berlin\n")).toEqual([]);
    expect(found("company,name,street,postcode\nLa Perla,El Sol,12 Ashdown Road,BN11 1DE\n")).toEqual([]);
    expect(found('const 店舗 = [\n  { 名前: "渋谷店", 住所: "東京都渋谷区道玄坂2-24-1" },\n];')).toEqual([]);
    expect(found("business,street,city,postcode\nThe Old Bakery Café,14 High Street,Whitby,YO21 3BH\nHarbour Books,2 Flowergate,Whitby,YO21 3BA\n")).toEqual(
      [],
    );
    expect(found('const stores = [\n  { id: 1, name: "Midtown", hours: { open: 9 }, address: "350 5th Ave, New York, NY 10118" },\n];')).toEqual([]);
  });
});

describe("session 38 review: birth dates that dev-33's date rules must keep", () => {
  it("keeps a named person's birth date written two ways, a title or role word before the name", () => {
    expect(births("Harold Briggs, date of birth 02/03/1990 or 1990-03-02")).toHaveLength(2);
    expect(births("Patient Harold Briggs, DOB 02.03.1990 or 1990-03-02")).toHaveLength(2);
    expect(births("Patient Mrs Irene Walsh, DOB 02.03.1990 or 1990-03-02")).toHaveLength(2);
  });

  it("keeps a DOB field with a midnight time", () => {
    expect(births("Patient: Maria Gonzalez\nDOB: 1990-03-02 00:00").length).toBeGreaterThan(0);
    expect(births("Name: Maria Gonzalez, DOB: 1990-03-02T00:00:00Z").length).toBeGreaterThan(0);
  });
});
