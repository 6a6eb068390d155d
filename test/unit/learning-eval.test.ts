import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashedVector } from "../../src/policies/hashed-vector.js";
import { createSeededRandom } from "../../src/policies/clock.js";
import { prepareItems, routeAgreementLadder, routeCascade, type EvalModel } from "../../src/learning/evaluation/cascade-replay.js";
import { createLearnedContext, evaluateLearnedRouting, trainOnItems } from "../../src/learning/evaluation/evaluate.js";
import { bootstrapInterval, calibrateCostWeight, chooseCalibrationPoint } from "../../src/learning/evaluation/calibrate.js";
import { updateConfigFile } from "../../src/learning/evaluation/config-file.js";
import { formatEvaluationReport } from "../../src/learning/evaluation/format-report.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import type { PromptOutcome } from "../../src/simulation/metrics.js";
import { createCloudSharePacer } from "../../src/policies/cloud-share-pacer.js";
import { ENCODER, fixtureItems } from "./learning-fixture.js";

const models: EvalModel[] = [
  { id: "small", tier: "local", pricing: { inputPer1M: 0, outputPer1M: 0 } },
  { id: "medium", tier: "local", pricing: { inputPer1M: 0, outputPer1M: 0 } },
  { id: "cloud", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
];
const items = fixtureItems(60).map((item) => ({ ...item, category: null, outcomes: item.outcomes as ReplayItem["outcomes"] })) as ReplayItem[];
const embed = (text: string) => hashedVector(text, 128);
const base = { models, embed, encoder: ENCODER, trainOptions: { components: 16, neighbours: 6, priorStrength: 2 } };

describe("learned cascade replay", () => {
  it("keeps agreeing local answers local and escalates disagreements to the cloud", async () => {
    const model = await trainOnItems(items.slice(0, 40), base);
    const context = createLearnedContext(model, models);
    const [easy, hard] = prepareItems(items.slice(40, 42), embed);
    expect(routeCascade(easy!, { ...context, models, costWeight: 0.3 })).toEqual({ calls: ["small", "medium"], final: "small" });
    expect(routeCascade(hard!, { ...context, models, costWeight: 0.3 })).toEqual({ calls: ["small", "medium", "cloud"], final: "cloud" });
    // Pinned local (privacy): never the cloud, whatever the gain.
    expect(routeCascade(hard!, { ...context, models, costWeight: 0, localOnly: true }).calls).not.toContain("cloud");
    expect(routeAgreementLadder(hard!, ["small", "medium", "cloud"]).final).toBe("cloud");
  });

  it("beats random routing on held-out prompts of the fixture", async () => {
    const report = await evaluateLearnedRouting({
      ...base,
      ladder: ["small", "medium", "cloud"],
      folds: [{ train: items.slice(0, 40), test: items.slice(40) }],
      costWeights: [0, 0.3, 2],
    });
    expect(report.strong).toBe("cloud");
    expect(report.apgr.learned).toBeGreaterThan(report.apgr.random);
    // On the cost axis and the strong-call axis too (random = 0.5 on both, at matched cost).
    expect(report.apgrByAxis.cost.learned).toBeGreaterThan(0.5);
    expect(report.apgrByAxis.strongCalls.learned).toBeGreaterThan(0.5);
    expect(formatEvaluationReport(report)).toMatch(
      /APGR \(held out; cost axis[^\n]*learned \d\.\d{3}[\s\S]*strong-call axis: x = share of prompts calling cloud\)/,
    );
    const mid = report.curves.learned.find((point) => point.knob === 0.3)!;
    expect(mid.quality).toBe(1);
    expect(mid.cloudShare).toBe(0.5);
  });
});

describe("calibration", () => {
  const curve = [
    { costWeight: 0, quality: 0.95, qualityRatio: 1, costPer1MTokens: 7, cloudShare: 1 },
    { costWeight: 0.1, quality: 0.94, qualityRatio: 0.99, costPer1MTokens: 2, cloudShare: 0.3 },
    { costWeight: 0.3, quality: 0.9, qualityRatio: 0.95, costPer1MTokens: 1, cloudShare: 0.15 },
  ];

  it("picks the best quality within a budget and the lowest cost above a quality floor", () => {
    expect(chooseCalibrationPoint({ kind: "cloud-share", value: 0.2 }, curve)!.costWeight).toBe(0.3);
    expect(chooseCalibrationPoint({ kind: "cost-per-1m", value: 2.5 }, curve)!.costWeight).toBe(0.1);
    expect(chooseCalibrationPoint({ kind: "quality-ratio", value: 0.97 }, curve)!.costWeight).toBe(0.1);
    expect(chooseCalibrationPoint({ kind: "cloud-share", value: 0.05 }, curve)).toBeUndefined();
  });

  it("bootstraps an interval around the statistic", () => {
    const outcomes = Array.from({ length: 200 }, (_, index) => ({ quality: index % 4 === 0 ? 0 : 1 }) as PromptOutcome);
    const interval = bootstrapInterval(outcomes, (sample) => sample.reduce((sum, outcome) => sum + outcome.quality, 0) / sample.length, {
      random: createSeededRandom(1),
      resamples: 300,
    });
    expect(interval.value).toBe(0.75);
    expect(interval.low).toBeLessThan(0.75);
    expect(interval.high).toBeGreaterThan(0.75);
    expect(interval.high - interval.low).toBeLessThan(0.2);
  });

  it("finds a cost weight meeting a cloud-share target on the data", async () => {
    const result = await calibrateCostWeight({ ...base, items, target: { kind: "cloud-share", value: 0.6 }, resamples: 100, grid: [0, 0.3, 2] });
    expect(result.met).toBe(true);
    expect(result.expected!.cloudShare.value).toBeLessThanOrEqual(0.6);
    expect(result.reference.modelId).toBe("cloud");
  });

  it("cross-fits on more folds: every prompt routed once, by a model that did not see it", async () => {
    const result = await calibrateCostWeight({ ...base, items, target: { kind: "cloud-share", value: 0.6 }, resamples: 50, grid: [0.3], folds: 4 });
    expect(result.expected!.prompts).toBe(items.length);
    // Hard prompts (half of the fixture) go to the cloud, easy ones stay local.
    expect(result.expected!.cloudShare.value).toBeCloseTo(0.5, 1);
  });

  it("writes a value into the YAML config, keeping comments and other fields", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "routellm-learning-")), "config.yaml");
    await writeFile(file, "# my router\nversion: 1\nbandit:\n  latencyWeight: 0.02 # seconds\n");
    await updateConfigFile(file, [{ path: ["bandit", "costWeight"], value: 0.15 }]);
    const text = await readFile(file, "utf8");
    expect(text).toContain("# my router");
    expect(text).toContain("latencyWeight: 0.02 # seconds");
    expect(text).toContain("costWeight: 0.15");
  });

  it("removes a key given an undefined value (a stale cloud-share target)", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "routellm-learning-")), "config.yaml");
    await writeFile(file, "version: 1\nbandit:\n  costWeight: 0.1 # knob\n  targetCloudShare: 0.2\n");
    await updateConfigFile(file, [
      { path: ["bandit", "costWeight"], value: 0.2 },
      { path: ["bandit", "targetCloudShare"], value: undefined },
      { path: ["bandit", "latencyWeight"], value: undefined },
    ]);
    const text = await readFile(file, "utf8");
    expect(text).toContain("costWeight: 0.2");
    expect(text).not.toContain("targetCloudShare");
  });
});

describe("cloud-share pacing in the cascade", () => {
  it("scales the cost weight online: with a 0% target, escalations stop once the cloud share runs over it", async () => {
    const model = await trainOnItems(items.slice(0, 40), base);
    const context = createLearnedContext(model, models);
    const hard = prepareItems(
      items.filter((_, index) => index % 2 === 1),
      embed,
    );
    const reaches = (pacer?: ReturnType<typeof createCloudSharePacer>) =>
      hard.filter((item) => routeCascade(item, { ...context, models, costWeight: 0.05, ...(pacer ? { pacer } : {}) }).calls.includes("cloud")).length;
    expect(reaches()).toBe(hard.length);
    const pacer = createCloudSharePacer({ target: 0 });
    const paced = reaches(pacer);
    expect(paced).toBeGreaterThan(0);
    expect(paced).toBeLessThan(hard.length / 2);
    expect(pacer.snapshot()).toMatchObject({ requests: hard.length, cloudRequests: paced });
    expect(pacer.multiplier()).toBeGreaterThan(1);
  });
});
