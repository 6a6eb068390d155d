import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { withEscalationLengths } from "../../src/learning/escalation-lengths.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { outcomeTimedMs } from "../../src/learning/outcome-timed-calls.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

/** "cloud" is right 80% in every state. */
const outcomes: CascadeOutcomeModel = { knows: () => true, success: () => 0.8, nextAnswers: () => [{ value: 0, probability: 1 }] };

describe("bandit.escalationLengths: calls after earlier answers timed by the neighbours where those were wrong", () => {
  // "cloud" writes 100 tokens (right) / 150 (wrong) over all; after a wrong "a", 300 / 400; 1 ms a token.
  const calls: string[] = [];
  const times = withEscalationLengths(new Map([["cloud", { right: 100, wrong: 150 }]]), {
    tokensAfterWrong(modelId, earlier) {
      calls.push(`${modelId}<-${earlier.join(",")}`);
      return earlier.includes("a") ? { right: 300, wrong: 400 } : undefined;
    },
    msOf: (_modelId, tokens) => tokens,
  });

  it("times a first call by its own outcome only, an escalated one by the conditioned lengths", () => {
    expect(outcomeTimedMs(outcomes, times, [], [], "cloud")).toBeCloseTo(0.8 * 100 + 0.2 * 150);
    expect(outcomeTimedMs(outcomes, times, ["a"], [0], "cloud")).toBeCloseTo(0.8 * 300 + 0.2 * 400);
    // Without conditioned lengths for these earlier models, the unconditioned times.
    expect(outcomeTimedMs(outcomes, times, ["b"], [0], "cloud")).toBeCloseTo(0.8 * 100 + 0.2 * 150);
  });

  it("asks once per set of earlier models, whatever their order, and never conditions a model on itself", () => {
    calls.length = 0;
    outcomeTimedMs(outcomes, times, ["b", "a"], [0, 1], "cloud");
    outcomeTimedMs(outcomes, times, ["a", "b"], [0, 1], "cloud");
    expect(calls).toEqual(["cloud<-a,b"]);
    expect(times.get("cloud")!.after!(["cloud"])).toBeUndefined();
  });

  it("is opt-in and validated at the boundary", () => {
    const models = [{ id: "m", provider: "ollama", model: "m", tier: "local" }];
    expect(parseConfig({ models }).bandit.escalationLengths).toBe(false);
    expect(parseConfig({ models, bandit: { escalationLengths: true } }).bandit.escalationLengths).toBe(true);
    expect(() => parseConfig({ models, bandit: { escalationLengths: "yes" } })).toThrow(/escalationLengths/);
  });
});

describe("outputTokensAfterWrong on a learned predictor", async () => {
  // "cloud" (right on two prompts of three) writes 100 tokens where "small" is right and 400 where it is wrong.
  const items = fixtureItems().map((item, index) => {
    const smallRight = index % 4 < 2;
    const cloudRight = index % 3 !== 0;
    return {
      ...item,
      outcomes: {
        ...item.outcomes,
        small: { score: smallRight ? 1 : 0, outChars: 200, answer: smallRight ? "1" : "2" },
        cloud: { score: cloudRight ? 1 : 0, outChars: smallRight ? 400 : 1600, answer: cloudRight ? "1" : "3" },
      },
    };
  });
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(items, { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  const [vector] = embed(["What is the sum of 12 and 15 apples in the basket?"]);

  it("gives the escalation target's longer lengths on the neighbours where the earlier answer was wrong", () => {
    const plain = predictor.outputTokensByOutcome!(vector!, "cloud")!;
    const after = predictor.outputTokensAfterWrong!(vector!, "cloud", ["small"])!;
    expect(after.right).toBeGreaterThan(plain.right + 30);
    expect(after.wrong).toBeGreaterThan(plain.wrong + 30);
    expect(after.right).toBeLessThanOrEqual(400);
    // No earlier model (or an unknown one): the unconditioned lengths.
    expect(predictor.outputTokensAfterWrong!(vector!, "cloud", [])!.right).toBeCloseTo(plain.right);
    expect(predictor.outputTokensAfterWrong!(vector!, "cloud", ["nobody"])!.right).toBeCloseTo(plain.right);
    expect(predictor.outputTokensAfterWrong!(vector!, "nobody", ["small"])).toBeUndefined();
  });
});
