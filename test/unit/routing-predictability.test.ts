import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom, DEFAULT_CONFIG } from "../../src/index.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";
import { explorationDraw } from "../../src/policies/exploration.js";

describe("predictable decisions and bounded exploration", () => {
  it("gives the same model on 20 identical dry runs with the default config and exploration at its default", async () => {
    // Math.random as the random source: before, the selector Thompson-sampled every request and the
    // same prompt went to three different models over 20 dry runs.
    const router = createRouter(DEFAULT_CONFIG, { random: Math.random });
    const models = new Set<string>();
    for (let run = 0; run < 20; run += 1) models.add((await router.explain("What is 17*23?")).model);
    await router.close();
    expect(models.size).toBe(1);
  });

  it("marks an exploratory decision in the result and the selector's trace, and never explores a privacy-pinned request", async () => {
    const router = createRouter(fourModelConfig({ bandit: { explorationShare: 1 } }), { random: createSeededRandom(1) });
    const open = await router.explain("What is 17*23?");
    expect(open.exploratory).toBe(true);
    const selector = open.trace.find((entry) => entry.node === "bandit_selector")!;
    expect(selector.saw?.["exploratory"]).toBe(true);
    expect(selector.why).toContain("exploring");
    const pinned = await router.explain("Write to jane.roe@acme-mail.de about invoice 17");
    expect(pinned.privacy.pinnedLocal).toBe(true);
    expect(pinned.exploratory).toBe(false);
    await router.close();
  });

  it("explores on about the configured share of distinct requests, and draws again only when evidence changes", () => {
    let explored = 0;
    for (let index = 0; index < 4000; index += 1) if (explorationDraw(`prompt ${index}`, "math:low", undefined).value < 0.05) explored += 1;
    expect(explored / 4000).toBeGreaterThan(0.04);
    expect(explored / 4000).toBeLessThan(0.06);
    const before = explorationDraw("same", "math:low", new Map([["a", { successes: 1, failures: 0 }]]));
    expect(explorationDraw("same", "math:low", new Map([["a", { successes: 1, failures: 0 }]]))).toEqual(before);
    expect(explorationDraw("same", "math:low", new Map([["a", { successes: 2, failures: 0 }]]))).not.toEqual(before);
  });
});
