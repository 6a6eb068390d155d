import type { RunnableConfig } from "@langchain/core/runnables";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import { dot } from "../policies/hashed-vector.js";
import { lastUserText } from "./message-text.js";
import { traceEntry, type RouterRuntime } from "./node-runtime.js";

/**
 * Embeds the last user turn and scores it against the configured routes by nearest neighbours
 * (mean similarity of the k closest utterances per route). The vector is kept in state for the
 * learned success predictor.
 */
export function createSemanticClassifierNode(runtime: RouterRuntime) {
  const { classifier } = runtime.config;
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
    const text = lastUserText(state.messages).slice(0, 8000);
    const vector = runtime.embedSync ? runtime.embedSync(text) : await runtime.embeddings.embedQuery(text);
    const routes: Array<{ name: string; score: number }> = [];
    if (classifier.routes.length > 0) {
      const index = await runtime.routeIndex();
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
      vector,
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "semantic_classifier",
          ms: performance.now() - started,
          saw: { routes: classifier.routes.length, learned: runtime.predictor !== undefined },
          chose: best ? best.name : "none",
          why: best ? `nearest route "${best.name}" (similarity ${best.score.toFixed(2)})` : "embedded for the learned predictor",
        }),
      ],
    };
  };
}
