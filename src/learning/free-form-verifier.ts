/**
 * The free-form verifier: where no final answer can be extracted, the probability that a local
 * answer is good enough, from features of the two local answers (substance agreement, length
 * against the prompt and the model's norm, repetition, diversity, truncation, refusal, hedging).
 * One small logistic model per member of each pair of configured models, learned on the training
 * prompts' recorded texts and scores. Keyed by configured model ids, learned from data; pure.
 */
import { ANSWER_FEATURES, answerFeatures, characterNgrams, vectorCosine } from "./answer-features.js";
import { fitLogistic, logLoss, outOfFold, predictLogistic, type LogisticModel } from "./logistic.js";
import type { CascadeOutcomeModel } from "./learned-cascade.js";
import type { FreeFormPair, FreeFormVerifierModel } from "./free-form-verifier-model.js";

export type { FreeFormPair, FreeFormVerifierModel } from "./free-form-verifier-model.js";

/** A training prompt as the verifier needs it. */
export interface FreeFormTrainingItem {
  prompt: string;
  outcomes: Readonly<Record<string, { score: number; answer: string | null; text?: string } | undefined>>;
}

export interface FreeFormTrainOptions {
  /** Models whose pairs are learned (the local ones); default every model with texts. */
  models: readonly string[];
  /** Embeds an answer for the embedding agreement (a local or privacy-checked encoder); omitted = lexical agreement only. */
  embed?: ((text: string) => ArrayLike<number>) | undefined;
  /** Fewest prompts with both texts (and no extracted answers) to learn a pair. Default 40. */
  minPrompts?: number;
}

const LAMBDAS = [0.3, 1, 3, 10, 30, 100];
const FOLDS = 5;

function featureIndices(withEmbedding: boolean): number[] {
  return ANSWER_FEATURES.map((name, index) => (name === "embeddingAgreement" && !withEmbedding ? -1 : index)).filter((index) => index >= 0);
}

/** True when a prompt's answers for both models are free-form texts (recorded text, no extracted answer). */
function freeFormPair(item: FreeFormTrainingItem, left: string, right: string): boolean {
  const a = item.outcomes[left];
  const b = item.outcomes[right];
  return a?.text !== undefined && b?.text !== undefined && (a.answer ?? null) === null && (b.answer ?? null) === null;
}

interface PairRows {
  rows: [number[][], number[][]];
  targets: [number[], number[]];
}

function pairRows(
  items: readonly FreeFormTrainingItem[],
  pair: [string, string],
  norms: Readonly<Record<string, number>>,
  indices: readonly number[],
  embed: FreeFormTrainOptions["embed"],
): PairRows {
  const result: PairRows = { rows: [[], []], targets: [[], []] };
  for (const item of items) {
    if (!freeFormPair(item, pair[0], pair[1])) continue;
    const texts = pair.map((id) => item.outcomes[id]!.text!) as [string, string];
    const features = freeFormFeatures(item.prompt, pair, texts, norms, embed);
    for (const side of [0, 1] as const) {
      result.rows[side].push(indices.map((index) => features[side][index]!));
      result.targets[side].push(item.outcomes[pair[side]]!.score);
    }
  }
  return result;
}

/** Both answers' full feature vectors (`ANSWER_FEATURES` order). */
function freeFormFeatures(
  prompt: string,
  pair: readonly [string, string],
  texts: readonly [string, string],
  norms: Readonly<Record<string, number>>,
  embed: FreeFormTrainOptions["embed"],
): [number[], number[]] {
  const grams = texts.map((text) => characterNgrams(text));
  const embeddingAgreement = embed ? vectorCosine(embed(texts[0]), embed(texts[1])) : undefined;
  const side = (index: 0 | 1) =>
    answerFeatures({
      prompt,
      answer: texts[index],
      peer: texts[1 - index]!,
      answerNorm: norms[pair[index]] ?? texts[index].length,
      peerNorm: norms[pair[1 - index]!] ?? texts[1 - index]!.length,
      embeddingAgreement,
      answerGrams: grams[index],
      peerGrams: grams[1 - index],
    });
  return [side(0), side(1)];
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Deterministic order for the folds (a fixed stride permutation: no randomness needed, no id read). */
function foldOrder(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => ((a * 7919) % count) - ((b * 7919) % count) || a - b);
}

function fitMember(rows: number[][], targets: number[], order: number[]): { model: LogisticModel; outOfFold: number[]; loss: number } {
  let best: { lambda: number; predictions: number[]; loss: number } | undefined;
  for (const lambda of LAMBDAS) {
    const predictions = outOfFold(rows, targets, lambda, order, FOLDS);
    const loss = logLoss(predictions, targets);
    if (!best || loss < best.loss) best = { lambda, predictions, loss };
  }
  return { model: fitLogistic(rows, targets, best!.lambda), outOfFold: best!.predictions, loss: best!.loss };
}

