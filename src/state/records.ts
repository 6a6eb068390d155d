/** Records shared by the graph state, the nodes and the router API: requests, decisions, results. */
import type { BaseMessage } from "@langchain/core/messages";
import type { Callbacks } from "@langchain/core/callbacks/manager";
import type { Tier } from "../config/sections/models.js";

/** A chat message as OpenAI clients send it, or a LangChain message. */
export interface PlainMessage {
  role: "system" | "user" | "assistant" | "tool" | "developer";
  content: string | Array<{ type: string; text?: string; [key: string]: unknown }> | null;
  name?: string;
  tool_call_id?: string;
  tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }>;
}

/** A semantic route's similarity to a prompt against the route's threshold. */
export interface RouteScore {
  name: string;
  score: number;
  threshold: number;
  matched: boolean;
}

export type RouterInput = string | ReadonlyArray<BaseMessage | PlainMessage>;

export interface RouteOptions {
  /** Routing profile from the config, e.g. `routellm/local-only`. Default: `routellm/auto`. */
  profile?: string;
  /** A configured model id: bypasses routing (privacy still applies). */
  model?: string;
  /** Caller's id for this request (server header, batch prompt id). Generated when absent. */
  requestId?: string;
  signal?: AbortSignal;
  maxTokens?: number;
  temperature?: number;
  /** OpenAI-style response_format, passed to models that support it; `json_object` also enables the JSON rule check. */
  responseFormat?: { type: "text" | "json_object" | "json_schema"; json_schema?: unknown };
  /** OpenAI-style tool definitions, passed through to models with `supportsTools`. */
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
  /** Why this model was called: selected, escalation, fallback, verifier-peer. */
  reason: "selected" | "escalation" | "fallback" | "peer";
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
}

export type RouteStreamEvent =
  | { type: "decision"; requestId: string; model: string; tier: Tier }
  | { type: "token"; text: string }
  /** A fallback happened before any token was sent (silent for the client). */
  | { type: "fallback"; from: string; to: string; reason: string }
  | { type: "end"; result: RouteResult };

export interface ModelHealth {
  modelId: string;
  tier: Tier;
  circuit: "closed" | "open" | "half-open";
  ttftEwmaMs: number | undefined;
  totalEwmaMs: number | undefined;
  totalP95Ms: number | undefined;
  consecutiveFailures: number;
}
