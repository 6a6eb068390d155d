import type { PrivacyFinding, PrivacyScanner, PrivacyScannerOptions } from "./types.js";
import type { Detector, Emit } from "./detector.js";
import { PRIORITY, forgetKeywordPresence } from "./detector.js";
import { BUILTIN_DETECTORS } from "./detectors/index.js";
import { createCustomDetectors } from "./detectors/custom.js";
import { normalizeForScan } from "./normalize.js";
import { forgetDigitRuns } from "./digit-runs.js";
import { isPublicTestValue } from "./judgement/test-values.js";
import { isDeclaredTestValue, publicContextJudge } from "./judgement/public-context.js";
import { isExamVignette } from "./judgement/exam-vignette.js";

interface Candidate extends PrivacyFinding {
  priority: number;
}

const SHARED_COVERED_LIMIT = 65_536;
const SHARED_COVERED = new Uint8Array(SHARED_COVERED_LIMIT + 1);

/**
 * Keeps non-overlapping candidates: higher priority first, then the longer span, then the
 * earlier one; the result is sorted by start. Linear in the candidates' total length: kept spans
 * mark the characters they cover, and a candidate is checked against those marks (a pairwise
 * comparison was quadratic in the number of findings, e.g. 1 MB of short e-mail addresses).
 */
export function resolveOverlaps(candidates: Candidate[], textLength?: number): PrivacyFinding[] {
  // Sorts `candidates` in place (the scan builds a fresh array per call).
  if (candidates.length === 0) return [];
  const ranked = candidates.sort(
    (left, right) => right.priority - left.priority || right.end - right.start - (left.end - left.start) || left.start - right.start,
  );
  const length = textLength ?? ranked.reduce((max, candidate) => Math.max(max, candidate.end), 0);
  // One shared, all-zero map for texts up to SHARED_COVERED_LIMIT characters (cleared again below, span
  // by span): a scan then allocates no map of its text's length.
  const shared = length < SHARED_COVERED_LIMIT && ranked.every((candidate) => candidate.end <= length);
  const covered = shared ? SHARED_COVERED : new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    let overlaps = false;
    for (let index = candidate.start; index < candidate.end; index++) {
      if (covered[index] === 1) {
        overlaps = true;
        break;
      }
    }
    if (overlaps) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  if (shared) for (const candidate of kept) covered.fill(0, candidate.start, candidate.end);
  kept.sort((left, right) => left.start - right.start);
  return kept.map(({ category, start, end, rule }) => ({ category, start, end, rule }));
}

/** Builds a scanner over the built-in detectors plus the config's custom patterns and keyword lists. */
export function createPrivacyScanner(options: PrivacyScannerOptions = {}): PrivacyScanner {
  const detectors: Detector[] = [...BUILTIN_DETECTORS, ...createCustomDetectors(options.custom ?? [])];
  const reportTestValues = (options.testValues ?? "not-sensitive") === "sensitive";
  return {
    scan(original: string): PrivacyFinding[] {
      if (typeof original !== "string" || original.length === 0) return [];
      // Detectors see the NFKC-normalised text without format characters; spans map back.
      const normalized = normalizeForScan(original);
      const text = normalized.text;
      const candidates: Candidate[] = [];
      const emit: Emit = (category, start, end, rule, priority = PRIORITY.structured) => {
        candidates.push({ category, start, end, rule, priority });
      };
      const lower = text.toLowerCase();
      for (const detector of detectors) detector.run(text, emit, lower);
      // Contact details of places, services and placeholder people identify nobody (judgement/public-context.ts).
      const isPublic = publicContextJudge(lower);
      forgetKeywordPresence();
      forgetDigitRuns();
      let findings = resolveOverlaps(candidates, text.length).filter((finding) => !isPublic(text, finding));
      // An exam question's invented patient has no health data (judgement/exam-vignette.ts).
      if (findings.some((finding) => finding.category === "health") && isExamVignette(text))
        findings = findings.filter((finding) => finding.category !== "health");
      // Documented test values, and values the text itself declares test or example values, identify nobody.
      if (!reportTestValues)
        findings = findings.filter(
          (finding) => !isPublicTestValue(finding.category, text.slice(finding.start, finding.end)) && !isDeclaredTestValue(text, finding),
        );
      if (!normalized.changed) return findings;
      return findings.map((finding) => {
        const [start, end] = normalized.toOriginal(finding.start, finding.end);
        return { ...finding, start, end };
      });
    },
  };
}
