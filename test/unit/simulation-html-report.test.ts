import { describe, expect, it } from "vitest";
import { createRouter, parseConfig } from "../../src/index.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import { runSimulation, type RouterFactory } from "../../src/simulation/index.js";
import { renderHtml } from "../../src/simulation/write-report.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;
const factory: RouterFactory = (config, dependencies) => createRouter(config, dependencies);

describe("simulation HTML report", () => {
  it("holds the sweep, adaptivity and learning-curve data, labelled charts and the metric definitions", async () => {
    const config = parseConfig({
      models: [
        { id: "a", provider: "ollama", model: "a", tier: "local" },
        { id: "b", provider: "ollama", model: "b", tier: "local" },
        { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      ],
      ladder: ["a", "b", "big"],
      simulation: { models: { a: "small-a", b: "small-b", big: "big" }, sweep: [0, 0.3, 3] },
    });
    const { items, summary } = await loadReplayItems([fixture], { models: config.simulation.models });
    const report = await runSimulation({
      config,
      testItems: items,
      trainItems: [],
      dataset: { name: "tiny", files: [fixture], synthetic: false, test: summary },
      seed: 3,
      strategies: ["all-cloud", "router"],
      workers: 1,
      createRouter: factory,
    });
    const html = await renderHtml(report, "routellm simulate --dataset tiny");
    for (const section of ["Cost-knob sweep", "Bandit learning curve", "Adaptivity: cloud", "Definitions", "What to try next"]) expect(html).toContain(section);
    // Charts carry axis titles and a strategy legend, not raw field names.
    for (const label of ["cost per 1M tokens ($)", "quality (%)", "strategy"]) expect(html).toContain(label);
    expect(html).toContain("APGR");
  }, 120_000);
});
