import { describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { GatedChatModel } from "../../src/batch/gated-chat-model.js";
import { limitsOf } from "../../src/batch/gated-models.js";
import type { ModelGate } from "../../src/batch/model-gate.js";
import { httpError, InstantChatModel } from "../helpers/batch-fake-models.js";
import { progressLine, statusReport } from "../../src/batch/batch-cli-support.js";
import { parseConfig } from "../../src/index.js";
import { fakeModelsConfig } from "../helpers/batch-fake-models.js";

function recordingGate() {
  const events: string[] = [];
  const gate: ModelGate = {
    limited: true,
    acquire: async (estimated) => {
      events.push(`acquire ${estimated}`);
      return { release: async (actual) => void events.push(`release ${actual}`) };
    },
    closeFor: async (ms) => void events.push(`close ${ms}`),
    tryRate: async () => 0,
  };
  return { gate, events };
}

describe("GatedChatModel", () => {
  it("passes each call through the gate: estimate before, real usage after", async () => {
    const { gate, events } = recordingGate();
    const model = new GatedChatModel(new InstantChatModel("inner"), gate);
    const message = await model.invoke([new HumanMessage("x".repeat(40))]);
    expect(message.content).toBe("The answer is 42.");
    expect(events).toEqual(["acquire 10", "release 18"]);
  });

  it("closes the model's gate for the Retry-After time on a 429, and frees the slot", async () => {
    const { gate, events } = recordingGate();
    const model = new GatedChatModel(new InstantChatModel("inner", () => httpError(429, { "retry-after": "7" })), gate);
    await expect(model.invoke("hello")).rejects.toMatchObject({ status: 429 });
    expect(events).toEqual(["acquire 2", "close 7000", "release undefined"]);
  });
});

describe("model limits for batch workers", () => {
  it("caps local models by default and watches cloud 429s", () => {
    const config = parseConfig(
      fakeModelsConfig({
        models: [
          { id: "ollama-a", provider: "ollama", model: "a", tier: "local" },
          { id: "cloud-b", provider: "openai", model: "b", tier: "cloud", maxConcurrency: 5, rateLimit: { requestsPerMinute: 60, tokensPerMinute: 9000 } },
        ],
      } as never),
    );
    expect(limitsOf(config.models[0]!, { localModelConcurrency: 2 })).toMatchObject({ maxConcurrency: 2, watchCooldown: false });
    expect(limitsOf(config.models[0]!, { localModelConcurrency: 0 })).toMatchObject({ maxConcurrency: undefined });
    expect(limitsOf(config.models[1]!, { localModelConcurrency: 2 })).toMatchObject({
      maxConcurrency: 5,
      requestsPerMinute: 60,
      tokensPerMinute: 9000,
      watchCooldown: true,
    });
  });
});

describe("batch status rendering", () => {
  const progress = {
    id: "b0000000abc",
    name: "nightly",
    status: "running" as const,
    total: 200,
    succeeded: 90,
    failed: 10,
    retries: 4,
    costUsd: 0.0123,
    inputTokens: 1000,
    outputTokens: 500,
    createdAt: 0,
    firstResultAt: 1_000,
    lastResultAt: 11_000,
    finishedAt: undefined,
    invalidLines: 2,
    priority: undefined,
    pending: 100,
    throughput: 9.9,
    etaSeconds: 101,
  };
  it("draws the bar, counts, cost, throughput and time left", () => {
    expect(progressLine(progress)).toBe("[###############...............]  50.0%  100/200  ok 90  failed 10  retries 4  $0.012300  9.9/s  eta 1m41s");
    expect(statusReport(progress)).toContain("counts     total 200  pending 100  succeeded 90  failed 10  retries 4  rejected lines 2");
  });
});
