import { describe, expect, it } from "vitest";
import { HumanMessage, AIMessage, type BaseMessage } from "@langchain/core/messages";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { ChatResult } from "@langchain/core/outputs";
import { createRouter, RouterChatModel } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";
import { createWeatherAgent } from "../../examples/langgraph-agent.js";
import { createAuditedRouterGraph } from "../../examples/router-as-subgraph.js";

/** Asks for the weather tool once, then answers from the tool result; records the tools it was given. */
class ToolCallingModel extends BaseChatModel {
  readonly toolsSeen: unknown[] = [];
  _llmType() {
    return "tool-calling-fake";
  }
  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"]): Promise<ChatResult> {
    this.toolsSeen.push((options as { tools?: unknown }).tools);
    const toolResult = messages.find((message) => message.getType() === "tool");
    const message = toolResult
      ? new AIMessage(`Report: ${String(toolResult.content)}`)
      : new AIMessage({ content: "", tool_calls: [{ id: "call-1", name: "get_weather", args: { city: "Lisbon" }, type: "tool_call" }] });
    return { generations: [{ text: String(message.content), message }] };
  }
}

describe("RouterChatModel", () => {
  it("answers like a chat model and says which model answered", async () => {
    const router = createRouter(fourModelConfig(), {
      models: { llama: new FakeChatModel("hi!"), gemma: new FakeChatModel("hi!"), mini: new FakeChatModel("hi!"), gpt4o: new FakeChatModel("hi!") },
    });
    const message = await new RouterChatModel({ router }).invoke([new HumanMessage("hello")]);
    expect(message.content).toBe("hi!");
    expect(message.response_metadata["routellm"]).toMatchObject({ model: expect.any(String), tier: expect.stringMatching(/local|cloud/) });
    expect(message.usage_metadata?.output_tokens).toBeGreaterThan(0);
  });

  it("runs a LangGraph tool-calling agent with the router as its model", async () => {
    const toolModel = new ToolCallingModel({});
    const config = fourModelConfig({
      models: fourModelConfig().models.map((model) => ({ ...model, supportsTools: true })),
      verifiers: { agreement: { enabled: false } },
    });
    const router = createRouter(config, { models: { llama: toolModel, gemma: toolModel, mini: toolModel, gpt4o: toolModel } });
    const result = await createWeatherAgent(router).invoke({ messages: [new HumanMessage("weather in Lisbon?")] });
    expect(result.messages.map((message) => message.getType())).toEqual(["human", "ai", "tool", "ai"]);
    expect(String(result.messages.at(-1)!.content)).toContain("21°C and sunny in Lisbon");
    expect(JSON.stringify(toolModel.toolsSeen[0])).toContain("get_weather");
  });

  it("embeds the compiled router graph as a subgraph", async () => {
    const router = createRouter(fourModelConfig(), {
      models: { llama: new FakeChatModel("ok"), gemma: new FakeChatModel("ok"), mini: new FakeChatModel("ok"), gpt4o: new FakeChatModel("ok") },
    });
    const lines: string[] = [];
    const state = await createAuditedRouterGraph(router, (line) => lines.push(line)).invoke({
      requestId: "r1",
      messages: [new HumanMessage("hello")],
      options: {},
      text: "hello",
      routes: [],
      eligible: [],
      bucket: "",
      candidates: [],
      escalations: 0,
    });
    expect(state.answer?.text).toBe("ok");
    expect(lines[0]).toMatch(/^r1: \S+ after 0 escalation\(s\); privacy_guard > triage/);
  });
});
