// Session 41 (issue #15), through the real server: a base64 MIME body wrapped every 76 characters whose second line
// holds an e-mail address is decoded as one block; with e-mails redacted the cloud gets one placeholder for the whole
// block (no line of it). An IBAN cut by an OCR line break is read across the break. With `privacy.encoded.beyondBound: sensitive`, a base64 row past the decoders' bound keeps
// the request local (fail closed).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecurityRig, type SecurityRig } from "../helpers/security-rig.js";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const LETTER = "Hello Ruairi, please refund the deposit to my account; you can reach me at ailbhe.fennelly@eircom.net any day. Thanks!";
const LINES = b64(LETTER).match(/.{1,76}/g)!;
const BLOCK = LINES.join("\n");
const MIME = `Content-Transfer-Encoding: base64\n\n${BLOCK}\n\nWhy does Outlook show this as garbage?`;
const OCR = "OCR of the transfer slip:\nEmpfänger: Jonas Albrecht\nIBAN: DE44 5001 0517\n5407 3249 31\nWhy does the app reject it?";
const ROWS = Array.from({ length: 70 }, (_, index) => `row ${index + 1}: ${b64(`batch item ${index + 1} processed ok`)}`).join("\n");
const LAST_ROW = b64("failed: duplicate account for oisin.treacy@eircom.net");
const PAST_THE_BOUND = `Import log:\n${ROWS}\nrow 71: ${LAST_ROW}\nWhy did row 71 fail?`;

let redacting: SecurityRig;
let failClosed: SecurityRig;
beforeAll(async () => {
  redacting = await startSecurityRig(() => ({ privacy: { categories: { email: "redact", iban: "redact" } } }));
  failClosed = await startSecurityRig(() => ({ privacy: { encoded: { beyondBound: "sensitive" } } }));
});
afterAll(async () => {
  await redacting.close();
  await failClosed.close();
});

describe("wrapped and cut values (session 41)", () => {
  it("a wrapped base64 body reaches the cloud only as one placeholder for the whole block", async () => {
    const before = redacting.cloudBodies().length;
    const response = await redacting.client().chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: MIME }] });
    expect(response.choices[0]!.message.content).toBeTypeOf("string");
    const sent = redacting.cloudBodies().slice(before).join("\n");
    expect(sent).toContain("[EMAIL_1]");
    expect(sent).toContain("Why does Outlook");
    redacting.expectNoCloudLeak([...LINES, "ailbhe.fennelly"]);
  });

  it("an IBAN cut by a line break reaches the cloud only as a placeholder", async () => {
    const before = redacting.cloudBodies().length;
    await redacting.client().chat.completions.create({ model: "gpt-cloud", messages: [{ role: "user", content: OCR }] });
    expect(redacting.cloudBodies().slice(before).join("\n")).toContain("[IBAN_1]");
    redacting.expectNoCloudLeak(["DE44 5001 0517", "5407 3249 31"]);
  });

  it("a base64 row past the decoders' bound (beyondBound: sensitive) stays local, and a request naming the cloud model is refused", async () => {
    const messages = [{ role: "user" as const, content: PAST_THE_BOUND }];
    const answer = await failClosed.client().chat.completions.create({ model: "routellm/auto", messages });
    expect(answer.choices[0]!.message.content).toBe("Local answer: 4.");
    await expect(failClosed.client().chat.completions.create({ model: "gpt-cloud", messages })).rejects.toMatchObject({ status: 403 });
    failClosed.expectNoCloudLeak([LAST_ROW]);
  });
});
