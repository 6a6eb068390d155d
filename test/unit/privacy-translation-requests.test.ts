import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 42 (dev-48 half A): personal data in translation requests; each rule with its twin. */
describe("translation requests (session 42, dev-48)", () => {
  it("a Korean resident registration number after its keyword in romanisation is reported", () => {
    for (const text of [
      'Translate to English: "Jumin deungnok beonho-neun 870915-2345612-imnida."',
      "my jumin beonho is 910423-1234568, how do I write it in the form?",
    ])
      expect(
        found(text).some((finding) => finding.includes("national_id")),
        text,
      ).toBe(true);
    // The same digits with no keyword, or after the given name Jumin, are not.
    expect(found("Order 870915-2345612 shipped")).toEqual([]);
    expect(found("Jumin Park's order 870915-2345612 shipped")).toEqual([]);
  });
  it("a date after a birth label and a clause break (a death date) is not a date of birth; the birth date is", () => {
    for (const text of ["翻译成英文：周华，1961年9月25日出生于浙江绍兴，1996年10月19日因病在上海逝世。", "出生于上海；2001年3月4日入学"])
      expect(
        found(text).filter((finding) => finding.includes("1996年") || finding.includes("2001年")),
        text,
      ).toEqual([]);
    expect(found("翻译成英文：周华，出生于1961年9月25日。").some((finding) => finding.includes("1961年9月25日"))).toBe(true);
    expect(found("出生日期：1985年1月17日").some((finding) => finding.includes("1985年1月17日"))).toBe(true);
  });
});
