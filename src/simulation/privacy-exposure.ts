import type { PrivacyConfig } from "../config/index.js";
import type { ReplayItem } from "./dataset.js";

/**
 * The sensitive values of a labelled prompt that must not reach a cloud model in the clear: those
 * whose category's configured policy is not `allow`. Undefined when the prompt carries labels but no
 * values (then any cloud call counts as a violation).
 */
export function protectedValues(item: ReplayItem, privacy: PrivacyConfig): string[] | undefined {
  const values = item.sensitive?.values;
  if (!values) return undefined;
  return values.filter((value) => (privacy.categories[value.category] ?? privacy.defaultPolicy) !== "allow").map((value) => value.text);
}

/** True when a cloud model that received `texts` saw one of the prompt's protected values in the clear. */
export function cloudCallLeaks(item: ReplayItem, privacy: PrivacyConfig, texts: readonly string[]): boolean {
  if (item.sensitive === undefined) return false;
  const values = protectedValues(item, privacy);
  if (values === undefined) return true;
  return values.some((value) => texts.some((text) => text.includes(value)));
}
