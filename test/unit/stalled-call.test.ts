import { describe, expect, it } from "vitest";
import { AIMessage, HumanMessage, type AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import { createRouter, createVirtualClock } from "../../src/index.js";
import { cancelledSpend, reissues, stalledAfterMs } from "../../src/policies/stalled-call.js";
import { invokeReissuingStalled, type StalledCallSend } from "../../src/nodes/stalled-reissue.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(new Error("stopped"))), { once: true });
  });

/** A send answering `text` after `ms`, its first token after `firstTokenMs` (never if undefined); records whether it was cancelled. */
function fakeSend(plan: Array<{ ms: number; firstTokenMs?: number; text: string }>, cancelled: boolean[]): StalledCallSend {
  let index = 0;
  return (signal, onFirstToken) => {
    const { ms, firstTokenMs, text } = plan[index]!;
    const mine = index++;
    cancelled[mine] = false;
    if (firstTokenMs !== undefined) setTimeout(onFirstToken, firstTokenMs);
    return new Promise<BaseMessage>((resolve, reject) => {
      const timer = setTimeout(() => resolve(new AIMessage(text)), ms);
      signal.addEventListener("abort", () => (clearTimeout(timer), (cancelled[mine] = true), reject(new Error("cancelled"))), { once: true });
    });
  };
}

describe("stalled cloud calls (bandit.hedge.stalledCall)", () => {
  const settings = { ttftFactor: 3, minWaitMs: 800 };

  it("re-issues cloud calls only, and only the listed models when a list is given", () => {
    expect(reissues(undefined, "gpt-4o", "cloud")).toBe(false);
    expect(reissues(settings, "gpt-4o", "cloud")).toBe(true);
    expect(reissues(settings, "llama3.1:8b", "local")).toBe(false);
    expect(reissues({ ...settings, models: ["gpt-4o-mini"] }, "gpt-4o", "cloud")).toBe(false);
    expect(reissues({ ...settings, models: ["gpt-4o-mini"] }, "gpt-4o-mini", "cloud")).toBe(true);
  });

  it("waits the larger of the factor and the minimum extra wait past the expected first token", () => {
    expect(stalledAfterMs(settings, 450)).toBe(1350);
    expect(stalledAfterMs(settings, 200)).toBe(1000);
    expect(stalledAfterMs(settings, -5)).toBe(800);
  });

  it("charges the cancelled call its input, and its output only once it had started writing", () => {
    expect(cancelledSpend(300, 120, false)).toEqual({ inputTokens: 300, outputTokens: 0 });
    expect(cancelledSpend(300, 120, true)).toEqual({ inputTokens: 300, outputTokens: 120 });
  });

  it("sends a call with no token by its stalled time again and keeps the first answer, cancelling the other", async () => {
    const cancelled: boolean[] = [];
    const send = fakeSend(
      [
        { ms: 400, text: "slow" },
        { ms: 20, firstTokenMs: 5, text: "fast" },
      ],
      cancelled,
    );
    const result = await invokeReissuingStalled({ modelId: "m", signal: new AbortController().signal, dueMs: 30, wait: sleep, send });
    expect(result).toMatchObject({ cancelledWrote: false });
    expect(result.message.content).toBe("fast");
    expect(cancelled).toEqual([true, false]);
  });

  it("never re-sends a call that has started writing, nor one that answers before its stalled time", async () => {
    const writing: boolean[] = [];
    const long = await invokeReissuingStalled({
      modelId: "m",
      signal: new AbortController().signal,
      dueMs: 30,
      wait: sleep,
      send: fakeSend([{ ms: 80, firstTokenMs: 5, text: "long" }], writing),
    });
    expect(long).toEqual({ message: expect.objectContaining({ content: "long" }) });
    expect(writing).toEqual([false]);
    const quick: boolean[] = [];
    await invokeReissuingStalled({
      modelId: "m",
      signal: new AbortController().signal,
      dueMs: 50,
      wait: sleep,
      send: fakeSend([{ ms: 5, text: "quick" }], quick),
    });
    expect(quick).toEqual([false]);
  });

  it("the simulator's stream gives a cloud call's first token at its time to first token, as served", async () => {
    const clock = createVirtualClock(0);
    const book = new RecordingBook();
    const item = { id: "q1", prompt: "What is 6 times 7?", category: null, outcomes: { big: { score: 1, outChars: 400, answer: "42" } } };
    book.register(item);
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
    const big = new RecordedChatModel({ modelId: "big", tier: "cloud", book, clock, latency: FLAT_LATENCY, seed: 1, serving });
    let firstTokenAt: number | undefined;
    let merged: AIMessageChunk | undefined;
    for await (const chunk of await big.stream([new HumanMessage(item.prompt)])) {
      if (chunk.content) firstTokenAt ??= clock.now();
      merged = merged ? merged.concat(chunk) : chunk;
    }
    // FLAT_LATENCY cloud: 400 ms to the first token, then 100 tokens at 100/s.
    expect(firstTokenAt).toBeCloseTo(400, 6);
    expect(clock.now()).toBeCloseTo(1400, 6);
    expect(merged?.content).toBe((await big.invoke([new HumanMessage(item.prompt)])).content);
    expect(merged?.usage_metadata?.output_tokens).toBe(100);
  });

  it("refuses a cloud model under the key that does not stream, naming the key and the model", () => {
    class WholeAnswer extends FakeChatModel {
      override disableStreaming = true;
    }
    const stalledCall = { ttftFactor: 3, minWaitMs: 800, models: ["mini"] };
    const models = { llama: new WholeAnswer("x"), gemma: new FakeChatModel("x"), mini: new WholeAnswer("x"), gpt4o: new FakeChatModel("x") };
    const build = (listed: string[]) => () =>
      createRouter(fourModelConfig({ bandit: { hedge: { stalledCall: { ...stalledCall, models: listed } } } }), { models });
    expect(build(["mini"])).toThrow(expect.objectContaining({ code: "CONFIG_INVALID", details: { key: "bandit.hedge.stalledCall", model: "mini" } }));
    // A local model is never re-sent, and a streaming cloud model is accepted.
    expect(build(["gpt4o"])).not.toThrow();
  });
});
