import { RouterError } from "../errors.js";
import { createSeededRandom } from "../policies/clock.js";
import { answerKey } from "./learned-answers.js";
import { fitPca, project, type Projection } from "./pca.js";
import { fitShrinkage } from "./fit-shrinkage.js";
import { encodePromptHashes } from "./seen-prompts.js";
import { fitSuccessModel, PROMPT_SHAPE_FEATURES, promptShape } from "./success-model.js";
import { trainFreeFormVerifier } from "./free-form-verifier.js";
import { MISSING_SCORE, type AgreementReliability, type EncoderInfo, type LearnedModelInfo, type RouterModel } from "./router-model.js";

/** A configured model id and the name the outcomes files use for it. */
export interface ModelMapping {
  id: string;
  datasetName: string;
}

/** One training prompt: the recorded outcome of each configured model (by model id) that has one. */
export interface TrainingItem {
  prompt: string;
  outcomes: Readonly<Record<string, { score: number; outChars: number; answer: string | null; text?: string } | undefined>>;
}

export interface TrainOptions {
  models: readonly ModelMapping[];
  /** Embeds prompts (the same encoder the router's classifier uses). */
  embed: (texts: readonly string[]) => Promise<ArrayLike<number>[]> | ArrayLike<number>[];
  encoder: EncoderInfo;
  /** PCA components kept (0 = keep raw vectors). Default 64. */
  components?: number;
  neighbours?: number;
  priorStrength?: number;
  maxWeight?: number;
  /** Fit the per-model success regression (neighbours + prompt shape). Default true. */
  successModel?: boolean;
  /**
   * Learn the free-form verifier from recorded answer texts (when the items have them) for the pairs
   * of these models (the local ones); `embedAnswer`: a local encoder for the embedding agreement.
   * `false` = not learned. Default: every model, lexical agreement only.
   */
  freeFormVerifier?: false | { models?: readonly string[]; embedAnswer?: (text: string) => ArrayLike<number> };
  seed?: number;
  files?: string[];
  now?: () => Date;
}

/** Int8 quantisation of an L2-normalised vector with one scale per row. */
export function quantise(vector: ArrayLike<number>, out: Int8Array, offset: number): number {
  let maxAbs = 0;
  for (let index = 0; index < vector.length; index++) maxAbs = Math.max(maxAbs, Math.abs(vector[index]!));
  if (maxAbs === 0) return 0;
  const scale = maxAbs / 127;
  for (let index = 0; index < vector.length; index++) out[offset + index] = Math.round(vector[index]! / scale);
  return scale;
}

/**
 * Learns a router model from recorded outcomes: keeps every training prompt that has a record for
 * at least one mapped model, as a projected Int8 vector with each model's score and answer group.
 */
