/**
 * An intent cue for the semantic routes' built-in encoder (English): whether a text asks for an
 * explanation of how the world is ("what is the history of vaccines", "how does a guitar produce
 * sound", "why are laptops so expensive", "explain how credit cards work") rather than for help
 * with the asker's own task ("how do I fix a leaking tap", "my throat hurts", "buy me …"). Words and
 * word vectors see the topic a prompt shares with a route; this cue sees the form of the request,
 * so a route whose utterances are all tasks is not matched by a general question on its topic.
 * Pure and deterministic.
 */

/** Openings of an explanatory question, after lower-casing and the removal of leading politeness. */
const EXPLANATORY_OPENING =
  /^(?:(?:what|who|which)(?:'s| is| are| was| were| does| did| [a-z]+ (?:does|do|did|is|are|was|were))\b(?! (?:i|my|we|our)\b)|who (?:wrote|invented|discovered|painted|won|made|built)\b|why (?:is|are|was|were|do|does|did)\b(?! (?:i|my|we|our)\b)|how (?:does|do|did|are|is|was|were|many|much)\b(?! (?:i|my|we|our|you)\b)|explain\b|describe\b|tell me about\b|(?:what|who) (?:is|was) the (?:history|origin)\b|write (?:an? )?(?:essay|story|article)\b)/u;
const POLITE_PREFIX = /^(?:(?:please|hey|hi|ok|so|and|but)\b[\s,]*|(?:can|could|would) you (?:please )?)+/u;

/** True when an English text opens as a question asking how the world is rather than for help with one's own task. */
export function isExplanatoryQuestion(text: string): boolean {
  const opening = text
    .slice(0, 200)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’]/gu, "'")
    .replace(/^[\s"'“(¿¡]+/u, "")
    .replace(POLITE_PREFIX, "");
  return EXPLANATORY_OPENING.test(opening);
}

/** Factor on a task route's built-in score when the prompt is an explanatory question (chosen on the development sets). */
export const EXPLANATORY_QUESTION_FACTOR = 0.6;

/** True when fewer than half of a route's utterances are explanatory questions: the route is asked as a task. */
export function taskRoute(utterances: readonly string[]): boolean {
  return utterances.filter(isExplanatoryQuestion).length * 2 < utterances.length;
}
