/**
 * The compiled router graph as a subgraph: a parent graph runs the router, then its own audit
 * node reads the decision trace (no prompt text in it) before returning.
 *
 *   npx tsx examples/router-as-subgraph.ts "Explain CRDTs briefly"
 */
import { HumanMessage } from "@langchain/core/messages";
import { END, START, StateGraph } from "@langchain/langgraph";
import { DEFAULT_CONFIG, RouterState, createRouterFromConfig, resolveConfig, type Router, type RouterStateValue } from "routellm";

export function createAuditedRouterGraph(router: Router, audit: (line: string) => void) {
  return new StateGraph(RouterState)
    .addNode("route", router.graph)
    .addNode("audit", (state: RouterStateValue) => {
      audit(`${state.requestId}: ${state.answer?.modelId} after ${state.escalations} escalation(s); ${state.trace.map((entry) => entry.node).join(" > ")}`);
      return {};
    })
    .addEdge(START, "route")
    .addEdge("route", "audit")
    .addEdge("audit", END)
    .compile();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const router = await createRouterFromConfig(resolveConfig(process.argv[3], DEFAULT_CONFIG));
  const graph = createAuditedRouterGraph(router, console.log);
  const state = await graph.invoke({
    requestId: "example-1",
    messages: [new HumanMessage(process.argv[2] ?? "Explain CRDTs briefly")],
    options: {},
    text: process.argv[2] ?? "Explain CRDTs briefly",
    routes: [],
    eligible: [],
    bucket: "",
    candidates: [],
    escalations: 0,
  });
  console.log(state.answer?.text);
  await router.close();
}
