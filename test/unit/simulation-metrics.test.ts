import { describe, expect, it } from "vitest";
import { apgr, cpt, percentile, summarize, type PromptOutcome } from "../../src/simulation/metrics.js";

function outcome(overrides: Partial<PromptOutcome>): PromptOutcome {
  return {
    quality: 1,
    costUsd: 0,
    servedTokens: 100,
    latencyMs: 100,
    ttftMs: 50,
    reachedCloud: false,
    labelled: false,
    escalations: 0,
    modelId: "m",
    ...overrides,
  };
}

describe("simulation metrics", () => {
  it("computes APGR and CPT as hand-computed on a small curve", () => {
    // weak 0.5, strong 0.9; PGR 0.5 at 20% cloud, 0.875 at 50%; closed by (0, 0) and (1, 1).
    const points = [
      { cloudShare: 0.2, quality: 0.7 },
      { cloudShare: 0.5, quality: 0.85 },
    ];
    // Trapezoids: 0.2*0.25 + 0.3*0.6875 + 0.5*0.9375 = 0.05 + 0.20625 + 0.46875
    expect(apgr(points, 0.5, 0.9)).toBeCloseTo(0.725, 10);
    expect(cpt(points, 0.5, 0.9, 0.5)).toBeCloseTo(0.2, 10);
    expect(cpt(points, 0.5, 0.9, 0.8)).toBeCloseTo(0.44, 10);
    expect(cpt(points, 0.5, 0.9, 0.95)).toBeCloseTo(0.8, 10);
  });

  it("gives random routing (the diagonal) an APGR of 0.5", () => {
    const points = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ cloudShare: share, quality: 0.6 + 0.3 * share }));
    expect(apgr(points, 0.6, 0.9)).toBeCloseTo(0.5, 10);
    expect(cpt(points, 0.6, 0.9, 0.8)).toBeCloseTo(0.8, 10);
  });

  it("returns null CPT when the curve never reaches the target before the strong model alone", () => {
    const points = [
      { cloudShare: 0, quality: 0.5 },
      { cloudShare: 1, quality: 0.7 },
    ];
    expect(cpt(points, 0.5, 0.9, 0.95)).toBeNull();
  });

  it("computes cost per 1M tokens, compliance, cloud share and escalation rate", () => {
    const summary = summarize("s", [
      outcome({ costUsd: 0.001, servedTokens: 200, labelled: true, reachedCloud: false }),
      outcome({ costUsd: 0.003, servedTokens: 300, labelled: true, reachedCloud: true, escalations: 1 }),
      outcome({ costUsd: 0, servedTokens: 250, labelled: true }),
      outcome({ costUsd: 0, servedTokens: 250, labelled: true, quality: 0 }),
    ]);
    expect(summary.costUsd).toBeCloseTo(0.004, 12);
    expect(summary.costPer1MTokens).toBeCloseTo(4, 10); // 0.004 / 1000 tokens * 1e6
    expect(summary.privacyCompliance).toBe(0.75);
    expect(summary.cloudShare).toBe(0.25);
    expect(summary.escalationRate).toBe(0.25);
    expect(summary.quality).toBe(0.75);
  });

  it("reports no compliance figure when no prompt is labelled, and a nearest-rank p95", () => {
    const summary = summarize("s", [outcome({})]);
    expect(summary.privacyCompliance).toBeNull();
    expect(percentile([5, 1, 4, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 0.95)).toBe(19);
  });
});
