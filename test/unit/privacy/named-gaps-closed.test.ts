import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Known misses closed (issue #15): each the miss, then its nearest hard negative (same words or format, nobody private,
 * or the span that must not grow). Named in docs/privacy.md, "known misses closed".
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("a birth date written in words", () => {
  it("reads a named person's date of birth spelled out, with its year", () => {
    expect(found("Patient Eleanor Whitaker, date of birth the fourteenth of March, nineteen eighty-seven, needs a repeat")).toContain(
      "date_of_birth:the fourteenth of March, nineteen eighty-seven",
    );
    expect(found("My sister Clara was born on the fourth of March, nineteen eighty-eight.")).toContain(
      "date_of_birth:the fourth of March, nineteen eighty-eight",
    );
    expect(found("Maria Lopez, DOB: March the third, two thousand and five")).toContain("date_of_birth:March the third, two thousand and five");
  });

  it("reads no birth date without a year, the writer's own unnamed one, a public figure's, or a date with no birth word", () => {
    for (const text of [
      "she was born on the fourth of July and loves fireworks",
      "I was born on the fourth of March, nineteen eighty-eight",
      "Barack Obama was born on the fourth of August, nineteen sixty-one",
      "The treaty was signed on the fourth of March, nineteen eighty-eight",
    ])
      expect(has(text, "date_of_birth"), text).toBe(false);
  });
});

describe("a phone number told in two sentences", () => {
  it("reads both parts after 'the rest is'", () => {
    expect(found("my number starts 0412 555. the rest is 019.")).toEqual(["phone:0412 555", "phone:019"]);
    expect(found("Jordan's mobile: 617 824. The rest is 3301.")).toEqual(["phone:617 824", "phone:3301"]);
  });

  it("reads no phone in an order number told the same way, or parts too short for a phone", () => {
    expect(found("my order number starts 0412 555. the rest is 019.")).toEqual([]);
    expect(found("my number starts 0412. the rest is 019.")).toEqual([]);
  });
});

describe("a placeholder name in a register row under a patient column", () => {
  const row = "HCH/2026/04481;Anna Kowalska;85031412347;Kardiologia;zawał mięśnia sercowego";
  it("reads the PESEL of the row when the header names the column 'pacjent', however long the header", () => {
    expect(found(`nr_historii_choroby;pacjent;pesel;oddzial;rozpoznanie\n${row}`)).toContain("national_id:85031412347");
  });

  it("keeps the placeholder when the column is only a name column, and the form's example person", () => {
    expect(has(`nr_historii_choroby;imie_nazwisko;pesel;oddzial;rozpoznanie\n${row}`, "national_id")).toBe(false);
    expect(has("Jan Kowalski, PESEL: 85071412341", "national_id")).toBe(false);
  });
});

describe("span fixes", () => {
  it("takes a Chinese courtyard (院) and its building into the address", () => {
    expect(found("我住在北京市朝阳区建国路88号院3号楼")).toEqual(["street_address:北京市朝阳区建国路88号院3号楼"]);
    expect(found("寄到北京市朝阳区建国路88号院，谢谢")).toEqual(["street_address:北京市朝阳区建国路88号院"]);
  });

  it("leaves 院 out when a word goes on after it, and a plain building tail as it was", () => {
    expect(found("我住在北京市朝阳区建国路88号院子里")).toEqual(["street_address:北京市朝阳区建国路88号"]);
    expect(found("我住在北京市朝阳区建国路88号3号楼1201室")).toEqual(["street_address:北京市朝阳区建国路88号3号楼1201室"]);
  });

  it("reports the quoted password after a hedge word, not the hedge", () => {
    expect(found("my password is like 'hunter22x'")).toEqual(["password:hunter22x"]);
    expect(found('the password is probably "tulip77x"')).toEqual(["password:tulip77x"]);
  });

  it("reads no password in a hedged description, and keeps a config's bare value", () => {
    expect(found("a strong password is like 'a long sentence you remember'")).toEqual([]);
    expect(found("my password is like my dog's name")).toEqual([]);
    expect(found("password: like")).toEqual(["password:like"]);
  });

  it("ends a Wi-Fi key before the sentence's comma or full stop", () => {
    expect(found("Netzwerkschlüssel: Kx7mPq29vLw4, bitte nicht teilen")).toEqual(["password:Kx7mPq29vLw4"]);
    expect(found("Network key: Kx7mPq29vLw4.")).toEqual(["password:Kx7mPq29vLw4"]);
  });

  it("keeps a comma inside a Wi-Fi key, and an eight-character key whole", () => {
    expect(found("Network key: Kx7mP,q29vLw4 ok")).toEqual(["password:Kx7mP,q29vLw4"]);
    expect(found("Network key: Kx7mPq2,")).toEqual(["password:Kx7mPq2,"]);
  });
});

describe("the value after the answer to a judging question", () => {
  it("reads the password after 'Nein:'", () => {
    expect(found("mein Passwort ist gut? Nein: Isar-Brücke!2019")).toEqual(["password:Isar-Brücke!2019"]);
  });

  it("reads no password in a reason given after the answer", () => {
    expect(found("ist mein Passwort sicher? Nein: zu kurz, sagt das Tool")).toEqual([]);
    expect(found("is the password strong? No, because it is short")).toEqual([]);
  });
});
