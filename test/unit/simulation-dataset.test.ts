import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRouterError } from "../../src/index.js";
import { idFraction, isTrainId, loadReplayItems } from "../../src/simulation/dataset.js";

const fixture = new URL("../fixtures/simulation-tiny.outcomes.jsonl", import.meta.url).pathname;
const models = { a: "small-a", b: "small-b", mini: "mini", big: "big" };

describe("outcome dataset loader", () => {
  it("keeps only the mapped models and counts prompts a mapped model has no record for", async () => {
    const { items, summary } = await loadReplayItems([fixture], { models });
    expect(summary.prompts).toBe(12);
    expect(summary.skipped).toBe(1);
    expect(summary.missing).toEqual({ a: 1 });
    expect(items).toHaveLength(11);
    expect(Object.keys(items[0]!.outcomes).sort()).toEqual(["a", "b", "big", "mini"]);
  });

  it("reports the file, line and field of a bad line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "routellm-sim-"));
    const file = join(dir, "bad.outcomes.jsonl");
    writeFileSync(
      file,
      `{"id":"x","prompt":"p","outcomes":{"m":{"score":1,"out_chars":3}}}\n{"id":"y","prompt":"p","outcomes":{"m":{"score":2,"out_chars":3}}}\n`,
    );
    const error = await loadReplayItems([file], { models: { m: "m" } }).catch((caught: unknown) => caught);
    expect(isRouterError(error, "DATASET_INVALID")).toBe(true);
    expect((error as Error).message).toContain(`${file}:2: outcomes.m.score`);
    expect((error as { details: Record<string, unknown> }).details).toMatchObject({ line: 2, field: "outcomes.m.score" });
  });

  it("splits by a hash of the prompt id, not by position, and the two sides partition the file", async () => {
    expect(idFraction("t-1")).toBe(idFraction("t-1"));
    expect(isTrainId("t-1", 1)).toBe(true);
    expect(isTrainId("t-1", 0)).toBe(false);
    const train = await loadReplayItems([fixture], { models, side: "train", trainFraction: 0.5 });
    const test = await loadReplayItems([fixture], { models, side: "test", trainFraction: 0.5 });
    expect(train.summary.prompts + test.summary.prompts).toBe(12);
    const trainIds = new Set(train.items.map((item) => item.id));
    expect(test.items.some((item) => trainIds.has(item.id))).toBe(false);
    for (const item of train.items) expect(idFraction(item.id)).toBeLessThan(0.5);
  });
});
