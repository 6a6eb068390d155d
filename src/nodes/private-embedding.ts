/**
 * Which encoder may see a request's prompt. With a cloud encoder (`classifier.embeddings.provider:
 * openai`), a prompt that may not reach the cloud in clear (pinned local, values to redact, a
 * local-only profile, a named local model) is handled as `classifier.embeddings.privatePrompts`
 * says: scored on this machine (`local`, the default: the routes' built-in encoder, or the Ollama
 * model of `classifier.embeddings.local`), sent redacted (`redacted`; a prompt that may not reach
 * the cloud at all is scored locally), or not embedded (`skip`). Never raw.
 */
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import type { RouterStateValue } from "../state/router-state.js";
import { cloudTextFor } from "./cloud-privacy.js";
import type { RouteIndex, RouterRuntime } from "./node-runtime.js";

export type PromptEmbedding =
  | { skipped: true; why: string }
  | {
      skipped: false;
      /** The text the routes are scored on (the prompt, or its redacted form). */
      text: string;
      /** The vector to score routes with (undefined: the routes' built-in encoder scores `text`). */
      scoreVector: number[] | undefined;
      routeIndex: () => Promise<RouteIndex>;
      /** The configured encoder's vector, for the learned predictor (undefined when another encoder saw the prompt). */
      predictorVector: number[] | undefined;
      /** What was done for privacy, for the trace; undefined when the prompt went as is. */
      note: string | undefined;
    };

const MAX_EMBEDDED_CHARS = 8000;

export async function embedPrompt(
  runtime: RouterRuntime,
  state: RouterStateValue,
  prompt: string,
  policyOf: (category: string) => PrivacyPolicy,
): Promise<PromptEmbedding> {
  const embedConfigured = async (text: string, note: string | undefined): Promise<PromptEmbedding> => {
    const sliced = text.slice(0, MAX_EMBEDDED_CHARS);
    const vector = runtime.embedSync ? runtime.embedSync(sliced) : await runtime.embeddings!.embedQuery(sliced);
    return { skipped: false, text: sliced, scoreVector: runtime.embedSync ? undefined : vector, routeIndex: runtime.routeIndex, predictorVector: vector, note };
  };
  if (runtime.config.classifier.embeddings.provider !== "openai") return embedConfigured(prompt, undefined);

  const cloud = cloudTextFor(runtime, state, prompt, policyOf, { fromRequest: true });
  if (cloud.allowed && !cloud.redacted) return embedConfigured(prompt, undefined);
  const mode = runtime.config.classifier.embeddings.privatePrompts;
  const why = cloud.allowed ? "the prompt holds values to redact" : cloud.why;
  if (mode === "skip")
    return { skipped: true, why: `not embedded: the cloud encoder may not see this prompt (${why}; classifier.embeddings.privatePrompts: skip)` };
  if (mode === "redacted" && cloud.allowed) return embedConfigured(cloud.text, `embedded by the cloud encoder with its sensitive values redacted (${why})`);
  const sliced = prompt.slice(0, MAX_EMBEDDED_CHARS);
  const local = runtime.localEncoder;
  if (local) {
    const vector = await local.embeddings.embedQuery(sliced);
    return {
      skipped: false,
      text: sliced,
      scoreVector: vector,
      routeIndex: local.routeIndex,
      predictorVector: undefined,
      note: `embedded on this machine by the local embeddings model (${why})`,
    };
  }
  return {
    skipped: false,
    text: sliced,
    scoreVector: undefined,
    routeIndex: runtime.routeIndex,
    predictorVector: undefined,
    note: `embedded on this machine by the built-in encoder (${why})`,
  };
}
