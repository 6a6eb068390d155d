import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const TEAMS = "Teams thread — Wellbeing\nMaya Chen (08:51): ";

/** Session 42 (issue #15): dev-44 and dev-48 half-A leftovers, each rule with its personal twin. */
describe("session 42 leftovers (dev-44, dev-48)", () => {
  it("an EAP offered to all staff in a chat message is no one's condition; a named or first-person user's is", () => {
    expect(found(`${TEAMS}reminder that our EAP covers up to six free counselling sessions for anxiety or depression`)).toEqual([]);
    for (const text of [
      `${TEAMS}Tom Hill uses our EAP counselling for his depression`,
      `${TEAMS}reminder that our EAP covers counselling for anxiety or depression, Tom Hill is using it`,
      `${TEAMS}our EAP helped me with my depression`,
      `${TEAMS}depression again, signing up for the EAP`,
    ])
      expect(
        found(text).some((finding) => finding.startsWith("health:")),
        text,
      ).toBe(true);
  });
  it("a calendar SUMMARY of a name, a dash and a treatment is the person's health; a unit's or a day's is not", () => {
    expect(found("BEGIN:VEVENT\nSUMMARY:Gareth Lyle – haemodialysis (Tue/Thu/Sat)\nDTSTART:20261208T070000")).toEqual(["health:haemodialysis"]);
    expect(found("SUMMARY;LANGUAGE=en-GB:Gareth Lyle – diabetes review")).toEqual(["health:diabetes"]);
    for (const text of ["SUMMARY:Renal Unit – haemodialysis slots", "SUMMARY:World Kidney Day – dialysis", "Haemodialysis filters the blood"])
      expect(found(text), text).toEqual([]);
  });
  it("a Spanish legal notice's phone is the company's although its street word is a given name (Calle)", () => {
    const notice = "Aviso legal — translate: Titular: Hostal Las Palmeras S.L., CIF B12345678, Calle Mayor 3, 03001 Alicante, Tel. 965 12 34 56";
    expect(found(notice)).toEqual([]);
    // A person named Calle on the value's line still owns it.
    expect(found("Hostal Las Palmeras S.L., Calle Andersson, Tel. 965 12 34 56")).toEqual(["phone:965 12 34 56"]);
  });
  it("an address followed by its landmark as owner is public; a person's or the writer's is not", () => {
    const address = "Pinyin for 北京市东城区景山前街4号";
    expect(found(`${address} (the Palace Museum's address) — is it right?`)).toEqual([]);
    for (const owner of ["my grandmother's", "Li Wei's", "my office's"])
      expect(found(`${address} (${owner} address) — is it right?`), owner).toEqual(["street_address:北京市东城区景山前街4号"]);
  });
});
