import type { FastifyRequest } from "fastify";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { privacySchema } from "../../src/config/sections/privacy.js";
import { privacyScannerOptions } from "../../src/privacy/index.js";
import { createPromptLogger } from "../../src/server/prompt-logging.js";

// Session 41 review (issue #15): debug prompt logging builds its scanner from the same privacy config as routing, so
// the log masks no less than routing does (custom detectors, testValues, encoded.beyondBound). Invented values.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const rows = (count: number) => Array.from({ length: count }, (_, index) => `row ${index + 1}: ${b64(`batch item ${index + 1} processed ok`)}`).join("\n");
const SECRET_ROW = b64("failed: duplicate account for oisin.treacy@eircom.net");
const PAST_THE_BOUND = `Import log (base64 rows):\n${rows(70)}\nrow 71: ${SECRET_ROW}\n`;

function logged(privacy: unknown, content: string): string {
  const lines: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
  const log = createPromptLogger(true, logger, privacySchema.parse(privacy));
  log({ log: logger } as unknown as FastifyRequest, [{ role: "user", content }]);
  return lines.join("");
}

describe("debug prompt logging takes the privacy config", () => {
  it("masks a custom detector's value and a test card with testValues: sensitive", () => {
    const prompt = "codename BLUEHERON-7 on card 4242 4242 4242 4242";
    const plain = logged({}, prompt);
    expect(plain).toContain("BLUEHERON-7");
    expect(plain).toContain("4242 4242 4242 4242");
    const configured = logged({ custom: [{ name: "codename", pattern: "BLUEHERON-\\d+" }], testValues: "sensitive" }, prompt);
    expect(configured).not.toContain("BLUEHERON-7");
    expect(configured).not.toContain("4242 4242 4242 4242");
    expect(configured).toContain("codename");
  });

  it("masks encoded rows past the decoders' bound with encoded.beyondBound: sensitive", () => {
    expect(logged({}, PAST_THE_BOUND)).toContain(SECRET_ROW);
    expect(logged({ encoded: { beyondBound: "sensitive" } }, PAST_THE_BOUND)).not.toContain(SECRET_ROW);
  });

  it("does not log a prompt over privacy.scanLimit.maxChars (only its size)", () => {
    const out = logged({ scanLimit: { maxChars: 10 } }, "a prompt longer than ten characters");
    expect(out).toContain('"promptChars":35');
    expect(out).not.toContain("longer than ten");
  });

  it("picks every scanner key from the config (one place for every product path)", () => {
    const privacy = privacySchema.parse({ encoded: { beyondBound: "sensitive" }, testValues: "sensitive", unnamedRelatives: "sensitive" });
    expect(privacyScannerOptions(privacy)).toEqual({
      custom: [],
      testValues: "sensitive",
      unnamedRelatives: "sensitive",
      encoded: { beyondBound: "sensitive" },
      learned: privacy.learned,
    });
  });
});
