/**
 * The global (`g`) copy of a pattern, for `exec` loops and `lastIndex` walks over a text; a pattern that is global
 * already keeps its flags. A new object each call: callers that need it per scan keep their own copy.
 */
export function globalOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
}
