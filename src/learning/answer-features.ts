/**
 * Cheap features of a free-form answer and of its agreement with a second local answer (pure, no I/O):
 * what the free-form verifier reads when no final answer can be extracted. Nothing here looks at
 * model names, dataset names or prompt ids.
 */

/** Feature names, in the order `answerFeatures` returns them. */
export const ANSWER_FEATURES = [
  "ngramAgreement",
  "embeddingAgreement",
  "lengthVsPrompt",
  "lengthVsNorm",
  "peerLengthVsNorm",
  "lengthVsPeer",
  "repetition",
  "diversity",
  "truncated",
  "refusal",
  "hedging",
  "peerRefusal",
  "promptLength",
] as const;

export type AnswerFeatureName = (typeof ANSWER_FEATURES)[number];

/** Refusal markers in several languages (lower case, matched in the answer's first 400 characters). */
const REFUSAL_MARKERS = [
  "i'm sorry, but",
  "i am sorry, but",
  "i cannot",
  "i can't",
  "i can not",
  "i'm unable",
  "i am unable",
  "i won't",
  "as an ai",
  "as a language model",
  "i'm not able to",
  "i am not able to",
  "je ne peux pas",
  "désolé",
  "ich kann nicht",
  "es tut mir leid",
  "lo siento",
  "no puedo",
  "non posso",
  "mi dispiace",
  "não posso",
  "desculpe",
  "抱歉",
  "我不能",
  "无法",
  "申し訳",
  "できません",
  "извините",
  "не могу",
];

/** Hedging markers (lower case, anywhere in the answer). */
const HEDGING_MARKERS = [
  "i'm not sure",
  "i am not sure",
  "it depends",
  "it's difficult to",
  "it is difficult to",
  "it's hard to say",
  "i don't have access",
  "i do not have access",
  "i don't know",
  "consult a",
  "without more information",
  "more context",
  "je ne suis pas sûr",
  "ich bin mir nicht sicher",
  "no estoy seguro",
  "non sono sicuro",
  "不确定",
  "不太清楚",
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Character n-gram counts of a normalised text (n = 4). */
export function characterNgrams(text: string, size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const normalised = normalise(text);
  for (let index = 0; index + size <= normalised.length; index++) {
    const gram = normalised.slice(index, index + size);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Cosine similarity of two count maps (0 when either is empty). */
export function countCosine(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (const [gram, count] of left) {
    leftNorm += count * count;
    const other = right.get(gram);
    if (other !== undefined) dot += count * other;
  }
  for (const count of right.values()) rightNorm += count * count;
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

/** Cosine of two vectors (0 when either is zero). */
export function vectorCosine(left: ArrayLike<number>, right: ArrayLike<number>): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    dot += left[index]! * right[index]!;
    leftNorm += left[index]! * left[index]!;
    rightNorm += right[index]! * right[index]!;
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Share of word 3-grams that repeat an earlier one (0 = no repetition; loops approach 1). */
export function repetition(text: string): number {
  const tokens = words(text);
  if (tokens.length < 4) return 0;
  const seen = new Set<string>();
  let repeated = 0;
  for (let index = 0; index + 3 <= tokens.length; index++) {
    const gram = `${tokens[index]} ${tokens[index + 1]} ${tokens[index + 2]}`;
    if (seen.has(gram)) repeated += 1;
    else seen.add(gram);
  }
  return repeated / (tokens.length - 2);
}

/** Lexical diversity: mean share of distinct words over windows of 100 words (length-independent). */
export function diversity(text: string): number {
  const tokens = words(text);
  if (tokens.length === 0) return 0;
  const window = 100;
  if (tokens.length <= window) return new Set(tokens).size / tokens.length;
  let total = 0;
  let windows = 0;
  for (let start = 0; start + window <= tokens.length; start += window / 2) {
    total += new Set(tokens.slice(start, start + window)).size / window;
    windows += 1;
  }
  return total / windows;
}

/** 1 when the answer looks cut off: an unclosed code fence, or no closing punctuation, bracket or fence at the end. */
export function truncated(text: string): number {
  const trimmed = text.trimEnd();
  if (trimmed.length === 0) return 1;
  if ((trimmed.match(/```/g)?.length ?? 0) % 2 === 1) return 1;
  return /[.!?。！？:;)\]}>"'`*|…»”’\p{Extended_Pictographic}]$/u.test(trimmed) || /```$/.test(trimmed) ? 0 : 1;
}

function hasMarker(text: string, markers: readonly string[]): number {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return markers.some((marker) => lower.includes(marker)) ? 1 : 0;
}

export function refusal(text: string): number {
  return hasMarker(text.slice(0, 400), REFUSAL_MARKERS);
}

export function hedging(text: string): number {
  return hasMarker(text, HEDGING_MARKERS);
}

export interface AnswerFeatureInput {
  prompt: string;
  /** The answer judged. */
  answer: string;
  /** The other local answer it is compared with. */
  peer: string;
  /** Mean answer length of each model on the training prompts (characters). */
  answerNorm: number;
  peerNorm: number;
  /** Cosine of the two answers' embeddings, when an embedding model is configured; undefined = not available. */
  embeddingAgreement?: number | undefined;
  /** Character n-grams already computed for the answer and the peer (each answer is compared more than once). */
  answerGrams?: ReadonlyMap<string, number>;
  peerGrams?: ReadonlyMap<string, number>;
}

const logRatio = (numerator: number, denominator: number) => Math.log((numerator + 1) / (denominator + 1));

/** The features of `answer`, in `ANSWER_FEATURES` order; the embedding agreement is NaN when not available. */
export function answerFeatures(input: AnswerFeatureInput): number[] {
  const answerGrams = input.answerGrams ?? characterNgrams(input.answer);
  const peerGrams = input.peerGrams ?? characterNgrams(input.peer);
  return [
    countCosine(answerGrams, peerGrams),
    input.embeddingAgreement ?? Number.NaN,
    logRatio(input.answer.length, input.prompt.length),
    logRatio(input.answer.length, input.answerNorm),
    logRatio(input.peer.length, input.peerNorm),
    logRatio(input.answer.length, input.peer.length),
    repetition(input.answer),
    diversity(input.answer),
    truncated(input.answer),
    refusal(input.answer),
    hedging(input.answer),
    refusal(input.peer),
    Math.log(input.prompt.length + 1),
  ];
}
