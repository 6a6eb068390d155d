import { AIMessage, type AIMessageChunk, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { RouterError } from "../errors.js";
import type { AnswerRecord, RouterStateValue } from "../state/router-state.js";
import { mapParams, ollamaFormat, type RequestExtras } from "../policies/request-params.js";
import { extractFinalAnswer } from "../policies/answer-extraction.js";
import { modelRetryDelayMs } from "../policies/retry-backoff.js";
import { costOfTokens } from "../policies/cost.js";
import { cancelledSpend, reissues, stalledAfterMs, type StalledCallSettings } from "../policies/stalled-call.js";
import { invokeReissuingStalled } from "./stalled-reissue.js";
import { createStreamingRestorer, restoreText } from "../privacy/index.js";
import type { Redaction } from "../privacy/types.js";
import type { AttemptRecord, TokenUsage } from "../state/records.js";
import { messageTextWithToolCalls } from "./message-text.js";
import { createDeadline } from "./deadline.js";
import { recordCloudCall } from "./spike.js";
import { applyRedactions } from "./cloud-privacy.js";
import { leftoverSensitiveFields, requestFields } from "./outgoing-request.js";
import { isUpstreamFault } from "../models/classify-model-error.js";
import { modelCallConfig, type ModelBinding, type RequestContext, type RouterRuntime } from "./node-runtime.js";

export interface ModelCallResult {
  message: BaseMessage;
  text: string;
  usage: TokenUsage;
  latencyMs: number;
  ttftMs: number | undefined;
  finishReason: string | undefined;
  /** Caller parameters this model does not accept, dropped from the call (each also reported as a warning). */
  droppedParams: string[];
}

export interface ModelCallInput {
  requestId: string;
  binding: ModelBinding;
  messages: BaseMessage[];
  request: RequestExtras;
  /** Values the cloud must not see; applied only for cloud models. */
  redactions: readonly Redaction[];
  pinnedLocal: boolean;
  context: RequestContext;
  /** Stream tokens to the caller (the answering call only; peers and judges never stream). */
  streamToCaller: boolean;
  /** The node's LangChain config: its callbacks reach the model call. */
  config: RunnableConfig | undefined;
}

/** The call input for answering the request in `state` with `binding`. */
export function callInputFor(
  state: RouterStateValue,
  binding: ModelBinding,
  context: RequestContext,
  streamToCaller: boolean,
  config: RunnableConfig | undefined,
): ModelCallInput {
  return {
    requestId: state.requestId,
    binding,
    messages: state.messages,
    request: state.request,
    redactions: state.privacy?.redactions ?? [],
    pinnedLocal: state.privacy?.pinnedLocal ?? false,
    context,
    streamToCaller,
    config,
  };
}

/** The answer record of a successful call. */
export function answerRecordOf(modelId: string, result: ModelCallResult): AnswerRecord {
  return { modelId, message: result.message, text: result.text, finalAnswer: extractFinalAnswer(result.text), finishReason: result.finishReason };
}

/** What asking an agreement peer gave: its attempt, and its answer unless the call failed. */
export interface PeerResult {
  attempt: AttemptRecord;
  answer: AnswerRecord | undefined;
}

/**
 * Asks `modelId` for its own answer to the request, as an agreement peer: never streamed to the
 * caller, tagged internal for LangChain's streams, and a failure is an unsuccessful attempt, not an error.
 */
export async function askPeer(
  runtime: RouterRuntime,
  state: RouterStateValue,
  modelId: string,
  context: RequestContext,
  config: RunnableConfig | undefined,
): Promise<PeerResult> {
  const binding = runtime.models.get(modelId)!;
  const tier = binding.config.tier;
  try {
    const result = await callModelWithRetries(runtime, callInputFor(state, binding, context, false, config));
    return { attempt: { modelId, tier, ok: true, latencyMs: result.latencyMs, usage: result.usage, reason: "peer" }, answer: answerRecordOf(modelId, result) };
  } catch (error) {
    return {
      attempt: {
        modelId,
        tier,
        ok: false,
        error: runtime.classifyError(error, modelId).code,
        latencyMs: 0,
        usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
        reason: "peer",
      },
      answer: undefined,
    };
  }
}

/** Replaces every redacted value by its placeholder in string contents (longest values first). */
function redactMessages(messages: BaseMessage[], redactions: readonly Redaction[]): BaseMessage[] {
  return messages.map((message) => {
    if (typeof message.content !== "string") return message;
    const content = applyRedactions(message.content, redactions);
    if (content === message.content) return message;
    const Constructor = message.constructor as new (fields: Record<string, unknown>) => BaseMessage;
    return new Constructor({ ...(message as unknown as Record<string, unknown>), content, lc_kwargs: undefined });
  });
}

/** The LangChain call options of one call; `routellmWire` carries the mapped parameters (read by RouterChatOpenAI / RouterChatOllama). */
export function callOptions(
  binding: ModelBinding,
  request: RequestExtras,
  signal: AbortSignal,
  langchainConfig: Pick<RunnableConfig, "callbacks" | "tags">,
): { options: Record<string, unknown>; droppedParams: string[] } {
  const call: Record<string, unknown> = { ...langchainConfig, signal };
  const { config } = binding;
  const { wire, dropped: droppedParams } = mapParams(config, request.params, config.temperature);
  if (Array.isArray(wire["stop"])) call["stop"] = wire["stop"];
  delete wire["stop"];
  if (Object.keys(wire).length > 0) call["routellmWire"] = wire;
  if (request.tools?.length && config.supportsTools) {
    // Ollama has no tool_choice: "none" is honoured by not offering the tools; a forced choice never gets here (capability filter).
    if (config.provider === "ollama") {
      if (request.toolChoice !== "none") call["tools"] = request.tools;
    } else {
      call["tools"] = request.tools;
      if (request.toolChoice !== undefined) call["tool_choice"] = request.toolChoice;
    }
  }
  if (request.responseFormat && request.responseFormat.type !== "text" && config.supportsJson) {
    if (config.provider === "ollama") call["format"] = ollamaFormat(request.responseFormat);
    else call["response_format"] = request.responseFormat;
  }
  return { options: call, droppedParams };
}

function finishReasonOf(message: BaseMessage): string | undefined {
  const metadata = (message as AIMessage).response_metadata ?? {};
  const reason = metadata["finish_reason"] ?? metadata["done_reason"];
  return typeof reason === "string" ? reason : undefined;
}

/**
 * One model, with bounded retries (exponential backoff, full jitter, Retry-After honoured), the
 * model's timeout and circuit breaker, cloud redaction, and optional token streaming.
 * A failure after tokens reached the caller is never retried: it surfaces as STREAM_BROKEN.
 */
export async function callModelWithRetries(runtime: RouterRuntime, input: ModelCallInput): Promise<ModelCallResult> {
  const { binding, context } = input;
  const model = binding.config;
  if (model.tier === "cloud" && input.pinnedLocal)
    throw new RouterError("PRIVACY_VIOLATION_PREVENTED", `refused to send a request holding sensitive data to cloud model "${model.id}"`, {
      details: { model: model.id },
    });
  const redact = model.tier === "cloud" && input.redactions.length > 0;
  const messages = redact ? redactMessages(input.messages, input.redactions) : input.messages;
  if (redact) {
    // Last line of defence: no field the guard could not rewrite may still hold a redacted value.
    const leftover = leftoverSensitiveFields(messages, requestFields(input.request), input.redactions);
    if (leftover.length > 0)
      throw new RouterError("PRIVACY_VIOLATION_PREVENTED", `refused to send sensitive data in ${leftover.join(", ")} to cloud model "${model.id}"`, {
        details: { model: model.id, fields: leftover },
      });
  }
  let lastError: RouterError | undefined;
  for (let attempt = 0; attempt <= model.maxRetries; attempt++) {
    if (context.signal?.aborted) throw new RouterError("CANCELLED", "the request was cancelled", { cause: context.signal.reason });
    const release = await runtime.concurrency.acquire(model.id, context.signal);
    if (!runtime.breakers.tryAcquire(model.id)) {
      release();
      throw (
        lastError ??
        new RouterError("MODEL_CALL_FAILED", `circuit open for model "${model.id}"`, { retryable: false, details: { model: model.id, circuit: "open" } })
      );
    }
    const started = runtime.clock.now();
    const deadline = createDeadline(model.timeoutMs, context.signal);
    let sentHere = false;
    const mark = runtime.latencyExpectations.beginCall(model.id, started);
    let workMs: number | undefined;
    try {
      const result = await attemptCall(runtime, input, messages, deadline.signal, redact, () => {
        sentHere = true;
      });
      runtime.breakers.recordSuccess(model.id);
      runtime.latency.record(model.id, result.latencyMs, result.ttftMs);
      workMs = runtime.latencyExpectations.endCall(mark, runtime.clock.now(), result.latencyMs, result.usage.outputTokens);
      runtime.latencyExpectations.observe(model.id, workMs, result.usage.outputTokens, runtime.clock.now());
      recordCloudCall(runtime, model.id, workMs, result.usage.outputTokens);
      runtime.hooks.onModelCall?.(input.requestId, {
        modelId: model.id,
        ok: true,
        latencyMs: result.latencyMs,
        ...(result.ttftMs === undefined ? {} : { ttftMs: result.ttftMs }),
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
        costUsd: result.usage.costUsd,
      });
      return result;
    } catch (error) {
      const latencyMs = runtime.clock.now() - started;
      if (context.signal?.aborted) throw new RouterError("CANCELLED", "the request was cancelled", { cause: context.signal.reason });
      let classified = deadline.timedOut()
        ? new RouterError("MODEL_TIMEOUT", `model "${model.id}" did not answer within ${model.timeoutMs} ms`, { retryable: true, details: { model: model.id } })
        : runtime.classifyError(error, model.id);
      // Only the upstream's own faults count toward its circuit; a refused or rate-limited request,
      // or an error thrown on this side, frees a half-open trial without a verdict.
      if (isUpstreamFault(classified)) runtime.breakers.recordFailure(model.id);
      else runtime.breakers.release(model.id);
      runtime.latency.record(model.id, latencyMs);
      runtime.hooks.onModelCall?.(input.requestId, {
        modelId: model.id,
        ok: false,
        error: classified.code,
        latencyMs,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
      });
      if (sentHere) {
        classified = new RouterError("STREAM_BROKEN", `the answer from "${model.id}" broke off after tokens were sent`, {
          cause: classified,
          retryable: false,
          details: { model: model.id, tokensSent: true },
        });
        throw classified;
      }
      lastError = classified;
      if (!classified.retryable || attempt === model.maxRetries) throw classified;
      const retryAfter = typeof classified.details["retryAfterMs"] === "number" ? (classified.details["retryAfterMs"] as number) : undefined;
      await runtime.sleep(modelRetryDelayMs(attempt, runtime.config.health.retryBaseMs, runtime.random, retryAfter), context.signal);
    } finally {
      if (workMs === undefined) runtime.latencyExpectations.endCall(mark, runtime.clock.now(), 0);
      deadline.dispose();
      release();
    }
  }
  throw lastError ?? new RouterError("MODEL_CALL_FAILED", `model "${model.id}" failed`, { details: { model: model.id } });
}

async function attemptCall(
  runtime: RouterRuntime,
  input: ModelCallInput,
  messages: BaseMessage[],
  signal: AbortSignal,
  redact: boolean,
  markSent: () => void,
): Promise<ModelCallResult> {
  const { binding, context } = input;
  // The answer is not internal; a peer's call is (it never streams to the caller, nor to a messages stream).
  const { options, droppedParams } = callOptions(binding, input.request, signal, modelCallConfig(input.config, !input.streamToCaller));
  if (droppedParams.length > 0) context.onWarning?.(`${binding.config.id} does not accept ${droppedParams.join(", ")}: dropped`);
  const started = runtime.clock.now();
  let message: BaseMessage;
  let ttftMs: number | undefined;
  /** bandit.hedge.stalledCall: whether the cancelled one of two calls had started writing (undefined: one call). */
  let cancelledWrote: boolean | undefined;
  if (input.streamToCaller && context.onToken) {
    const restorer = redact ? createStreamingRestorer(input.redactions) : undefined;
    const emit = (text: string) => {
      if (!text) return;
      if (!context.tokensSent) context.tokensSent = true;
      markSent();
      context.onToken!(text);
    };
    message = await streamedMessage(binding, messages, options, (text) => {
      if (!text) return;
      ttftMs ??= runtime.clock.now() - started;
      emit(restorer ? restorer.push(text) : text);
    });
    if (restorer) emit(restorer.flush());
  } else {
    const stalled = runtime.config.bandit.hedge.stalledCall;
    // Each send streams, so its first token is seen whatever the model (a stalled call is told from a long one).
    if (reissues(stalled, binding.config.id, binding.config.tier)) {
      const raced = await invokeWatchingStalls(runtime, input, messages, signal, stalled);
      message = raced.message;
      cancelledWrote = raced.cancelledWrote;
    } else message = await binding.chat.invoke(messages, options);
  }
  const latencyMs = runtime.clock.now() - started;
  let text = messageTextWithToolCalls(message);
  if (redact) {
    const restored = restoreText(typeof message.content === "string" ? message.content : text, input.redactions);
    message = new AIMessage({
      content: restored,
      tool_calls: (message as AIMessage).tool_calls ?? [],
      response_metadata: (message as AIMessage).response_metadata,
      ...((message as AIMessage).usage_metadata ? { usage_metadata: (message as AIMessage).usage_metadata } : {}),
    });
    text = messageTextWithToolCalls(message);
  }
  const usageMetadata = (message as AIMessage).usage_metadata;
  const inputTokens = usageMetadata?.input_tokens || runtime.countTokens(messages.map(messageTextWithToolCalls).join("\n"));
  const outputTokens = usageMetadata?.output_tokens || runtime.countTokens(text);
  const cancelled = cancelledWrote === undefined ? undefined : cancelledSpend(inputTokens, outputTokens, cancelledWrote);
  const cancelledUsd = cancelled ? costOfTokens(cancelled.inputTokens, cancelled.outputTokens, binding.config.pricing) : 0;
  return {
    message,
    text,
    usage: { inputTokens, outputTokens, costUsd: costOfTokens(inputTokens, outputTokens, binding.config.pricing) + cancelledUsd },
    latencyMs,
    ttftMs,
    finishReason: finishReasonOf(message),
    droppedParams,
  };
}

/** bandit.hedge.stalledCall: the call through invokeReissuingStalled, each send with its own signal and first-token watch. */
function invokeWatchingStalls(
  runtime: RouterRuntime,
  input: ModelCallInput,
  messages: BaseMessage[],
  signal: AbortSignal,
  settings: StalledCallSettings,
): Promise<{ message: BaseMessage; cancelledWrote?: boolean }> {
  const { binding } = input;
  const langchainConfig = modelCallConfig(input.config, !input.streamToCaller);
  return invokeReissuingStalled({
    modelId: binding.config.id,
    signal,
    dueMs: stalledAfterMs(settings, runtime.latencyExpectations.expected(binding.config.id, 0, runtime.clock.now()).ttftMs),
    wait: runtime.wait,
    send: (callSignal, onFirstToken) => {
      const { options } = callOptions(binding, input.request, callSignal, langchainConfig);
      return streamedMessage(binding, messages, options, onFirstToken);
    },
  });
}

/**
 * The call streamed through LangChain's `stream`: `onText` gets each chunk's text as it comes, when it has
 * text or a tool call (whose text may be empty), and the chunks merged make the answer (content, tool calls, metadata, usage).
 */
async function streamedMessage(
  binding: ModelBinding,
  messages: BaseMessage[],
  options: Record<string, unknown>,
  onText: (text: string) => void,
): Promise<AIMessage> {
  let merged: AIMessageChunk | undefined;
  for await (const chunk of await binding.chat.stream(messages, options)) {
    merged = merged ? merged.concat(chunk) : chunk;
    const text = typeof chunk.content === "string" ? chunk.content : messageTextWithToolCalls(chunk);
    if (text || chunk.tool_call_chunks?.length) onText(text);
  }
  if (!merged)
    throw new RouterError("STREAM_BROKEN", `model "${binding.config.id}" sent an empty stream`, { retryable: true, details: { model: binding.config.id } });
  return new AIMessage({
    content: merged.content,
    tool_calls: merged.tool_calls ?? [],
    response_metadata: merged.response_metadata,
    ...(merged.usage_metadata ? { usage_metadata: merged.usage_metadata } : {}),
  });
}
