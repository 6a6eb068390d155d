import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { INSERTION_LIMIT, sortInPlace } from "../../src/privacy/stable-sort.js";

interface Item {
  key: number;
  length: number;
  id: number;
}

describe("sortInPlace (privacy/stable-sort.ts)", () => {
  it("orders like Array.prototype.sort, ties included (stable), below and above the insertion limit", () => {
    const byKeyThenLength = (left: Item, right: Item) => left.key - right.key || right.length - left.length;
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 4 }), length: fc.integer({ min: 0, max: 3 }) }), { maxLength: INSERTION_LIMIT * 2 }),
        (records) => {
          const items = records.map((record, id) => ({ ...record, id }));
          const expected = [...items].sort(byKeyThenLength).map((item) => item.id);
          const array = [...items];
          expect(sortInPlace(array, byKeyThenLength)).toBe(array);
          expect(array.map((item) => item.id)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("sorts an empty and a one-element array", () => {
    expect(sortInPlace([], (left: number, right: number) => left - right)).toEqual([]);
    expect(sortInPlace([3], (left, right) => left - right)).toEqual([3]);
  });
});
