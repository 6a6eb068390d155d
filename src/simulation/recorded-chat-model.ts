import { AsyncLocalStorage } from "node:async_hooks";
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, AIMessageChunk, isBaseMessage, type BaseMessage } from "@langchain/core/messages";
import type { BaseLanguageModelInput } from "@langchain/core/language_models/base";
import { ChatGenerationChunk, type ChatResult } from "@langchain/core/outputs";
import type { CallbackManagerForLLMRun } from "@langchain/core/callbacks/manager";
import { RunnableLambda, type Runnable } from "@langchain/core/runnables";
import { RouterError, messageText, computeTriageFeatures, scoreComplexity, type Tier, type VirtualClock } from "../index.js";
import type { LatencyConfig } from "../config/index.js";
import type { RecordedOutcome, ReplayItem } from "./dataset.js";
import { callTiming, NORMAL_CONDITIONS, type ConditionState } from "./latency.js";
import { countPromptTokens, outputTokensFromChars } from "./tokens.js";
import { cloudCallLeaks } from "./privacy-exposure.js";
import type { PrivacyConfig } from "../config/index.js";
import type { VirtualServing } from "./virtual-serving.js";

/**
 * Which recorded prompt a model call answers. The replay runs each request inside `run(item, ...)`
 * (AsyncLocalStorage follows the call through the graph); outside a run, the text of the last
 * user message is looked up among registered items.
 */
/** What the simulated models saw of one request: every call, observed at the model (not reported by the router). */
export interface CallLog {
  item: ReplayItem;
  calls: number;
  cloudCalls: number;
  /** Every model called, in call order. */
  calledModels?: string[];
  /** With `calledModels` when the call's virtual start time was given: each call's start, ms. */
  calledAt?: number[];
  /** A cloud call received one of the prompt's protected sensitive values in the clear. */
  leaked?: boolean;
}

export class RecordingBook {
  private readonly byText = new Map<string, ReplayItem>();
  /**
   * The request being replayed. A replay runs one request at a time, so a field is enough; only a
   * second request started while one runs goes through AsyncLocalStorage, whose promise hooks
   * (once enabled, on every promise in the process) cost a fifth of a replay's CPU.
   */
  private active: CallLog | undefined;
  private readonly current = new AsyncLocalStorage<CallLog>();
  /** Conditions of the cloud (scenario), set by the replay before each request. */
  conditions: ConditionState = NORMAL_CONDITIONS;
  /** The privacy settings a cloud call is checked against (a value redacted or allowed as configured complies). */
  privacy: PrivacyConfig | undefined;

  register(item: ReplayItem): void {
    this.byText.set(item.prompt, item);
  }

  unregister(item: ReplayItem): void {
    if (this.byText.get(item.prompt) === item) this.byText.delete(item.prompt);
  }

  /** Runs one request for `item`; `log` counts the model calls it makes. */
  async run<T>(item: ReplayItem, work: () => Promise<T>, log: CallLog = { item, calls: 0, cloudCalls: 0 }): Promise<T> {
    if (this.active !== undefined) return this.current.run(log, work);
    this.active = log;
    try {
      return await work();
    } finally {
      this.active = undefined;
    }
  }

  private log(): CallLog | undefined {
    return this.current.getStore() ?? this.active;
  }

  /** Notes a call of a model of `tier` in the current request, if any, and whether a cloud call saw a protected value. */
  noteCall(tier: Tier, modelId?: string, texts?: readonly string[], atMs?: number): void {
    const log = this.log();
    if (!log) return;
    log.calls += 1;
    if (modelId !== undefined) {
      (log.calledModels ??= []).push(modelId);
      if (atMs !== undefined) (log.calledAt ??= []).push(atMs);
    }
    if (tier === "cloud") {
      log.cloudCalls += 1;
      if (log.item.sensitive !== undefined && (this.privacy === undefined || texts === undefined || cloudCallLeaks(log.item, this.privacy, texts)))
        log.leaked = true;
    }
  }

