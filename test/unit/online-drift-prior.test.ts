import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { createOnlineCalibration, priorWeightOf, situationKey } from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 1, driftThreshold: 0.05, minSamples: 50, capacity: 1000, correctionEvidence: 2 };
const situation = situationKey("gpt-4o", ["gpt-4o"], [0]);

/** Live agreement at `observed` against 0.75 expected over 60 requests, then 12 feedback outcomes predicted at 0.97, `failures` of them failures. */
function run(driftPseudoObservations: number | undefined, observed: number, failures: number) {
  const online = createOnlineCalibration({ ...options, driftPseudoObservations });
  for (let index = 0; index < 60; index += 1) online.observeRate("agreement", index < observed * 60 ? 1 : 0, 0.75);
  for (let index = 0; index < 12; index += 1) {
    online.remember(`r${index}`, { situation, predicted: 0.97 });
    online.feedback(`r${index}`, index < failures ? 0 : 1);
  }
  return online;
}

describe("drift-widened prior (bandit.online.driftPseudoObservations)", () => {
  it("weighs the prior by driftPseudoObservations only while a live rate drifts", () => {
    expect(priorWeightOf({ pseudoObservations: 10, driftPseudoObservations: 2 }, true)).toBe(2);
    expect(priorWeightOf({ pseudoObservations: 10, driftPseudoObservations: 2 }, false)).toBe(10);
    expect(priorWeightOf({ pseudoObservations: 10 }, true)).toBe(10);
  });

  it("lets failures of a near-certain estimate lower it once the traffic drifts, not before", () => {
    // Agreement 0.45 against 0.75 expected: drifting. Three failures in twelve at 0.97.
    expect(
      run(undefined, 0.45, 3)
        .drift()
        .map((signal) => signal.signal),
    ).toEqual(["agreement"]);
    expect(run(undefined, 0.45, 3).adjust(situation, 0.97)).toBe(0.97);
    expect(run(2, 0.45, 3).adjust(situation, 0.97)).toBeLessThan(0.95);
    // No drift (agreement as expected): the same outcomes keep the estimate, as without the key.
    expect(run(2, 0.75, 3).drift()).toEqual([]);
    expect(run(2, 0.75, 3).adjust(situation, 0.97)).toBe(0.97);
    // One failure in twelve stays within the gate even with the wider prior.
    expect(run(2, 0.45, 1).adjust(situation, 0.97)).toBe(0.97);
  });

  it("is configured strictly (absent: off; a negative weight names its path)", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.driftPseudoObservations).toBeUndefined();
    expect(parseConfig({ models, bandit: { online: { driftPseudoObservations: 2 } } }).bandit.online.driftPseudoObservations).toBe(2);
    expect(() => parseConfig({ models, bandit: { online: { driftPseudoObservations: -1 } } })).toThrow(/bandit\.online\.driftPseudoObservations/);
  });
});
