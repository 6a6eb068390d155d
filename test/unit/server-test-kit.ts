// Shared set-up of the server unit tests: a server around the fake router, silent logs.
import { afterEach } from "vitest";
import { pino } from "pino";
import { serverSchema } from "../../src/config/sections/server.js";
import { createServer, type RouteLLMServer } from "../../src/server/index.js";
import { createFakeRouter, type FakeRouter, type FakeScript } from "./server-fake-router.js";

export function buildServer(options: { script?: FakeScript; server?: Record<string, unknown>; env?: NodeJS.ProcessEnv; clock?: { now(): number } } = {}): {
  server: RouteLLMServer;
  router: FakeRouter;
} {
  const router = createFakeRouter(options.script ?? {});
  const server = createServer({
    router,
    settings: serverSchema.parse(options.server ?? {}),
    env: options.env ?? {},
    logger: pino({ level: "silent" }),
    defaultMetrics: false,
    modelProbe: async (model) => model.id === "local-small",
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return { server, router };
}

export function sseEvents(body: string): string[] {
  return body
    .split("\n\n")
    .map((block) => block.trim())
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice("data: ".length));
}

export const chatBody = (extra: Record<string, unknown> = {}) => ({ model: "routellm/auto", messages: [{ role: "user", content: "hi" }], ...extra });

/** A `setup(...)` that builds a server and closes it after each test of the calling file. */
export function serverPerTest(): (...args: Parameters<typeof buildServer>) => ReturnType<typeof buildServer> {
  let current: RouteLLMServer | undefined;
  afterEach(async () => {
    await current?.close(0);
    current = undefined;
  });
  return (...args) => {
    const built = buildServer(...args);
    current = built.server;
    return built;
  };
}
