import { describe, expect, it } from "vitest";
import { Annotation, Command, END, START } from "@langchain/langgraph";
import { HumanMessage } from "@langchain/core/messages";
import { createRouterGraph, createRouterNodes, createRouterRunner, createRouterRuntime, createSeededRandom, createSequentialRunner, parseConfig, type RouterNodes } from "../../src/index.js";
import type { RouterStateValue } from "../../src/graphs/router-state.js";
import { FakeChatModel, type FakeReply } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const REPLIES: Record<string, FakeReply> = { llama: "Final answer: 4", gemma: "Final answer: 5", mini: "The answer is 5.", gpt4o: "Final answer: 5" };

/** The router's nodes, recording each step as `node:updated keys`. */
function recordedNodes(replies: Record<string, FakeReply>, steps: string[]) {
  const models = Object.fromEntries(Object.entries(replies).map(([id, reply]) => [id, new FakeChatModel(reply, id)]));
  const runtime = createRouterRuntime(parseConfig(fourModelConfig({ bandit: { costWeight: 5 } })), { models, random: createSeededRandom(7), clock: { now: () => 0 } });
  const nodes = createRouterNodes(runtime);
  const recorded = Object.fromEntries(
    Object.entries(nodes).map(([name, run]) => [
      name,
      async (state: RouterStateValue, config?: Parameters<typeof run>[1]) => {
        const update = await run(state, config);
        steps.push(`${name}:${Object.keys(update).sort().join(",")}`);
        return update;
      },
    ]),
  ) as RouterNodes;
  return { runtime, nodes: recorded };
}

function input(prompt: string, dryRun = false) {
  return { requestId: "r1", messages: [new HumanMessage(prompt)], options: { dryRun }, text: `${prompt}\n`, routes: [], eligible: [], bucket: "", candidates: [], escalations: 0 };
}

/** Steps and final state (trace timings dropped) of one run, or the error's code. */
async function run(runner: "sequential" | "langgraph", prompt: string, dryRun = false, replies = REPLIES) {
  const steps: string[] = [];
  const { runtime, nodes } = recordedNodes(replies, steps);
  const invoke = runner === "sequential" ? createRouterRunner(nodes).invoke : (value: ReturnType<typeof input>) => createRouterGraph(runtime, { directWrites: false }, nodes).invoke(value);
  try {
    const state = (await invoke(input(prompt, dryRun))) as RouterStateValue;
    const trace = state.trace.map(({ ms: _ms, ...entry }) => entry);
    return { steps, state: { ...state, trace, messages: state.messages.length, answers: state.answers.map((answer) => answer.text) } };
  } catch (error) {
    return { steps, error: (error as { code?: string }).code ?? String(error) };
  }
}

describe("the sequential runner", () => {
  it.each([
    ["an escalating prompt", "What is 2+3? Answer with a number.", false, REPLIES, 8],
    ["a private prompt", "My card is 4172 9960 8905 6538, what is 2+3?", false, REPLIES, 6],
    ["a dry run", "Write a haiku about the sea.", true, REPLIES, 4],
    ["a failing local model", "What is 2+3? Answer with a number.", false, { ...REPLIES, llama: new Error("connection reset") }, 6],
  ])("gives LangGraph's steps and final state for %s", async (_name, prompt, dryRun, replies, stepCount) => {
    const sequential = await run("sequential", prompt, dryRun, replies);
    const langgraph = await run("langgraph", prompt, dryRun, replies);
    expect(sequential.steps).toHaveLength(stepCount);
    expect(sequential).toEqual(langgraph);
  });

  it("fails as LangGraph does when every allowed model fails", async () => {
    const failing = Object.fromEntries(Object.keys(REPLIES).map((id) => [id, new Error("503 upstream")]));
    const sequential = await run("sequential", "My card is 4172 9960 8905 6538, what is 2+3?", false, failing);
    expect(sequential.error).toMatch(/^[A-Z_]+$/);
    expect(sequential).toEqual(await run("langgraph", "My card is 4172 9960 8905 6538, what is 2+3?", false, failing));
  });
});

describe("createSequentialRunner", () => {
  const State = Annotation.Root({
    count: Annotation<number>(),
    note: Annotation<string | undefined>(),
    log: Annotation<string[]>({ reducer: (left, right) => left.concat(right), default: () => [] }),
  });
  type Value = typeof State.State;

  it("applies reducers to the input and each update, and routes on the updated state", async () => {
    const seen: Array<Value["count"]> = [];
    const runner = createSequentialRunner<Value>({
      channels: State.spec,
      nodes: {
        add: async (state) => (seen.push(state.count), { count: state.count + 1, log: [`add${state.count}`] }),
        done: async () => ({ note: undefined, log: ["done"] }),
      },
      edges: [
        { node: START, next: "add" },
        { node: "add", next: (state) => (state.count < 3 ? "add" : "done") },
        { node: "done", next: END },
      ],
    });
    const state = await runner.invoke({ count: 0, log: ["in"], note: "x" });
    expect(seen).toEqual([0, 1, 2]);
    expect(state).toMatchObject({ count: 3, log: ["in", "add0", "add1", "add2", "done"] });
    expect(state.note).toBeUndefined();
  });

  it("stops a run that exceeds the recursion limit or is cancelled, and refuses Commands", async () => {
    const loop = createSequentialRunner<Value>({ channels: State.spec, nodes: { spin: async (state) => ({ count: state.count + 1 }) }, edges: [{ node: START, next: "spin" }, { node: "spin", next: "spin" }], recursionLimit: 5 });
    await expect(loop.invoke({ count: 0 })).rejects.toMatchObject({ code: "INTERNAL", details: { recursionLimit: 5 } });
    await expect(loop.invoke({ count: 0 }, { recursionLimit: 3 })).rejects.toMatchObject({ details: { recursionLimit: 3 } });
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(loop.invoke({ count: 0 }, { signal: cancelled.signal })).rejects.toMatchObject({ code: "CANCELLED" });
    const command = createSequentialRunner<Value>({ channels: State.spec, nodes: { go: async () => new Command({ update: { count: 1 } }) as never }, edges: [{ node: START, next: "go" }, { node: "go", next: END }] });
    await expect(command.invoke({ count: 0 })).rejects.toThrow(/Command/);
  });

  it("rejects edges to unknown nodes and unsupported channels when built", () => {
    expect(() => createSequentialRunner<Value>({ channels: State.spec, nodes: {}, edges: [{ node: START, next: "missing" }] })).toThrow(/unknown node "missing"/);
    expect(() => createSequentialRunner<Value>({ channels: { count: {} }, nodes: {}, edges: [] })).toThrow(/LastValue and reducer channels/);
  });
});
