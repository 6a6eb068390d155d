import { describe, expect, it } from "vitest";
import { answerLengthRatio, timeLeftGivenElapsed } from "../../src/learning/escalation-hedge.js";

describe("bandit.hedge.answerLength: the local answers' lengths as evidence", () => {
  it("multiplies each answer's ratio, asks about 'at least this long', and is 1 without evidence", () => {
    const asked: Array<[string, number]> = [];
    const evidence = (modelId: string, tokens: number) => {
      asked.push([modelId, tokens]);
      return modelId === "a" ? { likelihoodRatio: 3 } : modelId === "b" ? { likelihoodRatio: 0.5 } : undefined;
    };
    const ratio = answerLengthRatio(evidence, [
      { modelId: "a", tokens: 120 },
      { modelId: "b", tokens: 40 },
      { modelId: "c", tokens: 10 },
      { modelId: "a", tokens: 0 },
    ]);
    expect(ratio).toBeCloseTo(1.5, 9);
    expect(asked).toEqual([
      ["a", 119],
      ["b", 39],
      ["c", 9],
    ]);
    expect(answerLengthRatio(undefined, [{ modelId: "a", tokens: 120 }])).toBe(1);
  });
});

describe("bandit.hedge.timeLeftGivenElapsed: a running call's time left", () => {
  // 500 ms to the first token, then 10 ms a token: 200 tokens expected, 2,500 ms in all.
  const call = { ttftMs: 500, totalMs: 2500, tokens: 200 };
  it("asks the neighbours for the tokens left beyond what it has written, instead of total minus elapsed", () => {
    const asked: number[] = [];
    const left = timeLeftGivenElapsed({ ...call, elapsedMs: 3500 }, (written) => (asked.push(written), 150));
    // Past its expected time the plain estimate is 0 (waiting looks free); 300 tokens written, 150 to come.
    expect(asked).toEqual([300]);
    expect(left).toBeCloseTo(1500, 9);
  });
  it("keeps the plain estimate before the first token or without evidence", () => {
    expect(timeLeftGivenElapsed({ ...call, elapsedMs: 400 }, () => 999)).toBe(2100);
    expect(timeLeftGivenElapsed({ ...call, elapsedMs: 1500 }, () => undefined)).toBe(1000);
  });
});
