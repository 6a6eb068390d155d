import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 50 (s50-anglo, dev-84): values of the English-speaking countries' paperwork that belong to nobody private —
 * a public office holder's birth date after the writer's relative, a surgery's or school's number, an organisation's
 * acronym owning the number, documented specimen numbers beside a documentation word, and a
 * city or suburb before its state and postcode (not a person) — and their look-alikes that stay sensitive.
 */
const of = (category: string, text: string) => found(text).filter((finding) => finding.startsWith(`${category}:`));

describe("nobody's values", () => {
  it.each([
    [
      "a public office after the relative's project",
      "date_of_birth",
      "My niece's essay: Micheál Martin, the Taoiseach, was born on 1 August 1960. How old was Micheál in 2020?",
    ],
    ["a title before the name", "date_of_birth", "My niece's essay says Taoiseach Micheál Martin was born on 1 August 1960, is that right?"],
    ["the surgery's number", "phone", "The practice letter says ring the surgery on 01632 441 872 for results after 11am."],
    ["a school's number in brackets", "phone", "The form needs a stamp from the school (Harbour View Primary School, 03 9481 2267) first."],
    ["an acronym owns the number", "phone", "Is 0345 300 0627 actually DVLA's main number or a scam line?"],
    ["the ATO's documented TFN", "national_id", "Our unit test uses 123 456 782 from the ATO docs as the TFN fixture."],
    ["the documented NRIC", "national_id", "Is S1234567D the usual example NRIC in validator tutorials?"],
  ])("%s", (_name, category, text) => {
    expect(of(category, text)).toEqual([]);
  });

  it("a city before its state and ZIP is no person beside a clinic's words", () => {
    expect(of("health", "The clinic (14 Oak St, San Francisco, CA 94110) says to phone the surgery for blood test results.")).toEqual([]);
  });
});

// Closed in session 52 (public-context.ts countingRunOnScreen): a counting run's number in a line about a film, play
// or script being written is a prop's filler, unless the line says it is the writer's own ("my number", "call me").
it("a counting filler number for a short film, a play or a sketch", () => {
  expect(of("phone", "I'm writing a short film where the tenant texts the landlord. Is 021 123 4567 safe to show on screen?")).toEqual([]);
  expect(of("phone", "Für meinen Kurzfilm: die Figur ruft 0151 23456789 an – geht das?")).toEqual([]);
  expect(of("phone", "Sketch idea: the pizza guy keeps calling 0412 345 678 by mistake")).toEqual([]);
});
it("keeps a number in a film's line that is no counting run or is the writer's own", () => {
  expect(of("phone", "In my short film the hero calls 06-38271645.")).toEqual(["phone:06-38271645"]);
  expect(of("phone", "My number for the film club: 06-12345678")).toEqual(["phone:06-12345678"]);
  expect(of("phone", "In the script, call 021 123 4567 — that's my real cell, use it")).toEqual(["phone:021 123 4567"]);
});

describe("look-alikes that stay sensitive", () => {
  it.each([
    ["the relative's own birth date", "date_of_birth", "My daughter, who wants to be Prime Minister one day, was born on 3 May 2012, DOB for the form."],
    ["initials own the number", "phone", "Ring 07412 553 918, that is JD's number."],
    ["a real number after the surgery word with my", "phone", "After my surgery call me on 07412 553 918 please."],
    ["the specimen TFN with no documentation word", "national_id", "My TFN is 123 456 782, can you check the payslip?"],
  ])("%s", (_name, category, text) => {
    expect(of(category, text)).not.toEqual([]);
  });
});
