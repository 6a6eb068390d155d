import { START } from "@langchain/langgraph";
import { RouterError } from "../errors.js";
import { foldStateUpdate, type RouterStateUpdate } from "../state/router-state.js";
import { redirect, targetsOf, type RouterEdge, type RouterNodeFunction } from "./graph-parts.js";

/** The name of the graph node that runs `names` one after the other. */
export const fusedNodeName = (names: readonly string[]): string => names.join("+");

/**
 * Fuses each straight run of pure nodes into one graph node: B joins A's graph node when B is
 * pure, A leads to B by a plain edge, nothing else leads to B, and A returns plain updates (`plain`:
 * every pure node, and nodes marked `plainUpdate` such as call_model). The fused node is named
 * "A+B", calls A then B with the state A's update left (RouterState's reducers applied) and
 * writes both updates at once; it keeps the edges into A and the edge out of B. Each LangGraph
 * node costs a superstep (tasks, channel writes, a checkpoint, callback runs), so the router's
 * four decision nodes as one saves three of them per request, and call_model+verify one more when
 * the verifier calls no model.
 */
export function fusePureRuns(
  nodes: ReadonlyMap<string, RouterNodeFunction>,
  edges: ReadonlyMap<string, RouterEdge>,
  pure: ReadonlySet<string>,
  plain: ReadonlySet<string> = pure,
): { nodes: Map<string, RouterNodeFunction>; edges: Map<string, RouterEdge> } {
  const incoming = new Map<string, number>();
  for (const edge of edges.values()) for (const target of targetsOf(edge)) incoming.set(target, (incoming.get(target) ?? 0) + 1);
  /** The node that joins `name`'s run, if any. */
  const follower = (name: string): string | undefined => {
    const edge = edges.get(name);
    if (typeof edge !== "string" || edge === name || !plain.has(name) || !pure.has(edge) || incoming.get(edge) !== 1 || !nodes.has(edge)) return undefined;
    return edge;
  };
  const joined = new Set<string>();
  for (const name of nodes.keys()) {
    const next = follower(name);
    if (next !== undefined) joined.add(next);
  }
  const fusedNodes = new Map<string, RouterNodeFunction>();
  const fusedEdges = new Map<string, RouterEdge>([[START, edges.get(START)!]]);
  const renamed = new Map<string, string>();
  const placed = new Set<string>();
  for (const first of nodes.keys()) {
    if (joined.has(first)) continue;
    const run = [first];
    for (let next = follower(first); next !== undefined && !run.includes(next); next = follower(next)) run.push(next);
    const name = run.length === 1 ? first : fusedNodeName(run);
    if (run.length > 1 && nodes.has(name))
      throw new RouterError("CONFIG_INVALID", `graph extension: the node name "${name}" is taken by the fusion of ${run.join(", ")}`);
    fusedNodes.set(
      name,
      run.length === 1
        ? nodes.get(first)!
        : fuse(
            name,
            run.map((node) => nodes.get(node)!),
          ),
    );
    fusedEdges.set(name, edges.get(run.at(-1)!)!);
    for (const node of run) placed.add(node);
    if (name !== first) renamed.set(first, name);
  }
  // A cycle of pure nodes that nothing else enters has no first node: its nodes stay as they are.
  for (const [name, node] of nodes) {
    if (placed.has(name)) continue;
    fusedNodes.set(name, node);
    fusedEdges.set(name, edges.get(name)!);
  }
  for (const [from, edge] of fusedEdges) {
    let redirected = edge;
    for (const [first, name] of renamed) redirected = redirect(redirected, first, name);
    fusedEdges.set(from, redirected);
  }
  return { nodes: fusedNodes, edges: fusedEdges };
}

function fuse(name: string, functions: readonly RouterNodeFunction[]): RouterNodeFunction {
  return async (state, config) => {
    let current = state;
    let update: RouterStateUpdate = {};
    for (let index = 0; index < functions.length; index++) {
      const step = (await functions[index]!(current, config)) ?? {};
      if (Object.getPrototypeOf(step) !== Object.prototype)
        throw new RouterError(
          "INTERNAL",
          `graph node "${name}": a pure node (or one marked plainUpdate) must return a plain state update (no Command, no array)`,
        );
      if (index < functions.length - 1) current = foldStateUpdate(current, step);
      update = foldStateUpdate(update, step);
    }
    return update;
  };
}
