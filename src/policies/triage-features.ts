/**
 * Cheap prompt features and the heuristic complexity score. Pure; runs on every request, so it
 * avoids tokenisation (tokens are estimated from characters) and scans the text a few times at most.
 */
export interface TriageFeatures {
  estimatedTokens: number;
  hasCode: boolean;
  hasMath: boolean;
  multiStep: boolean;
  /** Share of letters outside ASCII (non-English text, or mixed). */
  nonAsciiShare: number;
  conversationDepth: number;
  /** -1 short answer asked, 0 unspecified, 1 long output asked. */
  requestedLength: -1 | 0 | 1;
  questionCount: number;
}

export type TriageDomain = "code" | "math" | "reasoning" | "writing" | "chat";

export interface TriageScore {
  /** 0 (trivial) .. 1 (hard). */
  complexity: number;
  /** 0 (coin toss) .. 1 (sure). */
  confidence: number;
  domain: TriageDomain;
}

const CODE = /```|\b(?:def|function|class|import|return|const|let|var|public|static|void|SELECT|FROM|#include)\b|=>|[{};]\s*$/m;
const MATH =
  /\b(?:calculate|compute|solve|equation|integral|derivative|probability|prove|how many|how much|percent|sum of|product of|average)\b|\d\s*[-+*/^=×÷]\s*\d/i;
const MULTI_STEP = /\b(?:step[- ]by[- ]step|first\b.*\bthen\b|explain why|compare|analy[sz]e|design|trade-?offs?|architecture|plan)\b|^\s*\d+[.)]\s/im;
const LONG_OUTPUT =
  /\b(?:in detail|detailed|essay|report|comprehensive|thorough|\d{3,}\s+words|full implementation|write a (?:story|program|function|class|script))\b/i;
const SHORT_OUTPUT = /\b(?:one word|yes or no|briefly|in short|just the (?:answer|number)|only the answer|tl;?dr)\b/i;
const WRITING = /\b(?:write|draft|rewrite|summari[sz]e|translate|poem|story|email|letter|essay)\b/i;

export function computeTriageFeatures(text: string, conversationDepth: number): TriageFeatures {
  let nonAscii = 0;
  let letters = 0;
  let questions = 0;
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 63) questions++;
    if (code > 127) {
      nonAscii++;
      letters++;
    } else if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
  }
  return {
    estimatedTokens: Math.ceil(text.length / 4),
    hasCode: CODE.test(sample),
    hasMath: MATH.test(sample),
    multiStep: MULTI_STEP.test(sample),
    nonAsciiShare: letters === 0 ? 0 : nonAscii / letters,
    conversationDepth,
    requestedLength: LONG_OUTPUT.test(sample) ? 1 : SHORT_OUTPUT.test(sample) ? -1 : 0,
    questionCount: questions,
  };
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** A logistic score over the features; weights are hand-set priors, documented in the README. */
export function scoreComplexity(features: TriageFeatures, text = ""): TriageScore {
  const lengthTerm = Math.log2(1 + features.estimatedTokens / 64); // 0 for tiny, ~3 for 500 tokens
  const logit =
    -2.2 +
    0.55 * lengthTerm +
    (features.hasCode ? 0.9 : 0) +
    (features.hasMath ? 0.7 : 0) +
    (features.multiStep ? 1.0 : 0) +
    0.8 * features.nonAsciiShare +
    0.15 * Math.min(features.conversationDepth - 1, 6) +
    0.6 * features.requestedLength +
    0.1 * Math.min(features.questionCount, 5);
  const complexity = sigmoid(logit);
  const confidence = Math.min(1, Math.abs(complexity - 0.5) * 2);
  const domain: TriageDomain = features.hasCode
    ? "code"
    : features.hasMath
      ? "math"
      : features.multiStep
        ? "reasoning"
        : WRITING.test(text.slice(0, 2000))
          ? "writing"
          : "chat";
  return { complexity, confidence, domain };
}

/** Coarse band used in the bandit's context bucket. */
export function complexityBand(complexity: number): "low" | "mid" | "high" {
  return complexity < 0.35 ? "low" : complexity < 0.65 ? "mid" : "high";
}
