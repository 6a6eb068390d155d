import { createHash } from "node:crypto";
import type { RouterModel } from "./router-model.js";

/** Bytes kept of each prompt's sha256 in a router model (collisions: ~1 in 2^64 per pair). */
const DIGEST_BYTES = 8;

/** Whitespace-normalised prompt text: the same prompt in another file (or re-indented) is the same prompt. */
function normalise(prompt: string): string {
  return prompt.trim().replace(/\s+/g, " ");
}

function digest(prompt: string): Buffer {
  return createHash("sha256").update(normalise(prompt)).digest().subarray(0, DIGEST_BYTES);
}

/**
 * The training prompts of a router model, as the base64 of their sorted, de-duplicated 8-byte
 * sha256 prefixes (of the whitespace-normalised text): what `trainedOn.promptHashes` stores. Keyed by
 * text, not id, so a copy of the prompts in another file is still recognised.
 */
export function encodePromptHashes(prompts: Iterable<string>): string {
  const unique = new Map<string, Buffer>();
  for (const prompt of prompts) {
    const bytes = digest(prompt);
    unique.set(bytes.toString("hex"), bytes);
  }
  return Buffer.concat([...unique.keys()].sort().map((key) => unique.get(key)!)).toString("base64");
}

/**
 * A test "did this model train on that prompt?", or undefined when the model does not record its
 * training prompts (written before they were recorded).
 */
export function seenPromptTest(model: Pick<RouterModel, "trainedOn">): ((prompt: string) => boolean) | undefined {
  const encoded = model.trainedOn.promptHashes;
  if (typeof encoded !== "string") return undefined;
  const bytes = Buffer.from(encoded, "base64");
  const seen = new Set<string>();
  for (let offset = 0; offset + DIGEST_BYTES <= bytes.length; offset += DIGEST_BYTES) seen.add(bytes.subarray(offset, offset + DIGEST_BYTES).toString("hex"));
  return (prompt) => seen.has(digest(prompt).toString("hex"));
}
