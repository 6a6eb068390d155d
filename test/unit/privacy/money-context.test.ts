import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { carryMoneyContext } from "../../../src/privacy/money-context.js";

describe("money context carries through a prompt (money-context.ts)", () => {
  it("reports a prompt's other currency amounts once one amount is a person's finances", () => {
    const scanner = createPrivacyScanner();
    const text = "Hi Mr Lowe, Carla Dunn here. My salary is £1,720 a month and the boiler repair cost £640, so I can only send £150 now.";
    const amounts = scanner
      .scan(text)
      .filter((finding) => finding.category === "financial")
      .map((finding) => text.slice(finding.start, finding.end));
    expect(amounts).toEqual(["£1,720", "£640", "£150"]);
  });

  it("adds nothing to a prompt without a financial finding", () => {
    expect(carryMoneyContext("Flights to Lisbon cost €120 and the hotel is 85 € a night.", [])).toEqual([]);
    const text = "₩ 3,200,000 월급, 대출 5,000,000원";
    const found = carryMoneyContext(text, [{ category: "financial", start: 0, end: 11, rule: "test" }]);
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(["₩ 3,200,000", "5,000,000원"]);
  });
});
