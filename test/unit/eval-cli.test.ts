import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const sample = fileURLToPath(new URL("../../data/sample/sample.outcomes.jsonl", import.meta.url));
const packageVersion = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("routellm CLI: the main job and the first steps", () => {
  it("npm start's command replays the shipped real sample and prints the four columns, definitions and next steps", async () => {
    // The timeouts guard against a hang only: at load 10 on the 2-core machine this run took over 120 s (session 56).
    const result = await runCli(["simulate", "--sample", "--summary"], { timeoutMs: 300_000 });
    // stderr may carry the drift monitor's warnings, never an error.
    expect(result.stderr).not.toMatch(/routellm: |Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("SYNTHETIC");
    expect(result.stdout).toMatch(/real recorded outcomes: a 320-prompt sample of chat \(arena-bench\), maths \(GSM8K\) and code \(CRUXEval\)/);
    expect(result.stdout).toMatch(/learned router model trained here on the \d+ training prompts/);
    expect(result.stdout).toMatch(/Strategy\s+\$ \/ 1M tokens\s+Avg latency\s+Quality\s+Privacy compliance/);
    for (const row of ["all-cloud (gpt-4o)", "static-rules", "RouteLLM router (learned)", "Definitions:", "Privacy compliance:", "What to try next:"])
      expect(result.stdout).toContain(row);
  }, 330_000);

  it("prints its version", async () => {
    const result = await runCli(["--version"]);
    expect(result.stdout.trim()).toBe(packageVersion);
  }, 60_000);

  it("train --write-config creates ./routellm.config.yaml when there is none", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-train-"));
    const result = await runCli(["train", "--dataset", sample, "--out", "router-model.json", "--write-config"], { cwd: folder, timeoutMs: 120_000 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/classifier.learnedModel set in .*routellm.config.yaml \(created from the embedded default config\)/);
    expect(readFileSync(join(folder, "routellm.config.yaml"), "utf8")).toMatch(/learnedModel: router-model.json/);
    // The free-form chat prompts give no answers to compare: no "agree on 0.0%" line.
    expect(result.stdout).not.toMatch(/agree on 0\.0%, then right 0\.0%/);
  }, 150_000);
});
