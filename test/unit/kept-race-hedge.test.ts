import { describe, expect, it, vi } from "vitest";
import { createRouter, createSeededRandom, createVirtualClock, type RouterConfigInput } from "../../src/index.js";
import type { AnswerRecord } from "../../src/state/router-state.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, invokeOnce, learnedGraphConfig, WRONG_LOCALS } from "./learning-fixture.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";

// The planner's decisions are scripted (the real call_model runs them): the pair plan with the cloud hedge;
// with the local answers in, the verifier keeps the running cloud hedge and starts "strong" with it; then accepts.
// The latency weights the verify node's decisions were made with (raceLatencyWeight or the usual one).
const verifierWeights = vi.hoisted(() => [] as Array<number | undefined>);
vi.mock("../../src/nodes/learned-verify.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/nodes/learned-verify.js")>();
  const { withScriptedFirstPlan } = await import("./scripted-first-plan.js");
  return {
    ...withScriptedFirstPlan(original, "hedge"),
    decideWithLearnedModel: (...args: Parameters<typeof original.decideWithLearnedModel>) => {
      const [, , , answers, running, leaving, raceLatencyWeight] = args;
      if (running === undefined && (leaving ?? []).length === 0) verifierWeights.push(raceLatencyWeight);
      const kept = answers[answers.length - 1] as AnswerRecord;
      if (running?.modelId === "cloud") return { next: { modelId: "cloud", reason: "escalation" }, kept, reason: "scripted: escalate", hedge: "strong" };
      return { next: undefined, kept, reason: `scripted: keep ${kept.modelId}` };
    },
  };
});

const base = learnedGraphConfig({ costWeight: 0.05, latencyWeight: 0.05, hedge: { enabled: true, costWeight: 0 } });
const strong = { id: "strong", provider: "openai" as const, model: "gpt-4.1", tier: "cloud" as const, pricing: { inputPer1M: 10, outputPer1M: 40 } };
const configOf = (keptRace: boolean): RouterConfigInput => ({
  ...base,
  models: [...base.models, strong],
  ladder: ["small", "medium", "cloud", "strong"],
  bandit: { ...base.bandit, hedge: { enabled: true, costWeight: 0, raceLatencyWeight: 0.3, ...(keptRace ? { keptRace } : {}) } },
});

describe("bandit.hedge.keptRace: the hedge started with a kept call races it", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(
      fixtureItems().map((item) => ({ ...item, outcomes: { ...item.outcomes, strong: item.outcomes["cloud"]! } })),
      { models: [...FIXTURE_MODELS, { id: "strong", datasetName: "strong-model" }], embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 },
    ),
  );
  async function replay(keptRace: boolean) {
    verifierWeights.length = 0;
    const clock = createVirtualClock(0);
    const book = new RecordingBook();
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
    const all = Object.fromEntries(
      (["small", "medium", "cloud", "strong"] as const).map((id) => [
        id,
        new RecordedChatModel({
          modelId: id,
          tier: id === "small" || id === "medium" ? "local" : "cloud",
          book,
          clock,
          latency: FLAT_LATENCY,
          seed: 1,
          serving,
        }),
      ]),
    );
    const router = createRouter(configOf(keptRace), { models: all, clock, successPredictor: predictor, random: createSeededRandom(3) });
    // small 1,100 ms, medium 1,600 ms; the cloud hedge 400 ms + 1,000 tokens = 10,400 ms; strong (started at 1,600 ms) 1,400 ms.
    const prompt = "Prove the theorem about prime gaps number 77 using analytic number theory.";
    const strongFirst = { cloud: { score: 1, outChars: 4000, answer: "42" }, strong: { score: 1, outChars: 400, answer: "42" } };
    return await invokeOnce(book, router, prompt, { ...WRONG_LOCALS, ...strongFirst });
  }

  it("on: strong answers first and suffices, the kept cloud call is cancelled there", async () => {
    const result = await replay(true);
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.ok, attempt.error])).toEqual([
      ["small", true, undefined],
      ["medium", true, undefined],
      ["cloud", false, "CANCELLED"],
      ["strong", true, undefined],
    ]);
    expect(result.model).toBe("strong");
    expect(result.trace.some((entry) => entry.why.startsWith("hedge started with the kept call won the race"))).toBe(true);
    expect(result.latencyMs).toBeCloseTo(3000, 6);
    // The verifier judges strong's answer as the race did (raceLatencyWeight), not at the usual weight.
    expect(verifierWeights).toEqual([0.3]);
  }, 30_000);

  it("off: the kept cloud call runs to its end", async () => {
    const result = await replay(false);
    expect(result.trace.some((entry) => entry.why === "hedge kept: scripted: escalate")).toBe(true);
    expect(result.attempts.find((attempt) => attempt.modelId === "cloud")).toMatchObject({ ok: true, latencyMs: 10_400 });
    expect(result.trace.some((entry) => entry.why.includes("won the race"))).toBe(false);
    expect(result.latencyMs).toBeCloseTo(10_400, 6);
    expect(verifierWeights).toEqual([undefined]);
  });
});
