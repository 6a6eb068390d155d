import { describe, expect, it } from "vitest";
import { createRouter, serialiseRouterModel } from "../../src/index.js";
import { loadConfigFile } from "../../src/config/load-config.js";
import { configuredReferenceModel, prepareInputs, runSimulation, type RouterFactory } from "../../src/simulation/index.js";
import { SAMPLE_CONFIG_PATH, SAMPLE_DATASET_PATH } from "../../src/simulation/sample.js";
import {
  builtinEncoder,
  calibrateCostWeight,
  calibrateOnGraph,
  configWithKnob,
  crossFitFolds,
  evaluationModels,
  graphHeldOutCheck,
  trainOnItems,
} from "../../src/learning/evaluation/index.js";

const factory: RouterFactory = (config, dependencies) => createRouter(config, dependencies);

describe("calibrate: its figures are simulate's", () => {
  it("forecasts and checks the knob with the graph replay simulate reports for the written config on the same split", async () => {
    // The recorded sample shipped in the package (320 prompts), its config (15% synthetic sensitive data), seed 42.
    const { config } = loadConfigFile(SAMPLE_CONFIG_PATH);
    const seed = 42;
    const inputs = await prepareInputs(config, { dataset: [SAMPLE_DATASET_PATH] }, seed);
    const { models } = evaluationModels(config);
    const { embed, encoder } = builtinEncoder(config);
    const referenceId = configuredReferenceModel(config);
    const target = { kind: "quality-ratio", value: 0.9 } as const;
    const screen = await calibrateCostWeight({
      models,
      items: inputs.trainItems,
      embed,
      encoder,
      target,
      resamples: 200,
      seed,
      referenceId,
      grid: [0, 0.05, 0.3, 2],
    });
    const setup = { config, seed, referenceId, createRouter: factory };
    const calibrated = await calibrateOnGraph({
      screen,
      setup,
      maxStep: 0.02,
      resamples: 200,
      bootstrapSeed: seed,
      maxReplays: 3,
      predictFor: inputs.testItems.length,
      // As the command: the forecast averages three cross-fitting assignments of the train side.
      foldRepeats: 3,
      refold: (repeat) => crossFitFolds(inputs.trainItems, { models, embed, encoder }, { folds: 2, repeat }),
    });
    expect(calibrated.met, JSON.stringify({ screen: screen.curve, graph: calibrated.curve })).toBe(true);
    expect(calibrated.expected!.prompts).toBe(inputs.trainItems.length);
    const costWeight = calibrated.costWeight!;
    // The held-out check routes with a model trained on the train side only, as `train` + `simulate`.
    const model = await trainOnItems(inputs.trainItems, { models, embed, encoder });
    const heldOut = await graphHeldOutCheck({ setup, items: inputs.testItems, routerModel: model, costWeight, resamples: 200, bootstrapSeed: seed });
    const report = await runSimulation({
      ...inputs,
      config: configWithKnob(config, costWeight, undefined),
      seed,
      strategies: ["all-cloud", "router"],
      sweep: false,
      adaptivity: false,
      workers: 1,
      createRouter: factory,
      learnedModel: serialiseRouterModel(model),
    });
    const router = report.strategies.find((row) => row.name === "router")!;
    const allCloud = report.strategies.find((row) => row.name === "all-cloud")!;
    expect(heldOut.prompts).toBe(router.prompts);
    expect(heldOut.quality.value).toBeCloseTo(router.quality, 6);
    expect(heldOut.qualityRatio.value).toBeCloseTo(router.quality / allCloud.quality, 6);
    expect(heldOut.costPer1MTokens.value).toBeCloseTo(router.costPer1MTokens, 4);
    expect(heldOut.cloudShare.value).toBeCloseTo(router.cloudShare, 9);
    expect(heldOut.reference.quality).toBeCloseTo(allCloud.quality, 9);
    // The forecast: the same replay of the train side (each prompt routed by a model that did not see
    // it), averaged over three assignments; simulate's figures lie inside its prediction intervals.
    expect(calibrated.curve.map((point) => point.costWeight)).toContain(costWeight);
    const expected = calibrated.expected!;
    expect(expected.replays).toBe(3);
    expect(calibrated.replays).toBe(calibrated.curve.length + 2);
    const simulated = { qualityRatio: router.quality / allCloud.quality, cloudShare: router.cloudShare, costPer1MTokens: router.costPer1MTokens };
    for (const name of ["qualityRatio", "cloudShare", "costPer1MTokens"] as const) {
      expect(simulated[name], name).toBeGreaterThanOrEqual(expected[name].low);
      expect(simulated[name], name).toBeLessThanOrEqual(expected[name].high);
    }
  }, 600_000);
});
