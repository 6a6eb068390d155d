import { Annotation } from "@langchain/langgraph";
import type { BaseMessage } from "@langchain/core/messages";
import type { AttemptRecord, RouteScore, TraceEntry } from "./records.js";
import type { Redaction } from "../privacy/types.js";
import type { RequestExtras } from "../policies/request-params.js";

/** The routing options kept in state (serialisable; no signal, no callbacks). What the request asks of the model is in `request`. */
export interface RequestOptions {
  profile?: string | undefined;
  model?: string | undefined;
  /** Stop after the selector: the decision without an answer. */
  dryRun?: boolean | undefined;
}

export interface PrivacyDecision {
  sensitive: boolean;
  categories: string[];
  pinnedLocal: boolean;
  /** Values to replace with placeholders before a cloud call. Never traced. */
  redactions: Redaction[];
  findings: number;
  /** True when the outgoing text was over `privacy.scanLimit.maxChars`: not scanned, pinned local. */
  unscanned?: boolean;
}

export interface TriageDecision {
  complexity: number;
  confidence: number;
  domain: string;
  source: "heuristic" | "agentic";
  estimatedTokens: number;
  requestedLength: -1 | 0 | 1;
}

export interface CandidateScore {
  modelId: string;
  expectedQuality: number;
  utility: number;
}

export interface AnswerRecord {
  modelId: string;
  message: BaseMessage;
  text: string;
  finalAnswer: string | undefined;
  finishReason: string | undefined;
}

/** The state keys whose updates are appended to what is there; every other key keeps the last value written. */
export const APPENDED_STATE_KEYS = ["attempts", "answers", "reasons", "trace"] as const;

const appendValues = <T>(left: T[], right: T[]): T[] => (right.length === 0 ? left : left.concat(right));

const append = <T>() => Annotation<T[]>({ reducer: appendValues, default: () => [] });

export const RouterState = Annotation.Root({
  requestId: Annotation<string>(),
  messages: Annotation<BaseMessage[]>(),
  options: Annotation<RequestOptions>(),
  /** What the request asks of the model beyond its messages: parameters, tools, tool_choice, response_format, images. */
  request: Annotation<RequestExtras>({ reducer: (_previous, next) => next, default: () => ({ params: {} }) }),
  /** Plain text of every message (tool results included), joined once for the scanners. */
  text: Annotation<string>(),
  privacy: Annotation<PrivacyDecision | undefined>(),
  triageDecision: Annotation<TriageDecision | undefined>(),
  /** The prompt's embedding (last user turn). */
  vector: Annotation<number[] | undefined>(),
  routes: Annotation<RouteScore[]>(),
  /** Models allowed for this request, by the privacy, profile and health constraints. */
  eligible: Annotation<string[]>(),
  /** Context bucket of the bandit (route or domain, complexity band). */
  bucket: Annotation<string>(),
  candidates: Annotation<CandidateScore[]>(),
  /** The selector explored on this request (bandit.explorationShare). */
  exploratory: Annotation<boolean>(),
  /**
   * How this request explores, if it does: "posterior" = the selector sampled its posteriors
   * (bandit.explorationShare); "local-plan" = a direct cloud request that also runs the local plan
   * (bandit.online.localExploration), whose answers are observed, not returned; "verify-step" = the
   * learned verifier took the step its plan passed over instead of accepting (bandit.online.verifyExploration).
   */
  exploration: Annotation<"local-plan" | "posterior" | "verify-step" | undefined>(),
  /** Local exploration: the local models that answer alongside the direct cloud call (first model, then its peer). */
  exploreLocal: Annotation<string[] | undefined>(),
  /** A model started together with the first answers and cancelled if they suffice (the learned planner's hedge). */
  hedge: Annotation<string | undefined>(),
  /** The learned planner answers with the first local model alone: no forced agreement check (its peer stays a candidate). */
  solo: Annotation<boolean | undefined>(),
  /** The learned planner's expected probability that this request escalates (drift detection). */
  expectedEscalation: Annotation<number | undefined>(),
  /**
   * The verifier's first decision on the answers the learned plan started with — the event
   * `expectedEscalation` predicts (drift detection): "reject" = it called another model, "accept" = it
   * kept one of them, "unknown" = the plan's answers were never all in (a hedge won its race first).
   * Undefined until that decision. A hedged call kept only because it had answered first is not a
   * rejection (it is counted in `escalations`, not here).
   */
  planVerdict: Annotation<"accept" | "reject" | "unknown" | undefined>(),
  /** The hedge whose answer won its race against the local answers, or against a kept call (late / `keptRace` hedges): those were cancelled; undefined otherwise. */
  raceWonBy: Annotation<string | undefined>(),
  /** The next model to call and why. */
  next: Annotation<{ modelId: string; reason: AttemptRecord["reason"] } | undefined>(),
  attempts: append<AttemptRecord>(),
  answers: append<AnswerRecord>(),
  /** The answer the router stands behind so far. */
  answer: Annotation<AnswerRecord | undefined>(),
  verdict: Annotation<{ pass: boolean; verifier: string; reason: string } | undefined>(),
  escalations: Annotation<number>(),
  reasons: append<string>(),
  trace: append<TraceEntry>(),
});

export type RouterStateValue = typeof RouterState.State;
export type RouterStateUpdate = typeof RouterState.Update;

const appended: ReadonlySet<string> = new Set(APPENDED_STATE_KEYS);
const stateKeys: ReadonlySet<string> = new Set(Object.keys(RouterState.spec));

/**
 * Folds `update` into `target` the way RouterState's channels do (appended keys concatenate,
 * the others take the new value; keys outside the schema are dropped), for node functions run one
 * after the other inside one graph node (graphs/fuse-nodes.ts). Returns a new object.
 */
export function foldStateUpdate<T extends Record<string, unknown>>(target: T, update: RouterStateUpdate): T {
  const result: Record<string, unknown> = { ...target };
  for (const key of Object.keys(update)) {
    // Like LangGraph, a key outside the schema is not state.
    if (!stateKeys.has(key)) continue;
    const value = (update as Record<string, unknown>)[key];
    const previous = result[key];
    result[key] = appended.has(key) && Array.isArray(previous) ? appendValues(previous, value as unknown[]) : value;
  }
  return result as T;
}
