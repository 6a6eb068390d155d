// Conformance: the server (JSON and SSE) and the simulator run the same graph as router.invoke /
// router.stream: same outcome and model-call events for each scenario (abort needs a caller's signal:
// the library paths cover it).
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { parseConfig, type RouteResult, type Router } from "../../src/index.js";
import { createServer } from "../../src/server/index.js";
import { serverSchema } from "../../src/config/sections/server.js";
import { replayGraph } from "../../src/simulation/index.js";
import { expectedFor, ModelCallRecorder, outcomeOf, SCENARIOS, scenarioOptions, scenarioRouter, type Outcome, type Scenario } from "../helpers/conformance.js";
import { createRouter } from "../../src/index.js";
import { sseEvents } from "./server-test-kit.js";

async function viaServer(router: Router, scenario: Scenario, stream: boolean): Promise<Outcome> {
  const server = createServer({
    router,
    settings: serverSchema.parse({}),
    env: {},
    logger: pino({ level: "silent" }),
    defaultMetrics: false,
    modelProbe: async () => true,
  });
  try {
    const response = await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: { model: "routellm/auto", stream, messages: [{ role: "user", content: scenario.prompt }] },
    });
    if (!stream) {
      const body = response.json();
      if (response.statusCode !== 200) return { ok: false, code: String(body.error?.code ?? response.statusCode) };
      return { ok: true, answer: body.choices[0].message.content, model: body.model };
    }
    const events = sseEvents(response.body)
      .filter((event) => event !== "[DONE]")
      .map((event) => JSON.parse(event));
    const failure = events.find((event) => event.error);
    if (failure || response.statusCode !== 200) return { ok: false, code: String(failure?.error?.code ?? response.json().error?.code ?? response.statusCode) };
    return { ok: true, answer: events.map((event) => event.choices?.[0]?.delta?.content ?? "").join(""), model: events[0].model };
  } finally {
    await server.close(0);
  }
}

/** The server reports a RouterError's code in lower case (OpenAI style) or as an HTTP status. */
function serverExpected(expected: Outcome, code: string | undefined): Outcome {
  return expected.ok ? expected : { ok: false, code: code ?? expected.code };
}

async function viaSimulation(scenario: Scenario, recorder: ModelCallRecorder): Promise<Outcome> {
  const config = parseConfig(scenario.config);
  let result: RouteResult | undefined;
  let failure: Outcome | undefined;
  await replayGraph({
    job: { name: scenario.name, config },
    items: [{ id: "p1", prompt: scenario.prompt, category: null, outcomes: {} }],
    seed: 1,
    createRouter: (routerConfig, dependencies) => {
      const router = createRouter(routerConfig, { ...dependencies, ...scenarioOptions(scenario, recorder) });
      return {
        ...router,
        invoke: async (input, options) => {
          const outcome = await outcomeOf(async () => (result = await router.invoke(input, options)));
          if (!outcome.ok) failure = outcome;
          if (result) return result;
          throw new Error("failed");
        },
      };
    },
  });
  return failure ?? { ok: true, answer: result!.answer, model: result!.model, escalations: result!.escalations };
}

const runtimeScenarios = SCENARIOS.filter((scenario) => !scenario.aborted);

describe.each(runtimeScenarios)("graph conformance, runtimes: $name", (scenario) => {
  it("the server's JSON and SSE answers match router.invoke and router.stream, model calls included", async () => {
    for (const stream of [false, true]) {
      const reference = new ModelCallRecorder();
      const direct = await outcomeOf(async () => {
        const router = scenarioRouter(scenario, reference);
        if (!stream) return router.invoke(scenario.prompt);
        let result: RouteResult | undefined;
        for await (const event of router.stream(scenario.prompt)) if (event.type === "end") result = event.result;
        return result!;
      });
      expect(direct).toEqual(expectedFor(scenario, true, stream));
      const recorder = new ModelCallRecorder();
      const served = await viaServer(scenarioRouter(scenario, recorder), scenario, stream);
      expect({ stream, served }).toEqual({ stream, served: serverExpected(expectedFor(scenario, false, stream), served.ok ? undefined : served.code) });
      expect({ stream, events: recorder.sorted() }).toEqual({ stream, events: reference.sorted() });
    }
  });

  it("the simulator's replay matches router.invoke, model calls included", async () => {
    const reference = new ModelCallRecorder();
    expect(await outcomeOf(() => scenarioRouter(scenario, reference).invoke(scenario.prompt))).toEqual(expectedFor(scenario, true));
    const recorder = new ModelCallRecorder();
    expect(await viaSimulation(scenario, recorder)).toEqual(expectedFor(scenario, true));
    expect(recorder.sorted()).toEqual(reference.sorted());
  });
});
