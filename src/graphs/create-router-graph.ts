import { END, START, StateGraph } from "@langchain/langgraph";
import type { RouterRuntime } from "../nodes/node-runtime.js";
import { createPrivacyGuardNode } from "../nodes/privacy-guard.js";
import { createTriageNode } from "../nodes/triage.js";
import { createSemanticClassifierNode } from "../nodes/semantic-classifier.js";
import { createBanditSelectorNode } from "../nodes/bandit-selector.js";
import { createCallModelNode } from "../nodes/call-model.js";
import { createVerifyNode } from "../nodes/verify.js";
import { RouterState, type RouterStateUpdate, type RouterStateValue } from "./router-state.js";
import { LightNode } from "./light-node.js";
import { useDirectWrites, type DirectWriteSpec } from "./direct-writes.js";
import type { RunnableConfig } from "@langchain/core/runnables";
import { createSequentialRunner, type GraphNodeFunction, type SequentialRunner } from "./sequential-runner.js";

type NodeFunction = (state: RouterStateValue, config?: RunnableConfig) => Promise<RouterStateUpdate>;
const light = (name: string, run: NodeFunction) => new LightNode<RouterStateValue, RouterStateUpdate>(name, run);

/** Node names, for users who extend the graph. */
export const ROUTER_NODES = {
  privacyGuard: "privacy_guard",
  triage: "triage",
  semanticClassifier: "semantic_classifier",
  banditSelector: "bandit_selector",
  callModel: "call_model",
  verify: "verify",
} as const;

/** After the selector: stop there for a dry run (the decision alone), else call the model. */
const afterSelector = (state: RouterStateValue) => (state.options.dryRun ? END : ROUTER_NODES.callModel);
/** After the verifier: call the next model when it escalated, else end. */
const afterVerify = (state: RouterStateValue) => (state.next ? ROUTER_NODES.callModel : END);

/** The router's node functions by node name, built once per runtime and shared by both runners. */
export type RouterNodes = Readonly<Record<(typeof ROUTER_NODES)[keyof typeof ROUTER_NODES], NodeFunction>>;

export function createRouterNodes(runtime: RouterRuntime): RouterNodes {
  return {
    [ROUTER_NODES.privacyGuard]: createPrivacyGuardNode(runtime),
    [ROUTER_NODES.triage]: createTriageNode(runtime),
    [ROUTER_NODES.semanticClassifier]: createSemanticClassifierNode(runtime),
    [ROUTER_NODES.banditSelector]: createBanditSelectorNode(runtime),
    [ROUTER_NODES.callModel]: createCallModelNode(runtime),
    [ROUTER_NODES.verify]: createVerifyNode(runtime),
  };
}

/**
 * The routing state graph, not yet compiled: add nodes or edges to it, then `.compile()`.
 *
 *   START -> privacy_guard -> triage -> semantic_classifier -> bandit_selector
 *         -> (dry run: END) -> call_model -> verify -> (escalate: call_model | END)
 */
export function createRouterStateGraph(runtime: RouterRuntime, nodes: RouterNodes = createRouterNodes(runtime)) {
  return new StateGraph(RouterState)
    .addNode(ROUTER_NODES.privacyGuard, light(ROUTER_NODES.privacyGuard, nodes[ROUTER_NODES.privacyGuard]))
    .addNode(ROUTER_NODES.triage, light(ROUTER_NODES.triage, nodes[ROUTER_NODES.triage]))
    .addNode(ROUTER_NODES.semanticClassifier, light(ROUTER_NODES.semanticClassifier, nodes[ROUTER_NODES.semanticClassifier]))
    .addNode(ROUTER_NODES.banditSelector, light(ROUTER_NODES.banditSelector, nodes[ROUTER_NODES.banditSelector]))
    .addNode(ROUTER_NODES.callModel, light(ROUTER_NODES.callModel, nodes[ROUTER_NODES.callModel]))
    .addNode(ROUTER_NODES.verify, light(ROUTER_NODES.verify, nodes[ROUTER_NODES.verify]))
    .addEdge(START, ROUTER_NODES.privacyGuard)
    .addEdge(ROUTER_NODES.privacyGuard, ROUTER_NODES.triage)
    .addEdge(ROUTER_NODES.triage, ROUTER_NODES.semanticClassifier)
    .addEdge(ROUTER_NODES.semanticClassifier, ROUTER_NODES.banditSelector)
    .addConditionalEdges(ROUTER_NODES.banditSelector, afterSelector, [ROUTER_NODES.callModel, END])
    .addEdge(ROUTER_NODES.callModel, ROUTER_NODES.verify)
    .addConditionalEdges(ROUTER_NODES.verify, afterVerify, [ROUTER_NODES.callModel, END]);
}

/** The edges of createRouterStateGraph, node by node, for the direct writes below. */
const ROUTER_EDGES: ReadonlyArray<DirectWriteSpec<RouterStateValue> & { targets?: readonly string[] }> = [
  { node: START, next: ROUTER_NODES.privacyGuard },
  { node: ROUTER_NODES.privacyGuard, next: ROUTER_NODES.triage },
  { node: ROUTER_NODES.triage, next: ROUTER_NODES.semanticClassifier },
  { node: ROUTER_NODES.semanticClassifier, next: ROUTER_NODES.banditSelector },
  { node: ROUTER_NODES.banditSelector, next: afterSelector, targets: [ROUTER_NODES.callModel, END] },
  { node: ROUTER_NODES.callModel, next: ROUTER_NODES.verify },
  { node: ROUTER_NODES.verify, next: afterVerify, targets: [ROUTER_NODES.callModel, END] },
];

export interface CreateRouterGraphOptions {
  /**
   * Let the router's nodes write their state updates themselves instead of through LangGraph's
   * per-node writer runnables (same writes, same order; roughly halves the graph's own overhead).
   * Default true; false compiles the graph exactly as LangGraph does.
   */
  directWrites?: boolean;
}

/** The compiled routing graph (no checkpointer: each request is independent and nothing is kept). */
export function createRouterGraph(runtime: RouterRuntime, options: CreateRouterGraphOptions = {}, nodes: RouterNodes = createRouterNodes(runtime)) {
  const compiled = createRouterStateGraph(runtime, nodes).compile({ name: "routellm" });
  if (options.directWrites !== false) useDirectWrites(compiled, Object.keys(RouterState.spec), ROUTER_EDGES);
  return compiled;
}

export type CompiledRouterGraph = ReturnType<typeof createRouterGraph>;

/**
 * The same graph (nodes, edges, state reducers) run by createSequentialRunner: what `router.invoke`
 * uses unless `graphRunner: "langgraph"` is asked for. `nodes` should be the instances the compiled
 * graph holds, so both share their caches.
 */
export function createRouterRunner(nodes: RouterNodes): SequentialRunner<RouterStateValue> {
  return createSequentialRunner<RouterStateValue>({ channels: RouterState.spec, nodes: nodes as Record<string, GraphNodeFunction<RouterStateValue>>, edges: ROUTER_EDGES });
}
