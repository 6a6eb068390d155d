import type { AnswerRecord, RouterStateValue } from "../state/router-state.js";
import type { LearnedSuccessPredictor } from "../learning/knn-success-predictor.js";
import { isOnlineLearningPredictor, patternOfAnswers } from "../learning/knn-success-predictor.js";
import { decideLocalCheck } from "../policies/local-exploration.js";
import { situationKey, type ShadowSituation } from "../policies/online-calibration.js";
import { startBackgroundCheck } from "./background-exploration.js";
import { localPeerOf, observedAnswers, observeLocalPair, reportDrift } from "./learned-verify.js";
import type { RequestContext, RouterRuntime } from "./node-runtime.js";

/**
 * Background local check (bandit.online.localExploration.checkShare): when the learned verifier keeps
 * a lone local answer (the planner chose it alone, no agreement check), a share of those requests
 * also asks the agreement peer, in the background, after the answer was kept: the request neither
 * waits for it nor changes its answer. What the peer answered teaches online learning the situations
 * the router never observes while it skips the check: the pair's live agreement, and, when the
 * request's feedback comes, the kept answer after an agreement or a disagreement (and the peer's
 * answer in them). Both models are local, so privacy-pinned requests may be checked too.
 * Returns the decision for the trace, or undefined when the request is not a lone local answer.
 */
export function startLocalCheck(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  kept: AnswerRecord,
  context: RequestContext,
): { started: boolean; peer?: string; why: string } | undefined {
  const share = runtime.config.bandit.online.localExploration.checkShare;
  if (!(share > 0) || state.solo !== true || state.answers.length !== 1 || state.answers[0]!.modelId !== kept.modelId || !state.vector) return undefined;
  if (runtime.models.get(kept.modelId)?.config.tier !== "local") return undefined;
  const peer = localPeerOf(runtime, state, predictor, kept.modelId);
  const decision = decideLocalCheck({
    text: state.text,
    share,
    onlineEnabled: runtime.config.bandit.online.enabled,
    peerLocal: peer !== undefined && runtime.models.get(peer)?.config.tier === "local",
    backgroundRoom: runtime.background.hasRoom(),
  });
  if (!decision.explore || peer === undefined) return { started: false, why: `no background check: ${decision.why}` };
  const started = startBackgroundCheck(runtime, state, peer, context, (answer) => recordCheckOutcome(runtime, state, predictor, kept, answer));
  return started
    ? {
        started,
        peer,
        why: `background check: ${peer} answers after ${kept.modelId}'s answer was kept (observed, not returned, not waited for; ${decision.why})`,
      }
    : { started, peer, why: "no background check: the background work is at its bound" };
}

/**
 * What a background check teaches once the peer answered: the pair's agreement (drift and the pair's
 * live agreement, as any two local answers), and the checked situations — the kept model's and the
 * peer's after this agreement pattern — added to the request's pending feedback, scored as shadows
 * when it comes (the kept answer's score; an agreeing peer the same, a disagreeing one 0 when the
 * kept answer scored 1). Feedback that came before the peer answered scores only the lone answer.
 */
export function recordCheckOutcome(
  runtime: RouterRuntime,
  state: RouterStateValue,
  predictor: LearnedSuccessPredictor,
  kept: AnswerRecord,
  answer: AnswerRecord | undefined,
): void {
  if (!answer || !runtime.config.bandit.online.enabled || !state.vector) return;
  const base = predictor.outcomeModel(state.vector);
  observeLocalPair(runtime, base, [kept, answer]);
  const observed = observedAnswers(runtime, state, [kept, answer]);
  const keptFinal = observed[0]!.finalAnswer;
  if (keptFinal !== undefined && keptFinal !== null) {
    const called = observed.map((entry) => entry.modelId);
    const pattern = patternOfAnswers(observed.map((entry) => entry.finalAnswer));
    const shadows: ShadowSituation[] = observed.flatMap((entry) =>
      entry.finalAnswer === undefined || entry.finalAnswer === null
        ? []
        : [
            {
              situation: situationKey(entry.modelId, called, pattern),
              predicted: base.success(called, pattern, entry.modelId),
              agrees: entry.finalAnswer === keptFinal,
            },
          ],
    );
    // Online per-prompt learning: the peer's answer joins the example the feedback will add.
    if (runtime.online.addShadows(state.requestId, shadows) && isOnlineLearningPredictor(predictor))
      predictor.rememberForFeedback(
        state.requestId,
        state.vector,
        [kept, answer].map((entry) => ({ modelId: entry.modelId, answer: entry.finalAnswer })),
        kept.modelId,
      );
  }
  reportDrift(runtime);
}
