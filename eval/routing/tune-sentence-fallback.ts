// `NODE_PATH=DIR/node_modules npx tsx eval/routing/tune-sentence-fallback.ts A|B MARGINS [--veto V] [--translate] [--dump FILE] [evaluate.ts word flags]`
// (session 36, how classifier.embeddings.sentenceFallback's margin and veto were chosen): the
// sentence encoder (use-lite, its packages installed in DIR) as the fallback of the words: the words
// decide first against their own thresholds, and a prompt they match to no route is scored by the
// sentence encoder against its calibrated thresholds plus each of MARGINS (comma-separated). English
// prompts only (as written: the shipped key also corrects typos first); --veto V: a words match is
// dropped when the encoder scores its route more than V under its threshold; --translate:
// other-language prompts too, as the English words the shipped lexicon gives them. The seven
// development sets' half A (per set and totals) or B (totals only); refuses the labelled set.
import { writeFileSync } from "node:fs";
import { readDevHalf } from "./dev-half.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { loadSentenceEncoder } from "../../src/embeddings/sentence-encoder.js";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { routeWords } from "../../src/policies/route-terms.js";
import { HybridRouteEncoder } from "../../src/policies/hybrid-route-encoder.js";
import { createRouteMatcher, denseSpace } from "../../src/policies/route-match.js";

const [half, marginList = "0.03"] = process.argv.slice(2);
if (half !== "A" && half !== "B") throw new Error("first argument: A or B (half of each development set)");
const flag = (name: string) => process.argv.includes(name);
const translate = flag("--translate");
const vetoAt = process.argv.indexOf("--veto");
const veto = vetoAt >= 0 ? Number(process.argv[vetoAt + 1]) : undefined;
// --dump FILE (half A only): each prompt the words leave unmatched, with the words' and the sentence encoder's best routes
const dumpAt = process.argv.indexOf("--dump");
if (dumpAt >= 0 && half !== "A") throw new Error("--dump: half A only");
const dump: unknown[] | undefined = dumpAt >= 0 ? [] : undefined;
const SETS = ["dev", "dev-3", "dev-4", "dev-ja", "dev-new-routes", "dev-5", "dev-6"];
const margins = marginList.split(",").map(Number);
const encoder = await loadSentenceEncoder("use-lite");
const lexicon = builtinCrossLingualLexicon();
const totals = margins.map(() => ({ paraphrases: 0, matched: 0, english: 0, englishMatched: 0, negatives: 0, falseMatches: 0, exact: 0, exactMatched: 0 }));
for (const set of SETS) {
  const { routes, prompts } = readDevHalf(set, half);
  const config = parseConfig({
    models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
    classifier: {
      embeddings: {
        wordVectors: flag("--word-vectors"),
        meaningFallback: flag("--meaning-fallback"),
        intentCue: flag("--intent-cue"),
        lengthCalibration: flag("--length-calibration"),
        neighbours: flag("--neighbours"),
      },
      routes,
    },
  });
  const words = await buildRouteIndex(config.classifier);
  const reader = new HybridRouteEncoder([], undefined, lexicon);
  const utterances = await encoder.embed(routes.flatMap((route) => route.utterances));
  let at = 0;
  const sentence = createRouteMatcher(
    denseSpace,
    routes.map((route) => ({ name: route.name, utterances: route.utterances, vectors: route.utterances.map(() => utterances[at++]!) })),
    { thresholdFloor: 0 },
  );
  const perSet = margins.map(() => ({ matched: 0, paraphrases: 0, falseMatches: 0, negatives: 0 }));
  for (const prompt of prompts) {
    const byWords = words.score(prompt.text, undefined, undefined)[0];
    let predicted: string | null = byWords?.matched ? byWords.name : null;
    const english = reader.readsAsEnglish(prompt.text);
    const rendered = english ? prompt.text : translate ? routeWords(prompt.text, lexicon).translations.join(" ") : "";
    const scores =
      rendered !== "" && (predicted === null || (english && (veto !== undefined || dump))) ? sentence.score((await encoder.embed([rendered]))[0]!) : [];
    const own = predicted === null ? undefined : scores.find((entry) => entry.name === predicted);
    // --veto V: a words match of an English prompt is dropped when the encoder scores its route more than V under its threshold.
    if (own && veto !== undefined && own.score < own.threshold - veto) predicted = null;
    const [best] = predicted === null ? scores : [];
    const fallback = best && { name: best.name, above: best.score - best.threshold };
    if (dump && scores.length > 0)
      dump.push({ set, ...prompt, english, words: byWords, wordsMatched: byWords?.matched ?? false, sentence: scores[0], second: scores[1], own });
    margins.forEach((margin, position) => {
      const routed = predicted ?? (fallback && fallback.above >= margin ? fallback.name : null);
      const tally = perSet[position]!;
      const total = totals[position]!;
      if (prompt.kind === "paraphrase") {
        tally.paraphrases++;
        total.paraphrases++;
        if (routed === prompt.route) {
          tally.matched++;
          total.matched++;
        }
        if (prompt.language === "en") {
          total.english++;
          if (routed === prompt.route) total.englishMatched++;
        }
      } else if (prompt.kind === "negative") {
        tally.negatives++;
        total.negatives++;
        if (routed !== null) {
          tally.falseMatches++;
          total.falseMatches++;
        }
      } else {
        total.exact++;
        if (routed === prompt.route) total.exactMatched++;
      }
    });
  }
  if (half === "A")
    console.log(
      `${set} A: ${margins.map((margin, position) => `m ${margin} ${perSet[position]!.matched}/${perSet[position]!.paraphrases}, ${perSet[position]!.falseMatches}/${perSet[position]!.negatives}`).join("; ")}`,
    );
}
if (dump) writeFileSync(process.argv[dumpAt + 1]!, dump.map((entry) => JSON.stringify(entry)).join("\n"));
const flags = process.argv.slice(4).join(" ");
margins.forEach((margin, position) => {
  const t = totals[position]!;
  console.log(
    `all ${half} ${flags} margin ${margin}: paraphrases ${t.matched}/${t.paraphrases} (English ${t.englishMatched}/${t.english}), false matches ${t.falseMatches}/${t.negatives}, exact ${t.exactMatched}/${t.exact}`,
  );
});
