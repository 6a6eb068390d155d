import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { BaseMessage } from "@langchain/core/messages";
import { createPrivacyScanner, createRouter, createSeededRandom, RouterError, type PlainMessage, type PrivacyPolicy } from "../../src/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const SENSITIVE_VALUES = [
  "jane.roe@acme-mail.de",
  "4172 9960 8905 6538",
  "DE98 6537 3907 3606 3221 72",
  "536-22-1234",
  "+44 20 7123 0958",
  "sk-proj-Q9x2Lm4Kp7Rt1Vw8Zy3Bn6Cd5Fg0Hj2Kl4Mn7Pq9Rs1Tu3Vw5",
  "AKIAIOSFODNN7QZX4T2M",
  "postgres://admin:S3cr3tPass@db.internal.acme.io:5432/prod",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIz",
];
const FILLER = ["please help with this", "summarise the thread", "what should I reply?", "here is the data", "thanks!"];
const POLICIES: PrivacyPolicy[] = ["local-only", "redact", "allow"];
const MODEL_IDS = ["llama", "gemma", "mini", "gpt4o"];
const scanner = createPrivacyScanner();

function textOf(messages: BaseMessage[]): string {
  return messages.map((message) => (typeof message.content === "string" ? message.content : JSON.stringify(message.content))).join("\n");
}

const conversation = fc.array(
  fc.record({
    role: fc.constantFrom<"user" | "assistant" | "tool" | "system">("user", "assistant", "tool", "system"),
    filler: fc.constantFrom(...FILLER),
    secret: fc.option(fc.constantFrom(...SENSITIVE_VALUES), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 5 },
);

describe("privacy guarantee (property)", () => {
  let redactedCloudCalls = 0;
  it("no cloud request ever contains a detected value of a category that is not allowed", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        conversation,
        fc.constantFrom(...POLICIES),
        fc.dictionary(fc.constantFrom("email", "payment_card", "iban", "api_key", "phone"), fc.constantFrom(...POLICIES)),
        fc.shuffledSubarray(MODEL_IDS, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        async (turns, defaultPolicy, categories, ladder, failures, seed, direct) => {
          const messages: PlainMessage[] = turns.map((turn, index) => {
            const content = turn.secret ? `${turn.filler} ${turn.secret}` : turn.filler;
            if (turn.role === "tool") return { role: "tool", tool_call_id: `call-${index}`, content };
            return { role: turn.role, content };
          });
          if (messages.at(-1)!.role !== "user") messages.push({ role: "user", content: "and now?" });
          const models = Object.fromEntries(
            MODEL_IDS.map((id, index) => [
              id,
              new FakeChatModel(() => (failures[index] ? new RouterError("MODEL_CALL_FAILED", "HTTP 500", { retryable: true }) : "Final answer: 3"), id),
            ]),
          );
          const router = createRouter(fourModelConfig({ ladder, privacy: { defaultPolicy, categories }, bandit: { costWeight: 0 } }), {
            models,
            random: createSeededRandom(seed),
            sleep: async () => {},
          });
          const policyOf = (category: string) => categories[category] ?? defaultPolicy;
          const protectedValues = messages
            .flatMap((message) => {
              const text = typeof message.content === "string" ? message.content : "";
              return scanner
                .scan(text)
                .filter((finding) => policyOf(finding.category) !== "allow")
                .map((finding) => text.slice(finding.start, finding.end));
            })
            .filter((value) => value.length > 0);
          await router.invoke(messages, direct ? { model: "gpt4o" } : {}).catch((error: unknown) => {
            if (!(error instanceof RouterError)) throw error;
          });
          for (const id of ["mini", "gpt4o"]) {
            for (const call of models[id]!.calls) {
              const body = textOf(call);
              for (const value of protectedValues) expect(body).not.toContain(value);
              if (protectedValues.length > 0) redactedCloudCalls++;
            }
          }
        },
      ),
      { numRuns: 200, seed: 42 },
    );
    // The property must have exercised the dangerous path: cloud calls for prompts holding protected values.
    expect(redactedCloudCalls).toBeGreaterThan(10);
  });
});
