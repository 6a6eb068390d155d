import { describe, expect, it } from "vitest";
import { agreementKey, createOnlineCalibration, observeShift, shiftOf, situationKey } from "../../src/policies/online-calibration.js";

const options = { pseudoObservations: 10, forgetting: 0.995, driftThreshold: 0.05, minSamples: 50, capacity: 1000 };

describe("online calibration from delayed, partial feedback", () => {
  it("lowers a situation's success estimate when its kept answers keep failing, and leaves other situations alone", () => {
    const online = createOnlineCalibration(options);
    const agree = situationKey("gemma", ["llama", "gemma"], [0, 0]);
    for (let index = 0; index < 200; index += 1) online.remember(`r${index}`, { situation: agree, predicted: 0.95 });
    // Feedback arrives later, for a fifth of the requests: on the new traffic, agreeing local answers are right 70% of the time.
    for (let index = 0, given = 0; index < 200; index += 5, given += 1) expect(online.feedback(`r${index}`, given % 10 < 7 ? 1 : 0)).toBe(true);
    expect(online.adjust(agree, 0.95)).toBeLessThan(0.85);
    expect(online.adjust(situationKey("mini", ["llama", "gemma", "mini"], [0, 1, 2]), 0.8)).toBe(0.8);
    expect(online.feedback("r0", 1)).toBe(false);
    expect(online.feedback("never-seen", 1)).toBe(false);
  });

  it("reports drift of live rates from the model's expectations after enough samples", () => {
    const online = createOnlineCalibration(options);
    for (let index = 0; index < 49; index += 1) online.observeRate("agreement", index % 2, 0.9);
    expect(online.drift()).toEqual([]);
    online.observeRate("agreement", 0, 0.9);
    const [signal] = online.drift();
    expect(signal).toMatchObject({ signal: "agreement", samples: 50 });
    expect(signal!.observed).toBeLessThan(0.6);
    expect(signal!.expected).toBeCloseTo(0.9);
    for (let index = 0; index < 100; index += 1) online.observeRate("escalation", index % 10 === 0 ? 1 : 0, 0.1);
    expect(online.drift().map((entry) => entry.signal)).toEqual(["agreement"]);
  });
});

describe("feedback on a kept answer also calibrates the situations the request passed through", () => {
  const pair = situationKey("llama", ["llama", "gemma"], [0, 0]);
  const kept = situationKey("gpt-4o", ["llama", "gemma", "gpt-4o"], [0, 0, 0]);

  it("an agreeing earlier answer scores what the kept one scores; a disagreeing one is wrong only when the kept one is right", () => {
    const online = createOnlineCalibration(options);
    // The router escalated although the local pair agreed (it expected them right 60% of the time);
    // the cloud answer agrees with them and is right every time: the pair's situation moves up.
    for (let index = 0; index < 40; index += 1)
      online.remember(`up${index}`, { situation: kept, predicted: 0.9, shadows: [{ situation: pair, predicted: 0.6, agrees: true }] });
    for (let index = 0; index < 40; index += 1) expect(online.feedback(`up${index}`, 1)).toBe(true);
    expect(online.adjust(pair, 0.6)).toBeGreaterThan(0.85);

    const other = createOnlineCalibration(options);
    const solo = situationKey("llama", ["llama"], [0]);
    for (let index = 0; index < 40; index += 1)
      other.remember(`r${index}`, { situation: kept, predicted: 0.9, shadows: [{ situation: solo, predicted: 0.6, agrees: false }] });
    // A disagreeing answer when the kept one is wrong teaches nothing (both may be wrong).
    for (let index = 0; index < 20; index += 1) other.feedback(`r${index}`, 0);
    expect(other.adjust(solo, 0.6)).toBe(0.6);
    for (let index = 20; index < 40; index += 1) other.feedback(`r${index}`, 1);
    expect(other.adjust(solo, 0.6)).toBeLessThan(0.3);
  });

  it("corrects the model's estimate fully when the estimates remembered are the model's own", () => {
    const online = createOnlineCalibration({ ...options, pseudoObservations: 2 });
    const situation = situationKey("llama", ["llama", "gemma"], [0, 0]);
    // The model says 0.6; the situation is right 90% of the time.
    for (let index = 0; index < 400; index += 1) {
      online.remember(`r${index}`, { situation, predicted: 0.6 });
      online.feedback(`r${index}`, index % 10 === 0 ? 0 : 1);
    }
    expect(online.adjust(situation, 0.6)).toBeGreaterThan(0.87);
  });
});

