import { describe, expect, it } from "vitest";
import { parseBatchInput } from "../../src/batch/parse-input.js";

describe("parseBatchInput", () => {
  it("keeps valid prompt and messages lines, skipping blank lines", () => {
    const text = ['{"id":"a","prompt":"hi"}', "", '{"id":7,"messages":[{"role":"user","content":"hello"}],"metadata":{"k":1}}', "   "].join("\n");
    const parsed = parseBatchInput(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.lines).toBe(2);
    expect(parsed.prompts).toEqual([
      { id: "a", prompt: "hi" },
      { id: "7", messages: [{ role: "user", content: "hello" }], metadata: { k: 1 } },
    ]);
  });

  it("reports every bad line with its number and reason, without echoing prompt text", () => {
    const text = [
      '{"id":"ok","prompt":"fine"}',
      "{not json",
      '["an","array"]',
      '{"prompt":"secret-text-123"}',
      '{"id":"both","prompt":"x","messages":[{"role":"user","content":"y"}]}',
      '{"id":"neither"}',
      '{"id":"badrole","messages":[{"role":"robot","content":"z"}]}',
      '{"id":"ok","prompt":"again"}',
      '{"id":"extra","prompt":"p","temperature":1}',
    ].join("\n");
    const { prompts, errors } = parseBatchInput(text);
    expect(prompts.map((prompt) => prompt.id)).toEqual(["ok"]);
    expect(errors.map((error) => [error.line, error.id])).toEqual([
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [5, "both"],
      [6, "neither"],
      [7, "badrole"],
      [8, "ok"],
      [9, "extra"],
    ]);
    expect(errors[0]!.reason).toBe("not valid JSON");
    expect(errors[3]!.reason).toContain('exactly one of "prompt" or "messages"');
    expect(errors[6]!.reason).toContain("duplicate id");
    expect(errors[7]!.reason).toContain("temperature");
    expect(JSON.stringify(errors)).not.toContain("secret-text-123");
  });
});
