import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, createVirtualClock, type RouterConfigInput } from "../../src/index.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor, type OnlineLearningPredictor } from "../../src/learning/knn-success-predictor.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems, learnedGraphConfig } from "./learning-fixture.js";

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

  function routerFor(routerConfig: RouterConfigInput, successPredictor: typeof predictor = predictor) {
    const clock = createVirtualClock(0);
    const book = new RecordingBook();
    const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
    const models = Object.fromEntries(
      (["small", "medium", "cloud"] as const).map((id) => [
        id,
        new RecordedChatModel({ modelId: id, tier: id === "cloud" ? "cloud" : "local", book, clock, latency: FLAT_LATENCY, seed: 1, serving }),
      ]),
    );
    return { router: createRouter(routerConfig, { models, clock, successPredictor, random: createSeededRandom(3) }), book };
  }

  it("runs the local pair alongside, returns the cloud answer and says so in the result and the trace", async () => {
    const { router, book } = routerFor(config(1));
    const result = await book.run(item, () => router.invoke(item.prompt));
    const selector = result.trace.find((entry) => entry.node === "bandit_selector")!;
    expect(selector.why).toContain("plan direct");
    expect(selector.why).toContain("exploring the local plan");
    expect(selector.saw?.["exploration"]).toBe("local-plan");
    expect(result.model).toBe("cloud");
    expect(result.answer).toContain("42");
    expect(result).toMatchObject({ exploratory: true, exploration: "local-plan" });
    expect(result.attempts.filter((attempt) => attempt.reason === "exploration").map((attempt) => attempt.modelId)).toEqual(["small", "medium"]);
    await router.close();
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
    const { router, book } = routerFor(config(1), spy);
    const result = await book.run(item, () => router.invoke(item.prompt));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.onlineExampleCount).toBe(1);
    expect(await router.feedback(result.requestId, 1)).toBe(true);
    expect(copies[0]!.onlineExampleCount).toBe(2);
    await router.close();
    const disabled = routerFor(learnedGraphConfig({ costWeight: 0.01, latencyWeight: 0.2, hedge: { enabled: false }, online: { knnExamples: 0 } }), spy);
    await disabled.book.run(item, () => disabled.router.invoke(item.prompt));
    expect(copies).toHaveLength(1);
    await disabled.router.close();
  });
});
