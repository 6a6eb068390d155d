/**
 * `router.embed`: embeddings through the configured embedding models, behind the privacy guard.
 * Every input is scanned: a `block` finding refuses the request; any other non-`allow` finding
 * (local-only, and redact too, since a vector of redacted text would silently embed other text)
 * sends the whole request to a local embedding model only. Without a named model, the first
 * allowed local model answers, else the first allowed cloud model (file order).
 */
import type { RouterConfig } from "../config/schema.js";
import type { EmbeddingModelConfig } from "../config/sections/models.js";
import type { PrivacyPolicy } from "../config/sections/privacy.js";
import { RouterError } from "../errors.js";
import { createEmbeddingClient, type EmbeddingClient } from "../models/embedding-clients.js";
import { costOfTokens } from "../policies/cost.js";
import type { PrivacyScanner } from "../privacy/types.js";
import { resolveProfile } from "../nodes/profiles.js";
import { scanLength, scanLimitError } from "../nodes/scan-limit.js";
import type { EmbedOptions, EmbedResult } from "./types.js";

export function createEmbedRouter(config: RouterConfig, scanner: PrivacyScanner | undefined, injected: Record<string, EmbeddingClient> = {}) {
  const clients = new Map<string, EmbeddingClient>();
  const clientOf = (model: EmbeddingModelConfig) => {
    let client = clients.get(model.id) ?? injected[model.id];
    if (client === undefined) {
      client = createEmbeddingClient(model);
      clients.set(model.id, client);
    }
    return client;
  };
  const { privacy } = config;
  const customPolicies = new Map(privacy.custom.filter((detector) => detector.policy).map((detector) => [detector.name, detector.policy!]));
  const policyOf = (category: string): PrivacyPolicy => privacy.categories[category] ?? customPolicies.get(category) ?? privacy.defaultPolicy;

  return async function embed(texts: string[], options: EmbedOptions = {}): Promise<EmbedResult> {
    if (texts.length === 0) throw new RouterError("INVALID_REQUEST", "input must hold at least one text", { details: { param: "input" } });
    const categories = new Set<string>();
    let blocked = false;
    // Over the scan bound the input is not scanned, so it may only reach a local model (or is refused).
    const chars = scanLength(texts);
    const unscanned = privacy.enabled && scanner !== undefined && chars > privacy.scanLimit.maxChars;
    if (unscanned && privacy.scanLimit.action === "refuse") throw scanLimitError(chars, privacy.scanLimit);
    if (privacy.enabled && scanner && !unscanned) {
      for (const text of texts)
        for (const finding of scanner.scan(text)) {
          const policy = policyOf(finding.category);
          if (policy === "allow") continue;
          categories.add(finding.category);
          if (policy === "block") blocked = true;
        }
    }
    const sorted = [...categories].sort();
    if (blocked)
      throw new RouterError(
        "PRIVACY_BLOCKED",
        `request refused: it contains sensitive data of a blocked category (${sorted.filter((category) => policyOf(category) === "block").join(", ")})`,
        { details: { categories: sorted } },
      );
    const pinnedLocal = categories.size > 0 || unscanned;
    const localReason = unscanned ? "the input is longer than privacy.scanLimit.maxChars (not scanned)" : "the input holds sensitive data";
    let model: EmbeddingModelConfig | undefined;
    if (options.model !== undefined) {
      model = config.embeddingModels.find((candidate) => candidate.id === options.model);
      if (model === undefined)
        throw new RouterError("UNKNOWN_MODEL", `unknown embedding model "${options.model}"`, { details: { model: options.model, param: "model" } });
      if (pinnedLocal && model.tier !== "local")
        throw new RouterError("PRIVACY_VIOLATION_PREVENTED", `${localReason} and "${model.id}" is a cloud model: refused instead of sending it`, {
          details: { model: model.id, categories: sorted },
        });
    } else {
      const profile = resolveProfile(config, options.profile);
      const allowed = config.embeddingModels.filter(
        (candidate) => (!profile.tiers || profile.tiers.includes(candidate.tier)) && (!pinnedLocal || candidate.tier === "local"),
      );
      model = allowed.find((candidate) => candidate.tier === "local") ?? allowed[0];
      if (model === undefined) {
        const why =
          config.embeddingModels.length === 0
            ? "no embedding model is configured (embeddingModels)"
            : pinnedLocal
              ? `${localReason} and no local embedding model is configured or allowed`
              : "no embedding model is allowed by the profile";
        throw new RouterError("NO_ELIGIBLE_MODEL", why, { details: { categories: sorted } });
      }
    }
    const output = await clientOf(model)(texts, { dimensions: options.dimensions, signal: options.signal }).catch((error: unknown) => {
      if (error instanceof RouterError) throw error;
      throw new RouterError("MODEL_CALL_FAILED", `embedding model "${model.id}" failed`, { cause: error, details: { model: model.id } });
    });
    return {
      model: model.id,
      tier: model.tier,
      vectors: output.vectors,
      usage: {
        inputTokens: output.inputTokens,
        outputTokens: 0,
        costUsd: costOfTokens(output.inputTokens, 0, { inputPer1M: model.pricing.inputPer1M, outputPer1M: 0 }),
      },
      privacy: { sensitive: categories.size > 0, categories: sorted, pinnedLocal, redacted: 0 },
    };
  };
}
