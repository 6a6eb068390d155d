import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { forecastFigures, replayFigures, type ReplayedPrompt } from "../../src/learning/evaluation/graph-replay.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import { createReplayPool } from "../../src/simulation/worker-pool.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

const prompt = (id: string, quality: number, cloud: number): ReplayedPrompt => ({
  id,
  quality,
  costUsd: cloud * 0.01,
  servedTokens: 1000,
  cloud,
  referenceQuality: 1,
  referenceCostUsd: 0.02,
  referenceTokens: 1000,
});

describe("calibrate's forecast and replay machinery", () => {
  it("averages replays of the same prompts per prompt, and widens the interval by their spread", () => {
    const ids = Array.from({ length: 40 }, (_, index) => `p${index}`);
    const first = ids.map((id, index) => prompt(id, index % 2, index % 4 === 0 ? 1 : 0));
    const second = ids.map((id, index) => prompt(id, index % 3 === 0 ? 1 : 0, index % 4 === 0 ? 1 : 0)).reverse();
    const options = { resamples: 400, seed: 3, predictFor: 40 };
    const single = forecastFigures([first], "ref", options);
    expect(single.replays).toBe(1);
    expect(single.qualityRatio).toEqual(replayFigures(first, "ref", options).qualityRatio);
    const both = forecastFigures([first, second], "ref", options);
    expect(both.replays).toBe(2);
    expect(both.prompts).toBe(40);
    const q1 = first.reduce((sum, entry) => sum + entry.quality, 0) / 40;
    const q2 = second.reduce((sum, entry) => sum + entry.quality, 0) / 40;
    expect(both.quality.value).toBeCloseTo((q1 + q2) / 2, 12);
    // Same cloud decisions in both: no spread there; different quality: a wider interval than the bootstrap's alone.
    const averaged = first.map((entry, index) => ({ ...entry, quality: (entry.quality + (index % 3 === 0 ? 1 : 0)) / 2 }));
    const bootstrapOnly = replayFigures(averaged, "ref", options);
    expect(both.quality.high - both.quality.low).toBeGreaterThan(bootstrapOnly.quality.high - bootstrapOnly.quality.low);
    expect(both.cloudShare).toEqual(bootstrapOnly.cloudShare);
    expect(both.quality.low).toBeGreaterThanOrEqual(0);
    expect(both.quality.high).toBeLessThanOrEqual(1);
    expect(() => forecastFigures([first, second.slice(1)], "ref", options)).toThrow(/same prompts/);
  });

  it("the predictor's per-prompt memo answers a copy of a vector as the vector itself", async () => {
    const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6 });
    const text = "What is the sum of 100 and 103 apples in the basket?";
    const fresh = createKnnSuccessPredictor(model);
    const memoised = createKnnSuccessPredictor(model);
    const vector = hashedVector(text, 128);
    for (let round = 0; round < 3; round++) {
      const copy = Array.from(vector);
      const observed = [{ modelId: "small", answer: "203" }];
      expect(memoised.predict(copy, ["small", "cloud"])).toEqual(createKnnSuccessPredictor(model).predict(vector, ["small", "cloud"]));
      expect(memoised.predictGiven(copy, observed, ["small", "cloud"])).toEqual(fresh.predictGiven(hashedVector(text, 128), observed, ["small", "cloud"]));
      const outcomes = memoised.outcomeModel(copy);
      expect(outcomes.success(["small"], [0], "cloud")).toBe(fresh.outcomeModel(vector).success(["small"], [0], "cloud"));
      expect(outcomes.nextAnswers([], [], "small")).toEqual(fresh.outcomeModel(vector).nextAnswers([], [], "small"));
    }
  });

  it("a replay pool runs tasks with their own prompts in threads, with the results of this thread, until closed", async () => {
    const config = parseConfig({
      models: [
        { id: "a", provider: "ollama", model: "a", tier: "local" },
        { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      ],
      simulation: { models: { a: "small-a", big: "big" } },
    });
    const { items } = await loadReplayItems([new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname], {
      models: config.simulation.models,
    });
    const tasks = [
      { job: { name: "router", config }, items: items.slice(0, 7) },
      { job: { name: "cheap", config: { ...config, bandit: { ...config.bandit, costWeight: 4 } } }, items: items.slice(4) },
    ];
    const threads = createReplayPool({ seed: 5, workers: 2 });
    const inline = createReplayPool({ seed: 5, workers: 1 });
    try {
      expect(threads.threads).toBe(2);
      const first = await threads.run(tasks);
      const again = await threads.run([...tasks].reverse());
      const here = await inline.run(tasks);
      expect(first.map((result) => result.summary)).toEqual(here.map((result) => result.summary));
      expect(again.map((result) => result.summary)).toEqual([...here].reverse().map((result) => result.summary));
      expect(first.map((result) => result.summary.prompts)).toEqual([7, items.length - 4]);
    } finally {
      await threads.close();
      await inline.close();
    }
  }, 120_000);
});
