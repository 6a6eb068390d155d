// `NODE_PATH=DIR/node_modules npx tsx eval/routing/tune-sentence.ts A|B SHARES OFFSETS [--fallback]`
// (session 30): the opt-in sentence encoder (classifier.embeddings.sentenceEncoder: use-lite, its
// packages installed in DIR) on the four development sets' half A or B, with SHARES (comma-separated)
// of its similarity mixed with the words' (1 = the sentence encoder alone, as shipped) and OFFSETS
// added to every calibrated threshold (0.03 shipped); --fallback: words score an English prompt the
// sentence encoder matches to no route. Refuses the labelled set: development sets only.
import { readDevHalf } from "./dev-half.js";
import { loadSentenceEncoder } from "../../src/embeddings/sentence-encoder.js";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { isKnownEnglishWord } from "../../src/embeddings/word-vectors.js";
import { HybridRouteEncoder } from "../../src/policies/hybrid-route-encoder.js";
import { createRouteMatcher, denseSpace, sparseSpace, type SparseVector, type VectorSpace } from "../../src/policies/route-match.js";

const [half, shareList = "1", offsetList = "0.03"] = process.argv.slice(2);
if (half !== "A" && half !== "B") throw new Error("first argument: A or B (half of each development set)");
const fallback = process.argv.includes("--fallback");
const SETS = ["dev", "dev-3", "dev-4", "dev-new-routes"];
const encoder = await loadSentenceEncoder("use-lite");
interface Both {
  sentence: number[] | undefined;
  lexical: SparseVector;
}

for (const share of shareList.split(",").map(Number))
  for (const offset of offsetList.split(",").map(Number)) {
    const total = { paraphrases: 0, matched: 0, english: 0, englishMatched: 0, negatives: 0, falseMatches: 0 };
    const perSet: string[] = [];
    for (const set of SETS) {
      const { routes, prompts } = readDevHalf(set, half);
      const words = new HybridRouteEncoder(
        routes.flatMap((route) => route.utterances),
        undefined,
        builtinCrossLingualLexicon(),
        undefined,
        undefined,
        isKnownEnglishWord,
      );
      const space: VectorSpace<Both> = {
        similarity(a, b) {
          const lexical = sparseSpace.similarity(a.lexical, b.lexical);
          return a.sentence && b.sentence ? share * Math.max(0, denseSpace.similarity(a.sentence, b.sentence)) + (1 - share) * lexical : lexical;
        },
        centroid: (vectors) => ({
          sentence: denseSpace.centroid(vectors.map((vector) => vector.sentence!)) as number[],
          lexical: sparseSpace.centroid(vectors.map((vector) => vector.lexical)),
        }),
      };
      const utterances = await encoder.embed(routes.flatMap((route) => route.utterances));
      let at = 0;
      const definitions = routes.map((route) => ({
        name: route.name,
        utterances: route.utterances,
        vectors: route.utterances.map((text) => ({ sentence: utterances[at++], lexical: words.encode(text).lexical })),
      }));
      const sentenceMatcher = createRouteMatcher(space, definitions, { thresholdFloor: share === 1 ? 0 : undefined, thresholdOffset: offset });
      const wordMatcher = createRouteMatcher(
        sparseSpace,
        definitions.map((route) => ({ ...route, vectors: route.vectors.map((vector) => vector.lexical) })),
      );
      let matched = 0;
      let falseMatches = 0;
      let paraphrases = 0;
      let negatives = 0;
      for (const prompt of prompts) {
        const lexical = words.encode(prompt.text).lexical;
        const english = words.readsAsEnglish(prompt.text);
        let scores = english ? sentenceMatcher.score({ sentence: (await encoder.embed([prompt.text]))[0], lexical }) : wordMatcher.score(lexical);
        if (english && fallback && !scores[0]?.matched) scores = wordMatcher.score(lexical);
        const predicted = scores[0]?.matched ? scores[0].name : null;
        if (prompt.kind === "paraphrase") {
          paraphrases++;
          if (predicted === prompt.route) matched++;
          if (prompt.language === "en") {
            total.english++;
            if (predicted === prompt.route) total.englishMatched++;
          }
        }
        if (prompt.kind === "negative") {
          negatives++;
          if (predicted !== null) falseMatches++;
        }
      }
      perSet.push(`${set} ${matched}/${paraphrases}, ${falseMatches}/${negatives}`);
      total.paraphrases += paraphrases;
      total.matched += matched;
      total.negatives += negatives;
      total.falseMatches += falseMatches;
    }
    const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
    console.log(
      `half ${half}, share ${share}, offset ${offset}${fallback ? ", fallback to words" : ""}: ${perSet.join("; ")}; paraphrases ${total.matched}/${total.paraphrases} (${percent(total.matched, total.paraphrases)}; English ${total.englishMatched}/${total.english}), false matches ${total.falseMatches}/${total.negatives} (${percent(total.falseMatches, total.negatives)})`,
    );
  }
