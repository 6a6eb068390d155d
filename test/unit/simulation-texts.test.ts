import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRouterError } from "../../src/index.js";
import { loadReplayItems, textsFileOf } from "../../src/simulation/dataset.js";
import { recordedResponseText } from "../../src/simulation/recorded-chat-model.js";

function writeDataset(texts: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), "routellm-texts-"));
  const outcomes = join(dir, "chat.outcomes.jsonl");
  writeFileSync(
    outcomes,
    [
      `{"id":"p1","prompt":"Say hi","outcomes":{"A":{"score":0.8,"out_chars":5},"B":{"score":0.4,"out_chars":3},"C":{"score":1,"out_chars":4}}}`,
      `{"id":"p2","prompt":"Say bye","outcomes":{"A":{"score":0.2,"out_chars":3}}}`,
    ].join("\n"),
  );
  if (texts !== undefined) writeFileSync(textsFileOf(outcomes)!, texts);
  return outcomes;
}

describe("answer texts beside recorded outcomes", () => {
  it("attaches the mapped models' texts of the kept prompts from <name>.texts.jsonl", async () => {
    const file = writeDataset(
      [
        `{"id":"p1","model":"A","text":"Hello"}`,
        `{"id":"p1","model":"B","text":"Hi!"}`,
        `{"id":"p1","model":"C","text":"Hey."}`,
        `{"id":"p2","model":"A","text":"Bye"}`,
      ].join("\n"),
    );
    const { items, summary } = await loadReplayItems([file], { models: { a: "A", b: "B" } });
    expect(items).toHaveLength(1);
    expect(items[0]!.outcomes.a!.text).toBe("Hello");
    expect(items[0]!.outcomes.b!.text).toBe("Hi!");
    expect(summary.texts).toBe(2);
    expect(recordedResponseText(items[0]!.outcomes.a!)).toBe("Hello");
  });

  it("behaves as before without a texts file or with texts turned off", async () => {
    const file = writeDataset(undefined);
    const { items, summary } = await loadReplayItems([file], { models: { a: "A" } });
    expect(items[0]!.outcomes.a!.text).toBeUndefined();
    expect(summary.texts).toBe(0);
    expect(recordedResponseText(items[0]!.outcomes.a!)).toBe("Recorded response (5 characters).");
    const withFile = writeDataset(`{"id":"p1","model":"A","text":"Hello"}`);
    const off = await loadReplayItems([withFile], { models: { a: "A" }, texts: false });
    expect(off.items[0]!.outcomes.a!.text).toBeUndefined();
  });

  it("reports the file and line of a bad texts line", async () => {
    const file = writeDataset(`{"id":"p1","model":"A","text":"Hello"}\n{"id":"p1","model":"B"}`);
    const error = await loadReplayItems([file], { models: { a: "A" } }).catch((caught: unknown) => caught);
    expect(isRouterError(error, "DATASET_INVALID")).toBe(true);
    expect((error as Error).message).toContain("chat.texts.jsonl:2: text");
  });
});
