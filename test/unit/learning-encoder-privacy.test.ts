import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { createPromptEncoder } from "../../src/learning/evaluation/prompt-encoder.js";

/** Records what an embeddings service would receive. */
function recordingEmbeddings(received: string[]): EmbeddingsInterface {
  return {
    embedQuery: async (text) => (received.push(text), [text.length, 1]),
    embedDocuments: async (texts) => texts.map((text) => (received.push(text), [text.length, 1])),
  };
}

const prompts = ["Write to jane.roe@acme-mail.de about card 4172 9960 8905 6538", "What is 17 * 23?"];
const config = (provider: "openai" | "ollama") =>
  parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings: { provider, model: "m" } } });

describe("training encoders and privacy", () => {
  it("sends recorded prompts to a cloud encoder with detected values masked, and keys vectors by the original prompt", async () => {
    const received: string[] = [];
    const encoder = await createPromptEncoder(config("openai"), prompts, { embeddings: recordingEmbeddings(received) });
    expect(received.join("\n")).not.toMatch(/jane\.roe|4172/);
    expect(received).toContain("What is 17 * 23?");
    expect(encoder.maskedPrompts).toBe(1);
    expect(encoder.embed(prompts[0]!).length).toBe(2);
  });

  it("lets a local encoder see prompts as they are", async () => {
    const received: string[] = [];
    await createPromptEncoder(config("ollama"), prompts, { embeddings: recordingEmbeddings(received) });
    expect(received).toEqual(prompts);
  });
});
