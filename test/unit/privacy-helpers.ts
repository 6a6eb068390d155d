import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();

/** The values found in `text`, as `category:value`. */
export function found(text: string): string[] {
  return scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);
}
