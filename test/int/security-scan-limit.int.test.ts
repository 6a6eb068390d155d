// Issue 12 item 6 (bound on scan work): outgoing text longer than privacy.scanLimit.maxChars is not
// scanned and never reaches the cloud, counted over every outgoing string (contents, earlier turns,
// tool definitions). `local-only` answers locally (a named cloud model is refused); `refuse` answers
// 413 privacy_scan_limit naming the setting, through the official openai SDK.
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const MARKER = "unscanned-marker-77";
const LONG = `${MARKER} ${"plain text about gardening and soil. ".repeat(140)}`; // about 5,200 characters
const SHORT = `${MARKER} what grows well in clay soil?`;
const scanLimit = (action: "local-only" | "refuse") => () => ({ privacy: { categories: { email: "redact" as const }, scanLimit: { maxChars: 4096, action } } });
const ask = (content: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: "user" as const, content }], ...extra });

describe("privacy.scanLimit through the server", () => {
  let local: SecurityRig;
  let refusing: SecurityRig;
  beforeAll(async () => {
    local = await startSecurityRig(scanLimit("local-only"));
    refusing = await startSecurityRig(scanLimit("refuse"));
  });
  afterAll(async () => {
    await local?.close();
    await refusing?.close();
  });
  const post = (rig: SecurityRig, body: Record<string, unknown>) =>
    fetch(`${rig.baseUrl}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("sends text under the limit to a named cloud model (the channel is live)", async () => {
    const response = await post(local, { model: "gpt-cloud", ...ask(SHORT) });
    expect(response.status).toBe(200);
    expect(local.cloudBodies().join("\n")).toContain(MARKER);
  });

  it("local-only: answers over-limit text locally, counting every outgoing string, and refuses a named cloud model", async () => {
    const before = local.cloudBodies().length;
    const routed = await post(local, { model: "routellm/auto", ...ask(LONG) });
    expect(routed.status).toBe(200);
    expect(routed.headers.get("x-routellm-tier")).toBe("local");
    const turns = await post(local, {
      model: "routellm/auto",
      messages: [
        { role: "user", content: LONG.slice(0, 2100) },
        { role: "assistant", content: "Noted." },
        { role: "user", content: LONG.slice(2100, 4200) },
      ],
    });
    expect(turns.headers.get("x-routellm-tier")).toBe("local");
    const tool = { type: "function", function: { name: "garden", description: LONG, parameters: { type: "object", properties: {} } } };
    const tools = await post(local, { model: "routellm/auto", ...ask("Which tool fits?", { tools: [tool] }) });
    expect(tools.headers.get("x-routellm-tier")).toBe("local");
    const named = await post(local, { model: "gpt-cloud", ...ask(LONG) });
    expect(named.status).toBe(403);
    expect(((await named.json()) as { error: { message: string } }).error.message).toContain("privacy.scanLimit.maxChars");
    expect(local.cloudBodies().slice(before).join("\n")).not.toContain(MARKER);
  });

  it("refuse: answers 413 privacy_scan_limit naming the setting, for routed and named requests alike", async () => {
    const before = refusing.cloudBodies().length;
    const client = refusing.client();
    for (const model of ["routellm/auto", "gpt-cloud"]) {
      const failure = await client.chat.completions.create({ model, ...ask(LONG) }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OpenAI.APIError);
      expect(failure).toMatchObject({ status: 413, code: "privacy_scan_limit" });
      expect((failure as Error).message).toContain("privacy.scanLimit.maxChars");
    }
    expect(refusing.cloudBodies().slice(before).join("\n")).not.toContain(MARKER);
    expect(refusing.ollama.requests.filter((request) => request.rawBody.includes(MARKER))).toHaveLength(0);
  });
});
