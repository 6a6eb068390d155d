import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { carryHealthContext } from "../../../src/privacy/health-context.js";
import type { PrivacyFinding } from "../../../src/privacy/types.js";

const values = (text: string, findings: PrivacyFinding[]) =>
  findings.filter((finding) => finding.category === "health").map((finding) => text.slice(finding.start, finding.end));

describe("health context carries through a prompt (health-context.ts)", () => {
  it("reports the other conditions of a prompt that already has a health finding, and none in a prompt without", () => {
    const scanner = createPrivacyScanner();
    const text = "Rapport: M. Hervé Caron, 71 ans, insuffisance cardiaque; traitement habituel: furosémide 40 mg, bisoprolol.";
    expect(values(text, scanner.scan(text))).toContain("insuffisance cardiaque");
    const general = "Heart failure is common after 70; furosemide treats the oedema.";
    expect(carryHealthContext(general, [])).toEqual([]);
  });

  it("widens a finding to the condition mention around it and adds medicines with their dose", () => {
    const text = "Kamla Devi ko breast cancer hai, ab tamoxifen 20 mg le rahi hain.";
    const start = text.indexOf("cancer");
    const findings = carryHealthContext(text, [{ category: "health", start, end: start + 6, rule: "test" }]);
    expect(values(text, findings)).toEqual(["breast cancer", "tamoxifen 20 mg"]);
  });
});
