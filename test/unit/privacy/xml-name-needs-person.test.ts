import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("session 36 review fixes: XML <name> needs a person (xml-elements.ts)", () => {
  it("does not read a city's or a company's name as a person's", () => {
    expect(has("<cities><city><name>Lisbon</name><country>PT</country><income>21000</income></city></cities>", "financial")).toBe(false);
    expect(has("<company><name>Acme</name><sector>tools</sector><salary>52000</salary></company>", "financial")).toBe(false);
  });

  it("keeps a person's record and a person's name", () => {
    expect(has('<employee><name>Kofi Mensah</name><salary currency="GBP">47500</salary></employee>', "financial")).toBe(true);
    expect(has("<record><name>Kofi Mensah</name><salary>47500</salary></record>", "financial")).toBe(true);
  });
});

describe("session 36 review fixes: Hinglish story cues (script-health.ts)", () => {
  it("does not read a film character's illness as someone's", () => {
    expect(has("Is baat ka summary do: in the movie Rahul ko TB hota hai aur woh gaon chala jata hai.", "health")).toBe(false);
    expect(has("Serial ki kahani mein Priya ko TB hota hai, ending explain karo.", "health")).toBe(false);
  });

  it("keeps a named person's condition without a story cue", () => {
    expect(has("Sandeep ko TB detect hua hai, usko kya khana chahiye?", "health")).toBe(true);
  });
});

describe("session 36 review fixes: a weak password to avoid (script-passwords.ts)", () => {
  it("does not report an example given as a password to avoid", () => {
    expect(has("パスワードは「サクラ二〇一九」のような推測されやすいものは避けましょう。", "password")).toBe(false);
    expect(flagged("私のパスワードは「サクラ二〇一九」です。")).toContain("password:サクラ二〇一九");
  });
});
