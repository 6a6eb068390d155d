import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { createPrivacyScanner, maskText } from "../../../src/privacy/index.js";

// Session 41 (issue #15): wrapped, unpadded and nested encodings. Values and sentences of my own; encoded here.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const wrap = (text: string, width = 76, newline = "\n") => text.match(new RegExp(`.{1,${width}}`, "g"))!.join(newline);
const jwt = (claims: object) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.${"Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmVfX19fX19fX18"}`;
const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const random = (count: number, seed: number) =>
  Buffer.from(Array.from({ length: count }, (_, index) => (index * 197 + seed * 31 + ((index * index) % 13)) & 0xff));
const expectClean = (...texts: string[]) => expect(texts.filter((text) => found(text).length > 0)).toEqual([]);

describe("wrapped base64 is one token (base64-blocks.ts)", () => {
  const letter = "Hello Ruairi, please refund the deposit to my account; you can reach me at ailbhe.fennelly@eircom.net any day. Thanks!";
  it.each([
    ["a MIME body cut every 76 characters", (block: string) => `Content-Transfer-Encoding: base64\n\n${block}\n\nwhy?`, wrap(b64(letter))],
    ["a PEM-like block cut every 64", (block: string) => `-----BEGIN NOTE-----\n${block}\n-----END NOTE-----`, wrap(b64(letter), 64)],
    ["CRLF line ends", (block: string) => `Content-Transfer-Encoding: base64\r\n\r\n${block}\r\n`, wrap(b64(letter), 76, "\r\n")],
    ["a JSON string with \\n escapes", (block: string) => `{"data": "${block}"}`, wrap(b64(letter), 76, "\\n")],
    ["a YAML block's indented lines", (block: string) => `data:\n  note.txt: |\n    ${block}\n`, wrap(b64(letter), 76, "\n    ")],
  ])("%s: one finding over the whole block, masked whole", (_label, around, block) => {
    const text = around(block);
    expect(found(text)).toEqual([`email:${block}`]);
    const masked = maskText(text, createPrivacyScanner().scan(text));
    for (const line of block.split(/\r?\n|\\n/)) expect(masked).not.toContain(line.trim());
  });

  it("binary blocks (an image, a certificate) and text with nothing in it stay clean", () => {
    expectClean(
      `Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n${wrap(Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), random(300, 1)]).toString("base64"))}\n`,
      `-----BEGIN CERTIFICATE-----\n${wrap(Buffer.concat([Buffer.from("308203a1", "hex"), random(400, 2)]).toString("base64"), 64)}\n-----END CERTIFICATE-----`,
      `Content-Transfer-Encoding: base64\n\n${wrap(b64("Release notes: faster sync, dark mode on Android, a fixed crash when the calendar had more than 500 events."))}\n`,
    );
  });
});

describe("unpadded base64url, one more level", () => {
  it("base64url JSON in a URL or a cookie, and a path segment of a deep link", () => {
    const state = b64url(JSON.stringify({ uid: 4411, email: "tadhg.mulcahy@gmail.com" }));
    expect(found(`redirects to https://app.example-shop.io/welcome?ctx=${state} and shows a blank page`)).toEqual([`email:${state}`]);
    const invite = b64url("invited by Saoirse Quilty, phone +353 87 412 9063");
    expect(found(`the link myapp://invite/${invite} opens the browser`)).toEqual([`phone:${invite}`]);
  });

  it("random verifiers, digests and cursors stay clean", () => {
    expectClean(
      `https://login.acme.io/authorize?code_challenge=${random(32, 3).toString("base64url")}&state=${random(24, 4).toString("base64url")}`,
      `cursor https://api.tasks.dev/v1/items?cursor=${b64url(JSON.stringify({ after: 4410, sort: "created_at" }))}`,
    );
  });

  it("base64 of a JWT reads its claims: the claim's category and jwt, on the whole token", () => {
    const token = b64(jwt({ sub: "u-3391", email: "niamh.brosnan@telia.se" }));
    expect(found(`data:\n  id-token: ${token}\n`).sort()).toEqual([`email:${token}`, `jwt:${token}`]);
    const bearer = b64(`Bearer ${jwt({ sub: "77", email: "cathal.odwyer@ziggo.nl" })}`);
    expect(found(`headers["X-Forwarded-Auth"] = "${bearer}"`)).toContain(`email:${bearer}`);
  });

  it("base64 of base64 of text is read; documentation tokens inside base64 stay clean", () => {
    const twice = b64(b64("Fionnuala Keogh <f.keogh@hotmail.fr>"));
    expect(found(`header x-user=${twice} (double-encoded)`)).toEqual([`email:${twice}`]);
    expectClean(`data:\n  sample-token: ${b64(JWT_IO)}\n`, `Cookie: auth=${b64(JSON.stringify({ access_token: JWT_IO, expires_in: 3600 }))}`);
  });
});
