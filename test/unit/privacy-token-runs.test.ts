import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forEachTokenRun } from "../../src/privacy/detectors/secrets.js";

const TOKEN = /[A-Za-z0-9_\-.:/+=]/;

/** The reference: every maximal run of token characters of at least 16, by a plain loop. */
function reference(text: string): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && TOKEN.test(text[index]!)) {
      if (start < 0) start = index;
    } else {
      if (start >= 0 && index - start >= 16) runs.push(start, index);
      start = -1;
    }
  }
  return runs;
}

describe("token runs of the provider-token rule (secrets.ts)", () => {
  it("visits the same maximal runs of 16 or more token characters as a plain loop", () => {
    const unit = fc.oneof(fc.constantFrom("a", "Z", "9", "-", ".", " ", "\n", "é", "!"), fc.constant("sk_live_0123456789abcdef"));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const runs: number[] = [];
        forEachTokenRun(text, (start, end) => runs.push(start, end));
        expect(runs).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
    const runs: number[] = [];
    forEachTokenRun("key sk_live_0123456789abcdef and 0123456789abcdef0 end", (start, end) => runs.push(start, end));
    expect(runs).toEqual([4, 28, 33, 50]);
  });
});
