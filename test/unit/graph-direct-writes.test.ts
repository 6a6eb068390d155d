import { describe, expect, it } from "vitest";
import { Annotation, Command, END, START, StateGraph } from "@langchain/langgraph";
import { HumanMessage } from "@langchain/core/messages";
import { createRouterGraph, createRouterRuntime, createSeededRandom, parseConfig } from "../../src/index.js";
import { useDirectWrites } from "../../src/graphs/direct-writes.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const REPLIES = { llama: "Final answer: 4", gemma: "Final answer: 5", mini: "The answer is 5.", gpt4o: "Final answer: 5" };

function routerGraph(directWrites: boolean) {
  const models = Object.fromEntries(Object.entries(REPLIES).map(([id, reply]) => [id, new FakeChatModel(reply, id)]));
  const runtime = createRouterRuntime(parseConfig(fourModelConfig({ bandit: { costWeight: 5 } })), { models, random: createSeededRandom(7), clock: { now: () => 0 } });
  return createRouterGraph(runtime, { directWrites });
}

function input(prompt: string, dryRun = false) {
  return { requestId: "r1", messages: [new HumanMessage(prompt)], options: { dryRun }, text: `${prompt}\n`, routes: [], eligible: [], bucket: "", candidates: [], escalations: 0 };
}

/** Node order, update keys and final state (trace timings dropped), for comparing two graphs. */
async function run(graph: ReturnType<typeof routerGraph>, prompt: string, dryRun = false) {
  const steps: string[] = [];
  for await (const update of await graph.stream(input(prompt, dryRun), { streamMode: "updates" })) {
    for (const [node, values] of Object.entries(update)) steps.push(`${node}:${Object.keys(values ?? {}).sort().join(",")}`);
  }
  const state = await graph.invoke(input(prompt, dryRun));
  const trace = state.trace.map(({ ms: _ms, ...entry }) => entry);
  return { steps, state: { ...state, trace, messages: state.messages.length, answers: state.answers.map((answer) => answer.text) } };
}

describe("direct writes", () => {
  it("applies to every node of the router graph", () => {
    const graph = routerGraph(true);
    // Built by createRouterGraph: each node's runnable is the direct writer, not LangGraph's sequence.
    for (const node of [START, "privacy_guard", "triage", "semantic_classifier", "bandit_selector", "call_model", "verify"] as const) {
      expect(graph.nodes[node]!.getNode()?.constructor.name).toBe("DirectWriteNode");
    }
  });

  it.each([
    ["an escalating prompt", "What is 2+3? Answer with a number.", false],
    ["a private prompt", "My card is 4172 9960 8905 6538, what is 2+3?", false],
    ["a dry run", "Write a haiku about the sea.", true],
  ])("gives the same steps and final state as LangGraph's own writers for %s", async (_name, prompt, dryRun) => {
    const direct = await run(routerGraph(true), prompt, dryRun);
    const standard = await run(routerGraph(false), prompt, dryRun);
    expect(direct.steps.length).toBe(dryRun ? 4 : prompt.includes("card") ? 6 : 8);
    expect(direct).toEqual(standard);
  });

  it("hands a Command or a graph whose edges differ from the spec to LangGraph unchanged", async () => {
    const State = Annotation.Root({ value: Annotation<number>(), seen: Annotation<string>() });
    const build = () =>
      new StateGraph(State)
        .addNode("a", (state: typeof State.State) => new Command({ update: { value: state.value + 1 } }))
        .addNode("b", (state: typeof State.State) => ({ value: state.value * 10, seen: "b" }))
        .addNode("c", () => ({ seen: "c" }))
        .addEdge(START, "a")
        .addEdge("a", "b")
        .addEdge("b", END)
        .addEdge("b", "c")
        .compile();
    const graph = build();
    const changed = useDirectWrites<typeof State.State>(graph, ["value", "seen"], [
      { node: START, next: "a" },
      { node: "a", next: "b" },
      { node: "b", next: END },
    ]);
    expect(changed).toEqual([START, "a"]);
    expect(await graph.invoke({ value: 1 })).toEqual(await build().invoke({ value: 1 }));
  });
});