describe("shadow situations of a request", () => {
  it("lists each shorter run of the answers with each extractable answer kept there, its estimate and its agreement with the kept answer", async () => {
    const { shadowSituations } = await import("../../src/nodes/learned-verify.js");
    const outcomes = {
      success: (called: readonly string[], _pattern: readonly number[], modelId: string) => (modelId === "llama" ? 0.5 : 0.4) + called.length / 100,
    };
    const shadows = shadowSituations(
      outcomes,
      [
        { modelId: "llama", finalAnswer: "42" },
        { modelId: "gemma", finalAnswer: "41" },
        { modelId: "gpt-4o", finalAnswer: "42" },
      ],
      "gpt-4o",
    );
    expect(shadows.map(({ situation, agrees }) => ({ situation, agrees }))).toEqual([
      { situation: situationKey("llama", ["llama"], [0]), agrees: true },
      { situation: situationKey("llama", ["llama", "gemma"], [0, 1]), agrees: true },
      { situation: situationKey("gemma", ["llama", "gemma"], [0, 1]), agrees: false },
    ]);
    shadows.forEach((shadow, index) => expect(shadow.predicted).toBeCloseTo([0.51, 0.52, 0.42][index]!));
    expect(
      shadowSituations(
        outcomes,
        [
          { modelId: "llama", finalAnswer: "1" },
          { modelId: "gpt-4o", finalAnswer: undefined },
        ],
        "gpt-4o",
      ),
    ).toEqual([]);
  });
});

describe("quality pacing from feedback (bandit.targetQuality)", () => {
  it("makes escalation cheaper while scores run under the target and dearer when over, within bounds", async () => {
    const { createQualityPacer } = await import("../../src/policies/quality-pacer.js");
    const pacer = createQualityPacer({ target: 0.9 });
    for (let index = 0; index < 20; index += 1) pacer.record(0.6);
    expect(pacer.multiplier()).toBeLessThan(0.1);
    for (let index = 0; index < 1000; index += 1) pacer.record(0);
    expect(pacer.multiplier()).toBeCloseTo(0.01);
    for (let index = 0; index < 1000; index += 1) pacer.record(1);
    expect(pacer.multiplier()).toBeCloseTo(10);
  });
});

describe("live agreement per model pair and reference scores (local exploration)", () => {
  it("raises a pair's agreement probability when it agrees more often than expected, and leaves other pairs alone", () => {
    const calibration = createOnlineCalibration(options);
    for (let index = 0; index < 40; index += 1) calibration.observeAgreement(agreementKey("llama", "gpt-4o"), index % 10 !== 0, 0.4);
    expect(calibration.adjustAgreement(agreementKey("llama", "gpt-4o"), 0.4)).toBeGreaterThan(0.75);
    expect(calibration.adjustAgreement(agreementKey("gemma", "gpt-4o"), 0.4)).toBe(0.4);
  });

  it("scores earlier answers against the reference at once: agreeing 1, disagreeing 0", () => {
    const calibration = createOnlineCalibration(options);
    for (let index = 0; index < 30; index += 1)
      calibration.observeReference([
        { situation: "llama|llama|0", predicted: 0.4, agrees: true },
        { situation: "gemma|llama,gemma|0,1", predicted: 0.4, agrees: false },
      ]);
    expect(calibration.adjust("llama|llama|0", 0.4)).toBeGreaterThan(0.8);
    expect(calibration.adjust("gemma|llama,gemma|0,1", 0.4)).toBeLessThan(0.15);
  });
});

