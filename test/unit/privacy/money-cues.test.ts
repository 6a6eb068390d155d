import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("money cues in everyday phrasing (financial.ts)", () => {
  it("reads a named person's take home pay and a credit score a few words later", () => {
    expect(found("budget please:\n- Farah Qureshi, take home £1,980/month")).toContain("financial:£1,980");
    expect(found("my wife Dana Ruiz's credit score has just dropped to 602")).toContain("financial:602");
  });

  it("leaves a score range and anonymous pay alone", () => {
    expect(has("what credit score range counts as good, 670 to 739?", "financial")).toBe(false);
    expect(has("is a take home of £1,980 a month enough in Leeds?", "financial")).toBe(false);
  });
});
