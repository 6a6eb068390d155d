import { SpanKind, SpanStatusCode, context, trace, type Span } from "@opentelemetry/api";
import type { RouteResult } from "../index.js";

/**
 * OpenTelemetry spans through @opentelemetry/api only: without an SDK registered by the user
 * these are no-op objects. Attributes carry ids, models, sizes and timings, never prompt text.
 */
const tracer = trace.getTracer("routellm-server");

export function startRequestSpan(name: string, attributes: Record<string, string | number | boolean>): Span {
  return tracer.startSpan(name, { kind: SpanKind.SERVER, attributes });
}

/** One child span per graph node, laid end to end from the trace's durations. */
export function recordNodeSpans(parent: Span, result: RouteResult, startedAtMs: number): void {
  if (!parent.isRecording()) return;
  const parentContext = trace.setSpan(context.active(), parent);
  let cursor = startedAtMs;
  for (const entry of result.trace) {
    const span = tracer.startSpan(
      `routellm.node.${entry.node}`,
      { startTime: cursor, attributes: { "routellm.node": entry.node, ...(entry.chose === undefined ? {} : { "routellm.chose": entry.chose }) } },
      parentContext,
    );
    cursor += entry.ms;
    span.end(cursor);
  }
}

export function finishSpan(span: Span, outcome: { status: number; model?: string; tier?: string; escalations?: number; error?: string }): void {
  span.setAttribute("http.response.status_code", outcome.status);
  if (outcome.model !== undefined) span.setAttribute("routellm.model", outcome.model);
  if (outcome.tier !== undefined) span.setAttribute("routellm.tier", outcome.tier);
  if (outcome.escalations !== undefined) span.setAttribute("routellm.escalations", outcome.escalations);
  if (outcome.error !== undefined) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
  span.end();
}
