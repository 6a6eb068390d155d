import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The non-empty strings that `read` picks from each JSON line of a file (a string or a list of them per line). */
export function jsonLines(path: string, read: (record: Record<string, unknown>) => unknown): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const value = read(JSON.parse(line) as Record<string, unknown>);
    for (const text of Array.isArray(value) ? value : [value]) if (typeof text === "string" && text.length > 0) texts.push(text);
  }
  return texts;
}

/**
 * The prompts (or texts, questions, turns) of every `*.jsonl` file in the recorded datasets folder, read by path
 * ($ROUTELLM_SHARED_DATASETS, else ../shared/datasets from the project root), files in name order; none when absent.
 */
export function sharedDatasetTexts(root: string): string[] {
  const directory = process.env.ROUTELLM_SHARED_DATASETS ?? join(root, "../shared/datasets");
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) => jsonLines(join(directory, name), (record) => record.prompt ?? record.text ?? record.question ?? record.turns));
}
