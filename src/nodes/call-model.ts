import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { nextRung } from "../policies/ladder.js";
import type { AttemptRecord, TraceEntry } from "../state/records.js";
import { answerRecordOf, askPeer, callInputFor, callModelWithRetries, type PeerResult } from "./model-invocation.js";
import { requestContextOf, traceEntry, type RouterRuntime } from "./node-runtime.js";
import { decideWithLearnedModel, learnedPredictorOf, planVerdictOf, recordExplorationOutcome, speculativePeerOf } from "./learned-verify.js";
import { lateAfterMs, lateHedgeFor } from "./late-hedge.js";
import { exploredCallOf, startBackgroundExploration } from "./background-exploration.js";
import { expectedOutputTokens } from "../learning/learned-escalation.js";
import { tokensGeneratedBy } from "../policies/hedge-cost.js";
import { costOfTokens } from "../policies/cost.js";
import { describeModelFailure } from "../models/classify-model-error.js";

/** A hedge in flight: the likely escalation, started with the local answers. */
interface RunningHedge {
  modelId: string;
  controller: AbortController;
  startedAt: number;
  settled: boolean;
  result: Promise<PeerResult>;
  detach: () => void;
}

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
    const failures: ModelFailure[] = [];
    let modelId: string | undefined = target.modelId;
    let reason: AttemptRecord["reason"] = target.reason;
    // Hedge (learned planner): the likely escalation answers at the same time too, and is cancelled
    // once the local answers suffice.
    // An escalation may carry one too: the next escalation likely to follow it (the verifier's plan).
    const hedgeId =
      ((target.reason === "selected" && state.answers.length === 0) || target.reason === "escalation") &&
      context.onToken === undefined &&
      state.hedge !== undefined &&
      state.hedge !== target.modelId &&
      !tried.has(state.hedge) &&
      eligible.has(state.hedge)
        ? state.hedge
        : undefined;
    // With a hedge, the calls it races (the first model and its peer) can be cancelled on their own
    // when the hedged answer wins: they get their own signal, still cancelled with the request's.
    const racing = hedgeId === undefined ? undefined : linkedController(context.signal);
    const racingContext = racing ? { ...context, signal: racing.controller.signal } : context;
    const firstStartedAt = runtime.clock.now();
    // Speculative peer: the learned verifier will ask this local model to check the answer anyway,
    // so it answers at the same time as the first model (latency = the slower of the two, not the sum).
    const peerId = speculativePeerOf(runtime, state, context.onToken !== undefined);
    let peer: Promise<PeerResult> | undefined = peerId === undefined ? undefined : askPeer(runtime, state, peerId, racingContext, config);
    let hedge: RunningHedge | undefined = hedgeId === undefined ? undefined : startHedge(hedgeId);
    // The verifier's first decision on the plan's answers (RouterState.planVerdict), when settling the hedge makes it here.
    let planVerdict = state.planVerdict;
    // A late (or kept-race) hedge that won its race against a kept call: the verifier judges its answer as the race did.
    let lateRaceWonBy: string | undefined;
    // Local exploration (bandit.online.localExploration): a direct cloud call also runs the local plan;
    // those answers are observed by online learning, never returned, and the request does not wait for them.
    const exploring =
      target.reason === "selected" && state.answers.length === 0 && context.onToken === undefined
        ? (state.exploreLocal ?? []).filter((id) => id !== target.modelId && eligible.has(id))
        : [];
    if (exploring.length > 0) {
      const predictor = learnedPredictorOf(runtime.predictor);
      const background =
        predictor !== undefined &&
        startBackgroundExploration(runtime, state, exploring, context, (explored, kept) => recordExplorationOutcome(runtime, state, predictor, explored, kept));
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { models: exploring, exploration: "local-plan", background },
          chose: background ? exploring.join("+") : "none",
          why: background
            ? "local exploration: answering alongside the direct cloud call, in the background (observed for online learning when they answer; not returned, not waited for)"
            : "local exploration skipped: the background explorations are at their bound",
        }),
      );
    }
    // The verifier asks a local model still answering as exploration: its answer is taken, not asked again.
    const exploredCall = hedgeId === undefined && target.reason !== "selected" ? exploredCallOf(runtime, state.requestId, target.modelId) : undefined;
    const explored = exploredCall && (await exploredCall);
    if (explored?.answer && !state.answers.some((other) => other.modelId === target.modelId)) {
      attempts.push({ ...explored.attempt, reason: target.reason });
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: target.modelId, reason: target.reason },
          chose: target.modelId,
          why: `answered (${target.reason}): its local exploration answer, taken instead of a second call`,
        }),
      );
      return { attempts, answers: [explored.answer], answer: explored.answer, next: undefined, trace };
    }
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
        const firstCall = modelId === target.modelId;
        const call = callModelWithRetries(runtime, callInputFor(state, binding, firstCall ? racingContext : context, true, config));
        // The hedge races the first model: when its answer is in first and the planner accepts an
        // answer with it, the local path cannot win any more and is cancelled.
        const raced = firstCall ? await raceHedge(call, [], [modelId, ...(peer && peerId !== undefined ? [peerId] : [])]) : await call;
        if (isHedgeWin(raced)) return await finishWithHedge(raced, [], { modelId, reason, promise: call });
        const result = raced;
        attempts.push({
          modelId,
          tier: binding.config.tier,
          ok: true,
          latencyMs: result.latencyMs,
          ...(result.ttftMs === undefined ? {} : { ttftMs: result.ttftMs }),
          usage: result.usage,
          reason,
        });
        const answer: AnswerRecord = answerRecordOf(modelId, result);
        trace.push(
          traceEntry(runtime, state.requestId, {
            node: "call_model",
            ms: performance.now() - started,
            saw: {
              model: modelId,
              tier: binding.config.tier,
              reason,
              inputTokens: result.usage.inputTokens,
              outputTokens: result.usage.outputTokens,
              latencyMs: round(result.latencyMs),
              // Caller parameters this model does not accept: dropped from the call, and reported as a warning.
              ...(result.droppedParams.length > 0 ? { droppedParams: result.droppedParams } : {}),
            },
            chose: modelId,
            why: errors.length > 0 ? `answered after fallback (${errors.join("; ")})` : `answered (${reason})`,
          }),
        );
        const pendingPeer = peer;
        peer = undefined;
        const racedPeer = pendingPeer && (await raceHedge(pendingPeer, [answer], peerId === undefined ? [] : [peerId]));
        if (isHedgeWin(racedPeer)) return await finishWithHedge(racedPeer, [answer], undefined, pendingPeer);
        const checked = racedPeer;
        racing?.detach();
        if (checked) {
          attempts.push(checked.attempt);
          trace.push(
            traceEntry(runtime, state.requestId, {
              node: "call_model",
              ms: performance.now() - started,
              saw: { model: checked.attempt.modelId, ok: checked.attempt.ok },
              chose: checked.attempt.modelId,
              why: "speculative agreement peer, called together with the first model",
            }),
          );
        }
        const answers = checked?.answer ? [answer, checked.answer] : [answer];
        const hedged = await settleHedge(answers);
        answers.push(...hedged);
        return {
          attempts,
          answers,
          answer,
          next: undefined,
          trace,
          ...(hedged.length > 0 ? { escalations: state.escalations + hedged.length } : {}),
          ...(planVerdict !== state.planVerdict ? { planVerdict } : {}),
          ...(lateRaceWonBy !== undefined ? { raceWonBy: lateRaceWonBy } : {}),
        };
      } catch (error) {
        const routerError: RouterError = error instanceof RouterError ? error : runtime.classifyError(error, modelId);
        await cancelHedge("the first model failed");
        racing?.detach();
        attempts.push({
          modelId,
          tier: binding.config.tier,
          ok: false,
          error: routerError.code,
          latencyMs: 0,
          usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
          reason,
        });
        errors.push(`${modelId}: ${routerError.code} (${routerError.message})`);
        failures.push({
          modelId,
          error: routerError,
          cause: describeModelFailure(routerError, { ...binding.config, index: runtime.config.models.findIndex((model) => model.id === modelId) }),
        });
        // A stream cut before its first token reached the caller falls back like any other failure;
        // once a token was sent, no silent fallback is possible.
        const fatal: boolean =
          ["CANCELLED", "PRIVACY_VIOLATION_PREVENTED"].includes(routerError.code) ||
          (routerError.code === "STREAM_BROKEN" && routerError.details["tokensSent"] === true) ||
          context.tokensSent;
        // The first model failed while its peer was answering: the peer's answer is the fallback.
        const inFlight = fatal ? undefined : await takePeer();
        if (inFlight) {
          attempts.push({ ...inFlight.attempt, reason: "fallback" });
          tried.add(inFlight.attempt.modelId);
          if (inFlight.answer) {
            context.onFallback?.(modelId, inFlight.attempt.modelId, routerError.code);
            trace.push(
              traceEntry(runtime, state.requestId, {
                node: "call_model",
                ms: performance.now() - started,
                saw: { model: modelId, error: routerError.code },
                chose: inFlight.attempt.modelId,
                why: `fallback: ${modelId} failed (${routerError.code}); its speculative peer answered`,
              }),
            );
            return { attempts, answers: [inFlight.answer], answer: inFlight.answer, next: undefined, trace };
          }
        }
        const fallback: string | undefined = fatal
          ? undefined
          : (nextRung(runtime.ladder, modelId, eligible, tried) ??
            state.candidates.map((candidate) => candidate.modelId).find((id) => eligible.has(id) && !tried.has(id)));
        if (fallback === undefined) {
          // Every model was busy at its maxConcurrency (RATE_LIMITED, 429), or refused what the request holds
          // (INVALID_REQUEST, 400): the caller gets that, not a model failure.
          const callerSide = ["RATE_LIMITED", "INVALID_REQUEST"].includes(routerError.code) && attempts.every((attempt) => attempt.error === routerError.code);
          if (fatal || callerSide) throw routerError;
          throw everyModelFailed(failures, routerError);
        }
        context.onFallback?.(modelId, fallback, routerError.code);
        trace.push(
          traceEntry(runtime, state.requestId, {
            node: "call_model",
            ms: performance.now() - started,
            saw: { model: modelId, error: routerError.code },
            chose: fallback,
            why: `fallback: ${modelId} failed (${routerError.code})`,
          }),
        );
        modelId = fallback;
        reason = "fallback";
      }
    }
    throw new RouterError("INTERNAL", "call_model ended without an answer");

    /**
     * Waits for `pending` (a call the running hedge races), unless the hedge answers first and the
     * planner, with the answers in hand and the hedge's, accepts an answer without waiting: then the
     * local path cannot win any more and the hedge's win is returned instead.
     */
    async function raceHedge<T>(pending: Promise<T>, inHand: AnswerRecord[], leaving: readonly string[]): Promise<T | HedgeWin> {
      const running = hedge;
      const predictor = learnedPredictorOf(runtime.predictor);
      if (!running || running.settled || !predictor || !state.vector) return pending;
      const first = await Promise.race([pending.then(settledFirst, settledFirst), running.result.then(() => HEDGE_FIRST)]);
      if (first !== HEDGE_FIRST) return pending;
      const result = await running.result;
      if (!result.answer) return pending;
      // Decided as the verifier will after the cancel: the racing calls no longer share the device.
      // When it would still want one of them (a local check of the hedge's answer), that call goes on.
      const decision = decideWithLearnedModel(
        runtime,
        { ...state, attempts: [...state.attempts, ...attempts, result.attempt], escalations: state.escalations + 1 },
        predictor,
        [...state.answers, ...inHand, result.answer],
        undefined,
        leaving,
        runtime.config.bandit.hedge.raceLatencyWeight,
      );
      if (decision.next !== undefined) return pending;
      return { hedgeWin: true, result, reason: decision.reason };
    }

    /**
     * The hedge won the race: cancels the calls still running on the local path (the first model
     * while it answers, and the peer), records them as cancelled attempts with what they had cost,
     * and returns the answers in hand with the hedge's.
     */
    async function finishWithHedge(
      won: HedgeWin,
      inHand: AnswerRecord[],
      first: { modelId: string; reason: AttemptRecord["reason"]; promise: Promise<{ latencyMs: number; usage: AttemptRecord["usage"] }> } | undefined,
      pendingPeer?: Promise<PeerResult>,
    ): Promise<RouterStateUpdate> {
      const running = hedge!;
      hedge = undefined;
      running.detach();
      const cancelledAt = runtime.clock.now();
      racing?.controller.abort(new RouterError("CANCELLED", `the hedged answer of ${running.modelId} won the race`));
      racing?.detach();
      const cancelled: string[] = [];
      if (first) {
        // A call that finished in the same instant is recorded with its real usage (its answer is not used).
        const finished = await first.promise.catch(() => undefined);
        const tier = runtime.models.get(first.modelId)!.config.tier;
        if (finished) attempts.push({ modelId: first.modelId, tier, ok: true, latencyMs: finished.latencyMs, usage: finished.usage, reason: first.reason });
        else {
          attempts.push(cancelledAttempt(first.modelId, firstStartedAt, cancelledAt - firstStartedAt, first.reason));
          cancelled.push(first.modelId);
        }
      }
      const stopped = await (pendingPeer ?? peer);
      peer = undefined;
      if (stopped) {
        const { modelId: stoppedId } = stopped.attempt;
        // A peer that had already answered, or failed on its own, keeps its attempt.
        const wasCancelled = stopped.attempt.error === "CANCELLED";
        attempts.push(wasCancelled ? cancelledAttempt(stoppedId, firstStartedAt, cancelledAt - firstStartedAt, "peer") : stopped.attempt);
        if (wasCancelled) cancelled.push(stoppedId);
      }
      attempts.push(won.result.attempt);
      tried.add(running.modelId);
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: running.modelId, ok: true, cancelled },
          chose: running.modelId,
          why: `hedge won the race: its answer suffices (${won.reason})${cancelled.length > 0 ? `; cancelled ${cancelled.join(", ")}` : ""}`,
        }),
      );
      const answers = [...inHand, ...(stopped?.answer ? [stopped.answer] : []), won.result.answer!];
      // The plan's answers were never all in: what the verifier would have decided on them is unknown (not a drift observation).
      return {
        attempts,
        answers,
        answer: won.result.answer!,
        next: undefined,
        trace,
        escalations: state.escalations + 1,
        planVerdict: state.planVerdict ?? "unknown",
        raceWonBy: running.modelId,
      };
    }

    function startHedge(id: string): RunningHedge {
      const controller = new AbortController();
      const onAbort = () => controller.abort(context.signal?.reason);
      if (context.signal?.aborted) controller.abort(context.signal.reason);
      else context.signal?.addEventListener("abort", onAbort, { once: true });
      const running: RunningHedge = {
        modelId: id,
        controller,
        startedAt: runtime.clock.now(),
        settled: false,
        result: Promise.resolve(undefined as unknown as PeerResult),
        detach: () => context.signal?.removeEventListener("abort", onAbort),
      };
      running.result = askPeer(runtime, state, id, { ...context, signal: controller.signal, onToken: undefined, tokensSent: false }, config).then((result) => {
        running.settled = true;
        return { ...result, attempt: { ...result.attempt, reason: "hedge" } };
      });
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: id },
          chose: id,
          why: "hedge: the likely escalation starts before the answers it depends on are in",
        }),
      );
      return running;
    }

    /**
     * With the answers in: keep the hedge's answer when the planner would escalate to it (or it has
     * already answered: its cost is spent), else cancel it. A kept hedge may start the escalation
     * likely to follow its answer (settled the same way once it answers). Returns the answers kept.
     */
    async function settleHedge(answers: AnswerRecord[], kept = 0): Promise<AnswerRecord[]> {
      const running = hedge;
      if (!running) return [];
      const predictor = learnedPredictorOf(runtime.predictor);
      let keep = running.settled;
      let why = "hedge had already answered: its answer is kept";
      let next: string | undefined;
      let check: string | undefined;
      // A hedge that has already answered is kept whatever the verifier decides; the decision is still
      // made for the plan's verdict (drift: kept because it was first is not a rejection of the local answers).
      if (predictor && state.vector && (!keep || planVerdict === undefined)) {
        const decision = decideWithLearnedModel(
          runtime,
          { ...state, attempts: [...state.attempts, ...attempts], escalations: state.escalations + kept },
          predictor,
          [...state.answers, ...answers],
          {
            modelId: running.modelId,
            elapsedMs: runtime.clock.now() - running.startedAt,
          },
        );
        planVerdict = planVerdictOf({ planVerdict }, decision);
        if (!keep) {
          keep = decision.next?.modelId === running.modelId;
          why = keep ? `hedge kept: ${decision.reason}` : `hedge cancelled: ${decision.reason}`;
          next = keep ? decision.hedge : undefined;
          // bandit.hedge.throughLocalCheck: the verifier asks a local model to check first, and the running
          // hedge is still worth its further spend as the likely call after that check: it keeps running.
          const checkId = decision.next?.modelId;
          if (
            !keep &&
            runtime.config.bandit.hedge.throughLocalCheck &&
            checkId !== undefined &&
            decision.hedge === running.modelId &&
            runtime.models.get(checkId)?.config.tier === "local" &&
            !tried.has(checkId) &&
            eligible.has(checkId)
          )
            check = checkId;
        } else why = `${why} (${decision.next === undefined ? "the answers before it sufficed" : "the answers before it did not suffice"})`;
      }
      if (check !== undefined) return await checkThroughHedge(check, answers, kept, why);
      if (!keep) {
        await cancelHedge(why);
        return [];
      }
      hedge = undefined;
      running.detach();
      // The escalation likely to follow the kept hedge's answer starts now, not after it.
      if (next !== undefined && !tried.has(next) && eligible.has(next)) {
        hedge = startHedge(next);
        // bandit.hedge.keptRace: that escalation races the kept call as a late hedge does (its answer in first and sufficing cancels it).
        if (runtime.config.bandit.hedge.keptRace) {
          const raced = await raceHedge(running.result, answers, [running.modelId]);
          if (isHedgeWin(raced)) return finishLateRace(running, raced, "hedge started with the kept call");
        }
      }
      // bandit.hedge.whenLate: or later, if the kept call runs past its expected time.
      else if (runtime.config.bandit.hedge.whenLate && (await watchLate(running, answers, kept))) {
        // The late hedge races the late call: when it answers first and suffices, the late call is cancelled.
        const raced = await raceHedge(running.result, answers, [running.modelId]);
        if (isHedgeWin(raced)) return finishLateRace(running, raced, "late hedge");
      }
      const result = await running.result;
      attempts.push(result.attempt);
      tried.add(running.modelId);
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: running.modelId, ok: result.attempt.ok },
          chose: running.modelId,
          why,
        }),
      );
      if (!result.answer) {
        await cancelHedge("the kept hedge gave no answer");
        return [];
      }
      return [result.answer, ...(await settleHedge([...answers, result.answer], kept + 1))];
    }

    /**
     * bandit.hedge.throughLocalCheck: the verifier's local check (`checkId`) answers while the running
     * hedge goes on; then the hedge is settled again with the check's answer (kept when the planner
     * escalates to it, else cancelled).
     */
    async function checkThroughHedge(checkId: string, answers: AnswerRecord[], kept: number, why: string): Promise<AnswerRecord[]> {
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: hedge!.modelId, check: checkId },
          chose: checkId,
          why: `hedge kept running through a local check: ${why.replace(/^hedge cancelled: /, "")}`,
        }),
      );
      tried.add(checkId);
      const checked = await askPeer(runtime, state, checkId, context, config);
      attempts.push({ ...checked.attempt, reason: "escalation" });
      if (!checked.answer) {
        await cancelHedge(`the local check (${checkId}) gave no answer`);
        return [];
      }
      return [checked.answer, ...(await settleHedge([...answers, checked.answer], kept + 1))];
    }

    /**
     * bandit.hedge.whenLate: waits until the kept call `running` passes its expected time; if it is
     * still answering then, the escalation likely to follow it is valued again with what a late (long)
     * answer tells, and started when worth it. Returns whether it started one (when the call answered first or the decision is made).
     */
    async function watchLate(running: RunningHedge, answers: AnswerRecord[], kept: number): Promise<boolean> {
      const predictor = learnedPredictorOf(runtime.predictor);
      if (!predictor || !state.vector || running.settled) return false;
      const dueMs = lateAfterMs(runtime, state, predictor, running.modelId, running.startedAt) - (runtime.clock.now() - running.startedAt);
      const timer = linkedController(context.signal);
      const late = await Promise.race([
        running.result.then(() => false),
        runtime.wait(Math.max(0, dueMs), timer.controller.signal).then(
          () => true,
          () => false,
        ),
      ]);
      // The timer is stopped whichever came first (in the simulator it would otherwise hold the virtual clock).
      timer.controller.abort();
      timer.detach();
      if (!late || running.settled || context.signal?.aborted) return false;
      const elapsedMs = runtime.clock.now() - running.startedAt;
      const found = lateHedgeFor(
        runtime,
        { ...state, attempts: [...state.attempts, ...attempts], escalations: state.escalations + kept },
        predictor,
        [...state.answers, ...answers],
        { modelId: running.modelId, elapsedMs },
        tried,
      );
      if (!found || tried.has(found.modelId) || !eligible.has(found.modelId) || found.modelId === running.modelId) return false;
      hedge = startHedge(found.modelId);
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: running.modelId, elapsedMs: round(elapsedMs), likelihoodRatio: round(found.likelihoodRatio) },
          chose: found.modelId,
          why: `late hedge: ${running.modelId} still answering after its expected ${Math.round(elapsedMs)} ms (answers this long are ${found.likelihoodRatio.toFixed(1)}x as likely wrong here): ${found.modelId} started (${(found.probability * 100).toFixed(0)}% likely next)`,
        }),
      );
      return true;
    }

    /** The late hedge (or, `keptRace`, one started with a kept call) won its race against that call (`late`): it is cancelled, the hedge's answer is the one kept. */
    async function finishLateRace(late: RunningHedge, won: HedgeWin, label: string): Promise<AnswerRecord[]> {
      const winner = hedge!;
      hedge = undefined;
      winner.detach();
      const elapsedMs = runtime.clock.now() - late.startedAt;
      late.controller.abort(new RouterError("CANCELLED", `the late hedge ${winner.modelId} answered first`));
      await late.result;
      attempts.push(cancelledAttempt(late.modelId, late.startedAt, elapsedMs, "hedge"), won.result.attempt);
      tried.add(winner.modelId);
      lateRaceWonBy = winner.modelId;
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: winner.modelId, ok: true, cancelled: [late.modelId] },
          chose: winner.modelId,
          why: `${label} won the race: its answer suffices (${won.reason}); cancelled ${late.modelId}`,
        }),
      );
      return [won.result.answer!];
    }

    /** Cancels a running hedge and records what it cost: its input and the tokens generated before the cancel (estimated). */
    async function cancelHedge(why: string): Promise<void> {
      const running = hedge;
      if (!running) return;
      hedge = undefined;
      running.detach();
      if (running.settled) {
        const result = await running.result;
        attempts.push({ ...result.attempt, reason: "hedge" });
        return;
      }
      const elapsedMs = runtime.clock.now() - running.startedAt;
      running.controller.abort(new RouterError("CANCELLED", "hedge cancelled"));
      await running.result;
      const attempt = cancelledAttempt(running.modelId, running.startedAt, elapsedMs, "hedge");
      attempts.push(attempt);
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "call_model",
          ms: performance.now() - started,
          saw: { model: running.modelId, elapsedMs: round(elapsedMs), outputTokens: attempt.usage.outputTokens },
          chose: "cancel",
          why,
        }),
      );
    }

    /** A call cancelled after `elapsedMs`, with what it cost: its input and the tokens generated before the cancel (estimated from its expected timing). */
    function cancelledAttempt(id: string, startedAt: number, elapsedMs: number, why: AttemptRecord["reason"]): AttemptRecord {
      const binding = runtime.models.get(id)!;
      const predictor = learnedPredictorOf(runtime.predictor);
      const outputTokensExpected = predictor ? expectedOutputTokens(predictor, id, state.vector) : 256;
      const timing = runtime.latencyExpectations.expected(id, outputTokensExpected, startedAt);
      const inputTokens = runtime.countTokens(state.text);
      const outputTokens = tokensGeneratedBy(elapsedMs, timing.ttftMs, timing.totalMs, outputTokensExpected);
      return {
        modelId: id,
        tier: binding.config.tier,
        ok: false,
        error: "CANCELLED",
        latencyMs: elapsedMs,
        usage: { inputTokens, outputTokens, costUsd: costOfTokens(inputTokens, outputTokens, binding.config.pricing) },
        reason: why,
      };
    }
  };
}

