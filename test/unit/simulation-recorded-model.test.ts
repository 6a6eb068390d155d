import { describe, expect, it } from "vitest";
import { HumanMessage, SystemMessage, type AIMessage } from "@langchain/core/messages";
import { createVirtualClock, extractFinalAnswer, isRouterError } from "../../src/index.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { countPromptTokens } from "../../src/simulation/tokens.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";

const latency = FLAT_LATENCY;

const item: ReplayItem = {
  id: "q1",
  prompt: "What is 6 times 7?",
  category: null,
  outcomes: { small: { score: 1, outChars: 400, answer: "42" }, big: { score: 0, outChars: 40, answer: null } },
};

function setup() {
  const clock = createVirtualClock(0);
  const book = new RecordingBook();
  book.register(item);
  const small = new RecordedChatModel({ modelId: "small", tier: "local", book, clock, latency, seed: 1 });
  const big = new RecordedChatModel({ modelId: "big", tier: "cloud", book, clock, latency, seed: 1 });
  return { clock, book, small, big };
}

describe("RecordedChatModel", () => {
  it("answers with the recorded final answer, token usage and latency on the virtual clock", async () => {
    const { clock, small } = setup();
    const messages = [new SystemMessage("Be brief."), new HumanMessage(item.prompt)];
    const message = (await small.invoke(messages)) as AIMessage;
    expect(extractFinalAnswer(String(message.content))).toBe("42");
    expect(message.usage_metadata).toMatchObject({ input_tokens: countPromptTokens(["Be brief.", item.prompt]), output_tokens: 100 });
    expect(clock.now()).toBeCloseTo(100 + (100 / 50) * 1000, 6);
  });

  it("gives no final answer when the recording has none, and finds the record by the last user message", async () => {
    const { big } = setup();
    const message = (await big.invoke([new HumanMessage("earlier"), new HumanMessage(item.prompt)])) as AIMessage;
    expect(extractFinalAnswer(String(message.content))).toBeUndefined();
    expect(message.usage_metadata?.output_tokens).toBe(10);
  });

  it("streams: the first token after the time to first token, usage on the last chunk", async () => {
    const { clock, small } = setup();
    const seen: Array<{ at: number; text: string; usage: unknown }> = [];
    for await (const chunk of await small.stream([new HumanMessage(item.prompt)]))
      seen.push({ at: clock.now(), text: String(chunk.content), usage: chunk.usage_metadata });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]!.at).toBeCloseTo(100, 6);
    expect(seen.at(-1)!.at).toBeCloseTo(2100, 6);
    expect(extractFinalAnswer(seen.map((entry) => entry.text).join(""))).toBe("42");
    expect(seen.at(-1)!.usage).toMatchObject({ output_tokens: 100 });
  });

  it("uses the request's record inside a run (even if the text was rewritten) and counts cloud calls", async () => {
    const { book, big } = setup();
    const log = { item, calls: 0, cloudCalls: 0 };
    await book.run(item, () => big.invoke([new HumanMessage("[REDACTED] prompt")]), log);
    expect(log).toMatchObject({ calls: 1, cloudCalls: 1 });
    const error = await big.invoke([new HumanMessage("unknown prompt")]).catch((caught: unknown) => caught);
    expect(isRouterError(error, "INTERNAL")).toBe(true);
  });

  it("fails cloud calls during an outage", async () => {
    const { book, big } = setup();
    book.conditions = { cloudFactor: 1, cloudDown: true };
    const error = await big.invoke([new HumanMessage(item.prompt)]).catch((caught: unknown) => caught);
    expect(isRouterError(error, "MODEL_CALL_FAILED")).toBe(true);
  });
});

describe("RecordedChatModel: concurrent calls", () => {
  it("overlap on the virtual clock: two calls started together end at the slower one's time, not the sum", async () => {
    const { clock, small, big } = setup();
    const messages = [new HumanMessage(item.prompt)];
    await Promise.all([small.invoke(messages), big.invoke(messages)]);
    // small: 100 ms + 100 tokens at 50/s = 2,100 ms; big: 400 ms + 10 tokens at 100/s = 500 ms.
    expect(clock.now()).toBeCloseTo(2100, 6);
    await big.invoke(messages);
    expect(clock.now()).toBeCloseTo(2600, 6);
  });
});
