/**
 * Builds the compact real sample that `npm start` replays (data/sample/sample.outcomes.jsonl) from
 * the recorded-outcome files in ../shared/datasets (read by path, never copied whole):
 *
 *   npx tsx scripts/build-sample.ts [--datasets ../shared/datasets] [--out data/sample/sample.outcomes.jsonl]
 *
 * It keeps, from each source file, the prompts with the smallest sha256("sample:" + id) (a fixed,
 * content-independent choice), and in each kept prompt only the outcomes of the models the sample
 * config (data/sample/sample.config.yaml) maps. Every kept line is the source line unchanged except
 * for the dropped models. Sources, counts and licences: data/sample/README.md.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    datasets: { type: "string", default: "../shared/datasets" },
    out: { type: "string", default: "data/sample/sample.outcomes.jsonl" },
  },
});

/** Source file, kind of prompt, prompts kept, and the recorded models kept. */
const SOURCES = [
  {
    file: "zeroeval_gsm8k.outcomes.jsonl",
    kind: "maths",
    count: 120,
    models: ["Meta-Llama-3.1-8B-Instruct", "gemma-2-9b-it", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06"],
  },
  {
    file: "zeroeval_crux.outcomes.jsonl",
    kind: "code",
    count: 100,
    models: ["Meta-Llama-3.1-8B-Instruct", "gemma-2-9b-it", "gpt-4o-mini-2024-07-18", "gpt-4o-2024-08-06"],
  },
  {
    file: "arena_bench_v1.outcomes.jsonl",
    kind: "chat",
    count: 100,
    models: ["Starling-LM-7B-alpha", "openchat_3.5", "gpt-3.5-turbo-1106", "gpt-4-1106-preview"],
  },
] as const;

const rank = (id: string) => createHash("sha256").update(`sample:${id}`).digest().readUInt32BE(0);

const lines: string[] = [];
for (const source of SOURCES) {
  const records = readFileSync(join(values.datasets!, source.file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { id: string; outcomes: Record<string, unknown> })
    .filter((record) => source.models.every((model) => model in record.outcomes));
  const kept = records.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1)).slice(0, source.count);
  for (const record of kept) {
    const outcomes = Object.fromEntries(source.models.map((model) => [model, record.outcomes[model]]));
    lines.push(JSON.stringify({ ...record, outcomes }));
  }
  process.stderr.write(`${source.file}: ${kept.length} ${source.kind} prompts of ${records.length}\n`);
}
mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${lines.join("\n")}\n`);
process.stderr.write(`wrote ${lines.length} prompts to ${values.out}\n`);
