/**
 * Is calibrate's forecast interval honest? Re-splits the shipped sample (data/sample, 320 prompts)
 * in halves by a salted hash of the id (split s: sha256("split<s>:" + id) < 0.5), and on each split:
 * trains the held-out model on the train half and replays the held-out half with it (what simulate
 * reports), and forecasts it as calibrate does (2-fold cross-fitting of the train half, graph replay,
 * 95% prediction interval for the held-out half) from one assignment and from three. Two knobs: a
 * quality-target knob (costWeight 0.186145) and a cloud-share target (1.7958 with
 * bandit.targetCloudShare 0.5). One JSON line per split and knob; a summary at the end.
 * Run: npx tsx bench/calibrate-coverage.ts [first split] [last split + 1]   (about a minute per split on a quiet machine)
 */
import { loadConfigFile } from "../src/config/index.js";
import {
  createPromptEncoder,
  crossFitFolds,
  evaluationModels,
  forecastFigures,
  idFraction,
  replayAtWeights,
  replayFigures,
  trainOnItems,
} from "../src/learning/evaluation/index.js";
import { configuredReferenceModel, createCatalog, createReplayPool, prepareInputs, SAMPLE_CONFIG_PATH, SAMPLE_DATASET_PATH } from "../src/simulation/index.js";

const [from, to] = [Number(process.argv[2] ?? 0), Number(process.argv[3] ?? 20)];
const config = loadConfigFile(SAMPLE_CONFIG_PATH).config;
const seed = 42;
const inputs = await prepareInputs(config, { dataset: [SAMPLE_DATASET_PATH] }, seed);
const all = [...inputs.trainItems, ...inputs.testItems];
const { models } = evaluationModels(config);
const { embed, encoder } = await createPromptEncoder(
  config,
  all.map((item) => item.prompt),
);
const referenceId = configuredReferenceModel(config, createCatalog(config));
const pool = createReplayPool({ seed, workers: 0 });
const knobs = [
  { name: "quality-knob", weight: 0.186145 },
  { name: "cloud-share-0.5", weight: 1.7958, targetCloudShare: 0.5 },
];
const rows: Array<{ knob: string; actual: number; one: { value: number; low: number; high: number }; three: { value: number; low: number; high: number } }> =
  [];
try {
  for (let split = from; split < to; split++) {
    const train = all.filter((item) => idFraction(`split${split}:${item.id}`) < 0.5);
    const heldOut = all.filter((item) => idFraction(`split${split}:${item.id}`) >= 0.5);
    const model = await trainOnItems(train, { models, embed, encoder });
    const assignments = await Promise.all([0, 1, 2].map((repeat) => crossFitFolds(train, { models, embed, encoder }, { folds: 2, repeat })));
    for (const knob of knobs) {
      const setup = { config, seed, referenceId, pool, ...(knob.targetCloudShare ? { targetCloudShare: knob.targetCloudShare } : {}) };
      const replayed = (await replayAtWeights(setup, [{ items: heldOut, routerModel: model }], [knob.weight])).get(knob.weight)!;
      const actual = replayFigures(replayed, referenceId, { resamples: 1000, seed }).qualityRatio.value;
      const replays = await Promise.all(assignments.map(async (sides) => (await replayAtWeights(setup, sides, [knob.weight])).get(knob.weight)!));
      const options = { resamples: 1000, seed, predictFor: heldOut.length };
      const row = {
        knob: knob.name,
        actual,
        one: forecastFigures([replays[0]!], referenceId, options).qualityRatio,
        three: forecastFigures(replays, referenceId, options).qualityRatio,
      };
      rows.push(row);
      process.stdout.write(`${JSON.stringify({ split, ...row })}\n`);
    }
  }
} finally {
  await pool.close();
}
const pct = (value: number) => (value * 100).toFixed(2);
for (const knob of knobs) {
  const mine = rows.filter((row) => row.knob === knob.name);
  for (const key of ["one", "three"] as const) {
    const misses = mine.map((row) => row.actual - row[key].value);
    const mean = misses.reduce((sum, value) => sum + value, 0) / misses.length;
    const sd = Math.sqrt(misses.reduce((sum, value) => sum + (value - mean) ** 2, 0) / misses.length);
    const inside = mine.filter((row) => row.actual >= row[key].low && row.actual <= row[key].high).length;
    const implied = mine.reduce((sum, row) => sum + (row[key].high - row[key].low) / 2 / 1.96, 0) / mine.length;
    process.stdout.write(
      `${knob.name}, forecast from ${key} assignment(s): simulate minus forecast ${pct(mean)} points (SD ${pct(sd)}; the interval implies ${pct(implied)}); inside the interval ${inside}/${mine.length}\n`,
    );
  }
}
