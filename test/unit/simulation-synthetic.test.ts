import { describe, expect, it } from "vitest";
import { createSeededRandom, parseConfig } from "../../src/index.js";
import { fitParameters, fitRasch } from "../../src/simulation/irt-fit.js";
import { generateSyntheticItems, loadFittedParameters, loadWorkload } from "../../src/simulation/synthetic-workload.js";
import { prepareInputs } from "../../src/simulation/prepare-inputs.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;

describe("item-response fit and synthetic workload", () => {
  it("recovers the order of abilities and difficulties from simulated outcomes", () => {
    const random = createSeededRandom(4);
    const trueAbility = [-1, 0.5, 2];
    const trueDifficulty = Array.from({ length: 300 }, (_, index) => (index % 3) - 1);
    const observations = trueDifficulty.flatMap((difficulty, item) =>
      trueAbility.map((ability, model) => ({ item, model, score: random() < 1 / (1 + Math.exp(-(ability - difficulty))) ? 1 : 0 })),
    );
    const { abilities, difficulties } = fitRasch(observations, 3, 300);
    expect(abilities[0]!).toBeLessThan(abilities[1]!);
    expect(abilities[1]!).toBeLessThan(abilities[2]!);
    const meanOf = (offset: number) => trueDifficulty.reduce((sum, value, index) => sum + (value === offset ? difficulties[index]! : 0), 0) / 100;
    expect(meanOf(-1)).toBeLessThan(meanOf(0));
    expect(meanOf(0)).toBeLessThan(meanOf(1));
  });

  it("fits a recorded file and keeps only the requested models", async () => {
    const fitted = await fitParameters([{ file: fixture }], { keepModels: ["big", "small-a"] });
    expect(Object.keys(fitted.models).sort()).toEqual(["big", "small-a"]);
    expect(Object.keys(fitted.domains).sort()).toEqual(["chat", "code", "knowledge", "math"]);
    expect(fitted.models["big"]!["math"]!.ability).toBeGreaterThan(fitted.models["small-a"]!["math"]!.ability);
  });

  it("draws the same workload for the same seed, from the committed parameters, and marks it synthetic", async () => {
    const workload = loadWorkload();
    const fitted = loadFittedParameters();
    const models = { local: "gemma-2-9b-it", cloud: "gpt-4o-2024-08-06" };
    const first = generateSyntheticItems(workload, fitted, models, 3, 50);
    expect(generateSyntheticItems(workload, fitted, models, 3, 50)).toEqual(first);
    expect(first.every((item) => item.outcomes["local"] && item.outcomes["cloud"])).toBe(true);
    const meanScore = (id: string) => first.reduce((sum, item) => sum + item.outcomes[id]!.score, 0) / first.length;
    expect(meanScore("cloud")).toBeGreaterThan(meanScore("local"));
    const config = parseConfig({
      models: [
        { id: "local", provider: "ollama", model: "x", tier: "local" },
        { id: "cloud", provider: "openai", model: "y", tier: "cloud" },
      ],
      simulation: { models },
    });
    const inputs = await prepareInputs(config, { requests: 40 }, 3);
    expect(inputs.dataset.synthetic).toBe(true);
    expect(inputs.testItems.length + inputs.trainItems.length).toBe(40);
  });

  it("its sensitive prompts carry the sensitive values Privacy % checks, and the scanner finds each", () => {
    const fitted = loadFittedParameters();
    const names = Object.keys(fitted.models).slice(0, 2);
    const items = generateSyntheticItems(loadWorkload(), fitted, Object.fromEntries(names.map((name) => [name, name])), 7, 400);
    const sensitive = items.filter((item) => item.sensitive);
    expect(sensitive.length).toBeGreaterThan(20);
    const scanner = createPrivacyScanner();
    for (const item of sensitive) {
      const values = item.sensitive!.values!;
      expect(values.length, item.id).toBeGreaterThan(0);
      const findings = scanner.scan(item.prompt).map((finding) => ({ category: finding.category, text: item.prompt.slice(finding.start, finding.end) }));
      for (const value of values) {
        expect(item.prompt).toContain(value.text);
        expect(
          findings.some((finding) => finding.category === value.category && finding.text.includes(value.text)),
          `${item.id} ${value.category}`,
        ).toBe(true);
      }
    }
  });
});
