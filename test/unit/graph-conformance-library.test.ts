// Conformance: every library path that runs the router's graph gives the same outcome and the same
// model-call callback events for each scenario. Paths that answer at once are compared with
// router.invoke, streaming paths with router.stream (once tokens reached the caller, nothing escalates).
import { describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { RouterChatModel, type RouteResult } from "../../src/index.js";
import { expectedFor, ModelCallRecorder, outcomeOf, SCENARIOS, scenarioRouter, scenarioSignal, type Outcome, type Scenario } from "../helpers/conformance.js";

type Path = (scenario: Scenario, recorder: ModelCallRecorder) => Promise<Outcome>;

const AT_ONCE: Record<string, Path> = {
  "router.invoke": (scenario, recorder) => outcomeOf(() => scenarioRouter(scenario, recorder).invoke(scenario.prompt, { signal: scenarioSignal(scenario) })),
  "RouterChatModel.invoke": (scenario, recorder) =>
    outcomeOf(async () => {
      const message = await new RouterChatModel({ router: scenarioRouter(scenario, recorder) }).invoke([new HumanMessage(scenario.prompt)], {
        signal: scenarioSignal(scenario),
      });
      const routed = message.response_metadata["routellm"] as { model: string; escalations: number };
      return { answer: String(message.content), model: routed.model, escalations: routed.escalations };
    }),
};

const STREAMED: Record<string, Path> = {
  "router.stream": (scenario, recorder) =>
    outcomeOf(async () => {
      let text = "";
      let result: RouteResult | undefined;
      for await (const event of scenarioRouter(scenario, recorder).stream(scenario.prompt, { signal: scenarioSignal(scenario) })) {
        if (event.type === "token") text += event.text;
        if (event.type === "end") result = event.result;
      }
      expect(text).toBe(result!.answer);
      return result!;
    }),
  "RouterChatModel.stream": (scenario, recorder) =>
    outcomeOf(async () => {
      let text = "";
      let routed: { model: string; escalations: number } | undefined;
      for await (const chunk of await new RouterChatModel({ router: scenarioRouter(scenario, recorder) }).stream([new HumanMessage(scenario.prompt)], {
        signal: scenarioSignal(scenario),
      })) {
        text += String(chunk.content);
        routed ??= chunk.response_metadata["routellm"] as typeof routed;
      }
      return { answer: text, model: routed!.model, escalations: routed!.escalations };
    }),
};

async function conforms(scenario: Scenario, paths: Record<string, Path>, streamed: boolean): Promise<void> {
  const [referenceName, referencePath] = Object.entries(paths)[0]!;
  const reference = new ModelCallRecorder();
  expect({ path: referenceName, outcome: await referencePath(scenario, reference) }).toEqual({
    path: referenceName,
    outcome: expectedFor(scenario, true, streamed),
  });
  for (const [name, path] of Object.entries(paths).slice(1)) {
    const recorder = new ModelCallRecorder();
    expect({ path: name, outcome: await path(scenario, recorder) }).toEqual({ path: name, outcome: expectedFor(scenario, true, streamed) });
    expect({ path: name, events: recorder.sorted() }).toEqual({ path: name, events: reference.sorted() });
  }
}

describe.each(SCENARIOS)("graph conformance, library paths: $name", (scenario) => {
  it("answering at once: same outcome and model-call events as router.invoke", async () => {
    await conforms(scenario, AT_ONCE, false);
  });
  it("streaming: same outcome and model-call events as router.stream", async () => {
    await conforms(scenario, STREAMED, true);
  });
});
