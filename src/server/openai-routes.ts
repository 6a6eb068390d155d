import type { FastifyInstance } from "fastify";
import { handleChat } from "./chat-handler.js";
import { createOpenAiProtocol } from "./chat-protocols.js";
import { HttpError } from "./http-errors.js";
import { chatCompletionRequestSchema, feedbackRequestSchema, parseBody, toPlainMessages } from "./request-schemas.js";
import { applyMode, translateOpenAiChat, unsupportedParamsMode } from "./request-params.js";
import { stateOf, type ServerContext } from "./server-context.js";

export function registerOpenAiRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post("/v1/chat/completions", async (request, reply) => {
    const body = parseBody(chatCompletionRequestSchema, request.body);
    const { options, warnings } = applyMode(translateOpenAiChat(body), unsupportedParamsMode(request.headers));
    const stream = body.stream === true;
    await handleChat(context, request, reply, {
      messages: toPlainMessages(body.messages),
      requested: body.model,
      options,
      warnings,
      stream,
      protocol: createOpenAiProtocol(request.id, stream && body.stream_options?.include_usage === true),
      route: "/v1/chat/completions",
    });
  });

  app.get("/v1/models", async (request) => {
    const client = stateOf(context, request).client;
    const targets = client === undefined ? [] : context.targets.list(client);
    return {
      object: "list",
      data: targets.map((target) => ({
        id: target.id,
        object: "model",
        created: 0,
        owned_by: target.kind === "profile" ? "routellm" : `routellm-${target.tier ?? "model"}`,
      })),
    };
  });

  app.get<{ Params: { id: string } }>("/v1/models/:id", async (request) => {
    const client = stateOf(context, request).client;
    const target = client === undefined ? undefined : context.targets.list(client).find((candidate) => candidate.id === request.params.id);
    if (target === undefined)
      throw new HttpError(404, `The model \`${request.params.id.slice(0, 128)}\` does not exist`, { param: "model", code: "model_not_found" });
    return { id: target.id, object: "model", created: 0, owned_by: target.kind === "profile" ? "routellm" : `routellm-${target.tier ?? "model"}` };
  });

  app.post("/v1/feedback", async (request) => {
    const body = parseBody(feedbackRequestSchema, request.body);
    const known = await context.router.feedback(body.request_id, body.score);
    if (!known) throw new HttpError(404, "unknown or expired request_id", { param: "request_id", code: "request_not_found" });
    return { ok: true, request_id: body.request_id };
  });
}
