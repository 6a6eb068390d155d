// A development set's routes and the prompts of one half (tuning scripts): half A is the prompts on even
// lines, half B on odd lines, exact utterances in both (as `evaluate.ts --half`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface LabelledPrompt {
  text: string;
  route: string | null;
  language: string;
  kind: "exact" | "paraphrase" | "negative";
}

export function readDevHalf(set: string, half: "A" | "B"): { routes: Array<{ name: string; utterances: string[] }>; prompts: LabelledPrompt[] } {
  const directory = join("eval/routing", set);
  const { routes } = parse(readFileSync(join(directory, "routes.yaml"), "utf8")) as { routes: Array<{ name: string; utterances: string[] }> };
  const prompts = readFileSync(join(directory, "prompts.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledPrompt)
    .filter((prompt, line) => prompt.kind === "exact" || line % 2 === (half === "A" ? 0 : 1));
  return { routes, prompts };
}
