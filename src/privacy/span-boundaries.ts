/**
 * Where a health value ends, whatever rule found it and whatever the language. Value runs (a record field's
 * value, the words after a diagnosis cue) are read up to a line or clause end, and a writer's next field or
 * next sentence often sits on the same line: "Dx: lupus. Tto: hidroxicloroquina 200 mg",
 * "诊断：抑郁症 用药：舍曲林50mg", "Diagnóstico: doença de Alzheimer. Faça um resumo", "Crohn's disease — what
 * should we stock". The structure, not the words, marks the end:
 * - an inline label (one to three words and a colon) ends the value and starts the next field's value, which
 *   stays a finding (a health record's next field); a label at the very start of the span is dropped;
 * - a sentence end (". " after a word of four or more letters, "。", "!", "?") or a spaced dash ends the value,
 *   and the words after it are no longer part of it (an instruction to the assistant, a new thought).
 * Only shrinks or splits findings: a prompt with no finding keeps none, and a flagged prompt stays flagged.
 */
import type { PrivacyFinding } from "./types.js";

const WORD = "\\p{L}[\\p{L}\\p{M}\\d'’-]{0,24}";
/**
 * A label: one to three words then a colon after a separator or sentence end ("… hepática. Exames:"),
 * or one word then a colon at the span's start or after a space ("INR: 4.2", "抑郁症 用药："), so a
 * multi-word label never takes the end of the previous value.
 */
const LABEL = new RegExp(`(?:(?<=[,;，、；.。\\n][ \\t]*)${WORD}(?:[ \\t]${WORD}){0,2}|(?<=^|[ \\t])${WORD})[ \\t]?[:：][ \\t]*`, "gu");
/** A sentence end: a full stop after a word of 4+ letters (not "Dr." or "mg."), or a terminal mark; or a spaced dash. */
const SENTENCE_END = /(?<=\p{L}{4})\.\s+(?=\S)|[。！？!?]\s*(?=\S)|\s[—–]\s+(?=\S)/gu;

interface Piece {
  start: number;
  end: number;
}

function trimmed(text: string, start: number, end: number): Piece | undefined {
  while (start < end && /[\s,;:.，、；。—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.，、；。—–-]/u.test(text[end - 1]!)) end--;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/** The pieces of one health span: split at inline labels, cut at the first unlabelled sentence end. */
export function healthValuePieces(text: string, start: number, end: number): Piece[] {
  const span = text.slice(start, end);
  const pieces: Piece[] = [];
  let from = 0;
  LABEL.lastIndex = 0;
  const labels: Array<[number, number]> = [];
  for (let match = LABEL.exec(span); match !== null; match = LABEL.exec(span)) labels.push([match.index, match.index + match[0].length]);
  const bounds = [...labels.map(([labelStart, labelEnd]) => ({ cut: labelStart, next: labelEnd })), { cut: span.length, next: span.length }];
  // Sentence ends found once, in order (a pointer walks them: linear in the span).
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(span); match !== null; match = SENTENCE_END.exec(span)) ends.push(match.index);
  let endIndex = 0;
  for (const { cut, next } of bounds) {
    // Within one field's value, the first unlabelled sentence end closes it.
    while (endIndex < ends.length && ends[endIndex]! < from) endIndex++;
    const valueEnd = endIndex < ends.length && ends[endIndex]! < cut ? ends[endIndex]! : cut;
    const piece = trimmed(text, start + from, start + valueEnd);
    if (piece) pieces.push(piece);
    from = next;
  }
  return pieces;
}

/** Applies `healthValuePieces` to every health finding (other categories are returned as they are). */
export function splitHealthValues(text: string, findings: PrivacyFinding[]): PrivacyFinding[] {
  if (!findings.some((finding) => finding.category === "health")) return findings;
  return findings.flatMap((finding) => {
    if (finding.category !== "health") return [finding];
    const pieces = healthValuePieces(text, finding.start, finding.end);
    if (pieces.length === 1 && pieces[0]!.start === finding.start && pieces[0]!.end === finding.end) return [finding];
    // A span that is all label (nothing left) stays as it was: the prompt was flagged, and stays flagged.
    if (pieces.length === 0) return [finding];
    return pieces.map((piece) => ({ ...finding, start: piece.start, end: piece.end }));
  });
}
