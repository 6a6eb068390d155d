import { describe, expect, it } from "vitest";
import { matchesAtLineFeeds } from "../../src/privacy/line-starts.js";

describe("session 55: line-feed gates", () => {
  it("finds what a (?:^|\\n) pattern's own search finds", () => {
    const pattern = /(?:^|\n)[ \t]{0,3}(?:hpi|plan)[ \t]{0,3}(?::|\n)/i;
    const texts = ["HPI: cough", "\nplan\n", "x\n  Plan:\n", "no plan: here", "\n\n", "", "text\r\nHPI :x", "a\n    hpi:"];
    for (const text of texts) expect(matchesAtLineFeeds(text, pattern)).toBe(pattern.test(text));
  });
});
