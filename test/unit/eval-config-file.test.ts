import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createConfigFile, updateConfigFile } from "../../src/learning/evaluation/config-file.js";

const ORIGINAL = `# my config
models:
  - { id: a, provider: ollama, model: "a:1b", tier: local }   # flow map, quoted value
ladder: [a]

bandit:
  costWeight: 0.3        # the knob
  latencyWeight: 0.02
`;

describe("calibrate and train edit only their key", () => {
  it("changes the value's characters and nothing else, adds and removes keys by line", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "routellm-config-")), "routellm.config.yaml");
    writeFileSync(file, ORIGINAL);
    await updateConfigFile(file, [{ path: ["bandit", "costWeight"], value: 0.182 }]);
    expect(readFileSync(file, "utf8")).toBe(ORIGINAL.replace("costWeight: 0.3 ", "costWeight: 0.182 "));
    await updateConfigFile(file, [
      { path: ["bandit", "targetCloudShare"], value: 0.2 },
      { path: ["classifier", "learnedModel"], value: "router-model.json" },
    ]);
    expect(readFileSync(file, "utf8")).toBe(
      `${ORIGINAL.replace("costWeight: 0.3 ", "costWeight: 0.182 ").replace("latencyWeight: 0.02\n", "latencyWeight: 0.02\n  targetCloudShare: 0.2\n")}classifier:\n  learnedModel: router-model.json\n`,
    );
    await updateConfigFile(file, [{ path: ["bandit", "targetCloudShare"], value: undefined }]);
    expect(readFileSync(file, "utf8")).toContain("  latencyWeight: 0.02\nclassifier:");
    expect(readFileSync(file, "utf8")).toContain('  - { id: a, provider: ollama, model: "a:1b", tier: local }   # flow map, quoted value');
  });

  it("creates a config file from a default, never over an existing one", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "routellm-config-")), "routellm.config.yaml");
    await createConfigFile(file, { version: 1, models: [{ id: "a" }] });
    expect(readFileSync(file, "utf8")).toContain("version: 1");
    await expect(createConfigFile(file, {})).rejects.toThrow(/already exists/);
  });
});
