import { isUtf8 } from "node:buffer";
import { z } from "zod";
import type { PlainMessage } from "../index.js";
import type { PromptInput } from "./job-types.js";

/** Why one input line was rejected. Never contains prompt text. */
export interface InputLineError {
  /** 1-based line number in the file. */
  line: number;
  id: string | undefined;
  reason: string;
}

export interface ParsedInput {
  prompts: PromptInput[];
  errors: InputLineError[];
  /** Non-blank lines read. */
  lines: number;
}

const messageSchema = z
  .object({
    role: z.enum(["system", "user", "assistant", "tool", "developer"]),
    content: z.union([z.string(), z.array(z.object({ type: z.string() }).passthrough()), z.null()]),
    name: z.string().optional(),
    tool_call_id: z.string().optional(),
    tool_calls: z.array(z.unknown()).optional(),
  })
  .passthrough();

const lineSchema = z
  .object({
    id: z.union([z.string().min(1, "must not be empty").max(512, "at most 512 characters"), z.number().int()]),
    prompt: z.string().min(1, "must not be empty").optional(),
    messages: z.array(messageSchema).min(1, "needs at least one message").optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((line, context) => {
    if ((line.prompt === undefined) === (line.messages === undefined))
      context.addIssue({ code: "custom", path: [], message: 'needs exactly one of "prompt" or "messages"' });
  });

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      // zod echoes unrecognised keys but never values, so no prompt text leaks into the report.
      return path === "" ? issue.message : `${path}: ${issue.message}`;
    })
    .join("; ");
}

/** The lines of a file's bytes, each decoded, or undefined where the line is not valid UTF-8. */
function decodeLines(bytes: Uint8Array): Array<string | undefined> {
  const rows: Array<string | undefined> = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  while (start <= buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end === -1) end = buffer.length;
    const line = buffer.subarray(start, end);
    rows.push(isUtf8(line) ? line.toString("utf8").replace(/\r$/, "") : undefined);
    start = end + 1;
  }
  return rows;
}

/**
 * Validates a JSONL batch file line by line: every bad line is reported, the good ones kept. Give
 * the file's bytes (not a decoded string) so that a line that is not valid UTF-8 is reported
 * instead of being decoded with replacement characters.
 */
export function parseBatchInput(input: string | Uint8Array): ParsedInput {
  const prompts: PromptInput[] = [];
  const errors: InputLineError[] = [];
  const seen = new Set<string>();
  let lines = 0;
  const rows = typeof input === "string" ? input.split(/\r?\n/) : decodeLines(input);
  for (let index = 0; index < rows.length; index += 1) {
    const lineNumber = index + 1;
    const text = rows[index];
    if (text === undefined) {
      lines += 1;
      errors.push({ line: lineNumber, id: undefined, reason: `line ${lineNumber} is not valid UTF-8` });
      continue;
    }
    const row = text.trim();
    if (row === "") continue;
    lines += 1;
    let raw: unknown;
    try {
      raw = JSON.parse(row);
    } catch {
      errors.push({ line: lineNumber, id: undefined, reason: "not valid JSON" });
      continue;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      errors.push({ line: lineNumber, id: undefined, reason: "expected a JSON object" });
      continue;
    }
    const rawId = (raw as { id?: unknown }).id;
    const idForReport = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : undefined;
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push({ line: lineNumber, id: idForReport, reason: describe(parsed.error) });
      continue;
    }
    const id = String(parsed.data.id);
    if (seen.has(id)) {
      errors.push({ line: lineNumber, id, reason: `duplicate id (first seen on an earlier line)` });
      continue;
    }
    seen.add(id);
    const prompt: PromptInput = { id };
    if (parsed.data.prompt !== undefined) prompt.prompt = parsed.data.prompt;
    if (parsed.data.messages !== undefined) prompt.messages = parsed.data.messages as PlainMessage[];
    if (parsed.data.metadata !== undefined) prompt.metadata = parsed.data.metadata;
    prompts.push(prompt);
  }
  return { prompts, errors, lines };
}
