import type { RunnableConfig } from "@langchain/core/runnables";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import type { RouteScore } from "../policies/route-match.js";
import { lastUserText } from "./message-text.js";
import { traceEntry, type RouterRuntime } from "./node-runtime.js";

/**
 * Embeds the last user turn and scores it against the configured routes (best similarity to a
 * route's utterances or centroid, against the route's own threshold; see policies/route-match).
 * The vector is kept in state for the learned success predictor.
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
    const routes = classifier.routes.length > 0 ? (await runtime.routeIndex()).score(text, runtime.embedSync ? undefined : vector) : [];
    const best = routes[0];
    return {
      routes,
      vector,
      trace: [
        traceEntry(runtime, state.requestId, {
          node: "semantic_classifier",
          ms: performance.now() - started,
          saw: { routes: classifier.routes.length, learned: runtime.predictor !== undefined, ...(best ? { best: describeRouteScore(best) } : {}) },
          chose: best?.matched ? best.name : "none",
          why: best
            ? best.matched
              ? `matched route "${best.name}" (${describeRouteScore(best)})`
              : `no route matched (best "${best.name}": ${describeRouteScore(best)})`
            : "embedded for the learned predictor",
        }),
      ],
    };
  };
}

/** "similarity 0.82, threshold 0.41" */
export function describeRouteScore(route: RouteScore): string {
  return `similarity ${route.score.toFixed(2)}, threshold ${route.threshold.toFixed(2)}`;
}
