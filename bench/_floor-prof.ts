import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
const State = Annotation.Root({ value: Annotation<number>() });
const graph = new StateGraph(State)
  .addNode("decide", () => ({})).addNode("call", () => ({})).addNode("verify", () => ({}))
  .addEdge(START, "decide").addConditionalEdges("decide", () => "call", ["call", END])
  .addEdge("call", "verify").addConditionalEdges("verify", () => END, ["call", END]).compile();
const opts = process.env.OPTS ? JSON.parse(process.env.OPTS) : {};
for (let i = 0; i < 2000; i++) await graph.invoke({ value: 0 }, opts);
const c0 = process.cpuUsage();
const N = Number(process.env.N ?? 3000);
for (let i = 0; i < N; i++) await graph.invoke({ value: 0 }, opts);
const c = process.cpuUsage(c0);
console.log("cpu/req µs", ((c.user + c.system) / N).toFixed(0));
