/**
 * A graph extension: a response cache in front of the selector, and a verifier wrapper that fills
 * it. A prompt answered before (same messages, nothing sensitive in them) ends the graph with the
 * cached answer; no model is called. The extended graph is `router.graph`, so `router.invoke`,
 * `stream`, `RouterChatModel`, `routellm serve`, the batch workers and `routellm simulate` all run it.
 *
 * In code:      createRouter(config, { extend: responseCache() })
 * In a config:  extensions: ["./response-cache.ts"]   (the default export below; a .js file once built)
 */
import { AIMessage } from "@langchain/core/messages";
import { END } from "@langchain/langgraph";
import { ROUTER_NODES, type RouterGraphExtension, type RouterStateValue } from "routellm";

/** Node name of the cache lookup. */
export const RESPONSE_CACHE_NODE = "response_cache";

export function responseCache(store = new Map<string, string>()): RouterGraphExtension {
  // The cache key: every message's text, as the privacy guard scanned it.
  const keyOf = (state: RouterStateValue) => state.text;
  return (graph) => {
    graph.insertBefore(
      ROUTER_NODES.banditSelector,
      RESPONSE_CACHE_NODE,
      (state) => {
        const cached = state.privacy?.sensitive || state.options.dryRun ? undefined : store.get(keyOf(state));
        if (cached === undefined) return { trace: [{ node: RESPONSE_CACHE_NODE, ms: 0, chose: "miss", why: "not cached" }] };
        const answer = { modelId: RESPONSE_CACHE_NODE, message: new AIMessage(cached), text: cached, finalAnswer: undefined, finishReason: "stop" };
        return {
          answer,
          answers: [answer],
          reasons: ["answered from the response cache"],
          trace: [{ node: RESPONSE_CACHE_NODE, ms: 0, chose: "hit", why: "answered before" }],
        };
      },
      { route: (state) => (state.answer ? END : ROUTER_NODES.banditSelector), targets: [ROUTER_NODES.banditSelector, END] },
    );
    const verify = graph.node(ROUTER_NODES.verify);
    graph.replaceNode(ROUTER_NODES.verify, async (state, config) => {
      const update = await verify(state, config);
      const kept = update.answer ?? state.answer;
      // Only a final answer (nothing more to call) for a prompt with nothing sensitive is kept.
      if (!update.next && kept && !state.privacy?.sensitive) store.set(keyOf(state), kept.text);
      return update;
    });
  };
}

/** What a config's `extensions: ["./response-cache.ts"]` loads: one cache per process, primed with one answer. */
export default responseCache(new Map([["What is the capital of France?\n", "Paris (from the response cache)."]]));
