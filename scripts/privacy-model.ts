/**
 * Trains and evaluates the privacy guard's learned second opinion (src/privacy/learned/).
 * Training data: every development set (TRAINING_SETS: eight authors' sets, and since session 35 the A halves
 * of dev-10 … dev-25); the B halves of dev-6, dev-7, dev-8 and dev-10 … dev-101 are never trained on (TEST_SETS;
 * dev-26b … dev-101b since sessions 36–44, whose retraining with dev-26a … dev-28a was not kept: docs/privacy.md);
 * eval/privacy/independent* is never read.
 *   npx tsx scripts/privacy-model.ts --train          trains on every training set, thresholds from
 *                                                      leave-one-set-out predictions; writes data/privacy-model/model.json
 *   npx tsx scripts/privacy-model.ts --leave-one-out  per training set: a model trained on the others (its
 *                                                      thresholds from their own leave-one-set-out), scored on it
 *   npx tsx scripts/privacy-model.ts --test           the B halves: rules alone vs rules + the shipped model
 *   npx tsx scripts/privacy-model.ts --word-clusters  writes data/privacy-model/word-clusters.bin only (--train does too):
 *                                                      each word vector's cluster codes, read at start-up instead of computed
 * Options: --rule-findings (features include the rules' candidates and findings), --budget F (threshold rule),
 *   --class-weight balanced|prior|corrected (default balanced), --no-intercept-floor (thresholds may lie below
 *   the probability of a prompt without evidence, the pre-retraining rule).
 * Deterministic: the same data gives the same weights (seeded order, no randomness elsewhere).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate, loadLabelled } from "../eval/privacy/evaluate.js";
import { createPrivacyScanner, type PrivacyFinding } from "../src/privacy/index.js";
import { createScanAnalyser } from "../src/privacy/scanner.js";
import { normalizeForScan } from "../src/privacy/normalize.js";
import { computeWordClusters, promptFeatures, serializeWordClusters, type FeatureVector, type RuleSignals } from "../src/privacy/learned/features.js";
import {
  LEARNED_HEADS,
  OPTIONAL_HEADS,
  headProbability,
  learnedFindings,
  parseLearnedModel,
  serializeHead,
  type LearnedHead,
  type LearnedModel,
  type SerializedModel,
} from "../src/privacy/learned/model.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const privacy = (file: string) => join(root, "eval/privacy", file);

/**
 * dev-10 … dev-101 (those present): each written by another author, split into halves a (trained on) and b (never
 * trained on).
 */
const DEV_HALVES = Array.from({ length: 92 }, (_, index) => index + 10).filter((n) => existsSync(privacy(`dev-${n}/b.jsonl`)));
/**
 * The A halves the model is trained on: every development set's (dev-10 … dev-81 since session 50; sessions 35–49
 * shipped dev-10 … dev-25 only, session 36's retraining with dev-26a … dev-28a was not kept: docs/privacy.md).
 */
const throughIndex = process.argv.indexOf("--trained-through");
/** `--trained-through N`: only the A halves of dev-10 … dev-N (the generalisation experiment of session 50; 25 = the session-35 data). */
const TRAINED_THROUGH = throughIndex >= 0 ? Number(process.argv[throughIndex + 1]) : Infinity;
const TRAINED_HALVES = DEV_HALVES.filter((n) => n <= TRAINED_THROUGH);
export const TRAINING_SETS: ReadonlyArray<[string, string]> = [
  ["dataset", "dataset.jsonl"],
  ["dev-2", "dataset-dev-2.jsonl"],
  ["dev-3", "dataset-dev-3.jsonl"],
  ["dev-4", "dataset-dev-4.jsonl"],
  ["dev-5", "dataset-dev-5.jsonl"],
  ["dev-judge", "dataset-dev-judge.jsonl"],
  ["dev-6a", "dev-6/a.jsonl"],
  ["dev-7a", "dev-7/a.jsonl"],
  ["dev-8a", "dev-8/a.jsonl"],
  ["dev-9", "dev-9/set.jsonl"],
  // Session 35: the A halves of the sets written by other authors since (their B halves are TEST_SETS).
  ...TRAINED_HALVES.map((n): [string, string] => [`dev-${n}a`, `dev-${n}/a.jsonl`]),
];
export const TEST_SETS: ReadonlyArray<[string, string]> = [
  ["dev-6b", "dev-6/b.jsonl"],
  ["dev-7b", "dev-7/b.jsonl"],
  ["dev-8b", "dev-8/b.jsonl"],
  ...DEV_HALVES.map((n): [string, string] => [`dev-${n}b`, `dev-${n}/b.jsonl`]),
];

