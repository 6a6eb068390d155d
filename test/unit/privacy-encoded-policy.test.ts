import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/index.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { FakeChatModel } from "../helpers/fake-chat-model.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A JWT whose claims hold an e-mail address (a bearer credential and personal data at once). */
const JWT = `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: "u_48213", email: "marta.kowalczyk@gmail.com", iat: 1764900000 })}.TH59LMF_HlUDWq63Hq_-IRIrd138YYStKMW8_fgxZ78`;
const PROMPT = `curl -H "Authorization: Bearer ${JWT}" https://api.shopwise.io/v2/orders returns 403, why?`;

function models() {
  return { llama: new FakeChatModel("local"), gemma: new FakeChatModel("local"), mini: new FakeChatModel("cloud"), gpt4o: new FakeChatModel("cloud") };
}

describe("a JWT holding personal data is also a credential", () => {
  it("is reported as jwt and as its claim's category, both on the whole token", () => {
    const start = PROMPT.indexOf(JWT);
    const findings = createPrivacyScanner().scan(PROMPT);
    expect(findings.map(({ category, start, end }) => ({ category, start, end })).sort((a, b) => a.category.localeCompare(b.category))).toEqual([
      { category: "email", start, end: start + JWT.length },
      { category: "jwt", start, end: start + JWT.length },
    ]);
  });

  it("is blocked when jwt is blocked, though email is only redacted", async () => {
    const router = createRouter(fourModelConfig({ privacy: { categories: { jwt: "block", email: "redact" } } }), { models: models() });
    await expect(router.invoke(PROMPT, { model: "gpt4o" })).rejects.toMatchObject({ code: "PRIVACY_BLOCKED", details: { categories: ["jwt"] } });
  });

  it("is redacted whole, by one placeholder, when both categories are redacted", async () => {
    const fakes = models();
    const router = createRouter(fourModelConfig({ privacy: { categories: { jwt: "redact", email: "redact" } } }), { models: fakes });
    const result = await router.invoke(PROMPT, { model: "gpt4o" });
    const sent = String(fakes.gpt4o.calls[0]!.at(-1)!.content);
    for (const piece of JWT.split(".")) expect(sent).not.toContain(piece.slice(0, 12));
    expect(sent).toMatch(/Bearer \[(EMAIL|JWT)_1\]" https/);
    expect(result.privacy).toMatchObject({ pinnedLocal: false, redacted: 1 });
  });
});
