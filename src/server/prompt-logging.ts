import type { FastifyRequest } from "fastify";
import type { Logger } from "pino";
import type { PrivacyConfig } from "../config/index.js";
import { createPrivacyScanner, maskText, privacyScannerOptions, type PlainMessage } from "../index.js";

function textOf(content: PlainMessage["content"]): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part.text === "string" ? part.text : "")).join("\n");
  return "";
}

/**
 * Debug logging of prompts, off by default. When on, every value the privacy scanner finds is
 * masked before the text reaches the log; prompts longer than `privacy.scanLimit.maxChars` are not
 * scanned, so their text is not logged (only their size). The scanner takes the same privacy config
 * as routing's (custom detectors, testValues, encoded.beyondBound, learned), so the log masks no less.
 */
export function createPromptLogger(
  enabled: boolean,
  logger: Logger,
  privacy: PrivacyConfig,
): (request: FastifyRequest, messages: readonly PlainMessage[]) => void {
  if (!enabled) return () => undefined;
  const scanner = createPrivacyScanner(privacyScannerOptions(privacy));
  const maxScanChars = privacy.scanLimit.maxChars;
  return (request, messages) => {
    if (!logger.isLevelEnabled("debug")) return;
    const chars = messages.reduce((sum, message) => sum + textOf(message.content).length, 0);
    if (chars > maxScanChars) {
      request.log.debug({ promptChars: chars }, "prompt not logged: longer than privacy.scanLimit.maxChars (not scanned)");
      return;
    }
    const masked = messages.map((message) => {
      const text = textOf(message.content);
      return { role: message.role, content: maskText(text, scanner.scan(text)) };
    });
    request.log.debug({ prompt: masked }, "prompt (privacy findings masked)");
  };
}
