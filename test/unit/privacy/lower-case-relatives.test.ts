import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { isLowerCaseGivenName } from "../../../src/privacy/detectors/lower-case-names.js";

/**
 * Session 44 (dev-54, issue #15): relatives named in lower case (lower-case-names.ts, person-reference.ts,
 * chat-relative-health.ts), numbers written before their label (values-before-labels.ts, spoken-numbers.ts) and PINs
 * on the line after their label (labelled-identifiers.ts). Invented names and values.
 */
const of = (text: string, category: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a relative named in lower case", () => {
  it.each([
    ["my sis lena got diagnosed w/ crohns last week", "health"],
    ["[05/12/2026 21:14] Kira: my dad stefan has parkinsons", "health"],
    ["mi hermano tomás tiene epilepsia", "health"],
    ["моя сестра олена має астму", "health"],
  ])("%s", (text, category) => {
    expect(of(text, category)).not.toEqual([]);
  });

  it("reads a name, not an everyday word, after the kinship word", () => {
    expect(isLowerCaseGivenName("anna")).toBe(true);
    expect(isLowerCaseGivenName("lucía")).toBe(true);
    expect(isLowerCaseGivenName("ольги")).toBe(true);
    for (const word of ["said", "still", "may", "rose", "está", "vive", "schon", "kuch", "ha"]) expect(isLowerCaseGivenName(word)).toBe(false);
  });

  it.each([
    "my brother may have the flu, should he skip school",
    "my mum said she has diabetes",
    "mi madre está con diabetes",
    "моя сестра вера работает медсестрой в онкологии",
    "[05/12/2026 20:20] Ana Ruiz: mi tía tiene diabetes",
  ])("nothing for: %s", (text) => {
    expect(of(text, "health")).toEqual([]);
  });
});

describe("a number before its label", () => {
  it.each([
    ["7730 is the pin for mums card", "password:7730"],
    ["5512 это пин от карты бабушки", "password:5512"],
    ["612 48 39 07 es el móvil de mi madre", "phone:612 48 39 07"],
    ["067 482 19 30 це номер тата", "phone:067 482 19 30"],
    ["four one five eight two six three zero nine seven thats my cell", "phone:four one five eight two six three zero nine seven"],
  ])("%s", (text, value) => {
    expect(found(text)).toContain(value);
  });

  it.each([
    "4040 — that's the error code on the login page",
    "1234 is the default pin on these speakers",
    "3000 people use this code",
    "0800 123 456\nthat's the free helpline on the leaflet",
    "347 218 9064 è il numero della farmacia",
    "512 384 907 to numer apteki",
  ])("nothing for: %s", (text) => {
    expect(of(text, "password").concat(of(text, "phone"))).toEqual([]);
  });
});

describe("a PIN on the line after its label", () => {
  it("reads the code that opens the next line", () => {
    expect(found("card pin\n5093\ndont tell anyone")).toContain("password:5093");
    expect(found("PIN\n6612\nPUK\n48213390")).toEqual(["password:6612", "password:48213390"]);
    expect(found("пин-код карты\n7204")).toContain("password:7204");
  });

  it("leaves a label with no code under it alone", () => {
    expect(of("enter your PIN\nthen press OK", "password")).toEqual([]);
    expect(of("PIN\nyour 4-digit PIN is in the letter from the bank", "password")).toEqual([]);
    expect(of("Reset your PIN\n2024 annual report", "password")).toEqual([]);
  });
});
