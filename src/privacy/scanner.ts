import type { PrivacyFinding, PrivacyScanner, PrivacyScannerOptions } from "./types.js";
import type { Detector, Emit } from "./detector.js";
import { unnamedRelativeConditionDetectors } from "./detectors/unnamed-relative-condition.js";
import { PRIORITY, forgetKeywordPresence } from "./detector.js";
import { BUILTIN_DETECTORS } from "./detectors/index.js";
import { createCustomDetectors } from "./detectors/custom.js";
import { normalizeForScan, type NormalizedText } from "./normalize.js";
import { collapseLetterSpacing } from "./letter-spacing.js";
import { decodeEscapes } from "./escapes.js";
import { findEncodedTokens, searchGates, stemGates, withEncodedValues, type EncodedGates } from "./encoded-values.js";
import { foldLookAlikes } from "./look-alikes.js";
import { foldOcrDigits } from "./ocr-digits.js";
import { foldQuotedReplies } from "./quoted-replies.js";
import { foldGroupSeparators } from "./group-separators.js";
import { foldLeetWords } from "./leet-words.js";
import { forgetDigitRuns } from "./digit-runs.js";
import { forgetTextRuns } from "./text-runs.js";
import { forgetWindowText, judgeWindowsOf } from "./one-byte-windows.js";
import { sortInPlace } from "./stable-sort.js";
import { isPublicTestValue } from "./judgement/test-values.js";
import { declaredTestValueJudge, publicContextJudge } from "./judgement/public-context.js";
import { isExamVignette } from "./judgement/exam-vignette.js";
import { nonPersonalValueJudge } from "./judgement/non-personal-values.js";
import { isInventedIdQuestion } from "./judgement/invented-id-questions.js";
import { isDocumentedExampleValue } from "./judgement/documentation-cues.js";
import { withoutInstitutionBankNumbers } from "./judgement/institution-bank-numbers.js";
import { personSignal, promptFeatures, wordTable, type RuleSignals } from "./learned/features.js";
import { learnedFindings, loadLearnedModel } from "./learned/model.js";
import { splitHealthValues } from "./span-boundaries.js";
import { carryHealthContext } from "./health-context.js";
import { carryMoneyContext } from "./money-context.js";

interface Candidate extends PrivacyFinding {
  priority: number;
  /** The reader found the value documented as an example (detector.ts `Emit`). */
  documentedExample?: boolean;
}

const SHARED_COVERED_LIMIT = 65_536;
const SHARED_COVERED = new Uint8Array(SHARED_COVERED_LIMIT + 1);

const byRank = (left: Candidate, right: Candidate) =>
  right.priority - left.priority || right.end - right.start - (left.end - left.start) || left.start - right.start;
const byStart = (left: { start: number }, right: { start: number }) => left.start - right.start;

/**
 * Keeps non-overlapping candidates: higher priority first, then the longer span, then the
 * earlier one; the result is sorted by start. Linear in the candidates' total length: kept spans
 * mark the characters they cover, and a candidate is checked against those marks (a pairwise
 * comparison was quadratic in the number of findings, e.g. 1 MB of short e-mail addresses).
 */
export function resolveOverlaps(candidates: Candidate[], textLength?: number): PrivacyFinding[] {
  // Sorts `candidates` in place (the scan builds a fresh array per call).
  if (candidates.length === 0) return [];
  const ranked = sortInPlace(candidates, byRank);
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
  sortInPlace(kept, byStart);
  return kept.map(({ category, start, end, rule }) => ({ category, start, end, rule }));
}

/** What a scan saw, in the normalised text's offsets: the learned model's input (learned/features.ts). */
export interface ScanAnalysis {
  /** The normalised text the detectors saw. */
  text: string;
  lower: string;
  /** The rules' findings after overlaps and judgement (normalised offsets). */
  findings: PrivacyFinding[];
  /** Present when the options ask for the learned model's signals. */
  signals?: RuleSignals;
  /** The encoded-token families whose stems `lower` holds, from the keyword pass (encoded-values.ts stemGates). */
  encodedGates: EncodedGates;
}

