/**
 * `\s` of a JavaScript regex, by code unit: the white space and line terminators of ECMAScript (the same with and
 * without the `u` flag). For hand-written checks that must answer exactly as a pattern with `\s` would.
 */
export function isRegexSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Every code unit `\s` matches (isRegexSpace's), as one-character strings: to spell stems that end in `\s`. */
export const REGEX_SPACES: readonly string[] = Array.from({ length: 0x10000 }, (_unused, code) => code)
  .filter(isRegexSpace)
  .map((code) => String.fromCharCode(code));
