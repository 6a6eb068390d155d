import { describe, expect, it } from "vitest";
import { answersAgree, extractFinalAnswer, normaliseAnswer } from "../../src/policies/answer-extraction.js";
import { checkAnswerRules } from "../../src/policies/rule-checks.js";

describe("final answer extraction", () => {
  it.each([
    ["So she earns $1,200.00 in total. Final answer: $1,200", "1200"],
    ["The answer is 42.", "42"],
    ["#### 18", "18"],
    ["\\boxed{7}", "7"],
    ["Step 1... step 2...\n72", "72"],
    ["The answer is (C).", "C"],
    ["Output: 'hello world'", "hello world"],
    // After the marker, only blank lines: the word or sign before them is the answer.
    ["Answer: is\n\n", "is"],
    ["Final answer -\n\n", "-"],
    ["Result:\n\n42", "42"],
    ["the answer is is 7", "7"],
  ])("extracts %j as %j", (text, expected) => {
    expect(extractFinalAnswer(text)).toBe(expected);
  });

  it("finds nothing after a marker followed by blanks only", () => {
    expect(extractFinalAnswer("The answer is: \n\n")).toBeUndefined();
  });

  it("finds nothing in free-form prose", () => {
    expect(extractFinalAnswer("Paris is lovely in spring; walk along the Seine.")).toBeUndefined();
  });

  it("compares numbers as numbers and letters case-insensitively", () => {
    expect(answersAgree("42.0", "42")).toBe(true);
    expect(answersAgree("b", "(B)")).toBe(true);
    expect(answersAgree("41", "42")).toBe(false);
    expect(answersAgree(undefined, "42")).toBe(false);
    expect(normaliseAnswer(' "abc" ')).toBe("abc");
  });
});

describe("rule checks", () => {
  const base = { finishReason: undefined, expectJson: false, minChars: 1, hasToolCalls: false };
  it("fails empty, truncated, refused and invalid-JSON answers", () => {
    expect(checkAnswerRules({ ...base, text: "  " }).pass).toBe(false);
    expect(checkAnswerRules({ ...base, text: "partial", finishReason: "length" }).pass).toBe(false);
    expect(checkAnswerRules({ ...base, text: "I'm sorry, but I can't help with that." }).pass).toBe(false);
    expect(checkAnswerRules({ ...base, text: "{oops", expectJson: true }).pass).toBe(false);
  });
  it("passes good answers, fenced JSON and tool calls", () => {
    expect(checkAnswerRules({ ...base, text: "Sure: 4" }).pass).toBe(true);
    expect(checkAnswerRules({ ...base, text: '```json\n{"a":1}\n```', expectJson: true }).pass).toBe(true);
    expect(checkAnswerRules({ ...base, text: "", hasToolCalls: true }).pass).toBe(true);
  });
});
