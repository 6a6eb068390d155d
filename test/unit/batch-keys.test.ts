import { describe, expect, it } from "vitest";
import { createBatchKeys, hashTaggedPrefix, isBatchId, newBatchId, promptJobId } from "../../src/batch/keys.js";
import { retryDelayMs } from "../../src/batch/backoff.js";

describe("batch keys", () => {
  it("puts every key under one Redis Cluster hash tag", () => {
    expect(hashTaggedPrefix("routellm")).toBe("{routellm}");
    expect(hashTaggedPrefix("team-a:{rl}")).toBe("team-a:{rl}");
    const keys = createBatchKeys("routellm");
    const all = [keys.bullPrefix, keys.index, keys.meta("b1"), keys.results("b1"), keys.rateLimit("gpt-4o"), keys.concurrency("llama")];
    for (const key of all) expect(key.startsWith("{routellm}")).toBe(true);
  });

  it("makes job ids BullMQ accepts and batch ids it recognises", () => {
    const id = newBatchId(1_700_000_000_000, () => 0.5);
    expect(isBatchId(id)).toBe(true);
    expect(isBatchId("../etc")).toBe(false);
    expect(promptJobId(id, 12)).toBe(`${id}.12`);
    expect(promptJobId(id, 12)).not.toContain(":");
  });
});

describe("retry backoff", () => {
  const settings = { backoffMs: 100, backoffMaxMs: 1_000 };
  it("doubles per retry with jitter between half and all of the step, capped", () => {
    expect(retryDelayMs(1, undefined, settings, () => 0)).toBe(50);
    expect(retryDelayMs(1, undefined, settings, () => 0.999999)).toBe(100);
    expect(retryDelayMs(3, undefined, settings, () => 0.999999)).toBe(400);
    expect(retryDelayMs(10, undefined, settings, () => 0.999999)).toBe(1_000);
  });
  it("never retries before the upstream's Retry-After", () => {
    expect(retryDelayMs(1, { details: { retryAfterMs: 5_000 } }, settings, () => 0)).toBe(5_000);
    expect(retryDelayMs(1, { details: { retryAfterMs: "soon" } }, settings, () => 0)).toBe(50);
  });
});
