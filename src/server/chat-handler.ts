import { once } from "node:events";
import type { ServerResponse } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { PlainMessage, RouteOptions, RouteResult, Tier } from "../index.js";
import type { ChatProtocol } from "./chat-protocols.js";
import { HttpError, toHttpError } from "./http-errors.js";
import { ServerAbort, stateOf, type ServerContext } from "./server-context.js";
import { finishSpan, recordNodeSpans, startRequestSpan } from "./tracing.js";
import { errorPayload } from "./error-payload.js";
import type { Reservation } from "./client-limits.js";
import { estimateRequestCostUsd } from "./cost-estimate.js";

export interface ChatCall {
  messages: PlainMessage[];
  /** The `model` field as sent. */
  requested: string;
  options: Omit<RouteOptions, "profile" | "model" | "requestId" | "signal">;
  stream: boolean;
  protocol: ChatProtocol;
  /** Route label for metrics. */
  route: string;
  /** Request fields not passed on (see request-params.ts): sent back in `x-routellm-warning`. */
  warnings?: string[];
}

/** Header listing, `; `-separated, what was not honoured as asked (ignored fields, dropped parameters). Names only, never prompt text. */
export const WARNING_HEADER = "x-routellm-warning";

function warningHeaders(warnings: readonly string[]): Record<string, string> {
  // Header values must be visible ASCII: anything else (never expected: names only) is replaced.
  return warnings.length === 0
    ? {}
    : {
        [WARNING_HEADER]: warnings
          .join("; ")
          .replace(/[^\x20-\x7e]/g, "?")
          .slice(0, 4000),
      };
}

function routellmHeaders(
  requestId: string,
  model: string,
  tier: Tier | undefined,
  escalations: number,
  exploration?: { exploratory?: boolean | undefined; exploration?: "local-plan" | "posterior" | "verify-step" | undefined },
): Record<string, string> {
  const headers: Record<string, string> = { "x-routellm-request-id": requestId, "x-routellm-model": model, "x-routellm-escalations": String(escalations) };
  if (tier !== undefined) headers["x-routellm-tier"] = tier;
  // The request explored: the selector sampled its posteriors (bandit.explorationShare; the model may not be its
  // best estimate), or a direct cloud call also ran the local plan (bandit.online.localExploration; the cloud answer is returned).
  if (exploration?.exploratory === true || exploration?.exploration !== undefined) headers["x-routellm-exploratory"] = "true";
  if (exploration?.exploration !== undefined) headers["x-routellm-exploration"] = exploration.exploration;
  return headers;
}

/** Aborts the upstream call when the client goes away before the answer is complete. */
function abortOnDisconnect(response: ServerResponse, controller: AbortController): void {
  response.once("close", () => {
    if (!response.writableFinished && !controller.signal.aborted) controller.abort(new ServerAbort("client-disconnected"));
  });
}

function abortReason(controller: AbortController): ServerAbort | undefined {
  const reason: unknown = controller.signal.reason;
  return controller.signal.aborted && reason instanceof ServerAbort ? reason : undefined;
}

function observe(context: ServerContext, request: FastifyRequest, result: RouteResult): void {
  context.metrics.observeResult(result);
  const state = stateOf(context, request);
  state.model = result.model;
  state.tier = result.tier;
  state.escalations = result.escalations;
}

/** Replaces the budget reservation by what the request really cost (logged, never thrown). */
function settle(request: FastifyRequest, reservation: Reservation, usd: number): void {
  reservation.settle(usd).catch((error: unknown) => request.log.warn({ err: { message: (error as Error).message } }, "could not record spend"));
}

