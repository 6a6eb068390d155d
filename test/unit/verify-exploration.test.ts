import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, parseConfig, type RouterConfigInput } from "../../src/index.js";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { decideVerifyExploration, type VerifyExplorationInput } from "../../src/policies/verify-exploration.js";
import { ENCODER, FIXTURE_MODELS, WRONG_LOCALS, embed, fixtureItems, learnedGraphConfig, recordedFixtureModels, invokeOnce } from "./learning-fixture.js";

// The cloud model priced out (cost weight 2): after the locals disagree the plan accepts a local answer.
const config = (verifyExploration?: { share: number; maxAddedCost?: number }, latencySloMs?: number, knnExamples?: number): RouterConfigInput =>
  learnedGraphConfig({
    costWeight: 2,
    latencyWeight: 0,
    hedge: { enabled: false },
    ...(latencySloMs !== undefined ? { latencySloMs } : {}),
    online: { ...(verifyExploration ? { verifyExploration } : {}), ...(knnExamples !== undefined ? { knnExamples } : {}) },
  });
const prompt = "Prove the theorem about prime gaps number 77 using analytic number theory.";
const outcomes = { ...WRONG_LOCALS, cloud: { score: 1, outChars: 400, answer: "42" } };

const base: VerifyExplorationInput = {
  text: prompt,
  share: 1,
  onlineEnabled: true,
  pinnedLocal: false,
  exploring: false,
  onlyAfterDisagreement: true,
  disagreement: true,
  alternative: { modelId: "cloud", tier: "cloud" },
  expectedMs: 1000,
  addedCost: 0.001,
  maxAddedCost: 0.01,
};

describe("verify exploration (bandit.online.verifyExploration)", async () => {
  const predictor = createKnnSuccessPredictor(
    // The cloud model wrong on every third prompt: its estimates are not certainties, so feedback can move them.
    await trainRouterModel(
      fixtureItems().map((item, index) => (index % 3 === 0 ? { ...item, outcomes: { ...item.outcomes, cloud: { ...item.outcomes.cloud!, score: 0 } } } : item)),
      { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, neighbours: 6, priorStrength: 2 },
    ),
  );
  const run = async (routerConfig: RouterConfigInput) => {
    const { clock, book, models } = recordedFixtureModels();
    const router = createRouter(routerConfig, { models, clock, successPredictor: predictor, random: createSeededRandom(3) });
    const result = await book.run({ id: "p", prompt, category: null, outcomes }, () => router.invoke(prompt));
    return { router, book, result };
  };

  it("takes the step the plan passed over after a disagreement, flagged in the trace and the result", async () => {
    const plain = await run(config());
    expect(plain.result.model).not.toBe("cloud");
    expect(plain.result.exploration).toBeUndefined();
    await plain.router.close();
    const { router, result } = await run(config({ share: 1, maxAddedCost: 1 }));
    expect(result).toMatchObject({ model: "cloud", exploratory: true, exploration: "verify-step" });
    const explored = result.trace.find((entry) => entry.node === "verify" && entry.why.includes("exploration: cloud answers instead of accepting"));
    expect(explored?.saw).toMatchObject({ exploration: "verify-step" });
    await router.close();
  }, 30_000);

  it("a feedback score on the explored step corrects the situation it explored (online corrections, knnExamples off)", async () => {
    const { router, book, result } = await run(config({ share: 1, maxAddedCost: 1 }, undefined, 0));
    const keptCloud = (entries: typeof result.trace) =>
      Number(/accept cloud: P\(good\) ([\d.]+)%/.exec(entries.findLast((entry) => entry.node === "verify")!.why)![1]);
    expect(await router.feedback(result.requestId, 0)).toBe(true);
    const again = await book.run({ id: "p", prompt, category: null, outcomes }, () => router.invoke(prompt));
    expect(again.exploration).toBe("verify-step");
    expect(keptCloud(again.trace)).toBeLessThan(keptCloud(result.trace) - 1);
    await router.close();
  }, 30_000);

  it("never past the latency objective or the cost bound", async () => {
    for (const [routerConfig, why] of [
      [config({ share: 1, maxAddedCost: 1 }, 1), "past the latency objective"],
      [config({ share: 1, maxAddedCost: 0 }), "over maxAddedCost"],
    ] as const) {
      const { book, models, clock } = recordedFixtureModels();
      const router = createRouter(routerConfig, { models, clock, successPredictor: predictor, random: createSeededRandom(3) });
      const result = await invokeOnce(book, router, prompt, outcomes);
      expect(result.exploration).toBeUndefined();
      expect(result.trace.some((entry) => entry.node === "verify" && entry.why.includes(why))).toBe(true);
    }
  }, 30_000);

  it("decides by a hash of the prompt, never on pinned, already exploring or agreeing requests", () => {
    expect(decideVerifyExploration(base)).toMatchObject({ explore: true });
    expect(decideVerifyExploration({ ...base, pinnedLocal: true }).why).toBe("privacy-pinned request");
    expect(decideVerifyExploration({ ...base, exploring: true }).explore).toBe(false);
    expect(decideVerifyExploration({ ...base, disagreement: false }).why).toBe("the answers agree");
    expect(decideVerifyExploration({ ...base, disagreement: false, onlyAfterDisagreement: false }).explore).toBe(true);
    expect(decideVerifyExploration({ ...base, alternative: undefined }).explore).toBe(false);
    const draw = decideVerifyExploration(base).draw;
    expect(decideVerifyExploration({ ...base, share: draw }).why).toBe("not drawn");
    expect(decideVerifyExploration({ ...base, share: Math.min(1, draw + 1e-9) }).explore).toBe(true);
  });

  it("is configured strictly (absent: off; an unknown key names its path)", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.verifyExploration).toBeUndefined();
    expect(parseConfig({ models, bandit: { online: { verifyExploration: { share: 0.2 } } } }).bandit.online.verifyExploration).toEqual({
      share: 0.2,
      onlyAfterDisagreement: true,
      maxAddedCost: 0.01,
    });
    expect(() => parseConfig({ models, bandit: { online: { verifyExploration: { share: 0.2, extra: 1 } } } })).toThrow(/bandit\.online\.verifyExploration/);
    expect(() => parseConfig({ models, bandit: { online: { verifyExploration: { share: 2 } } } })).toThrow(/bandit\.online\.verifyExploration\.share/);
  });
});
