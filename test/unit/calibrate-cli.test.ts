import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTrainId } from "../../src/simulation/dataset.js";
import { runCli } from "../helpers/run-cli.js";
import { writeShiftedFixture } from "./calibrate-cli-fixture.js";

const fast = ["--workers", "1", "--fold-repeats", "1", "--resamples", "200"];

describe("routellm calibrate and simulate on the command line: held-out check and held-out integrity", () => {
  it("calibrate does not write a knob whose held-out check misses the target; --force writes it and says so", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-calibrate-"));
    const { config, dataset } = writeShiftedFixture(folder);
    const before = readFileSync(config, "utf8");
    const refused = await runCli(["calibrate", "--config", config, "--dataset", dataset, "--min-quality-ratio", "0.9", ...fast], { timeoutMs: 240_000 });
    expect(refused.stderr).not.toMatch(/routellm: /);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/NOT written: its check on the held-out prompts misses the target, see below; --force writes it anyway/);
    expect(refused.stdout).toMatch(/check on the held-out side \(\d+ prompts.*target MISSED/);
    expect(readFileSync(config, "utf8")).toBe(before);
    const forced = await runCli(["calibrate", "--config", config, "--dataset", dataset, "--min-quality-ratio", "0.9", "--force", ...fast], {
      timeoutMs: 240_000,
    });
    expect(forced.code).toBe(0);
    const written = /bandit\.costWeight = ([\d.e-]+) \(written to .*; --force: its held-out check misses the target\)/.exec(forced.stdout);
    expect(written, forced.stdout).not.toBeNull();
    expect(forced.stdout).toMatch(/target MISSED/);
    expect(readFileSync(config, "utf8")).toMatch(new RegExp(`costWeight: ${written![1]!.replace(".", "\\.")}\\b`));
  }, 600_000);

  it("simulate and calibrate leave out held-out prompts the learned model was trained on, saying how many, or refuse with --seen-prompts refuse", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-seen-"));
    const { config, dataset, heldOut } = writeShiftedFixture(folder);
    // A model trained (--all) on the first 24 prompts of the file: some of them are on the held-out side.
    const lines = readFileSync(dataset, "utf8").trim().split("\n").slice(0, 24);
    const seen = lines.filter((line) => !isTrainId((JSON.parse(line) as { id: string }).id, 0.5)).length;
    expect(seen).toBeGreaterThan(0);
    const partial = join(folder, "partial.outcomes.jsonl");
    writeFileSync(partial, `${lines.join("\n")}\n`);
    const trained = await runCli(["train", "--config", config, "--dataset", partial, "--all", "--out", join(folder, "model.json"), "--write-config"], {
      timeoutMs: 120_000,
    });
    expect(trained.code, trained.stderr).toBe(0);
    const excluded = `${seen} of ${heldOut} held-out prompts excluded`;
    const simulated = await runCli(["simulate", "--config", config, "--dataset", dataset, "--summary", "--no-sweep", "--workers", "1"], { timeoutMs: 240_000 });
    expect(simulated.code, simulated.stderr).toBe(0);
    expect(simulated.stdout).toContain(excluded);
    expect(simulated.stdout).toMatch(new RegExp(`\\| ${heldOut - seen} held-out prompts`));
    const refusedSimulate = await runCli(["simulate", "--config", config, "--dataset", dataset, "--summary", "--seen-prompts", "refuse"], {
      timeoutMs: 240_000,
    });
    expect(refusedSimulate.code).not.toBe(0);
    expect(refusedSimulate.stderr).toContain(`was trained on ${seen} of the ${heldOut} held-out prompts`);
    const calibrated = await runCli(["calibrate", "--config", config, "--dataset", dataset, "--target-cloud-share", "0.5", "--dry-run", ...fast], {
      timeoutMs: 240_000,
    });
    expect(calibrated.stderr).not.toMatch(/routellm: /);
    expect(calibrated.stdout).toContain(`note: ${excluded}`);
    expect(calibrated.stdout).toMatch(new RegExp(`check on the held-out side \\(${heldOut - seen} prompts`));
    const refusedCalibrate = await runCli(
      ["calibrate", "--config", config, "--dataset", dataset, "--target-cloud-share", "0.5", "--dry-run", "--seen-prompts", "refuse", ...fast],
      { timeoutMs: 240_000 },
    );
    expect(refusedCalibrate.code).not.toBe(0);
    expect(refusedCalibrate.stderr).toContain(`was trained on ${seen} of the ${heldOut} held-out prompts`);
  }, 900_000);
});
