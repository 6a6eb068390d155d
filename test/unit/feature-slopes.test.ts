import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { createFeatureSlopes } from "../../src/policies/feature-slopes.js";
import { createOnlineCalibration, situationKey } from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 0.995, driftThreshold: 0.05, minSamples: 50, capacity: 1000 };
const situation = situationKey("llama", ["llama", "phi"], [0, 0]);

/** Outcomes where long prompts (feature 5) fail and short ones (feature 3) succeed, all predicted at 0.8. */
function feedLengthPattern(observe: (feature: number, score: number) => void, count: number) {
  for (let index = 0; index < count; index += 1) {
    const long = index % 2 === 0;
    observe(long ? 5 : 3, long ? (index % 8 === 0 ? 1 : 0) : 1);
  }
}

describe("per-model length slopes (bandit.online.promptLengthSlope)", () => {
  it("learns that long prompts fail more, without moving the model's average", () => {
    const slopes = createFeatureSlopes({ priorPrecision: 2.5, forgetting: 0.995 });
    feedLengthPattern((feature, score) => slopes.observe("llama", feature, score, 0.8), 200);
    expect(slopes.shift("llama", 5)).toBeLessThan(-0.5);
    expect(slopes.shift("llama", 3)).toBeGreaterThan(0.5);
    expect(slopes.shift("llama", 4)).toBeCloseTo(0, 5); // the running mean: no shift
    expect(slopes.shift("phi", 5)).toBe(0); // per model
  });

  it("applies nothing before enough outcomes, nor when the feature does not vary", () => {
    const slopes = createFeatureSlopes({ priorPrecision: 2.5, forgetting: 0.995 });
    feedLengthPattern((feature, score) => slopes.observe("llama", feature, score, 0.8), 10);
    expect(slopes.shift("llama", 5)).toBe(0);
    const flat = createFeatureSlopes({ priorPrecision: 2.5, forgetting: 0.995 });
    for (let index = 0; index < 100; index += 1) flat.observe("llama", 4, index % 2, 0.8);
    expect(flat.shift("llama", 4)).toBe(0);
  });

  it("is gated by correctionEvidence: a weak slope does not apply", () => {
    const weak = createFeatureSlopes({ priorPrecision: 2.5, forgetting: 0.995, evidence: 2 });
    // 30 outcomes with a mild length pattern: the slope's credible interval still holds zero.
    for (let index = 0; index < 30; index += 1) weak.observe("llama", index % 2 === 0 ? 5 : 3, index % 3 === 0 ? 0 : 1, 0.7);
    expect(weak.shift("llama", 5)).toBe(0);
  });

  it("shifts the calibration's estimates by the prompt's feature only when enabled, learning from feedback", () => {
    const on = createOnlineCalibration({ ...options, promptLengthSlope: true });
    const off = createOnlineCalibration(options);
    for (const online of [on, off]) {
      let id = 0;
      feedLengthPattern((feature, score) => {
        online.remember(`r${id}`, { situation, predicted: 0.8, feature });
        online.feedback(`r${id}`, score);
        id += 1;
      }, 200);
    }
    expect(on.adjust(situation, 0.8, 5)).toBeLessThan(on.adjust(situation, 0.8, 3));
    expect(off.adjust(situation, 0.8, 5)).toBe(off.adjust(situation, 0.8, 3));
    expect(on.adjust(situation, 0.8)).toBe(off.adjust(situation, 0.8)); // no feature: the situation correction alone
  });

  it("is configured strictly, default off", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.promptLengthSlope).toBe(false);
    expect(parseConfig({ models, bandit: { online: { promptLengthSlope: true } } }).bandit.online.promptLengthSlope).toBe(true);
    expect(() => parseConfig({ models, bandit: { online: { promptLengthSlope: "yes" } } })).toThrow(/bandit\.online\.promptLengthSlope/);
  });
});
