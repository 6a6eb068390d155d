import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { decodeEscapes } from "../../../src/privacy/escapes.js";

// Session 39 review of the evasion passes (issue #15): span mapping, escapes of escapes, false positives. My own texts.
const scanner = createPrivacyScanner();
const found = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);

/** A small seeded generator (the same cases on every run). */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
}
const ESCAPES: Array<(character: string) => string> = [
  (character) => `&#${character.codePointAt(0)};`,
  (character) => `&#x${character.codePointAt(0)!.toString(16)};`,
  (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  (character) => (/[A-Za-z0-9._~-]/.test(character) ? character : `%${character.charCodeAt(0).toString(16)}`),
  (character) => (character === "@" ? "&commat;" : character === " " ? "&nbsp;" : character),
  (character) => (character === "@" ? "%2540" : character === " " ? "&amp;nbsp;" : character),
  (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`,
  (character) => (character === "@" ? "\\x40" : character),
];
const AROUND = ["", "😀", "e\u0301", "ｆｕｌｌ", "№", "ﬁ", "x &amp; y", "100%", "\\n", "Привет", "αβγ", "\u200b"];

describe("span mapping after decoding and folding (escapes.ts, look-alikes.ts)", () => {
  it("redaction covers exactly the escaped value: random escapes, random neighbours, at the start and the end", () => {
    const next = random(39);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    for (let round = 0; round < 200; round++) {
      const value = pick(["jane.roe@acme-mail.de", "4172 9960 8905 6538", "m.kowalski@example-firma.pl"]);
      const category = value.includes("@") ? "email" : "payment_card";
      const escaped = [...value].map((character) => (next() < 0.3 ? pick(ESCAPES)(character) : character)).join("");
      const before = round % 7 === 0 ? "" : `${pick(AROUND)} contact ${pick(AROUND)}: `;
      const after = round % 5 === 0 ? "" : ` ${pick(AROUND)} thanks ${pick(AROUND)}`;
      const text = before + escaped + after;
      const spans = scanner.scan(text).filter((finding) => finding.category === category);
      expect(
        spans.map((finding) => text.slice(finding.start, finding.end)),
        text,
      ).toEqual([escaped]);
    }
  });

  it("escapes of escapes are decoded ('%2540', '&amp;#64;'), and map back to the whole escape", () => {
    expect(found("mail jane.roe%2540acme-mail.de now")).toEqual(["email:jane.roe%2540acme-mail.de"]);
    expect(found("mail jane.roe&amp;#64;acme-mail.de now")).toEqual(["email:jane.roe&amp;#64;acme-mail.de"]);
    expect(found("&amp;#x6a;ane.roe@acme-mail.de")).toEqual(["email:&amp;#x6a;ane.roe@acme-mail.de"]);
    const decoded = decodeEscapes("a%252540b");
    expect(decoded.text).toBe("a@b");
    expect([decoded.start(1), decoded.end(1), decoded.start(2), decoded.end(2)]).toEqual([1, 8, 8, 9]);
  });
});

describe("forms the passes did not read (review)", () => {
  it("\\xXX and \\u{X} escapes, and a homoglyph letter with a combining accent", () => {
    expect(found("mail jane.roe\\x40acme-mail.de now")).toEqual(["email:jane.roe\\x40acme-mail.de"]);
    expect(found("mail jane.roe\\u{40}acme-mail.de now")).toEqual(["email:jane.roe\\u{40}acme-mail.de"]);
    expect(found("build\\x64\\release and C:\\xampp\\u{zz}")).toEqual([]);
    expect(found("p\u0430\u0301ssword: hummingbird77, and write to jane.roe@acme-mail.de")).toEqual(["password:hummingbird77", "email:jane.roe@acme-mail.de"]);
    expect(found("passw\u043e\u0301rd: hummingbird77")).toEqual(["password:hummingbird77"]);
  });
});

describe("false positives the passes could add", () => {
  it("Cyrillic and Greek text with Latin words, Greek letters in maths, ranges with dashes, escaped logs and JSON", () => {
    for (const text of [
      "Новая версия API вышла вчера, Windows-клиент обновится сам.",
      "Το iPhone μου δεν φορτίζει από χθες.",
      "Run the αβ-test again; the μ-law codec adds 3 dB, and αx + βy = 1.",
      "Take 10–20 mg twice a day; see pages 100–120 of the 2019–2024 report.",
      "GET /search?q=hello%20world%26lang%3Den&page=2 HTTP/1.1 200 1532",
      '{"title":"Caf\\u00e9 na\\u00efve \\u2014 a short story","year":2019}',
      "Rock &amp; roll &mdash; 50&percnt; off, &lt;b&gt;today&lt;/b&gt;",
    ])
      expect(found(text), text).toEqual([]);
  });
});
