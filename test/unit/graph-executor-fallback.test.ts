// When something could observe the difference, router.invoke runs the compiled StateGraph, not the
// definition executor: a callback handler (its events are then the stock graph's), tracing switched
// on by the environment, a parent runnable, a model with its own callbacks, an extension node not
// declared to return plain updates, a stream, or `executor: "stategraph"`.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import { RunnableLambda } from "@langchain/core/runnables";
import { createRouter, ROUTER_NODES, type RouterGraphDefinition, type RouterOptions } from "../../src/index.js";
import { executorAppliesTo } from "../../src/router/executor-applies.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const config = fourModelConfig({ verifiers: { agreement: { enabled: false } } });
const models = () => ({ llama: new FakeChatModel("Fine."), gemma: new FakeChatModel("Fine."), mini: new FakeChatModel("x"), gpt4o: new FakeChatModel("x") });

/** A router whose StateGraph runs are counted. */
function counted(options: RouterOptions = {}) {
  const router = createRouter(config, { models: models(), ...options });
  return { router, pregel: vi.spyOn(router.graph, "invoke"), streams: vi.spyOn(router.graph, "stream") };
}

/** Every callback event, in order, with its run's name. */
function eventLog(): { events: string[]; handler: BaseCallbackHandler } {
  const events: string[] = [];
  const names = new Map<string, string>();
  const start = (kind: string) => (serialized: { id?: string[] } | undefined, runId: string, runName?: string) => {
    const name = runName ?? serialized?.id?.at(-1) ?? "?";
    names.set(runId, name);
    events.push(`${kind} ${name}`);
  };
  const handler = BaseCallbackHandler.fromMethods({
    handleChainStart: (serialized, _inputs, runId, _parent, _tags, _metadata, _type, runName) => start("chain")(serialized, runId, runName),
    handleChainEnd: (_outputs, runId) => void events.push(`end ${names.get(runId)}`),
    handleChatModelStart: (serialized, _messages, runId, _parent, _extra, _tags, _metadata, runName) => start("model")(serialized, runId, runName),
    handleLLMEnd: (_output, runId) => void events.push(`end ${names.get(runId)}`),
  });
  return { events, handler };
}

afterEach(() => vi.unstubAllEnvs());

describe("router.invoke: the definition executor only where nothing could observe it", () => {
  it("runs the executor by default, and the StateGraph with executor: stategraph", async () => {
    const fast = counted();
    const stock = counted({ executor: "stategraph" });
    expect((await fast.router.invoke("hello")).answer).toBe("Fine.");
    expect((await stock.router.invoke("hello")).answer).toBe("Fine.");
    expect([fast.pregel.mock.calls.length, stock.pregel.mock.calls.length]).toEqual([0, 1]);
  });

  it("with a callback handler, the stock graph runs and the callback events are the stock ones", async () => {
    const fast = counted();
    const stock = counted({ executor: "stategraph" });
    const seen = eventLog();
    const reference = eventLog();
    await fast.router.invoke("hello", { callbacks: [seen.handler] });
    await stock.router.invoke("hello", { callbacks: [reference.handler] });
    expect(fast.pregel).toHaveBeenCalledOnce();
    expect(seen.events).toContain("chain routellm");
    expect(seen.events).toEqual(reference.events);
  });

  it("inside a parent runnable, with a model's own callbacks, or an undeclared extension node: the StateGraph", async () => {
    const parent = counted();
    await RunnableLambda.from(async (text: string) => (await parent.router.invoke(text)).answer).invoke("hello");
    expect(parent.pregel).toHaveBeenCalledOnce();

    const withCallbacks = models();
    withCallbacks.gemma.callbacks = [eventLog().handler];
    const own = createRouter(config, { models: withCallbacks });
    const ownRuns = vi.spyOn(own.graph, "invoke");
    await own.invoke("hello");
    expect(ownRuns).toHaveBeenCalledOnce();

    const tag = (pure: boolean) => (graph: RouterGraphDefinition) =>
      graph.insertAfter(ROUTER_NODES.privacyGuard, "tag", () => ({ reasons: ["tagged"] }), { pure });
    const undeclared = counted({ extend: tag(false) });
    const declared = counted({ extend: tag(true) });
    expect((await undeclared.router.invoke("hello")).reasons).toContain("tagged");
    expect((await declared.router.invoke("hello")).reasons).toContain("tagged");
    expect([undeclared.pregel.mock.calls.length, declared.pregel.mock.calls.length]).toEqual([1, 0]);
  });

  it("streams run the StateGraph", async () => {
    const { router, streams } = counted();
    for await (const _event of router.stream("hello"));
    expect(streams).toHaveBeenCalled();
  });

  it("tracing switched on by the environment counts as a handler", () => {
    expect(executorAppliesTo(undefined)).toBe(true);
    vi.stubEnv("LANGSMITH_TRACING", "true");
    vi.stubEnv("LANGSMITH_API_KEY", "test-key-never-used");
    expect(executorAppliesTo(undefined)).toBe(false);
  });

  it("an abort during a model call rejects the executor's run as CANCELLED", async () => {
    const slow = models();
    slow.gemma = new FakeChatModel("Fine.");
    const hang = new Promise<never>(() => {});
    vi.spyOn(slow.gemma, "_generate").mockImplementation(() => hang);
    vi.spyOn(slow.llama, "_generate").mockImplementation(() => hang);
    const { router, pregel } = counted({ models: slow });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(router.invoke("hello", { signal: controller.signal })).rejects.toMatchObject({ code: "CANCELLED" });
    expect(pregel).not.toHaveBeenCalled();
  });
});
