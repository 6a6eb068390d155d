import type { BaseMessage } from "@langchain/core/messages";
import { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { RouterError } from "../errors.js";

/** One send of the call: its own signal, and `onFirstToken` called when its first token comes. */
export type StalledCallSend = (signal: AbortSignal, onFirstToken: () => void) => Promise<BaseMessage>;

export interface ReissueInput {
  modelId: string;
  /** The request's call signal: aborting it aborts both sends. */
  signal: AbortSignal;
  /** Ms after the start at which a call with no token yet is stalled (policies/stalled-call.ts). */
  dueMs: number;
  wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  send: StalledCallSend;
}

interface Send {
  controller: AbortController;
  wrote: boolean;
  result: Promise<BaseMessage>;
  detach: () => void;
}

/**
 * bandit.hedge.stalledCall: sends the call; when its first token has not come by `dueMs`, sends it
 * again, keeps the first answer of the two and cancels the other. `cancelledWrote`: whether the
 * cancelled send had started writing (absent: one send), for its charge.
 */
export async function invokeReissuingStalled(input: ReissueInput): Promise<{ message: BaseMessage; cancelledWrote?: boolean }> {
  const { signal } = input;
  const start = (): Send => {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal.reason);
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener("abort", onAbort, { once: true });
    const call: Send = {
      controller,
      wrote: false,
      result: Promise.resolve(undefined as unknown as BaseMessage),
      detach: () => signal.removeEventListener("abort", onAbort),
    };
    call.result = input.send(controller.signal, () => {
      call.wrote = true;
    });
    return call;
  };
  const first = start();
  const timer = new AbortController();
  const stalled = await Promise.race([
    first.result.then(
      () => false,
      () => false,
    ),
    input.wait(Math.max(0, input.dueMs), timer.signal).then(
      () => true,
      () => false,
    ),
  ]);
  // Stopped whichever came first (in the simulator a pending timer would hold the virtual clock).
  timer.abort();
  if (!stalled || first.wrote || signal.aborted) {
    try {
      return { message: await first.result };
    } finally {
      first.detach();
    }
  }
  const second = start();
  const sends = [first, second];
  try {
    const won = await Promise.any(sends.map((call) => call.result.then((message) => ({ call, message }))));
    const loser = won.call === first ? second : first;
    loser.controller.abort(new RouterError("CANCELLED", `the other call to ${input.modelId} answered first`));
    await loser.result.catch(() => undefined);
    return { message: won.message, cancelledWrote: loser.wrote };
  } catch (error) {
    throw error instanceof AggregateError ? error.errors[0] : error;
  } finally {
    for (const call of sends) call.detach();
  }
}

/**
 * bandit.hedge.stalledCall watches each send's stream for its first token, so a model whose `stream`
 * only yields its whole answer at the end (no `_streamResponseChunks` of its own, or `disableStreaming`)
 * cannot tell a stalled call from a long one: refused, naming the key and the model.
 */
export function assertStreamsFirstToken(chat: BaseChatModel, modelId: string): void {
  const own = chat._streamResponseChunks !== BaseChatModel.prototype._streamResponseChunks;
  if (own && !chat.disableStreaming) return;
  throw new RouterError(
    "CONFIG_INVALID",
    `bandit.hedge.stalledCall: model "${modelId}" does not stream its answer, so its first token cannot be seen; remove it from bandit.hedge.stalledCall.models (or the key)`,
    { details: { key: "bandit.hedge.stalledCall", model: modelId } },
  );
}
