/**
 * The per-request bound on privacy scan work (`privacy.scanLimit`). The scan is linear in the text
 * it reads, so its cost per request is bounded by counting characters before scanning anything:
 * text over the bound is never scanned, and never sent to a cloud endpoint unscanned.
 */
import type { ScanLimitConfig } from "../config/sections/privacy.js";
import { RouterError } from "../errors.js";

export const SCAN_LIMIT_SETTING = "privacy.scanLimit.maxChars";

/** Total length of the strings a scan would read. */
export function scanLength(texts: Iterable<{ text: string } | string>): number {
  let chars = 0;
  for (const item of texts) chars += typeof item === "string" ? item.length : item.text.length;
  return chars;
}

/** Why the text was not scanned (no text, only sizes and the setting's name). */
export function scanLimitWhy(chars: number, limit: ScanLimitConfig): string {
  return `outgoing text of ${chars} characters exceeds ${SCAN_LIMIT_SETTING} (${limit.maxChars}): not scanned`;
}

/** The typed refusal (`refuse` action): HTTP 413 `privacy_scan_limit` in the server. */
export function scanLimitError(chars: number, limit: ScanLimitConfig): RouterError {
  return new RouterError(
    "PRIVACY_SCAN_LIMIT",
    `request refused: ${scanLimitWhy(chars, limit)}; shorten the request or raise ${SCAN_LIMIT_SETTING} (or set privacy.scanLimit.action: local-only)`,
    { details: { chars, maxChars: limit.maxChars, setting: SCAN_LIMIT_SETTING } },
  );
}
