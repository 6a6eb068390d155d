// Run by scripts/examples-from-tarball.mjs inside a temporary app whose node_modules/routellm is the
// packed package: each example, imported as a user would, with instant fake models.
import assert from "node:assert/strict";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { createRouter, type RouterConfigInput } from "routellm";
import { createWeatherAgent } from "../examples/langgraph-agent.js";
import { createAuditedRouterGraph } from "../examples/router-as-subgraph.js";
import { responseCache, RESPONSE_CACHE_NODE } from "../examples/response-cache.js";

class Instant extends BaseChatModel {
  constructor(private readonly text: string) {
    super({});
  }
  _llmType() {
    return "instant";
  }
  async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    return { generations: [{ text: this.text, message: new AIMessage(this.text) }] };
  }
}

const config: RouterConfigInput = {
  models: [
    { id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local", supportsTools: true },
    { id: "cloud", provider: "openai", model: "gpt-4o-mini", tier: "cloud", apiKeyEnv: "UNUSED_KEY", supportsTools: true },
  ],
  verifiers: { agreement: { enabled: false } },
};
const router = () => createRouter(config, { models: { local: new Instant("Sunny."), cloud: new Instant("Sunny.") }, extend: responseCache() });

const agent = await createWeatherAgent(router()).invoke({ messages: [new HumanMessage("Weather in Lisbon?")] });
assert.equal(agent.messages.at(-1)?.content, "Sunny.");

const audit: string[] = [];
const state = await createAuditedRouterGraph(router(), (line) => audit.push(line)).invoke({
  requestId: "r1",
  messages: [new HumanMessage("hi")],
  options: {},
  text: "hi\n",
  routes: [],
  eligible: [],
  bucket: "",
  candidates: [],
  escalations: 0,
});
assert.equal(state.answer?.text, "Sunny.");
assert.equal(audit.length, 1);

const cached = router();
await cached.invoke("Name a colour.");
assert.equal((await cached.invoke("Name a colour.")).model, RESPONSE_CACHE_NODE);
console.log("examples: langgraph-agent, router-as-subgraph, response-cache ok");