const BUCKETS = 1 << 14;
/**
 * `--rule-findings`: features with the rules' candidates and findings too. Off by default: such a model
 * learns to repeat the rules (tuned on these very sets) and added nothing on the B halves (docs/privacy.md).
 */
const RULE_FINDINGS = process.argv.includes("--rule-findings");
const EPOCHS = 40;
const LEARNING_RATE = 0.3;
const L2 = 1e-4;
/** Threshold rule: the lowest probability at which the added false positives stay within this share of the negatives. */
const budgetIndex = process.argv.indexOf("--budget");
/** `--budget F` overrides it (0.005, 0.0025 and 0.001 were compared: docs/privacy.md). */
const ADDED_FALSE_POSITIVE_BUDGET = budgetIndex >= 0 ? Number(process.argv[budgetIndex + 1]) : 0.0025;
const MIN_THRESHOLD = 0.5;
/**
 * Class weighting: `balanced` (positives weighted up to 10×, the session-29 model), `prior` (the true class
 * prior, no weighting) or `corrected` (balanced, then the intercept lowered by ln(positive weight), the
 * prior correction of a weighted logistic regression). `--class-weight MODE` overrides it.
 */
const classWeightIndex = process.argv.indexOf("--class-weight");
const CLASS_WEIGHT = classWeightIndex >= 0 ? process.argv[classWeightIndex + 1]! : "balanced";
if (!["balanced", "prior", "corrected"].includes(CLASS_WEIGHT)) throw new Error(`--class-weight: balanced, prior or corrected, not ${CLASS_WEIGHT}`);

/** Gold categories a head's added finding would NOT match, yet are the same kind of data: left out of that head's training. */
const AMBIGUOUS: Record<"health" | "financial", readonly string[]> = { health: ["medical_record"], financial: ["bank_account", "iban", "payment_card"] };
/**
 * The identifier head's positives (session 50): prompts holding an identity document number. Its negatives are the
 * non-sensitive prompts only (a prompt with other personal data is left out: the head adds a finding only when the
 * rules report nothing at all).
 */
const IDENTIFIER_CATEGORIES = ["national_id", "passport", "driver_license", "us_ssn", "tax_id"];
/** The heads trained: health and financial, and the identifier head unless `--no-identifier` (the session-49 model's two). */
const TRAINED_HEADS: readonly LearnedHead[] = process.argv.includes("--no-identifier") ? LEARNED_HEADS : [...LEARNED_HEADS, ...OPTIONAL_HEADS];

interface Example {
  set: string;
  id: string;
  prompt: string;
  sensitive: boolean;
  gold: Set<string>;
  features: FeatureVector;
  signals: RuleSignals;
  text: string;
  ruleFindings: PrivacyFinding[];
}

function loadExamples(sets: ReadonlyArray<[string, string]>): Example[] {
  const analyse = createScanAnalyser({}, true);
  const examples: Example[] = [];
  for (const [set, file] of sets)
    for (const record of loadLabelled(privacy(file))) {
      const analysis = analyse(normalizeForScan(record.prompt).text);
      const gold = new Set(record.spans.map((span) => span.category));
      examples.push({
        set,
        id: record.id,
        prompt: record.prompt,
        sensitive: record.sensitive || gold.size > 0,
        gold,
        features: promptFeatures(analysis.lower, analysis.signals!, BUCKETS, RULE_FINDINGS),
        signals: analysis.signals!,
        text: analysis.text,
        ruleFindings: analysis.findings,
      });
    }
  return examples;
}

const label = (example: Example, head: LearnedHead): 0 | 1 | undefined =>
  head === "identifier"
    ? IDENTIFIER_CATEGORIES.some((category) => example.gold.has(category))
      ? 1
      : example.sensitive
        ? undefined
        : 0
    : example.gold.has(head)
      ? 1
      : AMBIGUOUS[head].some((category) => example.gold.has(category))
        ? undefined
        : 0;

/** Mulberry32: the seeded example order. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Logistic regression by AdaGrad SGD, classes balanced, L2; returns bias and weights. */
function trainHead(examples: readonly Example[], head: LearnedHead): { bias: number; weights: Float32Array } {
  return trainLabels(examples, (example) => label(example, head));
}

