// Session 40 review of the dev-38 rules (issue #15), through the real server: a Korean amount with digits in its number
// words, a mixed-gap OCR card and a quoted Chinese transcript line pin the request local (financial and payment_card are
// local-only in the rig); no part of the value reaches the cloud.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
});
afterAll(() => rig.close());

describe("the session 40 review's bypasses stay local", () => {
  it.each([
    ["a Korean amount in digits and number words", "이수진 대리 연봉이 4천5백만 원이래. 축하 메시지 써줘", ["4천5백만", "5백만"]],
    ["an OCR'd card with mixed gaps", "Cartão 5412 5545  9479  6390 — está válido?", ["5412 5545  9479  6390", "5412554594796390"]],
    ["a quoted Chinese transcript line", "语音转文字：“张伟的月薪是两万三千块” 帮我整理", ["两万三千块"]],
  ])("%s", async (_label, prompt, values) => {
    const messages = [{ role: "user" as const, content: prompt }];
    const answer = await rig.client().chat.completions.create({ model: "routellm/auto", messages });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    await expect(rig.client().chat.completions.create({ model: "gpt-cloud", messages })).rejects.toMatchObject({ status: 403 });
    rig.expectNoCloudLeak(values);
  });
});
