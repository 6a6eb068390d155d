/**
 * OpenAI and Ollama request bodies → router options, with the documented rule for each field
 * (docs/api.md): passed through (mapped per provider), refused with a 400 naming it (a field whose
 * result RouteLLM cannot return), or dropped with a warning (`x-routellm-warning`). A field is
 * never ignored in silence; in strict mode (`x-routellm-unsupported-params: reject`) a warning
 * becomes a 400.
 */
import type { GenerationParams, RouteOptions } from "../index.js";
import { HttpError } from "./http-errors.js";

export type ServerRouteOptions = Omit<RouteOptions, "profile" | "model" | "requestId" | "signal">;

export interface TranslatedRequest {
  options: ServerRouteOptions;
  /** Fields not passed on (by name); each becomes a warning, or a 400 in strict mode. */
  warnings: string[];
}

/** Header selecting what happens to a parameter the chosen model does not accept. */
export const UNSUPPORTED_PARAMS_HEADER = "x-routellm-unsupported-params";

export function unsupportedParamsMode(headers: Record<string, unknown>): "drop" | "reject" {
  const value = headers[UNSUPPORTED_PARAMS_HEADER];
  if (value === undefined) return "drop";
  if (value === "drop" || value === "reject") return value;
  throw new HttpError(400, `${UNSUPPORTED_PARAMS_HEADER} must be "drop" or "reject"`, { param: UNSUPPORTED_PARAMS_HEADER, code: "invalid_request" });
}

function refuse(param: string, why: string): never {
  throw new HttpError(400, `${param} is not supported: ${why}`, { param, code: "unsupported_parameter" });
}

/** In strict mode the first warning is a 400 naming its field. */
export function applyMode(translated: TranslatedRequest, mode: "drop" | "reject"): TranslatedRequest {
  if (mode === "reject" && translated.warnings.length > 0)
    refuse(translated.warnings[0]!.split(" ")[0]!, "RouteLLM does not pass it to any model (strict mode)");
  translated.options.unsupportedParams = mode;
  return translated;
}

const stopList = (stop: unknown): string[] | undefined => (stop == null ? undefined : Array.isArray(stop) ? stop.map(String) : [String(stop)]);

function setIf<K extends keyof GenerationParams>(params: GenerationParams, key: K, value: GenerationParams[K] | null | undefined): void {
  if (value !== undefined && value !== null) params[key] = value;
}

/** OpenAI chat fields handled elsewhere (messages, routing, streaming) or below. */
const OPENAI_HANDLED = new Set([
  "model",
  "messages",
  "stream",
  "stream_options",
  "n",
  "max_tokens",
  "max_completion_tokens",
  "temperature",
  "top_p",
  "stop",
  "seed",
  "presence_penalty",
  "frequency_penalty",
  "user",
  "logit_bias",
  "parallel_tool_calls",
  "reasoning_effort",
  "response_format",
  "tools",
  "tool_choice",
  "logprobs",
  "top_logprobs",
  "functions",
  "function_call",
  "modalities",
  "audio",
  "web_search_options",
]);

/** Fields an OpenAI client may send that change nothing in the answer RouteLLM returns: dropped with a warning. */
const OPENAI_DROPPED: Record<string, string> = {
  store: "RouteLLM stores no completions",
  metadata: "RouteLLM stores no completions",
  service_tier: "set per model in the config",
  prediction: "not passed on",
  prompt_cache_key: "not passed on",
  prompt_cache_retention: "not passed on",
  safety_identifier: "not passed on",
  verbosity: "not passed on",
};

/** Generation parameters of an OpenAI body (chat and legacy completions share them). */
export function openAiParams(body: Record<string, unknown>): GenerationParams {
  const params: GenerationParams = {};
  setIf(params, "maxTokens", (body.max_completion_tokens ?? body.max_tokens) as number | null | undefined);
  setIf(params, "temperature", body.temperature as number | null | undefined);
  setIf(params, "topP", body.top_p as number | null | undefined);
  setIf(params, "stop", stopList(body.stop));
  setIf(params, "seed", body.seed as number | null | undefined);
  setIf(params, "presencePenalty", body.presence_penalty as number | null | undefined);
  setIf(params, "frequencyPenalty", body.frequency_penalty as number | null | undefined);
  setIf(params, "user", body.user as string | null | undefined);
  setIf(params, "logitBias", body.logit_bias as Record<string, number> | null | undefined);
  setIf(params, "parallelToolCalls", body.parallel_tool_calls as boolean | null | undefined);
  setIf(params, "reasoningEffort", body.reasoning_effort as string | null | undefined);
  return params;
}

