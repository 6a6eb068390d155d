import type { PlainMessage, RouterConfig } from "../index.js";

/**
 * An upper estimate of one request's cost, reserved against a key's budget before the call and
 * settled to the real cost after it. Deliberately cheap (no tokenizer): input tokens are counted as
 * one per two characters (real text averages three to four), output tokens as the request's
 * `max_tokens` or `server.auth.estimatedOutputTokens`, both at the highest price among the models
 * the request may reach. Escalations to a second paid model are not included.
 */
export function estimateRequestCostUsd(
  config: Pick<RouterConfig, "models" | "profiles">,
  messages: readonly Pick<PlainMessage, "content">[],
  target: { profile?: string; model?: string },
  outputTokens: number,
): number {
  const models = reachableModels(config, target);
  if (models.length === 0) return 0;
  const inputPer1M = Math.max(...models.map((model) => model.pricing.inputPer1M));
  const outputPer1M = Math.max(...models.map((model) => model.pricing.outputPer1M));
  if (inputPer1M === 0 && outputPer1M === 0) return 0;
  let characters = 0;
  for (const message of messages) characters += textLength(message.content) + 8;
  const inputTokens = Math.ceil(characters / 2);
  return (inputTokens * inputPer1M + outputTokens * outputPer1M) / 1_000_000;
}

function reachableModels(config: Pick<RouterConfig, "models" | "profiles">, target: { profile?: string; model?: string }): RouterConfig["models"] {
  if (target.model !== undefined) return config.models.filter((model) => model.id === target.model);
  const profile = target.profile === undefined ? undefined : config.profiles[target.profile];
  if (profile === undefined) return config.models;
  return config.models.filter(
    (model) => (profile.models === undefined || profile.models.includes(model.id)) && (profile.tiers === undefined || profile.tiers.includes(model.tier)),
  );
}

function textLength(content: PlainMessage["content"]): number {
  if (typeof content === "string") return content.length;
  if (content === null) return 0;
  let length = 0;
  for (const part of content) length += typeof part.text === "string" ? part.text.length : 0;
  return length;
}
