import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 50 (s50-anglo, dev-84): identifiers, homes and money of the English-speaking countries' paperwork — New
 * Zealand's nine-digit IRD number, an Irish address ending in its Eircode, a Singapore block address with its unit and
 * postcode, a home after "we have moved" or in a firmly worded e-mail, a CV's header, a named person's benefit.
 */
const of = (category: string, text: string) => found(text).filter((finding) => finding.startsWith(`${category}:`));

describe("the English-speaking countries' values", () => {
  it.each([
    ["a nine-digit IRD number", "national_id", "Filling in the return: Aroha Tane, IRD number 135-792-462, please check the boxes.", "135-792-462"],
    [
      "an Irish flat with its Eircode",
      "street_address",
      "Address for the form: Apartment 7, Marlborough Mews, Drumcondra, Dublin 9, D09 F3K8",
      "Apartment 7, Marlborough Mews, Drumcondra, Dublin 9, D09 F3K8",
    ],
    [
      "a Singapore block, unit and postcode",
      "street_address",
      "The boiler at Blk 512 Tampines Street 42, #07-118, Singapore 520512, is broken again.",
      "Blk 512 Tampines Street 42, #07-118, Singapore 520512",
    ],
    [
      "a home after a school word and a move",
      "street_address",
      "Draft a note to my son's school: we have moved, new address is 27 Kowhai Road, Naenae, Lower Hutt 5011.",
      "27 Kowhai Road, Naenae, Lower Hutt 5011",
    ],
    [
      "a firm e-mail is no law firm",
      "street_address",
      "Write a firm but polite note to my landlord: the heater at 19 Rata Street, Naenae, Lower Hutt 5011 is broken.",
      "19 Rata Street",
    ],
    ["a CV is no company", "street_address", "Tidy my CV: 44 Wattle Grove, Brunswick VIC 3056 | 0431 882 907", "44 Wattle Grove, Brunswick VIC 3056"],
    ["a named person's benefit", "financial", "From May, Grace Tapsell will receive $812.40 a month in Jobseeker Support.", "$812.40"],
  ])("%s", (_name, category, text, value) => {
    expect(of(category, text).some((finding) => finding.includes(value))).toBe(true);
  });

  it("a warehouse supervisor's CV keeps the home", () => {
    expect(of("street_address", "CV header: 9 Beech Grove, Exeter EX4 6PL\nProfile: warehouse supervisor seeking a planning role.")).not.toEqual([]);
  });

  // Known gap (session 50): an eight-digit IRD number is shorter than the keyworded digit runs (nine or more digits).
  // Session 51 read it (two, three and three digits, valid with a leading zero, beside IRD or Inland Revenue) and dropped
  // it: one more false alarm on a development set's half. A Malay street word before the name ("Lorong", "Jalan") was
  // closed in session 51 (personal.ts). Session 53 left the IRD probe open: its only fix is that keyworded eight-digit read.
  // Closed in session 54 (national-ids.ts SHORT_IRD): only Inland Revenue's printed 2-3-3 form after the name, check
  // digit valid. Siblings in privacy-s54-probes-records.test.ts.
  it("probe: an eight-digit IRD number", () => {
    expect(of("national_id", "Inland Revenue sent my IRD number as 13-579-245, is that right?")).not.toEqual([]);
  });
  it("a Singapore street after its Malay street word", () => {
    expect(of("street_address", "Ship to 48 Lorong Marzuki, Singapore 418203 please")).not.toEqual([]);
  });
});
