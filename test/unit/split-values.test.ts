import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { splitValues } from "../../src/nodes/split-values.js";
import type { OutgoingString } from "../../src/nodes/outgoing-request.js";
import { growth } from "../helpers/linear-growth.js";

// Session 39 evasion review (issue #15): a value split across two consecutive messages. Sentences of my own.
const scanner = createPrivacyScanner();
function categoriesSplit(...texts: string[]): string[] {
  const outgoing: OutgoingString[] = texts.map((text, index) => ({ field: `messages[${index}].content`, text, rewritable: true }));
  const found = new Map(outgoing.map((string) => [string, scanner.scan(string.text)] as const).filter(([, findings]) => findings.length > 0));
  return splitValues(scanner, outgoing, found).map((split) => `${split.category}@${split.field}`);
}

describe("values split across two messages (split-values.ts)", () => {
  it("a card number sent in two messages, cut between groups or inside one", () => {
    expect(categoriesSplit("Is my card 4172 9960", "8905 6538 still valid?")).toContain("payment_card@messages[0].content+messages[1].content");
    expect(categoriesSplit("Customer record. Card: 4172 99", "60 8905 6538, expires 09/27.")).toContain("payment_card@messages[0].content+messages[1].content");
  });

  it("an e-mail address cut inside a word by a fixed-size chunker, and an IBAN cut between groups", () => {
    expect(categoriesSplit("Please write to jane.roe@acme-ma", "il.de about the invoice.")).toEqual(["email@messages[0].content+messages[1].content"]);
    expect(categoriesSplit("Pay the rent to DE44 5001 0517", "5407 3249 31 by Friday.")).toContain("iban@messages[0].content+messages[1].content");
  });

  it("only the boundary between message contents is read, and whole values are left to the per-message scan", () => {
    expect(categoriesSplit("My card is 4172 9960 8905 6538.", "Is it still valid?")).toEqual([]);
    expect(categoriesSplit("Contact: jane.roe@acme-mail.de", "Thanks!")).toEqual([]);
  });

  it("hard negatives: sentences glued at a question mark, scripts meeting, versions and dates across turns", () => {
    expect(categoriesSplit("Is it okay to move to a password manager without getting locked out?", "Should we still require special characters?")).toEqual([]);
    expect(categoriesSplit("Example: example@example.com", "짧은 소개글을 써 주세요")).toEqual([]);
    expect(categoriesSplit("We upgraded to 4.1", "2.1 next week, on 2024-12", "06 at 10:00.")).toEqual([]);
    expect(categoriesSplit("Order 4172", "9960 shipped; part 8905-6538 is late.")).toEqual([]);
  });
});

it.each([
  ["long messages", `${"x".repeat(5000)} 4172 99`],
  ["one-digit messages (windows run on over many)", "4"],
])(
  "costs two bounded scans per boundary: linear in the number of messages (%s)",
  (_, text) => {
    const messages = (count: number): OutgoingString[] =>
      Array.from({ length: count }, (_, index) => ({ field: `messages[${index}].content`, text, rewritable: true }));
    const ratio = growth(
      (count: number) => splitValues(scanner, messages(count), new Map()),
      (count) => count,
      200,
      800,
    );
    expect(ratio).toBeLessThan(8);
  },
  60_000,
);

describe("values split across three or more messages (session 39 review)", () => {
  it("a card number in three messages, and an e-mail address cut by a chunker into short pieces", () => {
    expect(categoriesSplit("Is my card 4172", "9960", "8905 6538 still valid?")).toEqual([
      "payment_card@messages[0].content+messages[1].content+messages[2].content",
    ]);
    expect(categoriesSplit("Write to jane.r", "oe@acme-m", "ail.de", " soon")).toEqual(["email@messages[0].content+messages[1].content+messages[2].content"]);
    expect(categoriesSplit("Hello", "card 4172", "9960", "8905", "6538 ok")).toContain(
      "payment_card@messages[1].content+messages[2].content+messages[3].content+messages[4].content",
    );
  });

  it("short turns with numbers that make no value together stay clean", () => {
    expect(categoriesSplit("Pick a number", "7", "then 12", "and 2024?", "ok 3.5")).toEqual([]);
    expect(categoriesSplit("Step 1", "Step 2", "Step 3", "Step 4")).toEqual([]);
  });
});
