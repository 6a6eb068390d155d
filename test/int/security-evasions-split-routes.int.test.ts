// Session 39 review of the evasion passes (issue #15), through the real server: a card number split across four
// messages of different roles (system, user, assistant, tool) stays local on every chat route — OpenAI chat (plain and
// streamed), Ollama /api/chat and /v1/responses — and a request naming the cloud model is refused before any upstream call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const PARTS = ["Is my card 4172", "9960", "8905", "6538 still valid?"];
const VALUES = ["4172", "9960", "8905", "6538"];
const ROLES = ["system", "user", "assistant", "user"] as const;
const chatMessages = () => PARTS.map((content, index) => ({ role: ROLES[index]!, content }));

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
});
afterAll(() => rig.close());

const post = (path: string, body: unknown) =>
  fetch(`${rig.baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("a value split across four messages of different roles, on every chat route (session 39 review)", () => {
  it.each([
    ["OpenAI chat", "/v1/chat/completions", (model: string) => ({ model, messages: chatMessages() })],
    ["OpenAI chat, streamed", "/v1/chat/completions", (model: string) => ({ model, messages: chatMessages(), stream: true })],
    ["Ollama chat", "/api/chat", (model: string) => ({ model, messages: chatMessages(), stream: false })],
    [
      "Responses (instructions, input and a tool output)",
      "/v1/responses",
      (model: string) => ({
        model,
        instructions: PARTS[0],
        input: [
          { type: "function_call", call_id: "call_1", name: "lookup", arguments: "{}" },
          { type: "function_call_output", call_id: "call_1", output: PARTS[1] },
          { role: "assistant", content: PARTS[2] },
          { role: "user", content: PARTS[3] },
        ],
      }),
    ],
  ])("%s: the cloud model is refused and the routed answer is local", async (_label, path, body) => {
    const before = rig.cloudBodies().length;
    const refused = await post(path, body("gpt-cloud"));
    expect(refused.status).toBe(403);
    const routed = await post(path, body("routellm/auto"));
    expect(routed.status).toBe(200);
    expect(await routed.text()).toContain("Local");
    expect(
      rig
        .cloudBodies()
        .slice(before)
        .filter((sent) => VALUES.some((value) => sent.includes(value))),
    ).toEqual([]);
  });
});
