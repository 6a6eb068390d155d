import { describe, expect, it } from "vitest";
import { CALIBRATION_GRID, heldOutMeetsTarget, refineCalibrationCurve, type CalibrationPoint } from "../../src/learning/evaluation/calibrate.js";

/** A steep curve: the cloud share falls from 99% to 0% between cost weights 0.05 and 0.06. */
function steep(costWeight: number): CalibrationPoint {
  const share = costWeight < 0.05 ? 0.99 : costWeight > 0.06 ? 0 : 0.99 * (1 - (costWeight - 0.05) / 0.01);
  return { costWeight, cloudShare: share, quality: 0.6 + 0.3 * share, qualityRatio: (0.6 + 0.3 * share) / 0.9, costPer1MTokens: 10 * share };
}

describe("calibrate search", () => {
  it("refines where the outcome jumps until no step is wider than the limit", () => {
    const coarse = CALIBRATION_GRID.map(steep);
    const widest = (curve: readonly CalibrationPoint[]) =>
      Math.max(...curve.slice(1).map((point, index) => Math.abs(point.cloudShare - curve[index]!.cloudShare)));
    expect(widest(coarse)).toBeGreaterThan(0.3);
    const refined = refineCalibrationCurve(coarse, steep, 0.02);
    expect(widest(refined)).toBeLessThanOrEqual(0.02 + 1e-9);
    expect(refined.filter((point) => point.costWeight > 0.05 && point.costWeight < 0.06).length).toBeGreaterThan(20);
    // Flat stretches get no extra points.
    expect(refined.filter((point) => point.costWeight > 0.2).length).toBe(coarse.filter((point) => point.costWeight > 0.2).length);
  });

  it("checks the held-out figures against the target before a knob is written", () => {
    const interval = (value: number) => ({ value, low: value, high: value });
    expect(heldOutMeetsTarget({ kind: "quality-ratio", value: 0.97 }, { qualityRatio: 0.89, cloudShare: interval(0.2), costPer1MTokens: interval(1) })).toBe(
      false,
    );
    expect(heldOutMeetsTarget({ kind: "quality-ratio", value: 0.97 }, { qualityRatio: 0.975, cloudShare: interval(0.2), costPer1MTokens: interval(1) })).toBe(
      true,
    );
    expect(heldOutMeetsTarget({ kind: "cloud-share", value: 0.2 }, { qualityRatio: 1, cloudShare: interval(0.25), costPer1MTokens: interval(1) })).toBe(false);
    expect(heldOutMeetsTarget({ kind: "cost-per-1m", value: 2 }, { qualityRatio: 1, cloudShare: interval(0.25), costPer1MTokens: interval(1.5) })).toBe(true);
  });
});
