/**
 * The graph conformance suite's scenarios and paths. Each scenario is a config, fake models and a
 * prompt; each path is one way RouteLLM runs the router's graph (router.invoke, router.stream,
 * router.graph, RouterChatModel invoke/stream, the server, the simulator, the batch worker).
 * A path turns a scenario into an Outcome: the answer (or the error code) and the callback events
 * of every model call, seen by a handler attached to the models themselves, so every path is
 * observed the same way.
 */
import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import { END } from "@langchain/langgraph";
import { AIMessage } from "@langchain/core/messages";
import {
  createRouter,
  createSeededRandom,
  isRouterError,
  ROUTELLM_INTERNAL_TAG,
  ROUTER_NODES,
  type Router,
  type RouterConfigInput,
  type RouterGraphExtension,
  type RouterOptions,
} from "../../src/index.js";
import { FakeChatModel, type FakeReply } from "./fake-chat-model.js";
import { fourModelConfig } from "./router-fixtures.js";

/** What a path gave for a scenario. */
export type Outcome = { ok: true; answer: string; model: string; escalations?: number } | { ok: false; code: string };

/** Records each model call's start and end (or error) as `start <model> <answer|internal>` lines. */
export class ModelCallRecorder {
  readonly events: string[] = [];
  /** A handler for one model's own callbacks. */
  forModel(modelId: string): BaseCallbackHandler {
    const events = this.events;
    const runs = new Map<string, string>();
    return BaseCallbackHandler.fromMethods({
      handleChatModelStart(_llm, _messages, runId, _parent, _extra, tags) {
        const label = `${modelId} ${tags?.includes(ROUTELLM_INTERNAL_TAG) ? "internal" : "answer"}`;
        runs.set(runId, label);
        events.push(`start ${label}`);
      },
      handleLLMEnd(_output, runId) {
        events.push(`end ${runs.get(runId)}`);
      },
      handleLLMError(_error, runId) {
        events.push(`error ${runs.get(runId)}`);
      },
    });
  }
  /** The events, sorted: concurrent calls (a speculative peer) may interleave differently. */
  sorted(): string[] {
    return [...this.events].sort();
  }
}

/** A fake model whose every call the recorder sees. */
class RecordedFake extends FakeChatModel {
  constructor(reply: FakeReply, id: string, recorder: ModelCallRecorder) {
    super(reply, id);
    this.callbacks = [recorder.forModel(id)];
  }
}

export interface Scenario {
  name: string;
  config: RouterConfigInput;
  replies: Record<string, FakeReply>;
  prompt: string;
  extend?: RouterGraphExtension;
  /** Aborted before the call. */
  aborted?: boolean;
  /** The outcome of the paths that answer at once (router.invoke is their reference). */
  expected: Outcome;
  /** The outcome of the streaming paths when it differs: no escalation once tokens reached the caller. */
  expectedStreamed?: Outcome;
}

const failing = () => Object.assign(new Error("upstream 500"), { status: 500 });

/** A response cache in front of the selector: prompts it knows end the graph with the cached answer (pure: no call out). */
export const cacheExtension: RouterGraphExtension = (graph) => {
  graph.insertBefore(
    ROUTER_NODES.banditSelector,
    "response_cache",
    (state) => {
      const cached = state.text.includes("capital of France") ? "Paris (cached)" : undefined;
      if (cached === undefined) return {};
      const answer = { modelId: "response_cache", message: new AIMessage(cached), text: cached, finalAnswer: undefined, finishReason: "stop" };
      return { answer, answers: [answer], trace: [{ node: "response_cache", ms: 0, chose: "hit", why: "cached answer" }] };
    },
    { route: (state) => (state.answer ? END : ROUTER_NODES.banditSelector), targets: [ROUTER_NODES.banditSelector, END] },
    { pure: true },
  );
};

/** A verifier that never accepts: it sends the request back to the same model, forever. */
export const endlessVerifier: RouterGraphExtension = (graph) => {
  graph.replaceNode(ROUTER_NODES.verify, (state) => ({ next: { modelId: state.answer!.modelId, reason: "escalation" }, escalations: state.escalations + 1 }), {
    pure: true,
  });
};

