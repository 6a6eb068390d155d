import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { spokenDigits } from "../../../src/privacy/detectors/spoken-digits.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("numbers dictated in words (spoken-digits.ts)", () => {
  it("reads digit words of several languages and Chinese numerals", () => {
    expect(spokenDigits("oh six, two-nine")).toBe("0629");
    expect(spokenDigits("null drei acht fünf")).toBe("0385");
    expect(spokenDigits("五三〇一")).toBe("5301");
  });

  it("names the category from the last cue word before the run", () => {
    expect(found("note that my PIN is six two nine three please")).toContain("password:six two nine three");
    expect(found("die Geheimzahl ist drei acht null fünf")).toContain("password:drei acht null fünf");
    expect(found("her account number is five eight two two nine one four three")).toContain("bank_account:five eight two two nine one four three");
    expect(found("mi tarjeta es cuatro cero seis uno cinco cero tres dos nueve ocho ocho seis tres cuatro seis seis")).toContain(
      "payment_card:cuatro cero seis uno cinco cero tres dos nueve ocho ocho seis tres cuatro seis seis",
    );
  });

  it("starts a run at a digit word in any case or with accents (the ASCII word-key gate lets them through)", () => {
    expect(found("my PIN is SIX Two nine three")).toContain("password:SIX Two nine three");
    expect(found("mijn pincode is één zes negen drie")).toContain("password:één zes negen drie");
  });

  it("leaves runs without a cue, counting and arithmetic alone", () => {
    expect(has("she counted one two three four and jumped", "password")).toBe(false);
    expect(has("my PIN is one two three four, is that bad?", "password")).toBe(false);
    expect(has("seven three one one zero four two six is a lovely rhythm", "bank_account")).toBe(false);
    // phone numbers in words are not read, and a phone word ends the reach of an earlier cue
    expect(has("ring my uncle on oh seven four four one nine two three eight six five", "phone")).toBe(false);
    expect(has("card blocked, call oh seven four four one nine two three eight six five", "payment_card")).toBe(false);
    expect(has("what's two thousand four hundred divided by twelve", "financial")).toBe(false);
  });

  it("reads a run of Chinese numerals followed by 年 as a year, not a value (session 35)", () => {
    expect(has("密码 二零二四年 我们发布了新版本", "password")).toBe(false);
    expect(found("密码 五三九一二八 是我的")).toContain("password:五三九一二八");
  });
});
