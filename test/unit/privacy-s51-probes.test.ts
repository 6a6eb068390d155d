import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 51 (issue #15): cases of the kinds closed from the session-48–50 reviews' `it.fails` probes, written for this
 * session (every person, number and home is invented), each kind with a hard case the fix must leave alone.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("an institution's address after an Indian script label is no one's home (script-labels.ts)", () => {
  it.each([
    "विद्यालय का पता: 45, गांधी मार्ग, लखनऊ - 226001",
    "হাসপাতালের ঠিকানা: 99, শরৎ বসু রোড, কলকাতা 700020",
    "पता: जिला न्यायालय परिसर, 3, सिविल लाइंस, प्रयागराज 211001",
  ])("%s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
  it.each([
    // "स्टेशन रोड" is a street, a police station's "থানা" a part of a village's address: a home still.
    "मेरा पता: 7, शांति निवास, स्टेशन रोड, नागपुर 440001",
    "ঠিকানা: গ্রাম রামনগর, পোস্ট 5, থানা ডোমকল, মুর্শিদাবাদ 742303",
  ])("a home is still found: %s", (text) => {
    expect(of("street_address", text).length).toBeGreaterThan(0);
  });
});

describe("a sentence about a house with a PIN code is no address (scripts.ts address-in)", () => {
  it.each(["मकान 20 साल पुराना था, 2 कमरे, लखनऊ 226010 के पास", "फ्लैट 9 का किराया 15000 है, 2 कमरे, नोएडा 201301 में"])("%s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
  it("a verb after the PIN code leaves the address: मकान नं. 12, गांधी नगर, जयपुर 302015 में मेरी बहन रहती है", () => {
    expect(of("street_address", "मकान नं. 12, गांधी नगर, जयपुर 302015 में मेरी बहन रहती है")).toEqual(["street_address:मकान नं. 12, गांधी नगर, जयपुर 302015"]);
  });
});

describe("an address's floor and its postcode and town inside a sentence (address-tails.ts, personal.ts)", () => {
  it.each([
    ["Jag bor på Götgatan 21, 2 tr, 116 21 Stockholm och har en katt.", "Götgatan 21, 2 tr, 116 21 Stockholm"],
    ["Min adresse er Nørrebrogade 112, 2. tv, 2200 København N, kom forbi.", "Nørrebrogade 112, 2. tv, 2200 København N"],
    ["Please post it to Rokin 75-II, 1012 KK Amsterdam before Friday.", "Rokin 75-II, 1012 KK Amsterdam"],
    ["Schrijf naar mijn oma: Lange Voorhout 8 huis, 2514 ED Den Haag.", "Lange Voorhout 8 huis, 2514 ED Den Haag"],
  ])("%s", (text, span) => {
    expect(of("street_address", text)).toEqual([`street_address:${span}`]);
  });
  it.each([
    "Our shop: Kungsgatan 12, 3 tr, 111 43 Stockholm — open 10–18.",
    "The museum is at Museumplein 6 hs, 1071 DJ Amsterdam and opens at nine.",
    "Room 12 II, 2004 AD Rome was the setting of the play.",
    "In Chapter 5, 1066 AD England was conquered.",
  ])("nothing in: %s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
});
