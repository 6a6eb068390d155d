import { describe, expect, it, vi } from "vitest";
import { createRouter, createSeededRandom, type RouterConfigInput, type RouterHooks } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { decideLocalCheck, localCheckDraw } from "../../src/policies/local-exploration.js";
import { createOnlineCalibration, situationKey, type OnlineCalibration } from "../../src/policies/online-calibration.js";
import { parseConfig } from "../../src/config/index.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig, recordedFixtureModels } from "./learning-fixture.js";

// The routers' online calibrations, as createRouter makes them (to read what they learned).
const calibrations = vi.hoisted(() => [] as OnlineCalibration[]);
vi.mock("../../src/policies/online-calibration.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/policies/online-calibration.js")>();
  return {
    ...original,
    createOnlineCalibration: (options: Parameters<typeof original.createOnlineCalibration>[0]) => {
      const made = original.createOnlineCalibration(options);
      calibrations.push(made);
      return made;
    },
  };
});

// Latency weighed heavily: the planner keeps one local answer alone on a "sum" prompt (no agreement check first).
const config = (checkShare: number, extra: Record<string, unknown> = {}): RouterConfigInput =>
  learnedGraphConfig({
    costWeight: 0.01,
    latencyWeight: 0.5,
    hedge: { enabled: false },
    online: { localExploration: { share: 0, checkShare }, minSamples: 1, driftThreshold: 0.001 },
    ...extra,
  });

const CARD = "4172 9960 8905 6538";
const sumItem = (prompt: string, medium = "13") => ({
  id: "sum",
  prompt,
  category: null,
  outcomes: {
    small: { score: 1, outChars: 200, answer: "13" },
    medium: { score: medium === "13" ? 1 : 0, outChars: 300, answer: medium },
    cloud: { score: 1, outChars: 400, answer: "13" },
  },
});
const item = sumItem("What is the sum of 5 and 8 apples in the basket?");