/** Counts the request against its key's rate limit and reserves its estimated cost against the key's budget. */
async function admit(
  context: ServerContext,
  request: FastifyRequest,
  call: ChatCall,
  target: { profile: string } | { model: string },
): Promise<{ reservation: Reservation; estimate: number }> {
  const client = stateOf(context, request).client;
  if (client === undefined) return { reservation: { settle: async () => undefined }, estimate: 0 };
  const estimate =
    client.usdPerDay === undefined
      ? 0
      : estimateRequestCostUsd(
          context.router.config,
          call.messages,
          target,
          call.options.params?.maxTokens ?? call.options.maxTokens ?? context.settings.auth.estimatedOutputTokens,
        );
  try {
    return { reservation: await context.limits.admit(client, estimate), estimate };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The address stays in the server log; the client only learns that shared state is down.
    request.log.error({ store: context.limitsStore, err: { message: (error as Error).message } }, "limit store unavailable");
    throw new HttpError(503, "shared state unavailable; try again shortly", { code: "store_unavailable", retryAfterSeconds: 5 });
  }
}

/** Serves one chat request (OpenAI or Ollama protocol), JSON or streamed. */
export async function handleChat(context: ServerContext, request: FastifyRequest, reply: FastifyReply, call: ChatCall): Promise<void> {
  const state = stateOf(context, request);
  const client = state.client;
  // Model restrictions first: a request for a model the key may not use spends none of its limits.
  const { options: targetOptions } = context.targets.resolve(
    call.requested,
    client ?? { name: "anonymous", requestsPerMinute: undefined, usdPerDay: undefined, models: undefined },
  );
  const { reservation, estimate } = await admit(context, request, call, targetOptions);
  state.requested = call.requested;
  state.stream = call.stream;
  context.logPrompt(request, call.messages);

  const controller = new AbortController();
  abortOnDisconnect(reply.raw, controller);
  context.inFlight.add(controller);
  const startedAt = Date.now();
  const span = startRequestSpan(`chat ${call.route}`, {
    "routellm.request_id": request.id,
    "routellm.requested": call.requested,
    "routellm.stream": call.stream,
    "routellm.messages": call.messages.length,
  });
  const routeOptions: RouteOptions = { ...call.options, ...targetOptions, requestId: request.id, signal: controller.signal };
  try {
    if (!call.stream) {
      let result: RouteResult;
      try {
        result = await context.router.invoke(call.messages, routeOptions);
      } catch (error) {
        const disconnected = abortReason(controller)?.reason === "client-disconnected";
        if (disconnected) state.errorCode = "client_disconnected";
        // The upstream may have been paid for a request the client left: keep the estimate then.
        settle(request, reservation, disconnected ? estimate : 0);
        const shutdown = abortReason(controller)?.reason === "shutdown";
        const httpError = shutdown ? new HttpError(503, "server shutting down", { code: "shutdown", retryAfterSeconds: 1 }) : toHttpError(error);
        context.metrics.observeFailure(error);
        finishSpan(span, { status: httpError.status, error: httpError.code ?? "error" });
        throw httpError;
      }
      observe(context, request, result);
      settle(request, reservation, result.usage.costUsd);
      recordNodeSpans(span, result, startedAt);
      finishSpan(span, { status: 200, model: result.model, tier: result.tier, escalations: result.escalations });
      context.metrics.latency.observe({ route: call.route, stream: "false" }, (Date.now() - startedAt) / 1000);
      reply.headers({
        ...routellmHeaders(request.id, result.model, result.tier, result.escalations, result),
        ...warningHeaders([...(call.warnings ?? []), ...result.warnings]),
      });
      await reply.send(call.protocol.json(result));
      return;
    }
    await streamChat(context, request, reply, call, routeOptions, controller, startedAt, span, (usd) => settle(request, reservation, usd ?? estimate));
  } finally {
    context.inFlight.delete(controller);
  }
}

