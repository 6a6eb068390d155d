/**
 * A local server speaking the Ollama HTTP API, for the real ChatOllama / OllamaEmbeddings and the
 * `ollama` npm client: POST /api/chat (NDJSON stream, or one JSON object with `stream:false`),
 * GET /api/tags, POST /api/embed and /api/embeddings, GET /api/version. Failures are scripted
 * per request (see ScriptedBehaviour in scripted-http-server.ts).
 *
 *   const ollama = await startOllamaServer({ script: [{ status: 503 }, { text: "4" }] });
 *   new ChatOllama({ baseUrl: ollama.url, model: "llama3.1:8b" });
 *   ollama.requestsTo("/api/chat")[0].body.messages   // what the client sent
 *   await ollama.close();
 */
import { countTokens } from "gpt-tokenizer";
import { fakeEmbedding, startScriptedServer, type ProtocolServer, type ScriptedBehaviour, type ScriptedServerOptions } from "./scripted-http-server.js";

export interface OllamaServerOptions extends ScriptedServerOptions {
  /** Model names listed by GET /api/tags. */
  models?: string[];
  /** Embedding size. Default 8. */
  embeddingDimensions?: number;
}

function promptTokenCount(messages: unknown): number {
  if (!Array.isArray(messages)) return 0;
  return messages.reduce((sum: number, message: { content?: unknown }) => sum + (typeof message.content === "string" ? countTokens(message.content) : 0), 0);
}

function usageFields(behaviour: ScriptedBehaviour, messages: unknown, outputTokens: number): Record<string, number> {
  if (behaviour.usage === false) return {};
  const usage = behaviour.usage ?? { inputTokens: promptTokenCount(messages), outputTokens };
  return {
    total_duration: 5_000_000,
    load_duration: 1_000_000,
    prompt_eval_count: usage.inputTokens,
    prompt_eval_duration: 1_000_000,
    eval_count: usage.outputTokens,
    eval_duration: 3_000_000,
  };
}

export function startOllamaServer(options: OllamaServerOptions = {}): Promise<ProtocolServer> {
  const dimensions = options.embeddingDimensions ?? 8;
  const models = options.models ?? ["llama3.1:8b", "gemma2:9b"];
  return startScriptedServer(
    {
      errorBody: (_status, message) => ({ error: message }),
      get: {
        "/api/version": () => ({ version: "0.6.4" }),
        "/api/tags": () => ({
          models: models.map((name) => ({
            name,
            model: name,
            modified_at: "2026-01-01T00:00:00Z",
            size: 4_000_000_000,
            digest: "0".repeat(64),
            details: { format: "gguf", family: "llama", parameter_size: "8B", quantization_level: "Q4_0" },
          })),
        }),
      },
      post: {
        "/api/chat": async ({ request, behaviour, text, tokens, streamLines, sendJsonBody }) => {
          const body = request.body ?? {};
          const model = String(body.model ?? "unknown");
          const createdAt = () => new Date().toISOString();
          const toolCalls = (behaviour.toolCalls ?? []).map((call) => ({ function: { name: call.name, arguments: call.arguments } }));
          const doneReason = behaviour.finishReason ?? "stop";
          const final = {
            model,
            created_at: createdAt(),
            message: { role: "assistant", content: "" },
            done: true,
            done_reason: doneReason,
            ...usageFields(behaviour, body.messages, tokens.length),
          };
          if (body.stream === false) {
            const whole = {
              ...final,
              message: { role: "assistant", content: text, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
            };
            await sendJsonBody(whole);
            return;
          }
          const line = (value: unknown) => `${JSON.stringify(value)}\n`;
          const tail = [
            ...(toolCalls.length > 0
              ? [line({ model, created_at: createdAt(), message: { role: "assistant", content: "", tool_calls: toolCalls }, done: false })]
              : []),
            line(final),
          ];
          await streamLines({
            contentType: "application/x-ndjson",
            tokenLine: (token) => line({ model, created_at: createdAt(), message: { role: "assistant", content: token }, done: false }),
            tail,
            garbledLine: `{"model":"${model}","message":{"role":"assistant","content":"gar\n`,
          });
        },
        "/api/embed": ({ request, response }) => {
          const input: unknown = request.body?.input;
          const texts = Array.isArray(input) ? input.map(String) : [String(input ?? "")];
          const json = JSON.stringify({
            model: request.body?.model,
            embeddings: texts.map((text) => fakeEmbedding(text, dimensions)),
            total_duration: 1_000_000,
            load_duration: 100_000,
            prompt_eval_count: texts.reduce((sum, text) => sum + countTokens(text), 0),
          });
          response.writeHead(200, { "content-type": "application/json" });
          response.end(json);
        },
        "/api/embeddings": ({ request, response }) => {
          const json = JSON.stringify({ embedding: fakeEmbedding(String(request.body?.prompt ?? ""), dimensions) });
          response.writeHead(200, { "content-type": "application/json" });
          response.end(json);
        },
      },
    },
    options,
  );
}
