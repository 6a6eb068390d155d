import { describe, expect, it } from "vitest";
import { seenStarts } from "../../../src/privacy/detectors/contact.js";

describe("seenStarts (session 42, allocation)", () => {
  it("holds the starts added since the call, and none of an earlier call", () => {
    const first = seenStarts("短文 +86 138 0013 8000");
    first.add(3);
    expect([first.has(3), first.has(4)]).toEqual([true, false]);
    const second = seenStarts("另一个");
    expect(second.has(3)).toBe(false);
    second.add(0);
    expect(second.has(0)).toBe(true);
    const long = seenStarts("x".repeat(70_000));
    long.add(69_999);
    expect([long.has(69_999), long.has(3), seenStarts("y").has(0)]).toEqual([true, false, false]);
  });
});
