import { describe, expect, it } from "vitest";
import { forgetWindowText, judgeWindowsOf, textWindow } from "../../src/privacy/one-byte-windows.js";
import { matchesAtLineFeeds } from "../../src/privacy/line-starts.js";

describe("session 55: the detectors' one-byte windows and line-feed gates", () => {
  it("answers windows of the text and of its lower-cased copy as sliced", () => {
    const text = "Call Anna Weber on +44 20 7123 4567 — 迁移完成后 — or write to ANNA.WEBER@EXAMPLE-MAIL.COM today.\nİstanbul";
    const lower = text.toLowerCase();
    judgeWindowsOf(text, lower);
    for (const source of [text, lower])
      for (let from = -20; from < source.length; from += 7)
        for (const width of [3, 16, 40, 120, 400]) expect(textWindow(source, from, from + width)).toBe(source.slice(Math.max(0, from), from + width));
    judgeWindowsOf(lower, lower);
    expect(textWindow(lower, 0, 60)).toBe(lower.slice(0, 60));
    forgetWindowText();
  });

  it("finds what a (?:^|\\n) pattern's own search finds", () => {
    const pattern = /(?:^|\n)[ \t]{0,3}(?:hpi|plan)[ \t]{0,3}(?::|\n)/i;
    const texts = ["HPI: cough", "\nplan\n", "x\n  Plan:\n", "no plan: here", "\n\n", "", "text\r\nHPI :x", "a\n    hpi:"];
    for (const text of texts) expect(matchesAtLineFeeds(text, pattern)).toBe(pattern.test(text));
  });
});
