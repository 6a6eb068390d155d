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
