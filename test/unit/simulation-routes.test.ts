import { describe, expect, it } from "vitest";
import { createRouter, parseConfig } from "../../src/index.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import type { RouterFactory } from "../../src/simulation/replay.js";
import { runSimulation } from "../../src/simulation/run-simulation.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;
const factory: RouterFactory = (config, dependencies) => createRouter(config, dependencies);

describe("simulation with semantic routes", () => {
  it("the routes change decisions where they apply, so no-classifier and no-routes differ from the router", async () => {
    const config = parseConfig({
      models: [
        { id: "a", provider: "ollama", model: "a", tier: "local" },
        { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      ],
      ladder: ["a", "big"],
      classifier: {
        routes: [
          {
            name: "quiz-and-sums",
            utterances: ["which planet is closest to the sun?", "what is 9 times 8?", "how much do 4 books cost?", "how many apples are left?"],
            prefer: { model: "big" },
          },
        ],
      },
      simulation: { models: { a: "small-a", big: "big" } },
    });
    const { items, summary } = await loadReplayItems([fixture], { models: config.simulation.models });
    const report = await runSimulation({
      config,
      testItems: items,
      trainItems: [],
      dataset: { name: "tiny", files: [fixture], synthetic: false, test: summary },
      seed: 3,
      workers: 1,
      createRouter: factory,
      strategies: ["router", "no-classifier", "no-routes"],
      adaptivity: false,
    });
    const cloudShare = (name: string) => report.strategies.find((strategy) => strategy.name === name)!.cloudShare;
    expect(cloudShare("router")).toBeGreaterThan(cloudShare("no-classifier"));
    expect(cloudShare("router")).toBeGreaterThan(cloudShare("no-routes"));
  }, 60_000);
});
