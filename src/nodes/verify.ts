import { z } from "zod";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { AnswerRecord, RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { answersAgree } from "../policies/answer-extraction.js";
import { checkAnswerRules } from "../policies/rule-checks.js";
import { nextRung } from "../policies/ladder.js";
import { rewardFrom } from "../policies/bandit.js";
import type { AttemptRecord, TraceEntry } from "../state/records.js";
import { askPeer } from "./model-invocation.js";
import { lastUserText } from "./message-text.js";
import { createDeadline } from "./deadline.js";
import { modelCallConfig, reportStoreError, requestContextOf, traceEntry, type RouterRuntime } from "./node-runtime.js";
import { decideWithLearnedModel, learnedPredictorOf, planVerdictOf, recordCloudShare, recordOnlineOutcome } from "./learned-verify.js";
import { settleBackgroundExploration } from "./background-exploration.js";
import { startLocalCheck } from "./background-check.js";
import { cloudTextFor, createPolicyOf } from "./cloud-privacy.js";
import { selfRatingTrace } from "./self-rating.js";

const judgeSchema = z.object({ score: z.number().min(0).max(10), reason: z.string().max(500) });

const DECISION_TTL_MS = 24 * 60 * 60 * 1000;

interface Verdict {
  pass: boolean;
  verifier: string;
  reason: string;
  /** True when the verdict carries information worth learning from. */
  informative: boolean;
}

/**
 * Checks the latest answer: rule checks, cross-model agreement (asking a peer when no earlier
 * answer exists) and an optional judge. A failed check escalates to the next allowed rung of the
 * ladder; the top allowed rung's answer is kept. The final verdict rewards the bandit.
 */
export function createVerifyNode(runtime: RouterRuntime) {
  const { verifiers } = runtime.config;
  const judge = verifiers.judge.enabled && verifiers.judge.model ? runtime.models.get(verifiers.judge.model) : undefined;
  const judgeRunnable = judge ? judge.chat.withStructuredOutput(judgeSchema, { name: "grade_answer" }) : undefined;
  const policyOf = createPolicyOf(runtime.config);

  return async function verify(state: RouterStateValue, config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    const context = requestContextOf(config);
    const answer = state.answer!;
    const eligible = new Set(state.eligible);
    const tried = new Set(state.attempts.map((attempt) => attempt.modelId));
    const attempts: AttemptRecord[] = [];
    const answers: AnswerRecord[] = [];
    const trace: TraceEntry[] = [];
    const top = nextRung(runtime.ladder, answer.modelId, eligible, tried) === undefined;
    const bypassed = state.options.model !== undefined;

    const learned = learnedPredictorOf(runtime.predictor);
    if (learned && verifiers.agreement.enabled && state.vector && !bypassed && !context.tokensSent) {
      // bandit.hedge.raceLatencyWeight: the answer of a hedge that won its race is judged as the race judged it
      // (else the verifier may ask the call just cancelled to answer again, from the start). A late or kept-race
      // hedge's answer comes after the first model's (state.answer): the latest answer is the race's.
      const raced = state.raceWonBy !== undefined && (state.raceWonBy === answer.modelId || state.raceWonBy === state.answers.at(-1)?.modelId);
      const raceWeight = raced ? runtime.config.bandit.hedge.raceLatencyWeight : undefined;
      const decision = decideWithLearnedModel(runtime, state, learned, state.answers, undefined, [], raceWeight, true);
      const pass = decision.next === undefined;
      const verdictOut: Verdict = { pass, verifier: "learned", reason: decision.reason, informative: state.answers.length > 1 };
      if (pass) {
        recordCloudShare(runtime, state);
        recordOnlineOutcome(runtime, state, learned, decision);
        settleBackgroundExploration(runtime, state.requestId, decision.kept);
        learn(state, decision.kept, state.answers, verdictOut);
      }
      // bandit.online.localExploration.checkShare: a lone local answer kept may be checked by its peer, in the background.
      const check = pass ? startLocalCheck(runtime, state, learned, decision.kept, context) : undefined;
      const escalates = decision.next?.reason === "escalation";
      trace.push(
        traceEntry(runtime, state.requestId, {
          node: "verify",
          ms: performance.now() - started,
          saw: {
            model: answer.modelId,
            answers: state.answers.length,
            extractable: answer.finalAnswer !== undefined,
            verifier: "learned",
            ...(decision.explored !== undefined ? { exploration: "verify-step" } : {}),
          },
          chose: pass ? `keep:${decision.kept.modelId}` : `${decision.next!.reason}:${decision.next!.modelId}`,
          why: decision.reason,
        }),
      );
      if (check)
        trace.push(
          traceEntry(runtime, state.requestId, {
            node: "verify",
            ms: performance.now() - started,
            saw: { model: decision.kept.modelId, exploration: "local-check", background: check.started },
            chose: check.started ? check.peer! : "none",
            why: check.why,
          }),
        );
      if (pass && decision.freeForm) {
        const rated = await selfRatingTrace(runtime, state, decision.kept, config);
        if (rated) trace.push(rated);
      }
      return {
        answer: decision.kept,
        verdict: { pass, verifier: "learned", reason: decision.reason },
        next: decision.next,
        // An escalation may start the likely next one with it (learned planner's escalation hedge).
        hedge: decision.hedge,
        // bandit.online.verifyExploration: the plan accepted, the step it passed over is taken instead.
        ...(decision.explored !== undefined ? { exploration: "verify-step" as const } : {}),
        escalations: escalates ? state.escalations + 1 : state.escalations,
        planVerdict: planVerdictOf(state, decision),
        reasons: decision.next
          ? [`${escalates ? "escalated" : "asked a peer"}: ${decision.next.modelId} (${decision.reason})`]
          : [`kept ${decision.kept.modelId}: ${decision.reason}`],
        trace,
      };
    }

    let verdict: Verdict = { pass: true, verifier: "none", reason: "no verifier enabled", informative: false };
    if (verifiers.rules.enabled) {
      const rules = checkAnswerRules({
        text: answer.text,
        finishReason: answer.finishReason,
        expectJson: state.request.responseFormat?.type === "json_object" || state.request.responseFormat?.type === "json_schema",
        minChars: verifiers.rules.minChars,
        hasToolCalls: ((answer.message as { tool_calls?: unknown[] }).tool_calls?.length ?? 0) > 0,
      });
      verdict = { pass: rules.pass, verifier: "rules", reason: rules.reason, informative: !rules.pass };
    }
    const extractable = answer.finalAnswer !== undefined;
    if (verdict.pass && verifiers.agreement.enabled && !bypassed && (extractable || !verifiers.agreement.onlyWhenExtractable)) {
      let others = state.answers.filter((other) => other.modelId !== answer.modelId);
      if (others.length === 0 && !top) {
        const peerId = pickPeer(answer.modelId, eligible, tried);
        if (peerId !== undefined) {
          const peer = await askPeer(runtime, state, peerId, context, config);
          attempts.push(peer.attempt);
          tried.add(peerId);
          if (peer.answer) {
            others = [peer.answer];
            answers.push(peer.answer);
          }
        }
      }
      if (others.length > 0) {
        const agreeing = others.find((other) => answersAgree(other.finalAnswer, answer.finalAnswer));
        verdict = agreeing
          ? { pass: true, verifier: "agreement", reason: `final answer agrees with ${agreeing.modelId}`, informative: true }
          : { pass: false, verifier: "agreement", reason: `final answer disagrees with ${others.map((other) => other.modelId).join(", ")}`, informative: true };
      }
    }
    if (verdict.pass && judgeRunnable && judge && judge.config.id !== answer.modelId) {
      verdict = await runJudge(state, answer, verdict, context.signal, config);
    }

    const next =
      verdict.pass || top || bypassed || state.escalations >= verifiers.maxEscalations || context.tokensSent
        ? undefined
        : nextRung(runtime.ladder, answer.modelId, eligible, tried);
    const final = next === undefined;
    if (final) learn(state, answer, [...state.answers, ...answers], verdict);
    const why = verdict.pass
      ? verdict.reason
      : next
        ? `${verdict.reason}: escalating to ${next}`
        : `${verdict.reason}; ${context.tokensSent ? "tokens already streamed" : top ? "no stronger allowed model" : "escalation limit reached"}: answer kept`;
    trace.push(
      traceEntry(runtime, state.requestId, {
        node: "verify",
        ms: performance.now() - started,
        saw: { model: answer.modelId, extractable, verifier: verdict.verifier },
        chose: verdict.pass ? "pass" : next ? `escalate:${next}` : "keep",
        why,
      }),
    );
    return {
      attempts,
      answers,
      verdict: { pass: verdict.pass, verifier: verdict.verifier, reason: verdict.reason },
      next: next ? { modelId: next, reason: "escalation" } : undefined,
      escalations: next ? state.escalations + 1 : state.escalations,
      reasons: next
        ? [`escalated from ${answer.modelId} to ${next}: ${verdict.reason}`]
        : verdict.informative
          ? [`verified by ${verdict.verifier}: ${verdict.reason}`]
          : [],
      trace,
    };

    async function runJudge(
      current: RouterStateValue,
      candidate: AnswerRecord,
      before: Verdict,
      signal: AbortSignal | undefined,
      nodeConfig: RunnableConfig | undefined,
    ): Promise<Verdict> {
      let request = lastUserText(current.messages);
      let answerText = candidate.text;
      if (judge!.config.tier === "cloud") {
        // A cloud judge follows the request's privacy policy, like the answering call (cloud-privacy.ts).
        const cloudRequest = cloudTextFor(runtime, current, request, policyOf, { fromRequest: true });
        const cloudAnswer = cloudRequest.allowed ? cloudTextFor(runtime, current, answerText, policyOf) : cloudRequest;
        if (!cloudRequest.allowed || !cloudAnswer.allowed) {
          const why = !cloudRequest.allowed ? cloudRequest.why : !cloudAnswer.allowed ? `the answer: ${cloudAnswer.why}` : "";
          return { ...before, reason: `${before.reason}; cloud judge skipped (${why})` };
        }
        request = cloudRequest.text;
        answerText = cloudAnswer.text;
      }
      const deadline = createDeadline(verifiers.judge.timeoutMs, signal);
      try {
        const graded = judgeSchema.parse(
          await judgeRunnable!.invoke(
            [
              new SystemMessage("Grade the answer to the request from 0 (useless or wrong) to 10 (excellent and correct). Be strict."),
              new HumanMessage(`Request:\n${request.slice(0, 6000)}\n\nAnswer:\n${answerText.slice(0, 6000)}`),
            ],
            { ...modelCallConfig(nodeConfig, true), signal: deadline.signal },
          ),
        );
        const pass = graded.score >= verifiers.judge.threshold;
        return { pass, verifier: "judge", reason: `judge scored ${graded.score}/10`, informative: true };
      } catch {
        return { pass: true, verifier: "judge", reason: "judge unavailable: answer kept unjudged", informative: false };
      } finally {
        deadline.dispose();
      }
    }
  };

  /** The configured peer, or the next untried local model on the ladder, else any untried rung at the same tier. */
  function pickPeer(modelId: string, eligible: ReadonlySet<string>, tried: ReadonlySet<string>): string | undefined {
    const configured = verifiers.agreement.peer;
    if (configured && configured !== modelId && eligible.has(configured) && !tried.has(configured)) return configured;
    const tier = runtime.models.get(modelId)!.config.tier;
    return runtime.ladder.find(
      (id) => id !== modelId && eligible.has(id) && !tried.has(id) && runtime.models.get(id)!.config.tier === tier && tier === "local",
    );
  }

  /** Rewards every model that answered: agreement with the kept answer when it is extractable, else the verdict. */
  function learn(state: RouterStateValue, kept: AnswerRecord, all: AnswerRecord[], verdict: Verdict): void {
    const updates: Promise<void>[] = [];
    if (runtime.config.bandit.enabled && state.options.model === undefined) {
      if (kept.finalAnswer !== undefined && all.length > 1) {
        for (const answer of all)
          updates.push(runtime.banditStore.update(state.bucket, answer.modelId, answersAgree(answer.finalAnswer, kept.finalAnswer) ? 1 : 0));
      } else if (verdict.informative) {
        updates.push(runtime.banditStore.update(state.bucket, kept.modelId, rewardFrom(verdict.pass)));
      }
    }
    if (runtime.decisionStore)
      updates.push(runtime.decisionStore.rememberDecision(state.requestId, { bucket: state.bucket, modelId: kept.modelId }, DECISION_TTL_MS));
    // The answer does not wait for these writes (a Redis round trip per request otherwise); they are
    // issued now, so a later read or feedback on the same store is ordered after them.
    if (updates.length > 0) Promise.all(updates).catch((error: unknown) => reportStoreError(runtime, state.requestId, error));
  }
}