/** Builds a scanner over the built-in detectors plus the config's custom patterns and keyword lists. */
export function createPrivacyScanner(options: PrivacyScannerOptions = {}): PrivacyScanner {
  const analyse = createScanAnalyser(options, options.learned?.enabled === true);
  const learned = options.learned?.enabled === true ? (options.learned.model ?? loadLearnedModel()) : undefined;
  const thresholds = options.learned?.thresholds ?? {};
  // Loaded when the scanner is built, so the first request does not pay for it: the weights and the shipped
  // word -> cluster-code table (data/privacy-model/word-clusters.bin), ~15–25 ms once per process.
  if (learned) wordTable();
  // Encoded tokens (JWTs, Basic credentials, base64, data: URLs, MIME encoded-words) are read by a second scan of
  // their lines with each token decoded; findings inside a token cover the whole token (encoded-values.ts).
  // The second scan of a line with its tokens decoded needs no gates (it decodes nothing further).
  const scanPlain = (original: string): PrivacyFinding[] => scanPlainWithGates(original, false)[0];
  const beyondBound = options.encoded?.beyondBound ?? "as-written";
  /** The plain scan's findings, and the encoded-token gates of `original` (searchGates' answer, mostly from the keyword pass). */
  const scanPlainWithGates = (original: string, withGates = true): [PrivacyFinding[], EncodedGates] => {
    // HTML, URL and JSON escapes are decoded ("jane.roe%40acme-mail.de", escapes.ts), then Unicode is normalised.
    const decoded = decodeEscapes(original);
    let normalized = normalizeForScan(decoded.text);
    // Dashes inside numbers and homoglyph letters in two-script words are folded, in place (look-alikes.ts), and
    // letter-spaced values ("C H 1 4 8 9 …") are closed up before detection (letter-spacing.ts).
    // Values grouped with `_`, `·` or `•` get spaces there instead (group-separators.ts).
    // OCR's letters inside numbers and digits inside words are read back (ocr-digits.ts), and quoted replies' marks
    // and wrapped lines read as plain sentences (quoted-replies.ts), both in place (session 44).
    // Leetspeak condition words ("d1abetes") are read as letters, in place (leet-words.ts, session 47).
    let folded = foldQuotedReplies(foldOcrDigits(foldGroupSeparators(foldLeetWords(foldLookAlikes(normalized.text)))));
    const foldedNothing = folded === normalized.text;
    if (folded !== normalized.text && COMBINING_MARK.test(folded)) [folded, normalized] = normalizedAgain(folded, normalized);
    const collapsed = collapseLetterSpacing(folded);
    const analysis = analyse(collapsed.text);
    // The keyword pass's stems stand for the original text's when every ASCII stretch of it reached the detectors as
    // written: only normalisation changed the text (it keeps ASCII characters, removing format characters between
    // them), and no combining mark composed one (every mark NFKC composes with an ASCII character is in U+0300–U+036F).
    const asWritten = analysis.text === original || (!decoded.changed && foldedNothing && !collapsed.changed && !COMBINING_MARK.test(original));
    const gates = withGates ? searchGates(original, asWritten ? analysis.encodedGates : undefined) : 0;
    let findings = analysis.findings;
    // The learned second opinion only adds a finding of a category the rules did not report (learned/model.ts).
    if (learned && analysis.signals) {
      const features = promptFeatures(analysis.lower, analysis.signals, learned.buckets, learned.ruleFindings);
      const added = learnedFindings(learned, thresholds, analysis.text, features, findings, analysis.signals.person);
      if (added.length > 0) findings = [...findings, ...added].sort((left, right) => left.start - right.start);
    }
    if (collapsed.changed)
      findings = findings.map((finding) => ({ ...finding, start: collapsed.before(finding.start), end: collapsed.before(finding.end - 1) + 1 }));
    if (normalized.changed)
      findings = findings.map((finding) => ({
        ...finding,
        start: normalized.originalStart(finding.start),
        end: normalized.originalEnd(finding.start, finding.end),
      }));
    if (!decoded.changed) return [findings, gates];
    return [findings.map((finding) => ({ ...finding, start: decoded.start(finding.start), end: decoded.end(finding.end - 1) })), gates];
  };
  return {
    scan(original: string): PrivacyFinding[] {
      if (typeof original !== "string" || original.length === 0) return [];
      // The plain scan first: its keyword pass answers the token search's gates.
      const [findings, gates] = scanPlainWithGates(original);
      const beyond: Array<[number, number]> | undefined = beyondBound === "sensitive" ? [] : undefined;
      const tokens = findEncodedTokens(original, gates, beyond);
      const read = withEncodedValues(original, tokens, findings, scanPlain, options.testValues === "sensitive");
      return beyond === undefined || beyond.length === 0 ? read : withUnread(read, beyond);
    },
  };
}