  /** Models called so far in the current request, in call order. */
  calledModels(): readonly string[] {
    return this.log()?.calledModels ?? [];
  }

  find(messages: readonly BaseMessage[]): ReplayItem | undefined {
    const active = this.log();
    if (active) return active.item;
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index]!;
      if (message.getType() === "human") return this.byText.get(messageText(message));
    }
    return undefined;
  }
}

export interface RecordedChatModelOptions extends BaseChatModelParams {
  modelId: string;
  tier: Tier;
  book: RecordingBook;
  clock: VirtualClock;
  latency: LatencyConfig;
  seed: number;
  /** Serving on the virtual clock (overlap, shared device, queues, cancellation); without it, concurrent calls simply overlap. */
  serving?: VirtualServing;
}

/**
 * The text a recorded model answers with: the recorded answer text when the file has one (what the
 * verifier would see live), else a placeholder; the recorded final answer last, when there is one.
 */
export function recordedResponseText(outcome: RecordedOutcome): string {
  const head = outcome.text ?? `Recorded response (${outcome.outChars} characters).`;
  return outcome.answer === null || outcome.answer === "" ? head : `${head}\nFinal answer: ${outcome.answer}`;
}

/** Output tokens charged for a structured answer (a judge's grade, a triage rating). */
const STRUCTURED_OUTPUT_TOKENS = 30;

/**
 * The structured outputs the router asks of a model, and how a replay answers them:
 * - `grade_answer` (verifiers.judge): the recorded score x 10 of the answer being judged, found by its
 *   recorded text in the judge's input. An ideal judge: figures with a judge are an upper bound.
 * - `rate_request` (triage.agentic): no recorded triage ratings exist, so the stand-in answers with the
 *   cheap-feature estimate (the heuristic's complexity and domain); the call's time and calls count.
 */
export const STRUCTURED_REPLAYS = {
  grade_answer: "verifiers.judge: the judge's grade is the recorded score x 10 of the judged answer (an ideal judge, so an upper bound)",
  rate_request: "triage.agentic: no recorded triage ratings exist; a stand-in rates each prompt with the cheap-feature estimate (the model's latency counts)",
  rate_own_answer:
    "verifiers.freeForm.selfRating: no recorded self-ratings exist; skipped (rating null, no call counted, no time spent), with a note in the trace",
} as const;

/**
 * A LangChain chat model that answers from a recording instead of calling a model: the text ends
 * with the recorded final answer, `usage_metadata` holds the prompt tokens (gpt-tokenizer) and the
 * recorded output length / 4, and the virtual clock advances by the call's simulated latency.
 */
export class RecordedChatModel extends BaseChatModel {
  readonly modelId: string;
  readonly tier: Tier;
  private readonly book: RecordingBook;
  private readonly clock: VirtualClock;
  private readonly latency: LatencyConfig;
  private readonly seed: number;
  private readonly serving: VirtualServing | undefined;

  static override lc_name(): string {
    return "RecordedChatModel";
  }

  constructor(options: RecordedChatModelOptions) {
    super(options);
    this.modelId = options.modelId;
    this.tier = options.tier;
    this.book = options.book;
    this.clock = options.clock;
    this.latency = options.latency;
    this.seed = options.seed;
    this.serving = options.serving;
  }

  _llmType(): string {
    return "recorded";
  }

