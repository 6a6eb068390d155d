import type { RouterConfig } from "../config/schema.js";
import type { CompiledRouterGraph } from "../graphs/router-graph.js";
import type { ModelHealth, RouteDecision, RouteOptions, RouteResult, RouteStreamEvent, RouterInput } from "../state/records.js";
import type { Tier } from "../config/sections/models.js";

export type * from "../state/records.js";

/** The router: one compiled LangGraph graph plus the collaborators it was built with. */
export interface Router {
  readonly config: RouterConfig;
  /** The compiled LangGraph graph: add it to your own graph as a subgraph, or invoke it directly. */
  readonly graph: CompiledRouterGraph;
  /** Routes, calls the chosen model(s), verifies and escalates; resolves with the final answer. */
  invoke(input: RouterInput, options?: RouteOptions): Promise<RouteResult>;
  /** Same, yielding the decision, then tokens as they come, then the result. */
  stream(input: RouterInput, options?: RouteOptions): AsyncIterable<RouteStreamEvent>;
  /** The routing decision alone; calls no answering model. */
  explain(input: RouterInput, options?: RouteOptions): Promise<RouteDecision>;
  /** A user's score in [0, 1] for an earlier request: a reward for the bandit. False when the id is unknown or expired. */
  feedback(requestId: string, score: number): Promise<boolean>;
  /** Live health of each model (circuit, latency estimates). */
  health(): ModelHealth[];
  /** Profiles (e.g. `routellm/auto`) and configured model ids a request's `model` field may name. */
  listTargets(): Array<{ id: string; kind: "profile" | "model"; tier?: Tier }>;
  close(): Promise<void>;
}
