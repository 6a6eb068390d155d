/** Records shared by the graph state, the nodes and the router API: requests, decisions, results. */
import type { BaseMessage } from "@langchain/core/messages";
import type { Callbacks } from "@langchain/core/callbacks/manager";
import type { Tier } from "../config/sections/models.js";
import type { RouteScore } from "../policies/route-match.js";
import type { GenerationParams } from "../policies/request-params.js";

/** A chat message as OpenAI clients send it, or a LangChain message. */
export interface PlainMessage {
  role: "system" | "user" | "assistant" | "tool" | "developer";
  content: string | Array<{ type: string; text?: string; [key: string]: unknown }> | null;
  name?: string;
  tool_call_id?: string;
  tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }>;
}

// Defined by the route matcher (a pure policy, below the state); recorded in the state and results.
export type { RouteScore };

export type RouterInput = string | ReadonlyArray<BaseMessage | PlainMessage>;

export interface RouteOptions {
  /** Routing profile from the config, e.g. `routellm/local-only`. Default: `routellm/auto`. */
  profile?: string;
  /** A configured model id: bypasses routing (privacy still applies). */
  model?: string;
  /** Caller's id for this request (server header, batch prompt id). Generated when absent. */
  requestId?: string;
  signal?: AbortSignal;
  /** Shorthand for `params.maxTokens`. */
  maxTokens?: number;
  /** Shorthand for `params.temperature`. */
  temperature?: number;
  /** Generation parameters, mapped onto each model's API (docs/api.md has the table). */
  params?: GenerationParams;
  /** A parameter the chosen model does not accept: "drop" (default) drops it with a warning; "reject" routes only to models that accept it, else CAPABILITY_UNSUPPORTED. */
  unsupportedParams?: "drop" | "reject";
  /** OpenAI-style response_format; routes only to models with `supportsJson`; `json_object` also enables the JSON rule check. */
  responseFormat?: { type: "text" | "json_object" | "json_schema"; json_schema?: unknown };
  /** OpenAI-style tool definitions; routes only to models with `supportsTools` (unless tool_choice is "none"). */
  tools?: unknown[];
  toolChoice?: unknown;
  /** Free-form, kept in the trace's request entry (no prompt text). */
  metadata?: Record<string, unknown>;
  /**
   * LangChain callbacks for this request: they see the graph's run, its nodes and every model call
   * inside it (answer, peer, judge, triage), each exactly once, as for any LangGraph graph.
   */
  callbacks?: Callbacks;
  /** LangChain tags for this request's runs (inherited by the model calls inside the graph). */
  tags?: string[];
  /** LangGraph's recursion limit for this request. Default: enough steps for every model of the config to answer once. */
  recursionLimit?: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** One line of the decision trace: which node, what it saw, what it chose, why, how long it took. */
export interface TraceEntry {
  node: string;
  ms: number;
  saw?: Record<string, unknown>;
  chose?: string;
  why: string;
}

export interface PrivacySummary {
  sensitive: boolean;
  categories: string[];
  /** True when the request may only go to local models. */
  pinnedLocal: boolean;
  /** Number of values replaced by placeholders for cloud calls. */
  redacted: number;
}

export interface AttemptRecord {
  modelId: string;
  tier: Tier;
  ok: boolean;
  /** Error code when the call failed. */
  error?: string;
  latencyMs: number;
  ttftMs?: number;
  usage: TokenUsage;
  /**
   * Why this model was called: selected, escalation, fallback, verifier-peer, hedge. "exploration" is
   * no longer recorded: local exploration's calls finish in the background, after the result (kept in
   * the type for callers that match on it).
   */
  reason: "selected" | "escalation" | "fallback" | "peer" | "hedge" | "exploration";
}

export interface RouteDecision {
  requestId: string;
  model: string;
  tier: Tier;
  reasons: string[];
  privacy: PrivacySummary;
  triage: { complexity: number; confidence: number; domain: string; source: "heuristic" | "agentic" } | undefined;
  /** Every semantic route's score against its threshold, best first; a `matched` route steers the selection. */
  routes: RouteScore[];
  /** Models that were allowed, with the selector's expected utility of each. */
  candidates: Array<{ modelId: string; expectedQuality: number; utility: number }>;
  /** True when the request explored (either kind below): bounded by bandit.explorationShare and bandit.online.localExploration.share. */
  exploratory?: boolean;
  /**
   * How it explored: "posterior" = the selector sampled its posteriors; "local-plan" = a direct cloud
   * request that also ran the local plan (its calls finish in the background and are observed for online
   * learning; the cloud answer is returned without waiting for them); "verify-step" = the learned verifier
   * would have accepted an answer and took the step its plan passed over instead
   * (bandit.online.verifyExploration; the answer returned comes from that step on).
   */
  exploration?: "local-plan" | "posterior" | "verify-step" | undefined;
  trace: TraceEntry[];
}

export interface RouteResult extends RouteDecision {
  answer: string;
  /** The answering model's message (tool calls included), with redactions restored. */
  message: BaseMessage;
  escalations: number;
  attempts: AttemptRecord[];
  usage: TokenUsage;
  verdict: { pass: boolean; verifier: string; reason: string } | undefined;
  latencyMs: number;
  /** What was not honoured as asked (e.g. a parameter the answering model does not accept, dropped). */
  warnings: string[];
}

export type RouteStreamEvent =
  | { type: "decision"; requestId: string; model: string; tier: Tier }
  | { type: "token"; text: string }
  /** A fallback happened before any token was sent (silent for the client). */
  | { type: "fallback"; from: string; to: string; reason: string }
  /** Something not honoured as asked (a dropped parameter), before the tokens of that call. */
  | { type: "warning"; message: string }
  | { type: "end"; result: RouteResult };

export interface EmbedOptions {
  /** A configured embedding model id; default: the first allowed local one, else the first allowed cloud one. */
  model?: string;
  /** A routing profile restricting tiers (e.g. `routellm/local-only`). */
  profile?: string;
  dimensions?: number;
  signal?: AbortSignal;
}

export interface EmbedResult {
  model: string;
  tier: Tier;
  /** One vector per input, in input order. */
  vectors: number[][];
  usage: TokenUsage;
  privacy: PrivacySummary;
}

export interface ModelHealth {
  modelId: string;
  tier: Tier;
  circuit: "closed" | "open" | "half-open";
  ttftEwmaMs: number | undefined;
  totalEwmaMs: number | undefined;
  totalP95Ms: number | undefined;
  consecutiveFailures: number;
}
