import type { EmbeddingsConfig } from "../config/sections/routing.js";
import { RouterError } from "../errors.js";
import type { EncoderInfo } from "./router-model.js";

/**
 * Fails with CONFIG_INVALID when a learned model was trained on another encoder than the one the
 * classifier is configured with: its neighbours would be meaningless. (Dimensions of a service
 * encoder are only known from its vectors; the predictor checks those on the first request.)
 */
export function assertEncoderMatches(trained: EncoderInfo, configured: EmbeddingsConfig, modelPath: string): void {
  const mismatch = (what: string) => {
    throw new RouterError(
      "CONFIG_INVALID",
      `classifier.embeddings: the learned model ${modelPath} was trained with ${what}; retrain it with \`routellm train\` or change classifier.embeddings`,
      {
        details: { path: "classifier.embeddings", trained },
      },
    );
  };
  if (trained.provider !== configured.provider) mismatch(`the ${trained.provider} encoder, the config uses ${configured.provider}`);
  if (trained.provider === "builtin" && trained.dimensions !== configured.dimensions)
    mismatch(`${trained.dimensions}-dimensional built-in vectors, the config asks for ${configured.dimensions}`);
  if (trained.provider !== "builtin" && configured.model !== undefined && trained.model !== undefined && trained.model !== configured.model)
    mismatch(`the embedding model ${trained.model}, the config uses ${configured.model}`);
}
