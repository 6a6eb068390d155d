import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { RouterStateUpdate, RouterStateValue } from "../state/router-state.js";

/** A node of the router's graph: the state in, a partial update out (a plain LangGraph node function). */
export type RouterNodeFunction = (state: RouterStateValue, config: LangGraphRunnableConfig) => Promise<RouterStateUpdate> | RouterStateUpdate;

/** Where a node goes next: one node (or END), or a route function with every node it may return. */
export type RouterEdge = string | { route: (state: RouterStateValue) => string; targets: readonly string[] };

/** Every node an edge may lead to. */
export const targetsOf = (edge: RouterEdge): readonly string[] => (typeof edge === "string" ? [edge] : edge.targets);

/** The edge with `target` replaced by `replacement` (in its targets and in what its route returns). */
export function redirect(edge: RouterEdge, target: string, replacement: string): RouterEdge {
  if (typeof edge === "string") return edge === target ? replacement : edge;
  if (!edge.targets.includes(target)) return edge;
  const route = edge.route;
  return {
    route: (state) => {
      const next = route(state);
      return next === target ? replacement : next;
    },
    targets: edge.targets.map((name) => (name === target ? replacement : name)),
  };
}
