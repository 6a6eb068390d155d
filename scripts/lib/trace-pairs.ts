import { readFileSync } from "node:fs";
import type { ReplayTraceLine } from "../../src/simulation/replay-trace.js";

/** The lines of a `simulate --trace-out` file by prompt id. */
export function readTrace(file: string): Map<string, ReplayTraceLine> {
  return new Map(
    readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((text) => JSON.parse(text) as ReplayTraceLine)
      .map((line) => [line.id, line] as const),
  );
}

/** Every prompt of each pair of trace files ("a.jsonl:b.jsonl") with its line on both sides (prompts missing from B skipped). */
export function* tracePairs(pairs: ReadonlyArray<readonly [string, string]>): Generator<[id: string, a: ReplayTraceLine, b: ReplayTraceLine]> {
  for (const [fileA, fileB] of pairs) {
    const b = readTrace(fileB);
    for (const [id, lineA] of readTrace(fileA)) {
      const lineB = b.get(id);
      if (lineB) yield [id, lineA, lineB];
    }
  }
}

/** The mix's dataset of a prompt id. */
export const datasetOf = (id: string) => (id.startsWith("gsm8k") ? "GSM8K" : "CRUXEval");
