import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { decideLocalExploration, explorationShareOf, localExplorationDraw, type LocalExplorationInput } from "../../src/policies/local-exploration.js";

const base: LocalExplorationInput = { text: "What is 17*23?", share: 1, onlineEnabled: true, pinnedLocal: false, expectedMs: 2000, extraCostShare: 0 };

describe("local exploration of direct cloud requests", () => {
  it("is deterministic: the same prompt always draws the same decision", () => {
    const first = decideLocalExploration({ ...base, share: 0.5 });
    for (let run = 0; run < 20; run += 1) expect(decideLocalExploration({ ...base, share: 0.5 })).toEqual(first);
    expect(localExplorationDraw("a")).not.toBe(localExplorationDraw("b"));
  });

  it("explores about the configured share of distinct prompts, and none at share 0", () => {
    const count = (share: number) =>
      Array.from({ length: 4000 }, (_, index) => decideLocalExploration({ ...base, text: `prompt ${index}`, share })).filter((decision) => decision.explore)
        .length;
    expect(count(0.1) / 4000).toBeGreaterThan(0.085);
    expect(count(0.1) / 4000).toBeLessThan(0.115);
    expect(count(0)).toBe(0);
  });

  it("never explores a privacy-pinned request, with online learning off, past the latency objective, over the cost share or with the background full", () => {
    expect(decideLocalExploration(base).explore).toBe(true);
    expect(decideLocalExploration({ ...base, pinnedLocal: true })).toMatchObject({ explore: false, why: "privacy-pinned request" });
    expect(decideLocalExploration({ ...base, onlineEnabled: false })).toMatchObject({ explore: false, why: "online learning off" });
    expect(decideLocalExploration({ ...base, sloMs: 1500 }).explore).toBe(false);
    expect(decideLocalExploration({ ...base, sloMs: 2500 }).explore).toBe(true);
    expect(decideLocalExploration({ ...base, share: 0.99, extraCostShare: 1.005 }).explore).toBe(false);
    expect(decideLocalExploration({ ...base, extraCostShare: 0.05 }).explore).toBe(true);
    expect(decideLocalExploration({ ...base, backgroundRoom: false })).toMatchObject({ explore: false, why: "the background explorations are at their bound" });
    expect(decideLocalExploration({ ...base, backgroundRoom: true }).explore).toBe(true);
  });

  it("is configured by bandit.online.localExploration.share (default 0: opt-in), validated strictly", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.localExploration.share).toBe(0);
    expect(parseConfig({ models, bandit: { online: { localExploration: { share: 0.1 } } } }).bandit.online.localExploration.share).toBe(0.1);
    expect(() => parseConfig({ models, bandit: { online: { localExploration: { share: 1.5 } } } })).toThrow();
    expect(() => parseConfig({ models, bandit: { online: { localExploration: { shares: 0.2 } } } })).toThrow();
  });
});

describe("drift-gated local exploration (localExploration.steadyShare)", () => {
  const count = (input: Partial<LocalExplorationInput>) =>
    Array.from({ length: 2000 }, (_, index) => decideLocalExploration({ ...base, ...input, text: `prompt ${index}` })).filter((decision) => decision.explore)
      .length;

  it("explores at the steady share while no rate drifts, at the full share while one does or when unknown", () => {
    expect(explorationShareOf({ share: 0.1, steadyShare: 0.02, drifting: false })).toBe(0.02);
    expect(explorationShareOf({ share: 0.1, steadyShare: 0.02, drifting: true })).toBe(0.1);
    expect(explorationShareOf({ share: 0.1, steadyShare: 0.02 })).toBe(0.1);
    expect(explorationShareOf({ share: 0.1, steadyShare: 0.5, drifting: false })).toBe(0.1);
    expect(explorationShareOf({ share: 0.1, drifting: false })).toBe(0.1);
    const steady = count({ share: 0.1, steadyShare: 0.02, drifting: false });
    expect(steady / 2000).toBeLessThan(0.035);
    expect(steady).toBeGreaterThan(0);
    expect(count({ share: 0.1, steadyShare: 0.02, drifting: true }) / 2000).toBeGreaterThan(0.08);
  });

  it("validates steadyShare strictly (0..1, absent by default)", () => {
    const models = [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }];
    expect(parseConfig({ models }).bandit.online.localExploration.steadyShare).toBeUndefined();
    expect(
      parseConfig({ models, bandit: { online: { localExploration: { share: 0.1, steadyShare: 0.02 } } } }).bandit.online.localExploration.steadyShare,
    ).toBe(0.02);
    expect(() => parseConfig({ models, bandit: { online: { localExploration: { share: 0.1, steadyShare: 2 } } } })).toThrow();
  });
});
