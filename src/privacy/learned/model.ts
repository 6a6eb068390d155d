/**
 * The learned second opinion of the privacy guard: logistic-regression heads (`health`: a named person's
 * health data; `financial`: a person's money; since session 50, optionally, `identifier`: an identity document
 * number) over the hashed features of learned/features.ts, trained by scripts/privacy-model.ts on every
 * development set (the unsplit sets and every A half) and shipped as data/privacy-model/model.json (int8
 * weights, one scale per head). Pure and deterministic: the same prompt gives the same probabilities. The
 * model only ADDS a finding when a head's probability reaches its threshold (chosen on training folds,
 * overridable in the config) and the prompt holds evidence: `health`/`financial` when the rules found nothing
 * of that category, with a person and a condition mention or an amount; `identifier` (category
 * `national_id`) when the rules found nothing at all, on an ID-like token. It never removes a rule's finding.
 */
import { RouterError } from "../../errors.js";
import { packageDataUrl, readPackageData } from "../../embeddings/package-data.js";
import type { LearnedHead, LearnedHeadWeights, LearnedModel, PrivacyFinding } from "../types.js";
import type { FeatureVector } from "./features.js";
import { conditionMentions } from "../detectors/person-condition.js";

/** The heads every model file has. */
export const LEARNED_HEADS = ["health", "financial"] as const satisfies readonly LearnedHead[];
/** A head a model file may have (session 50): read when present, its findings `national_id`. */
export const OPTIONAL_HEADS = ["identifier"] as const satisfies readonly LearnedHead[];
export type { LearnedHead, LearnedHeadWeights, LearnedModel };

/** The shipped file's form: int8 weights in base64, `weight = byte × scale`. */
export interface SerializedHead {
  bias: number;
  scale: number;
  weights: string;
  threshold: number;
}
export interface SerializedModel {
  version: 1;
  buckets: number;
  ruleFindings: boolean;
  heads: Record<(typeof LEARNED_HEADS)[number], SerializedHead> & Partial<Record<(typeof OPTIONAL_HEADS)[number], SerializedHead>>;
  [extra: string]: unknown;
}

const invalid = (why: string) => new RouterError("DATASET_INVALID", `invalid privacy model: ${why}`);

/** Quantises a head's weights to int8 (symmetric, one scale). */
export function serializeHead(bias: number, weights: Float32Array | number[], threshold: number): SerializedHead {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : largest / 127;
  const bytes = new Int8Array(weights.length);
  for (let index = 0; index < weights.length; index++) bytes[index] = Math.round(weights[index]! / scale);
  return { bias, scale, weights: Buffer.from(bytes.buffer).toString("base64"), threshold };
}

export function parseLearnedModel(raw: unknown): LearnedModel {
  const model = raw as Partial<SerializedModel> | null;
  if (model?.version !== 1 || !Number.isInteger(model.buckets) || (model.buckets ?? 0) <= 0 || typeof model.heads !== "object")
    throw invalid("expected version 1, buckets, heads");
  const buckets = model.buckets!;
  const heads = {} as LearnedModel["heads"];
  for (const name of [...LEARNED_HEADS, ...OPTIONAL_HEADS]) {
    const head = model.heads[name];
    if (head === undefined && (OPTIONAL_HEADS as readonly string[]).includes(name)) continue;
    if (!head || typeof head.bias !== "number" || typeof head.scale !== "number" || typeof head.threshold !== "number" || typeof head.weights !== "string")
      throw invalid(`head ${name}`);
    const bytes = Buffer.from(head.weights, "base64");
    if (bytes.length !== buckets) throw invalid(`head ${name} has ${bytes.length} weights, expected ${buckets}`);
    const bytesSigned = new Int8Array(bytes.buffer, bytes.byteOffset, buckets);
    const weights = new Float32Array(buckets);
    for (let index = 0; index < buckets; index++) weights[index] = bytesSigned[index]! * head.scale;
    heads[name] = { bias: head.bias, weights, threshold: head.threshold };
  }
  if (typeof model.ruleFindings !== "boolean") throw invalid("ruleFindings");
  return { buckets, ruleFindings: model.ruleFindings, heads };
}

let shipped: LearnedModel | undefined;

/** The shipped model (data/privacy-model/model.json), read once; a missing file is a DATASET_INVALID error. */
export function loadLearnedModel(): LearnedModel {
  shipped ??= parseLearnedModel(JSON.parse(readPackageData(packageDataUrl("privacy-model", "model.json"), "the privacy model").toString("utf8")));
  return shipped;
}

/** A head's probability for a feature vector. */
export function headProbability(head: LearnedHeadWeights, features: FeatureVector): number {
  let score = head.bias;
  for (let index = 0; index < features.indices.length; index++) score += head.weights[features.indices[index]!]! * features.values[index]!;
  return 1 / (1 + Math.exp(-score));
}

