import { END, START, StateGraph, type CompiledStateGraph } from "@langchain/langgraph";
import { RouterError } from "../errors.js";
import type { RouterRuntime } from "../nodes/node-runtime.js";
import { createPrivacyGuardNode } from "../nodes/privacy-guard.js";
import { createTriageNode } from "../nodes/triage.js";
import { createSemanticClassifierNode } from "../nodes/semantic-classifier.js";
import { createBanditSelectorNode } from "../nodes/bandit-selector.js";
import { createCallModelNode } from "../nodes/call-model.js";
import { createVerifyNode } from "../nodes/verify.js";
import { RouterState, type RouterStateUpdate, type RouterStateValue } from "../state/router-state.js";
import { redirect, targetsOf, type RouterEdge, type RouterNodeFunction } from "./graph-parts.js";
import { fusePureRuns } from "./fuse-nodes.js";
import { DefinitionExecutor } from "./definition-executor.js";

export type { RouterEdge, RouterNodeFunction } from "./graph-parts.js";
export { fusedNodeName } from "./fuse-nodes.js";

/** Node names of the router's graph, for users who extend it. */
export const ROUTER_NODES = {
  privacyGuard: "privacy_guard",
  triage: "triage",
  semanticClassifier: "semantic_classifier",
  banditSelector: "bandit_selector",
  callModel: "call_model",
  verify: "verify",
} as const;

export type CompiledRouterGraph = CompiledStateGraph<RouterStateValue, RouterStateUpdate, string, typeof RouterState.spec, typeof RouterState.spec>;

/** After the selector: stop there for a dry run (the decision alone), else call the model. */
const afterSelector = (state: RouterStateValue) => (state.options.dryRun ? END : ROUTER_NODES.callModel);
/** After the verifier: call the next model when it escalated, else end. */
const afterVerify = (state: RouterStateValue) => (state.next ? ROUTER_NODES.callModel : END);

/** How a node is added (see "Pure nodes are fused" in docs/graph.md). */
export interface RouterNodeOptions {
  /** The node makes no call out of the process and returns a plain update: it may share a graph node with its neighbours. */
  pure?: boolean;
  /**
   * The node returns a plain state update (never a `Command`): the pure node that only it leads to
   * may run inside its graph node (e.g. `call_model+verify` when the verifier calls no model).
   */
  plainUpdate?: boolean;
}

/** How the definition becomes a StateGraph. */
export interface RouterGraphCompileOptions {
  /** Fuse straight runs of pure nodes into one graph node each ("a+b"; default true). See docs/graph.md. */
  fusePureNodes?: boolean;
}

/**
 * The router's graph before it is compiled: its nodes and the one edge leaving each (START
 * included), written once. `createRouter` builds the standard definition, hands it to the
 * `extend` option (add, insert or replace nodes), then compiles it into a stock LangGraph
 * `StateGraph` (`toStateGraph().compile()`): that compiled graph is `router.graph` and is what
 * `router.invoke`, `stream`, `explain`, `RouterChatModel`, the server, the batch workers and the
 * simulator run.
 *
 *   START -> privacy_guard -> triage -> semantic_classifier -> bandit_selector
 *         -> (dry run: END) -> call_model -> verify -> (escalate: call_model | END)
 */
export class RouterGraphDefinition {
  private readonly nodes = new Map<string, RouterNodeFunction>();
  private readonly edges = new Map<string, RouterEdge>();
  private readonly pure = new Set<string>();
  private readonly plain = new Set<string>();

  /** The collaborators the standard nodes were built with (models, stores, clock...), for extension nodes. */
  constructor(readonly runtime: RouterRuntime) {}

  /** The standard routing graph for a runtime. */
  static standard(runtime: RouterRuntime): RouterGraphDefinition {
    const { triage, classifier } = runtime.config;
    // Pure: no call leaves the process (agentic triage calls a model, a non-built-in encoder an embeddings model).
    const pure = { pure: true };
    const triagePure = { pure: !(triage.agentic.enabled && triage.agentic.model !== undefined), plainUpdate: true };
    const classifierPure = { pure: !classifier.enabled || runtime.embedSync !== undefined, plainUpdate: true };
    // The verifier calls a model for the agreement peer (and the learned planner's self-rating) or the judge.
    const { agreement, judge } = runtime.config.verifiers;
    const verifyPure = { pure: !agreement.enabled && !(judge.enabled && judge.model !== undefined), plainUpdate: true };
    const plainUpdate = { plainUpdate: true };
    return new RouterGraphDefinition(runtime)
      .addNode(ROUTER_NODES.privacyGuard, createPrivacyGuardNode(runtime), ROUTER_NODES.triage, pure)
      .addNode(ROUTER_NODES.triage, createTriageNode(runtime), ROUTER_NODES.semanticClassifier, triagePure)
      .addNode(ROUTER_NODES.semanticClassifier, createSemanticClassifierNode(runtime), ROUTER_NODES.banditSelector, classifierPure)
      .addNode(ROUTER_NODES.banditSelector, createBanditSelectorNode(runtime), { route: afterSelector, targets: [ROUTER_NODES.callModel, END] }, pure)
      .addNode(ROUTER_NODES.callModel, createCallModelNode(runtime), ROUTER_NODES.verify, plainUpdate)
      .addNode(ROUTER_NODES.verify, createVerifyNode(runtime), { route: afterVerify, targets: [ROUTER_NODES.callModel, END] }, verifyPure)
      .setEdge(START, ROUTER_NODES.privacyGuard);
  }

  /** Node names, in the order they were added. */
  nodeNames(): string[] {
    return [...this.nodes.keys()];
  }

