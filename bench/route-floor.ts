/**
 * The runners' own floor under the router: chains of 1 and 7 no-op nodes, run by LangGraph (wired
 * like the router's graph: LightNode + direct writes) and by the sequential runner, so fixed cost
 * per invoke and cost per step can be told apart.
 */
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { LightNode } from "../src/graphs/light-node.js";
import { useDirectWrites } from "../src/graphs/direct-writes.js";
import { createSequentialRunner } from "../src/graphs/sequential-runner.js";

const State = Annotation.Root({ value: Annotation<number>() });

function chain(length: number) {
  const names = Array.from({ length }, (_, index) => `n${index}`);
  const graph = new StateGraph(State) as unknown as {
    addNode(name: string, node: unknown): unknown;
    addEdge(from: string, to: string): unknown;
    compile(): { invoke(input: { value: number }): Promise<unknown> };
  };
  for (const name of names) graph.addNode(name, new LightNode(name, async (state: { value: number }) => ({ value: state.value + 1 })));
  graph.addEdge(START, names[0]!);
  names.forEach((name, index) => graph.addEdge(name, names[index + 1] ?? END));
  const compiled = graph.compile();
  useDirectWrites(compiled, ["value"], [{ node: START, next: names[0]! }, ...names.map((name, index) => ({ node: name, next: names[index + 1] ?? END }))]);
  return compiled;
}

function sequentialChain(length: number) {
  const names = Array.from({ length }, (_, index) => `n${index}`);
  const step = async (state: { value: number }) => ({ value: state.value + 1 });
  return createSequentialRunner<{ value: number }>({
    channels: State.spec,
    nodes: Object.fromEntries(names.map((name) => [name, step])),
    edges: [{ node: START, next: names[0]! }, ...names.map((name, index) => ({ node: name, next: names[index + 1] ?? END }))],
  });
}

async function cpuPerInvoke(invoke: (index: number) => Promise<unknown>, count: number): Promise<number> {
  for (let index = 0; index < 500; index++) await invoke(index);
  const started = process.cpuUsage();
  for (let index = 0; index < count; index++) await invoke(index);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

/** CPU per invoke of each router given, next to both runners' floors for 1 and 7 no-op steps. */
export async function measureRunnerFloor(count: number, routers: Record<string, (index: number) => Promise<unknown>>): Promise<string> {
  const floor = async (name: string, one: { invoke(input: { value: number }): Promise<unknown> }, seven: typeof one) => {
    const oneCpu = await cpuPerInvoke(() => one.invoke({ value: 0 }), count);
    const sevenCpu = await cpuPerInvoke(() => seven.invoke({ value: 0 }), count);
    const perStep = (sevenCpu - oneCpu) / 6;
    return `${name}: 1 node ${oneCpu.toFixed(0)} µs, 7 nodes ${sevenCpu.toFixed(0)} µs (~${(oneCpu - perStep).toFixed(0)} µs per invoke + ~${perStep.toFixed(0)} µs per step)`;
  };
  const parts: string[] = [];
  for (const [name, router] of Object.entries(routers)) parts.push(`${name} ${(await cpuPerInvoke(router, count)).toFixed(0)} µs`);
  return (
    `CPU per invoke (incl. GC threads): ${parts.join(", ")} | floor, no-op nodes (the router runs START and six nodes): ` +
    `${await floor("LangGraph", chain(1), chain(7))}; ${await floor("sequential runner", sequentialChain(1), sequentialChain(7))}`
  );
}
