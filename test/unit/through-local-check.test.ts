import { describe, expect, it, vi } from "vitest";
import { createRouter, createSeededRandom, type RouterConfigInput } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, invokeOnce, learnedGraphConfig, recordedFixtureModels, WRONG_LOCALS } from "./learning-fixture.js";

// Only the first plan is scripted (small alone, the cloud hedge started with it: the planner rarely picks it on this
// fixture); the verifier is the real one: after small's answer it asks medium to check, cloud 17% likely next.
vi.mock("../../src/nodes/learned-verify.js", async (importOriginal) => {
  const { withScriptedFirstPlan } = await import("./scripted-first-plan.js");
  return withScriptedFirstPlan(await importOriginal<typeof import("../../src/nodes/learned-verify.js")>(), "solo-hedge");
});

const configOf = (throughLocalCheck: boolean): RouterConfigInput =>
  learnedGraphConfig({ costWeight: 0.05, latencyWeight: 0.05, hedge: { enabled: true, costWeight: 0, throughLocalCheck } });

describe("bandit.hedge.throughLocalCheck after a lone local answer", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  async function replay(throughLocalCheck: boolean) {
    const prompt = "What is the sum of 8 and 11 apples in the basket?";
    const { clock, book, models } = recordedFixtureModels();
    const router = createRouter(configOf(throughLocalCheck), { models, clock, successPredictor: predictor, random: createSeededRandom(3) });
    return await invokeOnce(book, router, prompt, { ...WRONG_LOCALS, cloud: { score: 1, outChars: 1200, answer: "42" } });
  }

  it("on: the running cloud hedge goes on through the local check and its answer is kept (3.4 s)", async () => {
    const result = await replay(true);
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.reason, attempt.ok])).toEqual([
      ["small", "selected", true],
      ["medium", "escalation", true],
      ["cloud", "hedge", true],
    ]);
    expect(result.trace.some((entry) => entry.why.startsWith("hedge kept running through a local check: calling medium"))).toBe(true);
    expect(result.model).toBe("cloud");
    // cloud 400 ms + 300 tokens from 0 ms: in at 3,400 ms, not restarted after medium's answer (1,600 ms).
    expect(result.latencyMs).toBeCloseTo(3400, 6);
  }, 30_000); // the file's first graph run pays the JIT warm-up

  it("off: the hedge is cancelled for the local check and cloud is called again from scratch (6.1 s)", async () => {
    const result = await replay(false);
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.reason, attempt.ok])).toEqual([
      ["small", "selected", true],
      ["cloud", "hedge", false],
      ["medium", "peer", true],
      ["cloud", "escalation", true],
    ]);
    expect(result.latencyMs).toBeCloseTo(6100, 6);
  });
});
