/**
 * A minimal contrast pair of development set 37: a sensitive prompt and a non-sensitive one that differ by one fact
 * (whose the value is, or what the value is). Both members keep the same language, topic, contrast and form, and go to
 * the same half (`pairedHalves` in `../dev-37.ts`).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export type ContrastPair = readonly [positive: MarkedEntry, negative: MarkedEntry];

/**
 * `pair("en", "password", "placeholder", "email-thread", positive, negative)` gives the kinds
 * `password:placeholder:email-thread` and `neg-password:placeholder:email-thread`.
 */
export function pair(lang: string, topic: string, contrast: string, form: string, positive: string, negative: string): ContrastPair {
  return [
    [lang, `${topic}:${contrast}:${form}`, positive],
    [lang, `neg-${topic}:${contrast}:${form}`, negative],
  ];
}