export const SCENARIOS: Scenario[] = [
  {
    name: "escalation",
    config: fourModelConfig({ bandit: { costWeight: 5 } }),
    replies: { llama: "Final answer: 4", gemma: "Final answer: 5", mini: "The answer is 5.", gpt4o: "Final answer: 5" },
    prompt: "What is 2+3? Answer with a number.",
    expected: { ok: true, answer: "The answer is 5.", model: "mini", escalations: 1 },
    expectedStreamed: { ok: true, answer: "Final answer: 5", model: "gemma", escalations: 0 },
  },
  {
    // No model-calling verifier: verify runs inside call_model's graph node (call_model+verify), and its escalation loops back to it.
    name: "rule escalation",
    config: fourModelConfig({ bandit: { costWeight: 5 }, verifiers: { agreement: { enabled: false }, rules: { enabled: true, minChars: 3 } } }),
    replies: { llama: "5", gemma: "5", mini: "Five.", gpt4o: "5!" },
    prompt: "What is 2+3? Answer with a number.",
    expected: { ok: true, answer: "Five.", model: "mini", escalations: 1 },
    expectedStreamed: { ok: true, answer: "5", model: "gemma", escalations: 0 },
  },
  {
    name: "privacy pin",
    config: fourModelConfig({ bandit: { costWeight: 0 }, verifiers: { agreement: { enabled: false } } }),
    replies: { llama: "Local answer.", gemma: "Local answer.", mini: "cloud", gpt4o: "cloud" },
    prompt: "My card is 4172 9960 8905 6538, which bank issued it?",
    expected: { ok: true, answer: "Local answer.", model: "gemma", escalations: 0 },
  },
  {
    name: "fallback",
    config: fourModelConfig({
      bandit: { costWeight: 5 },
      verifiers: { agreement: { enabled: false } },
      models: fourModelConfig().models.map((model) => ({ ...model, maxRetries: 0 })),
    }),
    replies: { llama: failing, gemma: "Fine, thanks.", mini: "cloud", gpt4o: "cloud" },
    prompt: "hello, how are you?",
    expected: { ok: true, answer: "Fine, thanks.", model: "gemma", escalations: 0 },
  },
  {
    name: "all models failing",
    config: fourModelConfig({ models: fourModelConfig().models.map((model) => ({ ...model, maxRetries: 0 })) }),
    replies: { llama: failing, gemma: failing, mini: failing, gpt4o: failing },
    prompt: "hello there",
    expected: { ok: false, code: "MODEL_CALL_FAILED" },
  },
  {
    name: "abort",
    config: fourModelConfig(),
    replies: { llama: "x", gemma: "x", mini: "x", gpt4o: "x" },
    prompt: "hello there",
    aborted: true,
    expected: { ok: false, code: "CANCELLED" },
  },
  {
    // A verifier replaced by one that always asks the same model again: the run must stop at the
    // recursion limit, with the same error and the same model calls on every path.
    name: "recursion limit",
    config: fourModelConfig({ verifiers: { agreement: { enabled: false } } }),
    replies: { llama: "x", gemma: "x", mini: "x", gpt4o: "x" },
    prompt: "hello there",
    extend: endlessVerifier,
    expected: { ok: false, code: "INTERNAL" },
  },
  {
    name: "extension node",
    config: fourModelConfig(),
    replies: { llama: "x", gemma: "x", mini: "x", gpt4o: "x" },
    prompt: "What is the capital of France?",
    extend: cacheExtension,
    expected: { ok: true, answer: "Paris (cached)", model: "response_cache", escalations: 0 },
  },
];

/** Fresh fake models for a scenario, recorded by `recorder`. */
export function scenarioModels(scenario: Scenario, recorder: ModelCallRecorder): Record<string, FakeChatModel> {
  return Object.fromEntries(Object.entries(scenario.replies).map(([id, reply]) => [id, new RecordedFake(reply, id, recorder)]));
}

/** Router options for a scenario: its models, a fixed seed, its extension. */
export function scenarioOptions(scenario: Scenario, recorder: ModelCallRecorder): RouterOptions {
  return {
    models: scenarioModels(scenario, recorder),
    random: createSeededRandom(7),
    sleep: async () => {},
    ...(scenario.extend ? { extend: scenario.extend } : {}),
  };
}

/** A router for a scenario. */
export function scenarioRouter(scenario: Scenario, recorder: ModelCallRecorder): Router {
  return createRouter(scenario.config, scenarioOptions(scenario, recorder));
}

/** An aborted signal when the scenario asks for one. */
export function scenarioSignal(scenario: Scenario): AbortSignal | undefined {
  if (!scenario.aborted) return undefined;
  const controller = new AbortController();
  controller.abort();
  return controller.signal;
}

/** The outcome of a call that may throw a RouterError. */
export async function outcomeOf(run: () => Promise<{ answer: string; model: string; escalations?: number }>): Promise<Outcome> {
  try {
    const result = await run();
    return { ok: true, answer: result.answer, model: result.model, ...(result.escalations === undefined ? {} : { escalations: result.escalations }) };
  } catch (error) {
    // LangChain's chat-model contract: stream() with an already aborted signal throws its AbortError
    // before the model (the router) is called.
    if ((error as Error)?.name === "AbortError") return { ok: false, code: "CANCELLED" };
    return { ok: false, code: isRouterError(error) ? error.code : `not a RouterError: ${String(error)}` };
  }
}

/** The scenario's expected outcome, reduced to what a path reports (some paths do not report escalations). */
export function expectedFor(scenario: Scenario, withEscalations: boolean, streamed = false): Outcome {
  const expected = streamed ? (scenario.expectedStreamed ?? scenario.expected) : scenario.expected;
  if (!expected.ok || withEscalations || expected.escalations === undefined) return expected;
  const { escalations: _escalations, ...rest } = expected;
  return rest;
}
