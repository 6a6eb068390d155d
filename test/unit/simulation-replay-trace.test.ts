import { describe, expect, it } from "vitest";
import { traceLine } from "../../src/simulation/replay-trace.js";
import type { RouteResult } from "../../src/index.js";

describe("simulate --trace-out: one line per routed prompt", () => {
  it("gives each call's start relative to the request, the attempts, the recorded scores and the first step's plans", () => {
    const item = {
      id: "crux-1",
      prompt: "p",
      category: null,
      outcomes: {
        local: { score: 0, outChars: 400, answer: "1" },
        cloud: { score: 1, outChars: 800, answer: "2" },
        other: { score: 1, outChars: 10, answer: "2" },
      },
    };
    const usage = (outputTokens: number) => ({ inputTokens: 10, outputTokens, costUsd: 0 });
    const result = {
      model: "cloud",
      attempts: [
        { modelId: "local", tier: "local", ok: true, latencyMs: 1000, usage: usage(100), reason: "selected" },
        { modelId: "cloud", tier: "cloud", ok: true, latencyMs: 2000, usage: usage(200), reason: "escalation" },
      ],
      trace: [{ node: "bandit_selector", ms: 1, saw: { plans: ["solo:local=0.9"] }, why: "plan solo" }],
    } as unknown as RouteResult;
    const log = { item, calls: 2, cloudCalls: 1, calledModels: ["local", "cloud"], calledAt: [5000, 6000] };
    const line = traceLine(item, result, { latencyMs: 3000, directLatencyMs: 2000 } as never, log, 5000);
    expect(line.calls).toEqual([
      { modelId: "local", startMs: 0 },
      { modelId: "cloud", startMs: 1000 },
    ]);
    expect(line.attempts.map((attempt) => [attempt.modelId, attempt.reason, attempt.outputTokens])).toEqual([
      ["local", "selected", 100],
      ["cloud", "escalation", 200],
    ]);
    expect(line.recorded).toEqual({ local: { score: 0, outChars: 400 }, cloud: { score: 1, outChars: 800 } });
    expect(line).toMatchObject({ latencyMs: 3000, directLatencyMs: 2000, plans: ["solo:local=0.9"], selected: "plan solo" });
  });
});
