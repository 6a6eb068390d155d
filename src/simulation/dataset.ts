import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { createHash } from "node:crypto";
import { z } from "zod";
import { RouterError } from "../index.js";

/** One model's recorded outcome on one prompt (the `*.outcomes.jsonl` format). */
export const outcomeSchema = z.object({
  score: z.number().min(0).max(1),
  out_chars: z.number().int().nonnegative(),
  answer: z.string().nullable().optional(),
  rating: z.number().optional(),
  cost_usd: z.number().optional(),
});

export const outcomeRecordSchema = z.object({
  id: z.string().min(1),
  source: z.string().optional(),
  category: z.string().nullable().optional(),
  prompt: z.string().min(1),
  gold: z.string().nullable().optional(),
  outcomes: z.record(z.string(), outcomeSchema),
});

export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>;

/** What the replay keeps of one model's outcome. */
export interface RecordedOutcome {
  score: number;
  outChars: number;
  answer: string | null;
  /** The recorded answer text, when the file has a `<name>.texts.jsonl` companion with this prompt and model. */
  text?: string;
}

/** A prompt with the outcomes of the configured models only (keyed by configured model id). */
export interface ReplayItem {
  id: string;
  prompt: string;
  category: string | null;
  outcomes: Record<string, RecordedOutcome>;
  /**
   * Set by the privacy injection: the prompt carries synthetic sensitive data (`values`: each
   * inserted value, so a cloud call can be checked for it in the clear).
   */
  sensitive?: { categories: string[]; values?: Array<{ category: string; text: string }> };
}

export interface DatasetSummary {
  files: string[];
  /** Prompts read. */
  prompts: number;
  /** Prompts skipped because a mapped model had no record. */
  skipped: number;
  /** How many were skipped for each missing model id. */
  missing: Record<string, number>;
  /** Answer texts attached from `*.texts.jsonl` companions (0 when none exists). */
  texts: number;
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
      .join("")
      .replace(/^\./, "") || "(root)"
  );
}

/**
 * Reads a JSONL file line by line (constant memory), validating each line with `schema`. An
 * unreadable file or a bad line throws DATASET_INVALID naming `file:line` and the field.
 */
async function* readJsonLines<Schema extends z.ZodTypeAny>(path: string, schema: Schema): AsyncGenerator<z.infer<Schema>> {
  let stream;
  try {
    stream = createReadStream(path, { encoding: "utf8" });
    await new Promise<void>((resolve, reject) => {
      stream!.once("open", () => resolve());
      stream!.once("error", reject);
    });
  } catch (cause) {
    throw new RouterError("DATASET_INVALID", `cannot read dataset ${path}: ${(cause as Error).message}`, { cause, details: { file: path } });
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new RouterError("DATASET_INVALID", `${path}:${lineNumber}: not valid JSON`, { details: { file: path, line: lineNumber } });
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = formatPath(issue.path);
      throw new RouterError("DATASET_INVALID", `${path}:${lineNumber}: ${field}: ${issue.message}`, {
        details: { file: path, line: lineNumber, field },
      });
    }
    yield parsed.data;
  }
}

/** Reads every line of one `*.outcomes.jsonl` file, validating each (see readJsonLines). */
export function readOutcomeRecords(path: string): AsyncGenerator<OutcomeRecord> {
  return readJsonLines(path, outcomeRecordSchema);
}

export const answerTextSchema = z.object({ id: z.string().min(1), model: z.string().min(1), text: z.string() });

/** The answer-texts companion of an outcomes file: `<name>.texts.jsonl` next to `<name>.outcomes.jsonl` (undefined for other names). */
export function textsFileOf(outcomesFile: string): string | undefined {
  return outcomesFile.endsWith(".outcomes.jsonl") ? `${outcomesFile.slice(0, -".outcomes.jsonl".length)}.texts.jsonl` : undefined;
}

/** Reads a `*.texts.jsonl` file line by line (constant memory), validating each line; a bad line throws DATASET_INVALID naming `file:line`. */
export function readAnswerTexts(path: string): AsyncGenerator<z.infer<typeof answerTextSchema>> {
  return readJsonLines(path, answerTextSchema);
}

