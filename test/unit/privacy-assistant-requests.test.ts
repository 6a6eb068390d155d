import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

const has = (text: string, category: string, value: string) => found(text).includes(`${category}:${value}`);

/** Session 43 (dev-52 half A): English requests to an assistant with personal data as the material; each rule with its twin. */
describe("assistant requests with personal data (session 43, dev-52)", () => {
  it("an IBAN field holding a placeholder (check digits 00/01/99, or a body of one or two repeated characters) is not reported", () => {
    for (const text of [
      "Pay to:\nName: [Organiser]\nIBAN: GB00 XXXX 0000 0000 0000 00",
      "IBAN: DE99 1234 5678 9012 3456 78",
      "IBAN: FR76 0000 0000 0000 0000 0000 000",
    ])
      expect(found(text), text).toEqual([]);
    // A real-looking IBAN in the field is, even with a typo in its check digits.
    expect(has("Pay to:\nName: Kirsty Abernethy\nIBAN: GB58 BARC 2003 1847 2659 14", "iban", "GB58 BARC 2003 1847 2659 14")).toBe(true);
  });

  it("an identifier label, then the owner's 'mine is', then the value is reported", () => {
    expect(has("self assessment form box 1 asks for UTR, mine is 8273946150 and the name is Helen Atkinson", "national_id", "8273946150")).toBe(true);
    expect(has("it asks for my passport, mine's 561093287, expires in March", "passport", "561093287")).toBe(true);
    // No identifier's shape after it: a length, a word.
    expect(found("how long is a UTR, mine is 10 digits long")).toEqual([]);
    expect(found("where do I find the UTR, mine is missing from the letter")).toEqual([]);
  });

  it("a date with the owner's birth words after it is a date of birth when a name or identifier is near", () => {
    expect(has("12/11/1979 is my birthday and my name is pete sullivan, write me a funny bio", "date_of_birth", "12/11/1979")).toBe(true);
    expect(has("5 May 1990 is her birthday, my sister Hannah Moss wants a cake", "date_of_birth", "5 May 1990")).toBe(true);
    // The writer's own date with nobody named, a public figure's, a question about formats.
    expect(found("12/11/1979 is my birthday, how old am I?")).toEqual([]);
    expect(found("14 March 1879 was his birthday: Albert Einstein, the physicist")).toEqual([]);
    expect(found("Is 12/11 my birthday or 11/12?")).toEqual([]);
  });

  it("a town of up to three words before a UK postcode, and an Australian state and postcode, stay in the address", () => {
    expect(has("emergency contact: 31 Clover Drive, Milton Keynes MK4 3AZ, mum", "street_address", "31 Clover Drive, Milton Keynes MK4 3AZ")).toBe(true);
    // The unit before the number is the address's too (session 49, address-tails.ts).
    expect(has("New place: Unit 4, 118 Smith Street, Fitzroy VIC 3065. Saturday from 6", "street_address", "Unit 4, 118 Smith Street, Fitzroy VIC 3065")).toBe(
      true,
    );
    // An office's address is still no one's home.
    expect(found("Our head office is at 10 Station Road, Milton Keynes MK4 3AZ, open 9-5 weekdays")).toEqual([]);
  });

  it("a UK street with no street word is read with its town, full postcode and a home cue only", () => {
    expect(has("I live at Flat 3, 41 Kingsway, Swansea SA1 5LB, tenancy started June", "street_address", "Flat 3, 41 Kingsway, Swansea SA1 5LB")).toBe(true);
    // No postcode, or an office named before it.
    expect(found("I live at 41 Kingsway, Swansea, tenancy started June")).toEqual([]);
    expect(found("our office: 1 Kingsway, London WC2B 6AN")).toEqual([]);
    // A business named before it, with no home cue.
    expect(found("Does PureGym at 200 Deansgate, Manchester M3 3NW have showers and lockers?")).toEqual([]);
  });

  it("a blood pressure spoken as 'NNN over NN' of an identified person is a health value", () => {
    expect(
      found("she said my blood pressure was 168 over 102, my name is Winston Clarke").some(
        (finding) => finding.startsWith("health:") && finding.includes("168 over 102"),
      ),
    ).toBe(true);
    // A general question with nobody identified, and "over" before no reading.
    expect(found("what does a blood pressure of 168 over 102 mean, is that stage 2 hypertension")).toEqual([]);
    expect(found("Winston Clarke's blood pressure was 120 over the limit")).toEqual([]);
  });
  it("obstructive sleep apnoea (British spelling) is a named person's condition; the general question and an unnamed relative's are not", () => {
    expect(has("patient Samir Haddad, reason: suspected obstructive sleep apnoea, Epworth 16", "health", "obstructive sleep apnoea")).toBe(true);
    expect(has("Samir Haddad has sleep apnoea", "health", "sleep apnoea")).toBe(true);
    expect(found("what is sleep apnoea and how is it treated?")).toEqual([]);
    expect(found("my dad has sleep apnoea")).toEqual([]);
  });
  it("stays linear on dense input for the new patterns", () => {
    expect(growth(found, repeatTo("12/11/1979 is my "), 32_768)).toBeLessThan(8);
    expect(growth(found, (size) => repeatTo("41 Kingsway Road Lane, ")(size) + "SA1 5LB", 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("UTR, mine is "), 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("blood pressure 168 over "), 32_768)).toBeLessThan(8);
  }, 120_000);
});
