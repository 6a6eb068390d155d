// Session 40 (issue #15), through the real server: personal data inside encoded tokens — a JWT whose claims hold an
// e-mail, Basic credentials, a base64 Secret value — is read by the guard: with e-mails and JWTs redacted the cloud gets
// a placeholder for the whole token; a password's policy (local-only) keeps the request local, and so does a JWT's when
// only e-mails are redacted (session 40 review: a JWT holding an e-mail is a credential too, the stricter policy wins).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const PAYLOAD = b64url(JSON.stringify({ sub: "u_48213", email: "orla.quigley@gmail.com", iat: 1764900000 }));
const TOKEN = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${PAYLOAD}.Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmVfX19fX19fX18`;
const BASIC = Buffer.from("mkeller:Heron!2291stone").toString("base64");

let rig: SecurityRig;
let redacting: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
  redacting = await startSecurityRig(() => ({ privacy: { categories: { email: "redact", jwt: "redact" } } }));
});
afterAll(async () => {
  await rig.close();
  await redacting.close();
});

describe("personal data inside encoded tokens (session 40)", () => {
  it("a JWT holding an e-mail reaches the cloud only as a placeholder for the whole token", async () => {
    const before = redacting.cloudBodies().length;
    const prompt = `curl -H "Authorization: Bearer ${TOKEN}" https://api.shop.io/v2/orders returns 403, why?`;
    const response = await redacting.client().chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: prompt }] });
    expect(response.choices[0]!.message.content).toBeTypeOf("string");
    const sent = redacting.cloudBodies().slice(before).join("\n");
    expect(sent).toMatch(/Bearer \[(EMAIL|JWT)_1\]/);
    expect(sent).toContain("returns 403");
    redacting.expectNoCloudLeak([TOKEN, PAYLOAD, "orla.quigley"]);
  });

  it.each([
    ["a JWT holding an e-mail (jwt not redacted)", `curl -H "Authorization: Bearer ${TOKEN}" https://api.shop.io/v2/orders`, [TOKEN, PAYLOAD]],
    ["Basic credentials", `curl -H "Authorization: Basic ${BASIC}" https://ci.internal/api/json returns 401`, [BASIC]],
    [
      "a base64 Secret password",
      `data:\n  password: ${Buffer.from("Zx9!kelp-Orchard-44").toString("base64")}\nwhy is it invalid?`,
      ["Wng5IWtlbHAtT3JjaGFyZC00NA=="],
    ],
  ])("%s stay local, and a request naming the cloud model is refused", async (_label, prompt, values) => {
    const messages = [{ role: "user" as const, content: prompt }];
    const answer = await rig.client().chat.completions.create({ model: "routellm/auto", messages });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    await expect(rig.client().chat.completions.create({ model: "gpt-cloud", messages })).rejects.toMatchObject({ status: 403 });
    rig.expectNoCloudLeak(values);
  });
});
