import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { deserialiseRouterModel, serialiseRouterModel } from "../../src/learning/router-model.js";
import { isRouterError } from "../../src/errors.js";
import { ENCODER, FIXTURE_MODELS, embed, fixtureItems } from "./learning-fixture.js";

describe("trainRouterModel", () => {
  it("keeps one quantised example per prompt with scores, answer groups and agreement reliabilities", async () => {
    const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 16, now: () => new Date(0) });
    expect(model.examples.count).toBe(40);
    expect(model.examples.dimensions).toBe(16);
    expect(model.examples.vectors).toHaveLength(40 * 16);
    expect(model.models.map((info) => info.meanScore)).toEqual([0.5, 0.5, 1]);
    // Row 0 is an easy prompt: all three models give the same answer (same group).
    expect(Array.from(model.examples.answerGroups.slice(0, 3))).toEqual([1, 1, 1]);
    // Row 1 is hard: three different answers.
    expect(Array.from(model.examples.answerGroups.slice(3, 6))).toEqual([1, 2, 3]);
    const pair = model.agreement.find((entry) => entry.models[0] === "small" && entry.models[1] === "medium")!;
    expect(pair.agreeRate).toBe(0.5);
    expect(pair.correctWhenAgree).toBe(1);
    expect(pair.correctWhenDisagree).toBe(0);
  });

  it("round-trips through its JSON form", async () => {
    const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 8 });
    const copy = deserialiseRouterModel(serialiseRouterModel(model));
    expect(copy.examples.vectors).toEqual(model.examples.vectors);
    expect(copy.examples.scales).toEqual(model.examples.scales);
    expect(copy.projection!.basis).toEqual(model.projection!.basis);
    expect(copy.models).toEqual(model.models);
    expect(model.successModel!.weights).toHaveLength(3);
    expect(copy.successModel).toEqual(model.successModel);
  });

  it("rejects a success model whose weights do not match its inputs", async () => {
    const model = await trainRouterModel(fixtureItems(), { models: FIXTURE_MODELS, embed, encoder: ENCODER, components: 8 });
    const broken = { ...model, successModel: { ...model.successModel!, weights: [[1, 2]] } };
    expect(() => deserialiseRouterModel(serialiseRouterModel(broken))).toThrowError(expect.objectContaining({ code: "DATASET_INVALID" }));
  });

  it("rejects a malformed model file with DATASET_INVALID", () => {
    expect(() => deserialiseRouterModel('{"format":"something-else"}')).toThrowError(expect.objectContaining({ code: "DATASET_INVALID" }));
    let error: unknown;
    try {
      deserialiseRouterModel("not json");
    } catch (caught) {
      error = caught;
    }
    expect(isRouterError(error, "DATASET_INVALID")).toBe(true);
  });

  it("refuses data with no record for any mapped model", async () => {
    await expect(trainRouterModel(fixtureItems(), { models: [{ id: "absent", datasetName: "absent" }], embed, encoder: ENCODER })).rejects.toMatchObject({
      code: "DATASET_INVALID",
    });
  });
});
