import { AIMessage, HumanMessage, ToolMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { createRouter, RouterError } from "../../src/index.js";
import { leftoverSensitiveFields, outgoingStrings } from "../../src/nodes/outgoing-request.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const EMAIL = "jane.roe@acme-mail.de";

describe("the outgoing request", () => {
  it("lists every string a model call sends: contents, names, tool calls and results, and every parameter", () => {
    const messages = [
      new HumanMessage({ content: "hi", name: "alice" }),
      new AIMessage({ content: "", tool_calls: [{ id: "call-1", name: "lookup", args: { q: "x" }, type: "tool_call" }] }),
      new ToolMessage({ content: "result", tool_call_id: "call-1" }),
    ];
    const options = {
      profile: "routellm/auto",
      tools: [{ type: "function", function: { name: "lookup", description: "finds" } }],
      responseFormat: { type: "json_schema" as const, json_schema: { schema: { description: "d" } } },
      stop: ["END"],
    };
    const fields = outgoingStrings(messages, options as never).map((outgoing) => `${outgoing.field}${outgoing.rewritable ? "" : "!"}`);
    expect(fields).toEqual([
      "messages[0].content",
      "messages[0].name!",
      "messages[1].tool_calls[0]!",
      "messages[2].content",
      "messages[2].tool_call_id!",
      "options.tools!",
      "options.responseFormat!",
      "options.stop!",
    ]);
  });

  it("refuses a parameter nested too deeply to scan, without overflowing the stack", () => {
    let schema: Record<string, unknown> = { type: "string" };
    for (let level = 0; level < 50_000; level++) schema = { properties: { inner: schema } };
    expect(() => outgoingStrings([new HumanMessage("hi")], { responseFormat: { type: "json_schema", json_schema: { schema } } })).toThrow(RouterError);
  });

  it("finds a redacted value left in a field that cannot be rewritten", () => {
    const redactions = [{ placeholder: "[EMAIL_1]", value: EMAIL, category: "email" }];
    expect(leftoverSensitiveFields([new HumanMessage("[EMAIL_1]")], { tools: [{ description: `mail ${EMAIL}` }] }, redactions)).toEqual(["options.tools"]);
  });
});

describe("the privacy guard on fields other than content", () => {
  // Tool-capable models: a request with tools is only routed to models that support them.
  const config = () =>
    fourModelConfig({ models: fourModelConfig().models.map((model) => ({ ...model, supportsTools: true })), privacy: { categories: { email: "redact" } } });
  const fakes = () => ({
    llama: new FakeChatModel("Final answer: 7"),
    gemma: new FakeChatModel("Final answer: 7"),
    mini: new FakeChatModel("cloud"),
    gpt4o: new FakeChatModel("cloud"),
  });

  it("pins a request local when a value to redact sits in a tool definition, and says where", async () => {
    const router = createRouter(config(), { models: fakes() });
    const decision = await router.explain("Send the report", { tools: [{ type: "function", function: { name: "send", description: `Sends to ${EMAIL}` } }] });
    expect(decision.privacy).toMatchObject({ pinnedLocal: true, categories: ["email"] });
    expect(decision.trace.find((step) => step.node === "privacy_guard")?.why).toContain("options.tools");
  });

  it("still redacts a value found only in a message's content", async () => {
    const router = createRouter(config(), { models: fakes() });
    const decision = await router.explain(`Write to ${EMAIL}`, { tools: [{ type: "function", function: { name: "send", description: "Sends mail" } }] });
    expect(decision.privacy).toMatchObject({ pinnedLocal: false, redacted: 1 });
  });
});