describe("a correction is the posterior mean of a logit shift (Bayesian shrinkage toward the model's prediction)", () => {
  const logit = (value: number) => Math.log(value / (1 - value));

  it("learns almost nothing from outcomes the model predicted as near-certain, and much from a surprise there", () => {
    const online = createOnlineCalibration(options);
    const situation = situationKey("gemma", ["gemma"], [0]);
    // Session 27's case: nine agreeing observations where 0.943 was predicted. The old estimate
    // (pseudo-counts in probability space) moved the logit by +0.67 and raised every estimate of the
    // situation, 0.5 to 0.66; the information in nine such outcomes is 9 × 0.943 × 0.057 ≈ 0.48.
    online.observeReference(Array.from({ length: 9 }, () => ({ situation, predicted: 0.943, agrees: true })));
    const shift = logit(online.adjust(situation, 0.5));
    expect(shift).toBeGreaterThan(0);
    expect(shift).toBeLessThan(0.2);
    expect(online.adjust(situation, 0.943)).toBeLessThan(0.952);
    // One failure where 0.99 was predicted is surprising: it moves the shift down by far more.
    const surprised = createOnlineCalibration(options);
    surprised.observeReference([{ situation, predicted: 0.99, agrees: false }]);
    const down = logit(surprised.adjust(situation, 0.5));
    expect(down).toBeLessThan(-0.3);
    expect(down).toBeGreaterThan(-0.5);
  });

  it("weighs each observation by its own prediction: a shift of the logit is recovered from predictions spread over 0.5-0.99", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const shift = { information: 0, pull: 0 };
    for (let index = 0; index < 3000; index += 1) {
      const predicted = 0.5 + 0.49 * random();
      const truth = 1 / (1 + Math.exp(-(logit(predicted) - 1)));
      observeShift(shift, random() < truth ? 1 : 0, predicted, 2.5, 1);
    }
    expect(shiftOf(shift, 2.5)).toBeGreaterThan(-1.15);
    expect(shiftOf(shift, 2.5)).toBeLessThan(-0.85);
  });

  it("falls back toward the model's estimate as old observations fade, and stays bounded without a prior", () => {
    const shift = { information: 0, pull: 0 };
    for (let index = 0; index < 50; index += 1) observeShift(shift, 0, 0.8, 2.5, 0.95);
    const learned = shiftOf(shift, 2.5);
    expect(learned).toBeLessThan(-1);
    // A run of outcomes as predicted (0.8: four in five) pulls it back.
    for (let index = 0; index < 200; index += 1) observeShift(shift, index % 5 === 0 ? 0 : 1, 0.8, 2.5, 0.95);
    expect(Math.abs(shiftOf(shift, 2.5))).toBeLessThan(0.35);
    const unbounded = { information: 0, pull: 0 };
    observeShift(unbounded, 0, 0.99999, 0, 1);
    expect(shiftOf(unbounded, 0)).toBe(-10);
  });
});

describe("live agreement of a model pair is one event whichever model answered first", () => {
  it("corrects the other order too (a local exploration observes local first, cloud second)", () => {
    expect(agreementKey("gpt-4o-mini", "gemma")).toBe(agreementKey("gemma", "gpt-4o-mini"));
    const calibration = createOnlineCalibration(options);
    for (let index = 0; index < 40; index += 1) calibration.observeAgreement(agreementKey("gemma", "gpt-4o-mini"), index % 10 !== 0, 0.5);
    const localFirst = calibration.adjustAgreement(agreementKey("gemma", "gpt-4o-mini"), 0.5);
    expect(localFirst).toBeGreaterThan(0.75);
    expect(calibration.adjustAgreement(agreementKey("gpt-4o-mini", "gemma"), 0.5)).toBe(localFirst);
  });
});
