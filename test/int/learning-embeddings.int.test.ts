import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { createRouterFromConfig, loadConfigFile } from "../../src/index.js";
import { runCli } from "../helpers/run-cli.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";
import { FIXTURE_MODELS, fixtureItems } from "../unit/learning-fixture.js";

let ollama: ProtocolServer;
let dir: string;

function config(embeddings: string, learnedModel?: string): string {
  const model = (id: string, tier: string) => `  - { id: ${id}, provider: ollama, baseUrl: "${ollama.url}", model: ${id}, tier: ${tier} }`;
  return [
    "models:",
    model("small", "local"),
    model("medium", "local"),
    `  - { id: cloud, provider: openai, model: gpt-4o, tier: cloud, pricing: { inputPer1M: 2.5, outputPer1M: 10 } }`,
    "classifier:",
    `  embeddings: ${embeddings}`,
    ...(learnedModel ? [`  learnedModel: ${learnedModel}`] : []),
    "simulation:",
    `  models: { ${FIXTURE_MODELS.map((entry) => `${entry.id}: ${entry.datasetName}`).join(", ")} }`,
    "",
  ].join("\n");
}

beforeAll(async () => {
  ollama = await startOllamaServer({ embeddingDimensions: 24 });
  dir = mkdtempSync(join(tmpdir(), "routellm-train-embeddings-"));
  const names = new Map(FIXTURE_MODELS.map((entry) => [entry.id, entry.datasetName]));
  const lines = fixtureItems(60).map((item) =>
    JSON.stringify({
      id: item.id,
      source: "fixture",
      category: null,
      prompt: item.prompt,
      outcomes: Object.fromEntries(
        Object.entries(item.outcomes).map(([id, outcome]) => [names.get(id), { score: outcome!.score, out_chars: outcome!.outChars, answer: outcome!.answer }]),
      ),
    }),
  );
  writeFileSync(join(dir, "fixture.outcomes.jsonl"), `${lines.join("\n")}\n`);
  writeFileSync(join(dir, "ollama.yaml"), config(`{ provider: ollama, baseUrl: "${ollama.url}", model: nomic-embed-text }`));
});
afterAll(() => ollama.close());

describe("training on a service encoder", () => {
  it("embeds every prompt once through OllamaEmbeddings, records the encoder, and routes with it", async () => {
    const result = await runCli([
      "train",
      "--config",
      join(dir, "ollama.yaml"),
      "--dataset",
      join(dir, "fixture.outcomes.jsonl"),
      "--out",
      join(dir, "model.json"),
      "--components",
      "8",
      "--json",
    ]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, "model.json"), "utf8"));
    expect(model.encoder).toEqual({ provider: "ollama", model: "nomic-embed-text", dimensions: 24 });
    const embedded = ollama.requestsTo("/api/embed").flatMap((request) => (request.body as { input: string[] }).input);
    expect(new Set(embedded).size).toBe(embedded.length);
    expect(embedded).toHaveLength(60);

    writeFileSync(join(dir, "routed.yaml"), config(`{ provider: ollama, baseUrl: "${ollama.url}", model: nomic-embed-text }`, "model.json"));
    const router = await createRouterFromConfig(loadConfigFile(join(dir, "routed.yaml")));
    const decision = await router.explain("What is the sum of 4 and 7 apples in the basket?");
    expect(decision.trace.map((entry) => entry.node)).toContain("semantic_classifier");
    expect(ollama.requestsTo("/api/embed").length).toBeGreaterThan(1);
    await router.close();
  });

  it("refuses a learned model trained on another encoder, naming classifier.embeddings", async () => {
    writeFileSync(join(dir, "builtin.yaml"), config("{ provider: builtin, dimensions: 512 }", "model.json"));
    await expect(createRouterFromConfig(loadConfigFile(join(dir, "builtin.yaml")))).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("classifier.embeddings"),
    });
  });
});
