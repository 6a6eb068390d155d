// The graph extension API (RouterGraphDefinition via createRouter's `extend`, or a config's
// `extensions`) and examples/response-cache.ts run by router.invoke, RouterChatModel, the server
// and the simulator (the batch worker and `routellm serve`: test/int/graph-extension-runtimes.int.test.ts).
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { HumanMessage } from "@langchain/core/messages";
import { pino } from "pino";
import {
  createRouter,
  createRouterFromConfig,
  loadExtensions,
  parseConfig,
  RouterChatModel,
  RouterError,
  ROUTER_NODES,
  toLoadedConfig,
  type RouteResult,
} from "../../src/index.js";
import { createServer } from "../../src/server/index.js";
import { serverSchema } from "../../src/config/sections/server.js";
import { loadRouterFactory } from "../../src/simulation/router-factory.js";
import { replayGraph } from "../../src/simulation/index.js";
import { responseCache, RESPONSE_CACHE_NODE } from "../../examples/response-cache.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/response-cache.ts", import.meta.url));
const PRIMED = "What is the capital of France?";
const models = () => ({
  llama: new FakeChatModel("Paris."),
  gemma: new FakeChatModel("Paris."),
  mini: new FakeChatModel("Paris."),
  gpt4o: new FakeChatModel("Paris."),
});
const configWithExample = () => parseConfig({ ...fourModelConfig(), extensions: [EXAMPLE] });

describe("RouterGraphDefinition", () => {
  it("inserts, replaces and refuses unknown nodes with CONFIG_INVALID", () => {
    const seen: string[][] = [];
    createRouter(fourModelConfig(), {
      models: models(),
      extend: (graph) => {
        graph.insertAfter(ROUTER_NODES.triage, "audit", () => ({}));
        seen.push(graph.nodeNames());
        expect(graph.edge(ROUTER_NODES.triage)).toBe("audit");
        expect(graph.edge("audit")).toBe(ROUTER_NODES.semanticClassifier);
        expect(() => graph.replaceNode("nope", () => ({}))).toThrow(RouterError);
        expect(() => graph.insertBefore("nope", "x", () => ({}))).toThrow(/no node named "nope"/);
        expect(() => graph.addNode(ROUTER_NODES.verify, () => ({}), "verify")).toThrow(/already exists/);
      },
    });
    expect(seen[0]).toContain("audit");
    expect(() => createRouter(fourModelConfig(), { models: models(), extend: (graph) => void graph.setEdge(ROUTER_NODES.triage, "missing") })).toThrow(
      /unknown node "missing"/,
    );
  });

  it("a config naming extension modules needs them loaded, and a bad module is refused", async () => {
    expect(() => createRouter(configWithExample(), { models: models() })).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
    await expect(loadExtensions({ extensions: [fileURLToPath(new URL("../helpers/router-fixtures.ts", import.meta.url))] })).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("extensions[0]"),
    });
  });

  it("a request over the recursion limit fails with INTERNAL naming the limit", async () => {
    const router = createRouter(fourModelConfig(), { models: models() });
    await expect(router.invoke("hello", { recursionLimit: 3 })).rejects.toMatchObject({ code: "INTERNAL", details: { recursionLimit: 3 } });
  });
});

describe("examples/response-cache.ts", () => {
  it("router.invoke: the second identical request comes from the cache, with no model call", async () => {
    const fakes = models();
    const router = createRouter(fourModelConfig(), { models: fakes, extend: responseCache() });
    const first = await router.invoke("Name a prime number.");
    const calls = Object.values(fakes).reduce((sum, model) => sum + model.calls.length, 0);
    const second = await router.invoke("Name a prime number.");
    expect(second).toMatchObject({ answer: first.answer, model: RESPONSE_CACHE_NODE });
    expect(Object.values(fakes).reduce((sum, model) => sum + model.calls.length, 0)).toBe(calls);
    expect(router.graph.getGraph().nodes[RESPONSE_CACHE_NODE]).toBeDefined();
  });

  it("never caches or serves a prompt holding sensitive data", async () => {
    const router = createRouter(fourModelConfig(), { models: models(), extend: responseCache() });
    await router.invoke("My card is 4172 9960 8905 6538, which bank?");
    expect((await router.invoke("My card is 4172 9960 8905 6538, which bank?")).model).not.toBe(RESPONSE_CACHE_NODE);
  });

  it("RouterChatModel runs the extended graph", async () => {
    const router = await createRouterFromConfig(toLoadedConfig(configWithExample()), { models: models() });
    const message = await new RouterChatModel({ router }).invoke([new HumanMessage(PRIMED)]);
    expect(message.content).toBe("Paris (from the response cache).");
  });

  it("the server (built from a config naming the extension) answers from the cache", async () => {
    const router = await createRouterFromConfig(toLoadedConfig(configWithExample()), { models: models() });
    const server = createServer({
      router,
      settings: serverSchema.parse({}),
      env: {},
      logger: pino({ level: "silent" }),
      defaultMetrics: false,
      modelProbe: async () => true,
    });
    try {
      const response = await server.app.inject({
        method: "POST",
        url: "/v1/chat/completions",
        payload: { model: "routellm/auto", messages: [{ role: "user", content: PRIMED }] },
      });
      expect(response.json().choices[0].message.content).toBe("Paris (from the response cache).");
    } finally {
      await server.close(0);
    }
  });

  it("the simulator's production router factory loads the config's extensions", async () => {
    const factory = await loadRouterFactory();
    let result: RouteResult | undefined;
    await replayGraph({
      job: { name: "cached", config: configWithExample() },
      items: [{ id: "p1", prompt: PRIMED, category: null, outcomes: {} }],
      seed: 1,
      createRouter: async (config, dependencies) => {
        const router = await factory(config, dependencies);
        return { ...router, invoke: async (input, options) => (result = await router.invoke(input, options)) };
      },
    });
    expect(result).toMatchObject({ model: RESPONSE_CACHE_NODE, answer: "Paris (from the response cache)." });
  });
});
