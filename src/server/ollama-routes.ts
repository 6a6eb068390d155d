import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { handleChat } from "./chat-handler.js";
import { createOllamaProtocol } from "./chat-protocols.js";
import { z } from "zod";
import { HttpError } from "./http-errors.js";
import { ollamaChatRequestSchema, ollamaToPlainMessages, parseBody } from "./request-schemas.js";
import { applyMode, translateOllama, unsupportedParamsMode } from "./request-params.js";
import { stateOf, type ServerContext } from "./server-context.js";

const modifiedAt = new Date().toISOString();

export function registerOllamaRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/api/chat", async (request, reply) => {
    const body = parseBody(ollamaChatRequestSchema, request.body);
    const { options, warnings } = applyMode(translateOllama(body), unsupportedParamsMode(request.headers));
    await handleChat(context, request, reply, {
      messages: ollamaToPlainMessages(body.messages),
      requested: body.model,
      options,
      warnings,
      stream: body.stream !== false,
      protocol: createOllamaProtocol(),
      route: "/api/chat",
    });
  });

  app.get("/api/tags", async (request) => {
    const client = stateOf(context, request).client;
    const targets = client === undefined ? [] : context.targets.list(client);
    return {
      models: targets.map((target) => ({
        name: target.id,
        model: target.id,
        modified_at: modifiedAt,
        size: 0,
        digest: createHash("sha256").update(target.id).digest("hex"),
        details: { parent_model: "", format: "routellm", family: target.kind, families: [target.kind], parameter_size: "", quantization_level: "" },
      })),
    };
  });

  app.get("/api/version", async () => ({ version: "0.6.0-routellm" }));

  /** Details and capabilities of a model, a profile (what its models can do together) or an embedding model. */
  app.post("/api/show", async (request) => {
    const body = parseBody(z.looseObject({ model: z.string().max(256).optional(), name: z.string().max(256).optional() }), request.body);
    const requested = body.model ?? body.name ?? "";
    const config = context.router.config;
    const name = requested.trim().replace(/:latest$/, "");
    const embedding = config.embeddingModels.find((model) => model.id === name);
    let capabilities: string[];
    let contextLength: number | undefined;
    let family = "routellm";
    if (embedding !== undefined) {
      capabilities = ["embedding"];
      family = embedding.provider;
    } else {
      const client = stateOf(context, request).client ?? { name: "anonymous", requestsPerMinute: undefined, usdPerDay: undefined, models: undefined };
      let resolved;
      try {
        resolved = context.targets.resolve(requested, client);
      } catch (error) {
        if (error instanceof HttpError && error.status === 404)
          throw new HttpError(404, `model '${requested.slice(0, 128)}' not found`, { code: "model_not_found" });
        throw error;
      }
      const models = "model" in resolved.options ? config.models.filter((model) => model.id === (resolved.options as { model: string }).model) : config.models;
      const any = (flag: (model: (typeof models)[number]) => boolean) => models.some(flag);
      capabilities = ["completion", ...(any((model) => model.supportsTools) ? ["tools"] : []), ...(any((model) => model.supportsVision) ? ["vision"] : [])];
      contextLength = Math.max(...models.map((model) => model.contextWindow));
      if (models.length === 1) family = models[0]!.provider;
    }
    return {
      modelfile: "",
      parameters: "",
      template: "",
      details: { parent_model: "", format: "routellm", family, families: [family], parameter_size: "", quantization_level: "" },
      model_info: contextLength === undefined ? {} : { "general.architecture": "routellm", "routellm.context_length": contextLength },
      capabilities,
      modified_at: modifiedAt,
    };
  });

  /** Models RouteLLM can send requests to right now (circuit not open); RouteLLM loads nothing itself. */
  app.get("/api/ps", async (request) => {
    const client = stateOf(context, request).client;
    const allowed = new Set(client === undefined ? [] : context.targets.list(client).map((target) => target.id));
    const expiresAt = new Date(Date.now() + 5 * 60_000).toISOString();
    return {
      models: context.router
        .health()
        .filter((health) => health.circuit !== "open" && allowed.has(health.modelId))
        .map((health) => ({
          name: health.modelId,
          model: health.modelId,
          size: 0,
          digest: createHash("sha256").update(health.modelId).digest("hex"),
          details: { parent_model: "", format: "routellm", family: health.tier, families: [health.tier], parameter_size: "", quantization_level: "" },
          expires_at: expiresAt,
          size_vram: 0,
        })),
    };
  });
}
