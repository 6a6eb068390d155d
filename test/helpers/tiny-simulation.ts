import { createRouter, type RouterConfig } from "../../src/index.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import { runSimulation, type SimulationInput } from "../../src/simulation/run-simulation.js";

/** The 12-prompt recorded fixture (models small-a, small-b, mini, big). */
export const TINY_FIXTURE = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;

/** Replays the tiny fixture through the real router graph, in this thread. */
export async function simulateTiny(
  config: RouterConfig,
  { trainOnTest = false, ...options }: Partial<Pick<SimulationInput, "seed" | "strategies" | "sweep" | "adaptivity">> & { trainOnTest?: boolean } = {},
) {
  const { items, summary } = await loadReplayItems([TINY_FIXTURE], { models: config.simulation.models });
  return runSimulation({
    config,
    testItems: items,
    trainItems: trainOnTest ? items : [],
    dataset: { name: "tiny", files: [TINY_FIXTURE], synthetic: false, test: summary },
    seed: 3,
    workers: 1,
    createRouter: (routerConfig, dependencies) => createRouter(routerConfig, dependencies),
    ...options,
  });
}
