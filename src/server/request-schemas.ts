import { z } from "zod";
import type { PlainMessage } from "../index.js";
import { imageDataUrl } from "./request-params.js";
import { HttpError } from "./http-errors.js";

const textPartSchema = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().optional(),
  image_url: z.union([z.string(), z.looseObject({ url: z.string() })]).optional(),
});
const contentSchema = z.union([z.string(), z.array(textPartSchema).max(1000), z.null()]);

const toolCallSchema = z.looseObject({
  id: z.string().max(256),
  type: z.literal("function"),
  function: z.looseObject({ name: z.string().max(256), arguments: z.string() }),
});

export const chatMessageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool", "developer"]),
  content: contentSchema.optional(),
  name: z.string().max(256).optional(),
  tool_call_id: z.string().max(256).optional(),
  tool_calls: z.array(toolCallSchema).max(128).optional(),
});

const responseFormatSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({ type: z.literal("json_schema"), json_schema: z.record(z.string(), z.unknown()) }),
]);

const toolSchema = z.looseObject({
  type: z.literal("function"),
  function: z.looseObject({ name: z.string().min(1).max(256), description: z.string().optional(), parameters: z.record(z.string(), z.unknown()).optional() }),
});

const toolChoiceSchema = z.union([
  z.enum(["none", "auto", "required"]),
  z.looseObject({ type: z.literal("function"), function: z.looseObject({ name: z.string().min(1) }) }),
]);

/** POST /v1/chat/completions. Unknown fields are accepted and ignored, as OpenAI clients send many. */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().max(256),
  messages: z.array(chatMessageSchema).min(1).max(10_000),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  n: z.number().int().min(1).max(128).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  stop: z
    .union([z.string(), z.array(z.string()).max(16)])
    .nullable()
    .optional(),
  seed: z.number().int().nullable().optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  logit_bias: z.record(z.string(), z.number().min(-100).max(100)).nullable().optional(),
  parallel_tool_calls: z.boolean().nullable().optional(),
  reasoning_effort: z.string().max(32).nullable().optional(),
  logprobs: z.boolean().nullable().optional(),
  top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
  response_format: responseFormatSchema.nullable().optional(),
  tools: z.array(toolSchema).max(128).nullable().optional(),
  tool_choice: toolChoiceSchema.nullable().optional(),
  user: z.string().max(256).nullable().optional(),
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;

export const feedbackRequestSchema = z.looseObject({
  request_id: z.string().min(1).max(128),
  score: z.number().min(0).max(1),
});

const ollamaMessageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool"]),
  content: z.string(),
  images: z.array(z.string()).optional(),
  tool_calls: z.array(z.looseObject({ function: z.looseObject({ name: z.string(), arguments: z.record(z.string(), z.unknown()) }) })).optional(),
  tool_name: z.string().optional(),
});

/** POST /api/chat (Ollama). */
export const ollamaChatRequestSchema = z.looseObject({
  model: z.string().max(256),
  messages: z.array(ollamaMessageSchema).min(1).max(10_000),
  stream: z.boolean().optional(),
  format: z.union([z.literal(""), z.literal("json"), z.record(z.string(), z.unknown())]).optional(),
  options: z
    .looseObject({
      temperature: z.number().min(0).max(2).optional(),
      num_predict: z.number().int().optional(),
      top_p: z.number().min(0).max(1).optional(),
      top_k: z.number().int().optional(),
      min_p: z.number().min(0).max(1).optional(),
      seed: z.number().int().optional(),
      stop: z.union([z.string(), z.array(z.string()).max(16)]).optional(),
      presence_penalty: z.number().optional(),
      frequency_penalty: z.number().optional(),
      repeat_penalty: z.number().optional(),
      num_ctx: z.number().int().positive().optional(),
    })
    .optional(),
  tools: z.array(toolSchema).max(128).optional(),
  keep_alive: z.union([z.string(), z.number()]).optional(),
});

export type OllamaChatRequest = z.infer<typeof ollamaChatRequestSchema>;

/** Parses a body with a zod schema; a failure becomes a 400 naming the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === null || typeof body !== "object" || Array.isArray(body))
    throw new HttpError(400, "the request body must be a JSON object", { code: "invalid_request" });
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param =
    issue === undefined
      ? null
      : issue.path
          .map((part) => (typeof part === "number" ? `[${part}]` : String(part)))
          .join(".")
          .replace(/\.\[/g, "[");
  throw new HttpError(400, `invalid request: ${param ? `${param}: ` : ""}${issue?.message ?? "invalid"}`, { param: param || null, code: "invalid_request" });
}

export function toPlainMessages(messages: ChatCompletionRequest["messages"]): PlainMessage[] {
  return messages.map((message) => {
    const plain: PlainMessage = { role: message.role, content: (message.content ?? null) as PlainMessage["content"] };
    if (message.name !== undefined) plain.name = message.name;
    if (message.tool_call_id !== undefined) plain.tool_call_id = message.tool_call_id;
    if (message.tool_calls !== undefined) plain.tool_calls = message.tool_calls as NonNullable<PlainMessage["tool_calls"]>;
    return plain;
  });
}

export function ollamaToPlainMessages(messages: OllamaChatRequest["messages"]): PlainMessage[] {
  return messages.map((message, index) => {
    // Ollama images (base64) become OpenAI image parts, routed to vision-capable models.
    const images = message.images ?? [];
    const content: PlainMessage["content"] =
      images.length === 0
        ? message.content
        : [
            ...(message.content ? [{ type: "text", text: message.content }] : []),
            ...images.map((image) => ({ type: "image_url", image_url: { url: imageDataUrl(image) } })),
          ];
    const plain: PlainMessage = { role: message.role, content };
    if (message.tool_calls !== undefined && message.tool_calls.length > 0)
      plain.tool_calls = message.tool_calls.map((call, callIndex) => ({
        id: `call_${index}_${callIndex}`,
        type: "function" as const,
        function: { name: call.function.name, arguments: JSON.stringify(call.function.arguments) },
      }));
    if (message.role === "tool") plain.tool_call_id = message.tool_name ?? `call_${index}`;
    return plain;
  });
}
