import { describe, expect, it } from "vitest";
import { forgetWindowText, judgeWindowsOf, textWindow } from "../../src/privacy/one-byte-windows.js";

describe("one-byte windows (session 53)", () => {
  const text = "Contact the on-call engineer at +44 20 7123 4567 today. 迁移完成后，请把旧的计费接口下线。 Ruf Frau Müller an.";

  it("returns the same string value as the slice, clamped to the text", () => {
    judgeWindowsOf(text);
    for (const [from, to] of [
      [-40, 30],
      [10, 60],
      [40, 90],
      [60, 500],
      [0, text.length],
    ] as const)
      expect(textWindow(text, from, to)).toBe(text.slice(Math.max(0, from), Math.min(text.length, to)));
    expect(textWindow(text, text.indexOf("Ruf") - 3, text.length)).toBe(text.slice(text.indexOf("Ruf") - 3));
    forgetWindowText();
  });

  it("reads every window of a long wide text as its slice (copies reused across windows)", () => {
    const long = `${"Call our office on +44 20 7946 0000, ask for Frau Müller. ".repeat(30)}迁移完成后${"Kontakt: info@example.org. ".repeat(30)}`;
    judgeWindowsOf(long);
    for (let start = 0; start < long.length; start += 37)
      for (const width of [-50, 16, 40, 120, 600, 2100]) {
        const [from, to] = width < 0 ? [start + width, start] : [start, start + width];
        expect(textWindow(long, from, to)).toBe(long.slice(Math.max(0, from), Math.min(long.length, to)));
      }
    forgetWindowText();
  });

  it("answers a text without wide characters as sliced", () => {
    const plain = "Call our head office on 020 7946 0000 before noon.";
    judgeWindowsOf(plain);
    expect(textWindow(plain, 0, 40)).toBe(plain.slice(0, 40));
    forgetWindowText();
  });
});
