import { describe, expect, it, vi } from "vitest";
import { RouterError, createRouter, createSeededRandom } from "../../src/index.js";
import type { BanditStore, DecisionStore } from "../../src/stores/bandit-store.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const unavailable = () =>
  Promise.reject(new RouterError("STORE_UNAVAILABLE", "Redis bandit store at redis://127.0.0.1:1 is unavailable (update: ECONNREFUSED).", { retryable: true }));

/** A store whose reads work and whose writes fail, as when Redis goes away mid-request. */
function failingWrites(): BanditStore & DecisionStore {
  return {
    getArms: async () => new Map(),
    update: unavailable,
    rememberDecision: unavailable,
    takeDecision: async () => undefined,
    snapshot: async () => ({}),
    reset: async () => undefined,
    close: async () => undefined,
  };
}

const models = () => ({
  llama: new FakeChatModel("Sure."),
  gemma: new FakeChatModel("Sure."),
  mini: new FakeChatModel("Sure."),
  gpt4o: new FakeChatModel("Sure."),
});

describe("learning writes after the answer", () => {
  it("answers, and reports a failed bandit or decision write to the hook", async () => {
    const onStoreError = vi.fn();
    const router = createRouter(fourModelConfig(), { models: models(), banditStore: failingWrites(), random: createSeededRandom(1), hooks: { onStoreError } });
    const result = await router.invoke("Say hello.", { requestId: "req-1" });
    expect(result.answer).toBe("Sure.");
    await vi.waitFor(() => expect(onStoreError).toHaveBeenCalledTimes(1));
    expect(onStoreError.mock.calls[0]![0]).toBe("req-1");
    expect(onStoreError.mock.calls[0]![1]).toMatchObject({ code: "STORE_UNAVAILABLE" });
  });

  it("without a hook, warns once a minute with the code and never the prompt", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const router = createRouter(fourModelConfig(), {
        models: models(),
        banditStore: failingWrites(),
        random: createSeededRandom(1),
        clock: { now: () => 0 },
      });
      await router.invoke("My secret plan is 42.");
      await router.invoke("My secret plan is 43.");
      await vi.waitFor(() => expect(warnings).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("STORE_UNAVAILABLE");
      expect(warnings[0]).not.toContain("secret");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