async function settle(done: () => boolean) {
  for (let turn = 0; turn < 200 && !done(); turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe("background local checks (bandit.online.localExploration.checkShare)", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );

  function routerFor(routerConfig: RouterConfigInput, hooks: RouterHooks = {}) {
    const { clock, book, models } = recordedFixtureModels(FLAT_LATENCY);
    return { router: createRouter(routerConfig, { models, clock, hooks, successPredictor: predictor, random: createSeededRandom(3) }), book, clock };
  }

  it("is opt-in and validated: default 0, out of range refused", () => {
    expect(parseConfig(config(0)).bandit.online.localExploration.checkShare).toBe(0);
    expect(parseConfig(learnedGraphConfig({})).bandit.online.localExploration.checkShare).toBe(0);
    expect(() => parseConfig(config(1.5))).toThrow();
  });

  it("respects the share: a repeatable hash draw, about `share` of distinct prompts", () => {
    const base = { share: 0.2, onlineEnabled: true, peerLocal: true };
    const texts = Array.from({ length: 2000 }, (_, index) => `prompt number ${index} about apples`);
    const drawn = texts.filter((text) => decideLocalCheck({ ...base, text }).explore).length;
    expect(drawn / texts.length).toBeGreaterThan(0.17);
    expect(drawn / texts.length).toBeLessThan(0.23);
    expect(texts.every((text) => decideLocalCheck({ ...base, text }).draw === localCheckDraw(text))).toBe(true);
    expect(texts.filter((text) => decideLocalCheck({ ...base, share: 0, text }).explore)).toEqual([]);
    expect(decideLocalCheck({ ...base, share: 1, text: "x", peerLocal: false }).explore).toBe(false);
    expect(decideLocalCheck({ ...base, share: 1, text: "x", onlineEnabled: false }).explore).toBe(false);
    expect(decideLocalCheck({ ...base, share: 1, text: "x", backgroundRoom: false }).explore).toBe(false);
  });

  it("adds no latency: the lone local answer returns as without the check; the peer answers afterwards and its disagreement is learned", async () => {
    const disagreeing = sumItem(item.prompt, "99");
    const plain = routerFor(config(0), { onDrift: () => undefined });
    const without = await plain.book.run(disagreeing, () => plain.router.invoke(disagreeing.prompt));
    await plain.router.close();
    expect(without.trace.find((entry) => entry.node === "bandit_selector")!.why).toContain("alone, no agreement check first");
    expect(without.attempts.map((attempt) => attempt.modelId)).toEqual(["small"]);

    const drifts: string[][] = [];
    const calls: Array<{ modelId: string; at: number }> = [];
    const { router, book, clock } = routerFor(config(1), {
      onDrift: (signals) => drifts.push(signals.map((signal) => signal.signal)),
      onModelCall: (_requestId, call) => calls.push({ modelId: call.modelId, at: clock.now() }),
    });
    const result = await book.run(disagreeing, () => router.invoke(disagreeing.prompt));
    expect(result.model).toBe("small");
    expect(result.answer).toBe(without.answer);
    expect(result.latencyMs).toBe(without.latencyMs);
    expect(result.attempts.map((attempt) => attempt.modelId)).toEqual(["small"]);
    expect(result.trace.some((entry) => entry.node === "verify" && entry.why.startsWith("background check: medium"))).toBe(true);
    const returnedAt = clock.now();
    await settle(() => drifts.length > 0);
    expect(calls.find((call) => call.modelId === "medium")!.at).toBeGreaterThanOrEqual(returnedAt);
    expect(drifts[0]).toContain("agreement");
    await router.close();
  });

  it("feeds the calibration: feedback on the request scores the checked situations (kept after a disagreement)", async () => {
    const disagreeing = sumItem(item.prompt, "99");
    // Without the check (share 0) the situation is never observed: feedback leaves it where it was.
    const control = routerFor(config(0), { onDrift: () => undefined });
    const unchecked = await control.book.run(disagreeing, () => control.router.invoke(disagreeing.prompt));
    await settle(() => false);
    expect(await control.router.feedback(unchecked.requestId, 1)).toBe(true);
    expect(calibrations.at(-1)!.adjust(situationKey("small", ["small", "medium"], [0, 1]), 0.5)).toBe(0.5);
    await control.router.close();
    const { router, book } = routerFor(config(1), { onDrift: () => undefined });
    const result = await book.run(disagreeing, () => router.invoke(disagreeing.prompt));
    // The checked situation "small kept after small and medium disagreed" moves once the feedback comes.
    const situation = situationKey("small", ["small", "medium"], [0, 1]);
    const online = calibrations.at(-1)!;
    const before = online.adjust(situation, 0.5);
    await settle(() => false);
    expect(await router.feedback(result.requestId, 1)).toBe(true);
    expect(online.adjust(situation, 0.5)).toBeGreaterThan(before);
    // The peer's disagreeing answer scores 0 (the kept one was right).
    expect(online.adjust(situationKey("medium", ["small", "medium"], [0, 1]), 0.5)).toBeLessThan(0.5);
    await router.close();
  });

  it("checks privacy-pinned requests too (both models are local), never sending them to the cloud", async () => {
    const pinned = sumItem(`My card is ${CARD}. What is the sum of 5 and 8 apples in the basket?`);
    const calls: string[] = [];
    const { router, book } = routerFor(config(1), { onModelCall: (_requestId, call) => calls.push(call.modelId), onDrift: () => undefined });
    const result = await book.run(pinned, () => router.invoke(pinned.prompt));
    expect(result.privacy.pinnedLocal).toBe(true);
    expect(result.attempts.map((attempt) => attempt.modelId)).toEqual(["small"]);
    expect(result.trace.some((entry) => entry.node === "verify" && entry.why.startsWith("background check: medium"))).toBe(true);
    await settle(() => calls.length >= 2);
    await router.close();
    expect(calls.sort()).toEqual(["medium", "small"]);
  });

  it("the calibration's addShadows scores the checked situations only while the request awaits its feedback", () => {
    const online = createOnlineCalibration({
      pseudoObservations: 10,
      forgetting: 1,
      driftThreshold: 0.05,
      minSamples: 50,
      capacity: 10,
    });
    const checked = { situation: situationKey("small", ["small", "medium"], [0, 0]), predicted: 0.5, agrees: true };
    expect(online.addShadows("r1", [checked])).toBe(false);
    online.remember("r1", { situation: situationKey("small", ["small"], [0]), predicted: 0.5 });
    expect(online.addShadows("r1", [checked])).toBe(true);
    expect(online.feedback("r1", 1)).toBe(true);
    expect(online.adjust(checked.situation, 0.5)).toBeGreaterThan(0.5);
    expect(online.addShadows("r1", [checked])).toBe(false);
  });
});