  /**
   * Structured output without tool calling: the replies of STRUCTURED_REPLAYS, by the `name` the
   * router gives (`grade_answer`, `rate_request`). Any other name is refused, naming it.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one implementation for BaseChatModel's overloads
  override withStructuredOutput(_schema: unknown, config?: { name?: string; includeRaw?: boolean }): Runnable<BaseLanguageModelInput, any> {
    const name = config?.name;
    if (name === "rate_own_answer")
      return RunnableLambda.from(async () => {
        const parsed = { rating: null, note: "replay: no recorded self-ratings" };
        return config?.includeRaw ? { raw: new AIMessage({ content: JSON.stringify(parsed) }), parsed } : parsed;
      });
    if (name !== "grade_answer" && name !== "rate_request")
      throw new RouterError("CONFIG_INVALID", `routellm simulate has no replay for the structured output "${name ?? "(unnamed)"}" asked of ${this.modelId}`, {
        details: { modelId: this.modelId },
      });
    return RunnableLambda.from(async (input: BaseLanguageModelInput) => {
      const messages = Array.isArray(input) && input.every(isBaseMessage) ? (input as BaseMessage[]) : [];
      const parsed = await this.structuredAnswer(name, messages);
      return config?.includeRaw ? { raw: new AIMessage({ content: JSON.stringify(parsed) }), parsed } : parsed;
    });
  }

  private async structuredAnswer(name: "grade_answer" | "rate_request", messages: BaseMessage[]): Promise<Record<string, unknown>> {
    const item = this.book.find(messages);
    if (!item) throw new RouterError("INTERNAL", `no recording for this request (model ${this.modelId})`, { details: { modelId: this.modelId } });
    const texts = messages.map(messageText);
    const earlier = this.book.calledModels();
    const startedAt = this.clock.now();
    this.book.noteCall(this.tier, this.modelId, texts, startedAt);
    const conditions = this.book.conditions;
    const timing = callTiming(this.latency, this.modelId, this.tier, STRUCTURED_OUTPUT_TOKENS, conditions, [this.seed, item.id, startedAt, name]);
    if (this.tier === "cloud" && conditions.cloudDown) {
      this.clock.advance(timing.ttftMs);
      throw new RouterError("MODEL_CALL_FAILED", `simulated outage of ${this.modelId}`, { retryable: true, details: { modelId: this.modelId, status: 503 } });
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.clock.set(Math.max(this.clock.now(), startedAt + timing.totalMs));
    const joined = texts.join("\n");
    if (name === "grade_answer") {
      const shown = Object.keys(item.outcomes).filter((id) => joined.includes(recordedResponseText(item.outcomes[id]!)));
      const judged = [...earlier].reverse().find((id) => shown.includes(id)) ?? shown[0] ?? [...earlier].reverse().find((id) => id !== this.modelId);
      const score = judged === undefined ? 0 : (item.outcomes[judged]?.score ?? 0) * 10;
      return { score, reason: judged === undefined ? "replay: no judged answer found" : `replay: recorded score of ${judged}` };
    }
    const prompt = texts[texts.length - 1] ?? "";
    const estimate = scoreComplexity(computeTriageFeatures(prompt, 1), prompt);
    return { complexity: estimate.complexity, domain: estimate.domain };
  }

  private prepare(messages: BaseMessage[], deferOutage = false) {
    const item = this.book.find(messages);
    if (!item) throw new RouterError("INTERNAL", `no recording for this request (model ${this.modelId})`, { details: { modelId: this.modelId } });
    const outcome = item.outcomes[this.modelId];
    if (!outcome)
      throw new RouterError("INTERNAL", `no recorded outcome of ${this.modelId} for prompt ${item.id}`, {
        details: { modelId: this.modelId, promptId: item.id },
      });
    const texts = messages.map(messageText);
    this.book.noteCall(this.tier, this.modelId, texts, this.clock.now());
    const conditions = this.book.conditions;
    const inputTokens = countPromptTokens(texts);
    const outputTokens = outputTokensFromChars(outcome.outChars);
    const timing = callTiming(this.latency, this.modelId, this.tier, outputTokens, conditions, [this.seed, item.id, this.clock.now()]);
    const down = this.tier === "cloud" && conditions.cloudDown;
    if (down && !deferOutage) {
      this.clock.advance(timing.ttftMs);
      throw this.outageError();
    }
    const usage = { input_tokens: inputTokens, output_tokens: outputTokens, total_tokens: inputTokens + outputTokens };
    const metadata = { model_name: this.modelId, recorded: { promptId: item.id, score: outcome.score }, ttft_ms: timing.ttftMs, latency_ms: timing.totalMs };
    return { outcome, usage, metadata, timing, down };
  }

  private outageError(): RouterError {
    return new RouterError("MODEL_CALL_FAILED", `simulated outage of ${this.modelId}`, { retryable: true, details: { modelId: this.modelId, status: 503 } });
  }

  /**
   * Fast path for a list of messages: answers without LangChain's callback and tracing machinery
   * (nothing to trace in a replay), so the replay costs little on top of the graph. Other inputs,
   * and calls with callbacks, take the standard path.
   */
  override async invoke(input: BaseLanguageModelInput, options?: this["ParsedCallOptions"]): Promise<AIMessageChunk> {
    const callbacks = (options as { callbacks?: unknown } | undefined)?.callbacks;
    const hasCallbacks = Array.isArray(callbacks) ? callbacks.length > 0 : callbacks !== undefined;
    if (!Array.isArray(input) || hasCallbacks || !input.every(isBaseMessage)) return super.invoke(input, options);
    const result = await this._generate(input as BaseMessage[], options ?? ({} as this["ParsedCallOptions"]));
    return result.generations[0]!.message as AIMessageChunk;
  }