/**
 * Attaches recorded answer texts to the items loaded from one file: only the kept prompts and the
 * mapped models' texts are held (the file is streamed). `names`: per item id, dataset model name ->
 * configured model id. Returns how many texts were attached.
 */
async function attachTexts(path: string, items: ReadonlyMap<string, ReplayItem>, names: ReadonlyMap<string, ReadonlyMap<string, string>>): Promise<number> {
  let attached = 0;
  for await (const row of readAnswerTexts(path)) {
    const item = items.get(row.id);
    const modelId = names.get(row.id)?.get(row.model);
    if (item === undefined || modelId === undefined) continue;
    item.outcomes[modelId]!.text = row.text;
    attached += 1;
  }
  return attached;
}

/** Stable share in [0, 1) of a prompt id: the basis of the deterministic split. */
export function idFraction(id: string): number {
  const digest = createHash("sha256").update(id).digest();
  return digest.readUInt32BE(0) / 4294967296;
}

/** True when the prompt belongs to the training side of the split (`trainFraction` of prompts, by hash of the id). */
export function isTrainId(id: string, trainFraction: number): boolean {
  return idFraction(id) < trainFraction;
}

export interface LoadOptions {
  /** Configured model id -> model name in the file (or names: the first one the prompt has a record for). */
  models: Readonly<Record<string, string | readonly string[]>>;
  /** Keep only this side of the split; undefined keeps everything. */
  side?: "train" | "test";
  trainFraction?: number;
  /** Read `<name>.texts.jsonl` beside each `<name>.outcomes.jsonl` when it exists (default true). */
  texts?: boolean;
}

/**
 * Loads replay items from files: only the mapped models' outcomes are kept; a prompt where a
 * mapped model has no record is skipped and counted.
 */
export async function loadReplayItems(files: readonly string[], options: LoadOptions): Promise<{ items: ReplayItem[]; summary: DatasetSummary }> {
  const mapping = Object.entries(options.models);
  if (mapping.length === 0) throw new RouterError("CONFIG_INVALID", "simulation.models maps no configured model to a dataset model name");
  const items: ReplayItem[] = [];
  const summary: DatasetSummary = { files: [...files], prompts: 0, skipped: 0, missing: {}, texts: 0 };
  const trainFraction = options.trainFraction ?? 0.5;
  for (const file of files) {
    const textsFile = options.texts === false ? undefined : textsFileOf(file);
    const withTexts = textsFile !== undefined && existsSync(textsFile);
    const fileItems = new Map<string, ReplayItem>();
    const fileNames = new Map<string, Map<string, string>>();
    for await (const record of readOutcomeRecords(file)) {
      if (options.side !== undefined && isTrainId(record.id, trainFraction) !== (options.side === "train")) continue;
      summary.prompts += 1;
      const outcomes: Record<string, RecordedOutcome> = {};
      const modelNames = new Map<string, string>();
      let missingModel: string | undefined;
      for (const [modelId, names] of mapping) {
        const name = typeof names === "string" ? names : names.find((candidate) => record.outcomes[candidate] !== undefined);
        const outcome = name === undefined ? undefined : record.outcomes[name];
        if (!outcome) {
          missingModel = modelId;
          break;
        }
        outcomes[modelId] = { score: outcome.score, outChars: outcome.out_chars, answer: outcome.answer ?? null };
        modelNames.set(name!, modelId);
      }
      if (missingModel !== undefined) {
        summary.skipped += 1;
        summary.missing[missingModel] = (summary.missing[missingModel] ?? 0) + 1;
        continue;
      }
      const item: ReplayItem = { id: record.id, prompt: record.prompt, category: record.category ?? null, outcomes };
      items.push(item);
      if (withTexts) {
        fileItems.set(record.id, item);
        fileNames.set(record.id, modelNames);
      }
    }
    if (withTexts) summary.texts += await attachTexts(textsFile, fileItems, fileNames);
  }
  return { items, summary };
}
