/**
 * Request parameters and capabilities, mapped between the OpenAI and Ollama APIs. Pure.
 *
 * Two kinds of request extras, two rules (docs/api.md):
 * - capabilities (`tools`, a forced `tool_choice`, `response_format` JSON, images, the context
 *   length of the whole conversation) change what an answer IS: a request needing one is only
 *   routed, fallen back and escalated to models that have it; none eligible is a 400 naming it.
 * - generation parameters (sampling, penalties, seed, stop, user, ...) tune HOW it is written: each
 *   is passed to the chosen model under its provider's name; one the model's provider does not
 *   accept is dropped with a warning (header `x-routellm-warning`, the trace, `result.warnings`),
 *   or, in strict mode (`unsupportedParams: "reject"`), becomes a requirement like a capability.
 */

/** Generation parameters in one canonical form (OpenAI names spelled out). */
export interface GenerationParams {
  maxTokens?: number | undefined;
  temperature?: number | undefined;
  topP?: number | undefined;
  stop?: string[] | undefined;
  seed?: number | undefined;
  presencePenalty?: number | undefined;
  frequencyPenalty?: number | undefined;
  user?: string | undefined;
  logitBias?: Record<string, number> | undefined;
  parallelToolCalls?: boolean | undefined;
  reasoningEffort?: string | undefined;
  /** Ollama options without an OpenAI counterpart. */
  topK?: number | undefined;
  minP?: number | undefined;
  repeatPenalty?: number | undefined;
  numCtx?: number | undefined;
}

export type ResponseFormat = { type: "text" | "json_object" | "json_schema"; json_schema?: unknown };

/**
 * Everything a request asks of the model beyond its messages, kept in graph state as `request`
 * (serialisable; the privacy guard scans the tool and schema strings it holds).
 */
export interface RequestExtras {
  params: GenerationParams;
  tools?: unknown[] | undefined;
  toolChoice?: unknown;
  responseFormat?: ResponseFormat | undefined;
  /** True when a message carries an image part. */
  images?: boolean | undefined;
  /** What happens to a parameter the chosen model does not accept (default "drop": dropped with a warning). */
  unsupportedParams?: "drop" | "reject" | undefined;
}

export type Provider = "ollama" | "openai" | "openai-compatible";

/** What the selector and the call layer need to know about a model. */
export interface CapabilityModel {
  id: string;
  provider: Provider;
  supportsTools: boolean;
  supportsToolChoice?: boolean | undefined;
  supportsJson: boolean;
  supportsVision: boolean;
  contextWindow: number;
  acceptParams?: readonly string[] | undefined;
  dropParams?: readonly string[] | undefined;
}

interface ParamSpec {
  /** Name in warnings and errors (the OpenAI name, or the Ollama name of Ollama-only options). */
  name: string;
  /** Wire name for OpenAI-protocol providers, undefined when they have none. */
  openai?: string;
  /** Ollama `options` name, undefined when Ollama has none. */
  ollama?: string;
}

/** The mapping table (docs/api.md shows the same). */
export const PARAM_SPECS: Record<keyof GenerationParams, ParamSpec> = {
  maxTokens: { name: "max_tokens", openai: "max_tokens", ollama: "num_predict" },
  temperature: { name: "temperature", openai: "temperature", ollama: "temperature" },
  topP: { name: "top_p", openai: "top_p", ollama: "top_p" },
  stop: { name: "stop", openai: "stop", ollama: "stop" },
  seed: { name: "seed", openai: "seed", ollama: "seed" },
  presencePenalty: { name: "presence_penalty", openai: "presence_penalty", ollama: "presence_penalty" },
  frequencyPenalty: { name: "frequency_penalty", openai: "frequency_penalty", ollama: "frequency_penalty" },
  user: { name: "user", openai: "user" },
  logitBias: { name: "logit_bias", openai: "logit_bias" },
  parallelToolCalls: { name: "parallel_tool_calls", openai: "parallel_tool_calls" },
  reasoningEffort: { name: "reasoning_effort", openai: "reasoning_effort" },
  topK: { name: "top_k", ollama: "top_k" },
  minP: { name: "min_p", ollama: "min_p" },
  repeatPenalty: { name: "repeat_penalty", ollama: "repeat_penalty" },
  numCtx: { name: "num_ctx", ollama: "num_ctx" },
};

