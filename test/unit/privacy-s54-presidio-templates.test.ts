import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 (issue #15, dev-95: other authors' PII templates, microsoft/presidio-research): an address's second line
 * in the US and UK forms, a unit written before the house number, a birth date whose owner the next sentence names,
 * the writer's answer to a question for their own birth date, masked SSNs, and addresses under an organisation's name
 * or in a work signature. Other wordings, names and numbers than the set's; every person and number is invented.
 */

describe("an address's second line and a unit before the house number", () => {
  it.each([
    ["Ship the replacement to 77 Copperfield Road\nBoulder, CO 80302 please", "street_address:77 Copperfield Road\nBoulder, CO 80302"],
    ["Mail it to 4 Nettle Close\nLeeds LS6 2QT", "street_address:4 Nettle Close\nLeeds LS6 2QT"],
    ["Recipient: Unit 5 218 Gannet Street\nEugene OR 97401", "street_address:Unit 5 218 Gannet Street\nEugene OR 97401"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("birth dates: the next sentence names the person; the writer's own answer", () => {
  it("a maiden or family name in the next sentence", () => {
    expect(found("He was born on 12 August 1979. His family name is Oyelaran.")).toContain("date_of_birth:12 August 1979");
    expect(found("She was born on 04/22/1964. Her maiden name was Quist")).toContain("date_of_birth:04/22/1964");
  });
  it("no name after, or a nationality: nobody identifiable", () => {
    expect(found("She was born on 04/22/1964. She is Norwegian.")).toEqual([]);
  });
  it("the writer answers a question for their own date", () => {
    expect(found("What's your date of birth? It's 9 May 1983")).toEqual([]);
    expect(found("Bot: Could you confirm your DOB? User: 1983-05-09")).toEqual([]);
    expect(found("What's your date of birth? It's 9 May 1983 and the policy is in the name of Ilse Brandauer")).toContain("date_of_birth:9 May 1983");
  });
});

describe("masked SSNs are redactions", () => {
  it.each(["My social security number is XXX-XX-4417", "Her SSN: ***-**-0932", "ssn = xxx-xx-7781"])("%s", (text) => {
    expect(found(text).filter((finding) => finding.startsWith("us_ssn"))).toEqual([]);
  });
  it("a whole SSN after the same cue stays reported", () => {
    expect(found("My social security number is 512-44-7781")).toContain("us_ssn:512-44-7781");
  });
});

describe("an address under an organisation's name or in a work signature", () => {
  it.each([
    "Harrow & Quince LLP\n\n90 Lantern Street\nPortland, ME 04101",
    "Company: Saltmarsh Logistics\nAddress: 1200 Ferry Road, Tacoma, WA 98421",
    "Oskar Lindgren\nSenior Buyer\nStonegate Outfitters\n310 Alder Avenue\nBoise, ID 83702",
  ])("%s", (text) => {
    expect(found(text).filter((finding) => finding.startsWith("street_address"))).toEqual([]);
  });
  it.each([
    ["Name: Oskar Lindgren\nAddress: 310 Alder Avenue, Boise, ID 83702", "street_address:310 Alder Avenue, Boise, ID 83702"],
    ["my home, not the office:\nStonegate Outfitters\n310 Alder Avenue, Boise, ID 83702", "street_address:310 Alder Avenue, Boise, ID 83702"],
  ])("a person's address stays reported: %s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
