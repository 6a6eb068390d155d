import { describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { createRouter, parseConfig, type RouterConfig, type RouteResult, type Router } from "../../src/index.js";
import { loadReplayItems } from "../../src/simulation/dataset.js";
import { replayGraph, type RouterFactory } from "../../src/simulation/replay.js";
import { runSimulation, toJsonReport } from "../../src/simulation/run-simulation.js";
import { injectSensitiveData } from "../../src/simulation/privacy-injection.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;

function tinyConfig(): RouterConfig {
  return parseConfig({
    models: [
      { id: "a", provider: "ollama", model: "a", tier: "local" },
      { id: "b", provider: "ollama", model: "b", tier: "local" },
      { id: "mini", provider: "openai", model: "mini", tier: "cloud", pricing: { inputPer1M: 0.15, outputPer1M: 0.6 } },
      { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
    ],
    ladder: ["a", "b", "mini", "big"],
    simulation: { models: { a: "small-a", b: "small-b", mini: "mini", big: "big" }, sweep: [0, 0.3, 3], privacyShare: 0.3 },
  });
}

const factory: RouterFactory = (config, dependencies) => createRouter(config, dependencies);

async function simulate(seed: number, strategies?: string[]) {
  const config = tinyConfig();
  const { items, summary } = await loadReplayItems([fixture], { models: config.simulation.models });
  return runSimulation({
    config,
    testItems: items,
    trainItems: [],
    dataset: { name: "tiny", files: [fixture], synthetic: false, test: summary },
    seed,
    workers: 1,
    createRouter: factory,
    ...(strategies ? { strategies, adaptivity: false } : {}),
  });
}

describe("simulation run", () => {
  it("replays every strategy through the router and never beats the oracle", async () => {
    const report = await simulate(7);
    const names = report.strategies.map((summary) => summary.name);
    expect(names).toEqual([
      "all-cloud",
      "static-rules",
      "random",
      "router",
      "no-verifier",
      "no-bandit",
      "no-classifier",
      "no-routes",
      "no-answer-features",
      "oracle",
    ]);
    const oracle = report.strategies.find((summary) => summary.name === "oracle")!;
    for (const summary of report.strategies) {
      expect(summary.prompts).toBe(11);
      expect(summary.quality).toBeLessThanOrEqual(oracle.quality + 1e-12);
    }
    expect(report.strategies.find((summary) => summary.name === "all-cloud")!.cloudShare).toBe(1);
    expect(report.sweep.map((point) => point.knob)).toEqual([0, 0.3, 3]);
    expect(report.gap.cost.apgr).not.toBeNull();
    expect(report.gap.strongCalls.apgr).not.toBeNull();
    expect(report.adaptivity?.windows.length).toBeGreaterThan(0);
    expect(report.dataset.labelledPrompts).toBe(3);
    const json = toJsonReport(report) as {
      strategies: Array<Record<string, unknown>>;
      sweep: Array<Record<string, unknown>>;
      cpt: Record<string, Record<string, unknown>>;
      apgr: Record<string, unknown>;
    };
    expect(Object.keys(json)).toEqual(["dataset", "strategies", "sweep", "apgr", "cpt", "learning_curve", "adaptivity", "definitions"]);
    expect(Object.keys(json.strategies[0]!)).toEqual([
      "name",
      "description",
      "quality",
      "cost_usd",
      "cost_per_1m_tokens",
      "avg_latency_ms",
      "p95_latency_ms",
      "avg_ttft_ms",
      "p95_ttft_ms",
      "privacy_compliance",
      "cloud_share",
      "strong_call_share",
      "escalation_rate",
      "model_shares",
      "prompts",
    ]);
    expect(Object.keys(json.sweep[0]!)).toEqual(["knob", "quality", "cost_usd", "cost_per_1m_tokens", "cloud_share", "strong_call_share", "cost_share"]);
    expect(Object.keys(json.apgr)).toEqual(["cost", "strong_calls"]);
    expect(Object.keys(json.cpt.cost!)).toEqual(["50", "80", "95"]);
  }, 60_000);

  it("gives the same table for the same seed", async () => {
    const strategies = ["static-rules", "random", "router", "oracle"];
    const first = toJsonReport(await simulate(11, strategies));
    const second = toJsonReport(await simulate(11, strategies));
    expect(second).toEqual(first);
  }, 60_000);

  it("counts a labelled prompt that reached a cloud model as a leak, even when the router does not report it", async () => {
    const config = tinyConfig();
    const { items } = await loadReplayItems([fixture], { models: config.simulation.models });
    const labelled = injectSensitiveData(items, 1, 3);
    // A router that answers locally but secretly also calls the cloud model on the first prompt.
    let calls = 0;
    const leaky: RouterFactory = async (routerConfig, dependencies) => {
      const inner = createRouter(routerConfig, dependencies);
      const router: Router = {
        ...inner,
        invoke: async (input, options): Promise<RouteResult> => {
          if (calls++ === 0) await dependencies.models!["big"]!.invoke([new HumanMessage(String(input))]);
          return inner.invoke(input, { ...options, profile: "routellm/local-only" });
        },
      };
      return router;
    };
    const honest = await replayGraph({
      job: { name: "local", config },
      items: labelled,
      seed: 1,
      createRouter: async (routerConfig, dependencies) => {
        const inner = createRouter(routerConfig, dependencies);
        return { ...inner, invoke: (input, options) => inner.invoke(input, { ...options, profile: "routellm/local-only" }) };
      },
    });
    const leaked = await replayGraph({ job: { name: "leaky", config }, items: labelled, seed: 1, createRouter: leaky });
    expect(honest.summary.privacyCompliance).toBe(1);
    expect(leaked.summary.privacyCompliance).toBeCloseTo(10 / 11, 10);
  }, 60_000);
});
