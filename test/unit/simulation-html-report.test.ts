import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { renderHtml } from "../../src/simulation/write-report.js";
import { simulateTiny } from "../helpers/tiny-simulation.js";

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
    const report = await simulateTiny(config, { strategies: ["all-cloud", "router"] });
    const html = await renderHtml(report, "routellm simulate --dataset tiny");
    for (const section of ["Cost-knob sweep", "Bandit learning curve", "Adaptivity: cloud", "Definitions", "What to try next"]) expect(html).toContain(section);
    // Charts carry axis titles and a strategy legend, not raw field names.
    for (const label of ["cost per 1M tokens ($)", "quality (%)", "strategy"]) expect(html).toContain(label);
    expect(html).toContain("APGR");
  }, 120_000);
});
