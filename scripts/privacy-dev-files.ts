/** The development sets' files (never the held-out eval/privacy/independent* sets): unsplit sets and split folders. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const DEV_ROOT = "eval/privacy";
/** Sets without halves: tuned on as a whole. */
export const UNSPLIT_FILES = [
  "dataset.jsonl",
  "dataset-dev-2.jsonl",
  "dataset-dev-3.jsonl",
  "dataset-dev-4.jsonl",
  "dataset-dev-5.jsonl",
  "dataset-dev-judge.jsonl",
  "dev-9/set.jsonl",
];
/** Folders with a.jsonl (half A, tuned on) and b.jsonl (half B, totals only), in number order. */
export const SPLIT_SETS = readdirSync(DEV_ROOT)
  .filter((name) => /^dev-\d+$/.test(name) && existsSync(join(DEV_ROOT, name, "a.jsonl")))
  .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
