import type { RunnableConfig } from "@langchain/core/runnables";
import type { RouterStateValue, RouterStateUpdate } from "../state/router-state.js";
import type { RouteScore } from "../policies/route-match.js";
import { lastUserText } from "./message-text.js";
import { traceEntry, type RouteIndex, type RouterRuntime } from "./node-runtime.js";
import { embedPrompt } from "./private-embedding.js";
import { createPolicyOf } from "./cloud-privacy.js";

/**
 * Embeds the last user turn and scores it against the configured routes (best similarity to a
 * route's utterances or centroid, against the route's own threshold; see policies/route-match).
 * The vector is kept in state for the learned success predictor.
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
        trace: [
          traceEntry(runtime, state.requestId, {
            node: "semantic_classifier",
            ms: performance.now() - started,
            chose: "skip",
            why: classifier.enabled ? "no routes and no learned model" : "classifier disabled",
          }),
        ],
      };
    }
    // A prompt the cloud may not see is never embedded by a cloud encoder (private-embedding.ts).
    const embedded = await embedPrompt(runtime, state, lastUserText(state.messages), policyOf);
    if (embedded.skipped) {
      return {
        routes: [],
        vector: undefined,
        trace: [traceEntry(runtime, state.requestId, { node: "semantic_classifier", ms: performance.now() - started, chose: "skip", why: embedded.why })],
      };
    }
    const vector = embedded.predictorVector;
    const routes = classifier.routes.length > 0 ? await scoreRoutes(await embedded.routeIndex(), embedded.text, embedded.scoreVector) : [];
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
          why:
            (best
              ? best.matched
                ? `matched route "${best.name}" (${describeRouteScore(best)})`
                : `no route matched (best "${best.name}": ${describeRouteScore(best)})`
              : "embedded for the learned predictor") + (embedded.note ? `; ${embedded.note}` : ""),
        }),
      ],
    };
  };
}

/** Scores the routes; with a sentence encoder (on this machine) and no embeddings model's vector, by the encoder's vector of the text. */
async function scoreRoutes(index: RouteIndex, text: string, vector: readonly number[] | undefined): Promise<RouteScore[]> {
  const sentence = !vector && index.sentenceVector ? await index.sentenceVector(text) : undefined;
  return index.score(text, vector, sentence);
}

/**
 * "similarity 0.82, threshold 0.41" (with `meaningFallback` / `sentenceFallback`: ", by words", ", by
 * meaning" or ", by sentence", the view that scored it, and the words' match the sentence encoder overruled)
 */
export function describeRouteScore(route: RouteScore): string {
  const overruled = route.overruled ? `; the words' match "${route.overruled}" overruled` : "";
  return `similarity ${route.score.toFixed(2)}, threshold ${route.threshold.toFixed(2)}${route.view ? `, by ${route.view}` : ""}${overruled}`;
}
