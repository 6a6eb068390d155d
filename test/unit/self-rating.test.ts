import { describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { RunnableLambda } from "@langchain/core/runnables";
import { selfRatingTrace } from "../../src/nodes/self-rating.js";
import type { RouterRuntime } from "../../src/nodes/node-runtime.js";
import type { AnswerRecord, RouterStateValue } from "../../src/state/router-state.js";

function runtimeWith(rate: () => Promise<unknown>, enabled = true, tier = "local"): RouterRuntime {
  const chat = { withStructuredOutput: () => RunnableLambda.from(rate) };
  return {
    config: { verifiers: { freeForm: { enabled: true, selfRating: { enabled, timeoutMs: 50 } } } },
    models: new Map([["small", { config: { id: "small", tier }, chat }]]),
    hooks: {},
  } as unknown as RouterRuntime;
}

const state = { requestId: "r1", messages: [new HumanMessage("Write a haiku about rain.")] } as unknown as RouterStateValue;
const kept = { modelId: "small", text: "Rain on the rooftop", finalAnswer: undefined } as unknown as AnswerRecord;

describe("local self-rating of a free-form answer", () => {
  it("puts the local model's rating and its latency in the trace", async () => {
    const entry = await selfRatingTrace(
      runtimeWith(async () => ({ rating: 7 })),
      state,
      kept,
      undefined,
    );
    expect(entry?.saw).toEqual({ model: "small", selfRating: 7 });
    expect(entry?.why).toContain("7/10");
    expect(entry?.ms).toBeGreaterThanOrEqual(0);
  });

  it("notes a skipped rating, a timeout, and does nothing when off or for a cloud model", async () => {
    const skipped = await selfRatingTrace(
      runtimeWith(async () => ({ rating: null, note: "replay: no recorded self-ratings" })),
      state,
      kept,
      undefined,
    );
    expect(skipped?.why).toBe("self-rating skipped: replay: no recorded self-ratings");
    const slow = await selfRatingTrace(
      runtimeWith(() => new Promise((resolve) => setTimeout(() => resolve({ rating: 9 }), 500))),
      state,
      kept,
      undefined,
    );
    expect(slow?.why).toContain("timeout");
    expect(
      await selfRatingTrace(
        runtimeWith(async () => ({ rating: 5 }), false),
        state,
        kept,
        undefined,
      ),
    ).toBeUndefined();
    expect(
      await selfRatingTrace(
        runtimeWith(async () => ({ rating: 5 }), true, "cloud"),
        state,
        kept,
        undefined,
      ),
    ).toBeUndefined();
  });
});
