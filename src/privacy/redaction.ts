/**
 * Redaction with typed placeholders and its inverse, including a streaming restorer that
 * holds back only a possible partial placeholder at the end of the text seen so far.
 */
import type { PrivacyCategory, PrivacyFinding, Redaction } from "./types.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const PLACEHOLDER_LABEL_PATTERN_1 = /[^A-Z0-9]+/g;
const PLACEHOLDER_LABEL_PATTERN_2 = /^_+|_+$/g;

export interface RedactionSession {
  /** Replaces every finding's value with its placeholder; a value seen before keeps its placeholder. */
  redact(text: string, findings: readonly PrivacyFinding[]): string;
  /** Every placeholder handed out so far, in order of first use. */
  redactions(): Redaction[];
}

export interface StreamingRestorer {
  /** Returns the restored text that is safe to emit now. */
  push(chunk: string): string;
  /** Returns whatever was held back, restored. */
  flush(): string;
}

/** `EMAIL`, `API_KEY`, `PROJECT_CODENAME` ... from a category name. */
export function placeholderLabel(category: PrivacyCategory): string {
  const label = String(category).toUpperCase().replace(PLACEHOLDER_LABEL_PATTERN_1, "_").replace(PLACEHOLDER_LABEL_PATTERN_2, "");
  return label.length > 0 ? label : "PRIVATE";
}

/** Findings sorted by start, dropping empty, out-of-range and overlapping spans. */
function usableFindings(text: string, findings: readonly PrivacyFinding[]): PrivacyFinding[] {
  const sorted = [...findings].filter((finding) => finding.start >= 0 && finding.end <= text.length && finding.end > finding.start);
  sorted.sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: PrivacyFinding[] = [];
  let lastEnd = -1;
  for (const finding of sorted) {
    if (finding.start < lastEnd) continue;
    kept.push(finding);
    lastEnd = finding.end;
  }
  return kept;
}

function replaceSpans(text: string, findings: readonly PrivacyFinding[], replacement: (finding: PrivacyFinding, value: string) => string): string {
  let output = "";
  let cursor = 0;
  for (const finding of usableFindings(text, findings)) {
    output += text.slice(cursor, finding.start) + replacement(finding, text.slice(finding.start, finding.end));
    cursor = finding.end;
  }
  return output + text.slice(cursor);
}

export function createRedactionSession(): RedactionSession {
  const byValue = new Map<string, Redaction>();
  const counters = new Map<string, number>();
  const list: Redaction[] = [];
  return {
    redact(text, findings) {
      return replaceSpans(text, findings, (finding, value) => {
        const existing = byValue.get(value);
        if (existing) return existing.placeholder;
        const label = placeholderLabel(finding.category);
        const count = (counters.get(label) ?? 0) + 1;
        counters.set(label, count);
        const redaction: Redaction = { placeholder: `[${label}_${count}]`, value, category: finding.category };
        byValue.set(value, redaction);
        list.push(redaction);
        return redaction.placeholder;
      });
    },
    redactions() {
      return list.map((redaction) => ({ ...redaction }));
    },
  };
}

const PLACEHOLDER_PATTERN = /\[[A-Z0-9_]+_\d+\]/g;

/** Puts the original values back wherever their placeholders appear. Unknown placeholders stay. */
export function restoreText(text: string, redactions: readonly Redaction[]): string {
  if (redactions.length === 0 || !text.includes("[")) return text;
  const values = new Map(redactions.map((redaction) => [redaction.placeholder, redaction.value]));
  return text.replace(PLACEHOLDER_PATTERN, (placeholder) => values.get(placeholder) ?? placeholder);
}

export function createStreamingRestorer(redactions: readonly Redaction[]): StreamingRestorer {
  const placeholders = redactions.map((redaction) => redaction.placeholder);
  const longest = placeholders.reduce((max, placeholder) => Math.max(max, placeholder.length), 0);
  let pending = "";
  /** Length of the tail of `pending` that could still grow into a known placeholder. */
  function heldBackLength(): number {
    const open = pending.lastIndexOf("[");
    if (open < 0 || pending.length - open >= longest) return 0;
    const tail = pending.slice(open);
    return placeholders.some((placeholder) => placeholder.startsWith(tail)) ? tail.length : 0;
  }
  return {
    push(chunk) {
      if (placeholders.length === 0) return chunk;
      pending += chunk;
      const hold = heldBackLength();
      const ready = pending.slice(0, pending.length - hold);
      pending = pending.slice(pending.length - hold);
      return restoreText(ready, redactions);
    },
    flush() {
      const rest = restoreText(pending, redactions);
      pending = "";
      return rest;
    },
  };
}

/** Replaces each finding's value with `[CATEGORY]` (for debug logs; not reversible). */
export function maskText(text: string, findings: readonly PrivacyFinding[]): string {
  return replaceSpans(text, findings, (finding) => `[${placeholderLabel(finding.category)}]`);
}
