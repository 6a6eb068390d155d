/**
 * Custom detectors from the config (`privacy.custom`): a regular expression and/or a keyword list.
 * Keywords match whole words or phrases, case-insensitively, with any run of spaces between words.
 */
import { RouterError } from "../../errors.js";
import type { CustomDetector } from "../types.js";
import type { Detector } from "../detector.js";
import { PRIORITY } from "../detector.js";

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compilePattern(detector: CustomDetector, index: number): RegExp | undefined {
  if (detector.pattern === undefined) return undefined;
  const flags = new Set((detector.flags ?? "").split("").filter((flag) => "imsu".includes(flag)));
  flags.add("g");
  try {
    return new RegExp(detector.pattern, [...flags].join(""));
  } catch (cause) {
    throw new RouterError("CONFIG_INVALID", `privacy.custom[${index}].pattern: not a valid regular expression (${(cause as Error).message})`, {
      cause,
      details: { path: `privacy.custom[${index}].pattern` },
    });
  }
}

function compileKeywords(detector: CustomDetector): RegExp | undefined {
  const keywords = (detector.keywords ?? []).map((keyword) => keyword.trim()).filter((keyword) => keyword.length > 0);
  if (keywords.length === 0) return undefined;
  // Longest first so that "project falcon x" wins over "project falcon".
  const alternatives = keywords.sort((left, right) => right.length - left.length).map((keyword) => keyword.split(/\s+/).map(escapeRegExp).join("\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
}

/**
 * The offset after an empty match at `index`: the next code point with the `u` flag. One code unit would land
 * inside a surrogate pair, and V8 then starts the next match at the pair's start again: the same empty match, forever
 * (a text starting with an emoji hung the scan this way at e419ea3, session 32).
 */
function afterEmptyMatch(pattern: RegExp, text: string, index: number): number {
  const code = text.charCodeAt(index);
  const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return index + (pattern.unicode && pair ? 2 : 1);
}

function runRegex(pattern: RegExp, text: string, emit: (start: number, end: number) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex = afterEmptyMatch(pattern, text, match.index);
      continue;
    }
    emit(match.index, match.index + match[0].length);
  }
}

export function createCustomDetectors(custom: readonly CustomDetector[]): Detector[] {
  return custom.map((detector, index) => {
    if (!detector.name) throw new RouterError("CONFIG_INVALID", `privacy.custom[${index}].name: a custom detector needs a name`);
    const pattern = compilePattern(detector, index);
    const keywords = compileKeywords(detector);
    if (!pattern && !keywords) {
      throw new RouterError("CONFIG_INVALID", `privacy.custom[${index}]: a custom detector needs a pattern or keywords`, {
        details: { path: `privacy.custom[${index}]` },
      });
    }
    return {
      name: `custom:${detector.name}`,
      run(text, emit) {
        if (pattern) runRegex(pattern, text, (start, end) => emit(detector.name, start, end, "custom-pattern", PRIORITY.secret + 5));
        if (keywords) runRegex(keywords, text, (start, end) => emit(detector.name, start, end, "custom-keyword", PRIORITY.secret + 5));
      },
    };
  });
}
