import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom } from "../../src/index.js";
import { trainRouterModel, type TrainingItem } from "../../src/learning/train-router-model.js";
import { createKnnSuccessPredictor } from "../../src/learning/knn-success-predictor.js";
import { deserialiseRouterModel, serialiseRouterModel } from "../../src/learning/router-model.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { ENCODER, FIXTURE_MODELS, embed, learnedGraphConfig } from "./learning-fixture.js";

const GOOD = "Tides come from the Moon's gravity pulling the oceans, with the Sun adding a smaller pull twice a month.";
const PEER = "The Moon's gravity pulls on the oceans and makes tides; the Sun adds a smaller effect at new and full moon.";
const REFUSAL = "I'm sorry, but I cannot help with that request";

/** Free-form prompts: a refusing local answer is bad (the cloud is good), agreeing explanations are good. */
function freeFormItems(count = 80): TrainingItem[] {
  return Array.from({ length: count }, (_, index) => {
    const refuses = index % 3 === 0;
    const small = refuses ? REFUSAL : GOOD;
    return {
      prompt: `Explain briefly why the sea has tides, variant ${index}.`,
      outcomes: {
        small: { score: refuses ? 0.1 : 0.8 + (index % 5) / 50, outChars: small.length, answer: null, text: small },
        medium: { score: 0.5 + (index % 4) / 20, outChars: PEER.length, answer: null, text: PEER },
        cloud: { score: 0.9, outChars: 300, answer: null, text: GOOD },
      },
    };
  });
}

describe("router graph with the free-form verifier", async () => {
  const model = await trainRouterModel(freeFormItems(), {
    models: FIXTURE_MODELS,
    embed,
    encoder: ENCODER,
    components: 16,
    neighbours: 6,
    freeFormVerifier: { models: ["small", "medium"] },
  });
  const predictor = createKnnSuccessPredictor(model);
  const run = async (small: string) => {
    const fakes = { small: new FakeChatModel(small), medium: new FakeChatModel(PEER), cloud: new FakeChatModel(GOOD) };
    const router = createRouter(learnedGraphConfig({ costWeight: 0.2, hedge: { enabled: false } }), {
      models: fakes,
      successPredictor: predictor,
      random: createSeededRandom(3),
    });
    return router.invoke("Explain briefly why the sea has tides, variant 1000.");
  };

  it("is learned from the texts and judges the two local answers in the verify node, with the second answer's latency in the trace", async () => {
    expect(model.freeFormVerifier?.pairs.map((pair) => pair.models)).toEqual([["medium", "small"]]);
    expect(deserialiseRouterModel(serialiseRouterModel(model)).freeFormVerifier).toEqual(model.freeFormVerifier);
    const result = await run(GOOD);
    expect(result.tier).toBe("local");
    const why = result.trace.filter((entry) => entry.node === "verify").at(-1)!.why;
    expect(why).toMatch(/free-form verifier: P\(good\) medium \d+\.\d%, small \d+\.\d%, substance agreement 0\.\d\d, keep \w+; second local answer \d+ ms/);
  });

  it("escalates when the local answer is a refusal the verifier rates low", async () => {
    const result = await run(REFUSAL);
    expect(result.model).toBe("cloud");
  });
});
