/**
 * The outgoing request: every string that leaves the machine when a model is called on a
 * request's behalf — message contents, message names, tool-call ids, names and arguments, and
 * every request option that is sent along (tools with their names, descriptions and parameter
 * schemas, tool_choice, response_format and its JSON schema, which is also Ollama's `format`,
 * and whatever other parameter a request carries). The privacy guard scans all of it; the call
 * layer checks, as a last line of defence, that none of it still holds a value to be redacted.
 */
import type { BaseMessage } from "@langchain/core/messages";
import type { RequestExtras } from "../policies/request-params.js";

/** The request extras a model call sends, flat (tools, tool_choice, response_format and every parameter), for the scans below. */
export function requestFields(request: RequestExtras): Record<string, unknown> {
  const { params, images: _images, unsupportedParams: _mode, ...rest } = request;
  return { ...rest, ...params };
}
import type { Redaction } from "../privacy/types.js";
import { RouterError } from "../errors.js";

export interface OutgoingString {
  /** Where the string goes, e.g. `messages[2].content`, `messages[0].name`, `options.tools`. Never the value. */
  field: string;
  text: string;
  /**
   * True when a value inside can be replaced by a placeholder for a cloud model and restored in
   * the answer (string message contents). Anything else holding a value to redact
   * keeps the request local: names, ids, tool calls and schemas cannot be rewritten safely.
   */
  rewritable: boolean;
}

/** Deepest nesting of a request parameter (tools, schemas) that is scanned; deeper ones are refused (JSON Schemas need far less). */
export const MAX_NESTING = 100;

/** True when `value` has objects or arrays nested more than `limit` levels deep (iterative: no stack overflow). */
function nestedDeeperThan(value: object, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(current as object)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}

/** Request options that never leave the machine (routing choices, not model parameters). */
const LOCAL_OPTIONS: ReadonlySet<string> = new Set(["profile", "model", "dryRun"]);

function contentText(content: BaseMessage["content"]): { text: string; rewritable: boolean } {
  if (typeof content === "string") return { text: content, rewritable: true };
  // Parts are scanned but not rewritten: a value to redact in them keeps the request local.
  let text = "";
  for (const part of content as unknown[]) {
    if (typeof part === "string") text += (text ? "\n" : "") + part;
    else if (part && typeof part === "object" && (part as { type?: unknown }).type === "text" && typeof (part as { text?: unknown }).text === "string")
      text += (text ? "\n" : "") + (part as { text: string }).text;
    else {
      // Whatever else a part holds (a URL, a data URI, an unknown part's fields) goes out too.
      text += (text ? "\n" : "") + JSON.stringify(part);
    }
  }
  return { text, rewritable: false };
}

/** Every string of `messages` and `options` that a model call sends, by field. Empty strings are left out. */
export function outgoingStrings(messages: readonly BaseMessage[], options: Readonly<Record<string, unknown>>): OutgoingString[] {
  const out: OutgoingString[] = [];
  const push = (field: string, text: string | undefined, rewritable: boolean) => {
    if (text) out.push({ field, text, rewritable });
  };
  messages.forEach((message, index) => {
    const content = contentText(message.content);
    push(`messages[${index}].content`, content.text, content.rewritable);
    push(`messages[${index}].name`, message.name, false);
    const record = message as unknown as { tool_call_id?: unknown; tool_calls?: Array<{ id?: string; name: string; args: unknown }> };
    if (typeof record.tool_call_id === "string") push(`messages[${index}].tool_call_id`, record.tool_call_id, false);
    record.tool_calls?.forEach((call, callIndex) => {
      push(`messages[${index}].tool_calls[${callIndex}]`, `${call.id ?? ""} ${call.name} ${JSON.stringify(call.args ?? {})}`, false);
    });
  });
  for (const [key, value] of Object.entries(options)) {
    if (LOCAL_OPTIONS.has(key) || value === undefined || value === null || typeof value === "number" || typeof value === "boolean") continue;
    if (typeof value === "object" && nestedDeeperThan(value, MAX_NESTING))
      throw new RouterError(
        "INVALID_REQUEST",
        `${key} is nested deeper than ${MAX_NESTING} levels: it cannot be checked for sensitive data, so it is refused`,
        { details: { field: key, maxDepth: MAX_NESTING } },
      );
    push(`options.${key}`, typeof value === "string" ? value : JSON.stringify(value), false);
  }
  return out;
}

/** Redaction values still present in the outgoing strings (after redaction), with the fields holding them. */
export function leftoverSensitiveFields(
  messages: readonly BaseMessage[],
  options: Readonly<Record<string, unknown>>,
  redactions: readonly Redaction[],
): string[] {
  if (redactions.length === 0) return [];
  const fields: string[] = [];
  for (const outgoing of outgoingStrings(messages, options))
    if (redactions.some((redaction) => outgoing.text.includes(redaction.value))) fields.push(outgoing.field);
  return fields;
}
