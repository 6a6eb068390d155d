/**
 * What faithfulness costs: the router's own node functions called one after the other by a loop
 * (no LangGraph: no channels, tasks, callbacks or streams), next to the same router run through
 * its compiled graph. Bench-only: this loop is a floor to measure against, not a runtime.
 */
import { HumanMessage } from "@langchain/core/messages";
import { END, START } from "@langchain/langgraph";
import type { RouterGraphDefinition, RouterStateUpdate, RouterStateValue } from "../src/index.js";

const APPENDED = new Set(["attempts", "answers", "reasons", "trace"]);

/** Runs the definition's nodes directly: the graph's work without the graph runtime. */
export function directRunner(definition: RouterGraphDefinition): (prompt: string, index: number) => Promise<RouterStateValue> {
  const next = (from: string, state: RouterStateValue): string => {
    const edge = definition.edge(from)!;
    return typeof edge === "string" ? edge : edge.route(state);
  };
  return async (prompt, index) => {
    const state = {
      requestId: `direct-${index}`,
      request: { params: {} },
      messages: [new HumanMessage(prompt)],
      options: { dryRun: false },
      text: `${prompt}\n`,
      routes: [],
      eligible: [],
      bucket: "",
      candidates: [],
      escalations: 0,
      attempts: [],
      answers: [],
      reasons: [],
      trace: [],
    } as unknown as Record<string, unknown>;
    for (let node = next(START, state as RouterStateValue); node !== END; node = next(node, state as RouterStateValue)) {
      const update = (await definition.node(node)(state as RouterStateValue, {})) as RouterStateUpdate & Record<string, unknown>;
      for (const [key, value] of Object.entries(update)) state[key] = APPENDED.has(key) ? (state[key] as unknown[]).concat(value as unknown[]) : value;
    }
    return state as RouterStateValue;
  };
}