/** Learns the verifier from training prompts with recorded answer texts; undefined when no pair has enough. */
export function trainFreeFormVerifier(items: readonly FreeFormTrainingItem[], options: FreeFormTrainOptions): FreeFormVerifierModel | undefined {
  const withTexts = options.models.filter((id) => items.some((item) => item.outcomes[id]?.text !== undefined));
  const norms: Record<string, number> = {};
  for (const id of withTexts) norms[id] = mean(items.flatMap((item) => (item.outcomes[id]?.text !== undefined ? [item.outcomes[id]!.text!.length] : [])));
  const indices = featureIndices(options.embed !== undefined);
  const pairs: FreeFormPair[] = [];
  const sorted = [...withTexts].sort();
  for (let left = 0; left < sorted.length; left++)
    for (let right = left + 1; right < sorted.length; right++) {
      const pair: [string, string] = [sorted[left]!, sorted[right]!];
      const data = pairRows(items, pair, norms, indices, options.embed);
      const count = data.targets[0].length;
      if (count < (options.minPrompts ?? 40)) continue;
      const order = foldOrder(count);
      const fits = ([0, 1] as const).map((side) => fitMember(data.rows[side], data.targets[side], order));
      const means = data.targets.map((targets) => mean(targets));
      const betterSide = means[1]! > means[0]! ? 1 : 0;
      const gains = data.targets[0].map((_, row) => {
        const chosen = fits[1]!.outOfFold[row]! > fits[0]!.outOfFold[row]! ? 1 : 0;
        return data.targets[chosen]![row]! - data.targets[betterSide]![row]!;
      });
      const gain = mean(gains);
      const spread = Math.sqrt(mean(gains.map((value) => (value - gain) ** 2)) / Math.max(1, count));
      const constantLoss = data.targets.reduce(
        (sum, targets, side) =>
          sum +
          logLoss(
            targets.map(() => means[side]!),
            targets,
          ),
        0,
      );
      pairs.push({
        models: pair,
        members: [
          { modelId: pair[0], model: fits[0]!.model },
          { modelId: pair[1], model: fits[1]!.model },
        ],
        betterOnAverage: pair[betterSide],
        keepGain: gain - spread,
        prompts: count,
        logLoss: { verifier: fits[0]!.loss + fits[1]!.loss, constant: constantLoss },
      });
    }
  if (pairs.length === 0) return undefined;
  return { inputs: indices.map((index) => ANSWER_FEATURES[index]!), norms, pairs };
}

export interface FreeFormVerdict {
  /** P(answer good enough) of each of the two answers. */
  probabilities: Map<string, number>;
  /** Which answer to keep of the two. */
  keep: string;
  /** The pair's substance agreement (character n-gram cosine), for the trace. */
  agreement: number;
}

/**
 * Rates two free-form local answers with the pair's learned model; undefined when the pair was not
 * learned. `embeddingAgreement`: cosine of the answers' embeddings, when the model was trained with it
 * and an embedding is available (otherwise the training mean stands in).
 */
export function judgeFreeForm(
  model: FreeFormVerifierModel,
  prompt: string,
  answers: ReadonlyArray<{ modelId: string; text: string }>,
  embeddingAgreement?: number,
): FreeFormVerdict | undefined {
  if (answers.length < 2) return undefined;
  const [first, second] = answers;
  const pair = model.pairs.find(
    (entry) => entry.models.includes(first!.modelId) && entry.models.includes(second!.modelId) && first!.modelId !== second!.modelId,
  );
  if (!pair) return undefined;
  const ordered = pair.models.map((id) => answers.find((answer) => answer.modelId === id)!.text) as [string, string];
  const features = freeFormFeatures(prompt, pair.models, ordered, model.norms, undefined);
  const indices = model.inputs.map((name) => ANSWER_FEATURES.indexOf(name as (typeof ANSWER_FEATURES)[number]));
  const probabilities = new Map<string, number>();
  pair.members.forEach((member, side) => {
    const row = indices.map((index, position) => {
      const value = features[side]![index]!;
      return Number.isNaN(value) ? (embeddingAgreement ?? member.model.means[position]!) : value;
    });
    probabilities.set(member.modelId, predictLogistic(member.model, row));
  });
  const [a, b] = pair.models;
  const rated = probabilities.get(b)! > probabilities.get(a)! ? b : a;
  return { probabilities, keep: pair.keepGain > 0 ? rated : pair.betterOnAverage, agreement: features[0]![0]! };
}

/**
 * The planner's outcome model with the verifier's verdict: the two judged answers' success is the
 * verifier's probability (while they are among the called models), and the kept answer is its choice;
 * everything else (other models, next answers) as `base` says.
 */
export function withFreeFormVerdict(base: CascadeOutcomeModel, verdict: FreeFormVerdict): CascadeOutcomeModel {
  const judged = [...verdict.probabilities.keys()];
  return {
    knows: (modelId) => base.knows(modelId),
    success: (called, pattern, modelId) =>
      called.includes(modelId) && verdict.probabilities.has(modelId) ? verdict.probabilities.get(modelId)! : base.success(called, pattern, modelId),
    nextAnswers: (called, pattern, modelId) => base.nextAnswers(called, pattern, modelId),
    keep: (called, pattern) => {
      const others = called.filter((id) => !judged.includes(id));
      if (others.length === 0 && judged.every((id) => called.includes(id))) return verdict.keep;
      return base.keep?.(called, pattern);
    },
  };
}
