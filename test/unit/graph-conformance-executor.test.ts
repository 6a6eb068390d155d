// Conformance of the definition executor: every scenario run by router.invoke (and router.explain)
// on the executor and on the compiled StateGraph (`executor: "stategraph"`) gives the same outcome,
// the same error (recursion limit included) and the same model calls. The models here have no
// callbacks of their own (which would keep the router on the StateGraph); they record their calls.
import { describe, expect, it, vi } from "vitest";
import { GraphRecursionError } from "@langchain/langgraph";
import { createRouter, createSeededRandom, isRouterError, type Router } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { outcomeOf, SCENARIOS, scenarioSignal, type Scenario } from "../helpers/conformance.js";

type Runtime = "executor" | "stategraph";

function build(scenario: Scenario, runtime: Runtime): { router: Router; models: Record<string, FakeChatModel>; pregel: ReturnType<typeof vi.spyOn> } {
  const models = Object.fromEntries(Object.entries(scenario.replies).map(([id, reply]) => [id, new FakeChatModel(reply, id)]));
  const router = createRouter(scenario.config, {
    models,
    random: createSeededRandom(7),
    sleep: async () => {},
    ...(scenario.extend ? { extend: scenario.extend } : {}),
    ...(runtime === "stategraph" ? { executor: "stategraph" as const } : {}),
  });
  return { router, models, pregel: vi.spyOn(router.graph, "invoke") };
}

/** Each model's calls, as the texts of the messages it was sent. */
const callsOf = (models: Record<string, FakeChatModel>) =>
  Object.fromEntries(Object.entries(models).map(([id, model]) => [id, model.calls.map((messages) => messages.map((message) => message.text))]));

async function run(scenario: Scenario, runtime: Runtime, recursionLimit?: number) {
  const { router, models, pregel } = build(scenario, runtime);
  let error: unknown;
  const outcome = await outcomeOf(async () => {
    try {
      const result = await router.invoke(scenario.prompt, { signal: scenarioSignal(scenario), recursionLimit, requestId: "r-1" });
      return result;
    } catch (caught) {
      error = caught;
      throw caught;
    }
  });
  const decision = await outcomeOf(async () => ({
    ...(await router.explain(scenario.prompt, { signal: scenarioSignal(scenario), requestId: "r-2" })),
    answer: "",
  }));
  const details = isRouterError(error) ? { message: error.message, details: error.details, recursion: error.cause instanceof GraphRecursionError } : undefined;
  return { outcome, decision, details, calls: callsOf(models), pregelRuns: pregel.mock.calls.length };
}

describe.each(SCENARIOS)("definition executor conformance: $name", (scenario) => {
  it("router.invoke and explain: same outcome, error and model calls as the StateGraph", async () => {
    const stock = await run(scenario, "stategraph");
    const fast = await run(scenario, "executor");
    expect(stock.pregelRuns).toBe(2);
    expect(fast.pregelRuns).toBe(0);
    expect(stock.outcome).toEqual(scenario.expected);
    expect({ ...fast, pregelRuns: 2 }).toEqual(stock);
  });
});

describe("definition executor: recursion limit", () => {
  const endless = SCENARIOS.find((scenario) => scenario.name === "recursion limit")!;
  it.each([1, 2, 3, 4, 5, 8])("stops at recursionLimit %i with the StateGraph's error and model calls", async (limit) => {
    const stock = await run(endless, "stategraph", limit);
    const fast = await run(endless, "executor", limit);
    expect(stock.details?.recursion).toBe(true);
    expect({ ...fast, pregelRuns: 2 }).toEqual(stock);
  });
  it("a run that needs exactly recursionLimit steps finishes on both", async () => {
    const privacy = SCENARIOS.find((scenario) => scenario.name === "privacy pin")!;
    for (const limit of [2, 3, 4]) {
      const stock = await run(privacy, "stategraph", limit);
      const fast = await run(privacy, "executor", limit);
      expect({ limit, ...fast, pregelRuns: 2 }).toEqual({ limit, ...stock });
    }
  });
});
