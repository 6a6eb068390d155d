/**
 * POST /v1/embeddings (OpenAI) and POST /api/embed, /api/embeddings (Ollama), through
 * `router.embed`: the privacy guard scans every input, and sensitive input only reaches local
 * embedding models. `model` names a configured embedding model or a routing profile.
 */
import { z } from "zod";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { countTokens, type EmbedOptions, type EmbedResult } from "../index.js";
import { HttpError } from "./http-errors.js";
import { parseBody } from "./request-schemas.js";
import { stateOf, type ServerContext } from "./server-context.js";

const openAiEmbeddingsSchema = z.looseObject({
  model: z.string().max(256),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048), z.array(z.number()), z.array(z.array(z.number()))]),
  encoding_format: z.enum(["float", "base64"]).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().max(256).optional(),
});

const ollamaEmbedSchema = z.looseObject({
  model: z.string().max(256),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048)]),
  dimensions: z.number().int().positive().optional(),
});

const ollamaEmbeddingsSchema = z.looseObject({ model: z.string().max(256), prompt: z.string() });

async function embedFor(
  context: ServerContext,
  request: FastifyRequest,
  requested: string,
  texts: string[],
  dimensions: number | undefined,
): Promise<EmbedResult> {
  const state = stateOf(context, request);
  const client = state.client ?? { name: "anonymous", requestsPerMinute: undefined, usdPerDay: undefined, models: undefined };
  const name = requested.trim().replace(/:latest$/, "");
  const options: EmbedOptions = dimensions === undefined ? {} : { dimensions };
  if (context.router.config.embeddingModels.some((model) => model.id === name)) {
    if (client.models !== undefined && !client.models.has(name))
      throw new HttpError(403, `this API key may not use \`${name}\``, { param: "model", code: "model_not_allowed" });
    options.model = name;
  } else {
    const { target, options: resolved } = context.targets.resolve(requested, client);
    if (!("profile" in resolved))
      throw new HttpError(400, `\`${target.id}\` is a chat model; name an embedding model (embeddingModels) or a routing profile`, {
        param: "model",
        code: "invalid_request",
      });
    options.profile = resolved.profile;
  }
  // Rate limit and budget as for chat: the reservation is the input's tokens at the priciest embedding model.
  const priciest = Math.max(0, ...context.router.config.embeddingModels.map((model) => model.pricing.inputPer1M));
  const estimate = state.client?.usdPerDay === undefined ? 0 : (texts.reduce((sum, text) => sum + countTokens(text), 0) * priciest) / 1_000_000;
  const reservation = state.client === undefined ? undefined : await context.limits.admit(state.client, estimate);
  const settle = (usd: number) =>
    reservation?.settle(usd).catch((error: unknown) => request.log.warn({ err: { message: (error as Error).message } }, "could not record spend"));
  state.requested = requested;
  const controller = new AbortController();
  request.raw.once("close", () => controller.abort());
  let result: EmbedResult;
  try {
    result = await context.router.embed(texts, { ...options, signal: controller.signal });
  } catch (error) {
    settle(0);
    throw error;
  }
  settle(result.usage.costUsd);
  state.model = result.model;
  state.tier = result.tier;
  return result;
}

export function registerEmbeddingRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/embeddings", async (request, reply) => {
    const body = parseBody(openAiEmbeddingsSchema, request.body);
    if (typeof body.input !== "string" && body.input.some((item) => typeof item !== "string"))
      throw new HttpError(400, "input as token ids is not supported: token ids are model-specific; send text", {
        param: "input",
        code: "unsupported_parameter",
      });
    const texts = typeof body.input === "string" ? [body.input] : (body.input as string[]);
    const result = await embedFor(context, request, body.model, texts, body.dimensions);
    reply.headers({
      "x-routellm-model": result.model,
      "x-routellm-tier": result.tier,
      ...(body.user === undefined ? {} : { "x-routellm-warning": "user ignored (not passed to embedding models)" }),
    });
    return {
      object: "list",
      data: result.vectors.map((vector, index) => ({
        object: "embedding",
        index,
        embedding: body.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector,
      })),
      model: result.model,
      usage: { prompt_tokens: result.usage.inputTokens, total_tokens: result.usage.inputTokens },
    };
  });

  app.post("/api/embed", async (request, reply) => {
    const started = process.hrtime.bigint();
    const body = parseBody(ollamaEmbedSchema, request.body);
    const texts = typeof body.input === "string" ? [body.input] : body.input;
    const result = await embedFor(context, request, body.model, texts, body.dimensions);
    reply.headers({ "x-routellm-model": result.model, "x-routellm-tier": result.tier });
    return {
      model: result.model,
      embeddings: result.vectors,
      total_duration: Number(process.hrtime.bigint() - started),
      load_duration: 0,
      prompt_eval_count: result.usage.inputTokens,
    };
  });

  app.post("/api/embeddings", async (request, reply) => {
    const body = parseBody(ollamaEmbeddingsSchema, request.body);
    const result = await embedFor(context, request, body.model, [body.prompt], undefined);
    reply.headers({ "x-routellm-model": result.model, "x-routellm-tier": result.tier });
    return { embedding: result.vectors[0] };
  });
}