/** The wire name a model gets `key` under, or undefined when it does not accept it. */
function wireName(model: CapabilityModel, key: keyof GenerationParams): string | undefined {
  const spec = PARAM_SPECS[key];
  if (model.dropParams?.includes(spec.name)) return undefined;
  if (model.provider === "ollama") return spec.ollama ?? (model.acceptParams?.includes(spec.name) ? spec.name : undefined);
  // OpenAI's own API takes max_completion_tokens (max_tokens is deprecated there); compatible servers take max_tokens.
  if (key === "maxTokens" && model.provider === "openai") return "max_completion_tokens";
  return spec.openai ?? (model.acceptParams?.includes(spec.name) ? spec.name : undefined);
}

export interface MappedParams {
  /** OpenAI-protocol body fields, or Ollama `options`. */
  wire: Record<string, unknown>;
  /** Caller parameters the model does not accept (by name). */
  dropped: string[];
}

/** Maps the request's parameters onto one model's API; the model's default temperature applies when the request has none. */
export function mapParams(model: CapabilityModel, params: GenerationParams, defaultTemperature?: number): MappedParams {
  const wire: Record<string, unknown> = {};
  const dropped: string[] = [];
  const merged: GenerationParams =
    defaultTemperature !== undefined && params.temperature === undefined ? { ...params, temperature: defaultTemperature } : params;
  for (const key of Object.keys(PARAM_SPECS) as (keyof GenerationParams)[]) {
    const value = merged[key];
    if (value === undefined) continue;
    const name = wireName(model, key);
    if (name === undefined) dropped.push(PARAM_SPECS[key].name);
    else wire[name] = value;
  }
  return { wire, dropped };
}

/** True for a tool_choice the model must obey (`required` or a named function), which Ollama cannot. */
export function forcesToolChoice(toolChoice: unknown): boolean {
  return toolChoice === "required" || (typeof toolChoice === "object" && toolChoice !== null);
}

/** What a request needs of a model. */
export interface RequestNeeds {
  tools: boolean;
  toolChoice: boolean;
  json: boolean;
  vision: boolean;
  /** Prompt tokens plus the requested answer length. */
  tokens: number;
  /** In strict mode, parameters that must be accepted. */
  params: GenerationParams | undefined;
}

export function needsOf(request: RequestExtras, promptTokens: number): RequestNeeds {
  const tools = (request.tools?.length ?? 0) > 0 && request.toolChoice !== "none";
  return {
    tools,
    toolChoice: tools && forcesToolChoice(request.toolChoice),
    json: request.responseFormat !== undefined && request.responseFormat.type !== "text",
    vision: request.images === true,
    tokens: promptTokens + (request.params.maxTokens ?? 0),
    params: request.unsupportedParams === "reject" ? request.params : undefined,
  };
}

/** The first capability (or, in strict mode, parameter) `model` lacks for `needs`; undefined when it has them all. */
export function missingCapability(model: CapabilityModel, needs: RequestNeeds): string | undefined {
  if (needs.tools && !model.supportsTools) return "tools";
  if (needs.toolChoice && !(model.supportsToolChoice ?? model.provider !== "ollama")) return "tool_choice";
  if (needs.json && !model.supportsJson) return "response_format";
  if (needs.vision && !model.supportsVision) return "vision";
  if (needs.tokens > model.contextWindow) return "context_window";
  if (needs.params) {
    const { dropped } = mapParams(model, needs.params);
    if (dropped.length > 0) return dropped[0];
  }
  return undefined;
}

/** The Ollama `format` for a response_format: "json", or the JSON schema itself. */
export function ollamaFormat(format: ResponseFormat): unknown {
  if (format.type === "json_schema") return (format.json_schema as { schema?: unknown } | undefined)?.schema ?? "json";
  return "json";
}