export function learnedProbabilities(model: LearnedModel, features: FeatureVector): Record<"health" | "financial", number> & { identifier?: number } {
  const probabilities: Record<"health" | "financial", number> & { identifier?: number } = {
    health: headProbability(model.heads.health, features),
    financial: headProbability(model.heads.financial, features),
  };
  if (model.heads.identifier) probabilities.identifier = headProbability(model.heads.identifier, features);
  return probabilities;
}

const AMOUNT = /(?:[$€£¥₹₩₽₺￥]\s?)?\p{N}[\p{N}.,]*(?:\s?[$€£¥₹₩₽₺￥])?/gu;
const MAX_EVIDENCE = 200;

const overlapsAny = (findings: readonly PrivacyFinding[], start: number, end: number) => findings.some((finding) => finding.start < end && start < finding.end);

/**
 * The span of an added finding: the first condition mention (health) or amount (financial) no rule
 * finding overlaps; none when the prompt holds no such evidence. There is no whole-prompt fallback: the
 * heads' intercepts alone sit near the financial threshold, so a prompt of a few words without evidence
 * ("hello", "a", "can you help me") scored p ≈ 0.55–0.62 ≥ 0.5 and was flagged (docs/privacy.md).
 */
function evidenceSpan(head: LearnedHead, text: string, findings: readonly PrivacyFinding[]): [number, number] | undefined {
  if (head === "identifier") return idLikeToken(text);
  if (head === "health") {
    // Only when the head fires: the condition mentions of person-condition.ts's three sources.
    const mentions = conditionMentions(text, text.toLowerCase()).sort((left, right) => left[0] - right[0]);
    for (const [start, end] of mentions) if (!overlapsAny(findings, start, end)) return [start, end];
    return undefined;
  }
  AMOUNT.lastIndex = 0;
  let tried = 0;
  for (let match = AMOUNT.exec(text); match !== null && tried < MAX_EVIDENCE; match = AMOUNT.exec(text), tried++)
    if (!overlapsAny(findings, match.index, match.index + match[0].length)) return [match.index, match.index + match[0].length];
  return undefined;
}

/** A run of letters, digits and hyphens (the token an identity number is written as). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
const MIN_ID_LENGTH = 5;
const MAX_ID_LENGTH = 31;
const MIN_ID_DIGITS = 4;

/**
 * The identifier head's evidence: the first token of 5–31 letters, digits and hyphens holding at least four
 * digits (a passport, ID card, licence or tax number as written), checked after at most MAX_EVIDENCE tokens.
 * Only called when the rules reported nothing, so no finding can overlap it.
 */
function idLikeToken(text: string): [number, number] | undefined {
  TOKEN.lastIndex = 0;
  let tried = 0;
  for (let match = TOKEN.exec(text); match !== null && tried < MAX_EVIDENCE * 10; match = TOKEN.exec(text), tried++) {
    const token = match[0];
    if (token.length < MIN_ID_LENGTH || token.length > MAX_ID_LENGTH) continue;
    let digits = 0;
    for (const character of token) if (character >= "0" && character <= "9") digits++;
    if (digits >= MIN_ID_DIGITS) return [match.index, match.index + token.length];
  }
  return undefined;
}

/**
 * The findings the model adds to `findings` (the rules', sorted, not overlapping): one per head whose
 * probability reaches its threshold when no finding of its category exists AND the prompt holds concrete
 * evidence of it: a person (`person`: the scan's person signal, learned/features.ts) and a condition
 * mention (health) or an amount (financial) no finding overlaps, which becomes the span. The gate only
 * removes what the probability alone would add. Rule name `learned-<head>`.
 */
export function learnedFindings(
  model: LearnedModel,
  thresholds: Partial<Record<LearnedHead, number>>,
  text: string,
  features: FeatureVector,
  findings: readonly PrivacyFinding[],
  person: boolean,
): PrivacyFinding[] {
  const added: PrivacyFinding[] = [];
  if (person)
    for (const head of LEARNED_HEADS) {
      if (findings.some((finding) => finding.category === head)) continue;
      const threshold = thresholds[head] ?? model.heads[head].threshold;
      if (headProbability(model.heads[head], features) < threshold) continue;
      const span = evidenceSpan(head, text, [...findings, ...added]);
      if (span) added.push({ category: head, start: span[0], end: span[1], rule: `learned-${head}` });
    }
  // The identifier head (session 50): only when nothing at all was found, person or not.
  const identifier = model.heads.identifier;
  if (identifier && findings.length === 0 && added.length === 0 && headProbability(identifier, features) >= (thresholds.identifier ?? identifier.threshold)) {
    const span = evidenceSpan("identifier", text, findings);
    if (span) added.push({ category: "national_id", start: span[0], end: span[1], rule: "learned-identifier" });
  }
  return added;
}