/** trainHead for any labelling (`undefined`: left out). */
function trainLabels(examples: readonly Example[], labelOf: (example: Example) => 0 | 1 | undefined): { bias: number; weights: Float32Array } {
  const labelled = examples.flatMap((example) => {
    const value = labelOf(example);
    return value === undefined ? [] : [{ features: example.features, value }];
  });
  const positives = labelled.filter((example) => example.value === 1).length;
  const positiveWeight = positives === 0 || CLASS_WEIGHT === "prior" ? 1 : Math.min(10, (labelled.length - positives) / positives);
  const weights = new Float32Array(BUCKETS);
  const squared = new Float32Array(BUCKETS).fill(1e-6);
  let bias = 0;
  let biasSquared = 1e-6;
  const random = seeded(29);
  const order = labelled.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap]!, order[index]!];
    }
    for (const position of order) {
      const { features, value } = labelled[position]!;
      const probability = headProbability({ bias, weights, threshold: 0 }, features);
      const error = (probability - value) * (value === 1 ? positiveWeight : 1);
      for (let slot = 0; slot < features.indices.length; slot++) {
        const bucket = features.indices[slot]!;
        const gradient = error * features.values[slot]! + L2 * weights[bucket]!;
        squared[bucket]! += gradient * gradient;
        weights[bucket]! -= (LEARNING_RATE * gradient) / Math.sqrt(squared[bucket]!);
      }
      biasSquared += error * error;
      bias -= (LEARNING_RATE * error) / Math.sqrt(biasSquared);
    }
  }
  if (CLASS_WEIGHT === "corrected") bias -= Math.log(positiveWeight);
  return { bias, weights };
}

/**
 * The features of a prompt with no evidence at all (the always-on ones): its probability is the head's
 * intercept. Balanced training puts the financial intercept at p ≈ 0.70, above the 0.5 floor, so prompts of
 * one to four words (whose few text features carry 1/√n each) reached the threshold for lack of evidence
 * (docs/privacy.md). Unless `--no-intercept-floor`, each head's threshold is at least that probability.
 */
const INTERCEPT_FLOOR = !process.argv.includes("--no-intercept-floor");
const NO_EVIDENCE = promptFeatures("", { person: false, candidateRules: [], findingCategories: [] }, BUCKETS, RULE_FINDINGS);

function trainModel(examples: readonly Example[], thresholds: Record<LearnedHead, number>): LearnedModel {
  const heads = {} as LearnedModel["heads"];
  for (const head of TRAINED_HEADS) {
    const trained = trainHead(examples, head);
    const floor = INTERCEPT_FLOOR ? Math.min(0.999, headProbability({ ...trained, threshold: 0 }, NO_EVIDENCE) + 1e-6) : 0;
    heads[head] = { ...trained, threshold: Math.max(thresholds[head], floor) };
  }
  return { buckets: BUCKETS, ruleFindings: RULE_FINDINGS, heads };
}

/**
 * Thresholds from out-of-fold probabilities (each set scored by a model trained on the other sets): per head,
 * the lowest probability (at least MIN_THRESHOLD) at which the prompts the head would newly flag among the
 * non-sensitive ones the rules pass stay within ADDED_FALSE_POSITIVE_BUDGET of the non-sensitive prompts.
 */
function chooseThresholds(examples: readonly Example[]): Record<LearnedHead, number> {
  const sets = [...new Set(examples.map((example) => example.set))];
  const outOfFold = new Map<Example, Record<LearnedHead, number>>();
  for (const set of sets) {
    const model = trainModel(
      examples.filter((example) => example.set !== set),
      { health: 1, financial: 1, identifier: 1 },
    );
    for (const example of examples.filter((candidate) => candidate.set === set))
      outOfFold.set(example, {
        health: headProbability(model.heads.health, example.features),
        financial: headProbability(model.heads.financial, example.features),
        identifier: model.heads.identifier ? headProbability(model.heads.identifier, example.features) : 0,
      });
  }
  const negatives = examples.filter((example) => !example.sensitive);
  const budget = Math.floor(ADDED_FALSE_POSITIVE_BUDGET * negatives.length);
  const thresholds = {} as Record<LearnedHead, number>;
  for (const head of TRAINED_HEADS) {
    const scores = negatives
      .filter((example) => example.ruleFindings.length === 0)
      .map((example) => outOfFold.get(example)![head])
      .sort((left, right) => right - left);
    // Just above the (budget + 1)-th highest negative score.
    const cut = scores[budget] ?? 0;
    thresholds[head] = Math.max(MIN_THRESHOLD, Math.min(0.999, cut + 1e-6));
  }
  return thresholds;
}

