import { RouterError } from "../errors.js";
import type { Projection } from "./pca.js";
import { parseFreeFormVerifier, type FreeFormVerifierModel } from "./free-form-verifier-model.js";

/** What the learned model knows about one configured model. */
export interface LearnedModelInfo {
  /** Configured model id (the router's name for it). */
  id: string;
  /** Model name as spelled in the outcomes files it was trained on. */
  datasetName: string;
  /** Training prompts with a record for this model. */
  count: number;
  /** Mean score over those prompts. */
  meanScore: number;
  /** Mean output length in tokens (out_chars / 4), for cost estimates. */
  meanOutputTokens: number;
}

/** How often two models agree and how often they are right when they do (the agreement verifier's reliability). */
export interface AgreementReliability {
  models: [string, string];
  /** Share of prompts (with both answers) where they agree. */
  agreeRate: number;
  /** Mean score of the first model's answer when they agree. */
  correctWhenAgree: number;
  /** Mean score of the first model's answer when they disagree. */
  correctWhenDisagree: number;
  prompts: number;
}

/**
 * A small per-model regression on top of the nearest neighbours: score ≈ intercept + a × (the
 * neighbours' success estimate) + b · (the prompt's shape). Fitted on the training prompts with their
 * leave-one-out neighbour estimates, so `a` says how much the neighbours are worth for that model
 * (the per-model pull toward its mean) and `b` how prompt size moves it (long, many-step problems
 * are harder for small models). The ridge penalty is chosen per model by cross-validation on the
 * training prompts. Pure computation; stored in the router model.
 */
export interface SuccessModel {
  /** Inputs after the intercept, in order: "neighbours", then `PROMPT_SHAPE_FEATURES`. */
  inputs: string[];
  /** Per model (router model column order): intercept, then one weight per input, on the raw scale. */
  weights: number[][];
  /** The ridge penalty chosen for each model (on standardised inputs). */
  lambdas: number[];
  /**
   * modelCount × modelCount: mean score gained, on the training prompts (out-of-fold predictions),
   * by keeping whichever of two answers the model predicts better instead of always the model with
   * the higher mean. ≤ 0: the per-prompt estimates cannot tell those two models apart, so the
   * better-on-average one is kept (absent in older models: always by prediction).
   */
  switchGains?: number[][];
}

/** Which embedding the vectors come from; a predictor refuses vectors of another encoder. */
export interface EncoderInfo {
  provider: "builtin" | "ollama" | "openai";
  model?: string;
  dimensions: number;
}

/**
 * The learned router model written by `routellm train`: compact training examples (projected,
 * Int8-quantised prompt embeddings, each model's score and answer group) plus summary statistics.
 */
export interface RouterModel {
  format: "routellm-router-model";
  version: 1;
  encoder: EncoderInfo;
  /** PCA projection applied to embeddings before the nearest-neighbour search (undefined: raw vectors). */
  projection: Projection | undefined;
  models: LearnedModelInfo[];
  examples: {
    count: number;
    /** Vector size after projection. */
    dimensions: number;
    /** count × dimensions, Int8; similarity = scale[row] · Σ vectors[row, d] · query[d]. */
    vectors: Int8Array;
    scales: Float32Array;
    /** count × models.length; score × 254 rounded, 255 = no record. */
    scores: Uint8Array;
    /** count × models.length; 0 = no answer, otherwise equal numbers = equal normalised answers on that prompt. */
    answerGroups: Uint8Array;
    /**
     * count × models.length; each recorded answer's output tokens (`out_chars / 4`, at most 65,535),
     * 0 = no record: the per-prompt output length the latency and cost expectations use (absent in
     * older models: each model's mean).
     */
    outputTokens?: Uint16Array;
  };
  agreement: AgreementReliability[];
  /**
   * Defaults of the nearest-neighbour predictor. `freeFormPriorStrength`: the pull toward each
   * model's mean where answers cannot be compared (no agreement signal), fitted leave-one-out on the
   * training prompts (absent in older models: `priorStrength` is used).
   */
  options: { neighbours: number; priorStrength: number; maxWeight: number; freeFormPriorStrength?: number };
  /**
   * Per-model regression of the score on the neighbours' estimate and the prompt's shape, fitted on
   * the training prompts (absent in older models: the neighbours' estimate is used as is).
   */
  successModel?: SuccessModel;
  /** The free-form verifier, learned when the training prompts had recorded answer texts (absent otherwise). */
  freeFormVerifier?: FreeFormVerifierModel;
  /**
   * What it learned from. `promptHashes`: its training prompts (see `encodePromptHashes`), so the
   * evaluation commands can refuse or exclude prompts the model has seen; absent in older models.
   */
  trainedOn: { files: string[]; prompts: number; createdAt: string; promptHashes?: string };
}

export const MISSING_SCORE = 255;

const toBase64 = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

