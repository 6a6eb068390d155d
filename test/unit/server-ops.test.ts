import { describe, expect, it } from "vitest";
import { serverPerTest, chatBody } from "./server-test-kit.js";

const setup = serverPerTest();

describe("operations endpoints", () => {
  it("reports liveness and readiness (one reachable model with a closed circuit is enough)", async () => {
    const { server } = setup();
    expect((await server.app.inject({ method: "GET", url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await server.app.inject({ method: "GET", url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: "ready", redis: "not-configured", models: { "local-small": "reachable", "cloud-big": "circuit-open" } });
  });

  it("exposes Prometheus metrics about requests, models, tokens and latency", async () => {
    const { server } = setup({ script: { costUsd: 0.25 } });
    await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody() });
    await server.app.inject({ method: "POST", url: "/v1/chat/completions", payload: chatBody({ stream: true }) });
    const metrics = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.headers["content-type"]).toContain("text/plain");
    const text = metrics.body;
    expect(text).toContain('routellm_requests_total{route="/v1/chat/completions",status="200"} 2');
    expect(text).toContain('routellm_model_chosen_total{model="local-small",tier="local"} 2');
    expect(text).toContain('routellm_tokens_total{model="local-small",kind="output"} 4');
    expect(text).toContain('routellm_cost_usd_total{model="local-small"} 0.5');
    expect(text).toMatch(/routellm_time_to_first_token_seconds_count\{model="local-small"\} 1/);
    expect(text).toMatch(/routellm_request_duration_seconds_count\{route="\/v1\/chat\/completions",stream="false"\} 1/);
  });

  it("forwards feedback to the router and answers 404 for an unknown request id", async () => {
    const { server, router } = setup();
    const ok = await server.app.inject({ method: "POST", url: "/v1/feedback", payload: { request_id: "req-9", score: 0.8 } });
    expect(ok.json()).toEqual({ ok: true, request_id: "req-9" });
    expect(router.feedbackGiven).toEqual([{ requestId: "req-9", score: 0.8 }]);
    expect((await server.app.inject({ method: "POST", url: "/v1/feedback", payload: { request_id: "unknown", score: 1 } })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "POST", url: "/v1/feedback", payload: { request_id: "x", score: 3 } })).statusCode).toBe(400);
  });

  it("answers unknown endpoints with an OpenAI-style 404", async () => {
    const { server } = setup();
    const response = await server.app.inject({ method: "GET", url: "/v1/nothing" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("unknown_url");
  });
});
