import { basename } from "node:path";
import { z } from "zod";
import { RouterError } from "../index.js";
import { readOutcomeRecords } from "./dataset.js";

/**
 * A one-parameter item-response (Rasch) model of recorded outcomes, per domain:
 * P(model m answers item i well) = sigmoid(ability[m, domain] - difficulty[i]).
 * `routellm fit` estimates abilities and item difficulties by penalised maximum likelihood
 * (alternating one-dimensional Newton steps, normal priors, difficulties centred on 0) and keeps
 * what the synthetic workload needs: abilities, the spread of difficulties, response lengths,
 * how often wrong answers are unparsable and how often two wrong answers coincide.
 */
export const modelDomainSchema = z.object({
  ability: z.number(),
  outCharsLogMean: z.number(),
  outCharsLogSd: z.number().nonnegative(),
  /** Share of wrong answers with no parsable final answer. */
  nullAnswerRate: z.number().min(0).max(1),
  /** Prompts of this domain the model had records for. */
  items: z.number().int().nonnegative(),
});

export const fittedParametersSchema = z.object({
  _doc: z.string().optional(),
  version: z.literal(1),
  sources: z.array(z.object({ file: z.string(), domain: z.string(), prompts: z.number().int() })),
  domains: z.record(
    z.string(),
    z.object({
      difficultySd: z.number().nonnegative(),
      /** Among pairs of wrong, parsable answers to the same prompt: share that are equal. */
      wrongAgreement: z.number().min(0).max(1),
      items: z.number().int().nonnegative(),
    }),
  ),
  models: z.record(z.string(), z.record(z.string(), modelDomainSchema)),
});

export type FittedParameters = z.infer<typeof fittedParametersSchema>;
export type ModelDomainParameters = z.infer<typeof modelDomainSchema>;

export interface FitSource {
  file: string;
  /** Domain of every prompt in the file; default: the record's category, else "general". */
  domain?: string;
}

export interface FitOptions {
  /** Keep parameters of these model names only (every model still calibrates the items). */
  keepModels?: readonly string[];
  iterations?: number;
}

interface Observation {
  item: number;
  model: number;
  score: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const ABILITY_PRIOR_VARIANCE = 9;
const DIFFICULTY_PRIOR_VARIANCE = 6.25;

/** Rasch fit of one domain: returns abilities by model index and difficulties by item index. */
export function fitRasch(
  observations: readonly Observation[],
  models: number,
  items: number,
  iterations = 40,
): { abilities: Float64Array; difficulties: Float64Array } {
  const abilities = new Float64Array(models);
  const difficulties = new Float64Array(items);
  const gradient = new Float64Array(Math.max(models, items));
  const curvature = new Float64Array(Math.max(models, items));
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    gradient.fill(0, 0, models);
    curvature.fill(0, 0, models);
    for (const { item, model, score } of observations) {
      const p = sigmoid(abilities[model]! - difficulties[item]!);
      gradient[model]! += score - p;
      curvature[model]! += p * (1 - p);
    }
    for (let model = 0; model < models; model += 1)
      abilities[model]! += (gradient[model]! - abilities[model]! / ABILITY_PRIOR_VARIANCE) / (curvature[model]! + 1 / ABILITY_PRIOR_VARIANCE);
    gradient.fill(0, 0, items);
    curvature.fill(0, 0, items);
    for (const { item, model, score } of observations) {
      const p = sigmoid(abilities[model]! - difficulties[item]!);
      gradient[item]! -= score - p;
      curvature[item]! += p * (1 - p);
    }
    let mean = 0;
    for (let item = 0; item < items; item += 1) {
      difficulties[item]! += (gradient[item]! - difficulties[item]! / DIFFICULTY_PRIOR_VARIANCE) / (curvature[item]! + 1 / DIFFICULTY_PRIOR_VARIANCE);
      mean += difficulties[item]!;
    }
    mean /= Math.max(1, items);
    for (let item = 0; item < items; item += 1) difficulties[item]! -= mean;
    for (let model = 0; model < models; model += 1) abilities[model]! -= mean;
  }
  return { abilities, difficulties };
}

