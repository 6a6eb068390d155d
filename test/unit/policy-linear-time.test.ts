import { describe, expect, it } from "vitest";
import { extractFinalAnswer, normaliseAnswer } from "../../src/policies/answer-extraction.js";
import { checkAnswerRules } from "../../src/policies/rule-checks.js";
import type { ModelConfig } from "../../src/index.js";
import { probeUrl } from "../../src/server/readiness.js";
import { growth } from "../helpers/linear-growth.js";

// The ReDoS check's baseline (session 47): a trailing-run pattern (`\s*```$`, `[.;,]+$`, `\/+$`) was tried from every
// character of a run not at the text's end (×16 for 4× the text); now only from the run's first character.
describe("answer and URL clean-up is linear in input size", () => {
  it("a JSON answer with a long blank run before its closing brace", () => {
    const check = (text: string) => checkAnswerRules({ text, expectJson: true, minChars: 1, hasToolCalls: false });
    expect(growth(check, (size) => `{${"\t".repeat(size)}}`)).toBeLessThan(8);
  });

  it("an answer of separators before a letter", () => {
    expect(growth(normaliseAnswer, (size) => `${";".repeat(size)}x`)).toBeLessThan(8);
  });

  it("a base URL of slashes before a NUL", () => {
    const url = (baseUrl: string) => probeUrl({ provider: "openai", baseUrl } as ModelConfig);
    expect(growth(url, (size) => `${"/".repeat(size)}\u0000`)).toBeLessThan(8);
  });

  // The answer marker's three `\s*` split a blank run every way before `(.+)$` failed (×15 for 4× the text).
  it.each([
    ["a marker before newlines", "answer:"],
    ["a marker and 'is' before newlines", "The answer is: is"],
  ])("%s", (_name, marker) => {
    expect(growth(extractFinalAnswer, (size) => `${marker}${"\n".repeat(size)}`)).toBeLessThan(8);
  });
});
