import { describe, expect, it } from "vitest";
import { createSeededRandom } from "../../src/policies/clock.js";
import { fitLogistic, predictLogistic } from "../../src/learning/logistic.js";
import { judgeFreeForm, trainFreeFormVerifier, withFreeFormVerdict, type FreeFormTrainingItem } from "../../src/learning/free-form-verifier.js";
import type { CascadeOutcomeModel } from "../../src/learning/learned-cascade.js";
import { parseFreeFormVerifier } from "../../src/learning/free-form-verifier-model.js";

const GOOD = "Water boils at 100 degrees Celsius at sea level because vapour pressure equals atmospheric pressure there.";
const OTHER = "Boiling happens when the vapour pressure of water equals the pressure around it, 100 degrees at sea level.";
const REFUSAL = "I'm sorry, but I cannot help with that request";

/** Prompts where a refusal or a loop is bad and two agreeing answers are good (scores as a judge would give). */
function items(count: number, seed: number): FreeFormTrainingItem[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const kind = random();
    const a = kind < 0.3 ? REFUSAL : kind < 0.45 ? "the same words again ".repeat(30) : GOOD;
    const b = random() < 0.7 ? OTHER : REFUSAL;
    const score = (text: string) => (text === REFUSAL ? 0.1 : text.startsWith("the same") ? 0.3 : 0.8) + random() * 0.1;
    return {
      prompt: `Question ${index}: why does water boil?`,
      outcomes: { a: { score: score(a), answer: null, text: a }, b: { score: score(b), answer: null, text: b }, cloud: { score: 0.9, answer: null } },
    };
  });
}

describe("free-form verifier", () => {
  it("fits a soft-label logistic regression that follows the targets", () => {
    const rows = Array.from({ length: 200 }, (_, index) => [index / 200]);
    const model = fitLogistic(
      rows,
      rows.map((row) => 0.1 + 0.8 * row[0]!),
      1,
    );
    expect(predictLogistic(model, [0.9])).toBeGreaterThan(predictLogistic(model, [0.1]) + 0.4);
  });

  it("learns per pair that refusals and loops are bad and agreeing answers good, on the training prompts only", () => {
    const verifier = trainFreeFormVerifier(items(160, 1), { models: ["a", "b"] })!;
    expect(verifier.pairs).toHaveLength(1);
    expect(verifier.pairs[0]!.logLoss.verifier).toBeLessThan(verifier.pairs[0]!.logLoss.constant);
    expect(
      parseFreeFormVerifier(JSON.parse(JSON.stringify(verifier)), (message) => {
        throw new Error(message);
      }),
    ).toEqual(verifier);
    const good = judgeFreeForm(verifier, "Why does water boil?", [
      { modelId: "a", text: GOOD },
      { modelId: "b", text: OTHER },
    ])!;
    const refused = judgeFreeForm(verifier, "Why does water boil?", [
      { modelId: "a", text: REFUSAL },
      { modelId: "b", text: OTHER },
    ])!;
    expect(good.probabilities.get("a")!).toBeGreaterThan(refused.probabilities.get("a")! + 0.3);
    expect(
      judgeFreeForm(verifier, "x", [
        { modelId: "a", text: GOOD },
        { modelId: "cloud", text: GOOD },
      ]),
    ).toBeUndefined();
    expect(trainFreeFormVerifier(items(20, 2), { models: ["a", "b"] })).toBeUndefined();
  });

  it("gives the planner the verdict for the judged answers and the base estimates for the others", () => {
    const base: CascadeOutcomeModel = { knows: () => true, success: () => 0.5, nextAnswers: () => [] };
    const outcomes = withFreeFormVerdict(base, {
      probabilities: new Map([
        ["a", 0.2],
        ["b", 0.7],
      ]),
      keep: "b",
      agreement: 0.3,
    });
    expect(outcomes.success(["a", "b"], [-1, -1], "a")).toBe(0.2);
    expect(outcomes.success(["a", "b"], [-1, -1], "cloud")).toBe(0.5);
    expect(outcomes.keep!(["a", "b"], [-1, -1])).toBe("b");
  });
});
