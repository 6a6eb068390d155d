// Issue 12 item 5: evasions through the real server. Zero-width characters or full-width digits
// inside a card number, and a full-width `＠` in an e-mail address, are normalised before detection:
// the request stays local (card: local-only) or reaches the cloud redacted (e-mail: redact), and no
// spelling of the value reaches a cloud endpoint.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const CARD_DIGITS = "4172996089056538";
const spaced = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, "$1 ");
const fullWidth = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

const cards: Array<[string, string]> = [
  ["zero-width spaces between the digits", CARD_DIGITS.split("").join("\u200b")],
  ["a zero-width joiner and a soft hyphen inside the groups", spaced(CARD_DIGITS).replace(/ /g, "\u200d\u00ad")],
  ["full-width digits", fullWidth(spaced(CARD_DIGITS))],
];

let rig: SecurityRig;
beforeAll(async () => {
  rig = await startSecurityRig();
});
afterAll(() => rig.close());

describe("evasions of the privacy guard", () => {
  it.each(cards)("a card number written with %s stays local", async (_label, card) => {
    const answer = await rig
      .client()
      .chat.completions.create({ model: "routellm/auto", messages: [{ role: "user", content: `Is my card ${card} still valid?` }] });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    rig.expectNoCloudLeak([card, CARD_DIGITS, spaced(CARD_DIGITS)]);
  });

  it("an e-mail address with a full-width ＠ reaches the cloud only as a placeholder", async () => {
    const before = rig.cloudBodies().length;
    const email = "jane.roe＠acme-mail.de";
    const response = await rig
      .client()
      .chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: `Draft a polite reply to ${email} about the invoice.` }] });
    expect(response.choices[0]!.message.content).toBeTypeOf("string");
    const sent = rig.cloudBodies().slice(before).join("\n");
    expect(sent).toContain("invoice");
    expect(sent).not.toContain("jane.roe");
    rig.expectNoCloudLeak([email, "jane.roe@acme-mail.de"]);
  });
});
