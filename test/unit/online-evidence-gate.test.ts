import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { createOnlineCalibration, gatedShiftOf, situationKey, type LogitShift } from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 0.995, driftThreshold: 0.05, minSamples: 50, capacity: 1000 };
const situation = situationKey("gemma", ["gemma"], [0]);

/** Feedback for `count` requests of one situation predicted at `predicted`, right `rate` of the time. */
function feed(evidence: number, count: number, predicted: number, rate: number) {
  const online = createOnlineCalibration({ ...options, correctionEvidence: evidence });
  for (let index = 0; index < count; index += 1) {
    online.remember(`r${index}`, { situation, predicted });
    online.feedback(`r${index}`, index % 100 < rate * 100 ? 1 : 0);
  }
  return online;
}

describe("evidence-gated corrections (bandit.online.correctionEvidence)", () => {
  it("applies the part of the posterior mean beyond the credible margin, nothing when the interval holds zero", () => {
    const shift: LogitShift = { information: 1.5, pull: 2 }; // precision 4 with the prior 2.5: mean 0.5, sd 0.5
    expect(gatedShiftOf(shift, 2.5, 0)).toBeCloseTo(0.5);
    expect(gatedShiftOf(shift, 2.5, 0.5)).toBeCloseTo(0.25);
    expect(gatedShiftOf(shift, 2.5, 1)).toBe(0);
    expect(gatedShiftOf({ information: 1.5, pull: -2 }, 2.5, 0.5)).toBeCloseTo(-0.25);
    expect(gatedShiftOf(undefined, 2.5, 2)).toBe(0);
  });

  it("leaves a prediction that is only mildly off untouched, and still corrects a clear shift", () => {
    // 20 outcomes right 80% of the time where 0.75 was predicted: ungated it moves, gated at 2 sd it does not.
    expect(feed(0, 20, 0.75, 0.8).adjust(situation, 0.75)).not.toBe(0.75);
    expect(feed(2, 20, 0.75, 0.8).adjust(situation, 0.75)).toBe(0.75);
    // 100 outcomes right 40% of the time where 0.9 was predicted: clearly off, corrected well below 0.9 either way.
    const gated = feed(2, 100, 0.9, 0.4).adjust(situation, 0.9);
    expect(gated).toBeLessThan(0.75);
    expect(gated).toBeGreaterThan(feed(0, 100, 0.9, 0.4).adjust(situation, 0.9));
  });

  it("is configured strictly, default 0 (the posterior mean as it is)", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.correctionEvidence).toBe(0);
    expect(parseConfig({ models, bandit: { online: { correctionEvidence: 2 } } }).bandit.online.correctionEvidence).toBe(2);
    expect(() => parseConfig({ models, bandit: { online: { correctionEvidence: -1 } } })).toThrow();
  });
});
