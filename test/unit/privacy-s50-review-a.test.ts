import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import * as texts from "./privacy-s50-review-a-texts.js";

/**
 * Session 50 review a (issue #15): the review's own hard negatives and positives for dialogue-answers.ts,
 * home-cue-addresses.ts, address-tails.ts (session-50 parts) and indic-addresses.ts. Known gaps are `it.fails` probes.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));
const categories = ["passport", "national_id", "phone", "iban", "payment_card", "driver_license", "us_ssn", "bank_account"];
const dialogueFindings = (text: string) => categories.flatMap((category) => of(category, text));

/** Negatives another (older) rule still flags: "+44 20 7008 5000" by the international phone rule, "734-19-2288" by the SSN rule. */
const DIALOGUE_GAPS = new Set([texts.dialogueNegatives[7], texts.dialogueNegatives[15]]);
/** The Marriott's street, read by the street rule until session 52 (a hotel is a business, but a guest may live there). */
const HOME_GAPS = new Set([texts.homeCueNegatives[11]]);
/**
 * An institution's or a sample's address after पता / ঠিকানা / முகவரி, read by the older script-label-field rule until
 * session 51 (it now asks indic-addresses.ts's institution check), and a flat's description read by the address-in rule.
 */
const INSTITUTION_NEGATIVES = new Set([0, 1, 2, 4, 6, 7, 9, 11, 13].map((index) => texts.indicNegatives[index]!));

describe("session 50 review a: hard negatives give no finding", () => {
  it("dialogue answers: order, ticket and model numbers, procedure questions, refusals, test values", () => {
    for (const text of texts.dialogueNegatives.filter((text) => !DIALOGUE_GAPS.has(text))) expect(dialogueFindings(text), text).toEqual([]);
  });
  // Closed in session 53 (institution-questions.ts; a story's identifiers in public-context.ts).
  it("dialogue answers: an embassy's number and a novel's SSN-shaped number (other rules' findings)", () => {
    for (const text of DIALOGUE_GAPS) expect(dialogueFindings(text!), text).toEqual([]);
  });
  it("home cues: fiction, businesses, templates, quantities, versions, other languages' sentences", () => {
    for (const text of texts.homeCueNegatives.filter((text) => !HOME_GAPS.has(text))) expect(of("street_address", text), text).toEqual([]);
  });
  // Closed in session 52 (public-context.ts institutionRightBefore: a hotel, hospital, embassy … named right before the address).
  it("home cues: a friend staying at a hotel (the hotel's street, whoever lives there)", () => {
    for (const text of HOME_GAPS) expect(of("street_address", text!), text).toEqual([]);
    expect(of("street_address", "She lives at the Savoy hotel, 100 Strand, London WC2R 0EZ, since the divorce.")).toEqual([]);
  });
  it("home cues: a home near a hotel, or a personal cue between the hotel and the address, stays a home", () => {
    expect(of("street_address", "My friend lives at 525 Bay Street, Toronto, near the hotel.")).toEqual(["street_address:525 Bay Street, Toronto"]);
    expect(of("street_address", "my hotel, my home: 525 Bay Street, Toronto")).toEqual(["street_address:525 Bay Street, Toronto"]);
  });
  it("address tails: shops, offices, templates and figure numbers in the session-50 tail shapes", () => {
    for (const text of texts.tailNegatives) expect(of("street_address", text), text).toEqual([]);
  });
  it("indic addresses: a negation or a verb is a sentence, a novel's or sample's address is no one's", () => {
    for (const text of texts.indicNegatives.filter((text) => !INSTITUTION_NEGATIVES.has(text))) expect(of("street_address", text), text).toEqual([]);
  });
  // Closed in session 51: script-label-field asks indic-addresses.ts's institution check.
  it("indic addresses: institutions' addresses after a script label", () => {
    for (const text of INSTITUTION_NEGATIVES) expect(of("street_address", text), text).toEqual([]);
  });
});

describe("session 50 review a: positives are still found", () => {
  it("dialogue answers", () => {
    for (const [text, category] of texts.dialoguePositives) expect(of(category, text).length, text).toBeGreaterThan(0);
  });
  it("home cues", () => {
    for (const text of texts.homeCuePositives) expect(of("street_address", text).length, text).toBeGreaterThan(0);
  });
  it("address tails: Czech postcode, French unit and floor, Singapore unit", () => {
    for (const [text, tail] of texts.tailPositives.slice(3)) expect(of("street_address", text).join(), text).toContain(tail);
  });
  // Closed in session 51 (address-tails.ts, personal.ts).
  it("address tails: a Swedish floor after a comma, a Portuguese floor before a comma, a Dutch 'hs' house", () => {
    for (const [text, tail] of texts.tailPositives.slice(0, 3)) expect(of("street_address", text).join(), text).toContain(tail);
  });
  it("indic addresses", () => {
    for (const text of texts.indicPositives) expect(of("street_address", text).length, text).toBeGreaterThan(0);
  });
});
