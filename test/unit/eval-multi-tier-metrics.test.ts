import { describe, expect, it } from "vitest";
import { createRouter, parseConfig, type RouterConfigInput } from "../../src/index.js";
import { loadReplayItems, type ReplayItem } from "../../src/simulation/dataset.js";
import { runSimulation } from "../../src/simulation/run-simulation.js";
import { createCatalog, configuredReferenceModel } from "../../src/simulation/catalog.js";
import { randomStrategy } from "../../src/simulation/strategies.js";
import { cloudCallLeaks } from "../../src/simulation/privacy-exposure.js";
import { renderSummaryReport, renderTextReport } from "../../src/simulation/format-table.js";
import { createPromptTokenCache } from "../../src/simulation/single-call.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;

function config(extra: Partial<RouterConfigInput> = {}, simulation: Record<string, unknown> = {}) {
  return parseConfig({
    // File order puts the weaker local model last: static rules must not pick it for that.
    models: [
      { id: "b", provider: "ollama", model: "b", tier: "local" },
      { id: "a", provider: "ollama", model: "a", tier: "local" },
      { id: "big", provider: "openai", model: "big", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
      { id: "mini", provider: "openai", model: "mini", tier: "cloud", pricing: { inputPer1M: 0.15, outputPer1M: 0.6 } },
    ],
    simulation: { models: { a: "small-a", b: "small-b", mini: "mini", big: "big" }, sweep: [0, 0.3, 3], privacyShare: 0.3, ...simulation },
    ...extra,
  });
}

async function simulate(settings: ReturnType<typeof config>, trainItems?: (items: ReplayItem[]) => ReplayItem[]) {
  const { items, summary } = await loadReplayItems([fixture], { models: settings.simulation.models });
  return runSimulation({
    config: settings,
    testItems: items,
    trainItems: trainItems ? trainItems(items) : items,
    dataset: { name: "tiny", files: [fixture], synthetic: false, test: summary },
    seed: 3,
    workers: 1,
    adaptivity: false,
    strategies: ["all-cloud", "static-rules", "random", "router"],
    createRouter: (routerConfig, dependencies) => createRouter(routerConfig, dependencies),
  });
}

describe("multi-tier metrics", () => {
  it("uses one configured reference model, whatever the file order or held-out labels", () => {
    expect(configuredReferenceModel(config())).toBe("big");
    expect(configuredReferenceModel(config({}, { referenceModel: "mini" }))).toBe("mini");
    expect(() => config({}, { referenceModel: "nope" })).toThrow(/simulation.referenceModel: unknown model id "nope"/);
  });

  it("reports APGR on the cost and strong-call axes, and static rules use the best local model on the training prompts", async () => {
    // Training prompts where "a" (listed after "b") beats "b": static rules keep "a" as their local model.
    const report = await simulate(config(), (items) =>
      items.map((item) => ({ ...item, outcomes: { ...item.outcomes, a: { ...item.outcomes.a!, score: 1 }, b: { ...item.outcomes.b!, score: 0 } } })),
    );
    expect(report.references.strong).toBe("big");
    expect(report.references.weak).toBe("a");
    const rules = report.strategies.find((summary) => summary.name === "static-rules")!;
    expect(Object.keys(rules.modelShares)).not.toContain("b");
    expect(report.gap.cost.apgr).not.toBeNull();
    expect(report.gap.strongCalls.apgr).not.toBeNull();
    for (const point of report.sweep) {
      expect(point.strongCallShare).toBeLessThanOrEqual(point.cloudShare + 1e-12);
      expect(point.costShare).toBeGreaterThanOrEqual(0);
      expect(point.costShare).toBeLessThanOrEqual(1);
    }
    const text = renderTextReport(report);
    expect(text).toMatch(/APGR \(cost axis\) \d\.\d{3} \| APGR \(strong-call axis: calls to big\)/);
    for (const name of ["Privacy %:", "APGR (cost axis):", "TTFT:", "$ / 1M tok:"]) expect(text).toContain(name);
    const summary = renderSummaryReport(report);
    expect(summary).toMatch(/Strategy\s+\$ \/ 1M tokens\s+Avg latency\s+Quality\s+Privacy compliance/);
    expect(summary).toContain("What to try next:");
  }, 60_000);

  it("random routing is matched to the router's cost, not its cloud share", async () => {
    const settings = config();
    const items: ReplayItem[] = Array.from({ length: 2000 }, (_, index) => ({ id: `r-${index}`, prompt: "p", category: null, outcomes: {} }));
    const context = {
      config: settings,
      catalog: createCatalog(settings),
      seed: 1,
      promptTokens: createPromptTokenCache(),
      trainItems: [],
      references: { strong: "big", weak: "a" },
      // The router reached the cloud on every prompt, but spent only a quarter of the gap.
      results: new Map([["router", { cloudShare: 1, costUsd: 25 } as never]]),
      costShareOf: (costUsd: number) => costUsd / 100,
    };
    const choose = await randomStrategy.createChooser(context);
    const strong = items.filter((item, index) => choose(item, index) === "big").length / items.length;
    expect(strong).toBeGreaterThan(0.2);
    expect(strong).toBeLessThan(0.3);
  });

  it("counts a value redacted (or allowed) as configured as compliant, a raw one as a violation", () => {
    const privacy = config({ privacy: { categories: { email: "redact", phone: "allow" } } }).privacy;
    const item: ReplayItem = {
      id: "x",
      prompt: "mail jane@example.org",
      category: null,
      outcomes: {},
      sensitive: { categories: ["email"], values: [{ category: "email", text: "jane@example.org" }] },
    };
    expect(cloudCallLeaks(item, privacy, ["mail [EMAIL_1]"])).toBe(false);
    expect(cloudCallLeaks(item, privacy, ["mail jane@example.org"])).toBe(true);
    const phone: ReplayItem = { ...item, sensitive: { categories: ["phone"], values: [{ category: "phone", text: "+1 555" }] } };
    expect(cloudCallLeaks(phone, privacy, ["call +1 555"])).toBe(false);
    expect(cloudCallLeaks({ ...item, sensitive: { categories: ["email"] } }, privacy, ["anything"])).toBe(true);
  });

  it("replays configs with agentic triage and a judge (no bindTools crash) and says how", async () => {
    const settings = config({
      triage: { agenticBelowConfidence: 0.99, agentic: { enabled: true, model: "a" } },
      verifiers: { judge: { enabled: true, model: "mini", threshold: 6 } },
    });
    const report = await simulate(settings);
    const router = report.strategies.find((summary) => summary.name === "router")!;
    expect(router.modelShares["(failed)"]).toBeUndefined();
    expect(report.dataset.notes?.join("\n")).toMatch(/triage.agentic: no recorded triage ratings exist/);
    expect(report.dataset.notes?.join("\n")).toMatch(/verifiers.judge: the judge's grade is the recorded score/);
    // The judge is a cloud model called on every local answer it grades.
    expect(router.calledShares.mini).toBeGreaterThan(0);
  }, 60_000);
});
