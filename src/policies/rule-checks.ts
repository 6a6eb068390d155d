/** Cheap answer checks: empty, refusal, truncated, invalid JSON when JSON was asked for. */
export interface RuleCheckInput {
  text: string;
  /** Provider's finish reason (`length` means truncated). */
  finishReason?: string | undefined;
  expectJson: boolean;
  minChars: number;
  /** True when the answer carries tool calls (then empty text is fine). */
  hasToolCalls: boolean;
}

export interface RuleVerdict {
  pass: boolean;
  reason: string;
}

const REFUSAL =
  /^(?:i(?:'m| am) (?:sorry|afraid)|i can(?:not|'t) (?:help|assist|answer|comply|provide)|as an ai(?: language model)?,? i (?:can(?:not|'t)|don't)|sorry, (?:but )?i can(?:not|'t))/i;

export function checkAnswerRules(input: RuleCheckInput): RuleVerdict {
  const text = input.text.trim();
  if (input.hasToolCalls) return { pass: true, reason: "tool calls returned" };
  if (text.length < Math.max(1, input.minChars)) return { pass: false, reason: "empty answer" };
  if (input.finishReason === "length") return { pass: false, reason: "answer truncated (finish reason: length)" };
  if (REFUSAL.test(text.slice(0, 160))) return { pass: false, reason: "the model refused" };
  if (input.expectJson) {
    // The closing fence's blank run is tried from its first blank only (from every blank it was quadratic).
    const body = text.replace(/^```(?:json)?\s*|(?<!\s)\s*```$|(?<=\s)```$/g, "");
    try {
      JSON.parse(body);
    } catch {
      return { pass: false, reason: "JSON was asked for and the answer is not valid JSON" };
    }
  }
  return { pass: true, reason: "rule checks passed" };
}
