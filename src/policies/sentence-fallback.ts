import { byMatchThenMargin, type RouteScore } from "./route-match.js";

/**
 * `classifier.embeddings.sentenceFallback` (session 36, docs/semantic-routing.md): the words decide
 * first and the on-machine sentence encoder only overrules them. Chosen on the development sets'
 * A halves: a prompt the words match to no route is routed by the sentence encoder when it clears
 * its calibrated threshold + `margin` (0.05); a words match is dropped (`veto`) when the sentence
 * encoder scores that route more than 0.1 under its calibrated threshold (its utterances' meaning is
 * far from the prompt's, as for a near-miss sharing a word), and the prompt is then scored as one
 * the words left unmatched.
 */
export const SENTENCE_FALLBACK = { margin: 0.05, veto: 0.1 } as const;

/**
 * The route scores of an English prompt under `sentenceFallback`: `byWords` as the built-in encoder
 * scored it, `bySentence` the sentence encoder's scores against thresholds calibrated with no margin.
 * The result's `view` says which one decided; `overruled` names a words match the encoder dropped.
 */
export function sentenceAfterWords(byWords: readonly RouteScore[], bySentence: readonly RouteScore[], settings = SENTENCE_FALLBACK): RouteScore[] {
  const words = byWords.map((entry) => (entry.view ? entry : { ...entry, view: "words" as const }));
  const lead = words[0];
  let overruled: string | undefined;
  if (lead?.matched) {
    const own = bySentence.find((entry) => entry.name === lead.name);
    if (!own || own.score >= own.threshold - settings.veto) return words;
    overruled = lead.name;
  }
  const sentence = bySentence
    .map((entry) => {
      const threshold = entry.threshold + settings.margin;
      return { ...entry, threshold, matched: entry.score >= threshold, view: "sentence" as const };
    })
    .sort(byMatchThenMargin);
  if (overruled === undefined) return sentence[0]?.matched ? sentence : words;
  return sentence.map((entry, position) => (position === 0 ? { ...entry, overruled } : entry));
}