  /** The node function registered under `name` (to wrap it in a replacement). */
  node(name: string): RouterNodeFunction {
    const node = this.nodes.get(name);
    if (!node) throw new RouterError("CONFIG_INVALID", `graph extension: no node named "${name}" (nodes: ${this.nodeNames().join(", ")})`);
    return node;
  }

  /** The edge leaving `name` (START included). */
  edge(name: string): RouterEdge | undefined {
    return this.edges.get(name);
  }

  /** Whether the node is pure (may be fused with its pure neighbours when compiled). */
  isPure(name: string): boolean {
    return this.pure.has(name);
  }

  /** Adds a node and the edge leaving it. */
  addNode(name: string, node: RouterNodeFunction, next: RouterEdge, options: RouterNodeOptions = {}): this {
    if (name === START || name === END || this.nodes.has(name))
      throw new RouterError("CONFIG_INVALID", `graph extension: a node named "${name}" already exists`);
    this.nodes.set(name, node);
    this.edges.set(name, next);
    this.mark(name, options);
    return this;
  }

  /** Replaces a node's function; its edges stay. The replacement is pure (or returns plain updates) only if `options` says so. */
  replaceNode(name: string, node: RouterNodeFunction, options: RouterNodeOptions = {}): this {
    this.node(name);
    this.nodes.set(name, node);
    this.mark(name, options);
    return this;
  }

  private mark(name: string, options: RouterNodeOptions): void {
    if (options.pure) this.pure.add(name);
    else this.pure.delete(name);
    if (options.pure || options.plainUpdate) this.plain.add(name);
    else this.plain.delete(name);
  }

  /** Sets the edge leaving `from` (a node or START). */
  setEdge(from: string, next: RouterEdge): this {
    if (from !== START) this.node(from);
    this.edges.set(from, next);
    return this;
  }

  /**
   * Adds a node that runs before `target`: every edge that led to `target` leads to the new node,
   * which goes on to `next` (default: `target`; a route may also skip it, e.g. to END).
   */
  insertBefore(target: string, name: string, node: RouterNodeFunction, next: RouterEdge = target, options: RouterNodeOptions = {}): this {
    this.node(target);
    for (const [from, edge] of [...this.edges]) this.edges.set(from, redirect(edge, target, name));
    return this.addNode(name, node, next, options);
  }

  /** Adds a node that runs after `source`: `source` leads to it, and it takes over `source`'s edge. */
  insertAfter(source: string, name: string, node: RouterNodeFunction, options: RouterNodeOptions = {}): this {
    const next = this.edges.get(source);
    if (next === undefined) throw new RouterError("CONFIG_INVALID", `graph extension: no node named "${source}"`);
    this.addNode(name, node, next, options);
    this.edges.set(source, name);
    return this;
  }

  /**
   * The definition as a LangGraph StateGraph (not compiled): add a checkpointer or more when
   * compiling. Straight runs of pure nodes become one graph node each unless `fusePureNodes` is false.
   */
  toStateGraph(options: RouterGraphCompileOptions = {}): StateGraph<typeof RouterState.spec, RouterStateValue, RouterStateUpdate, string> {
    const { nodes, edges } = this.parts(options);
    const graph = new StateGraph(RouterState) as unknown as StateGraph<typeof RouterState.spec, RouterStateValue, RouterStateUpdate, string>;
    for (const [name, node] of nodes) graph.addNode(name, node);
    for (const [from, edge] of edges) {
      if (typeof edge === "string") graph.addEdge(from, edge);
      else graph.addConditionalEdges(from, edge.route, [...edge.targets]);
    }
    return graph;
  }

  /** Compiles the definition (stock LangGraph compile; no checkpointer: each request is independent). */
  compile(options: RouterGraphCompileOptions = {}): CompiledRouterGraph {
    return this.toStateGraph(options).compile({ name: "routellm" }) as unknown as CompiledRouterGraph;
  }

  /**
   * The same nodes and edges as `toStateGraph(options)` (fused the same way), run by a small
   * executor instead of LangGraph's Pregel loop: for the router's default path when nothing could
   * observe the difference (see src/router/executor-applies.ts and docs/graph.md).
   */
  executor(options: RouterGraphCompileOptions = {}): DefinitionExecutor {
    const { nodes, edges } = this.parts(options);
    return new DefinitionExecutor(nodes, edges);
  }

  /** Whether every node is declared to return plain state updates (`pure` or `plainUpdate`), as the definition executor needs. */
  returnsPlainUpdates(): boolean {
    return this.nodeNames().every((name) => this.plain.has(name));
  }

  private parts(options: RouterGraphCompileOptions): { nodes: ReadonlyMap<string, RouterNodeFunction>; edges: ReadonlyMap<string, RouterEdge> } {
    this.validate();
    return options.fusePureNodes === false ? { nodes: this.nodes, edges: this.edges } : fusePureRuns(this.nodes, this.edges, this.pure, this.plain);
  }

  /** The most supersteps a request can take: every node once, plus call_model and verify again per other model. */
  maxSteps(): number {
    return this.nodes.size + 2 * this.runtime.models.size + 1;
  }

  private validate(): void {
    if (!this.edges.has(START)) throw new RouterError("CONFIG_INVALID", "graph extension: nothing follows START");
    for (const [from, edge] of this.edges) {
      for (const target of targetsOf(edge)) {
        if (target !== END && !this.nodes.has(target))
          throw new RouterError("CONFIG_INVALID", `graph extension: the edge from "${from}" leads to unknown node "${target}"`);
      }
    }
  }
}
