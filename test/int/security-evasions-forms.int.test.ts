// Session 39 evasion review (issue #15), through the real server: values in forms the guard did not read — escaped
// (URL, HTML, JSON), grouped with typographic dashes, letter-spaced with hyphens, or behind a homoglyph label — stay
// local (a category whose policy is local-only) or reach the cloud only as a placeholder (e-mail: redact).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const CARD = "4172996089056538";

const pinned: Array<[string, string, string[]]> = [
  ["a social security number with en dashes", "My SSN is 536\u201322\u20131947, fill in the tax form for me.", ["536\u201322\u20131947", "536-22-1947"]],
  ["a card number letter-spaced in hyphen groups", "Is my card 4 1 7 2-9 9 6 0-8 9 0 5-6 5 3 8 still valid?", ["4 1 7 2-9 9 6 0-8 9 0 5-6 5 3 8", CARD]],
  ["a card number with &nbsp; between its groups", "Is my card 4172&nbsp;9960&nbsp;8905&nbsp;6538 still valid?", ["4172&nbsp;9960&nbsp;8905&nbsp;6538"]],
  ["a password behind a label with a Cyrillic а", "My p\u0430ssword for the bank is hummingbird77! Is it strong enough?", ["hummingbird77!"]],
];

const redacted: Array<[string, string, string]> = [
  ["URL-encoded", "Fix this link: https://crm.example.org/contact?email=jane.roe%40acme-mail.de&lang=en", "jane.roe%40acme-mail.de"],
  ["as an HTML reference", 'Translate: <a href="mailto:jane.roe&#64;acme-mail.de">write to Jane</a>', "jane.roe&#64;acme-mail.de"],
  ["with a JSON escape", 'Explain this record: {"to": "jane.roe\\u0040acme-mail.de", "subject": "invoice"}', "jane.roe\\u0040acme-mail.de"],
];

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
});
afterAll(() => rig.close());

describe("evasions of the privacy guard by the form of the value (session 39)", () => {
  it.each(pinned)("%s stays local, and a request naming the cloud model is refused", async (_label, prompt, values) => {
    const messages = [{ role: "user" as const, content: prompt }];
    const answer = await rig.client().chat.completions.create({ model: "routellm/auto", messages });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    await expect(rig.client().chat.completions.create({ model: "gpt-cloud", messages })).rejects.toMatchObject({ status: 403 });
    rig.expectNoCloudLeak(values);
  });

  // A value split across two messages: the category's policy applies; an e-mail address (redact) split in two cannot be
  // rewritten, so the request stays local too.
  it.each([
    ["a card number", ["Is my card 4172 9960", "8905 6538 still valid?"], ["4172 9960", "8905 6538"]],
    ["an e-mail address cut by a fixed-size chunker", ["Please write to jane.roe@acme-ma", "il.de about the invoice."], ["jane.roe@acme-ma", "il.de about"]],
  ])("%s split across two user messages stays local", async (_label, parts, values) => {
    const messages = parts.map((content) => ({ role: "user" as const, content }));
    const answer = await rig.client().chat.completions.create({ model: "routellm/auto", messages });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    await expect(rig.client().chat.completions.create({ model: "gpt-cloud", messages })).rejects.toMatchObject({ status: 403 });
    rig.expectNoCloudLeak(values);
  });

  it.each(redacted)("an e-mail address %s reaches the cloud only as a placeholder", async (_label, prompt, email) => {
    const before = rig.cloudBodies().length;
    const response = await rig.client().chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: prompt }] });
    expect(response.choices[0]!.message.content).toBeTypeOf("string");
    const sent = rig.cloudBodies().slice(before).join("\n");
    expect(sent).toContain("EMAIL_1");
    expect(sent).not.toContain("jane.roe");
    rig.expectNoCloudLeak([email, "jane.roe@acme-mail.de"]);
  });
});
