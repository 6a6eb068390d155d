/**
 * RouteLLM inside a LangGraph agent: the router is the agent's chat model, so every turn goes to
 * the cheapest model that can handle it, and turns holding private data stay local.
 *
 *   npx tsx examples/langgraph-agent.ts "What is the weather in Lisbon?"   (needs Ollama / OPENAI_API_KEY per the config)
 */
import { tool } from "@langchain/core/tools";
import { HumanMessage } from "@langchain/core/messages";
import { END, MessagesAnnotation, START, StateGraph } from "@langchain/langgraph";
import { ToolNode, toolsCondition } from "@langchain/langgraph/prebuilt";
import { z } from "zod";
import { DEFAULT_CONFIG, RouterChatModel, createRouterFromConfig, resolveConfig, type Router } from "routellm";

export const weatherTool = tool(async ({ city }) => `It is 21°C and sunny in ${city}.`, {
  name: "get_weather",
  description: "Current weather for a city",
  schema: z.object({ city: z.string() }),
});

/** A two-node ReAct loop (model -> tools -> model) whose model is the router. */
export function createWeatherAgent(router: Router) {
  const model = new RouterChatModel({ router }).bindTools([weatherTool]);
  return new StateGraph(MessagesAnnotation)
    .addNode("agent", async (state) => ({ messages: [await model.invoke(state.messages)] }))
    .addNode("tools", new ToolNode([weatherTool]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const router = await createRouterFromConfig(resolveConfig(process.argv[3], DEFAULT_CONFIG));
  const agent = createWeatherAgent(router);
  const result = await agent.invoke({ messages: [new HumanMessage(process.argv[2] ?? "What is the weather in Lisbon?")] });
  for (const message of result.messages) {
    const routed = (message.response_metadata as { routellm?: { model: string; tier: string } } | undefined)?.routellm;
    console.log(
      `${message.getType()}${routed ? ` [${routed.model}, ${routed.tier}]` : ""}: ${typeof message.content === "string" ? message.content : JSON.stringify(message.content)}`,
    );
  }
  await router.close();
}
