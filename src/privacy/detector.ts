import type { PrivacyCategory } from "./types.js";

/** Reports one candidate span; `priority` breaks overlaps (higher wins, then longer). */
export type Emit = (category: PrivacyCategory, start: number, end: number, rule: string, priority?: number) => void;

/**
 * One family of rules. `run` must be linear in the text length (no catastrophic backtracking).
 * `lower` is `text.toLowerCase()`, computed once per scan: use it for cheap keyword presence tests
 * (`includes`), never for offsets (lower-casing may change the length of some characters).
 */
export interface Detector {
  name: string;
  run(text: string, emit: Emit, lower: string): void;
}

/** True when `lower` contains any of the (lower-case) stems; a fast pre-filter before a costly pattern. */
export function containsAny(lower: string, stems: readonly string[]): boolean {
  for (const stem of stems) if (lower.includes(stem)) return true;
  return false;
}

/** Default priorities: structured secrets beat generic numbers, which beat context-only rules. */
export const PRIORITY = {
  secret: 90,
  checksum: 70,
  structured: 60,
  contextual: 40,
  weak: 20,
} as const;
