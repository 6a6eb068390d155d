/**
 * The request line of a prompt that pastes a block (config `classifier.embeddings.requestFocus`):
 * the semantic routes' built-in encoder also scores that line, so the pasted words do not drown it.
 * Pure; language-independent.
 */

/** The longest request line considered (a longer paragraph is context, not the request). */
const REQUEST_MAX_CHARACTERS = 240;

/**
 * The request part of a prompt that pastes a block and asks something about it on its own line
 * ("<a table>\n\nI need a query that gives each user's running total", "Context: …\nPlease draft
 * the email."): the last paragraph (after the last blank line, else the last line), when the text has
 * several lines and that part is short; else the first line when it is short and the rest is long
 * (a request followed by the pasted block). The rest must be a block: several lines, or longer than
 * the request — a question followed by a shorter remark ("How do solar panels work?\n\nI'm asking
 * because my roof faces south.") pastes nothing. Undefined for a one-line prompt or when neither
 * part qualifies.
 */
export function requestFocus(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.includes("\n")) return undefined;
  const paragraphs = trimmed.split(/\n\s*\n/u).filter((part) => part.trim() !== "");
  const lines = trimmed.split("\n").filter((line) => line.trim() !== "");
  const last = (paragraphs.length > 1 ? paragraphs.at(-1)! : lines.at(-1)!).trim();
  if (last.length <= REQUEST_MAX_CHARACTERS && isBlock(trimmed.slice(0, trimmed.lastIndexOf(last)), last)) return last;
  const first = lines[0]!.trim();
  return first.length <= REQUEST_MAX_CHARACTERS && isBlock(trimmed.slice(trimmed.indexOf(first) + first.length), first) ? first : undefined;
}

/** The part beside the request is a pasted block: two lines or more, or longer than the request. */
function isBlock(rest: string, request: string): boolean {
  const lines = rest.split("\n").filter((line) => line.trim() !== "");
  return lines.length >= 2 || rest.trim().length > request.length;
}

/** The longest one-line prompt split into clauses (a longer one is read whole). */
const CLAUSE_TEXT_MAX_CHARACTERS = 300;
/** Fewest words of a clause scored on its own. */
const CLAUSE_MIN_WORDS = 3;
/** Where a one-line prompt's clauses part: punctuation followed by a space, " but ", " - " (a blank run tried from its first blank only). */
const CLAUSE_BREAK = /[,;:!?.]\s+|(?<!\s)\s+but\s+|(?<!\s)\s+-\s+/iu;
/** A polite or chatty lead-in before a clause's request word ("can you fix …"). */
const LEAD_IN = /^(?:please|pls|ok|okay|so|can you|could you|would you)\s+/iu;
/** English question words that open a request in any route. */
export const QUESTION_OPENERS: readonly string[] = [
  "how",
  "what",
  "what's",
  "whats",
  "which",
  "where",
  "when",
  "why",
  "who",
  "is",
  "are",
  "do",
  "does",
  "can",
  "should",
];

/** The first word of a text, lower-cased (letters and apostrophes). */
export function openingWord(text: string): string {
  return (
    text
      .toLowerCase()
      .split(/[^\p{L}']+/u)
      .find((word) => word !== "") ?? ""
  );
}

/**
 * The request clauses of a one-line prompt that says more than its request ("ok dumb question but
 * how do I get rid of duplicate rows…", "the kitchen faucet drips, how do I stop it"): the clauses
 * of three words or more that open, after a polite lead-in, with one of `openers` (the routes'
 * utterances' first words and the English question words). Empty when the prompt has several lines,
 * is long, or its only such clause is the whole prompt.
 */
export function requestClauses(text: string, openers: ReadonlySet<string>): string[] {
  const trimmed = text.trim();
  if (trimmed.includes("\n") || trimmed.length > CLAUSE_TEXT_MAX_CHARACTERS) return [];
  const clauses = trimmed
    .split(CLAUSE_BREAK)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/u).length >= CLAUSE_MIN_WORDS && openers.has(openingWord(part.replace(LEAD_IN, ""))));
  return clauses.length === 1 && clauses[0] === trimmed ? [] : clauses;
}
