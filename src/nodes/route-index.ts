import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { RouterConfig } from "../config/schema.js";
import { createRouteMatcher, denseSpace, LexicalRouteEncoder, sparseSpace, type RouteMatcher } from "../policies/route-match.js";
import type { RouteIndex } from "./node-runtime.js";

/**
 * Indexes the configured routes once: the built-in lexical encoder always (its IDF learned from the
 * utterances plus `corpus`, e.g. recorded prompts), and the configured embeddings model's vectors
 * when the classifier uses one (`embeddings` given and not the built-in encoder).
 */
export async function buildRouteIndex(
  classifier: RouterConfig["classifier"],
  options: { embeddings?: EmbeddingsInterface | undefined; corpus?: readonly string[] | undefined } = {},
): Promise<RouteIndex> {
  const routes = classifier.routes;
  const lexical = new LexicalRouteEncoder([...routes.flatMap((route) => route.utterances), ...(options.corpus ?? [])]);
  const lexicalMatcher = createRouteMatcher(
    sparseSpace,
    routes.map((route) => ({
      name: route.name,
      utterances: route.utterances,
      threshold: route.threshold,
      vectors: route.utterances.map((text) => lexical.encode(text)),
    })),
  );
  let denseMatcher: RouteMatcher<readonly number[]> | undefined;
  if (options.embeddings && routes.length > 0) {
    const vectors = await options.embeddings.embedDocuments(routes.flatMap((route) => route.utterances));
    let offset = 0;
    denseMatcher = createRouteMatcher(
      denseSpace,
      routes.map((route) => {
        const own = vectors.slice(offset, offset + route.utterances.length);
        offset += route.utterances.length;
        return { name: route.name, utterances: route.utterances, threshold: route.threshold, vectors: own };
      }),
      { thresholdFloor: 0 },
    );
  }
  return {
    routes: denseMatcher?.routes ?? lexicalMatcher.routes,
    score: (text, vector) => (denseMatcher && vector ? denseMatcher.score(vector) : lexicalMatcher.score(lexical.encode(text))),
    prefer: new Map(routes.map((route) => [route.name, route.prefer])),
  };
}
