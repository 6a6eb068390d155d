/**
 * POST /v1/responses: the subset of OpenAI's Responses API that the official SDKs and agent
 * frameworks use — text and function-calling turns (input messages, function_call and
 * function_call_output items), instructions, function tools and tool_choice, text.format (JSON),
 * sampling parameters, and streaming events. Stateless: `previous_response_id`, built-in tools
 * (web search, file search, ...) and non-text outputs are refused with a 400 naming the field.
 */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { GenerationParams, PlainMessage } from "../index.js";
import { handleChat } from "./chat-handler.js";
import { HttpError } from "./http-errors.js";
import { parseBody } from "./request-schemas.js";
import { applyMode, imageDataUrl, unsupportedParamsMode } from "./request-params.js";
import { createResponsesProtocol } from "./responses-protocol.js";
import type { ServerContext } from "./server-context.js";

const contentPartSchema = z.looseObject({ type: z.string().max(64), text: z.string().optional(), image_url: z.string().optional() });
const itemSchema = z.looseObject({
  type: z.string().max(64).optional(),
  role: z.enum(["user", "assistant", "system", "developer"]).optional(),
  content: z.union([z.string(), z.array(contentPartSchema).max(1000)]).optional(),
  call_id: z.string().max(256).optional(),
  name: z.string().max(256).optional(),
  arguments: z.string().optional(),
  output: z.union([z.string(), z.array(contentPartSchema)]).optional(),
});
const functionToolSchema = z.looseObject({
  type: z.string().max(64),
  name: z.string().max(256).optional(),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).nullable().optional(),
});

const responsesRequestSchema = z.looseObject({
  model: z.string().max(256),
  input: z.union([z.string(), z.array(itemSchema).min(1).max(10_000)]),
  instructions: z.string().nullable().optional(),
  tools: z.array(functionToolSchema).max(128).optional(),
  tool_choice: z.union([z.enum(["auto", "none", "required"]), z.looseObject({ type: z.string(), name: z.string().optional() })]).optional(),
  max_output_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  parallel_tool_calls: z.boolean().nullable().optional(),
  text: z
    .looseObject({
      format: z
        .looseObject({
          type: z.enum(["text", "json_object", "json_schema"]),
          name: z.string().optional(),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().nullable().optional(),
        })
        .optional(),
    })
    .optional(),
  stream: z.boolean().nullable().optional(),
  user: z.string().max(256).nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  store: z.boolean().nullable().optional(),
  previous_response_id: z.string().nullable().optional(),
});
type ResponsesRequest = z.infer<typeof responsesRequestSchema>;

const HANDLED = new Set([
  "model",
  "input",
  "instructions",
  "tools",
  "tool_choice",
  "max_output_tokens",
  "temperature",
  "top_p",
  "parallel_tool_calls",
  "text",
  "stream",
  "user",
  "metadata",
  "store",
  "previous_response_id",
]);

function refuse(param: string, why: string): never {
  throw new HttpError(400, `${param} is not supported: ${why}`, { param, code: "unsupported_parameter" });
}

function partsText(parts: z.infer<typeof contentPartSchema>[] | string, param: string, imagesAllowed: boolean): PlainMessage["content"] {
  if (typeof parts === "string") return parts;
  const blocks = parts.map((part, index) => {
    if ((part.type === "input_text" || part.type === "output_text" || part.type === "text") && typeof part.text === "string")
      return { type: "text", text: part.text };
    if (part.type === "input_image" && imagesAllowed && typeof part.image_url === "string")
      return { type: "image_url", image_url: { url: imageDataUrl(part.image_url) } };
    return refuse(
      `${param}[${index}].type`,
      `only input_text, output_text${imagesAllowed ? " and input_image (image_url)" : ""} parts are routed (got "${part.type}")`,
    );
  });
  return blocks;
}

