import { describe, expect, it } from "vitest";
import { proposeRoutes } from "../../src/learning/propose-routes.js";

const tiers = new Map<string, "local" | "cloud">([
  ["small", "local"],
  ["big", "cloud"],
]);

function items() {
  const list = [];
  for (let index = 0; index < 30; index++) {
    // Greetings: the local model is as good as the cloud one.
    list.push({ prompt: `hello there friend number ${index}, how is your day going`, outcomes: { small: { score: 1 }, big: { score: 1 } } });
    // Proofs: only the cloud model gets them right.
    list.push({ prompt: `prove the theorem about prime numbers and modular arithmetic, case ${index}`, outcomes: { small: { score: 0 }, big: { score: 1 } } });
    // Mixed: no tier reliably wins.
    list.push({
      prompt: `recipe for a cake with chocolate and berries, variant ${index}`,
      outcomes: { small: { score: index % 2 }, big: { score: 1 - (index % 2) } },
    });
  }
  return list;
}

describe("routes proposed from recorded outcomes", () => {
  it("proposes a local route where the local tier reliably wins and a cloud route where the cloud clearly wins", () => {
    const routes = proposeRoutes(items(), { tiers, clusters: 3, seed: 7 });
    const local = routes.find((route) => route.prefer.tier === "local");
    const cloud = routes.find((route) => route.prefer.tier === "cloud");
    expect(local?.utterances.every((text) => text.startsWith("hello there"))).toBe(true);
    expect(cloud?.utterances.every((text) => text.startsWith("prove the theorem"))).toBe(true);
    expect(routes.some((route) => route.utterances.some((text) => text.includes("recipe")))).toBe(false);
    expect(local!.utterances.length).toBeLessThanOrEqual(6);
    expect(new Set(routes.map((route) => route.name)).size).toBe(routes.length);
  });

  it("proposes nothing from too few prompts", () => {
    expect(proposeRoutes(items().slice(0, 5), { tiers })).toEqual([]);
  });
});
