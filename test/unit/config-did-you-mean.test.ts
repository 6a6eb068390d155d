import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { closestName } from "../../src/config/did-you-mean.js";

const models = [{ id: "local", provider: "ollama", model: "m", tier: "local" }];

function issues(input: Record<string, unknown>): Array<{ path: string; message: string }> {
  try {
    parseConfig({ models, ...input });
  } catch (error) {
    return (error as { details: { issues: Array<{ path: string; message: string }> } }).details.issues;
  }
  return [];
}

describe("config: strict sections with did-you-mean", () => {
  it("names the unknown key and the closest known one in every section", () => {
    expect(issues({ server: { prot: 28537 } })).toEqual([
      { path: "server.prot", message: expect.stringContaining('unknown key "prot" (did you mean "port"?)') },
    ]);
    expect(issues({ simulation: { sweeps: [0, 1] } })[0]).toMatchObject({
      path: "simulation.sweeps",
      message: expect.stringContaining('did you mean "sweep"'),
    });
    expect(issues({ bandit: { store: { typ: "memory" } } })[0]).toMatchObject({
      path: "bandit.store.typ",
      message: expect.stringContaining('did you mean "type"'),
    });
    expect(issues({ models: [{ ...models[0], tierr: "local" }] })[0]).toMatchObject({
      path: "models[0].tierr",
      message: expect.stringContaining('did you mean "tier"'),
    });
    // Session 37: rateLimit became strict; its misspelt key was dropped, leaving the model without a rate limit.
    expect(issues({ models: [{ ...models[0], rateLimit: { requestsPerMinut: 60 } }] })).toEqual([
      { path: "models[0].rateLimit.requestsPerMinut", message: expect.stringContaining('did you mean "requestsPerMinute"') },
    ]);
    expect(issues({ colour: 1 })[0]).toMatchObject({ path: "colour", message: expect.stringContaining("known: version, models") });
  });

  it("refuses an unknown privacy category instead of falling back to the default policy", () => {
    const found = issues({ privacy: { defaultPolicy: "allow", categories: { credit_card: "local-only" } } });
    expect(found).toEqual([
      { path: "privacy.categories.credit_card", message: expect.stringContaining('unknown privacy category "credit_card" (did you mean "payment_card"?)') },
    ]);
    expect(issues({ privacy: { categories: { emial: "redact" } } })[0]!.message).toContain('did you mean "email"');
    expect(issues({ privacy: { categories: { codename: "block" }, custom: [{ name: "codename", keywords: ["Bluebird"] }] } })).toEqual([]);
    expect(issues({ privacy: { categories: { financial: "redact", biometric: "block", driver_license: "local-only" } } })).toEqual([]);
    expect(issues({ privacy: { categories: { driving_licence: "redact" } } })[0]!.message).toContain('did you mean "driver_license"');
  });

  it("suggests only close names", () => {
    expect(closestName("costWieght", ["costWeight", "latencyWeight"])).toBe("costWeight");
    expect(closestName("zzzz", ["costWeight", "latencyWeight"])).toBeUndefined();
  });
});
