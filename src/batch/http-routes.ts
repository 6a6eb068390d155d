import type { FastifyInstance } from "fastify";
import { RouterError } from "../index.js";
import type { BatchQueue } from "./batch-queue.js";
import { parseBatchInput } from "./parse-input.js";

/** Where the batch API lives: under /v1/ so the server's API-key check covers it. */
export const BATCH_HTTP_PREFIX = "/v1/routellm/batches";

interface SubmitBody {
  /** The JSONL text, as `routellm batch submit` reads it. */
  jsonl?: unknown;
  /** Or the prompts as an array of `{id, prompt | messages, metadata?}` objects. */
  prompts?: unknown;
  name?: unknown;
  priority?: unknown;
  strict?: unknown;
}

function toJsonl(body: SubmitBody): string {
  if (typeof body.jsonl === "string") return body.jsonl;
  if (Array.isArray(body.prompts)) return body.prompts.map((prompt) => JSON.stringify(prompt)).join("\n");
  throw new RouterError("INVALID_REQUEST", 'the body needs "jsonl" (a string of JSON lines) or "prompts" (an array)');
}

/**
 * The batch API over HTTP (the same operations as `routellm batch`), for the RouteLLM server:
 * - `POST   /v1/routellm/batches` `{jsonl | prompts, name?, priority?, strict?}` -> `{batch_id, enqueued, rejected}`
 * - `GET    /v1/routellm/batches` -> `{data: [batch...]}`
 * - `GET    /v1/routellm/batches/:id` -> the status (counts, cost, throughput, eta)
 * - `GET    /v1/routellm/batches/:id/results` -> JSONL, one line per prompt
 * - `POST   /v1/routellm/batches/:id/cancel` -> `{previous_status, removed_jobs}`
 * - `DELETE /v1/routellm/batches/:id` -> forgets a finished batch
 * Errors are RouterErrors (INVALID_REQUEST 400, BATCH_NOT_FOUND 404, STORE_UNAVAILABLE 503),
 * answered by the server's error handler.
 */
export function registerBatchRoutes(app: FastifyInstance, queue: BatchQueue): void {
  app.post(BATCH_HTTP_PREFIX, async (request, reply) => {
    const body = (request.body ?? {}) as SubmitBody;
    const parsed = parseBatchInput(toJsonl(body));
    if (body.priority !== undefined && typeof body.priority !== "number") throw new RouterError("INVALID_REQUEST", '"priority" must be an integer');
    if (body.name !== undefined && typeof body.name !== "string") throw new RouterError("INVALID_REQUEST", '"name" must be a string');
    if (body.strict === true && parsed.errors.length > 0)
      throw new RouterError("INVALID_REQUEST", `${parsed.errors.length} invalid line(s); nothing was enqueued (strict)`, { details: { rejected: parsed.errors } });
    if (parsed.prompts.length === 0) throw new RouterError("INVALID_REQUEST", "no valid prompt; nothing was enqueued", { details: { rejected: parsed.errors } });
    const report = await queue.submit(parsed.prompts, {
      invalidLines: parsed.errors.length,
      ...(typeof body.name === "string" ? { name: body.name } : {}),
      ...(typeof body.priority === "number" ? { priority: body.priority } : {}),
    });
    return reply.status(201).send({ batch_id: report.batchId, enqueued: report.enqueued, rejected: parsed.errors });
  });

  app.get(BATCH_HTTP_PREFIX, async () => ({ data: await queue.list() }));

  app.get<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id`, async (request) => queue.status(request.params.id));

  app.get<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id/results`, async (request, reply) => {
    const results = await queue.results(request.params.id);
    const lines = results.map(({ index: _index, runs: _runs, ...rest }) => JSON.stringify(rest));
    return reply.type("application/x-ndjson").send(lines.length === 0 ? "" : `${lines.join("\n")}\n`);
  });

  app.post<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id/cancel`, async (request) => {
    const { previousStatus, removedJobs } = await queue.cancel(request.params.id);
    return { previous_status: previousStatus, removed_jobs: removedJobs };
  });

  app.delete<{ Params: { id: string } }>(`${BATCH_HTTP_PREFIX}/:id`, async (request, reply) => {
    const status = await queue.status(request.params.id);
    if (status.status === "running" || status.status === "submitting")
      throw new RouterError("INVALID_REQUEST", `batch ${status.id} is still ${status.status}; cancel it first`);
    await queue.remove(request.params.id);
    return reply.status(204).send();
  });
}