/** Input items → chat messages: consecutive function_call items form one assistant turn with tool calls. */
export function responsesInputToMessages(body: ResponsesRequest): PlainMessage[] {
  const messages: PlainMessage[] = [];
  if (body.instructions) messages.push({ role: "system", content: body.instructions });
  if (typeof body.input === "string") return [...messages, { role: "user", content: body.input }];
  body.input.forEach((item, index) => {
    const type = item.type ?? "message";
    if (type === "message") {
      if (item.role === undefined || item.content === undefined) refuse(`input[${index}]`, "a message item needs role and content");
      messages.push({ role: item.role, content: partsText(item.content, `input[${index}].content`, item.role === "user") });
    } else if (type === "function_call") {
      if (!item.call_id || !item.name) refuse(`input[${index}]`, "a function_call item needs call_id and name");
      const call = { id: item.call_id, type: "function" as const, function: { name: item.name, arguments: item.arguments ?? "{}" } };
      const last = messages.at(-1);
      if (last?.role === "assistant") last.tool_calls = [...(last.tool_calls ?? []), call];
      else messages.push({ role: "assistant", content: null, tool_calls: [call] });
    } else if (type === "function_call_output") {
      if (!item.call_id) refuse(`input[${index}].call_id`, "a function_call_output item needs call_id");
      const output = typeof item.output === "string" ? item.output : (item.output ?? []).map((part) => part.text ?? "").join("");
      messages.push({ role: "tool", tool_call_id: item.call_id, content: output });
    } else refuse(`input[${index}].type`, `RouteLLM routes message, function_call and function_call_output items (got "${type}")`);
  });
  return messages;
}

export function registerResponsesRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/responses", async (request, reply) => {
    const body = parseBody(responsesRequestSchema, request.body);
    if (body.previous_response_id != null) refuse("previous_response_id", "RouteLLM stores no responses; send the whole conversation in input");
    const tools = (body.tools ?? []).map((tool, index) => {
      if (tool.type !== "function" || !tool.name) return refuse(`tools[${index}].type`, `only function tools are routed (got "${tool.type}")`);
      return {
        type: "function",
        function: {
          name: tool.name,
          ...(tool.description === undefined ? {} : { description: tool.description }),
          parameters: tool.parameters ?? { type: "object", properties: {} },
        },
      };
    });
    let toolChoice: unknown = body.tool_choice;
    if (typeof toolChoice === "object" && toolChoice !== null) {
      const choice = toolChoice as { type: string; name?: string };
      if (choice.type !== "function" || !choice.name) refuse("tool_choice", "only auto, none, required or a named function are routed");
      toolChoice = { type: "function", function: { name: choice.name } };
    }
    const params: GenerationParams = {};
    if (body.max_output_tokens != null) params.maxTokens = body.max_output_tokens;
    if (body.temperature != null) params.temperature = body.temperature;
    if (body.top_p != null) params.topP = body.top_p;
    if (body.parallel_tool_calls != null) params.parallelToolCalls = body.parallel_tool_calls;
    if (body.user != null) params.user = body.user;
    const format = body.text?.format;
    const warnings = Object.entries(body)
      .filter(([key, value]) => !HANDLED.has(key) && value != null)
      .map(([key]) => `${key.slice(0, 64)} ignored (not passed on)`);
    if (body.store === true) warnings.push("store ignored (RouteLLM stores no responses)");
    if (body.metadata != null && Object.keys(body.metadata).length > 0) warnings.push("metadata ignored (RouteLLM stores no responses)");
    const translated = applyMode(
      {
        options: {
          params,
          ...(tools.length > 0 ? { tools } : {}),
          ...(toolChoice === undefined ? {} : { toolChoice }),
          ...(format && format.type !== "text"
            ? {
                responseFormat:
                  format.type === "json_object"
                    ? { type: "json_object" as const }
                    : {
                        type: "json_schema" as const,
                        json_schema: {
                          name: format.name ?? "response",
                          schema: format.schema ?? {},
                          ...(format.strict == null ? {} : { strict: format.strict }),
                        },
                      },
              }
            : {}),
        },
        warnings,
      },
      unsupportedParamsMode(request.headers),
    );
    const stream = body.stream === true;
    await handleChat(context, request, reply, {
      messages: responsesInputToMessages(body),
      requested: body.model,
      options: translated.options,
      warnings: translated.warnings,
      stream,
      protocol: createResponsesProtocol(request.id, {
        instructions: body.instructions ?? null,
        tools: (body.tools ?? []) as unknown[],
        tool_choice: body.tool_choice ?? "auto",
        temperature: body.temperature ?? null,
        top_p: body.top_p ?? null,
        max_output_tokens: body.max_output_tokens ?? null,
        parallel_tool_calls: body.parallel_tool_calls ?? true,
        text: { format: format ?? { type: "text" } },
        user: body.user ?? null,
        metadata: body.metadata ?? {},
      }),
      route: "/v1/responses",
    });
  });
}
