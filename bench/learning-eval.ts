/**
 * Held-out evaluation of learned routing: trains on the train split of the given outcome files and
 * replays the held-out split through the learned cascade and the baselines.
 *
 *   npx tsx bench/learning-eval.ts --config bench/learning/gsm8k-3.config.yaml \
 *     --dataset ../shared/datasets/zeroeval_gsm8k.outcomes.jsonl [--json]
 *   npx tsx bench/learning-eval.ts --config F --train A.jsonl --test B.jsonl
 *
 * --cv: two-fold cross-validation (train on each half, test on the other; every prompt held out once).
 * --weights 0,0.1,0.2: the cost weights swept. --json: the full report.
 * --no-success-model: the neighbours' estimates alone (no per-model success regression; ablation).
 * --target-cloud-share 0.2 --paced-weight 0.09: also the cascade with cloud-share pacing (`learned-paced`).
 * --splits 5: the free-form study: APGR with answer features (the free-form verifier on recorded texts),
 *   prompt only, kNN and random on the given split (2-fold CV) and on 5 further seeded random 2-fold
 *   splits, with mean, spread and range (prints only the study).
 * --no-answer-features: the learned router without the free-form verifier (prompt only).
 * --seen-prompts exclude|refuse: held-out prompts a fold's model was trained on (same text, e.g. the
 *   same prompts in the --train and --test files) are left out and counted (default) or stop the run.
 */
import { parseArgs } from "node:util";
import { loadConfigFile } from "../src/config/load-config.js";
import {
  builtinEncoder,
  evaluateLearnedRouting,
  foldsOf,
  loadEvaluationData,
  formatEvaluationReport,
  parseSeenPromptPolicy,
  randomTwoFold,
  formatSplitStudy,
  type EvaluationFold,
  type SplitApgr,
} from "../src/learning/evaluation/index.js";
import { configuredReferenceModel } from "../src/simulation/catalog.js";

const { values } = parseArgs({
  options: {
    config: { type: "string" },
    dataset: { type: "string", multiple: true },
    train: { type: "string", multiple: true },
    test: { type: "string", multiple: true },
    json: { type: "boolean", default: false },
    cv: { type: "boolean", default: false },
    neighbours: { type: "string" },
    components: { type: "string" },
    shift: { type: "string" },
    prior: { type: "string" },
    lookahead: { type: "string" },
    wide: { type: "string" },
    weights: { type: "string" },
    "target-cloud-share": { type: "string" },
    "paced-weight": { type: "string" },
    "no-success-model": { type: "boolean", default: false },
    "no-answer-features": { type: "boolean", default: false },
    "seen-prompts": { type: "string" },
    splits: { type: "string" },
  },
});
if (!values.config) throw new Error("--config is required");
const { config } = loadConfigFile(values.config);
const data = await loadEvaluationData(config, { files: values.dataset, trainFiles: values.train, testFiles: values.test });
const { embed, encoder } = builtinEncoder(config);
const evaluate = (folds: readonly EvaluationFold[], answerFeatures: boolean) =>
  evaluateLearnedRouting({
    models: data.models,
    ladder: data.ladder,
    folds,
    costWeights: values.weights === undefined ? undefined : values.weights.split(",").map(Number),
    lookahead: values.lookahead === undefined ? undefined : Number(values.lookahead),
    paced:
      values["target-cloud-share"] === undefined
        ? undefined
        : { targetCloudShare: Number(values["target-cloud-share"]), costWeight: Number(values["paced-weight"] ?? config.bandit.costWeight) },
    embed,
    encoder,
    seenPrompts: parseSeenPromptPolicy(values["seen-prompts"]),
    referenceId: configuredReferenceModel(config),
    answerFeatures,
    trainOptions: {
      components: values.components === undefined ? undefined : Number(values.components),
      successModel: values["no-success-model"] ? false : undefined,
    },
    predictorOptions: {
      neighbours: values.neighbours === undefined ? undefined : Number(values.neighbours),
      difficultyShift: values.shift === undefined ? undefined : Number(values.shift),
      priorStrength: values.prior === undefined ? undefined : Number(values.prior),
      wideNeighbours: values.wide === undefined ? undefined : Number(values.wide),
    },
  });
if (values.splits !== undefined) {
  const rows: SplitApgr[] = [];
  const study = async (split: string, folds: readonly EvaluationFold[]) => {
    const [withFeatures, promptOnly] = [await evaluate(folds, true), await evaluate(folds, false)];
    rows.push({
      split,
      answerFeatures: withFeatures.apgr.learned,
      promptOnly: promptOnly.apgr.learned,
      knn: withFeatures.apgr.knn,
      random: withFeatures.apgr.random,
    });
    console.error(
      `${split}: answer features ${withFeatures.apgr.learned.toFixed(3)}, prompt only ${promptOnly.apgr.learned.toFixed(3)}, kNN ${withFeatures.apgr.knn.toFixed(3)}`,
    );
  };
  await study("id split, 2-fold CV", foldsOf(data, true));
  for (let seed = 1; seed <= Number(values.splits); seed++) await study(`random split seed ${seed}`, randomTwoFold([...data.train, ...data.test], seed));
  console.log(formatSplitStudy(rows));
} else {
  const report = await evaluate(foldsOf(data, values.cv), !values["no-answer-features"]);
  console.log(values.json ? JSON.stringify(report, null, 2) : formatEvaluationReport(report));
}
