import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, type RouterConfigInput, type RouterHooks } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor, type OnlineLearningPredictor } from "../../src/learning/knn-success-predictor.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig, recordedFixtureModels } from "./learning-fixture.js";

// Latency weighed heavily and no hedges: the planner sends a "proof" prompt (the locals are always wrong on those) straight to the cloud.
const config = (share: number): RouterConfigInput =>
  learnedGraphConfig({ costWeight: 0.01, latencyWeight: 0.2, hedge: { enabled: false }, online: { localExploration: { share } } });

const item = {
  id: "proof",
  prompt: "Prove the theorem about prime gaps number 77 using analytic number theory.",
  category: null,
  outcomes: {
    small: { score: 0, outChars: 200, answer: "42" },
    medium: { score: 0, outChars: 300, answer: "9" },
    cloud: { score: 1, outChars: 400, answer: "42" },
  },
};

describe("local exploration of a direct cloud plan, on the simulator's clock", async () => {
  const predictor = createKnnSuccessPredictor(
    await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 }),
  );

  function routerFor(routerConfig: RouterConfigInput, hooks: RouterHooks = {}, latency = FLAT_LATENCY, successPredictor: typeof predictor = predictor) {
    const { clock, book, models } = recordedFixtureModels(latency);
    return { router: createRouter(routerConfig, { models, clock, hooks, successPredictor, random: createSeededRandom(3) }), book, clock };
  }

  // Drift reported on the first sample: the explored local pair's agreement (small says 42, medium 9) reaches online learning.
  const learning = (share: number) =>
    learnedGraphConfig({
      costWeight: 0.01,
      latencyWeight: 0.2,
      hedge: { enabled: false },
      online: { localExploration: { share }, minSamples: 1, driftThreshold: 0.001 },
    });

  it("returns the cloud answer at the cloud path's latency; the local pair finishes in the background and is learned from afterwards", async () => {
    const direct = routerFor(learning(0));
    const cloudPath = await direct.book.run(item, () => direct.router.invoke(item.prompt));
    await direct.router.close();
    const drifts: string[][] = [];
    const modelCalls: Array<{ modelId: string; at: number }> = [];
    const { router, book, clock } = routerFor(learning(1), {
      onDrift: (signals) => drifts.push(signals.map((signal) => signal.signal)),
      onModelCall: (_requestId, call) => modelCalls.push({ modelId: call.modelId, at: clock.now() }),
    });
    const result = await book.run(item, () => router.invoke(item.prompt));
    expect(result.trace.find((entry) => entry.node === "bandit_selector")!.why).toContain("exploring the local plan");
    expect(result).toMatchObject({ model: "cloud", exploratory: true, exploration: "local-plan" });
    expect(result.answer).toContain("42");
    // The request waited for its own path only: the same latency as without exploration, no local attempt in its result.
    expect(result.latencyMs).toBe(cloudPath.latencyMs);
    expect(result.attempts.map((attempt) => attempt.modelId)).toEqual(["cloud"]);
    expect(result.trace.some((entry) => entry.node === "call_model" && entry.why.includes("in the background"))).toBe(true);
    const returnedAt = clock.now();
    expect(drifts).toEqual([]);
    for (let turn = 0; turn < 200 && drifts.length === 0; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    // medium (75 tokens at 50/s) answers after the cloud call (100 tokens at 100/s): then its outcome is learned.
    expect(modelCalls.find((call) => call.modelId === "medium")!.at).toBeGreaterThan(returnedAt);
    expect(drifts[0]).toContain("agreement");
    await router.close();
  });

  it("close() cancels the explorations still running and waits for them: nothing is learned after it", async () => {
    const slowLocal = { ...FLAT_LATENCY, local: { ttftMs: 100, tokensPerSecond: 0.01, jitter: 0 } };
    const drifts: unknown[] = [];
    const { router, book, clock } = routerFor(learning(1), { onDrift: (signals) => drifts.push(signals) }, slowLocal);
    const result = await book.run(item, () => router.invoke(item.prompt));
    expect(result.model).toBe("cloud");
    expect(result.latencyMs).toBeLessThan(10_000);
    await router.close();
    // The local calls (hours of virtual time) were cancelled, not waited out; nothing learned then or later.
    expect(clock.now()).toBeLessThan(10_000);
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(drifts).toEqual([]);
  });

  it("does nothing with share 0 or online learning off, and gives the same decision on 20 identical dry runs", async () => {
    for (const routerConfig of [
      config(0),
      learnedGraphConfig({ costWeight: 0.01, latencyWeight: 0.2, hedge: { enabled: false }, online: { enabled: false } }),
    ]) {
      const { router, book } = routerFor(routerConfig);
      const result = await book.run(item, () => router.invoke(item.prompt));
      expect(result.model).toBe("cloud");
      expect(result.exploration).toBeUndefined();
      expect(result.attempts.map((attempt) => attempt.reason)).not.toContain("exploration");
      await router.close();
    }
    const { router } = routerFor(config(0.1));
    const decisions = new Set<string>();
    for (let run = 0; run < 20; run += 1) {
      const decision = await router.explain(item.prompt);
      decisions.add(`${decision.model}:${decision.exploration ?? "none"}`);
    }
    expect(decisions.size).toBe(1);
    await router.close();
  });

  it("adds the explored answers, then the fed-back request, to the router's own online examples (bandit.online.knnExamples)", async () => {
    const copies: OnlineLearningPredictor[] = [];
    const spy = {
      ...predictor,
      withOnlineExamples: (settings: Parameters<NonNullable<typeof predictor.withOnlineExamples>>[0]) => {
        copies.push(predictor.withOnlineExamples!(settings));
        return copies.at(-1)!;
      },
    };
    const { router, book } = routerFor(config(1), {}, FLAT_LATENCY, spy);
    const result = await book.run(item, () => router.invoke(item.prompt));
    expect(copies).toHaveLength(1);
    // The explored local pair finishes in the background: its example joins when it does.
    for (let turn = 0; turn < 200 && copies[0]!.onlineExampleCount === 0; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(copies[0]!.onlineExampleCount).toBe(1);
    expect(await router.feedback(result.requestId, 1)).toBe(true);
    expect(copies[0]!.onlineExampleCount).toBe(2);
    await router.close();
    const disabled = routerFor(
      learnedGraphConfig({ costWeight: 0.01, latencyWeight: 0.2, hedge: { enabled: false }, online: { knnExamples: 0 } }),
      {},
      FLAT_LATENCY,
      spy,
    );
    await disabled.book.run(item, () => disabled.router.invoke(item.prompt));
    expect(copies).toHaveLength(1);
    await disabled.router.close();
  });
});
