/**
 * LangGraph's own floor under the router: chains of 1 and 7 no-op nodes wired like the router's
 * (LightNode + direct writes), so fixed cost per invoke and cost per step can be told apart.
 */
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import { LightNode } from "../src/graphs/light-node.js";
import { useDirectWrites } from "../src/graphs/direct-writes.js";

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

async function cpuPerInvoke(invoke: (index: number) => Promise<unknown>, count: number): Promise<number> {
  for (let index = 0; index < 500; index++) await invoke(index);
  const started = process.cpuUsage();
  for (let index = 0; index < count; index++) await invoke(index);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

export async function measureLangGraphFloor(count: number, router: (index: number) => Promise<unknown>): Promise<string> {
  const one = chain(1);
  const seven = chain(7);
  const oneCpu = await cpuPerInvoke(() => one.invoke({ value: 0 }), count);
  const sevenCpu = await cpuPerInvoke(() => seven.invoke({ value: 0 }), count);
  const routerCpu = await cpuPerInvoke(router, count);
  const perStep = (sevenCpu - oneCpu) / 6;
  return (
    `CPU per invoke (incl. GC threads): router ${routerCpu.toFixed(0)} µs | LangGraph floor, no-op nodes wired like the router's: 1 node ${oneCpu.toFixed(0)} µs, ` +
    `7 nodes ${sevenCpu.toFixed(0)} µs (~${(oneCpu - perStep).toFixed(0)} µs per invoke + ~${perStep.toFixed(0)} µs per step; the router runs 7 steps: START and six nodes)`
  );
}
