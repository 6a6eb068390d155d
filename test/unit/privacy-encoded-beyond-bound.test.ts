import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { createPrivacyScanner, maskText } from "../../src/privacy/index.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

// Session 41 (issue #15): `privacy.encoded.beyondBound` — what the scan does with encoded tokens past the decoders'
// bound (64 tokens or 64 KB decoded per text). Invented values.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const rows = (count: number) => Array.from({ length: count }, (_, index) => `row ${index + 1}: ${b64(`batch item ${index + 1} processed ok`)}`).join("\n");
const PAST_THE_BOUND = `Import log (base64 rows):\n${rows(70)}\nrow 71: ${b64("failed: duplicate account for oisin.treacy@eircom.net")}\n`;

describe("privacy.encoded.beyondBound", () => {
  it("defaults to as-written; an unknown value or key is refused with the setting's path", () => {
    expect(parseConfig(fourModelConfig()).privacy.encoded).toEqual({ beyondBound: "as-written" });
    expect(parseConfig(fourModelConfig({ privacy: { encoded: { beyondBound: "sensitive" } } } as never)).privacy.encoded.beyondBound).toBe("sensitive");
    expect(() => parseConfig(fourModelConfig({ privacy: { encoded: { beyondBound: "maybe" } } } as never))).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID", message: expect.stringContaining("privacy.encoded.beyondBound") }),
    );
    expect(() => parseConfig(fourModelConfig({ privacy: { encoded: { beyondbound: "sensitive" } } } as never))).toThrow(/beyondbound/);
    expect(parseConfig(fourModelConfig({ privacy: { categories: { undecoded: "redact" } } })).privacy.categories).toEqual({ undecoded: "redact" });
  });

  it("as-written: a token past the 64th is read only as written (the bound, unchanged)", () => {
    expect(createPrivacyScanner().scan(PAST_THE_BOUND)).toEqual([]);
  });

  it("sensitive: every token past the bound is an undecoded finding, masked whole", () => {
    const scanner = createPrivacyScanner({ encoded: { beyondBound: "sensitive" } });
    const findings = scanner.scan(PAST_THE_BOUND);
    expect(new Set(findings.map((finding) => `${finding.category}:${finding.rule}`))).toEqual(new Set(["undecoded:encoded-beyond-bound"]));
    expect(maskText(PAST_THE_BOUND, findings)).not.toContain(b64("failed: duplicate account for oisin.treacy@eircom.net"));
    // Within the bound nothing changes: the first 64 rows are decoded and hold nothing.
    expect(findings.every((finding) => finding.start > PAST_THE_BOUND.indexOf("row 65:"))).toBe(true);
    expect(scanner.scan(`payload: ${b64("nothing personal in this short note")}`)).toEqual([]);
  });

  it("sensitive: findings never overlap (JWTs and base64 rows past the bound, e-mails between them)", () => {
    const scanner = createPrivacyScanner({ encoded: { beyondBound: "sensitive" } });
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"sub":"u-1"}').toString("base64url")}.c2lnbmF0dXJlc2lnbmF0dXJl`;
    const text = `${rows(66)}\n${Array.from({ length: 10 }, (_, index) => `t${index}=${jwt} mail deirdre${index}@eircom.net`).join("\n")}`;
    const findings = scanner.scan(text);
    expect(findings.some((finding) => finding.category === "undecoded")).toBe(true);
    for (let index = 1; index < findings.length; index++) expect(findings[index]!.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
  });

  it("sensitive: an image data URL past the bound is reported too (the trade-off: such prompts stay local)", () => {
    const scanner = createPrivacyScanner({ encoded: { beyondBound: "sensitive" } });
    const png = `data:image/png;base64,${Buffer.alloc(30_000, 7).toString("base64")}`;
    expect(scanner.scan(`<img src="${png}">`).map((finding) => finding.category)).toEqual(["undecoded"]);
    expect(createPrivacyScanner().scan(`<img src="${png}">`)).toEqual([]);
  });
});
