import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, createVirtualClock, type RouterConfigInput } from "../../src/index.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";
import { NORMAL_CONDITIONS } from "../../src/simulation/latency.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig } from "./learning-fixture.js";

// Latency weighed (5 points a second) and hedge waste free: the planner hedges whenever an escalation is likely.
const config: RouterConfigInput = learnedGraphConfig({ costWeight: 0.05, latencyWeight: 0.05, hedge: { enabled: true, costWeight: 0 } });

describe("hedging with a learned model, on the simulator's clock", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );

  async function replay(item: ReplayItem, routerConfig = config, sharedLocalDevice = false, cloudDown = false) {
    const clock = createVirtualClock(0);
    const book = new RecordingBook();
    if (cloudDown) book.conditions = { ...NORMAL_CONDITIONS, cloudDown: true };
    const serving = new VirtualServing(clock, { sharedLocalDevice, maxConcurrency: new Map() });
    const models = Object.fromEntries(
      (["small", "medium", "cloud"] as const).map((id) => [
        id,
        new RecordedChatModel({ modelId: id, tier: id === "cloud" ? "cloud" : "local", book, clock, latency: FLAT_LATENCY, seed: 1, serving }),
      ]),
    );
    const router = createRouter(routerConfig, { models, clock, successPredictor: predictor, random: createSeededRandom(3) });
    const result = await book.run(item, () => router.invoke(item.prompt));
    await router.close();
    return result;
  }

  const prompt = "Prove the theorem about prime gaps number 77 using analytic number theory.";

  it("races: the hedged cloud answer wins once the planner accepts it, and the local peer still answering is cancelled", async () => {
    const result = await replay({
      id: "hard",
      prompt,
      category: null,
      outcomes: {
        small: { score: 0, outChars: 200, answer: "7" },
        medium: { score: 0, outChars: 300, answer: "9" },
        cloud: { score: 1, outChars: 400, answer: "42" },
      },
    });
    expect(result.trace.find((entry) => entry.node === "bandit_selector")!.why).toContain("plan hedge");
    expect(result.model).toBe("cloud");
    expect(result.attempts.map((attempt) => [attempt.reason, attempt.modelId, attempt.ok])).toEqual([
      ["selected", "small", true],
      ["peer", "medium", false],
      ["hedge", "cloud", true],
    ]);
    // small 1,100 ms, medium 1,600 ms, cloud 400 ms + 100 tokens at 100/s = 1,400 ms: the cloud answer is in
    // at 1,400 ms and, with small's disagreeing answer, suffices; medium is stopped there (before: the slowest call, 1,600 ms).
    expect(result.attempts[1]).toMatchObject({ error: "CANCELLED", latencyMs: 1400 });
    expect(result.trace.some((entry) => entry.node === "call_model" && entry.why.startsWith("hedge won the race"))).toBe(true);
    expect(result.latencyMs).toBeCloseTo(1400, 6);
  }, 30_000); // the file's first graph run pays the JIT warm-up: 1.6 s alone, 5.6 s at load 9

  it("keeps waiting for the local answers when the hedge is in first without an answer (cloud down)", async () => {
    const result = await replay(
      {
        id: "down",
        prompt,
        category: null,
        outcomes: {
          small: { score: 1, outChars: 200, answer: "42" },
          medium: { score: 1, outChars: 300, answer: "42" },
          cloud: { score: 1, outChars: 400, answer: "42" },
        },
      },
      config,
      false,
      true,
    );
    // The hedge failed at 400 ms; neither local call was cancelled and the local answer is kept.
    expect(result.attempts.slice(0, 2).map((attempt) => [attempt.modelId, attempt.ok])).toEqual([
      ["small", true],
      ["medium", true],
    ]);
    expect(result.attempts.find((attempt) => attempt.reason === "hedge")).toMatchObject({ modelId: "cloud", ok: false });
    expect(result.tier).toBe("local");
  });

  it("cancels the hedge when the local answers agree and charges what it had cost", async () => {
    const result = await replay({
      id: "agree",
      prompt,
      category: null,
      outcomes: {
        small: { score: 1, outChars: 200, answer: "42" },
        medium: { score: 1, outChars: 300, answer: "42" },
        cloud: { score: 1, outChars: 4000, answer: "42" },
      },
    });
    expect(result.tier).toBe("local");
    const hedge = result.attempts.find((attempt) => attempt.reason === "hedge")!;
    expect(hedge).toMatchObject({ modelId: "cloud", ok: false, error: "CANCELLED" });
    expect(hedge.usage.costUsd).toBeGreaterThan(0);
    // The cloud call (400 ms + 1,000 tokens) stopped at 1,600 ms when the local answers were in.
    expect(result.latencyMs).toBeCloseTo(1600, 6);
  });

  it("answers an easy prompt with one local model alone on a shared device: no agreement check, no hedge", async () => {
    const easy = "What is the sum of 8 and 11 apples in the basket?";
    const outcomes = {
      small: { score: 1, outChars: 200, answer: "19" },
      medium: { score: 1, outChars: 300, answer: "19" },
      cloud: { score: 1, outChars: 400, answer: "19" },
    };
    const result = await replay({ id: "easy", prompt: easy, category: null, outcomes }, learnedGraphConfig({ costWeight: 0.3, latencyWeight: 0.1 }), true);
    expect(result.trace.find((entry) => entry.node === "bandit_selector")!.why).toContain("plan solo");
    expect(result.attempts.map((attempt) => attempt.reason)).toEqual(["selected"]);
    expect(result.tier).toBe("local");
    expect(result.latencyMs).toBeLessThan(1700); // one local answer alone, not the pair sharing the device (2,700 ms)
  });
});
