/**
 * What every figure of a simulation report means: printed under the terminal table and in
 * report.md / report.html / report.json, so no figure stands without its definition. The one
 * module of metric definitions: `npm start`, `simulate` and `calibrate` print from it, and each
 * entry lists in `labels` the other headers and labels it defines in those outputs.
 */
export interface MetricDefinition {
  name: string;
  definition: string;
  /** Other printed labels of the same figure (headers of `npm start`'s table, calibrate's lines). */
  labels?: readonly string[];
}

export const METRIC_DEFINITIONS: ReadonlyArray<MetricDefinition> = [
  {
    name: "Quality %",
    labels: ["Quality", "quality"],
    definition: "mean recorded score (0-100%) of the answer each prompt finally got (1/0 for maths and code, a judge's rating / 10 for chat).",
  },
  {
    name: "$ / 1M tok",
    labels: ["$ / 1M tokens", "cost per 1M tok"],
    definition:
      "cost of every model call at the configured prices / tokens served (prompt + delivered answer) x 1,000,000; prompt tokens by gpt-tokenizer, output tokens = recorded characters / 4. Local models cost 0.",
  },
  { name: "Total $", definition: "cost of every model call of the replayed prompts at the configured prices (cloud models only; local models cost 0)." },
  {
    name: "Avg ms, p95 ms",
    labels: ["Avg ms", "p95 ms", "Avg latency"],
    definition:
      "end-to-end latency of a request (every call, verifiers and escalations included) on a virtual clock from per-model latency profiles (simulation.latency); p95 nearest-rank.",
  },
  { name: "TTFT", labels: ["Avg TTFT", "p95 TTFT"], definition: "time to the first token of the delivered answer (average and p95)." },
  {
    name: "Privacy %",
    labels: ["Privacy compliance"],
    definition:
      "of the prompts given synthetic sensitive data (simulation.privacyShare), the share where no sensitive value reached a cloud model in the clear; a value redacted as configured (privacy.categories: redact) or of a category whose policy is allow complies. n/a when no prompt was labelled.",
  },
  { name: "Cloud %", labels: ["cloud share"], definition: "prompts that called at least one cloud model." },
  { name: "Strong calls %", definition: "prompts that called the reference (strong) model; calls to a cheaper cloud model do not count." },
  {
    name: "Cost share %",
    definition:
      "the strategy's cost between the weak model alone (0%) and the reference model alone (100%): (cost - weak cost) / (reference cost - weak cost).",
  },
  { name: "costWeight", definition: "the cost knob (bandit.costWeight) at this point of the sweep: higher = fewer calls to pricier models." },
  {
    name: "random routing at the router's cost",
    definition:
      "quality of a cost-matched baseline: each prompt goes at random to the reference model (with the probability that matches the router's total cost in expectation), else to the weak model.",
  },
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
  {
    name: "[low, high]",
    definition:
      "calibrate's 95% prediction interval: where the figure of the held-out prompts is expected to fall (bootstrap over prompts plus the spread of cross-fitting assignments).",
  },
];

/** The definition of a printed name or label (e.g. "Avg latency", "Quality %"), if any. */
export function definitionOf(label: string): MetricDefinition | undefined {
  return METRIC_DEFINITIONS.find((entry) => entry.name === label || entry.labels?.includes(label));
}

/**
 * One line per definition, "Name: definition". With `labels` (the names or labels an output
 * prints), only their definitions, each under the label as printed, in this module's order.
 */
export function definitionLines(labels?: readonly string[]): string[] {
  if (labels === undefined) return METRIC_DEFINITIONS.map((entry) => `${entry.name}: ${entry.definition}`);
  return METRIC_DEFINITIONS.flatMap((entry) => {
    const shown = labels.filter((label) => definitionOf(label) === entry);
    return shown.length === 0 ? [] : [`${shown.join(", ")}: ${entry.definition}`];
  });
}
