import { AIMessage } from "@langchain/core/messages";
import type { RouteOptions, RouteResult, Router, RouterInput } from "../../src/index.js";

/** What the fake router does for one call: answer (with a cost) or throw. */
export type FakeBehaviour = (input: RouterInput, options: RouteOptions, call: number) => Promise<{ answer: string; costUsd: number; model?: string }>;

function promptText(input: RouterInput): string {
  if (typeof input === "string") return input;
  const last = input[input.length - 1] as { content?: unknown } | undefined;
  return typeof last?.content === "string" ? last.content : "";
}

/** Deterministic cost of a prompt, so tests can recompute the batch's expected total. */
export function fakeCost(text: string): number {
  return (text.length % 17) * 1e-6 + 1e-7;
}

export const echoBehaviour: FakeBehaviour = async (input) => {
  const text = promptText(input);
  return { answer: `echo:${text}`, costUsd: fakeCost(text) };
};

/** A Router stand-in with instant answers: exercises the queue machinery without the graph. */
export function createFakeRouter(behaviour: FakeBehaviour = echoBehaviour): Router & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const invoke = async (input: RouterInput, options: RouteOptions = {}): Promise<RouteResult> => {
    const requestId = options.requestId ?? "none";
    const call = (calls.get(requestId) ?? 0) + 1;
    calls.set(requestId, call);
    const { answer, costUsd, model = "fake-local" } = await behaviour(input, options, call);
    return {
      requestId,
      model,
      tier: "local",
      reasons: [],
      privacy: { sensitive: false, categories: [], pinnedLocal: false, redacted: 0 },
      triage: undefined,
      routes: [],
      candidates: [],
      trace: [],
      answer,
      message: new AIMessage(answer),
      escalations: 0,
      attempts: [{ modelId: model, tier: "local", ok: true, latencyMs: 0, usage: { inputTokens: 3, outputTokens: 2, costUsd }, reason: "selected" }],
      usage: { inputTokens: 3, outputTokens: 2, costUsd },
      warnings: [],
      verdict: undefined,
      latencyMs: 0,
    };
  };
  return {
    calls,
    config: undefined as never,
    graph: undefined as never,
    invoke,
    stream: () => {
      throw new Error("not used by batch");
    },
    explain: () => Promise.reject(new Error("not used by batch")),
    embed: () => Promise.reject(new Error("not used by batch")),
    feedback: async () => false,
    health: () => [],
    listTargets: () => [],
    close: async () => undefined,
  };
}