function fromBase64<T>(text: unknown, make: (buffer: ArrayBuffer) => T, field: string): T {
  if (typeof text !== "string") throw new RouterError("DATASET_INVALID", `router model: ${field} must be a base64 string`, { details: { field } });
  const bytes = Buffer.from(text, "base64");
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

/** The JSON form of a router model (typed arrays as base64). */
export function serialiseRouterModel(model: RouterModel): string {
  const json = {
    format: model.format,
    version: model.version,
    encoder: model.encoder,
    projection: model.projection && {
      inputDimensions: model.projection.inputDimensions,
      components: model.projection.components,
      mean: toBase64(model.projection.mean),
      basis: toBase64(model.projection.basis),
    },
    models: model.models,
    examples: {
      count: model.examples.count,
      dimensions: model.examples.dimensions,
      vectors: toBase64(model.examples.vectors),
      scales: toBase64(model.examples.scales),
      scores: toBase64(model.examples.scores),
      answerGroups: toBase64(model.examples.answerGroups),
      ...(model.examples.outputTokens ? { outputTokens: toBase64(model.examples.outputTokens) } : {}),
    },
    agreement: model.agreement,
    options: model.options,
    successModel: model.successModel,
    freeFormVerifier: model.freeFormVerifier,
    trainedOn: model.trainedOn,
  };
  return `${JSON.stringify(json)}\n`;
}

function parseSuccessModel(raw: unknown, modelCount: number, invalid: (message: string) => never): SuccessModel | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = raw as Partial<SuccessModel>;
  const inputs = value.inputs;
  const weights = value.weights;
  if (!Array.isArray(inputs) || !Array.isArray(weights) || weights.length !== modelCount)
    return invalid("successModel must have inputs and one weight row per model");
  for (const row of weights)
    if (!Array.isArray(row) || row.length !== inputs.length + 1 || row.some((entry) => typeof entry !== "number" || !Number.isFinite(entry)))
      invalid("successModel weights must be finite numbers, an intercept and one per input");
  const gains = value.switchGains;
  const switchGains =
    Array.isArray(gains) &&
    gains.length === modelCount &&
    gains.every((row) => Array.isArray(row) && row.length === modelCount && row.every((entry) => typeof entry === "number"))
      ? gains
      : undefined;
  return { inputs: inputs.map(String), weights, lambdas: Array.isArray(value.lambdas) ? value.lambdas.map(Number) : [], switchGains };
}

/** Parses and checks the JSON form. Throws RouterError DATASET_INVALID on anything malformed. */
export function deserialiseRouterModel(text: string, source = "router model"): RouterModel {
  const invalid = (message: string): never => {
    throw new RouterError("DATASET_INVALID", `${source}: ${message}`);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
  let raw: Record<string, any>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
    raw = JSON.parse(text) as Record<string, any>;
  } catch (cause) {
    throw new RouterError("DATASET_INVALID", `${source}: not valid JSON`, { cause });
  }
  if (raw?.format !== "routellm-router-model") invalid("not a RouteLLM router model (format field)");
  if (raw.version !== 1) invalid(`unsupported version ${String(raw.version)}`);
  if (!Array.isArray(raw.models) || raw.models.length === 0) invalid("models must be a non-empty array");
  const count = Number(raw.examples?.count);
  const dimensions = Number(raw.examples?.dimensions);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(dimensions) || dimensions <= 0) invalid("examples.count/dimensions invalid");
  const modelCount = raw.models.length as number;
  const examples = {
    count,
    dimensions,
    vectors: fromBase64(raw.examples.vectors, (buffer) => new Int8Array(buffer), "examples.vectors"),
    scales: fromBase64(raw.examples.scales, (buffer) => new Float32Array(buffer), "examples.scales"),
    scores: fromBase64(raw.examples.scores, (buffer) => new Uint8Array(buffer), "examples.scores"),
    answerGroups: fromBase64(raw.examples.answerGroups, (buffer) => new Uint8Array(buffer), "examples.answerGroups"),
    ...(raw.examples.outputTokens === undefined
      ? {}
      : { outputTokens: fromBase64(raw.examples.outputTokens, (buffer) => new Uint16Array(buffer), "examples.outputTokens") }),
  };
  if (examples.vectors.length !== count * dimensions) invalid("examples.vectors has the wrong length");
  if (examples.scales.length !== count) invalid("examples.scales has the wrong length");
  if (examples.scores.length !== count * modelCount || examples.answerGroups.length !== count * modelCount)
    invalid("examples.scores/answerGroups have the wrong length");
  if (examples.outputTokens !== undefined && examples.outputTokens.length !== count * modelCount) invalid("examples.outputTokens has the wrong length");
  let projection: Projection | undefined;
  if (raw.projection) {
    const p = raw.projection;
    projection = {
      inputDimensions: Number(p.inputDimensions),
      components: Number(p.components),
      mean: fromBase64(p.mean, (buffer) => new Float32Array(buffer), "projection.mean"),
      basis: fromBase64(p.basis, (buffer) => new Float32Array(buffer), "projection.basis"),
    };
    if (
      projection.components !== dimensions ||
      projection.basis.length !== projection.components * projection.inputDimensions ||
      projection.mean.length !== projection.inputDimensions
    )
      invalid("projection sizes do not match");
  }
  const encoder = raw.encoder as EncoderInfo;
  if (!encoder || typeof encoder.dimensions !== "number") invalid("encoder missing");
  if ((projection?.inputDimensions ?? dimensions) !== encoder.dimensions) invalid("encoder dimensions do not match the vectors");
  return {
    format: "routellm-router-model",
    version: 1,
    encoder,
    projection,
    models: raw.models as LearnedModelInfo[],
    examples,
    agreement: Array.isArray(raw.agreement) ? raw.agreement : [],
    options: { neighbours: 40, priorStrength: 6, maxWeight: 30, ...(raw.options ?? {}) },
    successModel: parseSuccessModel(raw.successModel, modelCount, invalid),
    ...(raw.freeFormVerifier === undefined ? {} : { freeFormVerifier: parseFreeFormVerifier(raw.freeFormVerifier, invalid) }),
    trainedOn: raw.trainedOn ?? { files: [], prompts: count, createdAt: "" },
  };
}
