import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { nextRung } from "../policies/ladder.js";
import type { AttemptRecord, TraceEntry } from "../state/records.js";
import { answerRecordOf, askPeer, callInputFor, callModelWithRetries, type PeerResult } from "./model-invocation.js";
import { requestContextOf, traceEntry, type RouterRuntime } from "./node-runtime.js";
import { speculativePeerOf } from "./learned-verify.js";

/**
 * Calls the model chosen by the selector (or the verifier's escalation). When it fails after its
 * retries, falls back to the next allowed model (up the ladder first, then by the selector's
 * ranking) — never to a model the privacy guard excluded, and never after tokens were streamed.
 */
export function createCallModelNode(runtime: RouterRuntime) {
  return async function callModel(state: RouterStateValue, config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    const context = requestContextOf(config);
    const target = state.next;
    if (!target) throw new RouterError("INTERNAL", "call_model reached without a chosen model");
    const eligible = new Set(state.eligible);
    const tried = new Set(state.attempts.map((attempt) => attempt.modelId));
    const attempts: AttemptRecord[] = [];
    const trace: TraceEntry[] = [];
    const errors: string[] = [];
    let modelId: string | undefined = target.modelId;
    let reason: AttemptRecord["reason"] = target.reason;
    // Speculative peer: the learned verifier will ask this local model to check the answer anyway,
    // so it answers at the same time as the first model (latency = the slower of the two, not the sum).
    const peerId = speculativePeerOf(runtime, state, context.onToken !== undefined);
    let peer: Promise<PeerResult> | undefined = peerId === undefined ? undefined : askPeer(runtime, state, peerId, context, config);
    /** The peer's answer and attempt, once (undefined when no peer or already taken). */
    const takePeer = async (): Promise<PeerResult | undefined> => {
      const pending = peer;
      peer = undefined;
      return pending && (await pending);
    };

    while (modelId !== undefined) {
      const binding = runtime.models.get(modelId);
      if (!binding) throw new RouterError("UNKNOWN_MODEL", `unknown model "${modelId}"`, { details: { model: modelId } });
      tried.add(modelId);
      try {
        const result = await callModelWithRetries(runtime, callInputFor(state, binding, context, true, config));
        attempts.push({ modelId, tier: binding.config.tier, ok: true, latencyMs: result.latencyMs, ...(result.ttftMs === undefined ? {} : { ttftMs: result.ttftMs }), usage: result.usage, reason });
        const answer: AnswerRecord = answerRecordOf(modelId, result);
        trace.push(
          traceEntry(runtime, state.requestId, {
            node: "call_model",
            ms: performance.now() - started,
            saw: { model: modelId, tier: binding.config.tier, reason, inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, latencyMs: round(result.latencyMs) },
            chose: modelId,
            why: errors.length > 0 ? `answered after fallback (${errors.join("; ")})` : `answered (${reason})`,
          }),
        );
        const checked = await takePeer();
        if (checked) {
          attempts.push(checked.attempt);
          trace.push(traceEntry(runtime, state.requestId, { node: "call_model", ms: performance.now() - started, saw: { model: checked.attempt.modelId, ok: checked.attempt.ok }, chose: checked.attempt.modelId, why: "speculative agreement peer, called together with the first model" }));
        }
        return { attempts, answers: checked?.answer ? [answer, checked.answer] : [answer], answer, next: undefined, trace };
      } catch (error) {
        const routerError: RouterError = error instanceof RouterError ? error : runtime.classifyError(error, modelId);
        attempts.push({ modelId, tier: binding.config.tier, ok: false, error: routerError.code, latencyMs: 0, usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 }, reason });
        errors.push(`${modelId}: ${routerError.code}`);
        const fatal: boolean = ["CANCELLED", "STREAM_BROKEN", "PRIVACY_VIOLATION_PREVENTED"].includes(routerError.code) || context.tokensSent;
        // The first model failed while its peer was answering: the peer's answer is the fallback.
        const inFlight = fatal ? undefined : await takePeer();
        if (inFlight) {
          attempts.push({ ...inFlight.attempt, reason: "fallback" });
          tried.add(inFlight.attempt.modelId);
          if (inFlight.answer) {
            context.onFallback?.(modelId, inFlight.attempt.modelId, routerError.code);
            trace.push(traceEntry(runtime, state.requestId, { node: "call_model", ms: performance.now() - started, saw: { model: modelId, error: routerError.code }, chose: inFlight.attempt.modelId, why: `fallback: ${modelId} failed (${routerError.code}); its speculative peer answered` }));
            return { attempts, answers: [inFlight.answer], answer: inFlight.answer, next: undefined, trace };
          }
        }
        const fallback: string | undefined = fatal ? undefined : (nextRung(runtime.ladder, modelId, eligible, tried) ?? state.candidates.map((candidate) => candidate.modelId).find((id) => eligible.has(id) && !tried.has(id)));
        if (fallback === undefined) {
          if (fatal) throw routerError;
          throw new RouterError("MODEL_CALL_FAILED", `every allowed model failed: ${errors.join("; ")}`, {
            cause: routerError,
            retryable: routerError.retryable,
            details: { attempts: errors, ...(typeof routerError.details["retryAfterMs"] === "number" ? { retryAfterMs: routerError.details["retryAfterMs"] } : {}) },
          });
        }
        context.onFallback?.(modelId, fallback, routerError.code);
        trace.push(traceEntry(runtime, state.requestId, { node: "call_model", ms: performance.now() - started, saw: { model: modelId, error: routerError.code }, chose: fallback, why: `fallback: ${modelId} failed (${routerError.code})` }));
        modelId = fallback;
        reason = "fallback";
      }
    }
    throw new RouterError("INTERNAL", "call_model ended without an answer");
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
