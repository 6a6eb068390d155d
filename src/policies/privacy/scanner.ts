import type { PrivacyFinding, PrivacyScanner, PrivacyScannerOptions } from "./types.js";
import type { Detector, Emit } from "./detector.js";
import { PRIORITY } from "./detector.js";
import { BUILTIN_DETECTORS } from "./detectors/index.js";
import { createCustomDetectors } from "./detectors/custom.js";

interface Candidate extends PrivacyFinding {
  priority: number;
}

/**
 * Keeps non-overlapping candidates: higher priority first, then the longer span, then the
 * earlier one; the result is sorted by start.
 */
export function resolveOverlaps(candidates: Candidate[]): PrivacyFinding[] {
  if (candidates.length === 0) return [];
  const ranked = [...candidates].sort(
    (left, right) => right.priority - left.priority || right.end - right.start - (left.end - left.start) || left.start - right.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    let overlaps = false;
    for (const other of kept) {
      if (candidate.start < other.end && other.start < candidate.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push(candidate);
  }
  kept.sort((left, right) => left.start - right.start);
  return kept.map(({ category, start, end, rule }) => ({ category, start, end, rule }));
}

/** Builds a scanner over the built-in detectors plus the config's custom patterns and keyword lists. */
export function createPrivacyScanner(options: PrivacyScannerOptions = {}): PrivacyScanner {
  const detectors: Detector[] = [...BUILTIN_DETECTORS, ...createCustomDetectors(options.custom ?? [])];
  return {
    scan(text: string): PrivacyFinding[] {
      if (typeof text !== "string" || text.length === 0) return [];
      const candidates: Candidate[] = [];
      const emit: Emit = (category, start, end, rule, priority = PRIORITY.structured) => {
        candidates.push({ category, start, end, rule, priority });
      };
      const lower = text.toLowerCase();
      for (const detector of detectors) detector.run(text, emit, lower);
      return resolveOverlaps(candidates);
    },
  };
}
