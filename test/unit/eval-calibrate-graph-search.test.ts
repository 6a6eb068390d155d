import { describe, expect, it } from "vitest";
import { CALIBRATION_GRID, chooseCalibrationPoint, type CalibrationPoint } from "../../src/learning/evaluation/calibrate.js";
import { searchOnEvaluator } from "../../src/learning/evaluation/graph-calibration.js";

/** An "exact" curve whose cliff (99% -> 0% cloud) sits at 0.05-0.06, while the screen's sits elsewhere. */
function exact(costWeight: number): CalibrationPoint {
  const share = costWeight < 0.05 ? 0.99 : costWeight > 0.06 ? 0 : 0.99 * (1 - (costWeight - 0.05) / 0.01);
  const quality = 0.6 + 0.3 * share;
  return { costWeight, cloudShare: share, quality, qualityRatio: quality / 0.9, costPer1MTokens: 10 * share + 1 - costWeight / 10 };
}
/** The cheap screen: the same shape, shifted (it over-estimates what a weight keeps). */
const screen = CALIBRATION_GRID.map((weight) => ({ ...exact(weight / 2), costWeight: weight }));

describe("calibrate: the knob search on the graph replay", () => {
  it("starts at the screen's choice, brackets the exact boundary and refines where the outcome jumps", async () => {
    const target = { kind: "quality-ratio", value: 0.97 } as const;
    const screenChoice = chooseCalibrationPoint(target, screen)!.costWeight;
    const asked: number[] = [];
    const curve = await searchOnEvaluator({
      target,
      screen,
      screenChoice,
      maxStep: 0.02,
      maxReplays: 30,
      evaluate: async (weight) => (asked.push(weight), exact(weight)),
    });
    expect(asked[0]).toBe(screenChoice);
    const chosen = chooseCalibrationPoint(target, curve)!;
    // On the exact curve the screen's choice misses; the search lands just below the cliff.
    expect(exact(screenChoice).qualityRatio).toBeLessThan(0.97);
    expect(chosen.qualityRatio).toBeGreaterThanOrEqual(0.97);
    expect(chosen.costWeight).toBeGreaterThan(0.05);
    const next = curve.find((point) => point.costWeight > chosen.costWeight)!;
    expect(Math.abs(next.cloudShare - chosen.cloudShare)).toBeLessThanOrEqual(0.02 + 1e-9);
    expect(asked.length).toBeLessThan(30);
  });

  it("walks toward cheaper weights for a budget target and stops at the replay limit", async () => {
    const target = { kind: "cloud-share", value: 0.5 } as const;
    const curve = await searchOnEvaluator({ target, screen, screenChoice: undefined, maxStep: 0.02, maxReplays: 4, evaluate: async (weight) => exact(weight) });
    expect(curve.length).toBe(4);
    const chosen = chooseCalibrationPoint(target, curve)!;
    expect(chosen.cloudShare).toBeLessThanOrEqual(0.5);
  });

  it("reports no weight when the target is out of reach", async () => {
    const target = { kind: "quality-ratio", value: 1.2 } as const;
    const curve = await searchOnEvaluator({ target, screen, screenChoice: undefined, maxStep: 0.02, evaluate: async (weight) => exact(weight) });
    expect(chooseCalibrationPoint(target, curve)).toBeUndefined();
    expect(curve[0]!.costWeight).toBe(0);
  });
});
