import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("codes told in conversation (labelled-identifiers.ts, session 43)", () => {
  it("reads a code read out in groups of two to four digits", () => {
    expect(found("the code they texted is 559 302, type it in before it expires")).toContain("password:559 302");
    expect(found("kod weryfikacyjny: 72 18 46, wpisz szybko")).toContain("password:72 18 46");
    expect(found("the combination is 41-07-26, left twice then right")).toContain("password:41-07-26");
  });

  it("reads a code named by what it opens or who sent it", () => {
    expect(found("The code for the back gate is 3958, the key is under the mat")).toContain("password:3958");
    expect(found("Le code de mon téléphone c'est 804215")).toContain("password:804215");
    expect(found("Kod do furtki to 6183, mieszkanie 4")).toContain("password:6183");
    expect(found("il tablet lo sblocchi con 592730")).toContain("password:592730");
    expect(found("el sistema se desactiva con 7146 en treinta segundos")).toContain("password:7146");
    expect(found("우리 집 비번 48162 누르면 돼")).toContain("password:48162");
  });

  it("leaves dates, postal and area codes, counts and factory settings alone", () => {
    expect(has("The code for the gate changed on 12-04-2024.", "password")).toBe(false);
    expect(has("The area code for the office is 0161 and the zip code for the depot is 90210.", "password")).toBe(false);
    expect(has("Kod pocztowy do Zakopanego to 34-500.", "password")).toBe(false);
    expect(has("The lock ships with the combination 0-0-0; a 4-digit code has 10,000 combinations.", "password")).toBe(false);
    expect(has("Le code de votre carte SIM par défaut est 0000.", "password")).toBe(false);
    expect(has("The code for the PIN must be 4 to 6 digits, never 1234.", "password")).toBe(false);
  });
});

describe("blanks and length rules after a CJK password word (scripts.ts, script-passwords.ts, session 43)", () => {
  it("leaves a repeated-numeral blank and a length range alone", () => {
    expect(has("案内文：「玄関の暗証番号：〇〇〇〇」", "password")).toBe(false);
    expect(has("提示文案：“密码长度为8-20位，需包含字母和数字”", "password")).toBe(false);
    expect(has("パスワードは8～16文字で設定してください", "password")).toBe(false);
  });

  it("still reads a PIN in kanji numerals and a password after 密码是", () => {
    expect(found("暗証番号は一九四七です")).toContain("password:一九四七");
    expect(found("我的密码是tang2024ok，别告诉别人")).toEqual(expect.arrayContaining([expect.stringMatching(/^password:tang2024ok/)]));
  });
});
