import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { handleChat } from "./chat-handler.js";
import { createOllamaProtocol } from "./chat-protocols.js";
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
}
