import { describe, expect, it } from "vitest";
import { trainRouterModel } from "../../src/learning/train-router-model.js";
import { encodePromptHashes, seenPromptTest } from "../../src/learning/seen-prompts.js";
import { deserialiseRouterModel, serialiseRouterModel } from "../../src/learning/router-model.js";
import { checkHeldOut, parseSeenPromptPolicy } from "../../src/learning/evaluation/held-out-integrity.js";
import { evaluateLearnedRouting } from "../../src/learning/evaluation/evaluate.js";
import { isRouterError } from "../../src/errors.js";
import { embed, ENCODER, FIXTURE_MODELS, fixtureItems } from "./learning-fixture.js";

describe("held-out integrity", () => {
  it("a trained model records its prompts by text, across files and whitespace", async () => {
    const items = fixtureItems(20);
    const model = deserialiseRouterModel(serialiseRouterModel(await trainRouterModel(items.slice(0, 10), { models: FIXTURE_MODELS, embed, encoder: ENCODER })));
    const seen = seenPromptTest(model)!;
    expect(seen(items[3]!.prompt)).toBe(true);
    expect(seen(`  ${items[3]!.prompt.replace(/ /g, "\n ")}  `)).toBe(true);
    expect(seen(items[15]!.prompt)).toBe(false);
    expect(seenPromptTest({ trainedOn: { files: [], prompts: 0, createdAt: "", promptHashes: encodePromptHashes(["x", "x", "y"]) } })!("y")).toBe(true);
  });

  it("excludes seen held-out prompts and says how many, or refuses", async () => {
    const items = fixtureItems(20);
    const model = await trainRouterModel(items.slice(0, 12), { models: FIXTURE_MODELS, embed, encoder: ENCODER });
    const heldOut = items.slice(8);
    const check = checkHeldOut(heldOut, model, "exclude", "the model");
    expect(check.excluded).toBe(4);
    expect(check.items).toHaveLength(8);
    expect(check.note).toMatch(/4 of 12 held-out prompts excluded/);
    expect(() => checkHeldOut(heldOut, model, "refuse", "the model")).toThrow(/trained on 4 of the 12 held-out prompts/);
    try {
      checkHeldOut(heldOut, model, "refuse", "the model");
    } catch (error) {
      expect(isRouterError(error, "DATASET_INVALID")).toBe(true);
    }
    expect(checkHeldOut(items.slice(12), model, "refuse", "the model").excluded).toBe(0);
    // Every held-out prompt seen: the refusal says what to do.
    expect(() => checkHeldOut(items.slice(0, 12), model, "exclude", "the model")).toThrow(
      /trained on all 12 held-out prompts: nothing is left to score\. Retrain it on the train side only \(routellm train --dataset <file> --write-config, without --all\)/,
    );
    const old = { trainedOn: { files: [], prompts: 12, createdAt: "" } };
    expect(checkHeldOut(heldOut, old, "exclude", "the model").note).toMatch(/does not record/);
    expect(parseSeenPromptPolicy(undefined)).toBe("exclude");
    expect(() => parseSeenPromptPolicy("skip")).toThrow(/exclude or refuse/);
  });

  it("bench:learning's evaluation scores no prompt its model was trained on", async () => {
    const items = fixtureItems(40).map((item) => ({
      id: item.id,
      prompt: item.prompt,
      category: null,
      outcomes: Object.fromEntries(
        Object.entries(item.outcomes).map(([id, outcome]) => [id, { score: outcome!.score, outChars: outcome!.outChars, answer: outcome!.answer }]),
      ),
    }));
    const models = [
      { id: "small", tier: "local" as const, pricing: { inputPer1M: 0, outputPer1M: 0 } },
      { id: "medium", tier: "local" as const, pricing: { inputPer1M: 0, outputPer1M: 0 } },
      { id: "cloud", tier: "cloud" as const, pricing: { inputPer1M: 1, outputPer1M: 4 } },
    ];
    const single = (texts: string) => embed([texts])[0]!;
    const input = { models, ladder: ["small", "medium", "cloud"], embed: single, encoder: ENCODER, costWeights: [0, 1], maxCloudGap: 0 };
    // The same prompts in the "train" and "test" files: every test prompt was seen.
    const overlapping = { train: items.slice(0, 30), test: items.slice(20) };
    const report = await evaluateLearnedRouting({ ...input, folds: [overlapping] });
    expect(report.prompts.excluded).toBe(10);
    expect(report.prompts.test).toBe(10);
    await expect(evaluateLearnedRouting({ ...input, folds: [overlapping], seenPrompts: "refuse" })).rejects.toThrow(/trained on 10 of the 20/);
  });
});