/** The hedge's answer won the race against the local path (see raceHedge). */
interface HedgeWin {
  hedgeWin: true;
  result: PeerResult;
  reason: string;
}

function isHedgeWin(value: unknown): value is HedgeWin {
  return typeof value === "object" && value !== null && (value as Partial<HedgeWin>).hedgeWin === true;
}

const HEDGE_FIRST = Symbol("hedge answered first");
const settledFirst = () => "pending" as const;

/** An AbortController also aborted with `parent`; `detach` stops listening to the parent. */
function linkedController(parent: AbortSignal | undefined): { controller: AbortController; detach: () => void } {
  const controller = new AbortController();
  const onAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener("abort", onAbort, { once: true });
  return { controller, detach: () => parent?.removeEventListener("abort", onAbort) };
}

interface ModelFailure {
  modelId: string;
  error: RouterError;
  /** The cause in plain words with the setting to check (describeModelFailure). */
  cause: string;
}

/**
 * The error of a request no allowed model could answer: MODEL_REQUEST_REJECTED when every model
 * refused the request itself (upstream 400, 413, 415, 422), MODEL_RATE_LIMITED with the shortest
 * Retry-After when a model was only rate limited (retrying later can succeed), else
 * MODEL_CALL_FAILED. The message names each model and its cause in plain words ("gemma2-9b:
 * connection refused at http://127.0.0.1:11434 (is Ollama running? setting models[0].baseUrl)
 * [MODEL_CALL_FAILED]", the code in brackets for docs/errors.md and for programs that grep for it);
 * `details.failures` lists each model, its error code (for metrics) and that cause.
 */
