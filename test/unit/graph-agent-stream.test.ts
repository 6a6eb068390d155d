// Embedding is exact: inside a LangGraph agent (examples/langgraph-agent.ts) or as a subgraph
// (examples/router-as-subgraph.ts), streamMode "messages" yields each answer token once, and
// the internal calls (here the agreement peer) never reach it.
import { describe, expect, it } from "vitest";
import { HumanMessage, isAIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { createRouter, createSeededRandom } from "../../src/index.js";
import { createWeatherAgent } from "../../examples/langgraph-agent.js";
import { createAuditedRouterGraph } from "../../examples/router-as-subgraph.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const ANSWER = "Six times seven, step by step. Final answer: 42";
const PEER = "The peer's own wording. Final answer: 42";

let calls: () => number[];

function router() {
  let llama: FakeChatModel;
  let gemma: FakeChatModel;
  calls = () => [llama.calls.length, gemma.calls.length];
  // One local model answers, the other is its agreement peer (which one is the selector's choice).
  const config = fourModelConfig({ bandit: { costWeight: 5 } });
  // The agent binds tools: only models declaring tool support may answer it.
  for (const model of config.models) model.supportsTools = true;
  return createRouter(config, {
    models: {
      llama: (llama = new FakeChatModel(ANSWER)),
      gemma: (gemma = new FakeChatModel(PEER)),
      mini: new FakeChatModel("cloud"),
      gpt4o: new FakeChatModel("cloud"),
    },
    random: createSeededRandom(3),
  });
}

/** The streamed text is one local model's whole answer, once; the other's (the peer's) never appears. */
function expectOneAnswerOnce(text: string): void {
  expect([ANSWER, PEER]).toContain(text);
  expect(calls().every((count) => count > 0)).toBe(true);
}

function textOf(chunks: BaseMessage[]): string {
  return chunks.map((chunk) => (typeof chunk.content === "string" ? chunk.content : "")).join("");
}

describe("streamMode messages around the router", () => {
  it("examples/langgraph-agent.ts: each answer token once, no peer text", async () => {
    const routed = router();
    const chunks: BaseMessage[] = [];
    for await (const [message] of await createWeatherAgent(routed).stream(
      { messages: [new HumanMessage("What is 6*7? Answer with a number.")] },
      { streamMode: "messages" },
    )) {
      chunks.push(message as BaseMessage);
    }
    const streamed = chunks.filter((chunk) => isAIMessageChunk(chunk as never));
    expectOneAnswerOnce(textOf(streamed));
    expect(streamed.length).toBeGreaterThan(1);
    // The complete answer is not repeated as a whole message after its tokens.
    expect(chunks.filter((chunk) => !isAIMessageChunk(chunk as never) && [ANSWER, PEER].includes(String(chunk.content)))).toHaveLength(0);
  });

  it("examples/router-as-subgraph.ts: the answering model's tokens once, internal calls hidden", async () => {
    const routed = router();
    const graph = createAuditedRouterGraph(routed, () => {});
    const input = {
      requestId: "r1",
      messages: [new HumanMessage("What is 6*7? Answer with a number.")],
      options: {},
      text: "What is 6*7?",
      routes: [],
      eligible: [],
      bucket: "",
      candidates: [],
      escalations: 0,
    };
    const chunks: BaseMessage[] = [];
    for await (const [, [message]] of (await graph.stream(input, { streamMode: "messages", subgraphs: true })) as unknown as AsyncIterable<
      [string[], [BaseMessage, unknown]]
    >)
      chunks.push(message);
    const streamed = chunks.filter((chunk) => isAIMessageChunk(chunk as never));
    expectOneAnswerOnce(textOf(streamed));
  });
});
