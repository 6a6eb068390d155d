// Issue 12 item 8 and minors: a failure before the first token (a stream cut or garbled before
// any token, a garbage body) falls back to the next eligible model as silently as a 500; after a
// token reached the client a cut stays `stream_broken`. An upstream 429 that no other model could
// answer around passes through as 429 with Retry-After.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APIError, RateLimitError } from "openai";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";
import type { ScriptedBehaviour } from "../helpers/scripted-http-server.js";

let rig: SecurityRig;
beforeAll(async () => {
  // A high cost weight: the local model is chosen first; the cloud model is the fallback.
  rig = await startSecurityRig(() => ({ bandit: { costWeight: 5 } }));
});
afterAll(() => rig.close());
afterEach(() => {
  rig.ollama.setFallback({});
  rig.openai.setFallback({});
});

const messages = [{ role: "user" as const, content: "What is 2+2?" }];

describe("a failure before the first token", () => {
  const failures: Array<[string, ScriptedBehaviour]> = [
    ["a stream cut before any token", { cutAfterTokens: 0 }],
    ["a garbled line before any token", { garbleAfterTokens: 0 }],
  ];

  it.each(failures)("falls back silently from %s (streamed)", async (_name, behaviour) => {
    rig.ollama.setFallback(behaviour);
    const stream = await rig.client().chat.completions.create({ model: "routellm/auto", messages, stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("Cloud answer: 4.");
  });

  it.each(failures)("falls back silently from %s (JSON answer)", async (_name, behaviour) => {
    rig.ollama.setFallback(behaviour);
    const { data, response } = await rig.client().chat.completions.create({ model: "routellm/auto", messages }).withResponse();
    expect(data.choices[0]?.message.content).toBe("Cloud answer: 4.");
    expect(response.headers.get("x-routellm-model")).toBe("gpt-cloud");
  });

  it("but a cut after a token reached the client stays stream_broken, with no second model", async () => {
    rig.ollama.setFallback({ text: "The answer is four.", cutAfterTokens: 2 });
    const cloudBefore = rig.cloudBodies().length;
    const stream = await rig.client().chat.completions.create({ model: "routellm/auto", messages, stream: true });
    let text = "";
    const reading = (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    })();
    await expect(reading).rejects.toBeInstanceOf(APIError);
    expect(text).toBe("The answer");
    expect(rig.cloudBodies().length).toBe(cloudBefore);
  });
});

describe("upstream client errors", () => {
  it("a 429 no other model could answer around passes through as 429 with Retry-After", async () => {
    rig.openai.setFallback({ status: 429, retryAfter: "7" });
    const error = await rig
      .client()
      .chat.completions.create({ model: "gpt-cloud", messages })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get("retry-after")).toBe("7");
  });

  it("a 429 from every allowed model is a 429 with the shortest Retry-After", async () => {
    rig.ollama.setFallback({ status: 429, retryAfter: "9" });
    rig.openai.setFallback({ status: 429, retryAfter: "4" });
    const error = await rig
      .client()
      .chat.completions.create({ model: "routellm/auto", messages })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get("retry-after")).toBe("4");
  });

  it("a 400 from the upstream answers 400, not 502", async () => {
    rig.openai.setFallback({ status: 400, errorMessage: "unsupported parameter" });
    const error = await rig
      .client()
      .chat.completions.create({ model: "gpt-cloud", messages })
      .catch((caught: unknown) => caught);
    expect((error as APIError).status).toBe(400);
  });
});