interface DomainData {
  observations: Observation[];
  items: number;
  models: Map<string, number>;
  outChars: Map<string, number[]>;
  wrong: Map<string, { total: number; unparsable: number }>;
  wrongPairs: number;
  wrongPairsEqual: number;
}

function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Fits the item-response parameters from recorded outcome files. */
export async function fitParameters(sources: readonly FitSource[], options: FitOptions = {}): Promise<FittedParameters> {
  const domains = new Map<string, DomainData>();
  const fitted: FittedParameters = { version: 1, sources: [], domains: {}, models: {} };
  for (const source of sources) {
    let prompts = 0;
    const seenDomains = new Set<string>();
    for await (const record of readOutcomeRecords(source.file)) {
      const domainName = source.domain ?? record.category ?? "general";
      seenDomains.add(domainName);
      let data = domains.get(domainName);
      if (!data)
        domains.set(
          domainName,
          (data = { observations: [], items: 0, models: new Map(), outChars: new Map(), wrong: new Map(), wrongPairs: 0, wrongPairsEqual: 0 }),
        );
      const item = data.items++;
      prompts += 1;
      const wrongAnswers: string[] = [];
      for (const [name, outcome] of Object.entries(record.outcomes)) {
        let model = data.models.get(name);
        if (model === undefined) data.models.set(name, (model = data.models.size));
        data.observations.push({ item, model, score: outcome.score });
        let lengths = data.outChars.get(name);
        if (!lengths) data.outChars.set(name, (lengths = []));
        lengths.push(Math.log(Math.max(1, outcome.out_chars)));
        if (outcome.score < 0.5 && outcome.answer !== undefined) {
          const wrong = data.wrong.get(name) ?? { total: 0, unparsable: 0 };
          wrong.total += 1;
          if (outcome.answer === null) wrong.unparsable += 1;
          else wrongAnswers.push(outcome.answer.trim());
          data.wrong.set(name, wrong);
        }
      }
      for (let first = 0; first < wrongAnswers.length; first += 1)
        for (let second = first + 1; second < wrongAnswers.length; second += 1) {
          data.wrongPairs += 1;
          if (wrongAnswers[first] === wrongAnswers[second]) data.wrongPairsEqual += 1;
        }
    }
    if (prompts === 0) throw new RouterError("DATASET_INVALID", `${source.file} has no prompt`, { details: { file: source.file } });
    for (const domain of seenDomains) fitted.sources.push({ file: basename(source.file), domain, prompts });
  }
  const keep = options.keepModels ? new Set(options.keepModels) : undefined;
  for (const [domainName, data] of [...domains].sort(([a], [b]) => a.localeCompare(b))) {
    const { abilities, difficulties } = fitRasch(data.observations, data.models.size, data.items, options.iterations);
    let variance = 0;
    for (const value of difficulties) variance += value * value;
    fitted.domains[domainName] = {
      difficultySd: round(Math.sqrt(variance / Math.max(1, data.items))),
      wrongAgreement: round(data.wrongPairs === 0 ? 0.1 : data.wrongPairsEqual / data.wrongPairs),
      items: data.items,
    };
    const itemsByModel = new Map<number, number>();
    for (const observation of data.observations) itemsByModel.set(observation.model, (itemsByModel.get(observation.model) ?? 0) + 1);
    for (const [name, model] of [...data.models].sort(([a], [b]) => a.localeCompare(b))) {
      if (keep && !keep.has(name)) continue;
      const lengths = data.outChars.get(name)!;
      const mean = lengths.reduce((sum, value) => sum + value, 0) / lengths.length;
      const sd = Math.sqrt(lengths.reduce((sum, value) => sum + (value - mean) ** 2, 0) / lengths.length);
      const wrong = data.wrong.get(name);
      (fitted.models[name] ??= {})[domainName] = {
        ability: round(abilities[model]!),
        outCharsLogMean: round(mean),
        outCharsLogSd: round(sd),
        nullAnswerRate: round(wrong && wrong.total > 0 ? wrong.unparsable / wrong.total : 0),
        items: itemsByModel.get(model) ?? 0,
      };
    }
  }
  return fitted;
}