const percent = (value: number) => (Number.isNaN(value) ? "   -  " : `${(value * 100).toFixed(1)}%`.padStart(6));
const fraction = (hit: number, total: number) => `${percent(total === 0 ? NaN : hit / total)} (${hit}/${total})`.padEnd(16);

/** Model alone on `examples`: per head recall of the prompts holding that category, and FPR on non-sensitive prompts. */
function modelAlone(model: LearnedModel, examples: readonly Example[]): string {
  const flagged = (example: Example, head: (typeof LEARNED_HEADS)[number]) =>
    headProbability(model.heads[head], example.features) >= model.heads[head].threshold;
  const cells: string[] = [];
  for (const head of LEARNED_HEADS) {
    const positives = examples.filter((example) => example.gold.has(head));
    cells.push(fraction(positives.filter((example) => flagged(example, head)).length, positives.length));
  }
  const negatives = examples.filter((example) => !example.sensitive);
  cells.push(fraction(negatives.filter((example) => LEARNED_HEADS.some((head) => flagged(example, head))).length, negatives.length));
  return cells.join(" ");
}

/** Rules alone and rules + model on `examples`: prompt recall, FPR, health and financial recall (evaluate.ts's counting). */
function combined(examples: readonly Example[], model: LearnedModel | undefined): string {
  const findings = new Map(
    examples.map((example) => {
      const added = model ? learnedFindings(model, {}, example.text, example.features, example.ruleFindings, example.signals.person) : [];
      return [example.prompt, [...example.ruleFindings, ...added]];
    }),
  );
  const records = examples.map((example) => ({
    id: example.id,
    prompt: example.prompt,
    sensitive: example.sensitive,
    spans: [...example.gold].map((category) => ({ start: 0, end: 1, category })),
  }));
  const report = evaluate(records, (prompt) => findings.get(prompt) ?? []);
  const overall = report.promptLevel.overall;
  const cell = (category: string) => {
    const counts = report.promptLevel.byCategory.get(category);
    return fraction(counts?.tp ?? 0, (counts?.tp ?? 0) + (counts?.fn ?? 0));
  };
  const negatives = examples.filter((example) => !example.sensitive).length;
  return [fraction(overall.tp, overall.tp + overall.fn), fraction(overall.fp, negatives), cell("health"), cell("financial")].join(" ");
}

function leaveOneOut(examples: readonly Example[]): void {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print("leave-one-set-out: model trained on the other sets (thresholds from their own leave-one-set-out), scored on the left-out set");
  print(`${"set".padEnd(10)} ${"health recall".padEnd(16)} ${"financial recall".padEnd(16)} ${"FPR (non-sens.)".padEnd(16)} thresholds`);
  const left = examples;
  const totals: Example[] = [];
  const rows: string[] = [];
  const models = new Map<string, LearnedModel>();
  for (const [set] of TRAINING_SETS) {
    const training = left.filter((example) => example.set !== set);
    const model = trainModel(training, chooseThresholds(training));
    models.set(set, model);
    const held = left.filter((example) => example.set === set);
    totals.push(...held);
    print(`${set.padEnd(10)} ${modelAlone(model, held)} ${model.heads.health.threshold.toFixed(3)} / ${model.heads.financial.threshold.toFixed(3)}`);
    rows.push(`${set.padEnd(10)} rules         ${combined(held, undefined)}\n${"".padEnd(10)} rules+model   ${combined(held, model)}`);
  }
  print("");
  print("same folds, rules alone vs rules + the fold's model (the rules were tuned on every one of these sets: an upper bound)");
  print(`${"set".padEnd(10)} ${"system".padEnd(13)} ${"recall".padEnd(16)} ${"FPR".padEnd(16)} ${"health recall".padEnd(16)} financial recall`);
  for (const row of rows) print(row);
  // Pooled: each prompt scored by the model that did not see its set.
  const pooled = (model: (example: Example) => LearnedModel) => {
    let healthHit = 0;
    let health = 0;
    let financialHit = 0;
    let financial = 0;
    let falsePositives = 0;
    let negatives = 0;
    for (const example of totals) {
      const fold = model(example);
      const flagged = (head: (typeof LEARNED_HEADS)[number]) => headProbability(fold.heads[head], example.features) >= fold.heads[head].threshold;
      if (example.gold.has("health")) {
        health++;
        if (flagged("health")) healthHit++;
      }
      if (example.gold.has("financial")) {
        financial++;
        if (flagged("financial")) financialHit++;
      }
      if (!example.sensitive) {
        negatives++;
        if (LEARNED_HEADS.some(flagged)) falsePositives++;
      }
    }
    return `${fraction(healthHit, health)} ${fraction(financialHit, financial)} ${fraction(falsePositives, negatives)}`;
  };
  print("");
  print(`pooled model alone  ${pooled((example) => models.get(example.set)!)}`);
}

