import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRouter, type RouterConfigInput } from "../../src/index.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

// bandit.hedge.stalledCall through the REAL ChatOpenAI client: a call with no first token by its
// due time (here 200 ms: expected 100 ms × 2) is sent again and the first answer kept; a call that
// has started writing by then is not.
let openai: ProtocolServer;
process.env["ROUTELLM_TEST_OPENAI_KEY"] = "test-key";

beforeAll(async () => {
  openai = await startOpenAIServer({ apiKey: "test-key" });
});
afterAll(async () => {
  await openai.close();
});

const config = (): RouterConfigInput => ({
  models: [
    {
      id: "cloud",
      provider: "openai-compatible",
      baseUrl: openai.url,
      model: "gpt-4o-mini",
      tier: "cloud",
      apiKeyEnv: "ROUTELLM_TEST_OPENAI_KEY",
      pricing: { inputPer1M: 0.15, outputPer1M: 0.6 },
      expectedLatency: { ttftMs: 100, tokensPerSecond: 100 },
      maxRetries: 0,
      timeoutMs: 10_000,
    },
  ],
  bandit: { hedge: { stalledCall: { ttftFactor: 2, minWaitMs: 0 } } },
});

describe("stalled cloud calls over the OpenAI wire protocol", () => {
  it("sends a call with no byte by its due time again, keeps the answer and aborts the stalled request", async () => {
    const before = openai.requestsTo("/chat/completions").length;
    openai.enqueue({ hang: true }, { text: "The second send answers.\nFinal answer: 42" });
    const result = await createRouter(config()).invoke("What is 6 times 7?", { model: "cloud" });
    expect(result.answer).toContain("Final answer: 42");
    const sent = openai.requestsTo("/chat/completions").slice(before);
    expect(sent).toHaveLength(2);
    expect(sent.map((request) => request.body?.stream)).toEqual([true, true]);
    await vi.waitFor(() => expect(sent[0]!.closedByClient).toBe(true), { timeout: 2_000 });
  });

  it("never sends again a call that started writing before its due time, however long it then takes", async () => {
    const before = openai.requestsTo("/chat/completions").length;
    openai.enqueue({ tokens: ["A", " long", " answer", " written", " slowly."], tokenDelayMs: 120 });
    const result = await createRouter(config()).invoke("Write a long answer.", { model: "cloud" });
    expect(result.answer).toBe("A long answer written slowly.");
    expect(openai.requestsTo("/chat/completions").slice(before)).toHaveLength(1);
  });
});