  async _generate(messages: BaseMessage[], options: this["ParsedCallOptions"], _runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const startedAt = this.clock.now();
    const { outcome, usage, metadata, timing, down } = this.prepare(messages, this.serving !== undefined);
    if (this.serving) {
      // Virtual serving: overlapping calls progress together, local ones share the device, and a
      // cancelled call (a hedge whose local answers sufficed) stops where it is.
      await this.serving.run(
        this.modelId,
        this.tier === "local",
        down ? timing.ttftMs : timing.totalMs,
        (options as { signal?: AbortSignal } | undefined)?.signal,
      );
      if (down) throw this.outageError();
    } else {
      // Calls made concurrently within a request (the speculative agreement peer) all start at the same
      // virtual time: let them start before any finishes, then end at start + duration, so overlapping
      // calls take the longest one's time, not the sum.
      await new Promise<void>((resolve) => setImmediate(resolve));
      this.clock.set(Math.max(this.clock.now(), startedAt + timing.totalMs));
    }
    const text = recordedResponseText(outcome);
    const message = new AIMessage({ content: text, usage_metadata: usage, response_metadata: metadata });
    return {
      generations: [{ text, message }],
      llmOutput: { tokenUsage: { promptTokens: usage.input_tokens, completionTokens: usage.output_tokens, totalTokens: usage.total_tokens } },
    };
  }

  /**
   * Streamed: the first part of the text at the call's time to first token, the rest with the usage at its
   * end. With virtual serving both waits are served as `_generate`'s one (overlap, shared device,
   * cancellation), so a streamed call takes the same time as an invoked one.
   */
  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this["ParsedCallOptions"],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { outcome, usage, metadata, timing, down } = this.prepare(messages, this.serving !== undefined);
    const text = recordedResponseText(outcome);
    const split = text.indexOf("\n");
    const parts = split <= 0 ? [text] : [text.slice(0, split), text.slice(split)];
    const signal = (options as { signal?: AbortSignal } | undefined)?.signal;
    const wait = async (ms: number) => {
      if (this.serving) await this.serving.run(this.modelId, this.tier === "local", ms, signal);
      else this.clock.advance(ms);
    };
    await wait(timing.ttftMs);
    if (down) throw this.outageError();
    if (parts.length === 1) parts.push("");
    for (let index = 0; index < parts.length; index += 1) {
      const last = index === parts.length - 1;
      if (last) await wait(timing.totalMs - timing.ttftMs);
      const part = parts[index]!;
      const chunk = new ChatGenerationChunk({
        text: part,
        message: new AIMessageChunk(last ? { content: part, usage_metadata: usage, response_metadata: metadata } : { content: part }),
      });
      yield chunk;
      await runManager?.handleLLMNewToken(part);
    }
  }
}
