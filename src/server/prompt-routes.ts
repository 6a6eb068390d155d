/**
 * Prompt-style endpoints mapped onto chat: OpenAI's legacy POST /v1/completions and Ollama's
 * POST /api/generate. A field whose meaning has no chat equivalent (suffix, echo, best_of,
 * logprobs, raw, template, context) is refused with a 400 naming it.
 */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { PlainMessage } from "../index.js";
import { handleChat } from "./chat-handler.js";
import { createCompletionsProtocol, createGenerateProtocol } from "./completion-protocols.js";
import { HttpError } from "./http-errors.js";
import { parseBody } from "./request-schemas.js";
import { applyMode, imageDataUrl, openAiParams, refuseUnreturnable, translateOllama, unsupportedParamsMode } from "./request-params.js";
import type { ServerContext } from "./server-context.js";

/** OpenAI's legacy completions default when max_tokens is absent. */
const LEGACY_DEFAULT_MAX_TOKENS = 16;

const completionsRequestSchema = z.looseObject({
  model: z.string().max(256),
  prompt: z.union([z.string(), z.array(z.string()).length(1, "one prompt per request (RouteLLM routes each prompt on its own)")]),
  stream: z.boolean().nullable().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  stop: z
    .union([z.string(), z.array(z.string()).max(16)])
    .nullable()
    .optional(),
  seed: z.number().int().nullable().optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  logit_bias: z.record(z.string(), z.number()).nullable().optional(),
  user: z.string().max(256).nullable().optional(),
  n: z.number().int().min(1).nullable().optional(),
});

const generateRequestSchema = z.looseObject({
  model: z.string().max(256),
  prompt: z.string().optional(),
  system: z.string().optional(),
  images: z.array(z.string()).max(16).optional(),
  stream: z.boolean().optional(),
  format: z.union([z.literal(""), z.literal("json"), z.record(z.string(), z.unknown())]).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

function refuse(param: string, why: string): never {
  throw new HttpError(400, `${param} is not supported: ${why}`, { param, code: "unsupported_parameter" });
}

export function registerPromptRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/completions", async (request, reply) => {
    const body = parseBody(completionsRequestSchema, request.body);
    refuseUnreturnable(body);
    if (body.suffix != null) refuse("suffix", "insertion needs a completion model; RouteLLM routes chat models");
    if (body.echo === true) refuse("echo", "RouteLLM returns the completion only");
    if (typeof body.best_of === "number" && body.best_of > 1) refuse("best_of", "RouteLLM returns one routed answer per request");
    if (body.logprobs != null) refuse("logprobs", "RouteLLM does not return log probabilities");
    const known = new Set(Object.keys(completionsRequestSchema.shape).concat(["suffix", "echo", "best_of", "logprobs"]));
    const warnings = Object.entries(body)
      .filter(([key, value]) => !known.has(key) && value != null)
      .map(([key]) => `${key.slice(0, 64)} ignored (unknown parameter)`);
    const params = openAiParams(body);
    params.maxTokens ??= LEGACY_DEFAULT_MAX_TOKENS;
    const translated = applyMode({ options: { params }, warnings }, unsupportedParamsMode(request.headers));
    const prompt = typeof body.prompt === "string" ? body.prompt : body.prompt[0]!;
    const stream = body.stream === true;
    await handleChat(context, request, reply, {
      messages: [{ role: "user", content: prompt }],
      requested: body.model,
      options: translated.options,
      warnings: translated.warnings,
      stream,
      protocol: createCompletionsProtocol(request.id, stream && body.stream_options?.include_usage === true),
      route: "/v1/completions",
    });
  });

  app.post("/api/generate", async (request, reply) => {
    const body = parseBody(generateRequestSchema, request.body);
    if (body.suffix != null && body.suffix !== "") refuse("suffix", "fill-in-the-middle needs a completion model; RouteLLM routes chat models");
    if (body.raw === true) refuse("raw", "RouteLLM applies each model's own chat template");
    if (typeof body.template === "string" && body.template !== "") refuse("template", "RouteLLM applies each model's own chat template");
    if (Array.isArray(body.context) && body.context.length > 0) refuse("context", "token contexts are model-specific; send the conversation to /api/chat");
    const prompt = body.prompt ?? "";
    const images = body.images ?? [];
    if (prompt === "" && images.length === 0) {
      // Ollama answers an empty prompt by loading the model: nothing to load here.
      return reply.send({ model: body.model, created_at: new Date().toISOString(), response: "", done: true, done_reason: "load" });
    }
    const translated = applyMode(translateOllama(body), unsupportedParamsMode(request.headers));
    const messages: PlainMessage[] = [];
    if (body.system) messages.push({ role: "system", content: body.system });
    messages.push({
      role: "user",
      content:
        images.length === 0
          ? prompt
          : [...(prompt ? [{ type: "text", text: prompt }] : []), ...images.map((image) => ({ type: "image_url", image_url: { url: imageDataUrl(image) } }))],
    });
    await handleChat(context, request, reply, {
      messages,
      requested: body.model,
      options: translated.options,
      warnings: translated.warnings,
      stream: body.stream !== false,
      protocol: createGenerateProtocol(),
      route: "/api/generate",
    });
  });
}
