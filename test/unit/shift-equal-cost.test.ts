import { describe, expect, it } from "vitest";
import { equalCostLines, qualityAtCost, renderShiftReport, type ShiftReport } from "../../src/simulation/index.js";

const point = (multiplier: number, costPer1kRequests: number, quality: number) => ({ multiplier, costPer1kRequests, quality });

describe("shift report at equal cost", () => {
  it("reads a router's quality off its cost-quality curve at a given cost, and refuses outside the curve", () => {
    const curve = [point(3, 0.01, 0.8), point(1, 0.05, 0.9), point(0.3, 0.2, 0.95)];
    expect(qualityAtCost(curve, 0.03)).toBeCloseTo(0.85);
    expect(qualityAtCost(curve, 0.125)).toBeCloseTo(0.925);
    expect(qualityAtCost(curve, 0.05)).toBeCloseTo(0.9);
    expect(qualityAtCost(curve, 0.005)).toBeUndefined();
    expect(qualityAtCost(curve, 0.3)).toBeUndefined();
    expect(qualityAtCost([], 0.1)).toBeUndefined();
    // Two replays at the same cost: their mean.
    expect(qualityAtCost([point(1, 0.02, 0.8), point(3, 0.02, 0.9)], 0.02)).toBeCloseTo(0.85);
  });

  it("prints each router's quality at the reference's cost and the adaptive router's gain over the frozen one", () => {
    const names = ["frozen", "adaptive", "reference"];
    const lines = equalCostLines(names, {
      costPer1kRequests: 0.007,
      quality: [0.84, 0.861, 0.853],
      curves: [[point(1, 0.16, 0.91), point(30, 0.004, 0.83)], [point(1, 0.035, 0.89), point(10, 0.003, 0.85)], [point(1, 0.007, 0.853)]],
    }).join("\n");
    expect(lines).toContain("$0.007 per 1k requests");
    expect(lines).toContain("frozen: 84.0% (-1.3 points vs the reference)");
    expect(lines).toContain("adaptive: 86.1% (+0.8 points vs the reference)");
    expect(lines).toContain("reference: 85.3%");
    expect(lines).toContain("adaptive - frozen at equal cost: +2.1 points");
    const unreached = equalCostLines(names, { costPer1kRequests: 0.007, quality: [undefined, 0.86, 0.853], curves: [[point(1, 0.16, 0.91)], [], []] }).join(
      "\n",
    );
    expect(unreached).toContain("frozen: not reached");
    expect(unreached).not.toContain("adaptive - frozen");
  });

  it("the rendered shift report carries the equal-cost lines only when the curves were replayed", () => {
    const side = { quality: 0.9, costPer1kRequests: 0.01, cloudShare: 0.1, latencyMs: 1000 };
    const report: ShiftReport = {
      prompts: 10,
      feedback: { share: 0.2, delayRequests: 5 },
      names: ["frozen", "adaptive", "reference"],
      windows: [{ prompts: 10, sides: [side, side, side] }],
      firstHalf: [side, side, side],
      secondHalf: [side, side, side],
      whole: [side, side, side],
    };
    expect(renderShiftReport(report)).not.toContain("equal cost");
    const withCurves = renderShiftReport({ ...report, equalCost: { costPer1kRequests: 0.01, quality: [0.9, 0.9, 0.9], curves: [[], [], []] } });
    expect(withCurves).toContain("Second half at equal cost ($0.010 per 1k requests");
  });

  it("the rendered shift report names the drift each router reported", () => {
    const side = { quality: 0.9, costPer1kRequests: 0.01, cloudShare: 0.1, latencyMs: 1000 };
    const report: ShiftReport = {
      prompts: 10,
      feedback: { share: 0.2, delayRequests: 5 },
      names: ["frozen", "adaptive"],
      windows: [{ prompts: 10, sides: [side, side] }],
      firstHalf: [side, side],
      secondHalf: [side, side],
      whole: [side, side],
      drift: [undefined, { prompt: 49, signals: [{ signal: "escalation", observed: 0.223, expected: 0.528, samples: 50 }] }],
    };
    const text = renderShiftReport(report);
    expect(text).toContain("drift reported by adaptive from prompt 50 (hooks.onDrift): escalation 22.3% vs 52.8% expected over 50");
    expect(text).not.toContain("drift reported by frozen");
  });
});