/**
 * `privacy.encoded.beyondBound: sensitive`: each extent the decoders left unread (past 64 tokens or 64 KB decoded,
 * encoded-values.ts) is an `undecoded` finding, so the prompt is treated as holding what it may hide (fail closed).
 * A finding already there is kept; an unread extent overlapping one is reported only outside it.
 */
function withUnread(findings: PrivacyFinding[], beyond: ReadonlyArray<[number, number]>): PrivacyFinding[] {
  // The extents may overlap (a JWT past the bound and its segments' base64 runs): merged first.
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...beyond].sort((left, right) => left[0] - right[0])) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const added: PrivacyFinding[] = [];
  for (const [start, end] of merged) {
    let from = start;
    for (const finding of findings) {
      if (finding.end <= from || finding.start >= end) continue;
      if (finding.start > from) added.push({ category: "undecoded", start: from, end: finding.start, rule: "encoded-beyond-bound" });
      from = Math.max(from, finding.end);
    }
    if (from < end) added.push({ category: "undecoded", start: from, end, rule: "encoded-beyond-bound" });
  }
  return [...findings, ...added].sort((left, right) => left.start - right.start);
}

/** A combining diacritical mark (what a second normalisation may compose with a folded letter). */
const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * A folded text with a combining mark normalised again ("pа́ssword": the Cyrillic "а" and U+0301 have no composed form,
 * the folded Latin "a" and U+0301 compose to "á", which the keyword rules read), its spans mapped through both steps.
 */
function normalizedAgain(folded: string, first: NormalizedText): [string, NormalizedText] {
  const again = normalizeForScan(folded);
  if (!again.changed) return [folded, first];
  const originalStart = (start: number) => first.originalStart(again.originalStart(start));
  const originalEnd = (start: number, end: number) => first.originalEnd(again.originalStart(start), again.originalEnd(start, end));
  return [
    again.text,
    { text: again.text, changed: true, originalStart, originalEnd, toOriginal: (start, end) => [originalStart(start), originalEnd(start, end)] },
  ];
}

/**
 * The scan of a normalised text (`normalizeForScan(original).text`): the rules' findings, and with
 * `withSignals` the learned model's signals (every candidate's rule, person and condition evidence).
 */
