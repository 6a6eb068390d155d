import type { RunnableConfig } from "@langchain/core/runnables";
import type { RouterStateValue, RouterStateUpdate } from "../graphs/router-state.js";
import { dot } from "../policies/hashed-vector.js";
import { lastUserText } from "./message-text.js";
import { traceEntry, type RouterRuntime } from "./node-runtime.js";
import { embedPrompt } from "./private-embedding.js";
import { createPolicyOf } from "./cloud-privacy.js";

/**
 * Embeds the last user turn and scores it against the configured routes by nearest neighbours
 * (mean similarity of the k closest utterances per route). The vector is kept in state for the
 * learned success predictor.
 */
export function createSemanticClassifierNode(runtime: RouterRuntime) {
  const { classifier } = runtime.config;
  const policyOf = createPolicyOf(runtime.config);
  return async function semanticClassifier(state: RouterStateValue, _config?: RunnableConfig): Promise<RouterStateUpdate> {
    const started = performance.now();
    const needsVector = classifier.routes.length > 0 || runtime.predictor !== undefined;
    if (!classifier.enabled || !needsVector || !runtime.embeddings) {
      return {
        routes: [],
        vector: undefined,
        trace: [traceEntry(runtime, state.requestId, { node: "semantic_classifier", ms: performance.now() - started, chose: "skip", why: classifier.enabled ? "no routes and no learned model" : "classifier disabled" })],
      };
    }
    // A prompt the cloud may not see is never embedded by a cloud encoder (private-embedding.ts).
    const embedded = await embedPrompt(runtime, state, lastUserText(state.messages), policyOf);
    if (embedded.skipped) {
      return { routes: [], vector: undefined, trace: [traceEntry(runtime, state.requestId, { node: "semantic_classifier", ms: performance.now() - started, chose: "skip", why: embedded.why })] };
    }
    const vector = embedded.vector;
    const routes: Array<{ name: string; score: number }> = [];
    if (classifier.routes.length > 0) {
      const index = await embedded.routeIndex();
      const perRoute = new Map<string, number[]>();
      for (const entry of index.entries) {
        const list = perRoute.get(entry.route) ?? [];
        list.push(dot(vector, entry.vector));
        perRoute.set(entry.route, list);
      }
      for (const [name, similarities] of perRoute) {
        similarities.sort((a, b) => b - a);
        const top = similarities.slice(0, classifier.k);
        routes.push({ name, score: top.reduce((sum, value) => sum + value, 0) / top.length });
      }
      routes.sort((a, b) => b.score - a.score);
    }
    const best = routes[0];
    return {
      routes,
      vector: embedded.configuredEncoder ? vector : undefined,
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "semantic_classifier",
          ms: performance.now() - started,
          saw: { routes: classifier.routes.length, learned: runtime.predictor !== undefined },
          chose: best ? best.name : "none",
          why: (best ? `nearest route "${best.name}" (similarity ${best.score.toFixed(2)})` : "embedded for the learned predictor") + (embedded.note ? `; ${embedded.note}` : ""),
        }),
      ],
    };
  };
}
