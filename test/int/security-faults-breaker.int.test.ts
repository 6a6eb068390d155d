// Issue 12 item 7: a model's circuit opens on upstream faults only (5xx, timeouts, resets,
// garbled protocol), never on what a client caused: a request the upstream rejects with 400, or a
// schema nested too deeply to send (zero upstream calls). Minor: an upstream 4xx answers 400.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const THRESHOLD = 3;
let rig: SecurityRig;
beforeEach(async () => {
  rig = await startSecurityRig(() => ({ health: { failureThreshold: THRESHOLD, openMs: 60_000, retryBaseMs: 1 } }));
});
afterEach(() => rig.close());

const circuitOf = (modelId: string) => rig.router.health().find((health) => health.modelId === modelId)!.circuit;
const post = (body: Record<string, unknown>, rawExtra = "") =>
  fetch(`${rig.baseUrl}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "gpt-cloud", messages: [{ role: "user", content: "What is 2+2?" }], ...body }).replace(/}$/, `${rawExtra}}`),
  });

/** `,"response_format":{...}` with a JSON schema nested `depth` levels (written as text: JSON.stringify would overflow the stack). */
function deepResponseFormat(depth: number): string {
  const schema = '{"type":"object","properties":{"inner":'.repeat(depth) + '{"type":"string"}' + "}}".repeat(depth);
  return `,"response_format":{"type":"json_schema","json_schema":{"name":"deep","schema":${schema}}}`;
}

describe("the circuit breaker", () => {
  it("ignores requests the upstream rejects with 400, which the client gets as 400", async () => {
    rig.openai.setFallback({ status: 400, errorMessage: "Invalid schema for response_format" });
    for (let index = 0; index < THRESHOLD + 2; index++) {
      const response = await post({});
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("model_request_rejected");
    }
    expect(circuitOf("gpt-cloud")).toBe("closed");
    rig.openai.setFallback({});
    expect((await post({})).status).toBe(200);
  });

  it("ignores a schema nested too deeply to send, refused with 400 and no upstream call", async () => {
    const upstreamBefore = rig.openai.requestsTo("/chat/completions").length;
    for (let index = 0; index < THRESHOLD + 2; index++) {
      const response = await post({}, deepResponseFormat(10_000));
      expect(response.status).toBe(400);
    }
    expect(rig.openai.requestsTo("/chat/completions").length).toBe(upstreamBefore);
    expect(circuitOf("gpt-cloud")).toBe("closed");
    expect((await post({})).status).toBe(200);
  });

  it("opens on upstream faults (5xx, garbled bodies), and /metrics shows it", async () => {
    rig.openai.enqueue({ status: 500 }, { status: 503 }, { garbleAfterTokens: 0 });
    for (let index = 0; index < THRESHOLD; index++) expect((await post({})).status).toBe(502);
    expect(circuitOf("gpt-cloud")).toBe("open");
    const metrics = await (await fetch(`${rig.baseUrl}/metrics`)).text();
    expect(metrics).toContain('routellm_circuit_state{model="gpt-cloud",state="open"} 1');
    expect(metrics).toContain('routellm_circuit_state{model="llama-local",state="closed"} 1');
    expect(metrics).toMatch(/routellm_upstream_errors_total\{model="gpt-cloud",code="MODEL_CALL_FAILED"\} [1-9]/);
    expect(metrics).toMatch(/routellm_requests_failed_total\{code="MODEL_CALL_FAILED"\} [1-9]/);
  });
});
