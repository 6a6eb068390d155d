import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, RouterError } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

function fakes(replies: Record<string, ConstructorParameters<typeof FakeChatModel>[0]>) {
  return Object.fromEntries(Object.entries(replies).map(([id, reply]) => [id, new FakeChatModel(reply, id)]));
}

describe("router graph", () => {
  it("sends an easy prompt to a local model and traces every node", async () => {
    const models = fakes({ llama: "Hello there!", gemma: "Hi!", mini: "cloud", gpt4o: "cloud" });
    const router = createRouter(fourModelConfig(), { models, random: createSeededRandom(1) });
    const result = await router.invoke("hi, how are you?");
    expect(result.tier).toBe("local");
    expect(result.answer).toMatch(/Hello|Hi/);
    expect(result.trace.map((entry) => entry.node)).toEqual(["privacy_guard", "triage", "semantic_classifier", "bandit_selector", "call_model", "verify"]);
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(models["mini"]!.calls.length + models["gpt4o"]!.calls.length).toBe(0);
  });

  it("escalates up the ladder when the local models disagree and stops when an answer agrees", async () => {
    const models = fakes({ llama: "Final answer: 4", gemma: "Final answer: 5", mini: "The answer is 5.", gpt4o: "Final answer: 5" });
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 5 } }), { models, random: createSeededRandom(2) });
    const result = await router.invoke("What is 2+3? Answer with a number.");
    expect(result.model).toBe("mini");
    expect(result.escalations).toBe(1);
    expect(result.verdict).toMatchObject({ pass: true, verifier: "agreement" });
    expect(result.attempts.map((attempt) => attempt.reason)).toEqual(["selected", "peer", "escalation"]);
    expect(models["gpt4o"]!.calls).toHaveLength(0);
  });

  it("accepts the local answer when both local models agree", async () => {
    const models = fakes({ llama: "so Final answer: 42", gemma: "#### 42", mini: "Final answer: 1", gpt4o: "Final answer: 1" });
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 5 } }), { models, random: createSeededRandom(3) });
    const result = await router.invoke("Compute 6*7.");
    expect(result.tier).toBe("local");
    expect(result.escalations).toBe(0);
    expect(result.usage.costUsd).toBe(0);
  });

  it("falls back to the next allowed model when a call keeps failing", async () => {
    const failing = new RouterError("MODEL_CALL_FAILED", "HTTP 500", { retryable: true });
    // The selector exploits by default (posterior means): the stronger local model, gemma, goes first.
    const models = fakes({ llama: "Fine, thanks.", gemma: failing, mini: "cloud", gpt4o: "cloud" });
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 5 }, ladder: ["llama", "gemma", "mini", "gpt4o"] }), {
      models,
      random: createSeededRandom(4),
    });
    const result = await router.invoke("hello", { profile: "routellm/local-only" });
    expect(result.attempts[0]!.modelId).toBe("gemma");
    expect(result.model).toBe("llama");
    expect(result.attempts.filter((attempt) => !attempt.ok).length).toBeGreaterThan(0);
    expect(result.trace.some((entry) => entry.why.startsWith("fallback"))).toBe(true);
  });

  it("explains a decision without calling any model", async () => {
    const models = fakes({ llama: "x", gemma: "x", mini: "x", gpt4o: "x" });
    const router = createRouter(fourModelConfig(), { models });
    const decision = await router.explain("Write a detailed architecture review of a distributed database, step by step.");
    expect(decision.candidates.length).toBe(4);
    expect(Object.values(models).every((model) => model.calls.length === 0)).toBe(true);
  });

  it("streams the decision, tokens and the final result", async () => {
    const models = fakes({ llama: "streamed answer", gemma: "streamed answer", mini: "x", gpt4o: "x" });
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 5 } }), { models });
    const events = [];
    for await (const event of router.stream("hello")) events.push(event);
    expect(events[0]).toMatchObject({ type: "decision" });
    expect(
      events
        .filter((event) => event.type === "token")
        .map((event) => (event as { text: string }).text)
        .join(""),
    ).toBe("streamed answer");
    expect(events.at(-1)).toMatchObject({ type: "end" });
  });

  it("rejects an unknown profile and an unknown direct model with UNKNOWN_MODEL", async () => {
    const router = createRouter(fourModelConfig(), { models: fakes({ llama: "x", gemma: "x", mini: "x", gpt4o: "x" }) });
    await expect(router.invoke("hi", { profile: "nope" })).rejects.toMatchObject({ code: "UNKNOWN_MODEL" });
    await expect(router.invoke("hi", { model: "nope" })).rejects.toMatchObject({ code: "UNKNOWN_MODEL" });
  });

  it("turns user feedback into a bandit update once", async () => {
    const router = createRouter(fourModelConfig(), { models: fakes({ llama: "ok", gemma: "ok", mini: "ok", gpt4o: "ok" }) });
    const result = await router.invoke("hello", { requestId: "req-1" });
    expect(await router.feedback("req-1", 0.9)).toBe(true);
    expect(await router.feedback("req-1", 0.9)).toBe(false);
    expect(result.requestId).toBe("req-1");
  });
});
