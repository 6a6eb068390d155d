import type { FastifyInstance, FastifyRequest } from "fastify";
import { RouterError, isRouterError } from "../index.js";
import type { BatchQueue } from "./batch-queue.js";
import type { BatchInfo, BatchOwner, BatchTarget } from "./job-types.js";
import { parseBatchInput } from "./parse-input.js";

/** Where the batch API lives (not public: the server asks for a key on every route not marked public). */
export const BATCH_HTTP_PREFIX = "/v1/routellm/batches";

/** The client behind a request, as the server authenticated it. */
export interface BatchClient {
  name: string;
  requestsPerMinute: number | undefined;
  usdPerDay: number | undefined;
  /** Targets (profiles or model ids) this key may name; undefined = all exposed targets. */
  models: ReadonlySet<string> | undefined;
}

/** What the batch routes need from the server: who is asking, and which target a `model` field names for them. */
export interface BatchRouteAccess {
  /** The authenticated client (undefined only when the server sets none; then every batch is refused). */
  clientOf(request: FastifyRequest): BatchClient | undefined;
  /** The profile or model a `model` field names for this client; throws 404 (unknown) or 403 (not allowed to this key). */
  resolveTarget(requested: string, client: BatchClient): BatchTarget;
}

interface SubmitBody {
  /** The JSONL text, as `routellm batch submit` reads it. */
  jsonl?: unknown;
  /** Or the prompts as an array of `{id, prompt | messages, metadata?}` objects. */
  prompts?: unknown;
  name?: unknown;
  priority?: unknown;
  strict?: unknown;
  /** A profile or model id, as in a chat request's `model` (default: the server's default profile). */
  model?: unknown;
}

function toJsonl(body: SubmitBody): string {
  if (typeof body.jsonl === "string") return body.jsonl;
  if (Array.isArray(body.prompts)) return body.prompts.map((prompt) => JSON.stringify(prompt)).join("\n");
  throw new RouterError("INVALID_REQUEST", 'the body needs "jsonl" (a string of JSON lines) or "prompts" (an array)');
}

/**
 * The batch API over HTTP (the same operations as `routellm batch`), for the RouteLLM server:
 * - `POST   /v1/routellm/batches` `{jsonl | prompts, model?, name?, priority?, strict?}` -> `{batch_id, enqueued, rejected}`
 * - `GET    /v1/routellm/batches` -> `{data: [batch...]}`
 * - `GET    /v1/routellm/batches/:id` -> the status (counts, cost, throughput, eta)
 * - `GET    /v1/routellm/batches/:id/results` -> JSONL, one line per prompt
 * - `POST   /v1/routellm/batches/:id/cancel` -> `{previous_status, removed_jobs}`
 * - `DELETE /v1/routellm/batches/:id` -> forgets a finished batch
 * A batch belongs to the key that submitted it: other keys (and the CLI's batches) are not listed,
 * and reading, cancelling or deleting them answers 404 as for an unknown id. Its prompts run with
 * the target the key was allowed to name and count against the key's rate limit and budget.
 * Errors are RouterErrors (INVALID_REQUEST 400, BATCH_NOT_FOUND 404, STORE_UNAVAILABLE 503),
 * answered by the server's error handler.
 */
export function registerBatchRoutes(app: FastifyInstance, queue: BatchQueue, access: BatchRouteAccess): void {
  const clientOf = (request: FastifyRequest): BatchClient => {
    const client = access.clientOf(request);
    if (client === undefined) throw new RouterError("INVALID_REQUEST", "the batch API needs an authenticated client");
    return client;
  };
  /** The batch, when this client owns it; BATCH_NOT_FOUND otherwise (never "forbidden": ids of others stay unconfirmed). */
  const ownBatch = async (request: FastifyRequest<{ Params: { id: string } }>): Promise<BatchInfo> => {
    const owner = clientOf(request).name;
    const status = await queue.status(request.params.id).catch((error: unknown) => {
      if (isRouterError(error, "BATCH_NOT_FOUND")) return undefined;
      throw error;
    });
    if (status === undefined || status.owner !== owner)
      throw new RouterError("BATCH_NOT_FOUND", `no batch with id "${request.params.id.slice(0, 64)}"`, {
        details: { batchId: request.params.id.slice(0, 64) },
      });
    return status;
  };

  app.post(BATCH_HTTP_PREFIX, async (request, reply) => {
    const client = clientOf(request);
    const body = (request.body ?? {}) as SubmitBody;
    if (body.model !== undefined && typeof body.model !== "string")
      throw new RouterError("INVALID_REQUEST", '"model" must be a string (a profile or model id)');
    const target = access.resolveTarget(typeof body.model === "string" ? body.model : "", client);
    const parsed = parseBatchInput(toJsonl(body));
    if (body.priority !== undefined && typeof body.priority !== "number") throw new RouterError("INVALID_REQUEST", '"priority" must be an integer');
    if (body.name !== undefined && typeof body.name !== "string") throw new RouterError("INVALID_REQUEST", '"name" must be a string');
    if (body.strict === true && parsed.errors.length > 0)
      throw new RouterError("INVALID_REQUEST", `${parsed.errors.length} invalid line(s); nothing was enqueued (strict)`, {
        details: { rejected: parsed.errors },
      });
    if (parsed.prompts.length === 0)
      throw new RouterError("INVALID_REQUEST", "no valid prompt; nothing was enqueued", { details: { rejected: parsed.errors } });
    const owner: BatchOwner = {
      name: client.name,
      ...(client.requestsPerMinute === undefined ? {} : { requestsPerMinute: client.requestsPerMinute }),
      ...(client.usdPerDay === undefined ? {} : { usdPerDay: client.usdPerDay }),
    };
    const report = await queue.submit(parsed.prompts, {
      invalidLines: parsed.errors.length,
      owner,
      target,
      ...(typeof body.name === "string" ? { name: body.name } : {}),
      ...(typeof body.priority === "number" ? { priority: body.priority } : {}),
    });
    return reply.status(201).send({ batch_id: report.batchId, enqueued: report.enqueued, rejected: parsed.errors });
  });

  app.get(BATCH_HTTP_PREFIX, async (request) => ({ data: await queue.list(50, clientOf(request).name) }));

  app.get<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id`, async (request) => ownBatch(request));

  app.get<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id/results`, async (request, reply) => {
    await ownBatch(request);
    const results = await queue.results(request.params.id);
    const lines = results.map(({ index: _index, runs: _runs, ...rest }) => JSON.stringify(rest));
    return reply.type("application/x-ndjson").send(lines.length === 0 ? "" : `${lines.join("\n")}\n`);
  });

  app.post<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id/cancel`, async (request) => {
    await ownBatch(request);
    const { previousStatus, removedJobs } = await queue.cancel(request.params.id);
    return { previous_status: previousStatus, removed_jobs: removedJobs };
  });

  app.delete<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id`, async (request, reply) => {
    const status = await ownBatch(request);
    if (status.status === "running" || status.status === "submitting")
      throw new RouterError("INVALID_REQUEST", `batch ${status.id} is still ${status.status}; cancel it first`);
    await queue.remove(request.params.id);
    return reply.status(204).send();
  });
}
