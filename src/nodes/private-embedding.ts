/**
 * Which encoder may embed a request's prompt. With a cloud encoder (`classifier.embeddings.provider:
 * openai`), a prompt that may not reach the cloud in clear (pinned local, values to redact, a
 * local-only profile, a named local model) is handled as `classifier.embeddings.privatePrompts`
 * says: embedded on this machine (`local`, the default), sent redacted (`redacted`; a prompt that
 * may not reach the cloud at all is embedded locally), or not embedded (`skip`). Never raw.
 */
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import type { RouterStateValue } from "../graphs/router-state.js";
import { cloudTextFor } from "./cloud-privacy.js";
import type { RouteIndex, RouterRuntime } from "./node-runtime.js";

export type PromptEmbedding =
  | { skipped: true; why: string }
  | {
      skipped: false;
      vector: number[];
      routeIndex: () => Promise<RouteIndex>;
      /** False when another encoder than the configured one made the vector (the learned predictor cannot use it). */
      configuredEncoder: boolean;
      /** What was done for privacy, for the trace; undefined when the prompt went as is. */
      note: string | undefined;
    };

const MAX_EMBEDDED_CHARS = 8000;

export async function embedPrompt(runtime: RouterRuntime, state: RouterStateValue, prompt: string, policyOf: (category: string) => PrivacyPolicy): Promise<PromptEmbedding> {
  const embedConfigured = async (text: string, note: string | undefined): Promise<PromptEmbedding> => {
    const sliced = text.slice(0, MAX_EMBEDDED_CHARS);
    const vector = runtime.embedSync ? runtime.embedSync(sliced) : await runtime.embeddings!.embedQuery(sliced);
    return { skipped: false, vector, routeIndex: runtime.routeIndex, configuredEncoder: true, note };
  };
  const local = runtime.localEncoder;
  if (!local) return embedConfigured(prompt, undefined);

  const cloud = cloudTextFor(runtime, state, prompt, policyOf, { fromRequest: true });
  if (cloud.allowed && !cloud.redacted) return embedConfigured(prompt, undefined);
  const mode = runtime.config.classifier.embeddings.privatePrompts;
  const why = cloud.allowed ? "the prompt holds values to redact" : cloud.why;
  if (mode === "skip") return { skipped: true, why: `not embedded: the cloud encoder may not see this prompt (${why}; classifier.embeddings.privatePrompts: skip)` };
  if (mode === "redacted" && cloud.allowed) return embedConfigured(cloud.text, `embedded by the cloud encoder with its sensitive values redacted (${why})`);
  const sliced = prompt.slice(0, MAX_EMBEDDED_CHARS);
  const vector = local.embedSync ? local.embedSync(sliced) : await local.embeddings.embedQuery(sliced);
  const encoder = runtime.config.classifier.embeddings.local.provider === "builtin" ? "the built-in encoder" : "the local embeddings model";
  return { skipped: false, vector, routeIndex: local.routeIndex, configuredEncoder: false, note: `embedded on this machine by ${encoder} (${why})` };
}
