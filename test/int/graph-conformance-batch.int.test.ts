// Conformance: a batch worker runs the same graph as router.invoke: same outcome and model-call
// events for each scenario (abort needs a caller's signal: the library paths cover it).
import { afterEach, describe, expect, it } from "vitest";
import { createBatchQueue, createBatchWorker, resolveBatchConfig } from "../../src/batch/index.js";
import { expectedFor, ModelCallRecorder, outcomeOf, SCENARIOS, scenarioRouter, type Outcome, type Scenario } from "../helpers/conformance.js";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix, waitFor } from "../helpers/batch-redis.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function viaBatch(scenario: Scenario, recorder: ModelCallRecorder): Promise<Outcome> {
  const prefix = uniquePrefix("conformance");
  // One run per prompt: a retried job would call the models again.
  const settings = resolveBatchConfig({ redisUrl: TEST_REDIS_URL, queuePrefix: prefix, maxAttempts: 1 });
  const queue = createBatchQueue({ batch: settings });
  const worker = createBatchWorker({ router: scenarioRouter(scenario, recorder), batch: settings, concurrency: 1 });
  cleanups.push(
    () => deletePrefix(TEST_REDIS_URL, prefix),
    () => queue.close(),
    () => worker.close({ graceMs: 500 }),
  );
  const { batchId } = await queue.submit([{ id: "p1", prompt: scenario.prompt }]);
  await waitFor(async () => (await queue.status(batchId)).status === "completed", "the batch to complete");
  const [result] = await queue.results(batchId);
  if (result!.error) return { ok: false, code: result!.error.code };
  return { ok: true, answer: result!.answer!, model: result!.model!, escalations: result!.escalations };
}

describe.each(SCENARIOS.filter((scenario) => !scenario.aborted))("graph conformance, batch worker: $name", (scenario) => {
  it("answers like router.invoke, with the same model calls", async () => {
    const reference = new ModelCallRecorder();
    expect(await outcomeOf(() => scenarioRouter(scenario, reference).invoke(scenario.prompt))).toEqual(expectedFor(scenario, true));
    const recorder = new ModelCallRecorder();
    expect(await viaBatch(scenario, recorder)).toEqual(expectedFor(scenario, true));
    expect(recorder.sorted()).toEqual(reference.sorted());
  });
});
