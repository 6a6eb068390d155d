import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();
const b64 = (text: string) => Buffer.from(text).toString("base64");

// Session 40 review: ordinary text around the decoders (written after reading them: the review had A and B first).
// A service account's JWT and a query's `token=<value>` are reported (`jwt`, a credential): no false positives.
const NEGATIVES: Array<[string, string]> = [
  [
    "jwt.io's token",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  ],
  ["a PNG data: URL", '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">'],
  ["an SRI hash", '<script src="app.js" integrity="sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="></script>'],
  ["RFC 7617's credentials", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="],
  ["a pangram under secret:", `secret: ${b64("the quick brown fox jumps over the lazy dog")}`],
  ["an encoded subject line", "Subject: =?ISO-8859-1?Q?Re=3A_Quartalsbericht_f=FCr_Q3?="],
  ["a folded encoded subject", `Subject: =?UTF-8?B?${b64("Quarterly report")}?=\n =?UTF-8?B?${b64(" for the board")}?=`],
  ["a certificate", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUe1Wd3j7ZQ1f6Y8Y8hX6Z0KZ8vT0wCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----"],
  ["a base64 config of ports", `config.json: ${b64('{"port": 8080, "host": "0.0.0.0", "workers": 4}')}`],
  ["a Secret with a placeholder", `kind: Secret\ndata:\n  password: ${b64("REPLACE_ME")}\n  username: ${b64("admin")}`],
  [
    "quoted-printable of a newsletter",
    "Content-Transfer-Encoding: quoted-printable\n\nUnsere Angebote f=C3=BCr den Winter: 20 % auf alle Jacken=\n und M=C3=BCtzen.",
  ],
  ["grouped build numbers", "build 2024_11_05_1432 and version 1·2·3, step • 4"],
];

describe("encoded-value hard negatives", () => {
  it.each(NEGATIVES)("%s is not reported", (_label, text) => {
    expect(scanner.scan(text)).toEqual([]);
  });
});
