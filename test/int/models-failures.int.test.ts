// Every scripted failure mode, through the REAL ChatOllama and ChatOpenAI built by createChatModel,
// mapped by classifyModelError. invoke and stream both.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { modelSchema } from "../../src/config/sections/models.js";
import type { RouterErrorCode } from "../../src/errors.js";
import { classifyModelError, createChatModel } from "../../src/models/index.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import { startOpenAIServer } from "../helpers/openai-server.js";
import type { ProtocolServer, ScriptedBehaviour } from "../helpers/scripted-http-server.js";

const API_KEY = "sk-test-failures-0123456789";
const PROMPT = "What is the capital of France?";

/** `events`: the content-block event stream (`streamEvents()` without a v1/v2 version). */
type Mode = "invoke" | "stream" | "events";

interface FailureCase {
  name: string;
  behaviour: ScriptedBehaviour;
  code: RouterErrorCode;
  retryable: boolean;
  modes?: Mode[];
  details?: Record<string, unknown>;
}

const cases: FailureCase[] = [
  { name: "HTTP 500", behaviour: { status: 500 }, code: "MODEL_CALL_FAILED", retryable: true, details: { status: 500 } },
  { name: "HTTP 503", behaviour: { status: 503 }, code: "MODEL_CALL_FAILED", retryable: true, details: { status: 503 } },
  { name: "HTTP 429 with Retry-After", behaviour: { status: 429, retryAfter: "2" }, code: "MODEL_RATE_LIMITED", retryable: true, details: { status: 429 } },
  { name: "HTTP 400", behaviour: { status: 400 }, code: "MODEL_REQUEST_REJECTED", retryable: false, details: { status: 400, fault: "client" } },
  { name: "hang forever", behaviour: { hang: true }, code: "MODEL_TIMEOUT", retryable: true },
  { name: "slow first byte", behaviour: { delayMs: 2_000 }, code: "MODEL_TIMEOUT", retryable: true },
  {
    name: "stall mid-stream",
    behaviour: { tokenDelayMs: 150, text: "one two three four five six seven" },
    code: "MODEL_TIMEOUT",
    retryable: true,
    modes: ["stream"],
  },
  { name: "connection reset before any byte", behaviour: { reset: "before" }, code: "MODEL_CALL_FAILED", retryable: true },
  { name: "connection reset mid-stream", behaviour: { reset: 2 }, code: "STREAM_BROKEN", retryable: true },
  { name: "garbled line mid-stream", behaviour: { garbleAfterTokens: 2 }, code: "STREAM_BROKEN", retryable: true },
  { name: "stream cut without final chunk", behaviour: { cutAfterTokens: 3 }, code: "STREAM_BROKEN", retryable: true, modes: ["invoke", "stream", "events"] },
  { name: "garbled line in the event stream", behaviour: { garbleAfterTokens: 1 }, code: "STREAM_BROKEN", retryable: true, modes: ["events"] },
];

async function callAndClassify(model: BaseChatModel, modelId: string, mode: Mode) {
  try {
    if (mode === "invoke") await model.invoke(PROMPT);
    else if (mode === "stream") for await (const _chunk of await model.stream(PROMPT)) void _chunk;
    else for await (const _event of model.streamEvents(PROMPT)) void _event;
  } catch (error) {
    return classifyModelError(error, modelId);
  }
  throw new Error(`expected the ${mode} call to fail`);
}

const providers: { label: string; start: () => Promise<ProtocolServer>; build: (url: string) => BaseChatModel; id: string }[] = [
  {
    label: "ChatOllama (NDJSON)",
    id: "llama-local",
    start: () => startOllamaServer(),
    build: (url) =>
      createChatModel(modelSchema.parse({ id: "llama-local", provider: "ollama", baseUrl: url, model: "llama3.1:8b", tier: "local", timeoutMs: 600 })),
  },
  {
    label: "ChatOpenAI (JSON and SSE)",
    id: "gpt-cloud",
    start: () => startOpenAIServer({ apiKey: API_KEY }),
    build: (url) =>
      createChatModel(
        modelSchema.parse({
          id: "gpt-cloud",
          provider: "openai-compatible",
          baseUrl: url,
          model: "gpt-4o-mini",
          tier: "cloud",
          apiKeyEnv: "TEST_KEY",
          timeoutMs: 600,
        }),
        { TEST_KEY: API_KEY },
      ),
  },
];

for (const provider of providers) {
  describe(`${provider.label} failures through classifyModelError`, () => {
    let server: ProtocolServer;
    let model: BaseChatModel;
    beforeAll(async () => {
      server = await provider.start();
      model = provider.build(server.url);
    });
    afterAll(() => server.close());

    for (const failure of cases) {
      for (const mode of failure.modes ?? (["invoke", "stream"] as const)) {
        it(`${failure.name} (${mode}) → ${failure.code}`, async () => {
          server.enqueue(failure.behaviour);
          const started = performance.now();
          const error = await callAndClassify(model, provider.id, mode);
          expect(error.code).toBe(failure.code);
          expect(error.retryable).toBe(failure.retryable);
          expect(error.details.modelId).toBe(provider.id);
          if (failure.details) expect(error.details).toMatchObject(failure.details);
          if (failure.code === "MODEL_RATE_LIMITED" && provider.id === "gpt-cloud") expect(error.details.retryAfterMs).toBe(2000);
          if (failure.code === "MODEL_TIMEOUT") expect(performance.now() - started).toBeLessThan(1_500);
          expect(error.message).not.toContain(API_KEY);
          expect(error.message).not.toContain(PROMPT);
          expect(JSON.stringify(error.toJSON())).not.toContain(API_KEY);
          expect(JSON.stringify(error.toJSON())).not.toContain("France");
        });
      }
    }

    it("prints nothing of a garbled line (answer text never reaches the process's logs)", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        server.enqueue({ garbleAfterTokens: 0 }, { garbleAfterTokens: 2 });
        expect((await callAndClassify(model, provider.id, "stream")).code).toBe("STREAM_BROKEN");
        expect((await callAndClassify(model, provider.id, "stream")).code).toBe("STREAM_BROKEN");
        expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
      } finally {
        warn.mockRestore();
        error.mockRestore();
      }
    });

    it("answers normally again after the failures (no stuck connection), events included", async () => {
      server.enqueue({ text: "Paris." }, { text: "Paris again." });
      const answer = await model.invoke(PROMPT);
      expect(answer.content).toBe("Paris.");
      const streamed = await model.streamEvents(PROMPT);
      expect(streamed.text).toBe("Paris again.");
    });
  });
}

describe("an unreachable server", () => {
  it("ECONNREFUSED → MODEL_CALL_FAILED, retryable", async () => {
    const server = await startOllamaServer();
    const url = server.url;
    await server.close();
    const model = createChatModel(modelSchema.parse({ id: "gone", provider: "ollama", baseUrl: url, model: "llama3.1:8b", tier: "local", timeoutMs: 1000 }));
    const error = await callAndClassify(model, "gone", "invoke");
    expect(error.code).toBe("MODEL_CALL_FAILED");
    expect(error.retryable).toBe(true);
    expect(error.details.upstream).toMatchObject({ code: "ECONNREFUSED" });
  });
});