/** Refuses the OpenAI fields whose result RouteLLM cannot return. */
export function refuseUnreturnable(body: Record<string, unknown>): void {
  if (typeof body.n === "number" && body.n > 1) refuse("n", "RouteLLM returns one routed answer per request; send separate requests instead");
  if (body.logprobs === true || body.top_logprobs != null)
    refuse(body.logprobs === true ? "logprobs" : "top_logprobs", "RouteLLM does not return log probabilities");
  if (body.functions != null || body.function_call != null)
    refuse(body.functions != null ? "functions" : "function_call", "the deprecated functions API is not routed; send `tools` and `tool_choice`");
  if (body.audio != null || (Array.isArray(body.modalities) && body.modalities.some((modality) => modality !== "text")))
    refuse(body.audio != null ? "audio" : "modalities", "RouteLLM answers with text only");
  if (body.web_search_options != null) refuse("web_search_options", "no routed model searches the web");
}

/** Warnings for the fields of `body` that are neither handled nor known. */
function unhandledWarnings(body: Record<string, unknown>, handled: ReadonlySet<string>, dropped: Record<string, string>): string[] {
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (handled.has(key) || value === undefined || value === null) continue;
    warnings.push(`${key.slice(0, 64)} ignored (${dropped[key] ?? "unknown parameter"})`);
  }
  return warnings;
}

/** POST /v1/chat/completions body → router options and warnings. */
export function translateOpenAiChat(body: Record<string, unknown>): TranslatedRequest {
  refuseUnreturnable(body);
  const options: ServerRouteOptions = { params: openAiParams(body) };
  if (body.response_format != null) options.responseFormat = body.response_format as NonNullable<RouteOptions["responseFormat"]>;
  if (Array.isArray(body.tools) && body.tools.length > 0) options.tools = body.tools;
  if (body.tool_choice != null) options.toolChoice = body.tool_choice;
  return { options, warnings: unhandledWarnings(body, OPENAI_HANDLED, OPENAI_DROPPED) };
}

/** Ollama options passed through (with their canonical names). */
const OLLAMA_OPTIONS: Record<string, keyof GenerationParams> = {
  num_predict: "maxTokens",
  temperature: "temperature",
  top_p: "topP",
  top_k: "topK",
  min_p: "minP",
  stop: "stop",
  seed: "seed",
  presence_penalty: "presencePenalty",
  frequency_penalty: "frequencyPenalty",
  repeat_penalty: "repeatPenalty",
  num_ctx: "numCtx",
};

/** Ollama body fields handled by the routes. */
const OLLAMA_HANDLED = new Set([
  "model",
  "messages",
  "prompt",
  "system",
  "images",
  "stream",
  "format",
  "options",
  "tools",
  "template",
  "raw",
  "suffix",
  "context",
]);
const OLLAMA_DROPPED: Record<string, string> = {
  keep_alive: "RouteLLM manages model loading",
  think: "not passed on",
  truncate: "not passed on",
  dimensions: "not passed on",
};

/** An Ollama body's `options`, `format` and `tools` → router options and warnings. */
export function translateOllama(body: Record<string, unknown>): TranslatedRequest {
  const params: GenerationParams = {};
  const warnings: string[] = [];
  const ollamaOptions = (body.options ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(ollamaOptions)) {
    if (value === undefined || value === null) continue;
    const key = OLLAMA_OPTIONS[name];
    if (key === undefined) {
      warnings.push(`options.${name.slice(0, 64)} ignored (not passed on)`);
      continue;
    }
    // num_predict -1 (infinite) / -2 (fill the context) mean "no limit" to Ollama: no max_tokens.
    if (key === "maxTokens" && typeof value === "number" && value <= 0) continue;
    (params as Record<string, unknown>)[key] = key === "stop" ? stopList(value) : value;
  }
  const options: ServerRouteOptions = { params };
  if (body.format === "json") options.responseFormat = { type: "json_object" };
  else if (typeof body.format === "object" && body.format !== null)
    options.responseFormat = { type: "json_schema", json_schema: { name: "response", schema: body.format } };
  if (Array.isArray(body.tools) && body.tools.length > 0) options.tools = body.tools;
  return { options, warnings: [...warnings, ...unhandledWarnings(body, OLLAMA_HANDLED, OLLAMA_DROPPED)] };
}

/** `data:` URL of a base64 image as Ollama clients send it (type guessed from its first bytes); URLs pass unchanged. */
export function imageDataUrl(base64: string): string {
  if (/^https?:\/\//.test(base64)) return base64;
  const mime = base64.startsWith("/9j/") ? "image/jpeg" : base64.startsWith("R0lGOD") ? "image/gif" : base64.startsWith("UklGR") ? "image/webp" : "image/png";
  return base64.startsWith("data:") ? base64 : `data:${mime};base64,${base64}`;
}
