import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, parseConfig } from "../../src/index.js";
import type { EmbeddingClient } from "../../src/models/embedding-clients.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { StructuredFake } from "../helpers/structured-fake.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

// privacy.scanLimit bounds the scan work per request: outgoing text over maxChars is never scanned
// and never reaches a cloud model (pinned local, or refused with PRIVACY_SCAN_LIMIT).
const LONG = "Plain harmless text about gardening. ".repeat(60); // 2,220 characters
const limited = (action: "local-only" | "refuse") =>
  fourModelConfig({
    models: fourModelConfig().models.map((model) => ({ ...model, supportsTools: true })),
    bandit: { costWeight: 0 },
    privacy: { scanLimit: { maxChars: 2000, action } },
  });

function models() {
  return { llama: new FakeChatModel("local"), gemma: new FakeChatModel("local"), mini: new FakeChatModel("cloud"), gpt4o: new FakeChatModel("cloud") };
}

describe("privacy.scanLimit", () => {
  it("defaults to the default body limit, pinned local; unknown keys and actions are refused", () => {
    expect(parseConfig(fourModelConfig()).privacy.scanLimit).toEqual({ maxChars: 1_048_576, action: "local-only" });
    expect(() => parseConfig(fourModelConfig({ privacy: { scanLimit: { maxChar: 10 } } } as never))).toThrow(/maxChar/);
    expect(() => parseConfig(fourModelConfig({ privacy: { scanLimit: { action: "allow" } } } as never))).toThrow(/action/);
  });

  it("pins a request over the limit to local models without scanning it, with a trace entry naming the setting", async () => {
    const fakes = models();
    const result = await createRouter(limited("local-only"), { models: fakes }).invoke(LONG);
    expect(result.tier).toBe("local");
    expect(result.privacy).toMatchObject({ pinnedLocal: true, sensitive: false, categories: [] });
    const entry = result.trace.find((trace) => trace.node === "privacy_guard")!;
    expect(entry).toMatchObject({ chose: "local-only", saw: { chars: LONG.length, maxChars: 2000 } });
    expect(entry.why).toContain("privacy.scanLimit.maxChars");
    expect(fakes.mini.calls.length + fakes.gpt4o.calls.length).toBe(0);
  });

  it("counts every outgoing string: earlier turns, tool results and tool definitions", async () => {
    const half = LONG.slice(0, 1100);
    const fakes = models();
    const router = createRouter(limited("local-only"), { models: fakes });
    const turns = await router.invoke([
      { role: "user", content: half },
      { role: "assistant", content: "ok" },
      { role: "user", content: half },
    ]);
    expect(turns.privacy.pinnedLocal).toBe(true);
    const tools = await router.invoke("Which tool fits?", {
      tools: [{ type: "function", function: { name: "garden", description: LONG, parameters: { type: "object", properties: {} } } }],
    });
    expect(tools.privacy.pinnedLocal).toBe(true);
    expect(fakes.mini.calls.length + fakes.gpt4o.calls.length).toBe(0);
    const under = await router.invoke(half, { model: "gpt4o" });
    expect(under.tier).toBe("cloud");
  });

  it("refuses with PRIVACY_SCAN_LIMIT naming the setting when the action is refuse", async () => {
    const fakes = models();
    const router = createRouter(limited("refuse"), { models: fakes });
    await expect(router.invoke(LONG)).rejects.toMatchObject({
      code: "PRIVACY_SCAN_LIMIT",
      message: expect.stringContaining("privacy.scanLimit.maxChars"),
      details: { chars: LONG.length, maxChars: 2000, setting: "privacy.scanLimit.maxChars" },
    });
    expect(Object.values(fakes).reduce((sum, fake) => sum + fake.calls.length, 0)).toBe(0);
  });

  it("skips a cloud judge whose input (a local answer) is over the limit: it was never scanned", async () => {
    const judge = new StructuredFake({ score: 9, reason: "fine" });
    const fakes = { ...models(), llama: new FakeChatModel(LONG), gemma: new FakeChatModel(LONG), mini: judge };
    const config = fourModelConfig({
      bandit: { costWeight: 5 },
      verifiers: { agreement: { enabled: false }, judge: { enabled: true, model: "mini", threshold: 6 } },
      privacy: { scanLimit: { maxChars: 2000, action: "local-only" } },
    });
    const result = await createRouter(config, { models: fakes, random: createSeededRandom(5) }).invoke("Explain quantum tunnelling to a child.");
    expect(result.tier).toBe("local");
    expect(judge.calls).toBe(0);
    expect(result.trace.find((entry) => entry.node === "verify")!.why).toMatch(/cloud judge skipped .*exceeds privacy\.scanLimit\.maxChars/);
  });

  it("sends embeddings input over the limit to a local embedding model only, or refuses it", async () => {
    const used: string[] = [];
    const client =
      (id: string): EmbeddingClient =>
      async (texts) => {
        used.push(id);
        return { vectors: texts.map(() => [1, 0]), inputTokens: 1 };
      };
    const embeddingModels = [
      { id: "embed-local", provider: "ollama" as const, model: "nomic-embed-text", tier: "local" as const },
      { id: "embed-cloud", provider: "openai" as const, model: "text-embedding-3-small", tier: "cloud" as const, apiKeyEnv: "TEST_KEY" },
    ];
    const clients = { "embed-local": client("embed-local"), "embed-cloud": client("embed-cloud") };
    const router = createRouter({ ...limited("local-only"), embeddingModels }, { models: models(), embeddingClients: clients });
    await expect(router.embed([LONG], { model: "embed-cloud" })).rejects.toMatchObject({ code: "PRIVACY_VIOLATION_PREVENTED" });
    expect((await router.embed([LONG])).model).toBe("embed-local");
    const refusing = createRouter({ ...limited("refuse"), embeddingModels }, { models: models(), embeddingClients: clients });
    await expect(refusing.embed([LONG.slice(0, 1500), LONG.slice(0, 1500)])).rejects.toMatchObject({ code: "PRIVACY_SCAN_LIMIT" });
    expect(used).toEqual(["embed-local"]);
  });
});
