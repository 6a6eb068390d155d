import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

describe("hypothetical people, templates, example formats and public roles (issue #15)", () => {
  it.each([
    "生年月日が1990年1月1日の人は今何歳ですか？",
    "出生日期为2000年1月1日的人今年多大？",
    "item = value.split('.')[0]+'@pinc.uk' result[value] = item",
    "Domino's Pizza Leeds: 0113 245 6789, open till midnight.",
    "A California driver's license number looks like D1234567 — one letter and seven digits.",
    "1. The current Prime Minister of Japan is Fumio Kishida. 2. Fumio Kishida was born on July 29, 1957.",
    "Auction Sale, December 7, 10:00 a.m. 110 Walnut St., City, State. Entire furnishings of home must go",
    "Send it to 12 Oak Street, Anytown, ST 12345",
  ])("is not reported: %s", (text) => expect(flagged(text)).toEqual([]));

  it.each([
    ["请把新员工李娜的出生日期1995年7月23日录入人事系统。", "date_of_birth:1995年7月23日"],
    ["mail me at jane.doe@gmail.com", "email:jane.doe@gmail.com"],
    ["Send it to Mary Jones, 12 Oak Street, Springfield, IL 62704", "street_address:12 Oak Street, Springfield, IL 62704"],
    ["My driving licence number is D7654321, is it valid?", "driver_license:D7654321"],
    // "such as" introduces real people as often as formats: it is no example cue.
    ["Please chase the late payers such as Tom Reed on 07911 482 731 before Friday.", "phone:07911 482 731"],
    ["Update the records of patients such as Karl Huber, born 12.03.1961, today.", "date_of_birth:12.03.1961"],
  ])("stays reported: %s", (text, expected) => expect(flagged(text)).toContain(expected));
});

describe("name labels of things (issue #15)", () => {
  it("does not read `Business Name:` as a person's name label", () => {
    expect(flagged("Here is a 30-day business plan to earn $1000 from $10: Business Name: Crafty Creations Business Type: Crafts")).toEqual([]);
  });
  it("still reads a customer's or account holder's name label", () => {
    expect(flagged("Customer Name: Jane Miller, balance owed: $4,200")).toContain("financial:$4,200");
    expect(flagged("Account Name: Jane Miller, balance owed: $4,200")).toContain("financial:$4,200");
  });
});

describe("a person born on a date, and French public offices (issue #15)", () => {
  it.each([
    "Ile lat ma osoba urodzona 1 stycznia 1990?",
    "How old is a person born on 15 June 1985 today?",
    "La CAF de Paris, 50 rue du Docteur Finlay, 75015 Paris, m'a demandé un justificatif.",
  ])("is not reported: %s", (text) => expect(flagged(text)).toEqual([]));
  it("a named person's date stays reported", () => {
    expect(flagged("Proszę wpisać Annę Zielińską, ur. 20.11.1986, na listę.")).toContain("date_of_birth:20.11.1986");
  });
});