const outIndex = process.argv.indexOf("--out");
/** `--out PATH`: `--train` writes the model there instead of data/privacy-model/model.json (experiments). */
const OUT_PATH = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

function writeModel(examples: readonly Example[]): void {
  const model = trainModel(examples, chooseThresholds(examples));
  const serialized: SerializedModel = {
    version: 1,
    buckets: BUCKETS,
    ruleFindings: RULE_FINDINGS,
    trainedOn: TRAINING_SETS.map(([set]) => set),
    command: ["npx tsx scripts/privacy-model.ts", ...process.argv.slice(2).filter((arg, index, args) => arg !== "--out" && args[index - 1] !== "--out")].join(
      " ",
    ),
    heads: {
      health: serializeHead(model.heads.health.bias, model.heads.health.weights, model.heads.health.threshold),
      financial: serializeHead(model.heads.financial.bias, model.heads.financial.weights, model.heads.financial.threshold),
      ...(model.heads.identifier
        ? { identifier: serializeHead(model.heads.identifier.bias, model.heads.identifier.weights, model.heads.identifier.threshold) }
        : {}),
    },
  };
  // The intercept floor again on the int8 weights as shipped (rounding may move the intercept a little).
  const shipped = parseLearnedModel(serialized);
  for (const head of TRAINED_HEADS) {
    const written = serialized.heads[head];
    const parsed = shipped.heads[head];
    if (INTERCEPT_FLOOR && written && parsed) written.threshold = Math.max(written.threshold, Math.min(0.999, headProbability(parsed, NO_EVIDENCE) + 1e-6));
  }
  const thresholds = {
    health: serialized.heads.health.threshold,
    financial: serialized.heads.financial.threshold,
    identifier: serialized.heads.identifier?.threshold ?? NaN,
  };
  const path = OUT_PATH ?? join(root, "data/privacy-model/model.json");
  mkdirSync(dirname(path), { recursive: true });
  const json = `${JSON.stringify(serialized)}\n`;
  writeFileSync(path, json);
  process.stdout.write(
    `wrote ${path} (${json.length} bytes; thresholds health ${thresholds.health.toFixed(3)}, financial ${thresholds.financial.toFixed(3)}, identifier ${thresholds.identifier.toFixed(3)})\n`,
  );
  const reloaded = parseLearnedModel(serialized);
  process.stdout.write(`training sets, rules+model (shipped weights): ${combined(examples, reloaded)}\n`);
}

/**
 * Writes data/privacy-model/word-clusters.bin (each vector word's hash and cluster codes, computed from
 * data/word-vectors): read by the scanner instead of projecting the 40,000 vectors at start-up.
 */
function writeWordClusters(): void {
  const path = join(root, "data/privacy-model/word-clusters.bin");
  mkdirSync(dirname(path), { recursive: true });
  const bytes = serializeWordClusters(computeWordClusters());
  writeFileSync(path, bytes);
  process.stdout.write(`wrote ${path} (${bytes.length} bytes)\n`);
}

/** `--compare PATH` (repeatable): `--test` also scores the scanner with another model file (e.g. the model before a retraining). */
const COMPARE_MODELS = process.argv.flatMap((arg, index) => (arg === "--compare" ? [process.argv[index + 1]!] : []));
const groupIndex = process.argv.indexOf("--group-at");
/** `--group-at N`: `--test` also prints the pooled rows of the B halves of sets below dev-N and from dev-N on. */
const GROUP_AT = groupIndex >= 0 ? Number(process.argv[groupIndex + 1]) : undefined;
/** `--pooled`: `--test` prints the pooled B totals only (overall and per category), no per-half lines. */
const POOLED_ONLY = process.argv.includes("--pooled");

