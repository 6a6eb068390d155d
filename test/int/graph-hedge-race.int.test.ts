import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRouter, type RouterConfigInput } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig } from "../unit/learning-fixture.js";

// The hedge race through the REAL ChatOllama and ChatOpenAI clients: the hedged cloud answer wins,
// and the local call still running is aborted on the wire (the Ollama-protocol server sees the
// connection closed) and frees its maxConcurrency slot.
let ollama: ProtocolServer;
let openai: ProtocolServer;
process.env["ROUTELLM_TEST_OPENAI_KEY"] = "test-key";

beforeAll(async () => {
  ollama = await startOllamaServer({ models: ["small", "medium"] });
  openai = await startOpenAIServer({ apiKey: "test-key" });
});
afterAll(async () => {
  await Promise.all([ollama.close(), openai.close()]);
});

function config(): RouterConfigInput {
  const base = learnedGraphConfig({ costWeight: 0.05, latencyWeight: 0.05, hedge: { enabled: true, costWeight: 0 } });
  return {
    ...base,
    models: [
      { id: "small", provider: "ollama", baseUrl: ollama.url, model: "small", tier: "local", maxRetries: 0, timeoutMs: 10_000 },
      {
        id: "medium",
        provider: "ollama",
        baseUrl: ollama.url,
        model: "medium",
        tier: "local",
        maxRetries: 0,
        timeoutMs: 10_000,
        maxConcurrency: 1,
        queueTimeoutMs: 300,
      },
      {
        id: "cloud",
        provider: "openai-compatible",
        baseUrl: openai.url,
        model: "gpt-4o",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_TEST_OPENAI_KEY",
        pricing: { inputPer1M: 2.5, outputPer1M: 10 },
        maxRetries: 0,
        timeoutMs: 10_000,
      },
    ],
  };
}

describe("hedge race over the Ollama and OpenAI wire protocols", () => {
  it("returns the hedged cloud answer and aborts the local call still running", async () => {
    const predictor = createKnnSuccessPredictor(
      await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
    );
    // small answers at once, medium never does (a slow local model), the cloud after 150 ms.
    ollama.setFallback((request) => (request.body?.model === "medium" ? { hang: true } : { text: "The gap is bounded.\nFinal answer: 7" }));
    openai.setFallback({ text: "By the circle method.\nFinal answer: 42", delayMs: 150 });
    const router = createRouter(config(), { successPredictor: predictor });
    const started = Date.now();
    const result = await router.invoke("Prove the theorem about prime gaps number 77 using analytic number theory.");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.model).toBe("cloud");
    expect(result.attempts.map((attempt) => [attempt.modelId, attempt.reason, attempt.error ?? "ok"])).toEqual([
      ["small", "selected", "ok"],
      ["medium", "peer", "CANCELLED"],
      ["cloud", "hedge", "ok"],
    ]);
    const mediumCall = ollama.requestsTo("/api/chat").find((request) => request.body?.model === "medium")!;
    await vi.waitFor(() => expect(mediumCall.closedByClient).toBe(true), { timeout: 2_000 });

    // The cancelled call released medium's only slot: a call pinned to it is served, not rate limited.
    ollama.setFallback({ text: "Final answer: 9" });
    const pinned = await router.invoke("hello", { model: "medium" });
    expect(pinned.model).toBe("medium");
    await router.close();
  });
});