export async function trainRouterModel(records: readonly TrainingItem[], options: TrainOptions): Promise<RouterModel> {
  const models = options.models;
  if (models.length === 0) throw new RouterError("CONFIG_INVALID", "training needs at least one model mapping (simulation.models)");
  const kept = records.filter((record) => models.some((model) => record.outcomes[model.id] !== undefined));
  if (kept.length === 0) throw new RouterError("DATASET_INVALID", `no prompt has a record for any of the models ${models.map((model) => model.id).join(", ")}`);
  const raw = (await options.embed(kept.map((record) => record.prompt))).map((vector) => Float32Array.from(vector));
  const components = options.components ?? 64;
  let projection: Projection | undefined;
  let vectors: Float32Array[] = raw;
  if (components > 0 && components < options.encoder.dimensions) {
    projection = fitPca(raw, components, createSeededRandom(options.seed ?? 1));
    vectors = raw.map((vector) => project(projection!, vector));
  }
  const dimensions = vectors[0]!.length;
  const count = kept.length;
  const modelCount = models.length;
  const quantised = new Int8Array(count * dimensions);
  const scales = new Float32Array(count);
  const scores = new Uint8Array(count * modelCount).fill(MISSING_SCORE);
  const answerGroups = new Uint8Array(count * modelCount);
  const outputTokens = new Uint16Array(count * modelCount);
  const info: LearnedModelInfo[] = models.map((model) => ({ id: model.id, datasetName: model.datasetName, count: 0, meanScore: 0, meanOutputTokens: 0 }));
  kept.forEach((record, row) => {
    scales[row] = quantise(vectors[row]!, quantised, row * dimensions);
    const groups: string[] = [];
    models.forEach((model, column) => {
      const outcome = record.outcomes[model.id];
      if (!outcome) return;
      scores[row * modelCount + column] = Math.round(outcome.score * 254);
      const entry = info[column]!;
      entry.count++;
      entry.meanScore += outcome.score;
      entry.meanOutputTokens += outcome.outChars / 4;
      outputTokens[row * modelCount + column] = Math.min(65_535, Math.max(1, Math.round(outcome.outChars / 4)));
      const normalised = answerKey(outcome.answer);
      if (normalised === null) return;
      let group = groups.indexOf(normalised);
      if (group === -1) group = groups.push(normalised) - 1;
      answerGroups[row * modelCount + column] = Math.min(group + 1, 254);
    });
  });
  for (const entry of info) {
    if (entry.count > 0) {
      entry.meanScore /= entry.count;
      entry.meanOutputTokens /= entry.count;
    }
  }
  const agreement: AgreementReliability[] = [];
  for (let first = 0; first < modelCount; first++)
    for (let second = first + 1; second < modelCount; second++) {
      let prompts = 0;
      let agree = 0;
      let correctAgree = 0;
      let correctDisagree = 0;
      for (let row = 0; row < count; row++) {
        const a = answerGroups[row * modelCount + first]!;
        const b = answerGroups[row * modelCount + second]!;
        const scoreA = scores[row * modelCount + first]!;
        if (scoreA === MISSING_SCORE || scores[row * modelCount + second] === MISSING_SCORE) continue;
        prompts++;
        if (a !== 0 && a === b) {
          agree++;
          correctAgree += scoreA / 254;
        } else correctDisagree += scoreA / 254;
      }
      if (prompts === 0) continue;
      agreement.push({
        models: [models[first]!.id, models[second]!.id],
        agreeRate: agree / prompts,
        correctWhenAgree: agree > 0 ? correctAgree / agree : 0,
        correctWhenDisagree: prompts > agree ? correctDisagree / (prompts - agree) : 0,
        prompts,
      });
    }
  const neighbours = options.neighbours ?? 40;
  const priorStrength = options.priorStrength ?? 6;
  const shrinkage = fitShrinkage({ count, dimensions, vectors: quantised, scales, scores, modelCount, neighbours });
  // Each training prompt's leave-one-out neighbour estimate (as the predictor computes it) and shape: the success model's inputs.
  const neighbourEstimates = new Float64Array(count * modelCount);
  for (let row = 0; row < count; row++)
    for (let column = 0; column < modelCount; column++) {
      const index = row * modelCount + column;
      neighbourEstimates[index] =
        (shrinkage.outOfFold.sums[index]! + priorStrength * info[column]!.meanScore) / (shrinkage.outOfFold.weights[index]! + priorStrength);
    }
  const shapes = new Float64Array(count * PROMPT_SHAPE_FEATURES.length);
  raw.forEach((vector, row) => promptShape(vector, shapes.subarray(row * PROMPT_SHAPE_FEATURES.length, (row + 1) * PROMPT_SHAPE_FEATURES.length)));
  return {
    format: "routellm-router-model",
    version: 1,
    encoder: options.encoder,
    projection,
    models: info,
    examples: { count, dimensions, vectors: quantised, scales, scores, answerGroups, outputTokens },
    agreement,
    options: {
      neighbours,
      priorStrength,
      maxWeight: options.maxWeight ?? 30,
      freeFormPriorStrength: shrinkage.priorStrength,
    },
    successModel: options.successModel === false ? undefined : fitSuccessModel({ count, modelCount, scores, neighbourEstimates, shapes }),
    ...freeFormVerifierOf(kept, options),
    trainedOn: {
      files: options.files ?? [],
      prompts: count,
      createdAt: (options.now ?? (() => new Date()))().toISOString(),
      promptHashes: encodePromptHashes(kept.map((record) => record.prompt)),
    },
  };
}

function freeFormVerifierOf(items: readonly TrainingItem[], options: TrainOptions): Pick<RouterModel, "freeFormVerifier"> {
  if (options.freeFormVerifier === false) return {};
  const settings = options.freeFormVerifier ?? {};
  const verifier = trainFreeFormVerifier(items, { models: settings.models ?? options.models.map((model) => model.id), embed: settings.embedAnswer });
  return verifier ? { freeFormVerifier: verifier } : {};
}
