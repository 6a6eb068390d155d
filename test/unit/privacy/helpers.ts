import { createPrivacyScanner } from "../../../src/privacy/index.js";

const scanner = createPrivacyScanner();

/** `category:value` of every finding of the default guard. */
export function flagged(text: string): string[] {
  return scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);
}