/** Pooled prompt-level recall per gold category (evaluate.ts's counting): totals only, never a prompt. */
function byCategory(examples: readonly Example[]): Map<string, string> {
  const records = examples.map((example) => ({
    id: example.id,
    prompt: example.prompt,
    sensitive: example.sensitive,
    spans: [...example.gold].map((category) => ({ start: 0, end: 1, category })),
  }));
  const findings = new Map(examples.map((example) => [example.prompt, example.ruleFindings]));
  const report = evaluate(records, (prompt) => findings.get(prompt) ?? []);
  const cells = new Map<string, string>();
  for (const [category, counts] of report.promptLevel.byCategory) cells.set(category, `${counts.tp}/${counts.tp + counts.fn}`);
  return cells;
}

function testHalves(): void {
  const systems: Array<[string, ReturnType<typeof createPrivacyScanner>]> = [
    ["rules", createPrivacyScanner()],
    ...COMPARE_MODELS.map((path, index): [string, ReturnType<typeof createPrivacyScanner>] => [
      `rules+compared${index + 1}`,
      createPrivacyScanner({ learned: { enabled: true, model: parseLearnedModel(JSON.parse(readFileSync(path, "utf8"))) } }),
    ]),
    ["rules+model", createPrivacyScanner({ learned: { enabled: true } })],
  ];
  process.stdout.write(`B halves (never trained on): ${"recall".padEnd(16)} ${"FPR".padEnd(16)} ${"health recall".padEnd(16)} financial recall\n`);
  const all = loadExamples(TEST_SETS);
  const scanned = new Map<string, Example[]>();
  for (const [name, scanner] of systems)
    // The scanner itself (learned on or off), as the router runs it.
    scanned.set(
      name,
      all.map((example) => ({ ...example, ruleFindings: scanner.scan(example.prompt), text: example.prompt })),
    );
  const setNumber = (set: string) => Number(/^dev-(\d+)b$/.exec(set)?.[1] ?? 0);
  const groups: Array<[string, (set: string) => boolean]> = [
    ...(POOLED_ONLY ? [] : TEST_SETS.map(([name]): [string, (set: string) => boolean] => [name, (set) => set === name])),
    ...(GROUP_AT === undefined
      ? []
      : ([
          [`B <${GROUP_AT}`, (set: string) => setNumber(set) < GROUP_AT],
          [`B >=${GROUP_AT}`, (set: string) => setNumber(set) >= GROUP_AT],
        ] as Array<[string, (set: string) => boolean]>)),
    ["all B", () => true],
  ];
  for (const [group, member] of groups)
    for (const [name] of systems) {
      const examples = scanned.get(name)!.filter((example) => member(example.set));
      const set = group;
      process.stdout.write(`${set.padEnd(8)} ${name.padEnd(18)} ${combined(examples, undefined)}\n`);
    }
  const cells = systems.map(([name]) => byCategory(scanned.get(name)!));
  const categories = [...new Set(cells.flatMap((map) => [...map.keys()]))].sort();
  process.stdout.write(`\nall B, prompt recall per category: ${systems.map(([name]) => name.padEnd(16)).join(" ")}\n`);
  for (const category of categories) process.stdout.write(`${category.padEnd(34)} ${cells.map((map) => (map.get(category) ?? "-").padEnd(16)).join(" ")}\n`);
}

/**
 * `--extra-heads`: the session-50 experiment, nothing shipped. Would a head for another kind of data add recall where
 * the rules report nothing at all? Per group (`secret`: a password, credential, API key, connection string, JWT or
 * private key; `identifier`: a national ID, passport, driver's licence, US SSN or tax ID) a head is trained like the
 * shipped ones (positives: prompts holding the group; negatives: non-sensitive prompts; other sensitive prompts left
 * out), its threshold by the same rule (leave-one-set-out probabilities, ADDED_FALSE_POSITIVE_BUDGET of the
 * negatives the rules pass, intercept floor). Printed: (1) leave-one-set-out over the training sets — each prompt
 * the rules report nothing on, scored by the fold that did not see its set (an unseen author); (2) the B halves with
 * the head trained on every training set. Counting is prompt level and without an evidence span: an upper bound of
 * what a shipped head (which needs a span) could add. Totals only.
 */
const EXTRA_GROUPS: Record<string, readonly string[]> = {
  secret: ["password", "credentials", "api_key", "connection_string", "jwt", "private_key"],
  identifier: ["national_id", "passport", "driver_license", "us_ssn", "tax_id"],
};

