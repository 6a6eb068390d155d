/**
 * A local server speaking the OpenAI HTTP API, for the real ChatOpenAI / OpenAIEmbeddings and the
 * `openai` npm client: POST /v1/chat/completions (JSON, or SSE with `stream:true`, a usage chunk
 * when `stream_options.include_usage`, tool calls), GET /v1/models, POST /v1/embeddings (float or
 * base64). Failures are scripted per request (see ScriptedBehaviour in scripted-http-server.ts).
 *
 *   const openai = await startOpenAIServer({ apiKey: "sk-test" });
 *   new ChatOpenAI({ model: "gpt-4o-mini", apiKey: "sk-test", configuration: { baseURL: openai.url } });
 *
 * With `apiKey` set, requests without `Authorization: Bearer <apiKey>` get a 401.
 */
import { countTokens } from "gpt-tokenizer";
import { fakeEmbedding, startScriptedServer, type ProtocolServer, type ScriptedBehaviour, type ScriptedServerOptions } from "./scripted-http-server.js";

export interface OpenAIServerOptions extends ScriptedServerOptions {
  /** When set, the Bearer token every request must carry. */
  apiKey?: string;
  /** Model ids listed by GET /v1/models. */
  models?: string[];
  /** Embedding size. Default 8. */
  embeddingDimensions?: number;
}

function promptTokenCount(messages: unknown): number {
  if (!Array.isArray(messages)) return 0;
  return messages.reduce((sum: number, message: { content?: unknown }) => sum + (typeof message.content === "string" ? countTokens(message.content) : 0), 0);
}

function usageOf(behaviour: ScriptedBehaviour, messages: unknown, outputTokens: number) {
  if (behaviour.usage === false) return undefined;
  const usage = behaviour.usage ?? { inputTokens: promptTokenCount(messages), outputTokens };
  return { prompt_tokens: usage.inputTokens, completion_tokens: usage.outputTokens, total_tokens: usage.inputTokens + usage.outputTokens };
}

const errorBody = (status: number, message: string) => ({
  error: {
    message,
    type: status === 429 ? "rate_limit_exceeded" : status >= 500 ? "server_error" : "invalid_request_error",
    param: null,
    code: status === 401 ? "invalid_api_key" : null,
  },
});

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<ProtocolServer> {
  const dimensions = options.embeddingDimensions ?? 8;
  const models = options.models ?? ["gpt-4o-mini", "gpt-4o"];
  let counter = 0;
  const unauthorized = (headers: Record<string, unknown>) => options.apiKey !== undefined && headers["authorization"] !== `Bearer ${options.apiKey}`;

  return startScriptedServer(
    {
      errorBody,
      get: {
        "/models": () => ({ object: "list", data: models.map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "routellm-test" })) }),
      },
      post: {
        "/chat/completions": async ({ request, response, behaviour, text, tokens, streamLines, sendJsonBody }) => {
          if (unauthorized(request.headers)) {
            response.writeHead(401, { "content-type": "application/json" });
            response.end(JSON.stringify(errorBody(401, "Incorrect API key provided.")));
            return;
          }
          const body = request.body ?? {};
          const id = `chatcmpl-${++counter}`;
          const created = Math.floor(Date.now() / 1000);
          const model = String(body.model ?? "unknown");
          const toolCalls = (behaviour.toolCalls ?? []).map((call, index) => ({
            id: call.id ?? `call_${counter}_${index}`,
            type: "function" as const,
            function: { name: call.name, arguments: JSON.stringify(call.arguments) },
          }));
          const finishReason = behaviour.finishReason ?? (toolCalls.length > 0 ? "tool_calls" : "stop");
          const usage = usageOf(behaviour, body.messages, tokens.length);

          if (body.stream !== true) {
            await sendJsonBody({
              id,
              object: "chat.completion",
              created,
              model,
              system_fingerprint: null,
              choices: [
                {
                  index: 0,
                  message: {
                    role: "assistant",
                    content: toolCalls.length > 0 && text === "" ? null : text,
                    refusal: null,
                    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
                  },
                  logprobs: null,
                  finish_reason: finishReason,
                },
              ],
              ...(usage ? { usage } : {}),
            });
            return;
          }

          const includeUsage = body.stream_options?.include_usage === true;
          const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
            `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices, ...extra })}\n\n`;
          const delta = (value: Record<string, unknown>, finish: string | null = null) =>
            chunk([{ index: 0, delta: value, logprobs: null, finish_reason: finish }], includeUsage ? { usage: null } : {});
          const tail = [
            ...toolCalls.map((call, index) => delta({ tool_calls: [{ index, id: call.id, type: "function", function: call.function }] })),
            ...(behaviour.omitFinishReason ? [] : [delta({}, finishReason)]),
            ...(includeUsage && usage ? [chunk([], { usage })] : []),
            "data: [DONE]\n\n",
          ];
          await streamLines({
            contentType: "text/event-stream",
            head: [delta({ role: "assistant", content: "", refusal: null })],
            tokenLine: (token) => delta({ content: token }),
            tail,
            garbledLine: `data: {"id":"${id}","object":"chat.completion.chunk","choices":[{"delta":{"content":"gar\n\n`,
          });
        },
        "/embeddings": ({ request, response }) => {
          if (unauthorized(request.headers)) {
            response.writeHead(401, { "content-type": "application/json" });
            response.end(JSON.stringify(errorBody(401, "Incorrect API key provided.")));
            return;
          }
          const input: unknown = request.body?.input;
          const texts = Array.isArray(input) ? input.map(String) : [String(input ?? "")];
          const base64 = request.body?.encoding_format === "base64";
          const data = texts.map((text, index) => {
            const vector = fakeEmbedding(text, dimensions);
            const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
            return { object: "embedding", index, embedding };
          });
          const promptTokens = texts.reduce((sum, text) => sum + countTokens(text), 0);
          const json = JSON.stringify({ object: "list", data, model: request.body?.model, usage: { prompt_tokens: promptTokens, total_tokens: promptTokens } });
          response.writeHead(200, { "content-type": "application/json" });
          response.end(json);
        },
      },
    },
    options,
    "/v1",
  );
}
