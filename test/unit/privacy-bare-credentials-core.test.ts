import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BARE_CREDENTIALS_CORE, hasBareCredentialsCore } from "../../src/privacy/detectors/scripts.js";

describe("hasBareCredentialsCore", () => {
  it("answers as BARE_CREDENTIALS_CORE on credentials, near misses and run lengths 3–66", () => {
    const texts = [
      "admin:Tr1cky#Pass@10.4.5.6",
      "user:abc@host",
      "user:abcd@host",
      "mailto:jane@example.org",
      "a:b c@d",
      "x:\u00a0pass@y",
      "x:p\u2028ass@y",
      "http://user:secret@host",
      "@@::@",
      "",
      ...[3, 4, 63, 64, 65, 66].map((length) => `k:${"p".repeat(length)}@h`),
    ];
    for (const text of texts) expect(hasBareCredentialsCore(text), JSON.stringify(text)).toBe(BARE_CREDENTIALS_CORE.test(text));
  });

  it("answers as BARE_CREDENTIALS_CORE on random texts of separators and letters", () => {
    const piece = fc.constantFrom(":", "@", "/", "'", '"', " ", "\t", "\u3000", "a", "bc", "pass", "x".repeat(30), "\ud83d\ude00");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(hasBareCredentialsCore(text)).toBe(BARE_CREDENTIALS_CORE.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});
