import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Command } from "commander";
import { registerPrivacyCommand } from "../../src/cli/commands/privacy.js";

async function run(args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerPrivacyCommand(program);
  let output = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["node", "routellm", ...args]);
  } finally {
    write.mockRestore();
  }
  return output;
}

describe("routellm privacy scan", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints spans and categories, never the values, for text given as an argument", async () => {
    const output = await run(["privacy", "scan", "--json", "mail jane.doe@gmail.com now"]);
    expect(JSON.parse(output)).toEqual({ id: "input", sensitive: true, categories: ["email"], spans: [{ start: 5, end: 23, category: "email" }] });
    expect(output).not.toContain("jane.doe");
  });

  it("scans every line of a JSONL file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-privacy-"));
    const file = join(folder, "prompts.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "a", prompt: "hello" })}\n${JSON.stringify({ id: 7, prompt: "SSN 536-22-1234" })}\n`);
    const lines = (await run(["privacy", "scan", "--jsonl", file, "--json"]))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { id: "a", sensitive: false, categories: [], spans: [] },
      { id: "7", sensitive: true, categories: ["us_ssn"], spans: [{ start: 4, end: 15, category: "us_ssn" }] },
    ]);
  });

  it("names the bad line of a JSONL file and prints nothing", async () => {
    const folder = mkdtempSync(join(tmpdir(), "routellm-privacy-"));
    const file = join(folder, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "a", prompt: "ok" })}\n{"id": "b"}\n`);
    await expect(run(["privacy", "scan", "--jsonl", file, "--json"])).rejects.toThrow(/bad\.jsonl:2: prompt/);
  });
});
