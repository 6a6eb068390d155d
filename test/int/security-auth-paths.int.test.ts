// Issue #12 item 1: no spelling of a protected path answers without a key, and none skips the
// key's limits. Generated spellings go over a raw HTTP connection to the real server.
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deletePrefix, TEST_REDIS_URL, uniquePrefix } from "../helpers/batch-redis.js";
import { sha256Hex, startSecurityServer, type SecurityServer } from "../helpers/security-server.js";

let target: SecurityServer;
const KEY = "sk-client-limited";
const prefix = uniquePrefix("sec-paths");

beforeAll(async () => {
  target = await startSecurityServer({
    server: {
      batchRoutes: true,
      auth: { keys: [{ name: "limited", sha256: sha256Hex(KEY), models: ["routellm/local-only"], rateLimit: { requestsPerMinute: 3 } }] },
    },
    batch: { redisUrl: TEST_REDIS_URL, queuePrefix: prefix },
  });
});
afterAll(async () => {
  await target?.stop();
  await deletePrefix(TEST_REDIS_URL, prefix);
});

/** Sends `path` verbatim in the request line (no normalisation by a client library). */
function send(path: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(target.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: hostname, port, method, path, headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers }, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const hex = (code: number) => code.toString(16).padStart(2, "0");

/** One way to spell a character of a path: itself, %XX (either case), or (rarely: it breaks the match) the other letter case. */
const characterSpelling = (character: string) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant(character) },
    { weight: 2, arbitrary: fc.constant(`%${hex(character.charCodeAt(0)).toUpperCase()}`) },
    { weight: 2, arbitrary: fc.constant(`%${hex(character.charCodeAt(0)).toLowerCase()}`) },
    { weight: 1, arbitrary: fc.constant(character === character.toUpperCase() ? character.toLowerCase() : character.toUpperCase()) },
  );

/** Whole-path variations: double slashes, `/./`, `/x/../`, trailing slash, overlong and invalid encodings. */
const decorations = ["", "/", "//", "/.", "/./", "%2f", "%2F", "%c0%af", "%e0%80%af", "%", "%zz", "%00", ";", "?x=1", "#f"];

function spellings(path: string): fc.Arbitrary<string> {
  const segments = path.split("/").slice(1);
  return fc
    .tuple(
      fc.tuple(...[...segments.join("/")].map(characterSpelling)).map((characters) => characters.join("")),
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom("", "?x=1") }, { weight: 3, arbitrary: fc.constantFrom(...decorations) }),
      fc.oneof({ weight: 4, arbitrary: fc.constant("/") }, { weight: 3, arbitrary: fc.constantFrom("//", "/./", "/x/../", "/%2e/", "/%2E%2E/v1/../") }),
      fc.nat({ max: Math.max(0, segments.length - 1) }),
    )
    .map(([body, tail, lead, slashAt]) => {
      // Replace one of the separating slashes by an alternative lead (double slash, dot segment...).
      const parts = body.split("/");
      if (parts.length > 1 && slashAt > 0) return `/${parts.slice(0, slashAt).join("/")}${lead}${parts.slice(slashAt).join("/")}${tail}`;
      return `${lead}${body}${tail}`;
    });
}

const protectedRoutes: Array<{ method: string; path: string; body?: string }> = [
  { method: "POST", path: "/v1/chat/completions", body: JSON.stringify({ model: "routellm/local-only", messages: [{ role: "user", content: "hi" }] }) },
  { method: "GET", path: "/v1/models" },
  { method: "POST", path: "/api/chat", body: JSON.stringify({ model: "routellm/local-only", messages: [{ role: "user", content: "hi" }], stream: false }) },
  { method: "GET", path: "/api/tags" },
  { method: "GET", path: "/v1/routellm/batches" },
  { method: "POST", path: "/v1/routellm/batches", body: JSON.stringify({ prompts: [{ id: "a", prompt: "hi" }] }) },
];

describe("authentication on the matched route", () => {
  it("the reported spellings of the bypass answer 401 without a key", async () => {
    for (const path of [
      "/%761/chat/completions",
      "/%76%31/chat/completions",
      "/v%31/chat/completions",
      "/%61pi/chat",
      "/v1/chat/completions/",
      "//v1/chat/completions",
    ]) {
      const response = await send(path, "POST", {}, protectedRoutes[0]!.body);
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    expect((await send("/%76%31/routellm/batches", "GET")).status).toBe(401);
  });

  it("no generated spelling of a protected route answers 2xx without a key", async () => {
    let matched = 0;
    for (const route of protectedRoutes) {
      await fc.assert(
        fc.asyncProperty(spellings(route.path), async (path) => {
          const response = await send(path, route.method, {}, route.body);
          if (response.status === 401) matched += 1;
          // 401 where the route matched, 404/400 where it did not: never an answer.
          expect([400, 401, 404]).toContain(response.status);
          expect(response.body).not.toContain("answer");
        }),
        { numRuns: 60, seed: 12 },
      );
    }
    // The generator reaches the routes (not only 404s): most spellings decode to a real route.
    expect(matched).toBeGreaterThan(protectedRoutes.length * 10);
  });

  it("no spelling lets a keyed client past its model restriction or rate limit", async () => {
    const cloudBody = JSON.stringify({ model: "cloud", messages: [{ role: "user", content: "hi" }] });
    const localBody = protectedRoutes[0]!.body!;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(spellings("/v1/chat/completions"), fc.boolean(), async (path, askCloud) => {
        const response = await send(path, "POST", { authorization: `Bearer ${KEY}` }, askCloud ? cloudBody : localBody);
        if (askCloud) expect(response.status).not.toBe(200);
        if (response.status === 200) answered += 1;
        expect([200, 400, 403, 404, 429]).toContain(response.status);
      }),
      { numRuns: 80, seed: 7 },
    );
    // Three requests per minute: a spelling that skipped the counter would answer more (a minute
    // boundary during the run may allow three more).
    expect(answered).toBeLessThanOrEqual(6);
    expect(target.openai.requestsTo("/chat/completions")).toHaveLength(0);
  });

  it("keeps /healthz, /readyz and /metrics public, and everything else behind the key", async () => {
    for (const path of ["/healthz", "/readyz", "/metrics", "/%68ealthz"]) expect([200, 503]).toContain((await send(path, "GET")).status);
    for (const path of ["/api/version", "/v1/models/local", "/unknown", "/v1/feedback"]) expect((await send(path, "GET")).status).toBe(401);
    expect((await send("/v1/models", "HEAD")).status).toBe(401);
  });

  it("the official SDK without a key gets an AuthenticationError, with a key a model list", async () => {
    const anonymous = new OpenAI({ baseURL: `${target.url}/%761`, apiKey: "sk-wrong", maxRetries: 0 });
    await expect(anonymous.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const keyed = new OpenAI({ baseURL: `${target.url}/v1`, apiKey: KEY, maxRetries: 0 });
    const models = await keyed.models.list();
    expect(models.data.map((model) => model.id)).toEqual(["routellm/local-only"]);
  });
});
