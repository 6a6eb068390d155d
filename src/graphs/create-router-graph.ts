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
import type { RunnableConfig } from "@langchain/core/runnables";

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

/**
 * The routing state graph, not yet compiled: add nodes or edges to it, then `.compile()`.
 *
 *   START -> privacy_guard -> triage -> semantic_classifier -> bandit_selector
 *         -> (dry run: END) -> call_model -> verify -> (escalate: call_model | END)
 */
export function createRouterStateGraph(runtime: RouterRuntime) {
  return new StateGraph(RouterState)
    .addNode(ROUTER_NODES.privacyGuard, light(ROUTER_NODES.privacyGuard, createPrivacyGuardNode(runtime)))
    .addNode(ROUTER_NODES.triage, light(ROUTER_NODES.triage, createTriageNode(runtime)))
    .addNode(ROUTER_NODES.semanticClassifier, light(ROUTER_NODES.semanticClassifier, createSemanticClassifierNode(runtime)))
    .addNode(ROUTER_NODES.banditSelector, light(ROUTER_NODES.banditSelector, createBanditSelectorNode(runtime)))
    .addNode(ROUTER_NODES.callModel, light(ROUTER_NODES.callModel, createCallModelNode(runtime)))
    .addNode(ROUTER_NODES.verify, light(ROUTER_NODES.verify, createVerifyNode(runtime)))
    .addEdge(START, ROUTER_NODES.privacyGuard)
    .addEdge(ROUTER_NODES.privacyGuard, ROUTER_NODES.triage)
    .addEdge(ROUTER_NODES.triage, ROUTER_NODES.semanticClassifier)
    .addEdge(ROUTER_NODES.semanticClassifier, ROUTER_NODES.banditSelector)
    .addConditionalEdges(ROUTER_NODES.banditSelector, (state: RouterStateValue) => (state.options.dryRun ? END : ROUTER_NODES.callModel), [ROUTER_NODES.callModel, END])
    .addEdge(ROUTER_NODES.callModel, ROUTER_NODES.verify)
    .addConditionalEdges(ROUTER_NODES.verify, (state: RouterStateValue) => (state.next ? ROUTER_NODES.callModel : END), [ROUTER_NODES.callModel, END]);
}

/** The compiled routing graph (no checkpointer: each request is independent and nothing is kept). */
export function createRouterGraph(runtime: RouterRuntime) {
  return createRouterStateGraph(runtime).compile({ name: "routellm" });
}

export type CompiledRouterGraph = ReturnType<typeof createRouterGraph>;
