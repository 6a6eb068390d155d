import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const models = () => Object.fromEntries(["llama", "gemma", "mini", "gpt4o"].map((id) => [id, new FakeChatModel("ok", id)]));
const classifier = {
  routes: [
    { name: "smalltalk", utterances: ["hi there", "thanks a lot", "good morning, how are you?", "tell me a joke"], prefer: { tier: "local" as const } },
    { name: "hard-code", utterances: ["design a concurrent lock-free queue in C++", "find the race condition in this Go service"], prefer: { model: "gpt4o" } },
  ],
};

describe("semantic routes steer the selection", () => {
  it("sends an exact utterance to its route's tier every time, and the trace shows score, threshold and effect", async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const router = createRouter(fourModelConfig({ classifier, bandit: { costWeight: 0 } }), { models: models(), random: createSeededRandom(seed) });
      const decision = await router.explain("hi there");
      expect(decision.tier).toBe("local");
      expect(decision.routes[0]).toMatchObject({ name: "smalltalk", matched: true });
      const classifierEntry = decision.trace.find((entry) => entry.node === "semantic_classifier")!;
      expect(classifierEntry.why).toMatch(/matched route "smalltalk" \(similarity 1\.00, threshold 0\.\d\d\)/);
      expect(decision.reasons.join(" ")).toContain('route "smalltalk" prefers tier local');
    }
  });

  it("honours a model preference, and without a match the selection is not steered", async () => {
    const router = createRouter(fourModelConfig({ classifier, bandit: { costWeight: 5 } }), { models: models(), random: createSeededRandom(3) });
    const hard = await router.explain("Find the race condition in this Go service, please");
    expect(hard.model).toBe("gpt4o");
    const unrelated = await router.explain("What is 17*23?");
    expect(unrelated.routes.every((route) => !route.matched)).toBe(true);
    expect(unrelated.reasons.join(" ")).not.toContain("prefers");
  });

  it("never lets a route send a privacy-pinned prompt to the cloud", async () => {
    const router = createRouter(fourModelConfig({ classifier }), { models: models(), random: createSeededRandom(5) });
    const decision = await router.explain("Find the race condition in this Go service; my card is 4111 1111 1111 1111");
    expect(decision.tier).toBe("local");
    expect(decision.reasons.join(" ")).toContain("not allowed for this request: ignored");
  });
});
