import { describe, expect, it } from "vitest";
import { createRouteMatcher, DEFAULT_THRESHOLD_FLOOR, denseSpace, LexicalRouteEncoder, sparseSpace } from "../../src/policies/route-match.js";
import { routeTerms } from "../../src/policies/route-terms.js";

const routes = [
  { name: "smalltalk", utterances: ["hi there", "thanks a lot", "good morning, how are you?", "tell me a joke"] },
  {
    name: "summaries",
    utterances: [
      "summarise this article",
      "give me a short summary of the report",
      "tl;dr of this text please",
      "condense these meeting notes",
      "what are the key points of this email",
      "sum up this paper in three bullets",
      "recap the main arguments",
    ],
  },
  { name: "one", utterances: ["translate this sentence into French"] },
];

function lexicalMatcher(definitions = routes) {
  const encoder = new LexicalRouteEncoder(definitions.flatMap((route) => route.utterances));
  const matcher = createRouteMatcher(
    sparseSpace,
    definitions.map((route) => ({ ...route, vectors: route.utterances.map((text) => encoder.encode(text)) })),
  );
  return { matcher, score: (text: string) => matcher.score(encoder.encode(text)) };
}

describe("semantic route scores", () => {
  it("scores a prompt equal to an utterance ~1 and matches its route, whatever the route's size", () => {
    const { score } = lexicalMatcher();
    for (const route of routes) {
      for (const utterance of route.utterances) {
        const [best] = score(utterance);
        expect(best!.name).toBe(route.name);
        expect(best!.score).toBeGreaterThan(0.99);
        expect(best!.matched).toBe(true);
      }
    }
  });

  it("is robust to inflection, case, punctuation and full-width characters", () => {
    const { score } = lexicalMatcher();
    expect(score("Summarising this ARTICLE!!")[0]).toMatchObject({ name: "summaries", matched: true });
    expect(score("ｈｉ ｔｈｅｒｅ")[0]).toMatchObject({ name: "smalltalk", matched: true });
    expect(score("Translating these sentences to French")[0]).toMatchObject({ name: "one", matched: true });
  });

  it("matches no route for an unrelated prompt, and says by how much", () => {
    const { score } = lexicalMatcher();
    const scores = score("What is the integral of x squared from 0 to 3?");
    expect(scores.every((route) => !route.matched)).toBe(true);
    expect(scores.every((route) => route.threshold >= DEFAULT_THRESHOLD_FLOOR && route.score < route.threshold)).toBe(true);
  });

  it("uses a configured threshold as given and calibrates the others per route", () => {
    const { matcher } = lexicalMatcher([{ ...routes[0]!, threshold: 0.9 } as (typeof routes)[number], routes[1]!]);
    expect(matcher.routes[0]).toEqual({ name: "smalltalk", threshold: 0.9, calibrated: false });
    expect(matcher.routes[1]!.calibrated).toBe(true);
    expect(matcher.routes[1]!.threshold).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD_FLOOR);
  });

  it("scores dense vectors by cosine against utterances and the centroid", () => {
    const matcher = createRouteMatcher(
      denseSpace,
      [
        {
          name: "a",
          utterances: ["a1", "a2"],
          vectors: [
            [1, 0, 0],
            [0.9, 0.1, 0],
          ],
        },
        { name: "b", utterances: ["b1"], vectors: [[0, 0, 1]] },
      ],
      { thresholdFloor: 0 },
    );
    const [best] = matcher.score([1, 0, 0]);
    expect(best).toMatchObject({ name: "a", matched: true });
    expect(best!.score).toBeCloseTo(1, 6);
    expect(matcher.score([0, 1, 0]).every((route) => !route.matched)).toBe(true);
  });

  it("drops stop words per language and splits scripts written without spaces", () => {
    expect(routeTerms("Wie kann ich diese Dokumente zusammenfassen?").map((term) => term.term)).not.toContain("w:ich");
    expect(routeTerms("请总结这篇文章").some((term) => term.term === "ub:总结")).toBe(true);
    expect(routeTerms("how are you").length).toBeGreaterThan(0);
  });
});
