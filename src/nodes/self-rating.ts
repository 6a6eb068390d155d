import { z } from "zod";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { AnswerRecord, RouterStateValue } from "../state/router-state.js";
import type { TraceEntry } from "../state/records.js";
import { createDeadline } from "./deadline.js";
import { lastUserText } from "./message-text.js";
import { modelCallConfig, traceEntry, type RouterRuntime } from "./node-runtime.js";

/**
 * The local model's rating of its own answer (AutoMix-style self-verification). `rating` null: no
 * rating available (the replay has no recorded self-ratings), with the reason in `note`.
 */
export const selfRatingSchema = z.object({ rating: z.number().min(1).max(10).nullable(), note: z.string().max(300).optional() });

/**
 * Asks the local model that wrote the kept free-form answer to rate it (1-10), when
 * `verifiers.freeForm.selfRating.enabled`. Local models only (the answer never leaves the machine
 * for it). The rating is advisory: it goes to the trace with its latency and does not change the
 * decision (no recorded ratings exist to learn its weight from). A timeout or malformed output is
 * noted in the trace.
 */
export async function selfRatingTrace(
  runtime: RouterRuntime,
  state: RouterStateValue,
  kept: AnswerRecord,
  config: RunnableConfig | undefined,
): Promise<TraceEntry | undefined> {
  const settings = runtime.config.verifiers.freeForm.selfRating;
  const model = runtime.models.get(kept.modelId);
  if (!settings.enabled || !model || model.config.tier !== "local") return undefined;
  const started = performance.now();
  const deadline = createDeadline(settings.timeoutMs, config?.signal);
  let why: string;
  let rating: number | null = null;
  try {
    const rated = selfRatingSchema.parse(
      await model.chat
        .withStructuredOutput(selfRatingSchema, { name: "rate_own_answer" })
        .invoke(
          [
            new SystemMessage("Rate how well your answer serves the request, from 1 (useless or wrong) to 10 (excellent and correct). Be strict."),
            new HumanMessage(`Request:\n${lastUserText(state.messages).slice(0, 6000)}\n\nYour answer:\n${kept.text.slice(0, 6000)}`),
          ],
          { ...modelCallConfig(config, true), signal: deadline.signal },
        ),
    );
    rating = rated.rating;
    why = rating === null ? `self-rating skipped: ${rated.note ?? "no rating"}` : `${kept.modelId} rates its answer ${rating}/10 (advisory)`;
  } catch (error) {
    why = `self-rating unavailable (${deadline.timedOut() ? "timeout" : ((error as { code?: string }).code ?? "malformed output")}): answer kept`;
  } finally {
    deadline.dispose();
  }
  return traceEntry(runtime, state.requestId, {
    node: "verify",
    ms: performance.now() - started,
    saw: { model: kept.modelId, selfRating: rating },
    chose: `keep:${kept.modelId}`,
    why,
  });
}
