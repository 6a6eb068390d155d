import { AIMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { costOf, countMessageTokens, countTokens, messageText, usageFromMessage } from "../../src/models/index.js";

describe("countTokens / countMessageTokens (gpt-tokenizer, offline)", () => {
  it("counts o200k tokens of a text", () => {
    expect(countTokens("")).toBe(0);
    expect(countTokens("hello")).toBe(1);
    expect(countTokens("hello world, this is RouteLLM")).toBeGreaterThan(4);
  });

  it("counts special-token markers in a prompt as text instead of throwing", () => {
    expect(countTokens("<|endoftext|> inside text <|im_start|>")).toBeGreaterThan(countTokens(" inside text "));
  });

  it("adds the chat framing per message and per reply", () => {
    const messages = [new SystemMessage("Be brief."), new HumanMessage("hello")];
    expect(countMessageTokens(messages)).toBe(3 + (3 + countTokens("Be brief.")) + (3 + countTokens("hello")));
    expect(countMessageTokens([])).toBe(0);
  });

  it("reads the text parts of content-block messages", () => {
    const message = new HumanMessage({
      content: [
        { type: "text", text: "look at " },
        { type: "image_url", image_url: { url: "data:x" } },
        { type: "text", text: "this" },
      ],
    });
    expect(messageText(message)).toBe("look at this");
  });
});

describe("usageFromMessage", () => {
  it("uses the server's counts when reported", () => {
    const message = new AIMessage({ content: "four", usage_metadata: { input_tokens: 12, output_tokens: 1, total_tokens: 13 } });
    expect(usageFromMessage(message, "ignored")).toEqual({ inputTokens: 12, outputTokens: 1, estimated: false });
  });

  it("counts with gpt-tokenizer what the server did not report (missing or zero), field by field", () => {
    const none = new AIMessage({ content: "The answer is four." });
    expect(usageFromMessage(none, "What is two plus two?")).toEqual({
      inputTokens: countTokens("What is two plus two?"),
      outputTokens: countTokens("The answer is four."),
      estimated: true,
    });
    const zeros = new AIMessage({ content: "ok", usage_metadata: { input_tokens: 0, output_tokens: 5, total_tokens: 5 } });
    const messages = [new HumanMessage("hi there")];
    expect(usageFromMessage(zeros, messages)).toEqual({ inputTokens: countMessageTokens(messages), outputTokens: 5, estimated: true });
  });
});

describe("costOf", () => {
  it("prices input and output per million tokens", () => {
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 0 }, { inputPer1M: 0.15, outputPer1M: 0.6 })).toBeCloseTo(0.15, 12);
    expect(costOf({ inputTokens: 2000, outputTokens: 500 }, { inputPer1M: 2.5, outputPer1M: 10 })).toBeCloseTo(0.005 + 0.005, 12);
    expect(costOf({ inputTokens: 123, outputTokens: 456 }, { inputPer1M: 0, outputPer1M: 0 })).toBe(0);
  });
});
