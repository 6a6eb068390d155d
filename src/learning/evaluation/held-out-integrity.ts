import { RouterError } from "../../errors.js";
import type { RouterModel } from "../router-model.js";
import { seenPromptTest } from "../seen-prompts.js";

/**
 * What the evaluation commands do with held-out prompts a learned model was trained on:
 * `exclude` (default) scores only the prompts it has not seen and says how many were left out;
 * `refuse` stops with DATASET_INVALID. Either way, no figure is computed on a seen prompt.
 */
export type SeenPromptPolicy = "exclude" | "refuse";

export const SEEN_PROMPT_POLICIES: readonly SeenPromptPolicy[] = ["exclude", "refuse"];

export interface HeldOutCheck<T> {
  /** The prompts the model has not seen. */
  items: T[];
  /** How many were left out because the model trained on them. */
  excluded: number;
  /** A line for the output; undefined when nothing was left out and the model records its prompts. */
  note: string | undefined;
}

export function parseSeenPromptPolicy(text: string | undefined, flag = "--seen-prompts"): SeenPromptPolicy {
  if (text === undefined) return "exclude";
  if ((SEEN_PROMPT_POLICIES as readonly string[]).includes(text)) return text as SeenPromptPolicy;
  throw new RouterError("INVALID_REQUEST", `${flag} must be exclude or refuse, got "${text}"`);
}

/**
 * Removes (or refuses) the held-out prompts `model` was trained on, matched by a hash of the prompt
 * text (so copies in other files count too). `what` names the model in messages.
 */
export function checkHeldOut<T extends { prompt: string }>(
  items: readonly T[],
  model: Pick<RouterModel, "trainedOn">,
  policy: SeenPromptPolicy,
  what: string,
): HeldOutCheck<T> {
  const seen = seenPromptTest(model);
  if (!seen)
    return {
      items: [...items],
      excluded: 0,
      note: `${what} does not record which prompts trained it (written by an older version); held-out figures cannot be checked for overlap. Retrain it with routellm train.`,
    };
  const unseen = items.filter((item) => !seen(item.prompt));
  const excluded = items.length - unseen.length;
  if (excluded === 0) return { items: unseen, excluded, note: undefined };
  if (policy === "refuse")
    throw new RouterError(
      "DATASET_INVALID",
      `${what} was trained on ${excluded} of the ${items.length} held-out prompts, so figures on them would be inflated. Train it on the train side only (routellm train without --all), or pass --seen-prompts exclude to score only the ${unseen.length} it has not seen.`,
      { details: { excluded, heldOut: items.length } },
    );
  if (unseen.length === 0)
    throw new RouterError(
      "DATASET_INVALID",
      `${what} was trained on all ${items.length} held-out prompts: nothing is left to score. Retrain it on the train side only (routellm train --dataset <file> --write-config, without --all), or score it on other prompts (--dataset <a file it has not seen>), or remove classifier.learnedModel from the config (simulate --learn and calibrate then train one here on the train side).`,
      {
        details: { excluded, heldOut: items.length },
      },
    );
  return {
    items: unseen,
    excluded,
    note: `${excluded} of ${items.length} held-out prompts excluded: ${what} was trained on them (--seen-prompts exclude; refuse to stop instead).`,
  };
}
