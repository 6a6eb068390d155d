import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

// Long inputs shaped to trigger backtracking in naive patterns. A catastrophic pattern would not
// finish within the test timeout; the assertions check the scanner stays sane on them.
const inputs: Array<[string, string]> = [
  ["letters", "a".repeat(60_000)],
  ["digits", "1".repeat(60_000)],
  ["digits and spaces", "1 ".repeat(30_000)],
  ["at signs", "a@".repeat(30_000)],
  ["dotted local part", `${"a.".repeat(30_000)}@`],
  ["unterminated private key", `-----BEGIN RSA PRIVATE KEY-----\n${"QUJD".repeat(15_000)}`],
  ["password keywords", "password: ".repeat(6_000)],
  ["url credentials", `postgres://${"u".repeat(20_000)}:${"p".repeat(20_000)}`],
  ["capitalised words", "Anna Schmidt ".repeat(5_000)],
  ["hex and colons", "ab:".repeat(20_000)],
  ["long identifier before a secret word", `${"a_".repeat(20_000)}tokenX`],
  ["hyphenated capitalised words", "Aa-".repeat(20_000)],
  ["health terms without a sentence end", "diabetes ".repeat(6_000)],
  ["private key headers without an end", "-----BEGIN PRIVATE KEY-----sk-".repeat(2_000)],
  ["a lone emoji (a greeting walk looped forever on it at e419ea3)", "📝"],
  ["emoji at line and quote starts", '📝 Hello Anna Smith,\n"📝 '.repeat(2_000)],
];

describe("privacy scanner on adversarial input", () => {
  const scanner = createPrivacyScanner();
  it.each(inputs)("%s", (_name, text) => {
    const findings = scanner.scan(text);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(text.length);
    }
  });
});
