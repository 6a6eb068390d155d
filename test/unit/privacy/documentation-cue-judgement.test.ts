import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { clauseStart, documentationCueInClause } from "../../../src/privacy/judgement/documentation-cues.js";

const byDefault = createPrivacyScanner();
const reportingTestValues = createPrivacyScanner({ testValues: "sensitive" });
const passwords = (scanner: typeof byDefault, text: string) =>
  scanner
    .scan(text)
    .filter((finding) => finding.category === "password")
    .map((finding) => text.slice(finding.start, finding.end));

/** Documentation values: a cue in the value's own clause (English, German, French, Chinese). */
const DOCUMENTED = [
  ["Beispiel aus der Doku – Wiederherstellungsschlüssel: 7HQM-2KVD-PX4T-ZR9W-N4CB", "7HQM-2KVD-PX4T-ZR9W-N4CB"],
  ["RFC test vector, recovery key 5MWT-9QXD-HK2P-R7LZ-C3VN for the demo tenant", "5MWT-9QXD-HK2P-R7LZ-C3VN"],
  ["Modèle de note : code de secours Microsoft K7PW3QZT9MXD", "K7PW3QZT9MXD"],
  ["短信模板：您的验证码是482913，5分钟内有效。", "482913"],
] as const;

describe("documentation cues are judged by the scanner, on the value's clause (issue #15, session 44)", () => {
  it("drops documented example values by default", () => {
    for (const [text] of DOCUMENTED) expect(passwords(byDefault, text)).toEqual([]);
  });

  it("reports them with testValues: sensitive", () => {
    for (const [text, value] of DOCUMENTED) expect(passwords(reportingTestValues, text)).toContain(value);
  });

  it("does not let a cue in an earlier sentence, paragraph or list item hide a told value", () => {
    expect(passwords(byDefault, "Die Vorlage habe ich gelöscht. Das Passwort für Omas Laptop ist der Name ihrer Katze mit Jahr, also Minka1941.")).toContain(
      "Minka1941",
    );
    expect(passwords(byDefault, "示例已经删了。刚收到的验证码是583912，帮我填一下")).toContain("583912");
    expect(passwords(byDefault, "サンプルは削除しました。母の認証コードは739102です")).toContain("739102");
    expect(passwords(byDefault, "El ejemplo no sirvió. Mis códigos de respaldo de Google: 4417 9023, 6630 1258.")).toContain("6630 1258");
    expect(passwords(byDefault, "The sample app was useless.\n\nMy backup codes: K7PW3QZT9MXD")).toContain("K7PW3QZT9MXD");
    expect(passwords(byDefault, "See the docs for the lock. My door code is 4821.")).toContain("4821");
  });

  it("judges an OCR'd demo card and a manual's Wi-Fi key the same way (moved from ocr-values.ts)", () => {
    const card = "Sample card from the slide, OCR'd: 4539 1O74 2856 3014 — what brand is it?";
    const key = "Netzwerkschlüssel: Wz4kTq81pLm aus dem Handbuch ändern";
    expect(byDefault.scan(card)).toEqual([]);
    expect(byDefault.scan(key)).toEqual([]);
    expect(reportingTestValues.scan(card).map((finding) => finding.rule)).toEqual(["ocr-card"]);
    expect(passwords(reportingTestValues, key)).toEqual(["Wz4kTq81pLm"]);
    expect(byDefault.scan("My card as the scanner read it: 4539 1O74 2856 3014").map((finding) => finding.rule)).toEqual(["ocr-card"]);
  });

  it("reads at most 80 characters back and stops at sentence ends, blank lines and list items", () => {
    const long = `template ${"x".repeat(90)} value`;
    expect(documentationCueInClause(long, long.length - 5)).toBe(false);
    expect(documentationCueInClause("Template: key ", 14)).toBe(true);
    expect(clauseStart("One. Two", 8)).toBe(5);
    expect(clauseStart("一。二", 3)).toBe(2);
    expect(clauseStart("Docs\n- key", 10)).toBe(5);
    expect(clauseStart("Docs\n\nkey", 9)).toBe(6);
  });
});
