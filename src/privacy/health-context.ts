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

/** The medicines of a text (INN endings, brand names, script names) with a dose that follows. */
export function medicineMentions(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  MEDICINE.lastIndex = 0;
  for (let match = MEDICINE.exec(text); match !== null; match = MEDICINE.exec(text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/**
 * A zeroed Int32Array of `length`: for texts up to 64 K characters a view of one shared array (carryMentions runs once
 * at a time and keeps nothing), so that a scan of a prompt about someone's health or money makes no ArrayBuffer for the
 * young generation's collector to sweep (session 47); a new array beyond that (nothing large kept alive).
 */
const SHARED_OWNER_LIMIT = 65_537;
let sharedOwner = new Int32Array(0);

function ownerMap(length: number): Int32Array {
  if (length > SHARED_OWNER_LIMIT) return new Int32Array(length);
  if (sharedOwner.length < length) sharedOwner = new Int32Array(Math.min(SHARED_OWNER_LIMIT, Math.max(length, sharedOwner.length * 2)));
  else sharedOwner.fill(0, 0, length);
  return sharedOwner.subarray(0, length);
}

/**
 * Adds `mentions` (sorted by start, longer first) of `category` that overlap no finding, and widens a finding
 * of the category that lies inside a longer mention (and overlaps nothing else) to the mention. Findings of
 * the category must already be in `findings` (the callers check). Linear in the text and the mentions'
 * lengths: each character records which finding covers it.
 */
export function carryMentions(
  text: string,
  findings: PrivacyFinding[],
  category: PrivacyFinding["category"],
  mentions: Array<[number, number]>,
  rule: string,
): PrivacyFinding[] {
  const result = [...findings];
  // owner[i] = 1 + the index in `result` of the finding covering character i, or 0.
  const owner = ownerMap(text.length + 1);
  const mark = (index: number) => owner.fill(index + 1, result[index]!.start, result[index]!.end);
  result.forEach((_, index) => mark(index));
  for (const [start, end] of mentions) {
    let touched = 0;
    let several = false;
    for (let at = start; at < end && !several; at++) {
      if (owner[at] === 0 || owner[at] === touched) continue;
      several = touched !== 0;
      touched = owner[at]!;
    }
    if (touched === 0) {
      result.push({ category, start, end, rule });
      mark(result.length - 1);
      continue;
    }
    const finding = result[touched - 1]!;
    if (!several && finding.category === category && finding.start >= start && finding.end <= end) {
      result[touched - 1] = { ...finding, start, end };
      mark(touched - 1);
    }
  }
  return result.sort((left, right) => left.start - right.start);
}

export const byStartLongerFirst = (left: [number, number], right: [number, number]) => left[0] - right[0] || right[1] - left[1];

/**
 * Widens health findings to the condition mentions around them and adds the prompt's other mentions.
 * `lower`: the text lower-cased (the scanner's copy; computed here when absent).
 */
export function carryHealthContext(text: string, findings: PrivacyFinding[], lower?: string): PrivacyFinding[] {
  if (!findings.some((finding) => finding.category === "health")) return findings;
  const mentions = [...conditionMentions(text, lower ?? text.toLowerCase()), ...medicineMentions(text)].sort(byStartLongerFirst);
  return carryMentions(text, findings, "health", mentions, "health-context");
}
