import { z } from "zod";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import type { RouterStateValue, RouterStateUpdate, TriageDecision } from "../state/router-state.js";
import { computeTriageFeatures, scoreComplexity } from "../policies/triage-features.js";
import { lastUserText } from "./message-text.js";
import { createDeadline } from "./deadline.js";
import { modelCallConfig, requestContextOf, traceEntry, type RouterRuntime } from "./node-runtime.js";
import { cloudTextFor, createPolicyOf } from "./cloud-privacy.js";

const agenticRatingSchema = z.object({
  complexity: z.number().min(0).max(1).describe("0 = trivial, 1 = needs the strongest model"),
  domain: z.enum(["code", "math", "reasoning", "writing", "chat"]),
});

const AGENTIC_INSTRUCTIONS =
  "You rate how hard a request is for a small language model. Reply with complexity between 0 (trivial: greetings, lookups, short rewrites) and 1 (hard: multi-step reasoning, long code, expert knowledge), and its domain.";

/**
 * Cheap features -> complexity with a confidence. When the confidence is below
 * `triage.agenticBelowConfidence` and agentic triage is on, a small local model rates the prompt;
 * its timeout or malformed output falls back to the heuristic, with the reason in the trace.
 */
export function createTriageNode(runtime: RouterRuntime) {
  const { triage } = runtime.config;
  const agenticModel = triage.agentic.enabled && triage.agentic.model ? runtime.models.get(triage.agentic.model) : undefined;
  const rater = agenticModel ? agenticModel.chat.withStructuredOutput(agenticRatingSchema, { name: "rate_request" }) : undefined;
  const policyOf = createPolicyOf(runtime.config);

  return async function triageNode(state: RouterStateValue, config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    const prompt = lastUserText(state.messages);
    const features = computeTriageFeatures(prompt, state.messages.length);
    const heuristic = scoreComplexity(features, prompt);
    let decision: TriageDecision = {
      complexity: heuristic.complexity,
      confidence: heuristic.confidence,
      domain: heuristic.domain,
      source: "heuristic",
      estimatedTokens: features.estimatedTokens,
      requestedLength: features.requestedLength,
    };
    let why = `heuristic: ${describe(features)}`;
    // A cloud rater follows the request's privacy policy, like the answering call (cloud-privacy.ts).
    const rated =
      rater && agenticModel!.config.tier === "cloud"
        ? cloudTextFor(runtime, state, prompt, policyOf, { fromRequest: true })
        : { allowed: true as const, text: prompt };
    if (rater && heuristic.confidence < triage.agenticBelowConfidence && !state.options.dryRun && !rated.allowed) {
      why = `heuristic (agentic triage skipped: ${rated.why}; ${triage.agentic.model} is a cloud model): ${describe(features)}`;
    } else if (rater && rated.allowed && heuristic.confidence < triage.agenticBelowConfidence && !state.options.dryRun) {
      const deadline = createDeadline(triage.agentic.timeoutMs, requestContextOf(config).signal);
      try {
        const rating = await rater.invoke([new SystemMessage(AGENTIC_INSTRUCTIONS), new HumanMessage(rated.text.slice(0, 4000))], {
          ...modelCallConfig(config, true),
          signal: deadline.signal,
        });
        const parsed = agenticRatingSchema.parse(rating);
        decision = { ...decision, complexity: parsed.complexity, domain: parsed.domain, confidence: 0.8, source: "agentic" };
        why = `heuristic unsure (confidence ${heuristic.confidence.toFixed(2)}): ${triage.agentic.model} rated it`;
      } catch (error) {
        const reason = deadline.timedOut()
          ? `timed out after ${triage.agentic.timeoutMs} ms`
          : error instanceof z.ZodError
            ? "malformed rating"
            : "call failed";
        why = `heuristic (agentic triage ${reason}): ${describe(features)}`;
      } finally {
        deadline.dispose();
      }
    }
    return {
      triageDecision: decision,
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "triage",
          ms: performance.now() - started,
          saw: {
            tokens: features.estimatedTokens,
            code: features.hasCode,
            math: features.hasMath,
            multiStep: features.multiStep,
            depth: features.conversationDepth,
          },
          chose: `complexity ${decision.complexity.toFixed(2)} (${decision.domain})`,
          why,
        }),
      ],
    };
  };
}

function describe(features: ReturnType<typeof computeTriageFeatures>): string {
  const parts = [`~${features.estimatedTokens} tokens`];
  if (features.hasCode) parts.push("code");
  if (features.hasMath) parts.push("math");
  if (features.multiStep) parts.push("multi-step");
  if (features.nonAsciiShare > 0.2) parts.push("non-English");
  if (features.requestedLength !== 0) parts.push(features.requestedLength > 0 ? "long output asked" : "short output asked");
  return parts.join(", ");
}
