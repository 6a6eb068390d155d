import { END, GraphRecursionError, START, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { RouterError } from "../errors.js";
import { RouterState, type RouterStateUpdate, type RouterStateValue } from "../state/router-state.js";
import type { RouterEdge, RouterNodeFunction } from "./graph-parts.js";

/** What one run of the executor takes: the subset of LangGraph's config the router passes to the graph. */
export interface DefinitionRunConfig {
  configurable?: Record<string, unknown>;
  recursionLimit: number;
  signal?: AbortSignal;
  tags?: string[];
}

type Channel = (typeof RouterState.spec)[keyof typeof RouterState.spec];

/**
 * Runs the graph parts a StateGraph is compiled from (the same nodes and edges, fused the same
 * way) without LangGraph's Pregel loop, for the router's default path when nothing could observe
 * the difference (src/router/executor-applies.ts). Semantics kept, each checked by
 * test/unit/graph-conformance-executor.test.ts against the compiled graph:
 * - state: RouterState's own channels (their public `fromCheckpoint`/`update`/`get`), so input
 *   and node updates are reduced as LangGraph reduces them; keys outside the schema are dropped;
 * - one node per superstep (every edge leads to one node), the route functions of the
 *   conditional edges, END;
 * - the recursion limit: LangGraph's GraphRecursionError when a run needs more supersteps than
 *   `recursionLimit`;
 * - abort: the run rejects as soon as the signal aborts, before or during a node.
 * Nodes must return plain updates (no Command): a node that returns anything else is an INTERNAL error.
 */
export class DefinitionExecutor {
  constructor(
    private readonly nodes: ReadonlyMap<string, RouterNodeFunction>,
    private readonly edges: ReadonlyMap<string, RouterEdge>,
  ) {}

  async invoke(input: RouterStateUpdate, config: DefinitionRunConfig): Promise<RouterStateValue> {
    const { signal, recursionLimit } = config;
    const channels = new Map<string, Channel>();
    for (const [key, spec] of Object.entries(RouterState.spec) as Array<[string, Channel]>) channels.set(key, spec.fromCheckpoint() as Channel);
    apply(channels, input);
    const nodeConfig: LangGraphRunnableConfig = {
      ...(config.configurable ? { configurable: config.configurable } : {}),
      ...(config.tags ? { tags: config.tags } : {}),
      ...(signal ? { signal } : {}),
      recursionLimit,
    };
    let state = read(channels);
    let current = next(this.edges.get(START)!, state);
    // Like Pregel's loop, the limit is checked before it looks for the next node: a run whose last
    // node is superstep `recursionLimit` fails too.
    for (let step = 1; ; step++) {
      throwIfAborted(signal);
      if (step > recursionLimit)
        throw new GraphRecursionError(
          `Recursion limit of ${recursionLimit} reached without hitting a stop condition. You can increase the limit by setting the "recursionLimit" config key.`,
          { lc_error_code: "GRAPH_RECURSION_LIMIT" },
        );
      if (current === END) return state;
      const node = this.nodes.get(current)!;
      const update = await untilAborted(Promise.resolve(node(state, nodeConfig)), signal);
      if (update !== undefined && update !== null) {
        if (Object.getPrototypeOf(update) !== Object.prototype)
          throw new RouterError("INTERNAL", `graph node "${current}": the definition executor runs only nodes that return plain state updates`);
        apply(channels, update);
      }
      state = read(channels);
      current = next(this.edges.get(current)!, state);
    }
  }
}

function next(edge: RouterEdge, state: RouterStateValue): string {
  return typeof edge === "string" ? edge : edge.route(state);
}

function apply(channels: ReadonlyMap<string, Channel>, update: RouterStateUpdate): void {
  for (const [key, value] of Object.entries(update)) channels.get(key)?.update([value as never]);
}

function read(channels: ReadonlyMap<string, Channel>): RouterStateValue {
  const state: Record<string, unknown> = {};
  for (const [key, channel] of channels) if (channel.isAvailable()) state[key] = channel.get();
  return state as RouterStateValue;
}

function abortError(signal: AbortSignal): Error {
  return Object.assign(new Error("Abort"), { name: "AbortError", cause: signal.reason });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** The node's result, or an AbortError as soon as the signal aborts (the node itself sees the same signal). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
