import { describe, expect, it } from "vitest";
import { mapParams, missingCapability, needsOf, type CapabilityModel } from "../../src/policies/request-params.js";
import { createModelConcurrency } from "../../src/models/model-concurrency.js";

const model = (fields: Partial<CapabilityModel> = {}): CapabilityModel => ({
  id: "m",
  provider: "ollama",
  supportsTools: false,
  supportsJson: true,
  supportsVision: false,
  contextWindow: 8192,
  ...fields,
});
const params = {
  maxTokens: 50,
  temperature: 0,
  topP: 0.9,
  stop: ["END"],
  seed: 1,
  presencePenalty: 0.1,
  frequencyPenalty: 0.2,
  user: "u",
  topK: 5,
  numCtx: 4096,
};

describe("parameter mapping", () => {
  it("maps onto Ollama options, dropping what Ollama lacks", () => {
    expect(mapParams(model(), params)).toEqual({
      wire: { num_predict: 50, temperature: 0, top_p: 0.9, stop: ["END"], seed: 1, presence_penalty: 0.1, frequency_penalty: 0.2, top_k: 5, num_ctx: 4096 },
      dropped: ["user"],
    });
  });

  it("maps onto OpenAI (max_completion_tokens) and compatible servers (max_tokens), with per-model accept and drop lists", () => {
    expect(mapParams(model({ provider: "openai" }), { maxTokens: 5 }).wire).toEqual({ max_completion_tokens: 5 });
    expect(mapParams(model({ provider: "openai-compatible" }), params)).toMatchObject({ wire: { max_tokens: 50, user: "u" }, dropped: ["top_k", "num_ctx"] });
    expect(mapParams(model({ provider: "openai-compatible", acceptParams: ["top_k"], dropParams: ["seed"] }), params).dropped).toEqual(["seed", "num_ctx"]);
  });

  it("uses the model's default temperature only when the request has none", () => {
    expect(mapParams(model(), {}, 0.7).wire).toEqual({ temperature: 0.7 });
    expect(mapParams(model(), { temperature: 0 }, 0.7).wire).toEqual({ temperature: 0 });
  });
});

describe("capabilities", () => {
  const request = { params: {}, tools: [{ type: "function" }] };
  it("names the first missing capability", () => {
    expect(missingCapability(model(), needsOf(request, 10))).toBe("tools");
    expect(missingCapability(model({ supportsTools: true }), needsOf({ ...request, toolChoice: "required" }, 10))).toBe("tool_choice");
    expect(missingCapability(model({ supportsTools: true, provider: "openai" }), needsOf({ ...request, toolChoice: "required" }, 10))).toBeUndefined();
    expect(missingCapability(model({ supportsJson: false }), needsOf({ params: {}, responseFormat: { type: "json_object" } }, 10))).toBe("response_format");
    expect(missingCapability(model(), needsOf({ params: {}, images: true }, 10))).toBe("vision");
    expect(missingCapability(model(), needsOf({ params: { maxTokens: 200 } }, 8000))).toBe("context_window");
  });

  it("needs no tool support when tool_choice is none, and checks parameters only in strict mode", () => {
    expect(missingCapability(model(), needsOf({ ...request, toolChoice: "none" }, 10))).toBeUndefined();
    expect(missingCapability(model(), needsOf({ params: { user: "u" } }, 10))).toBeUndefined();
    expect(missingCapability(model(), needsOf({ params: { user: "u" }, unsupportedParams: "reject" }, 10))).toBe("user");
  });
});

describe("model concurrency", () => {
  it("queues beyond the cap, hands the slot on in order, and gives up after the bounded wait", async () => {
    const slots = createModelConcurrency(new Map([["m", { maxConcurrency: 1, queueTimeoutMs: 30 }]]));
    const first = await slots.acquire("m");
    const second = slots.acquire("m");
    first(); // the slot passes to the waiting call
    const releaseSecond = await second;
    expect(slots.active("m")).toBe(1);
    await expect(slots.acquire("m")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    releaseSecond();
    expect(slots.active("m")).toBe(0);
    expect(typeof (await slots.acquire("unlimited"))).toBe("function");
  });
});
