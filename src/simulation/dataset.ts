import { createReadStream } from "node:fs";
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
 * Reads every line of one `*.outcomes.jsonl` file, validating each. A bad line throws
 * DATASET_INVALID naming `file:line` and the field. Lines are yielded one by one (constant memory).
 */
export async function* readOutcomeRecords(path: string): AsyncGenerator<OutcomeRecord> {
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
    const parsed = outcomeRecordSchema.safeParse(raw);
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
}

/**
 * Loads replay items from files: only the mapped models' outcomes are kept; a prompt where a
 * mapped model has no record is skipped and counted.
 */
export async function loadReplayItems(files: readonly string[], options: LoadOptions): Promise<{ items: ReplayItem[]; summary: DatasetSummary }> {
  const mapping = Object.entries(options.models);
  if (mapping.length === 0) throw new RouterError("CONFIG_INVALID", "simulation.models maps no configured model to a dataset model name");
  const items: ReplayItem[] = [];
  const summary: DatasetSummary = { files: [...files], prompts: 0, skipped: 0, missing: {} };
  const trainFraction = options.trainFraction ?? 0.5;
  for (const file of files) {
    for await (const record of readOutcomeRecords(file)) {
      if (options.side !== undefined && isTrainId(record.id, trainFraction) !== (options.side === "train")) continue;
      summary.prompts += 1;
      const outcomes: Record<string, RecordedOutcome> = {};
      let missingModel: string | undefined;
      for (const [modelId, names] of mapping) {
        const name = typeof names === "string" ? names : names.find((candidate) => record.outcomes[candidate] !== undefined);
        const outcome = name === undefined ? undefined : record.outcomes[name];
        if (!outcome) {
          missingModel = modelId;
          break;
        }
        outcomes[modelId] = { score: outcome.score, outChars: outcome.out_chars, answer: outcome.answer ?? null };
      }
      if (missingModel !== undefined) {
        summary.skipped += 1;
        summary.missing[missingModel] = (summary.missing[missingModel] ?? 0) + 1;
        continue;
      }
      items.push({ id: record.id, prompt: record.prompt, category: record.category ?? null, outcomes });
    }
  }
  return { items, summary };
}
