/**
 * Health context carries through a prompt. The health rules need a person and a cue before they report a
 * condition or a medicine ("X has …", "Dx:", "takes …"); once a prompt holds one such finding, it is about
 * someone's health, and the other conditions and medicines the existing lexicons recognise in it are that
 * person's too, in whatever clause or list item they stand: "hat Parkinson und nimmt Madopar", "Dx: cirrosis
 * hepática por VHC, ascitis moderada", "ingalator salbutamol". Two structural steps, no new words:
 * - widen: a health finding inside a longer condition mention becomes the mention ("cancer" → "breast cancer");
 * - carry: a condition mention (person-condition.ts: word form, hand-kept terms, WordNet table) or a medicine
 *   (medical-terms.ts: INN endings and brand names, with a dose that follows) not yet covered by a finding
 *   becomes a health finding.
 * Only prompts that already have a health finding gain findings, so no unflagged prompt becomes flagged.
 */
import { DOSE_UNITS, DRUG_ENDINGS, DRUG_NAMES, DRUG_SCRIPT_NAMES } from "./detectors/medical-terms.js";
import { conditionMentions } from "./detectors/person-condition.js";
import type { PrivacyFinding } from "./types.js";

const DOSE = `(?:[ \\u00a0]?\\d+(?:[.,]\\d+)?[ \\u00a0]?(?:${DOSE_UNITS})(?![\\p{L}]))?`;
const MEDICINE = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:\\p{L}{3,}(?:${DRUG_ENDINGS})|${DRUG_NAMES})(?![\\p{L}])|${DRUG_SCRIPT_NAMES})${DOSE}`, "giu");

function medicineMentions(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  MEDICINE.lastIndex = 0;
  for (let match = MEDICINE.exec(text); match !== null; match = MEDICINE.exec(text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const overlaps = (left: { start: number; end: number }, start: number, end: number) => left.start < end && start < left.end;

/**
 * Adds `mentions` (sorted by start, longer first) of `category` that overlap no finding, and widens a finding
 * of the category that lies inside a longer mention (and overlaps nothing else) to the mention. Findings of
 * the category must already be in `findings` (the callers check).
 */
export function carryMentions(
  findings: PrivacyFinding[],
  category: PrivacyFinding["category"],
  mentions: Array<[number, number]>,
  rule: string,
): PrivacyFinding[] {
  const result = [...findings];
  for (const [start, end] of mentions) {
    const touched = result.filter((finding) => overlaps(finding, start, end));
    if (touched.length === 0) {
      result.push({ category, start, end, rule });
      continue;
    }
    if (touched.length === 1 && touched[0]!.category === category && touched[0]!.start >= start && touched[0]!.end <= end) {
      const index = result.indexOf(touched[0]!);
      result[index] = { ...touched[0]!, start, end };
    }
  }
  return result.sort((left, right) => left.start - right.start);
}

const byStartLongerFirst = (left: [number, number], right: [number, number]) => left[0] - right[0] || right[1] - left[1];

/** Widens health findings to the condition mentions around them and adds the prompt's other mentions. */
export function carryHealthContext(text: string, findings: PrivacyFinding[]): PrivacyFinding[] {
  if (!findings.some((finding) => finding.category === "health")) return findings;
  const mentions = [...conditionMentions(text, text.toLowerCase()), ...medicineMentions(text)].sort(byStartLongerFirst);
  return carryMentions(findings, "health", mentions, "health-context");
}
