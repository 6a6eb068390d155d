/**
 * The pre-check of the German, Dutch and Nordic street pattern (personal.ts, `address-de-nl`): a street word right
 * before a house number, `/\d(?<=(?:straße|strasse|…|tie)\s*\d)/.test(lower)` on the lower-cased text. Every such
 * digit starts a run of ASCII digits (no street word ends with a digit), so only the starts of the text's digit runs
 * (found once per text for several detectors, digit-runs.ts) are read, each with the spaces before it: not the
 * pattern's look-behind at every digit of the text (~10 µs on the bench's 2,000-token prompt, which has many).
 */
import { someDigitRunStart } from "../digit-runs.js";
import { isRegexSpace } from "../regex-space.js";

/** The street words of `address-de-nl` (lower case), as the pattern has them. */
export const STREET_WORDS =
  "straße strasse str. weg gasse allee platz ring damm ufer chaussee steig pfad markt straat laan gracht plein kade dijk singel gatan vägen gata gade vej veien gaten katu tie".split(
    " ",
  );

/** The pattern the check answers (and answers with, when lower-casing changed the text's length). */
export const STREET_NUMBER = new RegExp(`\\d(?<=(?:${STREET_WORDS.map((word) => word.replace(".", "\\.")).join("|")})\\s*\\d)`);

/** The street words by their last code unit. */
const WORDS_BY_LAST = new Map<number, string[]>();
for (const word of STREET_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  WORDS_BY_LAST.set(last, [...(WORDS_BY_LAST.get(last) ?? []), word]);
}

/** A street word ends at `end` of `lower`. */
function streetWordEndsAt(lower: string, end: number): boolean {
  const words = end > 0 ? WORDS_BY_LAST.get(lower.charCodeAt(end - 1)) : undefined;
  if (words === undefined) return false;
  for (const word of words) if (end >= word.length && lower.startsWith(word, end - word.length)) return true;
  return false;
}

/** `STREET_NUMBER.test(lower)`, for `lower = text.toLowerCase()`. */
export function streetWordBeforeNumber(text: string, lower: string): boolean {
  // Lower-casing kept every offset (it only lengthens characters): the digit runs of `text` are those of `lower`.
  if (lower.length !== text.length) return STREET_NUMBER.test(lower);
  return someDigitRunStart(text, (start) => {
    let end = start;
    while (end > 0 && isRegexSpace(lower.charCodeAt(end - 1))) end--;
    return streetWordEndsAt(lower, end);
  });
}
