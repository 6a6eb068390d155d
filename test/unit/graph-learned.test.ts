import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, createVirtualClock, type RouterConfigInput } from "../../src/index.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig } from "./learning-fixture.js";

// Latency not weighed: the plain cascade (local answer and its peer at once, then accept or escalate).
const config: RouterConfigInput = learnedGraphConfig({ costWeight: 0.3, latencyWeight: 0 });

describe("router graph with a learned model", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );
  const models = (small: string, medium: string) => ({
    small: new FakeChatModel(small),
    medium: new FakeChatModel(medium),
    cloud: new FakeChatModel("Final answer: 42"),
  });

  it("keeps the local answer when both local models agree on an easy prompt", async () => {
    const fakes = models("Final answer: 155", "Final answer: 155");
    const router = createRouter(config, { models: fakes, successPredictor: predictor, random: createSeededRandom(1) });
    const result = await router.invoke("What is the sum of 76 and 79 apples in the basket?");
    expect(result.tier).toBe("local");
    expect(result.verdict?.verifier).toBe("learned");
    expect(fakes.cloud.calls).toHaveLength(0);
    expect(result.attempts.map((attempt) => attempt.reason)).toEqual(["selected", "peer"]);
  });

  it("lets the planner escalate to the cloud when the local answers disagree on a hard prompt", async () => {
    const fakes = models("Final answer: 7", "Final answer: 9");
    const router = createRouter(config, { models: fakes, successPredictor: predictor, random: createSeededRandom(2) });
    const result = await router.invoke("Prove the theorem about prime gaps number 77 using analytic number theory.");
    expect(result.model).toBe("cloud");
    expect(result.answer).toBe("Final answer: 42");
    expect(result.escalations).toBe(1);
    expect(result.trace.filter((entry) => entry.node === "verify").at(-1)!.chose).toBe("keep:cloud");
  });

  it("asks the agreement peer together with the first local model: latency is the slower call, not the sum", async () => {
    const latency = FLAT_LATENCY;
    const item: ReplayItem = {
      id: "easy",
      prompt: "What is the sum of 76 and 79 apples in the basket?",
      category: null,
      outcomes: {
        small: { score: 1, outChars: 200, answer: "155" },
        medium: { score: 1, outChars: 300, answer: "155" },
        cloud: { score: 1, outChars: 400, answer: "155" },
      },
    };
    const clock = createVirtualClock(0);
    const book = new RecordingBook();
    const recorded = Object.fromEntries(
      (["small", "medium", "cloud"] as const).map((id) => [
        id,
        new RecordedChatModel({ modelId: id, tier: id === "cloud" ? "cloud" : "local", book, clock, latency, seed: 1 }),
      ]),
    );
    const router = createRouter(config, { models: recorded, clock, successPredictor: predictor, random: createSeededRandom(3) });
    const result = await book.run(item, () => router.invoke(item.prompt));
    expect(result.attempts.map((attempt) => attempt.reason)).toEqual(["selected", "peer"]);
    expect(result.tier).toBe("local");
    // small: 100 ms + 50 tokens at 50/s = 1,100 ms; medium: 100 ms + 75 tokens = 1,600 ms; in sequence 2,700 ms.
    expect(result.latencyMs).toBeCloseTo(1600, 6);
    const callModel = result.trace.filter((entry) => entry.node === "call_model");
    expect(callModel.some((entry) => entry.why.includes("speculative"))).toBe(true);
    await router.close();
  });
});
