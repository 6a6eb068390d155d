import { describe, expect, it } from "vitest";
import { ocrMrzDetectors } from "../../../src/privacy/detectors/ocr-mrz.js";

const TD3 = `${"P«D««HUBER««ANNA".padEnd(44, "«")}\nC01X00T478D««6408125F2702283«««««««««««««««4`;

function spans(text: string): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  for (const detector of ocrMrzDetectors) detector.run(text, (_category, start, end, rule) => found.push([rule, start, end]), text.toLowerCase());
  return found;
}

describe("ocr-mrz's line bounds in reused arrays (session 45)", () => {
  it("finds the same MRZ line at the start and after more lines than the arrays first hold", () => {
    const [first] = spans(TD3);
    expect(first?.[0]).toBe("ocr-mrz-td3");
    for (const lines of [1, 255, 256, 257, 600]) {
      const filler = "a line of prose <tag>\n".repeat(lines);
      expect(spans(filler + TD3)).toEqual([[first![0], first![1] + filler.length, first![2] + filler.length]]);
    }
    // A short text after a long one reads its own lines only.
    expect(spans("no machine-readable zone < here")).toEqual([]);
  });
});
