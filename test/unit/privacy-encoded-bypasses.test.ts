import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();
const b64 = (text: string) => Buffer.from(text).toString("base64");

// Session 40 review: the same facts as dev-39's, encoded a little differently.
describe("encoded values written a little differently", () => {
  it("joins encoded-words folded over header lines (RFC 2047: the whitespace between them is dropped)", () => {
    const text = `From: =?UTF-8?B?${b64("Jürgen Weißmüller <juergen.weiss")}?=\n =?UTF-8?B?${b64("mueller@posteo.de>")}?=\nplease shorten`;
    const findings = scanner.scan(text);
    expect(findings.map((finding) => finding.category)).toContain("email");
    const start = text.indexOf("=?");
    const end = text.lastIndexOf("?=") + 2;
    expect(findings.find((finding) => finding.category === "email")).toMatchObject({ start, end });
  });

  it("reads URL-encoded base64 (%3D padding) in a query string", () => {
    const value = encodeURIComponent(b64("email: orla.quigley@gmail.com"));
    const text = `https://x.io/cb?p=${value}&x=1`;
    expect(scanner.scan(text).map((finding) => finding.category)).toContain("email");
  });
});
