import { trace, type Context, type Span, type SpanOptions, type Tracer, type TracerProvider } from "@opentelemetry/api";
import { pino } from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { serverSchema } from "../../src/config/sections/server.js";
import { createServer } from "../../src/server/index.js";
import { createFakeRouter } from "./server-fake-router.js";
import { chatBody } from "./server-test-kit.js";

interface RecordedSpan {
  name: string;
  attributes: Record<string, unknown>;
  parent: RecordedSpan | undefined;
  ended: boolean;
}

const spans: RecordedSpan[] = [];

/** A tiny in-memory OpenTelemetry tracer: what a user's SDK would receive. */
function recordingSpan(name: string, options: SpanOptions | undefined, context: Context | undefined): Span {
  const parent = context === undefined ? undefined : (trace.getSpan(context) as unknown as { record?: RecordedSpan } | undefined)?.record;
  const record: RecordedSpan = { name, attributes: { ...(options?.attributes ?? {}) }, parent, ended: false };
  spans.push(record);
  const span = {
    record,
    spanContext: () => ({ traceId: "0".repeat(31) + "1", spanId: "0".repeat(15) + "1", traceFlags: 1 }),
    isRecording: () => true,
    setAttribute: (key: string, value: unknown) => ((record.attributes[key] = value), span),
    setAttributes: (values: Record<string, unknown>) => (Object.assign(record.attributes, values), span),
    setStatus: () => span,
    addEvent: () => span,
    addLink: () => span,
    addLinks: () => span,
    updateName: () => span,
    recordException: () => undefined,
    end: () => {
      record.ended = true;
    },
  };
  return span as unknown as Span;
}

const tracer = { startSpan: recordingSpan, startActiveSpan: () => undefined } as unknown as Tracer;
const provider: TracerProvider = { getTracer: () => tracer };
trace.setGlobalTracerProvider(provider);
afterAll(() => trace.disable());

describe("observability", () => {
  it("opens a span per request and one child span per graph node, without prompt text", async () => {
    const server = createServer({
      router: createFakeRouter(),
      settings: serverSchema.parse({}),
      env: {},
      logger: pino({ level: "silent" }),
      defaultMetrics: false,
    });
    await server.app.inject({
      method: "POST",
      url: "/v1/chat/completions",
      payload: chatBody({ messages: [{ role: "user", content: "secret plans" }] }),
      headers: { "x-request-id": "span-1" },
    });
    await server.close(0);
    const request = spans.find((span) => span.attributes["routellm.request_id"] === "span-1");
    expect(request).toMatchObject({ ended: true, attributes: { "routellm.model": "local-small", "routellm.tier": "local", "http.response.status_code": 200 } });
    const nodes = spans.filter((span) => span.parent === request);
    expect(nodes.map((span) => span.name)).toEqual(["routellm.node.fake"]);
    expect(JSON.stringify(spans)).not.toContain("secret plans");
  });

  it("logs prompts only when debug prompt logging is on, with privacy findings masked", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(line) });
    const prompt = "mail jane.doe@acme-corp.de about card 4172 9960 8905 6538";
    const quiet = createServer({ router: createFakeRouter(), settings: serverSchema.parse({ logLevel: "debug" }), env: {}, logger, defaultMetrics: false });
    await quiet.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ messages: [{ role: "user", content: prompt }] }) });
    await quiet.close(0);
    expect(lines.join("")).not.toContain("about card");
    expect(lines.join("")).toContain('"msg":"request"');

    lines.length = 0;
    const verbose = createServer({
      router: createFakeRouter(),
      settings: serverSchema.parse({ debugPromptLogging: true, logLevel: "debug" }),
      env: {},
      logger,
      defaultMetrics: false,
    });
    await verbose.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ messages: [{ role: "user", content: prompt }] }) });
    await verbose.close(0);
    const joined = lines.join("");
    expect(joined).toContain("about card");
    expect(joined).not.toContain("jane.doe@acme-corp.de");
    expect(joined).not.toContain("4172 9960 8905 6538");
  });
});
