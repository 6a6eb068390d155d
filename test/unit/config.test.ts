import { describe, expect, it } from "vitest";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadConfigFile, parseConfig, RouterError, DEFAULT_CONFIG } from "../../src/index.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

function issuesOf(input: unknown): Array<{ path: string; message: string }> {
  try {
    parseConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RouterError);
    expect((error as RouterError).code).toBe("CONFIG_INVALID");
    return (error as RouterError).details["issues"] as Array<{ path: string; message: string }>;
  }
  throw new Error("expected the config to be rejected");
}

describe("config validation", () => {
  it("fills defaults for a minimal config", () => {
    const config = parseConfig({ models: [{ id: "m", provider: "ollama", model: "llama3.1:8b", tier: "local" }] });
    expect(config.privacy.defaultPolicy).toBe("local-only");
    expect(config.bandit.costWeight).toBeGreaterThan(0);
    expect(config.models[0]!.maxRetries).toBe(2);
  });

  it("names the exact path of a bad field", () => {
    const input = fourModelConfig();
    (input.models[2] as Record<string, unknown>)["pricing"] = { inputPer1M: -1 };
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ path: "models[2].pricing.inputPer1M" }));
  });

  it("rejects unknown ids in the ladder, routes and agreement peer", () => {
    const issues = issuesOf(
      fourModelConfig({
        ladder: ["llama", "ghost"],
        classifier: { routes: [{ name: "r", utterances: ["x"], prefer: { model: "phantom" } }] },
        verifiers: { agreement: { peer: "nobody" } },
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["ladder[1]", "classifier.routes[0].prefer.model", "verifiers.agreement.peer"]));
  });

  it("rejects a cloud model as agentic triage model and unknown keys", () => {
    const issues = issuesOf({ ...fourModelConfig({ triage: { agentic: { enabled: true, model: "gpt4o" } } }), colour: "blue" });
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["triage.agentic.model", "colour"]));
  });

  it("loads the shipped example and the embedded default", () => {
    const loaded = loadConfigFile(new URL("../../examples/routellm.config.yaml", import.meta.url).pathname);
    expect(loaded.config.ladder).toEqual(["llama3.1-8b", "gemma2-9b", "gpt-4o-mini", "gpt-4o"]);
    expect(parseConfig(DEFAULT_CONFIG).models).toHaveLength(4);
  });

  it("reports a missing file and broken YAML clearly", () => {
    expect(() => loadConfigFile("/nonexistent/routellm.yaml")).toThrow(expect.objectContaining({ code: "CONFIG_NOT_FOUND" }));
    const dir = mkdtempSync(join(tmpdir(), "routellm-config-"));
    writeFileSync(join(dir, "bad.yaml"), "models: [\n  - id: x\n   bad indent");
    expect(() => loadConfigFile(join(dir, "bad.yaml"))).toThrow(/not valid YAML/);
  });
});
