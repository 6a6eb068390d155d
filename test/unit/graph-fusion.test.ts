// Pure nodes fused into one graph node (graphs/fuse-nodes.ts): the same answers and state as the
// unfused graph, fewer LangGraph nodes, and extensions still land between the fused nodes.
import { describe, expect, it } from "vitest";
import { END } from "@langchain/langgraph";
import { HumanMessage } from "@langchain/core/messages";
import { createRouter, createSeededRandom, fusedNodeName, ROUTER_NODES, type RouterGraphExtension } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const DECISION = [ROUTER_NODES.privacyGuard, ROUTER_NODES.triage, ROUTER_NODES.semanticClassifier, ROUTER_NODES.banditSelector];
const models = () => ({
  llama: new FakeChatModel("Final answer: 5"),
  gemma: new FakeChatModel("Final answer: 5"),
  mini: new FakeChatModel("5"),
  gpt4o: new FakeChatModel("5"),
});
const router = (fusePureNodes?: boolean, extend?: RouterGraphExtension) =>
  createRouter(fourModelConfig(), { models: models(), random: createSeededRandom(7), fusePureNodes, extend });
const graphNodes = (built: ReturnType<typeof router>) => Object.keys(built.graph.nodes).filter((name) => !name.startsWith("__"));

describe("pure node fusion", () => {
  it("runs the four decision nodes as one graph node with the unfused graph's outcome", async () => {
    const fused = router();
    const unfused = router(false);
    expect(graphNodes(fused)).toEqual([fusedNodeName(DECISION), ROUTER_NODES.callModel, ROUTER_NODES.verify]);
    expect(graphNodes(unfused)).toEqual([...DECISION, ROUTER_NODES.callModel, ROUTER_NODES.verify]);
    for (const prompt of ["What is 2+3? Answer with a number.", "My card is 4172 9960 8905 6538, which bank issued it?"]) {
      const [a, b] = [await fused.invoke(prompt, { requestId: "r" }), await unfused.invoke(prompt, { requestId: "r" })];
      const comparable = (result: typeof a) => ({
        ...result,
        latencyMs: 0,
        attempts: result.attempts.map((attempt) => ({ ...attempt, latencyMs: 0, ttftMs: 0 })),
        trace: result.trace.map((entry) => entry.node),
      });
      expect(comparable(a)).toEqual(comparable(b));
    }
    const decision = await fused.explain("hello there");
    expect(decision.trace.map((entry) => entry.node)).toEqual(DECISION);
  });

  it("keeps an inserted impure node between the runs it splits; a replaced node is impure unless marked", async () => {
    const built = router(undefined, (graph) => {
      graph.insertBefore(ROUTER_NODES.banditSelector, "guard", () => ({ reasons: ["guarded"] }), ROUTER_NODES.banditSelector);
      graph.replaceNode(ROUTER_NODES.triage, graph.node(ROUTER_NODES.triage), { pure: true });
    });
    expect(graphNodes(built).sort()).toEqual(
      [fusedNodeName(DECISION.slice(0, 3)), "guard", ROUTER_NODES.banditSelector, ROUTER_NODES.callModel, ROUTER_NODES.verify].sort(),
    );
    expect((await built.invoke("hello there")).reasons).toContain("guarded");
    const replaced = router(undefined, (graph) => graph.replaceNode(ROUTER_NODES.semanticClassifier, () => ({ routes: [] })));
    expect(graphNodes(replaced)).toEqual([
      fusedNodeName(DECISION.slice(0, 2)),
      ROUTER_NODES.semanticClassifier,
      ROUTER_NODES.banditSelector,
      ROUTER_NODES.callModel,
      ROUTER_NODES.verify,
    ]);
  });

  it("runs a verifier that calls no model inside call_model's graph node, escalations included", async () => {
    // Agreement off, no judge: verify is pure. The rules verifier fails "5" (under 3 characters) and escalates.
    const config = fourModelConfig({ verifiers: { agreement: { enabled: false }, rules: { enabled: true, minChars: 3 } } });
    const short = () => ({ ...models(), llama: new FakeChatModel("5"), mini: new FakeChatModel("5") });
    const build = (fusePureNodes?: boolean) => createRouter(config, { models: short(), random: createSeededRandom(7), fusePureNodes });
    const [fused, unfused] = [build(), build(false)];
    const answer = fusedNodeName([ROUTER_NODES.callModel, ROUTER_NODES.verify]);
    let escalated = 0;
    expect(graphNodes(fused)).toEqual([fusedNodeName(DECISION), answer]);
    for (const prompt of ["What is 2+3? Answer with a number.", "Prove that there are infinitely many primes, step by step, rigorously."]) {
      const [a, b] = [await fused.invoke(prompt, { requestId: "r" }), await unfused.invoke(prompt, { requestId: "r" })];
      const comparable = (result: typeof a) => ({ model: result.model, answer: result.answer, escalations: result.escalations, reasons: result.reasons });
      expect(comparable(a)).toEqual(comparable(b));
      expect(a.trace.map((entry) => entry.node)).toEqual(b.trace.map((entry) => entry.node));
      escalated += a.escalations;
    }
    expect(escalated).toBeGreaterThan(0);
    const updates: string[] = [];
    for await (const chunk of await fused.graph.stream(
      { messages: [new HumanMessage("Prove that there are infinitely many primes, step by step, rigorously.")], text: "", options: {} } as never,
      { streamMode: "updates" },
    ))
      updates.push(...Object.keys(chunk));
    expect(updates[0]).toBe(fusedNodeName(DECISION));
    expect(updates.slice(1).every((name) => name === answer)).toBe(true);
    // A replaced call_model returns whatever it likes (a Command): verify gets its own node again.
    const replaced = createRouter(config, {
      models: models(),
      extend: (graph) => graph.replaceNode(ROUTER_NODES.callModel, graph.node(ROUTER_NODES.callModel)),
    });
    expect(graphNodes(replaced)).toEqual([fusedNodeName(DECISION), ROUTER_NODES.callModel, ROUTER_NODES.verify]);
  });

  it("a pure node that returns a Command-like value fails loudly", async () => {
    const built = router(undefined, (graph) => graph.replaceNode(ROUTER_NODES.triage, (() => [{ goto: END }]) as never, { pure: true }));
    await expect(built.invoke("hello there")).rejects.toMatchObject({ code: "INTERNAL" });
  });
});
