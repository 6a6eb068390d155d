import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, RouterError } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const EMAIL = "jane.roe@acme-mail.de";
const CARD = "4172 9960 8905 6538";

function models(local: string | Error = "Final answer: 7") {
  return {
    llama: new FakeChatModel(local),
    gemma: new FakeChatModel(local),
    mini: new FakeChatModel("cloud says hi"),
    gpt4o: new FakeChatModel("cloud says hi"),
  };
}

describe("privacy in the graph", () => {
  it("pins a prompt with a card number to local models, even when the cloud would be cheaper to trust", async () => {
    const fakes = models();
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 0 } }), { models: fakes, random: createSeededRandom(1) });
    const result = await router.invoke(`My card is ${CARD}, what is the cheapest way to pay my bill?`);
    expect(result.tier).toBe("local");
    expect(result.privacy).toMatchObject({ sensitive: true, pinnedLocal: true, categories: ["payment_card"] });
    expect(fakes.mini.calls.length + fakes.gpt4o.calls.length).toBe(0);
    // Numbers zeroed first: a node's timing (e.g. `"ms":0.05179800000041723`) may hold any digit run.
    const trace = JSON.stringify(result.trace, (_key, value: unknown) => (typeof value === "number" ? 0 : value));
    for (const leak of ["4172", "6538", CARD.replaceAll(" ", "")]) expect(trace).not.toContain(leak);
  });

  it("fails with a clear error instead of falling back to the cloud when every local model fails", async () => {
    const fakes = models(new RouterError("MODEL_CALL_FAILED", "HTTP 503", { retryable: true }));
    const router = createRouter(fourModelConfig(), { models: fakes });
    await expect(router.invoke(`Email ${EMAIL} about the invoice`)).rejects.toMatchObject({ code: "MODEL_CALL_FAILED" });
    expect(fakes.mini.calls.length + fakes.gpt4o.calls.length).toBe(0);
  });

  it("refuses a direct cloud model for a sensitive prompt", async () => {
    const router = createRouter(fourModelConfig(), { models: models() });
    await expect(router.invoke(`card ${CARD}`, { model: "gpt4o" })).rejects.toMatchObject({ code: "PRIVACY_VIOLATION_PREVENTED" });
  });

  it("fails with NO_ELIGIBLE_MODEL when a sensitive prompt meets a cloud-only config", async () => {
    const config = fourModelConfig({ models: fourModelConfig().models.filter((model) => model.tier === "cloud"), ladder: ["mini", "gpt4o"] });
    const router = createRouter(config, { models: models() });
    await expect(router.invoke(`card ${CARD}`)).rejects.toMatchObject({ code: "NO_ELIGIBLE_MODEL" });
  });

  it("redacts values for cloud models and restores them in the answer", async () => {
    const cloud = new FakeChatModel((messages) => `I will write to ${/\[EMAIL_1\]/.exec(String(messages.at(-1)!.content))?.[0] ?? "nobody"} today.`);
    const fakes = { ...models(), gpt4o: cloud };
    const router = createRouter(fourModelConfig({ privacy: { categories: { email: "redact" } } }), { models: fakes });
    const result = await router.invoke(`Draft a polite reminder to ${EMAIL} about the unpaid invoice.`, { model: "gpt4o" });
    expect(String(cloud.calls[0]!.at(-1)!.content)).not.toContain(EMAIL);
    expect(result.answer).toBe(`I will write to ${EMAIL} today.`);
    expect(result.privacy).toMatchObject({ pinnedLocal: false, redacted: 1 });
  });

  it("restores redacted values in a streamed answer split across chunks", async () => {
    const cloud = new FakeChatModel("Sent to [EMAIL_1] and done.");
    const router = createRouter(fourModelConfig({ privacy: { categories: { email: "redact" } } }), { models: { ...models(), gpt4o: cloud } });
    let text = "";
    for await (const event of router.stream(`Send the report to ${EMAIL}`, { model: "gpt4o" })) if (event.type === "token") text += event.text;
    expect(text).toBe(`Sent to ${EMAIL} and done.`);
  });

  it("blocks a category configured as block", async () => {
    const router = createRouter(fourModelConfig({ privacy: { categories: { payment_card: "block" } } }), { models: models() });
    await expect(router.invoke(`card ${CARD}`)).rejects.toMatchObject({ code: "PRIVACY_BLOCKED" });
  });

  it("scans tool results and earlier turns, not only the last user message", async () => {
    const fakes = models("ok");
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 0 } }), { models: fakes });
    const result = await router.invoke([
      { role: "user", content: "look up the customer" },
      { role: "assistant", content: "", tool_calls: [{ id: "c1", type: "function", function: { name: "lookup", arguments: "{}" } }] },
      { role: "tool", tool_call_id: "c1", content: `{"email": "${EMAIL}"}` },
      { role: "user", content: "summarise what you found" },
    ]);
    expect(result.privacy.pinnedLocal).toBe(true);
    expect(fakes.mini.calls.length + fakes.gpt4o.calls.length).toBe(0);
  });
});
