import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
const State = Annotation.Root({ value: Annotation<number>() });
const steps = Number(process.env.STEPS ?? 1);
const g = new StateGraph(State) as any;
for (let s = 0; s < steps; s++) g.addNode(`n${s}`, () => ({}));
g.addEdge(START, "n0"); for (let s = 0; s < steps; s++) g.addEdge(`n${s}`, s === steps - 1 ? END : `n${s + 1}`);
const graph = g.compile();
for (let i = 0; i < 2000; i++) await graph.invoke({ value: 0 });
const N = Number(process.env.N ?? 3000); let best = Infinity;
for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); for (let i = 0; i < N; i++) await graph.invoke({ value: 0 }); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / N); }
console.log(`steps ${steps} best-round cpu/req µs`, best.toFixed(0));
