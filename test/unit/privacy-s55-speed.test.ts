import { describe, expect, it } from "vitest";
import { forgetWindowText, judgeWindowsOf, textWindow } from "../../src/privacy/one-byte-windows.js";
import { matchesAtLineFeeds } from "../../src/privacy/line-starts.js";
import { keywordBefore } from "../../src/privacy/context.js";

describe("session 55: the detectors' one-byte windows and line-feed gates", () => {
  it("answers a detector's keyword window as sliced, the text named or not", () => {
    const text = "Call Anna Weber on +44 20 7123 4567 — 迁移完成后 — or write to ANNA.WEBER@EXAMPLE-MAIL.COM today.";
    for (const named of [true, false]) {
      if (named) judgeWindowsOf(text);
      for (let index = -20; index < text.length + 20; index += 7)
        for (const window of [3, 16, 48, 120])
          expect(keywordBefore(text, index, /(?<![\p{L}])(?:call|write)(?![\p{L}])/iu, window)).toBe(
            /(?<![\p{L}])(?:call|write)(?![\p{L}])/iu.test(text.slice(Math.max(0, index - window), index)),
          );
      forgetWindowText();
    }
    judgeWindowsOf(text);
    expect(textWindow(text, 30, 90)).toBe(text.slice(30, 90));
    forgetWindowText();
  });

  it("finds what a (?:^|\\n) pattern's own search finds", () => {
    const pattern = /(?:^|\n)[ \t]{0,3}(?:hpi|plan)[ \t]{0,3}(?::|\n)/i;
    const texts = ["HPI: cough", "\nplan\n", "x\n  Plan:\n", "no plan: here", "\n\n", "", "text\r\nHPI :x", "a\n    hpi:"];
    for (const text of texts) expect(matchesAtLineFeeds(text, pattern)).toBe(pattern.test(text));
  });
});
