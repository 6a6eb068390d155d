import { describe, expect, it } from "vitest";
import { CONTEXT_LEFT_SIDES, contextWordBefore } from "../../../src/privacy/detectors/passwords-in-use.js";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

/** A small deterministic generator (no dependence on Math.random across runs). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const PIECES = [
  "I use",
  "i USE",
  "we've been using",
  "We have always reused",
  "she still re-uses",
  "he reuses",
  "they are using",
  "is",
  "Is",
  "this",
  "would",
  "WILL",
  "how strong is",
  "How secure is",
  "ich benutze",
  "Ich NUTZE",
  "ich verwende",
  "j'utilise",
  "j’utilise",
  "uso",
  "utilizo",
  "Utilizzo",
  "ist",
  "list",
  "my login: anna.k@gmail.com",
  "credentials: bob@example.org",
  "account x@y.co",
  "and",
  "band",
  "/",
  "|",
  ",",
  ";",
  ":",
  "'",
  '"',
  "“",
  "‘",
  "’",
  " ",
  "  ",
  "\t",
  "\n",
  "\u00a0",
  "\u3000",
  "\u2028",
  "word",
  "ſ",
  "K",
  "é",
  "用",
  "x",
];

/** How the text before a token ends: spaces and a quote, or not. */
const TAILS = ["", " ", "  ", " '", ' "', " “", " ‘", " ’", "\u00a0", "\t‘", "'", "\n"];

describe("contextWordBefore (passwords-in-use's gate before its context patterns)", () => {
  it("is true wherever one of the non-pair context patterns matches the text before the token", () => {
    const random = generator(45);
    let matched = 0;
    let gated = 0;
    for (let round = 0; round < 20_000; round++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(random() * 7);
      for (let index = 0; index < count; index++) parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
      const tail = TAILS[Math.floor(random() * TAILS.length)]!;
      const before = parts.join(random() < 0.6 ? " " : "") + tail;
      const lead = random() < 0.3 ? "I use is, " : "";
      const text = `${lead}${before}Kx4#mPz8Qv for everything`;
      const from = lead.length;
      const start = from + before.length;
      const gate = contextWordBefore(text, from, start);
      if (!gate) gated++;
      for (const left of CONTEXT_LEFT_SIDES)
        if (left.test(before)) {
          matched++;
          expect({ before, gate }).toEqual({ before, gate: true });
        }
    }
    // Both answers occur: the gate is neither always true nor never reached.
    expect([matched > 2_000, gated > 2_000]).toEqual([true, true]);
  });

  it("keeps the detector's findings: a password after its verb or question, none in code or logs", () => {
    const scanner = createPrivacyScanner();
    const rules = (text: string) => scanner.scan(text).map((finding) => [finding.rule, text.slice(finding.start, finding.end)]);
    expect(rules("I use Tr0ub4dor&3x for my email")).toContainEqual(["password-in-use", "Tr0ub4dor&3x"]);
    expect(rules("Ist Wx9!kPz#2mQ sicher?")).toContainEqual(["password-in-use", "Wx9!kPz#2mQ"]);
    expect(rules("my Netflix login: anna.k@gmail.com / Sunflower#88")).toContainEqual(["password-in-use", "Sunflower#88"]);
    expect(rules("retry(attempts=3, delay=0.5): TimeoutError: for Promise<Receipt> as expected").some(([rule]) => rule === "password-in-use")).toBe(false);
  });
});
