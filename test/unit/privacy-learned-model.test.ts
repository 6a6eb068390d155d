import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { createScanAnalyser } from "../../src/privacy/scanner.js";
import { readFileSync } from "node:fs";
import { computeWordClusters, parseWordClusters, promptFeatures, serializeWordClusters } from "../../src/privacy/learned/features.js";
import { learnedProbabilities, loadLearnedModel, parseLearnedModel, serializeHead, type LearnedModel } from "../../src/privacy/learned/model.js";
import { DEFAULT_LEARNED_ENABLED, privacySchema } from "../../src/config/sections/privacy.js";

const BUCKETS = 64;
/** A model whose heads ignore the text: probability sigmoid(bias). */
function constantModel(healthBias: number, financialBias: number, threshold = 0.5): LearnedModel {
  const zero = new Float32Array(BUCKETS);
  return {
    buckets: BUCKETS,
    ruleFindings: false,
    heads: { health: { bias: healthBias, weights: zero, threshold }, financial: { bias: financialBias, weights: zero, threshold } },
  };
}
const rules = (text: string) => createPrivacyScanner().scan(text);

describe("learned second opinion (src/privacy/learned)", () => {
  const prompt = "Can you summarise the notes on Ingrid Halvorsen's lupus flare and her methotrexate dose?";

  it("gives the same features and probabilities for the same prompt", () => {
    const analyse = createScanAnalyser({}, true);
    const first = analyse(prompt);
    const second = analyse(prompt);
    const features = promptFeatures(first.lower, first.signals!, 1 << 14);
    expect(promptFeatures(second.lower, second.signals!, 1 << 14)).toEqual(features);
    expect(new Set(features.indices).size).toBe(features.indices.length);
    expect(features.values.length).toBe(features.indices.length);
    const model = loadLearnedModel();
    const probabilities = learnedProbabilities(model, features);
    expect(learnedProbabilities(model, features)).toEqual(probabilities);
    expect(probabilities.health).toBeGreaterThan(0);
    expect(probabilities.health).toBeLessThan(1);
  });

  it("adds a finding only at or above the threshold, and only of a category the rules did not report", () => {
    // A person (my brother Tom) and an amount (3): the evidence the financial head needs.
    const text = "My brother Tom planted 3 apple trees in the garden.";
    expect(rules(text)).toEqual([]);
    const above = createPrivacyScanner({ learned: { enabled: true, model: constantModel(-3, 3) } }).scan(text);
    expect(above).toEqual([{ category: "financial", start: 23, end: 24, rule: "learned-financial" }]);
    expect(createPrivacyScanner({ learned: { enabled: true, model: constantModel(-3, 3, 0.99) } }).scan(text)).toEqual([]);
    expect(createPrivacyScanner({ learned: { enabled: true, model: constantModel(-3, 3), thresholds: { financial: 0.99 } } }).scan(text)).toEqual([]);
    expect(createPrivacyScanner({ learned: { enabled: false, model: constantModel(3, 3) } }).scan(text)).toEqual([]);
  });

  it("adds nothing without evidence, however sure the heads are", () => {
    // No person, no condition mention, no amount: even p ≈ 0.99 on both heads adds nothing.
    const sure = createPrivacyScanner({ learned: { enabled: true, model: constantModel(5, 5) } });
    for (const text of ["Please tidy up this paragraph about the quarterly planning meeting.", "hello", "a", "can you help me"])
      expect(sure.scan(text)).toEqual([]);
  });

  it("keeps the shipped heads' thresholds above a prompt without evidence (the intercept), before the gate", () => {
    const model = loadLearnedModel();
    const analyse = createScanAnalyser({}, true);
    const raw = (text: string) => {
      const analysis = analyse(text);
      return learnedProbabilities(model, promptFeatures(analysis.lower, analysis.signals!, model.buckets, model.ruleFindings));
    };
    for (const text of ["", "hello", "a", "of", "can you help me"]) {
      const probabilities = raw(text);
      expect(probabilities.health).toBeLessThan(model.heads.health.threshold);
      expect(probabilities.financial).toBeLessThan(model.heads.financial.threshold);
    }
  });

  it("flags no short everyday prompt with the shipped model", () => {
    const shipped = createPrivacyScanner({ learned: { enabled: true } });
    for (const text of ["hello", "Hello", "a", "of", "can you help me", "write a python function to sort a list"])
      expect(shipped.scan(text).filter((finding) => finding.rule.startsWith("learned-"))).toEqual([]);
  });

  it("never removes or moves a rule's finding, and spans stay apart", () => {
    const text = "Patient Jonas Weber, diagnosed with epilepsy, owes 4.200 € on his card.";
    const ruleFindings = rules(text);
    const withModel = createPrivacyScanner({ learned: { enabled: true, model: constantModel(5, 5) } }).scan(text);
    for (const finding of ruleFindings) expect(withModel).toContainEqual(finding);
    for (let index = 1; index < withModel.length; index++) expect(withModel[index]!.start).toBeGreaterThanOrEqual(withModel[index - 1]!.end);
    expect(
      withModel.filter((finding) => finding.rule.startsWith("learned-")).every((finding) => !ruleFindings.some((rule) => rule.category === finding.category)),
    ).toBe(true);
  });

  it("round-trips int8 weights and rejects a malformed file", () => {
    const weights = Float32Array.from({ length: BUCKETS }, (_, index) => (index - 32) / 10);
    const head = serializeHead(0.25, weights, 0.9);
    const parsed = parseLearnedModel({ version: 1, buckets: BUCKETS, ruleFindings: false, heads: { health: head, financial: head } });
    expect(parsed.heads.health.threshold).toBe(0.9);
    for (let index = 0; index < BUCKETS; index++) expect(Math.abs(parsed.heads.health.weights[index]! - weights[index]!)).toBeLessThan(0.02);
    expect(() => parseLearnedModel({ version: 1, buckets: BUCKETS + 1, ruleFindings: false, heads: { health: head, financial: head } })).toThrow(
      expect.objectContaining({ code: "DATASET_INVALID" }),
    );
    expect(() => parseLearnedModel({ version: 2 })).toThrow(/invalid privacy model/);
  });

  it("ships the word -> cluster-code table the word vectors give (rebuild: privacy-model.ts --word-clusters)", () => {
    const shipped = readFileSync(new URL("../../data/privacy-model/word-clusters.bin", import.meta.url));
    const computed = computeWordClusters();
    expect(computed.hashes.length).toBe(40_000);
    expect(Buffer.compare(serializeWordClusters(computed), shipped)).toBe(0);
    expect(parseWordClusters(shipped)).toEqual(computed);
    expect(() => parseWordClusters(shipped.subarray(0, shipped.length - 2))).toThrow(expect.objectContaining({ code: "DATASET_INVALID" }));
  });

  it("is configured by privacy.learned (strict, thresholds within 0..1, off by default)", () => {
    expect(privacySchema.parse({}).learned).toEqual({ enabled: DEFAULT_LEARNED_ENABLED, thresholds: {} });
    expect(DEFAULT_LEARNED_ENABLED).toBe(false);
    expect(privacySchema.parse({ learned: { enabled: true, thresholds: { health: 0.9 } } }).learned).toEqual({ enabled: true, thresholds: { health: 0.9 } });
    expect(() => privacySchema.parse({ learned: { enabled: true, threshold: 0.9 } })).toThrow();
    expect(() => privacySchema.parse({ learned: { thresholds: { health: 1.5 } } })).toThrow();
    expect(() => privacySchema.parse({ learned: { thresholds: { email: 0.5 } } })).toThrow();
  });
});
