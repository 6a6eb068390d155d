import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom } from "../../src/index.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { createOnlineCalibration, type DriftSignal } from "../../src/policies/online-calibration.js";
import { planVerdictOf } from "../../src/nodes/learned-verify.js";
import { ENCODER, FIXTURE_MODELS, embed, learnedGraphConfig, recordedFixtureModels } from "./learning-fixture.js";

/**
 * Easy prompts: both local models right and agreeing, the (fast) cloud model wrong on a third of them,
 * so its answer alone is checked by the local answers. Hard prompts: the local models wrong and
 * disagreeing, the cloud model right. The cloud answer (40 characters: 500 ms) is in before the first
 * local one (1,100 ms).
 */
function items(count: number, shifted = false): ReplayItem[] {
  return Array.from({ length: count }, (_, index) => {
    const easy = index % 2 === 0;
    const right = String(2 * index + 3);
    const prompt = easy
      ? `What is the sum of ${index} and ${index + 3} apples in the basket?`
      : `Prove the theorem about prime gaps number ${index} using analytic number theory.`;
    return {
      id: `item-${index}`,
      prompt,
      category: null,
      outcomes: {
        small: { score: easy ? 1 : 0, outChars: 200, answer: easy ? right : "7" },
        // Shifted traffic: the second local model is now wrong on the easy prompts too.
        medium: { score: easy && !shifted ? 1 : 0, outChars: 300, answer: easy && !shifted ? right : "9" },
        cloud: { score: easy && index % 3 === 0 ? 0 : 1, outChars: 40, answer: easy && index % 3 === 0 ? "1" : easy ? right : "42" },
      },
    };
  });
}

describe("drift of the escalation rate with hedges, on the simulator's clock", async () => {
  const training = items(60);
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(training, { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );

  async function replayAll(traffic: readonly ReplayItem[]) {
    const { clock, book, models } = recordedFixtureModels();
    // Hedge waste free and latency weighed: the planner hedges the easy prompts too. The fixture's
    // smoothed model expects 12% escalations (and 84% agreement) where this deterministic traffic has
    // none (and 100%): a threshold of 0.2 tells that from a counting error (a kept hedge as an escalation: 100%).
    const config = learnedGraphConfig({
      costWeight: 0.05,
      latencyWeight: 0.05,
      hedge: { enabled: true, costWeight: 0 },
      online: { minSamples: 10, driftThreshold: 0.2 },
    });
    const reported: DriftSignal[][] = [];
    const router = createRouter(config, {
      models,
      clock,
      successPredictor: predictor,
      random: createSeededRandom(3),
      hooks: { onDrift: (signals) => reported.push(signals) },
    });
    const results = [];
    for (const item of traffic) results.push(await book.run(item, () => router.invoke(item.prompt)));
    const drift = router.drift!();
    await router.close();
    return { results, drift, reported };
  }

  it("reports no escalation drift on unshifted traffic whose hedges answered first and were kept", async () => {
    const { results, drift, reported } = await replayAll(items(60));
    // The case at issue: the hedge had answered before the local answers, which then sufficed; its answer
    // is kept (its cost is spent) and counted in escalations, but the verifier rejected nothing.
    const keptFirst = results.filter((result) =>
      result.trace.some((entry) => entry.why.startsWith("hedge had already answered: its answer is kept (the answers before it sufficed)")),
    );
    expect(keptFirst.length).toBeGreaterThanOrEqual(10);
    expect(keptFirst.every((result) => result.escalations === 1)).toBe(true);
    expect(drift.filter((signal) => signal.signal === "escalation")).toEqual([]);
    expect(reported.flat().filter((signal) => signal.signal === "escalation")).toEqual([]);
  }, 60_000);

  it("still reports a real shift of the escalation rate (the local answers now disagree on the easy prompts)", async () => {
    const { drift, reported } = await replayAll(items(60, true));
    const escalation = drift.find((signal) => signal.signal === "escalation");
    expect(escalation).toBeDefined();
    expect(escalation!.observed).toBeGreaterThan(escalation!.expected + 0.2);
    expect(escalation!.samples).toBeGreaterThanOrEqual(10);
    expect(reported.flat().some((signal) => signal.signal === "escalation")).toBe(true);
  }, 60_000);
});

describe("the plan verdict: the event the plan's escalation probability predicts", () => {
  const next = { modelId: "cloud", reason: "escalation" as const };
  it("is the first decision on the plan's answers: a call to another model rejects them, keeping one accepts", () => {
    expect(planVerdictOf({ planVerdict: undefined }, { next })).toBe("reject");
    expect(planVerdictOf({ planVerdict: undefined }, { next: { modelId: "medium", reason: "peer" } })).toBe("reject");
    expect(planVerdictOf({ planVerdict: undefined }, { next: undefined })).toBe("accept");
  });
  it("is not made by the forced agreement check of a lone answer, and a verdict made stays", () => {
    expect(planVerdictOf({ planVerdict: undefined }, { next: { modelId: "medium", reason: "peer" }, check: true })).toBeUndefined();
    expect(planVerdictOf({ planVerdict: "accept" }, { next })).toBe("accept");
    expect(planVerdictOf({ planVerdict: "reject" }, { next: undefined })).toBe("reject");
    expect(planVerdictOf({ planVerdict: "unknown" }, { next: undefined })).toBe("unknown");
  });
  it("at the policy level: rates of the same event agree, a kept-first hedge counted as an escalation drifts", () => {
    const options = { pseudoObservations: 10, forgetting: 1, driftThreshold: 0.05, minSamples: 10, capacity: 100 };
    const same = createOnlineCalibration(options);
    const counted = createOnlineCalibration(options);
    // 20 requests expected to escalate with 0.3; 6 were rejected, 8 more kept a hedge that had answered first.
    for (let index = 0; index < 20; index++) {
      same.observeRate("escalation", index < 6 ? 1 : 0, 0.3);
      counted.observeRate("escalation", index < 14 ? 1 : 0, 0.3);
    }
    expect(same.drift()).toEqual([]);
    const [signal, ...others] = counted.drift();
    expect(others).toEqual([]);
    expect(signal).toMatchObject({ signal: "escalation", samples: 20 });
    expect(signal!.observed).toBeCloseTo(0.7, 9);
    expect(signal!.expected).toBeCloseTo(0.3, 9);
  });
});
