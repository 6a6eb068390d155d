import type { AnswerRecord, RouterStateValue } from "../state/router-state.js";
import { askPeer, type PeerResult } from "./model-invocation.js";
import type { RequestContext, RouterRuntime } from "./node-runtime.js";

/**
 * Local exploration off the request's critical path (bandit.online.localExploration): the local
 * calls start alongside the direct cloud call, but the request returns as soon as its own answer
 * is verified. The calls finish in the background (tracked by `runtime.background`: bounded,
 * aborted with the request's signal and by `router.close()`), and what they answered is learned
 * once both they and the request's kept answer are in. They still take their slots on the local
 * models (`maxConcurrency`) and count as calls in flight for the planner's latency expectations.
 */
interface RunningExploration {
  /** Each explored model's call, as it runs. */
  calls: Map<string, Promise<PeerResult>>;
  /** Settles the request: the answer it kept, or undefined when it ended without one. */
  settle: (kept: AnswerRecord | undefined) => void;
}

const runningByRuntime = new WeakMap<RouterRuntime, Map<string, RunningExploration>>();

function runningOf(runtime: RouterRuntime): Map<string, RunningExploration> {
  let running = runningByRuntime.get(runtime);
  if (!running) runningByRuntime.set(runtime, (running = new Map()));
  return running;
}

/**
 * Starts the local calls of `models` for the request, in the background; `learn` receives the
 * answers they gave and the answer the request kept, once both are in. False when nothing started:
 * the background work is at its bound, or the same request id already explores.
 */
export function startBackgroundExploration(
  runtime: RouterRuntime,
  state: RouterStateValue,
  models: readonly string[],
  context: RequestContext,
  learn: (explored: AnswerRecord[], kept: AnswerRecord | undefined) => void,
): boolean {
  const running = runningOf(runtime);
  if (models.length === 0 || running.has(state.requestId)) return false;
  let settle: (kept: AnswerRecord | undefined) => void = () => undefined;
  const keptAnswer = new Promise<AnswerRecord | undefined>((resolve) => (settle = resolve));
  const entry: RunningExploration = { calls: new Map(), settle };
  return runtime.background.run(async (signal) => {
    running.set(state.requestId, entry);
    try {
      // No token sink and no LangChain callbacks: the request (and its run) may be over before these answer.
      const explorationContext: RequestContext = { signal, tokensSent: false };
      for (const modelId of models) entry.calls.set(modelId, askPeer(runtime, state, modelId, explorationContext, undefined));
      const results = await Promise.all(entry.calls.values());
      for (const result of results)
        if (!result.attempt.ok && result.attempt.error !== "CANCELLED") reportBackgroundError(runtime, { code: result.attempt.error });
      const kept = await untilAborted(keptAnswer, signal, KEPT_WAIT_MS);
      if (signal.aborted) return;
      learn(
        results.flatMap((result) => (result.answer ? [result.answer] : [])),
        kept,
      );
    } finally {
      running.delete(state.requestId);
    }
  }, context.signal);
}

/**
 * Background local check (bandit.online.localExploration.checkShare): `peer` answers the request
 * after its answer was kept, in the background (bounded and aborted as an exploration; the request
 * does not wait for it); `learn` receives its answer, undefined when it gave none. False when
 * nothing started (the background work is at its bound).
 */
export function startBackgroundCheck(
  runtime: RouterRuntime,
  state: RouterStateValue,
  peer: string,
  context: RequestContext,
  learn: (answer: AnswerRecord | undefined) => void,
): boolean {
  return runtime.background.run(async (signal) => {
    const result = await askPeer(runtime, state, peer, { signal, tokensSent: false }, undefined);
    if (!result.attempt.ok && result.attempt.error !== "CANCELLED") reportBackgroundError(runtime, { code: result.attempt.error });
    if (signal.aborted) return;
    learn(result.answer);
  }, context.signal);
}

/** The request ended: `kept` is the answer it kept (undefined: none). Its exploration, if any, learns once its calls are in. */
export function settleBackgroundExploration(runtime: RouterRuntime, requestId: string, kept: AnswerRecord | undefined): void {
  runningByRuntime.get(runtime)?.get(requestId)?.settle(kept);
}

/** The explored call of `modelId` for the request, while its exploration runs (the verifier asking that model takes its answer). */
export function exploredCallOf(runtime: RouterRuntime, requestId: string, modelId: string): Promise<PeerResult> | undefined {
  return runningByRuntime.get(runtime)?.get(requestId)?.calls.get(modelId);
}

/**
 * How long (real time) finished explored calls wait for their request's kept answer: a graph run
 * outside the router (`router.graph.invoke`) that fails before the verifier settles nothing; past
 * this, the local pair is learned without it and the task ends.
 */
const KEPT_WAIT_MS = 60_000;

/** `pending`'s value, or undefined once `signal` aborts or `timeoutMs` (real time) has passed. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal, timeoutMs: number): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve) => {
    const finish = (value: T | undefined) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      resolve(value);
    };
    const onAbort = () => finish(undefined);
    const timer = setTimeout(onAbort, timeoutMs);
    timer.unref?.();
    signal.addEventListener("abort", onAbort, { once: true });
    void pending.then(finish);
  });
}

/** When each runtime last printed a background warning (at most one a minute). */
const lastWarning = new WeakMap<RouterRuntime, number>();
const WARNING_INTERVAL_MS = 60_000;

/** A failure in background work: a process warning with its code (never the prompt), at most one a minute. */
export function reportBackgroundError(runtime: RouterRuntime, error: unknown): void {
  const now = runtime.clock.now();
  const last = lastWarning.get(runtime);
  if (last !== undefined && now - last < WARNING_INTERVAL_MS) return;
  lastWarning.set(runtime, now);
  const code = (error as { code?: unknown } | undefined)?.code;
  process.emitWarning(`RouteLLM local exploration (background) failed: ${typeof code === "string" ? code : "INTERNAL"}`, {
    type: "RouteLLMBackgroundWarning",
    code: typeof code === "string" ? code : "INTERNAL",
  });
}
