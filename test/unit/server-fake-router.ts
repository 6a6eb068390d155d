// A tiny scripted Router for the server's unit tests (no graph, no models).
import { AIMessage } from "@langchain/core/messages";
import { parseConfig, RouterError, type RouteOptions, type RouteResult, type RouteStreamEvent, type Router, type RouterInput } from "../../src/index.js";

export interface FakeScript {
  tokens?: string[];
  model?: string;
  tier?: "local" | "cloud";
  /** Throw this before any token. */
  failBefore?: RouterError;
  /** Throw this after the tokens. */
  failAfter?: RouterError;
  /** Never answer until aborted. */
  hang?: boolean;
  toolCalls?: Array<{ id: string; name: string; args: Record<string, unknown> }>;
  costUsd?: number;
  fallbackFrom?: string;
  /** Wait this long before each token (default: one event-loop turn). */
  tokenDelayMs?: number;
  /** The result says the request explored this way. */
  exploration?: "local-plan" | "posterior" | "verify-step";
}

export interface FakeRouter extends Router {
  calls: Array<{ input: RouterInput; options: RouteOptions | undefined }>;
  script: FakeScript;
  aborted: number;
  feedbackGiven: Array<{ requestId: string; score: number }>;
}

export const fakeConfig = parseConfig({
  models: [
    { id: "local-small", provider: "ollama", model: "llama3.1:8b", tier: "local", baseUrl: "http://127.0.0.1:9" },
    { id: "cloud-big", provider: "openai-compatible", model: "gpt-4o", tier: "cloud", baseUrl: "http://127.0.0.1:9/v1" },
  ],
});

function resultFor(script: FakeScript, options: RouteOptions | undefined): RouteResult {
  const model = script.model ?? "local-small";
  const tier = script.tier ?? "local";
  const answer = (script.tokens ?? ["Hello", " world"]).join("");
  const usage = { inputTokens: 5, outputTokens: 2, costUsd: script.costUsd ?? 0 };
  return {
    requestId: options?.requestId ?? "generated",
    model,
    tier,
    reasons: ["fake"],
    privacy: { sensitive: false, categories: [], pinnedLocal: false, redacted: 0 },
    triage: undefined,
    routes: [],
    candidates: [],
    trace: [{ node: "fake", ms: 0.1, why: "scripted" }],
    answer,
    message: new AIMessage({ content: answer, tool_calls: script.toolCalls ?? [] }),
    escalations: 0,
    ...(script.exploration ? { exploratory: true, exploration: script.exploration } : {}),
    attempts: [{ modelId: model, tier, ok: true, latencyMs: 1, usage, reason: "selected" }],
    usage,
    verdict: undefined,
    latencyMs: 1,
    warnings: [],
  };
}

function waitForAbort(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    const fail = () => reject(new RouterError("CANCELLED", "aborted"));
    if (signal?.aborted) return fail();
    signal?.addEventListener("abort", fail, { once: true });
  });
}

export function createFakeRouter(script: FakeScript = {}): FakeRouter {
  const router: FakeRouter = {
    config: fakeConfig,
    graph: undefined as unknown as Router["graph"],
    calls: [],
    script,
    aborted: 0,
    feedbackGiven: [],
    async invoke(input, options) {
      router.calls.push({ input, options });
      options?.signal?.addEventListener("abort", () => (router.aborted += 1), { once: true });
      if (router.script.hang) await waitForAbort(options?.signal);
      if (router.script.failBefore) throw router.script.failBefore;
      return resultFor(router.script, options);
    },
    embed: () => Promise.reject(new Error("the fake router has no embedding models")),
    async *stream(input, options): AsyncGenerator<RouteStreamEvent> {
      router.calls.push({ input, options });
      options?.signal?.addEventListener("abort", () => (router.aborted += 1), { once: true });
      const script = router.script;
      yield {
        type: "decision",
        requestId: options?.requestId ?? "generated",
        model: script.fallbackFrom ?? script.model ?? "local-small",
        tier: script.tier ?? "local",
      };
      if (script.failBefore) throw script.failBefore;
      if (script.fallbackFrom) yield { type: "fallback", from: script.fallbackFrom, to: script.model ?? "local-small", reason: "scripted" };
      for (const text of script.tokens ?? ["Hello", " world"]) {
        yield { type: "token", text };
        await new Promise((resolve) => (script.tokenDelayMs === undefined ? setImmediate(resolve) : setTimeout(resolve, script.tokenDelayMs)));
      }
      if (script.hang) await waitForAbort(options?.signal);
      if (script.failAfter) throw script.failAfter;
      yield { type: "end", result: resultFor(script, options) };
    },
    async explain() {
      throw new RouterError("INTERNAL", "not used");
    },
    async feedback(requestId, score) {
      router.feedbackGiven.push({ requestId, score });
      return requestId !== "unknown";
    },
    health: () => [
      {
        modelId: "local-small",
        tier: "local",
        circuit: "closed",
        ttftEwmaMs: undefined,
        totalEwmaMs: undefined,
        totalP95Ms: undefined,
        consecutiveFailures: 0,
      },
      { modelId: "cloud-big", tier: "cloud", circuit: "open", ttftEwmaMs: undefined, totalEwmaMs: undefined, totalP95Ms: undefined, consecutiveFailures: 5 },
    ],
    listTargets: () => [
      { id: "routellm/auto", kind: "profile" },
      { id: "routellm/local-only", kind: "profile" },
      { id: "local-small", kind: "model", tier: "local" },
      { id: "cloud-big", kind: "model", tier: "cloud" },
    ],
    async close() {},
  };
  return router;
}