function extraHeads(training: readonly Example[]): void {
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const test = loadExamples(TEST_SETS);
  const sets = [...new Set(training.map((example) => example.set))];
  // The scanner as the router runs it (rules, and the shipped heads): a prompt it reports nothing on, holding evidence
  // a finding could span (a token of 5+ letters and digits with at least 4 digits).
  const scanner = createPrivacyScanner({ learned: { enabled: true } });
  const scanned = new Map<Example, boolean>();
  const silent = (example: Example) => {
    let value = scanned.get(example);
    if (value === undefined) scanned.set(example, (value = scanner.scan(example.prompt).length === 0));
    return value;
  };
  const EVIDENCE = /(?<![\p{L}\p{N}])(?=(?:[\p{L}\p{N}\-]*\p{N}){4})[\p{L}\p{N}][\p{L}\p{N}\-]{3,30}(?![\p{L}\p{N}])/u;
  const gated = process.argv.includes("--evidence");
  for (const [group, categories] of Object.entries(EXTRA_GROUPS)) {
    const holds = (example: Example) => categories.some((category) => example.gold.has(category));
    const labelOf = (example: Example): 0 | 1 | undefined => (holds(example) ? 1 : example.sensitive ? undefined : 0);
    const outOfFold = new Map<Example, number>();
    for (const set of sets) {
      const trained = trainLabels(
        training.filter((example) => example.set !== set),
        labelOf,
      );
      for (const example of training.filter((candidate) => candidate.set === set))
        outOfFold.set(example, headProbability({ ...trained, threshold: 0 }, example.features));
    }
    const negatives = training.filter((example) => !example.sensitive);
    const scores = negatives
      .filter(silent)
      .map((example) => outOfFold.get(example)!)
      .sort((left, right) => right - left);
    const final = trainLabels(training, labelOf);
    const intercept = headProbability({ ...final, threshold: 0 }, NO_EVIDENCE);
    const threshold = Math.max(
      MIN_THRESHOLD,
      Math.min(0.999, (scores[Math.floor(ADDED_FALSE_POSITIVE_BUDGET * negatives.length)] ?? 0) + 1e-6),
      intercept + 1e-6,
    );
    const count = (examples: readonly Example[], probability: (example: Example) => number) => {
      const missed = examples.filter((example) => example.sensitive && silent(example));
      const groupMissed = missed.filter(holds);
      const fired = (example: Example) => probability(example) >= threshold && (!gated || EVIDENCE.test(example.prompt));
      const negativeSilent = examples.filter((example) => !example.sensitive && silent(example));
      const national = groupMissed.filter((example) => example.gold.has("national_id"));
      return (
        `national_id ${national.filter(fired).length}/${national.length}; ` +
        `prompts the rules miss entirely ${missed.filter(fired).length}/${missed.length} (holding the group ${groupMissed.filter(fired).length}/${groupMissed.length}); ` +
        `negatives added ${negativeSilent.filter(fired).length}/${examples.filter((example) => !example.sensitive).length}; ` +
        `sensitive ${examples.filter((example) => example.sensitive).length}`
      );
    };
    print(`${group} head (${categories.join(", ")}): threshold ${threshold.toFixed(3)} (intercept ${intercept.toFixed(3)})`);
    print(`  leave-one-set-out, training sets: ${count(training, (example) => outOfFold.get(example)!)}`);
    print(`  B halves, trained on every training set: ${count(test, (example) => headProbability({ ...final, threshold: 0 }, example.features))}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  // First: the features read this file.
  if (args.includes("--word-clusters") || args.includes("--train")) writeWordClusters();
  const trainOrScore = args.includes("--leave-one-out") || args.includes("--train") || args.includes("--extra-heads");
  if (args.includes("--test")) testHalves();
  else if (trainOrScore || !args.includes("--word-clusters")) {
    const examples = loadExamples(TRAINING_SETS);
    process.stdout.write(`${examples.length} training prompts from ${TRAINING_SETS.length} sets\n`);
    if (args.includes("--leave-one-out")) leaveOneOut(examples);
    if (args.includes("--extra-heads")) extraHeads(examples);
    if (args.includes("--train")) writeModel(examples);
    if (!trainOrScore) process.stdout.write("pass --train, --leave-one-out, --test or --word-clusters\n");
  }
}