export function everyModelFailed(failures: readonly ModelFailure[], last: RouterError): RouterError {
  const summary = failures.map((failure) => `${failure.modelId}: ${failure.cause} [${failure.error.code}]`);
  const details: Record<string, unknown> = {
    attempts: summary,
    failures: failures.map((failure) => ({ model: failure.modelId, code: failure.error.code, cause: failure.cause })),
  };
  if (failures.every((failure) => failure.error.code === "MODEL_REQUEST_REJECTED")) {
    const status = last.details["status"];
    return new RouterError("MODEL_REQUEST_REJECTED", `every allowed model refused the request: ${summary.join("; ")}`, {
      cause: last,
      retryable: false,
      details: { ...details, ...(typeof status === "number" ? { status } : {}) },
    });
  }
  const limited = failures.filter((failure) => failure.error.code === "MODEL_RATE_LIMITED");
  if (limited.length > 0) {
    const waits = limited.map((failure) => failure.error.details["retryAfterMs"]).filter((wait): wait is number => typeof wait === "number");
    return new RouterError(
      "MODEL_RATE_LIMITED",
      `every allowed model failed, ${limited.map((failure) => failure.modelId).join(", ")} rate limited: ${summary.join("; ")}`,
      {
        cause: last,
        retryable: true,
        details: { ...details, ...(waits.length > 0 ? { retryAfterMs: Math.min(...waits) } : {}) },
      },
    );
  }
  return new RouterError("MODEL_CALL_FAILED", `every allowed model failed: ${summary.join("; ")}`, {
    cause: last,
    retryable: last.retryable,
    details: { ...details, ...(typeof last.details["retryAfterMs"] === "number" ? { retryAfterMs: last.details["retryAfterMs"] } : {}) },
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
