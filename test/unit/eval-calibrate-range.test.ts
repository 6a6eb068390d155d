import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../src/config/load-config.js";
import { configuredReferenceModel, prepareInputs } from "../../src/simulation/index.js";
import { SAMPLE_CONFIG_PATH, SAMPLE_DATASET_PATH } from "../../src/simulation/sample.js";
import { builtinEncoder, calibrateCostWeight, evaluationModels } from "../../src/learning/evaluation/index.js";
import { CALIBRATION_GRID, CALIBRATION_MAX_WEIGHT } from "../../src/learning/evaluation/calibrate.js";

describe("calibrate's cost-weight range", () => {
  it("reaches up to CALIBRATION_MAX_WEIGHT", () => {
    expect(Math.max(...CALIBRATION_GRID)).toBeCloseTo(CALIBRATION_MAX_WEIGHT, 6);
    expect(CALIBRATION_MAX_WEIGHT).toBeGreaterThanOrEqual(20);
  });

  it("reaches a cloud share of 0.2 on the shipped sample (the grid once stopped at 2, where the share was still 21%)", async () => {
    const { config } = loadConfigFile(SAMPLE_CONFIG_PATH);
    const inputs = await prepareInputs(config, { dataset: [SAMPLE_DATASET_PATH] }, 42);
    const { models } = evaluationModels(config);
    const { embed, encoder } = builtinEncoder(config);
    const result = await calibrateCostWeight({
      models,
      items: inputs.trainItems,
      embed,
      encoder,
      target: { kind: "cloud-share", value: 0.2 },
      resamples: 50,
      seed: 42,
      referenceId: configuredReferenceModel(config),
    });
    expect(result.met).toBe(true);
    expect(result.costWeight).toBeGreaterThan(0);
    expect(result.curve.some((point) => point.cloudShare <= 0.2)).toBe(true);
  }, 120_000);
});
