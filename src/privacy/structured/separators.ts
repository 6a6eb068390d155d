/**
 * Separators a record's header declares (session 41, issue #15): HL7's MSH-1/MSH-2 and X12's ISA choose the characters
 * that split fields and components. A reader that knows only the usual ones reads the text with the declared ones
 * written as those (one character for one: every offset, so every finding, stays where it was).
 */

/**
 * `text` with each of `declared` written as the `standard` character at the same index, and a standard character that
 * was not declared written as a space (in such a text it is data, not a split). `declared` must be distinct.
 */
export function withStandardSeparators(text: string, declared: readonly string[], standard: readonly string[]): string {
  const mapped = new Map<string, string>(declared.map((char, index) => [char, standard[index]!]));
  for (const char of standard) if (!mapped.has(char)) mapped.set(char, " ");
  const pattern = new RegExp(`[${[...mapped.keys()].map((char) => `\\${char}`).join("")}]`, "g");
  return text.replace(pattern, (char) => mapped.get(char)!);
}
