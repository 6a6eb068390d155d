import { byMatchThenMargin, type RouteScore } from "./route-match.js";

/**
 * Prompt-length calibration of the built-in encoder's route scores (pivoted length normalisation,
 * Singhal, Buckley & Mitra 1996). A cosine similarity divides by the prompt's whole norm, so a
 * prompt that states a route's request in more words than an utterance has (the object of the
 * request, a reason, a pleasantry) scores lower than a short prompt sharing the same words, although
 * it holds the same evidence. A prompt of more than `pivot` content words has its scores multiplied
 * by (words / pivot) ^ `exponent`, at most `cap`: cosine then divides by a norm that grows more
 * slowly than the prompt. Short prompts (most near-misses: "who wrote the first Unix shell?") keep
 * their scores, and the cap keeps a pasted block from lifting a word shared by chance.
 */
export interface LengthCalibration {
  pivot: number;
  exponent: number;
  cap: number;
}

/** Chosen on the routing development sets' A halves (session 33): +18 of 505 paraphrases, no false match added. */
export const DEFAULT_LENGTH_CALIBRATION: LengthCalibration = { pivot: 7, exponent: 1, cap: 2 };

export function lengthFactor(contentWords: number, { pivot, exponent, cap }: LengthCalibration): number {
  return contentWords <= pivot ? 1 : Math.min(cap, (contentWords / pivot) ** exponent);
}

/** Every route's score multiplied by `factor`, matched again against its threshold, best first. */
export function scaledScores(scores: readonly RouteScore[], factor: number): RouteScore[] {
  if (factor === 1) return [...scores];
  return scores
    .map((entry) => {
      const score = Math.min(1, entry.score * factor);
      return { ...entry, score, matched: score >= entry.threshold };
    })
    .sort(byMatchThenMargin);
}
