import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { RouterError } from "../index.js";
import type { RecordedOutcome, ReplayItem } from "./dataset.js";
import { fittedParametersSchema, type FittedParameters, type ModelDomainParameters } from "./irt-fit.js";
import { hash32, normal, randomFor } from "./seeded.js";

/** The built-in workload: our own prompts; outcomes are drawn from the fitted item-response model. */
export const workloadSchema = z.object({
  _doc: z.string().optional(),
  /** Requests generated from the prompts (sampled with replacement, slots filled per request). */
  requests: z.number().int().positive(),
  prompts: z
    .array(
      z.object({
        id: z.string().min(1),
        domain: z.string().min(1),
        difficulty: z.enum(["easy", "medium", "hard"]),
        answer: z.enum(["number", "letter", "literal", "none"]),
        prompt: z.string().min(1),
        /** Categories of sensitive data the prompt itself carries. */
        sensitive: z.array(z.string()).optional(),
        /**
         * The sensitive values in the prompt (slots filled like the prompt's): Privacy % checks that
         * none reaches a cloud model in the clear. Without them any cloud call of the prompt counts as a leak.
         */
        values: z.array(z.object({ category: z.string().min(1), text: z.string().min(1) })).optional(),
      }),
    )
    .min(1),
});

export type Workload = z.infer<typeof workloadSchema>;

/** The package's data/workload folder (compiled code lives one folder deeper, in dist/src/simulation). */
const WORKLOAD_FOLDER = new URL(import.meta.url.includes("/dist/") ? "../../../data/workload/" : "../../data/workload/", import.meta.url);
export const DEFAULT_WORKLOAD_URL = new URL("default-workload.json", WORKLOAD_FOLDER);
export const DEFAULT_PARAMETERS_URL = new URL("fitted-parameters.json", WORKLOAD_FOLDER);
export const DEFAULT_PARAMETERS_PATH = DEFAULT_PARAMETERS_URL.pathname;

