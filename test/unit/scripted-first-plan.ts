import type * as LearnedVerify from "../../src/nodes/learned-verify.js";

type Module = typeof LearnedVerify;

/** The learned verifier's module with its first plan forced to `plan`, the cloud model hedged (for a vi.mock factory). */
export function withScriptedFirstPlan(original: Module, plan: "hedge" | "solo-hedge"): Module {
  return {
    ...original,
    planFirstStepFor: (...args: Parameters<Module["planFirstStepFor"]>) => {
      const first = original.planFirstStepFor(...args)!;
      return { ...first, choice: { ...first.choice, plan, modelId: args[3], hedge: "cloud" } };
    },
  };
}
