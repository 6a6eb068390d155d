import { Runnable, type RunnableConfig } from "@langchain/core/runnables";
import { END, START, isCommand } from "@langchain/langgraph";

/**
 * Where a node goes after it ran: a fixed node, or a function of the state after its update.
 * Route functions must read last-value fields only (the update replaces them), which is what the
 * state after the node's writes holds for them.
 */
export type NodeRoute<State> = string | ((state: State) => string);

export interface DirectWriteSpec<State> {
  node: string;
  /** The fixed edge or conditional edge leaving the node, exactly as added to the StateGraph. */
  next: NodeRoute<State>;
}

/** The parts of a compiled StateGraph this module reads; all of them are public fields of LangGraph's classes. */
interface CompiledGraphShape {
  nodes: Record<string, { bound: Runnable; getNode(): Runnable | undefined; getWriters(): Runnable[] }>;
  channels: Record<string, unknown>;
  builder: { edges: Set<[string, string]>; branches: Record<string, Record<string, unknown>>; channels?: Record<string, unknown> };
}

/** LangGraph's config key for a task's write function (`CONFIG_KEY_SEND`; not exported by the package). */
const SEND_KEY = "__pregel_send";

const isPlainUpdate = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) && !isCommand(value);

/**
 * A node's runnable that writes its update itself. LangGraph runs each StateGraph node as a
 * sequence of the node and four hidden writer runnables (state write, its update mapper, the edge,
 * the Command branch); each enters an AsyncLocalStorage context with a new LangSmith RunTree (a
 * uuid7, timestamps, environment lookups), even with tracing off. For a node whose update is a
 * plain object this does the same writes directly: the update's state keys, then the edge.
 * Anything else (a Command, an array, or no task writer in the config) goes through the original
 * writers, so behaviour is unchanged.
 */
class DirectWriteNode<State extends Record<string, unknown>> extends Runnable<State, unknown> {
  lc_namespace = ["routellm", "graphs"];

  constructor(
    name: string,
    private readonly body: Runnable | undefined,
    private readonly stateKeys: ReadonlySet<string>,
    private readonly next: NodeRoute<State>,
    private readonly writers: Runnable[],
  ) {
    super();
    this.name = name;
  }

  override async invoke(input: State, config?: RunnableConfig): Promise<unknown> {
    const send = config?.configurable?.[SEND_KEY] as ((writes: Array<[string, unknown]>) => void) | undefined;
    const update = this.body ? await this.body.invoke(input, config) : input;
    if (typeof send !== "function" || !isPlainUpdate(update)) return this.writeThroughOriginal(update, config);
    const writes: Array<[string, unknown]> = [];
    for (const key of Object.keys(update)) if (this.stateKeys.has(key)) writes.push([key, update[key]]);
    if (typeof this.next === "string") {
      if (this.next !== END) writes.push([`branch:to:${this.next}`, null]);
    } else {
      const target = this.next({ ...input, ...update } as State);
      if (target !== END) writes.push([`branch:to:${target}`, this.name]);
    }
    send(writes);
    return update;
  }

  private async writeThroughOriginal(update: unknown, config?: RunnableConfig): Promise<unknown> {
    let value = update;
    for (const writer of this.writers) value = await writer.invoke(value, config);
    return value;
  }
}

function edgesFrom(builder: CompiledGraphShape["builder"], node: string): string[] {
  const targets: string[] = [];
  for (const [start, end] of builder.edges) if (start === node) targets.push(end);
  return targets;
}

/** Whether the compiled graph leaves `spec.node` exactly as the spec says (else it is left alone). */
function matchesSpec<State>(graph: CompiledGraphShape, spec: DirectWriteSpec<State>, targets: readonly string[]): boolean {
  const node = graph.nodes[spec.node];
  if (!node || typeof node.getNode !== "function" || typeof node.getWriters !== "function") return false;
  const fixed = edgesFrom(graph.builder, spec.node);
  const branches = Object.keys(graph.builder.branches[spec.node] ?? {});
  if (typeof spec.next === "string") {
    if (branches.length > 0 || fixed.length !== 1 || fixed[0] !== spec.next) return false;
  } else if (fixed.length > 0 || branches.length !== 1) return false;
  return targets.every((target) => target === END || `branch:to:${target}` in graph.channels);
}

/**
 * Makes the given nodes of a compiled StateGraph write their updates directly (see DirectWriteNode).
 * `targets` lists every node a conditional route may return. Returns the nodes it changed; a node
 * whose edges differ from its spec (or a LangGraph whose internals moved) is left as compiled.
 */
export function useDirectWrites<State extends Record<string, unknown>>(
  compiled: unknown,
  stateKeys: readonly string[],
  specs: ReadonlyArray<DirectWriteSpec<State> & { targets?: readonly string[] }>,
): string[] {
  const graph = compiled as CompiledGraphShape;
  if (!graph?.nodes || !graph.channels || !graph.builder?.edges || !graph.builder.branches) return [];
  const keys = new Set(stateKeys);
  const changed: string[] = [];
  for (const spec of specs) {
    const targets = spec.targets ?? (typeof spec.next === "string" ? [spec.next] : []);
    if (!matchesSpec(graph, spec, targets)) continue;
    const node = graph.nodes[spec.node]!;
    const direct = new DirectWriteNode<State>(spec.node, spec.node === START ? undefined : node.bound, keys, spec.next, node.getWriters());
    // getNode() builds the node-plus-writers sequence LangGraph runs for each task; the writers stay
    // on the node for the paths that use them directly (updateState as this node, parent commands).
    node.getNode = () => direct;
    changed.push(spec.node);
  }
  return changed;
}
