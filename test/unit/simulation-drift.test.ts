import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { replayGraph } from "../../src/simulation/index.js";
import { loadRouterFactory } from "../../src/simulation/router-factory.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

describe("replayGraph drift", () => {
  it("collects the router's drift through hooks.onDrift (no process warning) and keeps the first report", async () => {
    const factory = await loadRouterFactory();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const signal = { signal: "escalation" as const, observed: 0.02, expected: 0.08, samples: 50 };
    let calls = 0;
    const result = await replayGraph({
      job: { name: "router", config: parseConfig(fourModelConfig()) },
      items: [1, 2, 3].map((n) => ({ id: `p${n}`, prompt: `What is ${n} + ${n}?`, category: null, outcomes: {} })),
      seed: 1,
      createRouter: async (config, dependencies) => {
        const router = await factory(config, dependencies);
        return {
          ...router,
          invoke: async (input, options) => {
            calls += 1;
            if (calls >= 2) dependencies.hooks?.onDrift?.([{ ...signal, observed: calls / 100 }]);
            return router.invoke(input, options);
          },
        };
      },
    });
    process.off("warning", onWarning);
    expect(result.drift).toEqual({ prompt: 1, signals: [{ ...signal, observed: 0.02 }] });
    expect(warnings.filter((warning) => warning.name === "RouteLLMDriftWarning")).toEqual([]);
  });
});
