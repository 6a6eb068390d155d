// Issue 12 item 4: fields other than `content` are scanned too. A sensitive value in a message's
// name, a tool_call_id, a tool's description or parameter schema, a response_format JSON schema
// or Ollama's `format` reaches no cloud endpoint; the same field without one does (the channel is live).
import { Ollama } from "ollama";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL, IBAN, startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const MARKER = "harmless-marker-42";
type Body = Record<string, unknown>;

/** One channel: a request body (OpenAI protocol) carrying `value` in that field only. */
const channels: Array<[string, (value: string) => Body]> = [
  ["a user message's name", (value) => ({ messages: [{ role: "user", name: value, content: "What is 2+2?" }] })],
  [
    "a tool_call_id",
    (value) => ({
      messages: [
        { role: "user", content: "Look up the balance." },
        { role: "assistant", content: null, tool_calls: [{ id: `call-${value}`, type: "function", function: { name: "balance", arguments: "{}" } }] },
        { role: "tool", tool_call_id: `call-${value}`, content: "42 EUR" },
      ],
      tools: [{ type: "function", function: { name: "balance", description: "Account balance", parameters: { type: "object", properties: {} } } }],
    }),
  ],
  [
    "a tool's description",
    (value) => ({
      messages: [{ role: "user", content: "Pay the bill." }],
      tools: [{ type: "function", function: { name: "pay", description: `Pays into ${value}`, parameters: { type: "object", properties: {} } } }],
    }),
  ],
  [
    "a tool's parameter schema",
    (value) => ({
      messages: [{ role: "user", content: "Send the report." }],
      tools: [
        {
          type: "function",
          function: { name: "send", description: "Sends mail", parameters: { type: "object", properties: { to: { type: "string", default: value } } } },
        },
      ],
    }),
  ],
  [
    "response_format.json_schema",
    (value) => ({
      messages: [{ role: "user", content: "Give me an account record." }],
      response_format: {
        type: "json_schema",
        json_schema: { name: "record", schema: { type: "object", properties: { account: { type: "string", description: `like ${value}` } } } },
      },
    }),
  ],
];

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
});
afterAll(() => rig.close());

const post = (body: Body) =>
  fetch(`${rig.baseUrl}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe.each(channels)("%s", (_name, build) => {
  it("reaches the cloud when it holds nothing sensitive", async () => {
    const before = rig.cloudBodies().length;
    rig.openai.enqueue({ text: '{"account":"A-1"}' }); // valid for a JSON schema too
    const response = await post({ model: "gpt-cloud", ...build(MARKER) });
    expect(response.status).toBe(200);
    expect(rig.cloudBodies().slice(before).join("\n")).toContain(MARKER);
  });

  it.each([
    ["an e-mail address (redact)", EMAIL],
    ["an IBAN (local-only)", IBAN],
  ])("never carries %s to the cloud: answered locally, or refused for a named cloud model", async (_label, value) => {
    const routed = await post({ model: "routellm/auto", ...build(value) });
    expect(routed.status).toBe(200);
    expect(routed.headers.get("x-routellm-tier")).toBe("local");
    const named = await post({ model: "gpt-cloud", ...build(value) });
    expect(named.status).toBe(403);
    rig.expectNoCloudLeak([value]);
  });
});

describe("Ollama's format", () => {
  const format = (value: string) => ({ type: "object", properties: { account: { type: "string", description: `like ${value}` } } });
  const ollama = () => new Ollama({ host: rig.baseUrl });

  it("reaches the cloud when it holds nothing sensitive, and never carries an IBAN or an e-mail address there", async () => {
    const before = rig.cloudBodies().length;
    rig.openai.enqueue({ text: '{"account":"A-1"}' });
    await ollama().chat({ model: "gpt-cloud", messages: [{ role: "user", content: "Give me a record." }], format: format(MARKER), stream: false });
    expect(rig.cloudBodies().slice(before).join("\n")).toContain(MARKER);
    for (const value of [IBAN, EMAIL]) {
      const answer = await ollama().chat({
        model: "routellm/auto",
        messages: [{ role: "user", content: "Give me a record." }],
        format: format(value),
        stream: false,
      });
      expect(answer.message.content).toBe("Local answer: 4.");
      await expect(
        ollama().chat({ model: "gpt-cloud", messages: [{ role: "user", content: "Give me a record." }], format: format(value), stream: false }),
      ).rejects.toMatchObject({ status_code: 403 });
    }
    rig.expectNoCloudLeak([IBAN, EMAIL]);
  });
});
