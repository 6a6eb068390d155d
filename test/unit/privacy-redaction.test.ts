import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createPrivacyScanner, createRedactionSession, createStreamingRestorer, maskText, restoreText } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();
const text = "Mail jane.doe@gmail.com or call +49 30 901820 00; again: jane.doe@gmail.com. Card 4172 9960 8905 6538.";

describe("redaction session", () => {
  it("replaces each value with a typed placeholder and restores it", () => {
    const session = createRedactionSession();
    const redacted = session.redact(text, scanner.scan(text));
    expect(redacted).toBe("Mail [EMAIL_1] or call [PHONE_1]; again: [EMAIL_1]. Card [PAYMENT_CARD_1].");
    expect(redacted).not.toContain("jane.doe");
    expect(restoreText(redacted, session.redactions())).toBe(text);
  });

  it("keeps placeholders stable across the messages of one conversation", () => {
    const session = createRedactionSession();
    const first = "from anna.k@web.de";
    const second = "reply to bob.s@web.de and anna.k@web.de";
    expect(session.redact(first, scanner.scan(first))).toBe("from [EMAIL_1]");
    expect(session.redact(second, scanner.scan(second))).toBe("reply to [EMAIL_2] and [EMAIL_1]");
    expect(session.redactions().map((redaction) => redaction.placeholder)).toEqual(["[EMAIL_1]", "[EMAIL_2]"]);
  });

  it("uses custom category names in placeholders", () => {
    const session = createRedactionSession();
    expect(session.redact("Project Falcon", [{ category: "project-codename", start: 0, end: 14, rule: "custom-keyword" }])).toBe("[PROJECT_CODENAME_1]");
  });

  it("leaves unknown placeholders alone when restoring", () => {
    expect(restoreText("see [EMAIL_9] and [NOTE]", [{ placeholder: "[EMAIL_1]", value: "a@b.de", category: "email" }])).toBe("see [EMAIL_9] and [NOTE]");
  });

  it("masks values with their category for logs", () => {
    expect(maskText(text, scanner.scan(text))).toBe("Mail [EMAIL] or call [PHONE]; again: [EMAIL]. Card [PAYMENT_CARD].");
  });
});

describe("streaming restorer", () => {
  const session = createRedactionSession();
  const redacted = session.redact(text, scanner.scan(text));
  const answer = `Sure. I wrote to ${redacted} [not a placeholder] and [EMAIL_ and [`;

  it("restores placeholders split across chunks", () => {
    const restorer = createStreamingRestorer(session.redactions());
    const chunks = ["Write to [EMA", "IL_1", "] and [PHONE_1]", " ok [PAY", "MENT_CARD_1]."];
    const output = chunks.map((chunk) => restorer.push(chunk)).join("") + restorer.flush();
    expect(output).toBe("Write to jane.doe@gmail.com and +49 30 901820 00 ok 4172 9960 8905 6538.");
  });

  it("holds back only a possible partial placeholder", () => {
    const restorer = createStreamingRestorer(session.redactions());
    expect(restorer.push("hello [EM")).toBe("hello ");
    expect(restorer.push("PTY]")).toBe("[EMPTY]");
    expect(restorer.push("a [b")).toBe("a [b");
    expect(restorer.flush()).toBe("");
  });

  it("gives the same text as restoring the whole answer, for any chunking", () => {
    const expected = restoreText(answer, session.redactions());
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: answer.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((left, right) => left - right);
        const restorer = createStreamingRestorer(session.redactions());
        let output = "";
        let previous = 0;
        for (const point of [...points, answer.length]) {
          output += restorer.push(answer.slice(previous, point));
          previous = point;
        }
        output += restorer.flush();
        expect(output).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("passes text through unchanged when nothing was redacted", () => {
    const restorer = createStreamingRestorer([]);
    expect(restorer.push("[EMAIL_1")).toBe("[EMAIL_1");
    expect(restorer.flush()).toBe("");
  });
});
