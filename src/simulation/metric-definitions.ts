/**
 * What every figure of a simulation report means: printed under the terminal table and in
 * report.md / report.html / report.json, so no figure stands without its definition.
 */
export const METRIC_DEFINITIONS: ReadonlyArray<{ name: string; definition: string }> = [
  {
    name: "Quality %",
    definition: "mean recorded score (0-100%) of the answer each prompt finally got (1/0 for maths and code, a judge's rating / 10 for chat).",
  },
  {
    name: "$ / 1M tok",
    definition:
      "cost of every model call at the configured prices / tokens served (prompt + delivered answer) x 1,000,000; prompt tokens by gpt-tokenizer, output tokens = recorded characters / 4. Local models cost 0.",
  },
  {
    name: "Avg ms, p95 ms",
    definition:
      "end-to-end latency of a request (every call, verifiers and escalations included) on a virtual clock from per-model latency profiles (simulation.latency); p95 nearest-rank.",
  },
  { name: "TTFT", definition: "time to the first token of the delivered answer (average and p95)." },
  {
    name: "Privacy %",
    definition:
      "of the prompts given synthetic sensitive data (simulation.privacyShare), the share where no sensitive value reached a cloud model in the clear; a value redacted as configured (privacy.categories: redact) or of a category whose policy is allow complies. n/a when no prompt was labelled.",
  },
  { name: "Cloud %", definition: "prompts that called at least one cloud model." },
  { name: "Escal. %", definition: "prompts escalated up the ladder at least once." },
  {
    name: "APGR (cost axis)",
    definition:
      "area under the performance-gap-recovered curve of the cost-knob sweep: PGR = (quality - weak) / (reference - weak) against the cost between the weak model alone (0) and the reference model alone (1); random mixing of the two scores 0.5, 1 = the reference's quality at no cost.",
  },
  {
    name: "APGR (strong-call axis)",
    definition:
      "the same area against the share of prompts that called the reference model (RouteLLM's definition); calls to a cheaper cloud model do not count on this axis.",
  },
  {
    name: "CPT(x)",
    definition: "the smallest share (of cost, or of strong calls) at which x of the quality gap between the weak and the reference model is recovered.",
  },
  {
    name: "regret",
    definition: "oracle quality - router quality per window of the replay (the oracle picks the cheapest model that succeeds on each prompt).",
  },
];

/** One line per definition: "Name: definition". */
export function definitionLines(names?: readonly string[]): string[] {
  return METRIC_DEFINITIONS.filter((entry) => !names || names.includes(entry.name)).map((entry) => `${entry.name}: ${entry.definition}`);
}
