import { describe, expect, it } from "vitest";
import { createRouter, createSeededRandom } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { StructuredFake } from "../helpers/structured-fake.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const answer = (text: string) => new FakeChatModel(text);

describe("agentic triage", () => {
  const uncertain = "Summarise the meeting notes and list the action items for each person."; // heuristic unsure
  // The rater (llama) only rates: the profile keeps it from answering.
  const config = () =>
    fourModelConfig({
      triage: { agenticBelowConfidence: 1, agentic: { enabled: true, model: "llama", timeoutMs: 200 } },
      profiles: { answerers: { models: ["gemma", "mini", "gpt4o"] } },
    });

  it("asks the small local model when the heuristic is unsure", async () => {
    const rater = new StructuredFake({ complexity: 0.9, domain: "reasoning" });
    const router = createRouter(config(), { models: { llama: rater, gemma: answer("ok"), mini: answer("ok"), gpt4o: answer("ok") } });
    const decision = await router.invoke(uncertain, { profile: "answerers" });
    expect(decision.triage).toMatchObject({ source: "agentic", complexity: 0.9, domain: "reasoning" });
  });

  it.each([
    ["hang", /timed out after 200 ms/],
    ["garbage", /malformed rating/],
  ] as const)("falls back to the heuristic when the rater %s", async (mode, why) => {
    const router = createRouter(config(), { models: { llama: new StructuredFake(mode), gemma: answer("ok"), mini: answer("ok"), gpt4o: answer("ok") } });
    const result = await router.invoke(uncertain, { profile: "answerers" });
    expect(result.triage?.source).toBe("heuristic");
    expect(result.trace.find((entry) => entry.node === "triage")!.why).toMatch(why);
  });
});

describe("judge verifier", () => {
  it("escalates when the judge scores the answer below the threshold", async () => {
    const judge = new StructuredFake({ score: 2, reason: "wrong" });
    const config = fourModelConfig({
      bandit: { costWeight: 5 },
      verifiers: { agreement: { enabled: false }, judge: { enabled: true, model: "mini", threshold: 6 } },
    });
    const router = createRouter(config, {
      models: { llama: answer("meh"), gemma: answer("meh"), mini: judge, gpt4o: answer("great") },
      random: createSeededRandom(5),
    });
    const result = await router.invoke("Explain quantum tunnelling to a child.", { profile: "routellm/auto" });
    expect(judge.calls).toBeGreaterThan(0);
    expect(result.escalations).toBeGreaterThan(0);
    expect(result.reasons.some((reason) => /judge scored 2\/10/.test(reason))).toBe(true);
  });

  it("flags a refusal with the rule checks and escalates", async () => {
    const router = createRouter(fourModelConfig({ bandit: { costWeight: 5 }, verifiers: { agreement: { enabled: false } } }), {
      models: {
        llama: answer("I'm sorry, but I can't help with that."),
        gemma: answer("I'm sorry, but I can't help with that."),
        mini: answer("Here you go."),
        gpt4o: answer("Here you go."),
      },
    });
    const result = await router.invoke("hello there");
    expect(result.answer).toBe("Here you go.");
    expect(result.reasons.some((reason) => reason.includes("the model refused"))).toBe(true);
  });
});
