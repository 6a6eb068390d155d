import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const sample = fileURLToPath(new URL("../../data/sample/sample.outcomes.jsonl", import.meta.url));
const sampleConfig = fileURLToPath(new URL("../../data/sample/sample.config.yaml", import.meta.url));

interface Figures {
  prompts: number;
  quality: { value: number; low: number; high: number };
  qualityRatio: { value: number; low: number; high: number };
  costPer1MTokens: { value: number; low: number; high: number };
  cloudShare: { value: number; low: number; high: number };
}

describe("routellm calibrate: its figures are simulate's", () => {
  it("forecasts and checks the written knob with the graph replay simulate reports on the same split", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-calibrate-"));
    const config = join(folder, "routellm.config.yaml");
    copyFileSync(sampleConfig, config);
    const run = (args: string[]) => runCli(args, { cwd: folder, timeoutMs: 240_000 });
    expect((await run(["train", "-c", config, "--dataset", sample, "--out", "router-model.json", "--write-config"])).code).toBe(0);
    const calibrated = await run(["calibrate", "-c", config, "--dataset", sample, "--min-quality-ratio", "0.85", "--resamples", "200", "--force", "--json"]);
    expect(calibrated.code).toBe(0);
    const result = JSON.parse(calibrated.stdout) as { costWeight: number; expected: Figures; heldOut: Figures; heldOutExcluded: number; written: string };
    expect(result.written).toBe(config);
    expect(result.heldOutExcluded).toBe(0);
    expect(readFileSync(config, "utf8")).toContain(`costWeight: ${result.costWeight}`);
    const simulated = await run(["simulate", "-c", config, "--dataset", sample, "--strategies", "all-cloud,router", "--no-sweep", "--json"]);
    expect(simulated.code).toBe(0);
    const report = JSON.parse(simulated.stdout) as { strategies: Array<{ name: string; quality: number; cost_per_1m_tokens: number; cloud_share: number; prompts: number }> };
    const router = report.strategies.find((row) => row.name === "router")!;
    const allCloud = report.strategies.find((row) => row.name === "all-cloud")!;
    // The held-out check is simulate's replay: the same prompts, the same figures.
    expect(result.heldOut.prompts).toBe(router.prompts);
    expect(result.heldOut.quality.value).toBeCloseTo(router.quality, 9);
    expect(result.heldOut.qualityRatio.value).toBeCloseTo(router.quality / allCloud.quality, 9);
    expect(result.heldOut.costPer1MTokens.value).toBeCloseTo(router.cost_per_1m_tokens, 4);
    expect(result.heldOut.cloudShare.value).toBeCloseTo(router.cloud_share, 9);
    // The train-side forecast's interval holds what simulate reports.
    const within = (interval: { low: number; high: number }, value: number) => value >= interval.low - 1e-9 && value <= interval.high + 1e-9;
    expect(within(result.expected.qualityRatio, router.quality / allCloud.quality)).toBe(true);
    expect(within(result.expected.cloudShare, router.cloud_share)).toBe(true);
  }, 600_000);
});
