import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { RouterConfig } from "../../config/schema.js";
import { RouterError } from "../../errors.js";
import type { EncoderInfo } from "../router-model.js";
import { createEmbeddings, DEFAULT_OLLAMA_EMBEDDING_MODEL, DEFAULT_OPENAI_EMBEDDING_MODEL } from "../../models/embeddings.js";
import { builtinEncoder } from "./load-evaluation.js";
import { createPrivacyScanner, maskText, privacyScannerOptions } from "../../privacy/index.js";

export interface PromptEncoder {
  /** The prompt's embedding (synchronous: service encoders embed every prompt up front). */
  embed: (text: string) => Float32Array;
  encoder: EncoderInfo;
  /** Prompts whose sensitive values were masked before a cloud encoder saw them. */
  maskedPrompts?: number;
}

export interface PromptEncoderOptions {
  /** Default: built from `classifier.embeddings` (OllamaEmbeddings / OpenAIEmbeddings). */
  embeddings?: EmbeddingsInterface;
  /** Prompts per embedding request. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The encoder the learned model is trained with, described for the check at load time. */
export function encoderInfoOf(config: RouterConfig, dimensions: number): EncoderInfo {
  const embeddings = config.classifier.embeddings;
  if (embeddings.provider === "builtin") return { provider: "builtin", dimensions };
  return {
    provider: embeddings.provider,
    model: embeddings.model ?? (embeddings.provider === "ollama" ? DEFAULT_OLLAMA_EMBEDDING_MODEL : DEFAULT_OPENAI_EMBEDDING_MODEL),
    dimensions,
  };
}

/**
 * The configured classifier encoder for training and offline evaluation. The built-in encoder
 * embeds on demand; an Ollama or OpenAI encoder embeds every given prompt once, in batches, before
 * training starts (the same embeddings the router's classifier computes at request time).
 */
export async function createPromptEncoder(config: RouterConfig, prompts: readonly string[], options: PromptEncoderOptions = {}): Promise<PromptEncoder> {
  const settings = config.classifier.embeddings;
  if (settings.provider === "builtin" && !options.embeddings) return builtinEncoder(config);
  const embeddings = options.embeddings ?? createEmbeddings(settings);
  const unique = [...new Set(prompts)];
  // A cloud encoder is a path that leaves the machine: recorded prompts go to it with every value
  // the privacy guard detects replaced by its category's placeholder (as the router's classifier
  // does with `privatePrompts: redacted`); a local (Ollama) encoder sees them as they are.
  const scanner = settings.provider === "openai" && config.privacy.enabled ? createPrivacyScanner(privacyScannerOptions(config.privacy)) : undefined;
  let maskedPrompts = 0;
  const sentText = (prompt: string) => {
    if (!scanner) return prompt;
    const findings = scanner.scan(prompt);
    if (findings.length === 0) return prompt;
    maskedPrompts++;
    return maskText(prompt, findings);
  };
  const batchSize = options.batchSize ?? 64;
  const vectors = new Map<string, Float32Array>();
  let dimensions = 0;
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    let embedded: number[][];
    try {
      embedded = await embeddings.embedDocuments(batch.map(sentText));
    } catch (cause) {
      throw new RouterError(
        "MODEL_CALL_FAILED",
        `the ${settings.provider} embeddings failed on prompts ${start + 1}-${start + batch.length} of ${unique.length}`,
        { cause, details: { path: "classifier.embeddings" } },
      );
    }
    if (embedded.length !== batch.length)
      throw new RouterError("MODEL_CALL_FAILED", `the ${settings.provider} embeddings returned ${embedded.length} vectors for ${batch.length} prompts`);
    embedded.forEach((vector, index) => {
      dimensions ||= vector.length;
      if (vector.length !== dimensions)
        throw new RouterError("MODEL_CALL_FAILED", `the ${settings.provider} embeddings returned vectors of ${vector.length} and ${dimensions} dimensions`);
      vectors.set(batch[index]!, Float32Array.from(vector));
    });
    options.onProgress?.(Math.min(start + batchSize, unique.length), unique.length);
  }
  return {
    embed: (text) => {
      const vector = vectors.get(text);
      if (!vector) throw new RouterError("INTERNAL", "a prompt was not embedded before training");
      return vector;
    },
    encoder: encoderInfoOf(config, dimensions),
    maskedPrompts,
  };
}
