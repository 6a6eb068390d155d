/**
 * Small helpers shared by detectors: keyword windows, placeholder values, word boundaries.
 * Every regex here runs on a bounded slice, so cost stays linear in the text.
 */

/** True when `pattern` matches in the `window` characters before `index`. */
export function keywordBefore(text: string, index: number, pattern: RegExp, window = 48): boolean {
  return pattern.test(text.slice(Math.max(0, index - window), index));
}

/** True when `pattern` matches within `window` characters on either side of [start, end). */
export function keywordAround(text: string, start: number, end: number, pattern: RegExp, window = 64): boolean {
  return pattern.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}

const PLACEHOLDER =
  /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\$\{?[A-Z_][A-Z0-9_]*\}?|%[sd]|\?+|\.{2,}|…)$|x{4,}|\*{3,}|•{3,}|\.\.\.|…|<[a-z_ -]+>|\{\{|\$\{|\byour[_ -]?|^your|placeholder|redacted|changeme|change[_-]me|replace[_-]?(?:me|with)|insert[_-]|example|dummy|sample|fake|not[_ -]?a[_ -]?real|^(?:test|foo|bar|baz|secret|password|passwd|pass|pwd|token|key|apikey|api_key|value|string|null|none|undefined|true|false|user|username|mypassword|yourpassword|my_password|mysecret|your_secret)$|env\(|process\.env|os\.environ|getenv|\bsecrets\.|vault:|^\$[a-z_]+$/i;

/** True for values that only stand in for a secret: YOUR_API_KEY, sk-xxxx, <token>, ${DB_PASS}, ****. */
export function isPlaceholderValue(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  return isRepetitive(value);
}

/**
 * A value made of one or two repeated characters (aaaa, 0000, xXxX, 1212). Ascending runs such as
 * 1234567890abcdef are NOT treated as placeholders: people do paste such values as real input, and
 * missing a secret costs more than flagging a fake one (see eval/privacy/README.md).
 */
export function isRepetitive(value: string): boolean {
  // One pass over the ASCII letters and digits (lower-cased), no copies: it runs on every candidate value.
  let length = 0;
  let first = -1;
  let second = -1;
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index);
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    length++;
    if (code === first || code === second) continue;
    if (first < 0) first = code;
    else if (second < 0) second = code;
    else return false;
  }
  return length >= 4;
}