export function createScanAnalyser(options: PrivacyScannerOptions = {}, withSignals = false): (text: string) => ScanAnalysis {
  const reportUnnamedRelatives = (options.unnamedRelatives ?? "not-sensitive") === "sensitive";
  const detectors: Detector[] = [
    ...BUILTIN_DETECTORS,
    ...(reportUnnamedRelatives ? unnamedRelativeConditionDetectors : []),
    ...createCustomDetectors(options.custom ?? []),
  ];
  const reportTestValues = (options.testValues ?? "not-sensitive") === "sensitive";
  return (text: string): ScanAnalysis => {
    // Detectors see the NFKC-normalised text without format characters; spans map back.
    const candidates: Candidate[] = [];
    const emit: Emit = (category, start, end, rule, priority = PRIORITY.structured, documentedExample = false) => {
      candidates.push(documentedExample ? { category, start, end, rule, priority, documentedExample } : { category, start, end, rule, priority });
    };
    const lower = text.toLowerCase();
    for (const detector of detectors) detector.run(text, emit, lower);
    // The judgement's windows of `text` are read one byte a character where they can be (one-byte-windows.ts).
    judgeWindowsOf(text);
    // A told secret or code with a documentation cue in its clause ("RFC 6238 test secret: …") is a documented example:
    // dropped before overlaps, as the readers themselves once did (judgement/documentation-cues.ts).
    if (!reportTestValues) removeDocumentedExamples(text, candidates);
    // Read before the keyword pass is forgotten: the helpers' gates use it.
    const person = withSignals && personSignal(text, lower);
    const encodedGates = stemGates(lower);
    const candidateRules = withSignals ? [...new Set(candidates.map((candidate) => candidate.rule))] : [];
    // Contact details of places, services and placeholder people identify nobody (judgement/public-context.ts).
    const isPublic = publicContextJudge(lower, reportTestValues);
    const isDeclaredTestValue = declaredTestValueJudge(lower);
    forgetKeywordPresence();
    forgetDigitRuns();
    forgetTextRuns();
    // References, examples and unattributed dates are nobody's values (judgement/non-personal-values.ts).
    const isNonPersonal = nonPersonalValueJudge({ unnamedRelatives: reportUnnamedRelatives });
    let findings = resolveOverlaps(candidates, text.length).filter((finding) => !isPublic(text, finding) && !isNonPersonal(text, finding));
    // A bank's own routing number or sort code, and a sample cheque's numbers, are nobody's account; read before the
    // test values go, so an account that is one still keeps its routing number; Plaid's Sandbox pair goes together
    // unless test values are reported (session 46; judgement/institution-bank-numbers.ts).
    findings = withoutInstitutionBankNumbers(text, findings, reportTestValues);
    // An exam question's invented patient has no health data (judgement/exam-vignette.ts).
    if (findings.some((finding) => finding.category === "health") && isExamVignette(text))
      findings = findings.filter((finding) => finding.category !== "health");
    // Documented test values, and values the text itself declares test or example values, identify nobody.
    if (!reportTestValues)
      findings = findings.filter(
        (finding) =>
          !isPublicTestValue(finding.category, text.slice(finding.start, finding.end)) &&
          !isDeclaredTestValue(text, finding) &&
          !isInventedIdQuestion(text, finding),
      );
    // A health value ends at the next inline label or sentence, whichever rule found it (span-boundaries.ts).
    findings = splitHealthValues(text, findings);
    // A prompt about someone's health: its other conditions and medicines are theirs too (health-context.ts).
    findings = carryHealthContext(text, findings, lower);
    // A prompt about someone's money: its other currency amounts are theirs too (money-context.ts).
    findings = carryMoneyContext(text, findings);
    forgetWindowText();
    const signals = withSignals ? { person, candidateRules, findingCategories: [...new Set(findings.map((finding) => String(finding.category)))] } : undefined;
    return { text, lower, findings, signals, encodedGates };
  };
}

/**
 * Removes, in place, the candidates their reader marked documented examples and those judged documented example values
 * (judgement/documentation-cues.ts).
 */
function removeDocumentedExamples(text: string, candidates: Candidate[]): void {
  let kept = 0;
  for (const candidate of candidates) if (candidate.documentedExample !== true && !isDocumentedExampleValue(text, candidate)) candidates[kept++] = candidate;
  candidates.length = kept;
}
