import OpenAI from "openai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RouterError } from "../../src/errors.js";
import { ModelDeadlineError, classifyModelError, describeModelFailure } from "../../src/models/index.js";
import { everyModelFailed } from "../../src/nodes/call-model.js";
import { httpModelProbe } from "../../src/server/readiness.js";
import type { ModelConfig } from "../../src/index.js";

const SECRET_PROMPT = "my card is 4172 9960 8905 6538";

function fetchFailed(code: string) {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code} ${SECRET_PROMPT}`), { code }) });
}

const ollama = { provider: "ollama", index: 0 } as const;
const openai = { provider: "openai", apiKeyEnv: "OPENAI_API_KEY", index: 1 } as const;

describe("describeModelFailure: the cause in plain words and the setting to check", () => {
  it("says connection refused, where, and what to check", () => {
    const words = describeModelFailure(classifyModelError(fetchFailed("ECONNREFUSED"), "gemma2-9b"), ollama);
    expect(words).toBe("connection refused at http://127.0.0.1:11434 (is Ollama running? setting models[0].baseUrl)");
  });

  it("says a host name was not found", () => {
    const words = describeModelFailure(classifyModelError(fetchFailed("ENOTFOUND"), "m"), { provider: "ollama", baseUrl: "http://gpu-box:11434", index: 2 });
    expect(words).toBe("host name not found at http://gpu-box:11434 (check the host name, setting models[2].baseUrl)");
  });

  it("says a key was refused (401) and names its variable", () => {
    const error = OpenAI.APIError.generate(401, { error: { message: SECRET_PROMPT } }, undefined, new Headers());
    expect(describeModelFailure(classifyModelError(error, "gpt-4o-mini"), openai)).toBe(
      "API key refused (HTTP 401; check OPENAI_API_KEY, setting models[1].apiKeyEnv)",
    );
  });

  it("says a timeout and its limit", () => {
    const words = describeModelFailure(classifyModelError(new ModelDeadlineError(30000), "m"), ollama);
    expect(words).toBe("no answer within 30000 ms (timed out; setting models[0].timeoutMs)");
  });

  it("says an unset key variable", () => {
    const error = new RouterError("CONFIG_INVALID", "needs a key", { details: { modelId: "gpt-4o-mini", variable: "OPENAI_API_KEY" } });
    expect(describeModelFailure(error, openai)).toMatch(/^OPENAI_API_KEY not set/);
  });
});

describe("the all-models-failed error names each model and its cause", () => {
  it("in its message (the server's 502 body and log line), never the prompt", () => {
    const refused = classifyModelError(fetchFailed("ECONNREFUSED"), "gemma2-9b");
    const noKey = new RouterError("CONFIG_INVALID", "needs a key", { details: { variable: "OPENAI_API_KEY" } });
    const error = everyModelFailed(
      [
        { modelId: "gemma2-9b", error: refused, cause: describeModelFailure(refused, ollama) },
        { modelId: "gpt-4o-mini", error: noKey, cause: describeModelFailure(noKey, openai) },
      ],
      noKey,
    );
    expect(error.code).toBe("MODEL_CALL_FAILED");
    expect(error.message).toContain("gemma2-9b: connection refused at http://127.0.0.1:11434 (is Ollama running? setting models[0].baseUrl)");
    expect(error.message).toContain("gpt-4o-mini: OPENAI_API_KEY not set");
    // Each cause ends with its code, for docs/errors.md and for programs that look for it.
    expect(error.message).toMatch(/baseUrl\) \[[A-Z_]+\]; gpt-4o-mini: .* \[CONFIG_INVALID\]$/);
    expect(error.message).not.toContain("4172");
  });
});

describe("readiness probe", () => {
  afterEach(() => vi.unstubAllGlobals());
  it("says connection refused when fetch is refused", async () => {
    vi.stubGlobal("fetch", () => Promise.reject(fetchFailed("ECONNREFUSED")));
    const model = { id: "m", provider: "ollama", baseUrl: "http://127.0.0.1:11434" } as ModelConfig;
    expect(await httpModelProbe(model, new AbortController().signal)).toBe("connection refused");
  });

  it("says connection refused when IPv4 and IPv6 were both refused (an AggregateError)", async () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: "ECONNREFUSED" });
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("fetch failed", { cause: new AggregateError([refused("::1"), refused("127.0.0.1")]) })));
    const model = { id: "m", provider: "ollama", baseUrl: "http://localhost:11434" } as ModelConfig;
    expect(await httpModelProbe(model, new AbortController().signal)).toBe("connection refused");
  });
});
