// How close the learned predictor's expected output lengths come to the recorded ones, per dataset and
// model, plain (`expectedOutputTokens`) and corrected by the neighbours' own leave-one-out errors
// (`calibratedOutputTokens`, bandit.calibratedOutputLengths; docs/latency-and-adaptation.md, session 30):
//
//   npx tsx scripts/output-length-check.ts <config.yaml> <router-model.json> <trace.jsonl> <outcomes.jsonl>…
//
// The trace (simulate --trace-out) names the held-out prompts; lengths are recorded characters / 4.
import { readFileSync } from "node:fs";
import { loadConfigFile } from "../src/config/load-config.js";
import { deserialiseRouterModel } from "../src/learning/router-model.js";
import { createKnnSuccessPredictor } from "../src/learning/knn-success-predictor.js";
import { createPromptEncoder } from "../src/learning/evaluation/prompt-encoder.js";

const [configPath, modelPath, tracePath, ...datasets] = process.argv.slice(2);
if (!configPath || !modelPath || !tracePath || datasets.length === 0)
  throw new Error("usage: tsx scripts/output-length-check.ts <config.yaml> <router-model.json> <trace.jsonl> <outcomes.jsonl>…");
const { config } = loadConfigFile(configPath);
const predictor = createKnnSuccessPredictor(deserialiseRouterModel(readFileSync(modelPath, "utf8")));
const names = new Map(Object.entries(config.simulation.models));
const heldOut = new Set(
  readFileSync(tracePath, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id),
);
process.stdout.write("dataset model: prompts, mean tokens expected / calibrated / recorded, mean absolute error expected / calibrated\n");
for (const file of datasets) {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; prompt: string; outcomes: Record<string, { out_chars: number }> })
    .filter((row) => heldOut.has(row.id));
  const encoder = await createPromptEncoder(
    config,
    rows.map((row) => row.prompt),
  );
  for (const [modelId, name] of names) {
    let plain = 0;
    let calibrated = 0;
    let recorded = 0;
    let plainError = 0;
    let calibratedError = 0;
    for (const row of rows) {
      const vector = encoder.embed(row.prompt);
      const truth = (row.outcomes[Array.isArray(name) ? name[0]! : name]?.out_chars ?? 0) / 4;
      const expected = predictor.expectedOutputTokens(vector, modelId) ?? 0;
      const corrected = predictor.calibratedOutputTokens?.(vector, modelId) ?? expected;
      plain += expected;
      calibrated += corrected;
      recorded += truth;
      plainError += Math.abs(expected - truth);
      calibratedError += Math.abs(corrected - truth);
    }
    const mean = (value: number) => (value / Math.max(1, rows.length)).toFixed(0);
    process.stdout.write(
      `${file.split("/").pop()} ${modelId}: ${rows.length}, ${mean(plain)} / ${mean(calibrated)} / ${mean(recorded)}, ${mean(plainError)} / ${mean(calibratedError)}\n`,
    );
  }
}
