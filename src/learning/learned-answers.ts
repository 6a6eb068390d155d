import { normaliseAnswer } from "../policies/answer-extraction.js";

/**
 * The comparison key of an extracted final answer, the same one the agreement verifier uses
 * (`answersAgree`): normalised number, option letter or literal, lower-cased. Missing or empty
 * answers have no key and never agree with anything.
 */
export function answerKey(answer: string | null | undefined): string | null {
  if (answer === null || answer === undefined) return null;
  const key = normaliseAnswer(answer).toLowerCase();
  return key.length === 0 ? null : key;
}

/**
 * The agreement pattern of a list of answers: each position gets the index of the first answer
 * equal to it, -1 for a missing answer. ["18", "18.0", "17"] -> [0, 0, 2]; [null, "3"] -> [-1, 1].
 */
export function agreementPattern(answers: ReadonlyArray<string | null | undefined>): number[] {
  const keys = answers.map((answer) => answerKey(answer));
  return keys.map((key) => (key === null ? -1 : keys.indexOf(key)));
}