function readJson(url: URL, what: string): unknown {
  try {
    return JSON.parse(readFileSync(url, "utf8"));
  } catch (cause) {
    throw new RouterError("DATASET_INVALID", `cannot read the ${what} at ${url.pathname}: ${(cause as Error).message}`, { cause });
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RouterError("DATASET_INVALID", `${what}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadWorkload(path?: string): Workload {
  return parseWith(workloadSchema, readJson(path ? pathToFileURL(path) : DEFAULT_WORKLOAD_URL, "workload"), "workload");
}

export function loadFittedParameters(path?: string): FittedParameters {
  return parseWith(fittedParametersSchema, readJson(path ? pathToFileURL(path) : DEFAULT_PARAMETERS_URL, "fitted parameters"), "fitted parameters");
}

const DIFFICULTY_OFFSET = { easy: -1, medium: 0, hard: 1 } as const;
const LETTERS = ["A", "B", "C", "D"];

/**
 * A model's parameters for a domain; a domain without records for the model gets its average
 * ability and response length over the domains it has (marked as derived in the docs).
 */
export function parametersFor(fitted: FittedParameters, modelName: string, domain: string): ModelDomainParameters {
  const byDomain = fitted.models[modelName];
  if (!byDomain || Object.keys(byDomain).length === 0)
    throw new RouterError("CONFIG_INVALID", `no fitted parameters for model "${modelName}": run \`routellm fit\` on outcome files that record it`);
  const direct = byDomain[domain];
  if (direct) return direct;
  const all = Object.values(byDomain);
  const average = (pick: (value: ModelDomainParameters) => number) => all.reduce((sum, value) => sum + pick(value), 0) / all.length;
  return {
    ability: average((value) => value.ability),
    outCharsLogMean: average((value) => value.outCharsLogMean),
    outCharsLogSd: average((value) => value.outCharsLogSd),
    nullAnswerRate: average((value) => value.nullAnswerRate),
    items: 0,
  };
}

function domainStats(fitted: FittedParameters, domain: string): { difficultySd: number; wrongAgreement: number } {
  const direct = fitted.domains[domain];
  if (direct) return direct;
  const all = Object.values(fitted.domains);
  if (all.length === 0) return { difficultySd: 1.5, wrongAgreement: 0.1 };
  return {
    difficultySd: all.reduce((sum, value) => sum + value.difficultySd, 0) / all.length,
    wrongAgreement: all.reduce((sum, value) => sum + value.wrongAgreement, 0) / all.length,
  };
}

function answers(kind: "number" | "letter" | "literal", key: number): { gold: string; commonWrong: string; wrong: (model: string) => string } {
  if (kind === "letter") {
    const gold = LETTERS[key % 4]!;
    const others = LETTERS.filter((letter) => letter !== gold);
    return { gold, commonWrong: others[key % 3]!, wrong: (model) => others[hash32(key, model) % 3]! };
  }
  const base = 10 + (key % 990);
  const format = (value: number) => (kind === "number" ? String(value) : `'v${value}'`);
  return { gold: format(base), commonWrong: format(base + 1 + (key % 7)), wrong: (model) => format(base + 20 + (hash32(key, model) % 500)) };
}

/**
 * Draws the synthetic workload: `requests` prompts sampled from the workload, slots filled, and each
 * configured model's outcome drawn from the item-response model (shared item difficulty, so hard
 * prompts are hard for every model; wrong answers coincide as often as in the recordings).
 */
export function generateSyntheticItems(
  workload: Workload,
  fitted: FittedParameters,
  models: Record<string, string>,
  seed: number,
  requests = workload.requests,
): ReplayItem[] {
  const items: ReplayItem[] = [];
  for (const name of Object.values(models)) parametersFor(fitted, name, workload.prompts[0]!.domain);
  for (let index = 0; index < requests; index += 1) {
    const random = randomFor(seed, "workload", index);
    const base = workload.prompts[Math.floor(random() * workload.prompts.length)]!;
    const slots = { a: 10 + Math.floor(random() * 90), b: 2 + Math.floor(random() * 30), c: 2 + Math.floor(random() * 8) };
    const fill = (text: string) => text.replace(/\{([abc])\}/g, (_, slot: "a" | "b" | "c") => String(slots[slot]));
    const prompt = fill(base.prompt);
    const values = base.values?.map((value) => ({ category: value.category, text: fill(value.text) }));
    const missing = values?.find((value) => !prompt.includes(value.text));
    if (missing) throw new RouterError("DATASET_INVALID", `workload: prompt "${base.id}" does not contain its ${missing.category} value`);
    const stats = domainStats(fitted, base.domain);
    const difficulty = (DIFFICULTY_OFFSET[base.difficulty] + 0.35 * normal(random)) * stats.difficultySd;
    const key = hash32(seed, "answer", index);
    const answerSet = base.answer === "none" ? undefined : answers(base.answer, key);
    const outcomes: Record<string, RecordedOutcome> = {};
    for (const [modelId, name] of Object.entries(models)) {
      const parameters = parametersFor(fitted, name, base.domain);
      const draw = randomFor(seed, "outcome", index, name);
      const p = 1 / (1 + Math.exp(-(parameters.ability - difficulty)));
      const outChars = Math.max(1, Math.round(Math.exp(parameters.outCharsLogMean + parameters.outCharsLogSd * normal(draw))));
      if (!answerSet) {
        const score = Math.min(1, Math.max(0, Math.round((p + 0.15 * normal(draw)) * 10) / 10));
        outcomes[modelId] = { score, outChars, answer: null };
        continue;
      }
      if (draw() < p) outcomes[modelId] = { score: 1, outChars, answer: answerSet.gold };
      else if (draw() < parameters.nullAnswerRate) outcomes[modelId] = { score: 0, outChars, answer: null };
      else outcomes[modelId] = { score: 0, outChars, answer: draw() < stats.wrongAgreement ? answerSet.commonWrong : answerSet.wrong(name) };
    }
    items.push({
      id: `${base.id}#${index}`,
      prompt,
      category: base.domain,
      outcomes,
      ...(base.sensitive ? { sensitive: { categories: base.sensitive, ...(values ? { values } : {}) } } : {}),
    });
  }
  return items;
}
