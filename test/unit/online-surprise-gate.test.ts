import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import {
  createOnlineCalibration,
  situationKey,
  surpriseGatedShiftOf,
  surpriseOf,
  type OnlineCalibrationOptions,
} from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 1, driftThreshold: 0.05, minSamples: 50, capacity: 1000, correctionEvidence: 2 };
const situation = situationKey("gpt-4o", ["gpt-4o"], [0]);

/** Feedback for one situation predicted at `predicted`: `failures` failures first, then successes, `count` in all. */
function feed(gate: OnlineCalibrationOptions["correctionGate"], count: number, predicted: number, failures: number) {
  const online = createOnlineCalibration({ ...options, correctionGate: gate });
  for (let index = 0; index < count; index += 1) {
    online.remember(`r${index}`, { situation, predicted });
    online.feedback(`r${index}`, index < failures ? 0 : 1);
  }
  return online;
}

describe("surprise-gated corrections (bandit.online.correctionGate: surprise)", () => {
  it("measures observed minus predicted successes in sd of that count, the prior as pseudo-observations at the situation's information", () => {
    const variance = 0.97 * 0.03;
    expect(surpriseOf({ information: 0, pull: 0, surprise: 6 * 0.03 - 2 * 0.97, variance: 8 * variance, count: 8 }, 10)).toBeCloseTo(-2.43, 2);
    expect(surpriseOf({ information: 0, pull: 0, surprise: -0.97, variance, count: 1 }, 10)).toBeCloseTo(-1.71, 2);
    expect(surpriseOf(undefined, 10)).toBe(0);
    // The surprise beyond 2 sd (-4 + 2·√2) over 10 + 10 outcomes at the mean prediction 0.8; nothing within the gate.
    const shift = { information: 1.5, pull: -2, surprise: -4, expected: 8, variance: 1, count: 10 }; // z = -4 / √2
    const moved = 0.8 + (-4 + 2 * Math.SQRT2) / 20;
    expect(surpriseGatedShiftOf(shift, 2.5, 10, 2)).toBeCloseTo(Math.log(moved / (1 - moved)) - Math.log(4));
    expect(surpriseGatedShiftOf(shift, 2.5, 10, 3)).toBe(0);
    expect(surpriseGatedShiftOf(shift, 2.5, 10, 0)).toBeCloseTo(-0.5); // evidence 0: the posterior mean
  });

  it("lets a near-certain estimate fall when failures pile up, which the posterior gate freezes", () => {
    expect(feed("posterior", 12, 0.97, 3).adjust(situation, 0.97)).toBe(0.97);
    expect(feed("surprise", 12, 0.97, 3).adjust(situation, 0.97)).toBeLessThan(0.95);
    // One failure is not enough.
    expect(feed("surprise", 12, 0.97, 1).adjust(situation, 0.97)).toBe(0.97);
  });

  it("still keeps a handful of outcomes near even odds from moving the estimate (session 29's case)", () => {
    expect(feed("surprise", 6, 0.6, 0).adjust(situation, 0.6)).toBe(0.6);
    expect(feed("surprise", 20, 0.75, 4).adjust(situation, 0.75)).toBe(0.75);
  });

  it("is configured strictly, default posterior", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.correctionGate).toBe("posterior");
    expect(parseConfig({ models, bandit: { online: { correctionGate: "surprise" } } }).bandit.online.correctionGate).toBe("surprise");
    expect(() => parseConfig({ models, bandit: { online: { correctionGate: "probability" } } })).toThrow();
  });
});
