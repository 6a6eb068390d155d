/**
 * A BitLocker recovery key (session 49, dev-80): 48 digits in eight groups of six joined by hyphens, each group a
 * multiple of 11 below 720,896 (Microsoft's format: each group is 11 times a 16-bit number). The check makes a chance
 * match of eight six-digit groups about one in 11^8, so no cue word is needed ("IT sent me my key: 094182-…"). The
 * pattern has bounded parts and is tried at a hyphen's place only: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";

const RECOVERY_KEY = /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/y;
const GROUP_LIMIT = 11 * 65_536;

/** Each six-digit group is 11 times a 16-bit number; not the same group eight times (a filler). */
export function bitLockerKeyValid(value: string): boolean {
  const groups = value.split("-").map(Number);
  if (groups.every((group) => group === groups[0])) return false;
  return groups.every((group) => group % 11 === 0 && group < GROUP_LIMIT);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Tried only where a key's first hyphen can be: six digits before a hyphen and a digit after it (a loop over the
 * hyphens; the pattern, sticky, at six characters before one). Each try reads at most 55 characters: linear.
 */
function runBitLockerKeys(text: string, emit: Emit): void {
  for (let hyphen = text.indexOf("-", 6); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    if (!isDigit(text.charCodeAt(hyphen + 1)) || !isDigit(text.charCodeAt(hyphen - 1)) || !isDigit(text.charCodeAt(hyphen - 6))) continue;
    RECOVERY_KEY.lastIndex = hyphen - 6;
    const match = RECOVERY_KEY.exec(text);
    if (match === null) continue;
    if (bitLockerKeyValid(match[0])) emit("password", match.index, match.index + match[0].length, "bitlocker-recovery-key", PRIORITY.checksum + 4);
    hyphen = match.index + match[0].length;
  }
}

export const bitLockerKeyDetectors: Detector[] = [{ name: "bitlocker-keys", run: runBitLockerKeys }];
