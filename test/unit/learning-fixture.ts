import { hashedVector } from "../../src/policies/hashed-vector.js";
import { createVirtualClock } from "../../src/index.js";
import { RecordedChatModel, RecordingBook } from "../../src/simulation/recorded-chat-model.js";
import { VirtualServing } from "../../src/simulation/virtual-serving.js";
import { FLAT_LATENCY } from "../helpers/flat-latency.js";
import type { TrainingItem } from "../../src/learning/train-router-model.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";
import type { Router } from "../../src/router/types.js";

/**
 * A small synthetic outcome set: "sum" prompts the local models solve (and agree on), "proof"
 * prompts only the cloud model solves (the locals disagree). Deterministic.
 */
export function fixtureItems(count = 40): Array<TrainingItem & { id: string }> {
  const items: Array<TrainingItem & { id: string }> = [];
  for (let index = 0; index < count; index++) {
    const easy = index % 2 === 0;
    const prompt = easy
      ? `What is the sum of ${index} and ${index + 3} apples in the basket?`
      : `Prove the theorem about prime gaps number ${index} using analytic number theory.`;
    items.push({
      id: `item-${index}`,
      prompt,
      outcomes: {
        small: { score: easy ? 1 : 0, outChars: 200, answer: easy ? String(2 * index + 3) : "7" },
        medium: { score: easy ? 1 : 0, outChars: 300, answer: easy ? String(2 * index + 3) : "9" },
        cloud: { score: 1, outChars: 400, answer: easy ? String(2 * index + 3) : "42" },
      },
    });
  }
  return items;
}

export const FIXTURE_MODELS = [
  { id: "small", datasetName: "small-model" },
  { id: "medium", datasetName: "medium-model" },
  { id: "cloud", datasetName: "cloud-model" },
];

export const embed = (texts: readonly string[]) => texts.map((text) => hashedVector(text, 128));
export const ENCODER = { provider: "builtin" as const, dimensions: 128 };

/** Two local models and a cloud model with the fixture's encoder: the router config of the learned-graph tests. */
export function learnedGraphConfig(
  bandit: NonNullable<import("../../src/index.js").RouterConfigInput["bandit"]>,
): import("../../src/index.js").RouterConfigInput {
  return {
    models: [
      { id: "small", provider: "ollama", model: "small", tier: "local" },
      { id: "medium", provider: "ollama", model: "medium", tier: "local" },
      { id: "cloud", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
    ],
    ladder: ["small", "medium", "cloud"],
    classifier: { embeddings: { provider: "builtin", dimensions: ENCODER.dimensions } },
    bandit,
  };
}

/**
 * The fixture's three models replaying recorded outcomes on one virtual clock (each local model on
 * its own device, no concurrency limit): run each request inside `book.run(item, …)`.
 */
export function recordedFixtureModels(latency = FLAT_LATENCY) {
  const clock = createVirtualClock(0);
  const book = new RecordingBook();
  const serving = new VirtualServing(clock, { sharedLocalDevice: false, maxConcurrency: new Map() });
  const models = Object.fromEntries(
    (["small", "medium", "cloud"] as const).map((id) => [
      id,
      new RecordedChatModel({ modelId: id, tier: id === "cloud" ? "cloud" : "local", book, clock, latency, seed: 1, serving }),
    ]),
  );
  return { clock, book, models };
}

/** The two local models both wrong on a "proof" prompt, disagreeing: the outcomes the hedge tests start from. */
export const WRONG_LOCALS = { small: { score: 0, outChars: 200, answer: "7" }, medium: { score: 0, outChars: 300, answer: "9" } };

/** One request of `prompt` through `router` with the recorded `outcomes`, the router closed after it. */
export async function invokeOnce(book: RecordingBook, router: Router, prompt: string, outcomes: ReplayItem["outcomes"]) {
  const result = await book.run({ id: "once", prompt, category: null, outcomes }, () => router.invoke(prompt));
  await router.close();
  return result;
}
