import { describe, expect, it } from "vitest";
import { searchGates, stemGates } from "../../src/privacy/encoded-values.js";
import { forgetKeywordPresence } from "../../src/privacy/detector.js";
import { normalizeForScan } from "../../src/privacy/normalize.js";
import { foldGroupSeparators } from "../../src/privacy/group-separators.js";

/** Pieces around the gates' literals: their cases, line breaks, non-ASCII letters that lower-case to ASCII, marks. */
const PIECES = [
  ...["eyJ", "EYJ", "eyj", "=?", "?=", "==", '="', "='", "=`", "=,", "=;", "=&", "=)", "=<", "=\n", "=\r\n", "=\u2028", "=\u2029"],
  ...["BASE64", "b64", "Basic", "sEcReT", "Data:", "Token", "AUTH", "payload", "Attachment", "blob", "cookie", "Header", "encoded"],
  ...["=C3=A4", "=c3=a4", "=40", "a=40b.c", "Quoted-Printable", "=3D", "=0A", "=e2=80", "=", "?", "x", " ", "\n", "\u212a", "\u017f", "\u0130"],
  ...["\u0301", "\u0338", "é", "ab", "1_2", "3", "_", "\u00b7", "\u2022", "+44", "\u200b", "\u00ad", "\uff54\uff4f\uff4b\uff45\uff4e", "\uff1d"],
];

function randomText(random: () => number): string {
  let text = "";
  for (let count = Math.floor(random() * 12); count > 0; count--) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe("encoded-value gates from the keyword pass", () => {
  it("answer as the text's own searches (20,000 random texts, lower-cased as written and normalised)", () => {
    const random = seeded(40);
    let normalizedChanged = 0;
    for (let index = 0; index < 20_000; index++) {
      const text = randomText(random);
      const expected = searchGates(text);
      forgetKeywordPresence();
      expect([text, searchGates(text, stemGates(text.toLowerCase()))]).toEqual([text, expected]);
      // The scanner's case: the normalised text, when no combining mark of U+0300–U+036F is in the text.
      const normalized = normalizeForScan(text);
      if (!normalized.changed || /[\u0300-\u036f]/.test(text)) continue;
      normalizedChanged++;
      forgetKeywordPresence();
      expect([text, searchGates(text, stemGates(normalized.text.toLowerCase()))]).toEqual([text, expected]);
    }
    expect(normalizedChanged).toBeGreaterThan(1000);
    forgetKeywordPresence();
  });

  it("group-separator fold finds every separator (dots and underscores mixed)", () => {
    expect(foldGroupSeparators("card 4556_7375_8689_9855, iban DE59·2107·0024·0123·4567·89, tel +44•7911•482•305")).toBe(
      "card 4556 7375 8689 9855, iban DE59 2107 0024 0123 4567 89, tel +44 7911 482 305",
    );
    expect(foldGroupSeparators("snake_case·x and 1_073_741_824")).toBe("snake_case·x and 1_073_741_824");
  });
});
