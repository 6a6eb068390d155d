import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 (issue #15): siblings of the record probes closed this session — a Polish device named after its owner in
 * the genitive — with the hard negatives a careless fix would flag. Every person and reading is invented.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a Polish device named after its owner in the genitive (health-export-records.ts POLISH_OWNED_DEVICE)", () => {
  it.each([
    "Odczyty z glukometru Anny Kowalskiej:\n04.11.2026 07:50 Bolus 2,0 j.",
    "Log z pompy insulinowej Marii Wiśniewskiej\n04.11.2026 07:50 Bolus 3,8 j.",
  ])("%s", (text) => {
    expect(found(text)).toContain("health:Bolus");
  });

  it.each([
    "Log z pompy Szpitala Wojewódzkiego:\n04.11.2026 07:50 Bolus 3,8 j.",
    "Log z pompy insulinowej Województwa Mazowieckiego:\n04.11.2026 07:50 Bolus 3,8 j.",
  ])("no person's device: %s", (text) => {
    expect(of("health", text)).toEqual([]);
  });
});

describe("an eight-digit IRD number in its printed form after its name (national-ids.ts SHORT_IRD)", () => {
  it("spaced groups after 'IRD no.'", () => {
    expect(found("My IRD no. is 13 579 245, can you fill the form?")).toContain("national_id:13 579 245");
  });

  it.each([
    "IRD number 13-579-246 from the letter",
    "The IRD's example number 49-091-850 is in the guide.",
    "Order 13-579-245 shipped from Auckland, ask Inland Revenue? No, the courier.",
  ])("no IRD number: %s", (text) => {
    expect(of("national_id", text)).toEqual([]);
  });
});

describe("a Chinese passport word mistyped by a pinyin homophone, a number in lower case or groups (asian-ids.ts PASSPORT_CUE)", () => {
  it.each([
    ["我的护兆号是 G12345678", "passport:G12345678"],
    ["我的护照号是 EJ 938 2716，麻烦帮我定票", "passport:EJ 938 2716"],
    ["護照號碼：ab 123 4567", "passport:ab 123 4567"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each(["这个护罩型号是 ab 1234 5678", "护照办理需要 2 到 3 周", "护照 no 1234 5678"])("no passport: %s", (text) => {
    expect(of("passport", text)).toEqual([]);
  });
});
