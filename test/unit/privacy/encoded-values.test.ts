import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { findEncodedTokens } from "../../../src/privacy/encoded-values.js";
import { foldGroupSeparators } from "../../../src/privacy/group-separators.js";

// Session 40 (issue #15): values in encodings developers paste. Values and sentences of my own; each token is encoded here.
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const jwt = (claims: object) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.${"Qm9ndXNTaWduYXR1cmVCeXRlc0hlcmVfX19fX19fX18"}`;
const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const expectClean = (...texts: string[]) => expect(texts.filter((text) => found(text).length > 0)).toEqual([]);

describe("encoded tokens are decoded and reported whole (encoded-values.ts)", () => {
  const withEmail = jwt({ sub: "u_48213", email: "orla.quigley@gmail.com", iat: 1764900000 });
  const nameOnly = jwt({ sub: "owner-3381", name: "Harriet Olsen" });
  const basic = b64("mkeller:Heron!2291stone");
  const secret = b64("Zx9!kelp-Orchard-44");
  const dataUrl = `data:text/plain;base64,${b64("Contact: Henrik Dahl, henrik.dahl@online.no")}`;
  const mimeWord = `=?UTF-8?B?${b64("Giulia Romano <giulia.romano@libero.it>")}?=`;
  it.each([
    [
      "a JWT whose claims hold an e-mail: the e-mail, on the whole token",
      `curl -H "Authorization: Bearer ${withEmail}" https://api.shop.io`,
      `email:${withEmail}`,
    ],
    ["a live JWT without personal data stays a credential", `Authorization: Bearer ${nameOnly}`, `jwt:${nameOnly}`],
    ["Basic credentials", `curl -H "Authorization: Basic ${basic}" https://ci.internal`, `password:${basic}`],
    ["a Kubernetes Secret's base64 password", `data:\n  password: ${secret}\n`, `password:${secret}`],
    ["a data: URL of text with an e-mail: the whole URL", `<a href="${dataUrl}">contact</a>`, `email:${dataUrl}`],
    ["a MIME encoded-word", `X-Customer: ${mimeWord}`, `email:${mimeWord}`],
    [
      "quoted-printable with =40 and a soft break",
      "Content-Transfer-Encoding: quoted-printable\n\nwrite to ingrid.so=\nlberg=40gmail.com today",
      "email:ingrid.so=\nlberg=40gmail.com",
    ],
    [
      "a base64 JSON payload (the gate: an encoding word or padding)",
      `"payload": "${b64('{"name":"Clara Nystrom","email":"clara.nystrom@telia.se"}')}"`,
      `email:${b64('{"name":"Clara Nystrom","email":"clara.nystrom@telia.se"}')}`,
    ],
  ])("%s", (_label, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it("hard negatives: documentation tokens, placeholders, certificates, images, hashes, random bytes", () => {
    expectClean(
      `The jwt.io debugger shows ${JWT_IO} by default; which part is the signature?`,
      `Every token starts with ${b64url('{"alg":"RS256","typ":"JWT","kid":"2026-10"}')}; is kid in the header?`,
      `RFC 7617 shows "Authorization: Basic ${b64("Aladdin:open sesame")}".`,
      `The tutorial uses Authorization: Basic ${b64("username:password")} here.`,
      `data:\n  API_KEY: ${b64("REPLACE_ME")}\n  DB_PASSWORD: ${b64("<your-password>")}\n`,
      `tls.crt: ${b64(`-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2F0IHNheXMgbWVvdw\n-----END CERTIFICATE-----\n`)}`,
      `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA1ElEQVR4nO2WMQ6DMBBE">`,
      `integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"`,
      `Subject: =?UTF-8?B?${b64("Réunion d'équipe lundi 10h – ordre du jour")}?=`,
      "QP: For questions write to support=40example.com or see the FAQ =E2=80=93 thanks.",
    );
  });

  it("malformed input decodes nothing and never throws", () => {
    for (const text of [
      "eyJ eyJhbGciOi.eyJ.x eyJ!!!!.eyJ????.",
      "=?UTF-8?B?!!!!?= =?x-unknown-charset?Q?abc?= =?UTF-8?Q?=FF=FE?= =?",
      "Authorization: Basic ==== Basic QQ== Basic " + b64("no colon here at all"),
      Buffer.from([0xe2, 0x82, 0xac, 0xe2, 0x82]).toString("base64").repeat(8),
      "Content-Transfer-Encoding: quoted-printable\n=ZZ=\n= =C3=28 =",
      "data:text/plain;base64,@@@@",
    ])
      expect(() => found(text)).not.toThrow();
    expect(findEncodedTokens("=?UTF-8?B?!!!!?= =?x-unknown-charset?Q?abc?=")).toEqual([]);
  });
});

describe("group separators `_`, `·`, `•` inside values (group-separators.ts)", () => {
  it("reads grouped cards and IBANs, leaves numeric literals and versions", () => {
    expect(found('card_number = "3794_135528_10333"')).toContain("payment_card:3794_135528_10333");
    expect(found("IBAN: DE59·2107·0024·0348·8519·02 (Frau Yildiz)")).toContain("iban:DE59·2107·0024·0348·8519·02");
    expect(foldGroupSeparators("const MAX = 1_073_741_824; snake_case_name; v4·12·3")).toBe("const MAX = 1_073_741_824; snake_case_name; v4·12·3");
    expect(foldGroupSeparators("x 4556_7375_8689_9855 y")).toBe("x 4556 7375 8689 9855 y");
  });
});
