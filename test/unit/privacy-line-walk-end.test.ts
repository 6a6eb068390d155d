import { describe, expect, it } from "vitest";
import { isAnimalTableDate } from "../../src/privacy/judgement/look-alike-values.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";

// Session 55: a held-out prompt hung the scan. The walk up the lines above a DOB-column date found the line feed at
// its window's first character again and again (`lastIndexOf("\n", -1)` starts at 0), and never ended.
describe("the animal-table walk up the lines above a date", () => {
  it("ends when the window's first character is a line feed", () => {
    for (const text of ["\n" + "w".repeat(395) + "Rex 2019-04-01", "\n" + "w".repeat(200) + "\n" + "w".repeat(194) + "Rex 2019-04-01"]) {
      expect(text.indexOf("2019")).toBe(400);
      expect(isAnimalTableDate(text, 400)).toBe(false);
    }
  });

  it("still reads a breed column above, and stops at the window's start", () => {
    const table = "name,breed,date of birth\nRex,beagle,2019-04-01\n";
    expect(isAnimalTableDate(table, table.indexOf("2019"))).toBe(true);
    expect(isAnimalTableDate("\n\n\nRex 2019-04-01", 10)).toBe(false);
  });

  it("a whole scan of such a text ends with its finding", () => {
    const scanner = createPrivacyScanner();
    const text = "Notes\n" + "the visit went fine and ".repeat(16).slice(0, 360) + "\nMaria Keller, DOB: 12.03.1985";
    expect(scanner.scan(text).map((finding) => finding.category)).toContain("date_of_birth");
  });
});
