import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 (issue #15, dev-97): credentials in the assignment syntaxes and files that secret scanners' authors test
 * with (gitleaks' sample syntaxes, curl and Kubernetes contexts; detect-secrets' keyword syntaxes), and their authors'
 * false-positive lines. Other names, values and wordings than the set's; every value is random and every host invented.
 */

const TOKEN = "Q7mZ2kP9xLw4Rt8VbN3cYh6D";
const HEX = "c41d8e9f027ab3356e1f9d8c7b6a5e4d3c2b1a09";

describe("secret assignments in more syntaxes", () => {
  it.each([
    [`var partnerToken: String = "${TOKEN}"`, `api_key:${TOKEN}`],
    [`var partnerToken string = "${TOKEN}"`, `api_key:${TOKEN}`],
    [`$syncToken .= "${TOKEN}";`, `api_key:${TOKEN}`],
    [`SYNC_TOKEN ?= "${HEX}"`, `api_key:${HEX}`],
    [`SYNC_TOKEN ::= ${HEX}`, `api_key:${HEX}`],
    [`<clientSecret>\n  ${HEX}\n</clientSecret>`, `api_key:${HEX}`],
    [`internalSecretValue=${TOKEN}`, `api_key:${TOKEN}`],
    [`service_secret = @"Zr}8q(Kw4!mP]vT2%nX"`, `api_key:Zr}8q(Kw4!mP]vT2%nX`],
    [`"API_TOKEN": "Hq4Lm9Zt2Xw7"`, "api_key:Hq4Lm9Zt2Xw7"],
    [`creds = ${TOKEN}`, `api_key:${TOKEN}`],
    [`$smtpPassword ??= "Birke%58kiwi";`, "password:Birke%58kiwi"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("curl credentials across continuation lines and quotes", () => {
  it.each([
    ["curl https://api.example.net/token \\\n  --user a8f3kd02ls9q:w7pq2m4zx8cv --data grant_type=client_credentials", "password:w7pq2m4zx8cv"],
    ["curl -X POST --user   'deploybot:Tk9#vR2m!qL8' https://ci.internal.lan/job/x/build", "password:Tk9#vR2m!qL8"],
    ['curl -u ":Velo!4471route" https://search.internal:9200/_cat/indices', "password:Velo!4471route"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("a Kubernetes Secret's data", () => {
  const value = Buffer.from("Nordlicht#2291").toString("base64");
  it.each([
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: queue-auth\ntype: Opaque\ndata:\n  token: ${value}`,
    `apiVersion: v1\ndata:\n  # rotated monthly\n  rabbit-pass: "${value}"\nkind: Secret\nmetadata:\n  name: queue-auth`,
  ])("%s", (text) => {
    // A `token:` key is read as an api key by the generic rule, a password key as a password: either is a credential.
    expect(found(text).map((finding) => finding.slice(finding.indexOf(":") + 1))).toContain(value);
  });

  it("reads stringData as it is", () => {
    expect(found("kind: Secret\nmetadata:\n  name: relay\nstringData:\n  RELAY_PASSWORD: Nordlicht#2291")).toContain("password:Nordlicht#2291");
  });
});

describe("the scanners' authors' false positives stay clean", () => {
  it.each([
    "apiKey: this.apiKey,",
    "my_password = foo(bar)baz",
    "my_password = request.form['pw']",
    "DB_PASSWORD=[value]",
    "ldap.password=\nldap.url=ldaps://dir.internal:636",
    'SERVICE_SECRET_NAME = "BILLING-API-KEY-PROD"',
    'publicToken = "pk8Hq2Lm9Zt4Xw7Rn3Vb6Cy1"',
    '"private_key_id": "c41d8e9f027ab3356e1f9d8c7b6a5e4d3c2b1a09"',
    "X-MS-Exchange-Organization-AuthSource: mx0417.mail.internal.example",
    "token := ctx.Value(sessionKey).(string)",
    'curl --user "$CI_USER:$CI_PASS" https://ci.internal.lan',
    'curl -u ":" https://localhost:9200',
    "apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}\n  username: YWRtaW4=",
    "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: prod/api-key",
    `apiVersion: v1\nkind: Secret\ndata:\n  ca.crt: ${Buffer.from("-----BEGIN CERTIFICATE-----\nMIIB").toString("base64")}`,
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
