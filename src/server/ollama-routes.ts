import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "../index.js";
import { handleChat } from "./chat-handler.js";
import { createOllamaProtocol } from "./chat-protocols.js";
import { ollamaChatRequestSchema, ollamaToPlainMessages, parseBody, type OllamaChatRequest } from "./request-schemas.js";
import { stateOf, type ServerContext } from "./server-context.js";

function routeOptionsOf(body: OllamaChatRequest): Omit<RouteOptions, "profile" | "model" | "requestId" | "signal"> {
  const options: Omit<RouteOptions, "profile" | "model" | "requestId" | "signal"> = {};
  if (body.options?.temperature !== undefined) options.temperature = body.options.temperature;
  if (body.options?.num_predict !== undefined && body.options.num_predict > 0) options.maxTokens = body.options.num_predict;
  if (body.format === "json") options.responseFormat = { type: "json_object" };
  else if (typeof body.format === "object") options.responseFormat = { type: "json_schema", json_schema: { name: "response", schema: body.format } };
  if (body.tools !== undefined && body.tools.length > 0) options.tools = body.tools;
  return options;
}

const modifiedAt = new Date().toISOString();

export function registerOllamaRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/api/chat", async (request, reply) => {
    const body = parseBody(ollamaChatRequestSchema, request.body);
    await handleChat(context, request, reply, {
      messages: ollamaToPlainMessages(body.messages),
      requested: body.model,
      options: routeOptionsOf(body),
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
}
