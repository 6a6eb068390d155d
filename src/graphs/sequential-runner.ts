import type { RunnableConfig } from "@langchain/core/runnables";
import { END, START, isCommand } from "@langchain/langgraph";
import { RouterError } from "../errors.js";
import type { DirectWriteSpec } from "./direct-writes.js";

/** A node of a state graph: the state in, a partial update out. */
export type GraphNodeFunction<State> = (state: State, config?: RunnableConfig) => Promise<Partial<State>>;

/** How one state key combines an update with its current value (undefined: the update replaces it). */
interface KeyReducer {
  reduce: ((left: unknown, right: unknown) => unknown) | undefined;
  initial: (() => unknown) | undefined;
}

export interface SequentialGraphSpec<State> {
  /** The annotation's channels (`Annotation.Root(...).spec`): LastValue and BinaryOperatorAggregate only. */
  channels: Record<string, unknown>;
  nodes: Readonly<Record<string, GraphNodeFunction<State>>>;
  /** One edge per node, START included, exactly as added to the StateGraph. */
  edges: ReadonlyArray<DirectWriteSpec<State>>;
  /** Steps before the run fails (LangGraph's default recursion limit is 25). */
  recursionLimit?: number;
}

export interface SequentialRunner<State> {
  invoke(input: Partial<State>, config?: RunnableConfig): Promise<State>;
}

interface ChannelShape {
  lc_graph_name?: string;
  operator?: (left: unknown, right: unknown) => unknown;
  initialValueFactory?: () => unknown;
}

function reducersOf(channels: Record<string, unknown>): Map<string, KeyReducer> {
  const reducers = new Map<string, KeyReducer>();
  for (const [key, value] of Object.entries(channels)) {
    const channel = value as ChannelShape;
    if (channel?.lc_graph_name === "LastValue") reducers.set(key, { reduce: undefined, initial: undefined });
    else if (channel?.lc_graph_name === "BinaryOperatorAggregate" && typeof channel.operator === "function") {
      reducers.set(key, { reduce: channel.operator, initial: channel.initialValueFactory });
    } else throw new RouterError("INTERNAL", `state key "${key}": the sequential runner supports LastValue and reducer channels only`);
  }
  return reducers;
}

/**
 * Runs a state graph whose every node has exactly one way out (a fixed edge or a conditional edge
 * returning one node) one node after the other, with LangGraph's state semantics: the input and
 * each update go through the channels' reducers, a key written `undefined` reads as absent, a
 * conditional edge sees the state after its node's update, a run longer than the recursion
 * limit (`config.recursionLimit`, else the spec's, else 25) fails, and an aborted `config.signal`
 * stops the run before the next node with CANCELLED. This is the router's graph with the same nodes, edges and reducers, without
 * LangGraph's per-step checkpoint, task and stream machinery (about 1 ms per request here; see
 * `npm run bench:route`). Checkpointers, interrupts, fan-out and Commands need LangGraph itself
 * (`router.graph`).
 */
export function createSequentialRunner<State extends Record<string, unknown>>(spec: SequentialGraphSpec<State>): SequentialRunner<State> {
  const reducers = reducersOf(spec.channels);
  const routes = new Map(spec.edges.map((edge) => [edge.node, edge.next]));
  const limit = spec.recursionLimit ?? 25;
  for (const [node, next] of routes) {
    if (node !== START && !spec.nodes[node]) throw new RouterError("INTERNAL", `edge from unknown node "${node}"`);
    if (typeof next === "string" && next !== END && !spec.nodes[next]) throw new RouterError("INTERNAL", `edge to unknown node "${next}"`);
  }

  const apply = (state: Record<string, unknown>, update: Record<string, unknown>): void => {
    for (const key in update) {
      const reducer = reducers.get(key);
      if (!reducer) continue;
      const value = update[key];
      if (reducer.reduce === undefined || state[key] === undefined) state[key] = value;
      else state[key] = reducer.reduce(state[key], value);
    }
  };

  const nextOf = (node: string, state: State): string => {
    const route = routes.get(node);
    if (route === undefined) throw new RouterError("INTERNAL", `node "${node}" has no outgoing edge`);
    return typeof route === "string" ? route : route(state);
  };

  return {
    async invoke(input, config) {
      let state: Record<string, unknown> = {};
      for (const [key, reducer] of reducers) if (reducer.initial) state[key] = reducer.initial();
      apply(state, input as Record<string, unknown>);
      let node = nextOf(START, state as State);
      const stepLimit = config?.recursionLimit ?? limit;
      for (let step = 0; node !== END; step++) {
        if (step >= stepLimit) throw new RouterError("INTERNAL", `the graph did not finish within ${stepLimit} steps`, { details: { recursionLimit: stepLimit } });
        if (config?.signal?.aborted) throw new RouterError("CANCELLED", "the request was cancelled", { cause: config.signal.reason });
        const run = spec.nodes[node];
        if (!run) throw new RouterError("INTERNAL", `a route returned unknown node "${node}"`);
        const update = await run(state as State, config);
        state = { ...state };
        if (Array.isArray(update) || isCommand(update)) throw new RouterError("INTERNAL", `node "${node}" returned a Command or a list: run it through LangGraph (router.graph)`);
        if (update !== null && typeof update === "object") apply(state, update as Record<string, unknown>);
        node = nextOf(node, state as State);
      }
      return state as State;
    },
  };
}
