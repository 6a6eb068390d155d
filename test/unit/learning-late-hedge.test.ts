import { describe, expect, it } from "vitest";
import { answerLengthRatio, planEscalationHedge, type EscalationHedgeInput } from "../../src/learning/escalation-hedge.js";
import { hedgeInput } from "./escalation-hedge-fixture.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

function input(overrides: Partial<EscalationHedgeInput> = {}): EscalationHedgeInput {
  return hedgeInput(0.4, {
    latencyWeight: 0.01,
    hedgeCostWeight: 0.05,
    spentShare: (_modelId, afterMs) => Math.min(1, afterMs / 2500),
    ...overrides,
  });
}

describe("late hedges: what a late answer tells", () => {
  it("raises the odds of the escalation after a late call by the likelihood ratio, turning the hedge worth starting", () => {
    // 40% likely next: saved 0.01 x 0.4 x 2 s = 0.008 < wasted 0.6 x 0.05 x 1 x 0.8 = 0.024.
    expect(planEscalationHedge(input())).toBeUndefined();
    // Long answers 4x as likely wrong: odds 2/3 x 4 = 8/3, i.e. 72.7% likely next.
    const hedge = planEscalationHedge(input({ likelihoodRatio: 4 }));
    expect(hedge).toMatchObject({ modelId: "strong" });
    expect(hedge!.probability).toBeCloseTo(8 / 11, 6);
    // A late call with 3 s left: saved 0.01 x 8/11 x 2.5 s; wasted 3/11 x 0.05 x 1 (the strong call would be done).
    const late = planEscalationHedge(
      input({
        likelihoodRatio: 4,
        expectedMs: new Map([
          ["mini", 3000],
          ["strong", 2500],
        ]),
      }),
    );
    expect(late!.value).toBeCloseTo((0.01 * (8 / 11) * 2500) / 1000 - (3 / 11) * 0.05, 6);
  });

  it("values a hedge already running by its further spend only (its spend so far is sunk)", () => {
    const fresh = planEscalationHedge(input({ likelihoodRatio: 4 }))!;
    // Running for 1.5 s already: its remaining 1 s is what is left to wait, and only 0.6 → 1.0 of its cost is still to come.
    const running = planEscalationHedge(
      input({
        likelihoodRatio: 4,
        running: { modelId: "strong", elapsedMs: 1500 },
        expectedMs: new Map([
          ["mini", 2000],
          ["strong", 1000],
        ]),
      }),
    )!;
    expect(running.value).toBeCloseTo((0.01 * (8 / 11) * 1000) / 1000 - (3 / 11) * 0.05 * 0.4, 6);
    expect(fresh.value).toBeCloseTo((0.01 * (8 / 11) * 2000) / 1000 - (3 / 11) * 0.05 * 0.8, 6);
  });
});

describe("late answers on the prompt's neighbours (lateAnswerEvidence)", async () => {
  // "small" writes 50 tokens when right and 200 when wrong, on every kind of prompt.
  const items = fixtureItems().map((item, index) => {
    const right = index % 4 < 2;
    return { ...item, outcomes: { ...item.outcomes, small: { score: right ? 1 : 0, outChars: right ? 200 : 800, answer: right ? "1" : "2" } } };
  });
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(items, { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  const [vector] = embed(["What is the sum of 12 and 15 apples in the basket?"]);

  it("says an answer past the right answers' length is much likelier wrong, with the wrong ones' length left to come", () => {
    const evidence = predictor.lateAnswerEvidence!(vector!, "small", 100)!;
    expect(evidence.likelihoodRatio).toBeGreaterThan(3);
    expect(evidence.remainingTokens).toBeGreaterThan(50);
    expect(evidence.remainingTokens).toBeLessThanOrEqual(100);
    // Past every recorded length, nothing tells the two apart (only the smoothing's pull: near 1).
    const beyond = predictor.lateAnswerEvidence!(vector!, "small", 1000)!.likelihoodRatio;
    expect(beyond).toBeGreaterThan(0.8);
    expect(beyond).toBeLessThan(1.25);
  });

  it("bandit.hedge.answerLength: reads a finished long answer as likely wrong, a short one as not", () => {
    const evidence = (modelId: string, tokens: number) => predictor.lateAnswerEvidence!(vector!, modelId, tokens);
    expect(answerLengthRatio(evidence, [{ modelId: "small", tokens: 200 }])).toBeGreaterThan(3);
    expect(answerLengthRatio(evidence, [{ modelId: "small", tokens: 50 }])).toBeCloseTo(1, 1);
  });
});
