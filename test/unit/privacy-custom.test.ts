import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { isRouterError } from "../../src/errors.js";

describe("custom detectors from the config", () => {
  it("reports keyword matches as whole words, case-insensitively, under the detector's name", () => {
    const scanner = createPrivacyScanner({ custom: [{ name: "project-codename", keywords: ["Project Falcon", "bluebird"] }] });
    const text = "Status of project  falcon and Bluebird, not bluebirds.";
    const findings = scanner.scan(text);
    expect(findings.map((finding) => [finding.category, text.slice(finding.start, finding.end), finding.rule])).toEqual([
      ["project-codename", "project  falcon", "custom-keyword"],
      ["project-codename", "Bluebird", "custom-keyword"],
    ]);
  });

  it("reports pattern matches with the given flags", () => {
    const scanner = createPrivacyScanner({ custom: [{ name: "employee_id", pattern: "emp-\\d{6}", flags: "i" }] });
    const text = "Ticket for EMP-004211 and emp-12";
    expect(scanner.scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual(["EMP-004211"]);
  });

  it("steps over a whole emoji after an empty match of a unicode pattern (one code unit looped forever)", () => {
    const scanner = createPrivacyScanner({ custom: [{ name: "ticket", pattern: "(?:T-\\d+)?", flags: "u" }] });
    const text = "📝 T-42 📝📝 T-7 𠀀";
    expect(scanner.scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual(["T-42", "T-7"]);
  });

  it("keeps built-in detectors running next to custom ones", () => {
    const scanner = createPrivacyScanner({ custom: [{ name: "codename", keywords: ["orion"] }] });
    expect(scanner.scan("orion: mail jane.doe@gmail.com").map((finding) => finding.category)).toEqual(["codename", "email"]);
  });

  it("rejects an invalid pattern with the field path", () => {
    try {
      createPrivacyScanner({
        custom: [
          { name: "ok", keywords: ["x"] },
          { name: "bad", pattern: "(unclosed" },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect(isRouterError(error, "CONFIG_INVALID")).toBe(true);
      expect((error as Error).message).toContain("privacy.custom[1].pattern");
    }
  });

  it("rejects a detector with neither pattern nor keywords", () => {
    expect(() => createPrivacyScanner({ custom: [{ name: "empty", keywords: [] }] })).toThrow(/privacy\.custom\[0\]/);
  });
});
