/**
 * A test assertion's literal (issue #15, session 55; the session-54 review's probe, from CRUXEval's
 * `assert f('minimc@minimc.io') == …`): a quoted value on a line that is a test assertion — it opens with `assert`,
 * `assert_eq!`, `self.assertEqual(`, `assertThat(`, `XCTAssert…(`, `expect(`, `t.Equal(`, `require.Equal(` or a doctest
 * `>>>`, or it chains `).toBe(` / `).toEqual(` — is the code's fixture, not an address someone gave. A personal word on
 * the line ("# my real address") keeps it the writer's; the caller keeps a free-mail address that names a person.
 */
import { textWindow } from "../one-byte-windows.js";

const MAX_LINE = 240;
const ASSERTION_LINE =
  /^[ \t]*(?:>>>[ \t]*)?(?:assert(?:_eq|_ne|_equal|_not_equal)?!?(?![\p{L}\p{N}_])|self\.assert[A-Za-z]*\(|(?:assert(?:That|Equals?|True|False|In)|XCTAssert[A-Za-z]*)\(|expect\(|t\.(?:Equal|Assert|Expect)[A-Za-z]*\(|require\.[A-Za-z]+\(|assert\.[A-Za-z]+\()|\)\.(?:to|not\.to)(?:Be|Equal|StrictEqual|Match|Contain)[A-Za-z]*\(/u;
const QUOTES = new Set(["'", '"', "`"]);

/** The writer's own or a real address named on the line (English, German, French, Spanish, Italian, Dutch, Polish). */
const PERSONAL_WORD =
  /(?<![\p{L}])(?:my|mine|our|real|actual|personal|private|mein\p{L}*|echte\p{L}*|privat\p{L}*|mon|ma|mes|vrai\p{L}*|mi|mis|real(?:es)?|mio|mia|vero|vera|mijn|echte|mój|moja|moje|prawdziw\p{L}*)(?![\p{L}])/iu;

/** True when the quoted value at [start, end) stands in a test assertion's line (see the module comment). */
export function inCodeAssertion(text: string, start: number, end: number): boolean {
  const quote = text[start - 1];
  if (quote === undefined || !QUOTES.has(quote) || text[end] !== quote) return false;
  const before = textWindow(text, start - MAX_LINE, start);
  const lineStart = before.lastIndexOf("\n") + 1;
  const afterText = textWindow(text, end, end + MAX_LINE);
  const lineEnd = afterText.indexOf("\n");
  const line = before.slice(lineStart) + text.slice(start, end) + (lineEnd < 0 ? afterText : afterText.slice(0, lineEnd));
  return ASSERTION_LINE.test(line) && !PERSONAL_WORD.test(line);
}