async function streamChat(
  context: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  call: ChatCall,
  routeOptions: RouteOptions,
  controller: AbortController,
  startedAt: number,
  span: ReturnType<typeof startRequestSpan>,
  /** Settles the budget reservation: the real cost, or undefined (the estimate) when it is unknown. */
  settleCost: (usd: number | undefined) => void,
): Promise<void> {
  const state = stateOf(context, request);
  reply.hijack();
  const response = reply.raw;
  let bytesOut = 0;
  let headWritten = false;
  let tokensSent = 0;
  let model: string | undefined;
  let tier: Tier | undefined;
  const warnings = [...(call.warnings ?? [])];
  const write = async (text: string) => {
    bytesOut += Buffer.byteLength(text);
    if (!response.write(text)) await once(response, "drain", { signal: controller.signal });
  };
  const writeHead = (escalations: number) => {
    headWritten = true;
    response.writeHead(200, {
      "content-type": call.protocol.streamContentType,
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
      ...routellmHeaders(request.id, model ?? "unknown", tier, escalations),
      ...warningHeaders(warnings),
    });
  };
  try {
    let result: RouteResult | undefined;
    for await (const event of context.router.stream(call.messages, routeOptions)) {
      if (event.type === "decision") {
        model = event.model;
        tier = event.tier;
      } else if (event.type === "fallback") {
        context.metrics.fallbacks.inc();
        context.metrics.upstreamErrors.inc({ model: event.from, code: "FALLBACK" });
        model = event.to;
        tier = context.targets.tierOf(event.to) ?? tier;
      } else if (event.type === "warning") {
        if (!headWritten) warnings.push(event.message);
      } else if (event.type === "token") {
        if (event.text === "") continue;
        if (!headWritten) writeHead(0);
        if (tokensSent === 0) {
          state.ttftMs = Date.now() - startedAt;
          context.metrics.ttft.observe({ model: model ?? "unknown" }, state.ttftMs / 1000);
        }
        await write(call.protocol.token(event.text, model ?? "unknown", tokensSent === 0));
        tokensSent += 1;
      } else if (event.type === "end") {
        result = event.result;
      }
    }
    if (result === undefined) throw new HttpError(502, "the router ended the stream without a result", { code: "stream_broken" });
    model = result.model;
    tier = result.tier;
    settleCost(result.usage.costUsd);
    if (!headWritten) writeHead(result.escalations);
    observe(context, request, result);
    recordNodeSpans(span, result, startedAt);
    await write(call.protocol.end(result, tokensSent === 0));
    response.end();
    state.bytesOut = bytesOut;
    context.metrics.latency.observe({ route: call.route, stream: "true" }, (Date.now() - startedAt) / 1000);
    finishSpan(span, { status: 200, model: result.model, tier: result.tier, escalations: result.escalations });
  } catch (error) {
    const aborted = abortReason(controller);
    state.bytesOut = bytesOut;
    // Tokens sent (or a client gone mid-call) mean the upstream was likely paid: keep the estimate.
    settleCost(tokensSent > 0 || aborted?.reason === "client-disconnected" ? undefined : 0);
    if (aborted?.reason === "client-disconnected") {
      state.errorCode = "client_disconnected";
      finishSpan(span, { status: 499, error: "client disconnected" });
      if (!response.destroyed) response.destroy();
      return;
    }
    const httpError =
      aborted?.reason === "shutdown" ? new HttpError(503, "server shutting down", { code: "shutdown", retryAfterSeconds: 1 }) : toHttpError(error);
    context.metrics.observeFailure(error);
    state.errorCode = httpError.code ?? String(httpError.status);
    if (httpError.status >= 500)
      request.log.error({ code: httpError.code, err: { name: (error as Error).name, message: (error as Error).message } }, "stream failed");
    finishSpan(span, { status: headWritten ? 200 : httpError.status, error: httpError.code ?? "error" });
    if (response.destroyed) return;
    if (!headWritten) {
      const body = JSON.stringify(errorPayload(request.url, httpError));
      const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8", "x-routellm-request-id": request.id };
      if (httpError.retryAfterSeconds !== undefined) headers["retry-after"] = String(httpError.retryAfterSeconds);
      response.writeHead(httpError.status, headers);
      response.end(body);
      return;
    }
    // Tokens were sent: end with an explicit error event, never a silent cut.
    context.metrics.brokenStreams.inc();
    response.end(call.protocol.streamError(httpError));
  }
}
