import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { runCli } from "../helpers/run-cli.js";
import { startOllamaServer } from "../helpers/ollama-server.js";
import type { ProtocolServer } from "../helpers/scripted-http-server.js";

let ollama: ProtocolServer;
let dir: string;

beforeAll(async () => {
  ollama = await startOllamaServer({ defaultText: "The answer is 4." });
  dir = mkdtempSync(join(tmpdir(), "routellm-cli-"));
  writeFileSync(
    join(dir, "routellm.config.yaml"),
    `models:\n  - { id: small, provider: ollama, baseUrl: "${ollama.url}", model: "llama3.1:8b", tier: local }\n  - { id: big, provider: ollama, baseUrl: "${ollama.url}", model: "gemma2:9b", tier: local }\n`,
  );
  writeFileSync(join(dir, "bad.yaml"), "models:\n  - { id: x, provider: ollama, model: m, tier: orbit }\n");
});
afterAll(() => ollama.close());

describe("routellm route", () => {
  it("prints the decision as JSON without calling a model (--dry-run)", async () => {
    const result = await runCli(["route", "--dry-run", "--json", "hello there"]);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ model: expect.any(String), tier: expect.stringMatching(/local|cloud/), answer: null, privacy: { sensitive: false } });
    expect(output.trace.map((entry: { node: string }) => entry.node)).toContain("bandit_selector");
  });

  it("answers through a config file and reports usage", async () => {
    const result = await runCli(["route", "--json", "What is 2+2?"], { cwd: dir });
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.answer).toBe("The answer is 4.");
    expect(output.usage.output_tokens).toBeGreaterThan(0);
    expect(output.escalations).toBe(0);
  });

  it("reads the prompt from stdin and flags sensitive data", async () => {
    const result = await runCli(["route", "--dry-run", "--json"], { input: "my email is jane.roe@acme-mail.de" });
    expect(JSON.parse(result.stdout).privacy).toMatchObject({ sensitive: true, categories: ["email"], pinned_local: true });
  });

  it("exits 2 naming the bad field of an invalid config", async () => {
    const result = await runCli(["route", "--config", join(dir, "bad.yaml"), "hi"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/CONFIG_INVALID[\s\S]*models\[0\]\.tier/);
  });
});
