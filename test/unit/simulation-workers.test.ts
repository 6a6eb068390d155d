import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import { runGraphJobs } from "../../src/simulation/worker-pool.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;

describe("worker pool", () => {
  it("replays jobs in worker threads with the same results as in this thread", async () => {
    const config = parseConfig({
      models: [
        { id: "a", provider: "ollama", model: "a", tier: "local" },
        { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      ],
      simulation: { models: { a: "small-a", big: "big" } },
    });
    const { items } = await loadReplayItems([fixture], { models: config.simulation.models });
    const jobs = [
      { name: "router", config },
      { name: "cheap", config: { ...config, bandit: { ...config.bandit, costWeight: 4 } } },
    ];
    let progress = 0;
    const threaded = await runGraphJobs(jobs, { items, seed: 5, workers: 2, onProgress: (done) => (progress = done) });
    const inline = await runGraphJobs(jobs, { items, seed: 5, workers: 1 });
    expect(threaded.map((result) => result.summary)).toEqual(inline.map((result) => result.summary));
    expect(progress).toBe(2 * items.length);
  }, 60_000);
});
