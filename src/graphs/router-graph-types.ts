// Filled in by the graph module; kept separate so types.ts has no runtime dependency on LangGraph.
export type CompiledRouterGraph = import("./create-router-graph.js").CompiledRouterGraph;
