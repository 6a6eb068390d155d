// maxConcurrency in the server (a bounded queue per model, then a fallback or a 429), and the
// caller's parameters on escalation calls.
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startConformanceKit, type ConformanceKit } from "../helpers/conformance-kit.js";

let kit: ConformanceKit;
beforeAll(async () => {
  kit = await startConformanceKit(({ ollama, openai }) => ({
    models: [
      { id: "local-tools", provider: "ollama", baseUrl: ollama, model: "llama3.1:8b", tier: "local", maxConcurrency: 1, queueTimeoutMs: 2_000, maxRetries: 0 },
      { id: "local-strict", provider: "ollama", baseUrl: ollama, model: "gemma2:9b", tier: "local", maxConcurrency: 1, queueTimeoutMs: 50, maxRetries: 0 },
      {
        id: "cloud",
        provider: "openai-compatible",
        baseUrl: openai,
        model: "gpt-4o-mini",
        tier: "cloud",
        apiKeyEnv: "ROUTELLM_CONFORMANCE_KEY",
        maxRetries: 0,
      },
    ],
    ladder: ["local-strict", "cloud"],
    profiles: { "escalate-from-local": { models: ["local-strict", "cloud"], costWeight: 10 } },
    verifiers: { agreement: { enabled: false }, rules: { enabled: true, minChars: 20 } },
  }));
});
afterAll(async () => kit.close());
afterEach(() => kit.reset());

const client = () => new OpenAI({ baseURL: `${kit.baseUrl}/v1`, apiKey: "unused", maxRetries: 0 });
const ask = (model: string) =>
  client().chat.completions.create({ model, messages: [{ role: "user", content: "What is the capital of France? Answer in one full sentence." }] });

describe("maxConcurrency", () => {
  it("queues requests on a model with a cap of 1: four requests never overlap upstream", async () => {
    let active = 0;
    let peak = 0;
    kit.ollama.setFallback(() => {
      active += 1;
      peak = Math.max(peak, active);
      // Counted as active until just before the answer is sent (50 ms): a request the cap let through
      // early would arrive within that window; the next queued one can only arrive after the answer.
      setTimeout(() => (active -= 1), 45);
      return { delayMs: 50, text: "Paris is the capital of France, of course." };
    });
    const answers = await Promise.all([1, 2, 3, 4].map(() => ask("local-tools")));
    expect(answers.every((answer) => answer.model === "local-tools")).toBe(true);
    expect(peak).toBe(1);
  });

  it("after the bounded wait: a named model answers 429, a routed request falls back", async () => {
    kit.ollama.setFallback({ delayMs: 400, text: "Paris is the capital of France, of course." });
    const busy = ask("local-strict");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(ask("local-strict")).rejects.toMatchObject({ status: 429 });
    const routed = await client().chat.completions.create({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }] });
    expect(routed.model).toBe("cloud");
    await busy;
  });
});

describe("escalation", () => {
  it("an escalated call keeps the caller's max_tokens and other parameters", async () => {
    kit.ollama.setFallback({ text: "no" }); // shorter than minChars: the rule check escalates
    const answer = await client().chat.completions.create({
      model: "escalate-from-local",
      messages: [{ role: "user", content: "hi" }],
      max_tokens: 77,
      seed: 8,
    });
    expect(answer.model).toBe("cloud");
    expect(kit.lastTo(kit.ollama, "/api/chat").body.options).toMatchObject({ num_predict: 77, seed: 8 });
    expect(kit.lastTo(kit.openai, "/chat/completions").body).toMatchObject({ max_tokens: 77, seed: 8 });
  });
});
