import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

// Session 38 (issue #15, dev-33 half A): addresses and dates that are not a private person's.
describe("session 38: places' records, date formats, example towns, courts and firms", () => {
  it("takes the addresses of a store locator, a schema.org business node and a business table as the places'", () => {
    expect(found('const stores = [\n  { id: 1, name: "Midtown", address: "350 5th Ave, New York, NY 10118" },\n];\nRender as markers.')).toEqual([]);
    expect(found('magasins = [\n    {"nom": "Lille Centre", "adresse": "31 rue Neuve, 59000 Lille"},\n]')).toEqual([]);
    expect(found('{"@type": "Bakery", "name": "Sonnenkorn", "address": {"streetAddress": "Marktplatz 3", "postalCode": "79098"}}')).toEqual([]);
    expect(found("business,street,city,postcode\nThe Old Bakery Café,14 High Street,Whitby,YO21 3BH\nHarbour Books,2 Flowergate,Whitby,YO21 3BA\n")).toEqual(
      [],
    );
  });

  it("keeps a person's address in a record, a Person node, a visit list and a table with a person column", () => {
    const kept: Array<[string, string]> = [
      [
        '{"@type": "Person", "name": "Rachel Ambrose", "address": {"streetAddress": "14 Kingfisher Way, Didcot OX11 7GF"}}',
        "14 Kingfisher Way, Didcot OX11 7GF",
      ],
      ['const visits = [\n  { client: "Harold Briggs", address: "12 Ashdown Road, Worthing BN11 1DE" },\n];', "12 Ashdown Road, Worthing BN11 1DE"],
      ['const stores = [\n  { customer: "Harold Briggs", address: "12 Ashdown Road, Worthing BN11 1DE" },\n];', "12 Ashdown Road, Worthing BN11 1DE"],
    ];
    for (const [text, address] of kept) expect(found(text)).toContain(`street_address:${address}`);
    const table = found("customer,company,street,postcode\nHarold Briggs,Briggs Ltd,12 Ashdown Road,BN11 1DE\n");
    expect(table.some((finding) => finding.startsWith("street_address:"))).toBe(true);
  });

  it("reads a dated field with a clock time beside a birth date as a timestamp", () => {
    expect(found("Patient: Maria Gonzalez\nDOB: 11/23/1958\nCollected: 2026-12-04 08:15")).toEqual(["date_of_birth:11/23/1958"]);
  });

  it("reads the same date written two ways, joined by 'or', as a format question", () => {
    expect(found("Dans un formulaire, la date de naissance s'écrit-elle 05/11/1979 ou 1979-11-05 ?")).toEqual([]);
    expect(found("Should a date of birth be written 03.04.1990 or 1990-04-03?")).toEqual([]);
    expect(found("Name: Ahmed Karimi, date of birth 1987-09-14 or 14.09.1987?")).toContain("date_of_birth:1987-09-14");
    expect(found("Date of birth: 03.04.1990 or 1991-05-06?")).toContain("date_of_birth:03.04.1990");
  });

  it("takes a counting house number in a stock example town as an example, not one after a person's full name", () => {
    expect(found('print(usaddress.tag("1234 Oak Street, Springfield, IL 62704"))')).toEqual([]);
    expect(found("My tenant Joe Fischer at 1234 Oak Street, Apt 5 is two months behind on rent.")).toContain("street_address:1234 Oak Street, Apt 5");
    expect(found("Tenants: Joe Fischer, 1234 Oak Street, Apt 5 — two months behind.")).toContain("street_address:1234 Oak Street, Apt 5");
  });

  it("takes a court's or a law firm's address as theirs", () => {
    expect(found("Filed with the Clerk of Court, U.S. District Court for the Southern District of New York, 500 Pearl Street, New York, NY 10007.")).toEqual(
      [],
    );
    expect(found("Cabinet Moreau & Associés — Avocats\n18 rue de la Paix, 75002 Paris\n\nMadame, Monsieur,")).toEqual([]);
    expect(found("L'hôtel des Invalides, 129 rue de Grenelle, 75007 Paris : qui l'a fait construire ?")).toEqual([]);
  });
});

describe("session 38: a business word before a person's full name does not own the address", () => {
  it.each([
    "The bank agent asked to confirm Irene Walsh's address, 7 Willow Road, Leeds LS16 6BQ.",
    "Our company driver will collect Anna Berg at 22 Hawthorn Close, Reading RG4 8TT.",
    "Pick up Tom Baker from the station and drop him at 22 Hawthorn Close, Reading RG4 8TT.",
  ])("keeps a named person's postcoded home after a bank, a company driver or a station: %s", (text) => {
    expect(found(text).filter((finding) => finding.startsWith("street_address:"))).toHaveLength(1);
  });

  it("still takes a court's address after a place name (New York is no person)", () => {
    expect(found("U.S. District Court for the Southern District of New York, 500 Pearl Street, New York, NY 10007")).toEqual([]);
    expect(found("Visit the Tate Modern gallery, Bankside, or our office at 25 Old Broad Street, London EC2N 1HQ.")).toEqual([]);
  });
});
