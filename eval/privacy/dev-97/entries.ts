/**
 * dev-97 entries: secret scanners' own test contexts (`sources.ts`: gitleaks' sample syntaxes, true- and
 * false-positive lists; detect-secrets' keyword tests and test_data files) re-filled with secrets from our own seeded
 * generator (`createSeededRandom(SEED)`: random strings of each context's alphabet and length, none real), set inside
 * the requests people paste them with ("why does this config fail", "convert this to YAML", "review this diff") in
 * English, German, French and Spanish. The scanners' false-positive lines are the hard negatives, with placeholders,
 * environment and template references, redactions, hashes, UUIDs, public keys, encrypted values and password rules.
 * `kind` is `<topic>:<what>:<form>` or `neg-<topic>:<what>:<form>`. Every person and host is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { BASE62, Tokens } from "../dev-93/formats.js";
import {
  DETECT_SECRETS_NEGATIVES,
  DETECT_SECRETS_POSITIVES,
  GITLEAKS_CURL_FPS,
  GITLEAKS_DB_FPS,
  GITLEAKS_GENERIC_FPS,
  GITLEAKS_K8S_FPS,
  GITLEAKS_SYNTAXES,
} from "./sources.js";

/** The committed seed of the generator. */
export const SEED = 97_2026;

const t = new Tokens(createSeededRandom(SEED));
const mark = (category: string, value: string) => `⟦${category}|${value}⟧`;
const b64 = (text: string) => Buffer.from(text).toString("base64");
const HEX = "0123456789abcdef";
/** gitleaks' database-password alphabet. */
const DB_ALPHABET = `${BASE62}:;<@=},!?^`;
/** detect-secrets' sample secret's punctuation, without `$` (a `${…}` would read as a reference). */
const WIDE_ALPHABET = `${BASE62}{}()[]>#-_!%*`;

/** A secret of `alphabet` and `length` with a digit 1–9 and each letter case the alphabet has (gitleaks' "plausible"). */
function plausible(alphabet: string, length: number): string {
  for (;;) {
    const value = t.chars(alphabet, length);
    const has = (letters: RegExp) => letters.test(value) || !letters.test(alphabet);
    if (/[1-9]/.test(value) && has(/[a-z]/) && has(/[A-Z]/)) return value;
  }
}
const alnum = (length: number) => plausible(BASE62, length);
const hex = (length: number) => plausible(HEX, length);
const b64Secret = (bytes: number) => {
  for (;;) {
    const value = Buffer.from(Array.from({ length: bytes }, () => t.int(256))).toString("base64");
    if (/[1-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)) return value;
  }
};
const password = () => t.pick([() => t.password(), () => t.generatedPassword(), () => plausible(DB_ALPHABET, 12 + t.int(9))])();

// ---------------------------------------------------------------- the requests around a snippet

type Lang = "en" | "de" | "fr" | "es";
const ASK: Record<Lang, ReadonlyArray<readonly [form: string, template: string]>> = {
  en: [
    ["why-fails", "Why does this config fail to load?\n\n{x}"],
    ["to-yaml", "Can you convert this to YAML?\n```\n{x}\n```"],
    ["explain", "{x}\n\nexplain what each line does"],
    ["parse-error", "What's wrong with this snippet? It throws a parse error.\n\n{x}"],
    ["tidy", "Pasting our file here — can you tidy the formatting and keep the values?\n{x}"],
    ["port", "Port this to TypeScript please:\n```\n{x}\n```"],
  ],
  de: [
    ["why-fails", "Warum lädt diese Konfiguration nicht?\n\n{x}"],
    ["to-json", "Kannst du das in JSON umwandeln?\n{x}"],
  ],
  fr: [
    ["why-fails", "Pourquoi ce fichier de config ne se charge pas ?\n{x}"],
    ["to-yaml", "Tu peux convertir ça en YAML ?\n{x}"],
  ],
  es: [
    ["why-fails", "¿Por qué falla esta configuración?\n{x}"],
    ["to-toml", "¿Puedes pasar esto a TOML?\n{x}"],
  ],
};
const REVIEW: Record<Lang, string> = {
  en: "Review this diff please, anything off?\n{x}",
  de: "Kannst du dir diesen Diff ansehen?\n{x}",
  fr: "Tu peux relire ce diff ?\n{x}",
  es: "¿Revisas este diff?\n{x}",
};

function drawLang(): Lang {
  const roll = t.int(10);
  return roll < 7 ? "en" : roll === 7 ? "de" : roll === 8 ? "fr" : "es";
}

const entries: MarkedEntry[] = [];

/** Adds `snippet` inside a request drawn for a language; `diff` uses the review request. */
function add(topic: string, what: string, snippet: string, negative: boolean, diff = false): void {
  const lang = drawLang();
  const [form, template] = diff ? (["diff", REVIEW[lang]] as const) : t.pick(ASK[lang]);
  entries.push([lang, `${negative ? "neg-" : ""}${topic}:${what}:${form}`, template.replace("{x}", () => snippet)]);
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{([a-zA-Z])\}/g, (whole, key: string) => values[key] ?? whole);

// ---------------------------------------------------------------- positives

// gitleaks' sample syntaxes, each once with a token and (every third) with a password
const IDENTIFIERS = ["api", "auth", "access", "service", "client", "deploy", "partner", "billing", "webhook", "sync"];
GITLEAKS_SYNTAXES.forEach(([name, template], index) => {
  const identifier = t.pick(IDENTIFIERS);
  const secret = t.pick([() => alnum(30 + t.int(11)), () => hex(40), () => plausible(`${BASE62}-_.=`, 32 + t.int(20))])();
  add("syntax", name, fill(template, { i: identifier, I: identifier.toUpperCase(), s: mark("api_key", secret) }), false);
  if (index % 3 === 0) {
    const asPassword = template
      .replace(/Token/g, "Password")
      .replace(/_token/g, "_password")
      .replace(/_TOKEN/g, "_PASSWORD");
    add(
      "syntax",
      `${name}-password`,
      fill(asPassword, { i: t.pick(["db", "smtp", "ldap", "admin", "redis"]), I: t.pick(["DB", "SMTP", "LDAP"]), s: mark("password", password()) }),
      false,
    );
  }
});

// detect-secrets' keyword syntaxes with their keywords
const KEYWORDS: ReadonlyArray<readonly [keyword: string, category: string]> = [
  ["apikey", "api_key"],
  ["secret", "api_key"],
  ["password", "password"],
  ["private_key", "api_key"],
  ["api_key", "api_key"],
  ["passwd", "password"],
  ["token", "api_key"],
];
const CODE_CONTEXT: readonly string[] = [
  "package config\n\nfunc init() {\n\t{line}\n}",
  "import requests\n\n{line}\nresp = requests.get(BASE_URL, timeout=10)",
  "<?php\n// legacy settings\n{line}\n$client = new Client($cfg);",
  "// AppDelegate.m\n{line}\n[Service start];",
  "{line}",
];
for (const [name, template] of DETECT_SECRETS_POSITIVES) {
  const [keyword, category] = t.pick(KEYWORDS);
  const secret = category === "password" ? plausible(WIDE_ALPHABET, 14 + t.int(10)) : plausible(WIDE_ALPHABET, 24 + t.int(16));
  const line = fill(template, { k: keyword, s: mark(category, secret) });
  add(
    "keyword",
    name,
    t.pick(CODE_CONTEXT).replace("{line}", () => line),
    false,
  );
}

// detect-secrets' test_data files re-filled
const person = () => t.pick(["aaronloo", "mkowalski", "jdiaz", "svetlana.k", "tnakamura", "pbrennan", "lhuber"]);
const hosts = () => t.pick(["my.cluster.local", "etl.prod.internal", "ci.acme-build.net", "10.20.3.14:8443", "svc-batch.corp.lan"]);
for (let n = 0; n < 2; n++) {
  add(
    "fixture",
    "config-ini",
    `[credentials]\npassword = ${mark("password", password())}\n\n[parent]\n    [child]\n    keyA = 678912345\n    keyB = value1\n\n[aws]\naws_secret_key = ${mark("api_key", plausible(`${BASE62}+/`, 40))}`,
    false,
  );
  const [id, secret] = t.awsPair();
  add(
    "fixture",
    "config-yaml",
    `credentials:\n    some_value_here: not_secret\n    other_value_here: 1234567890a\n    nested:\n        value: ${mark("api_key", id)}\n        other_value: ${mark("api_key", secret)}\nlist_of_keys:\n    - 123\n    - 456`,
    false,
  );
  add("fixture", "config-env", `APP_ENV=production\nLOG_LEVEL=info\n${t.pick(["mimi", "svc", "k2", "ext"])}=${mark("api_key", b64Secret(33))}\n`, false);
  add(
    "fixture",
    "config-md",
    `# Sample markdown file\n\n[guides](http://localhost/guilds)\n\n╭─ diagnose\n╰» ssh to server x:22324241234423414\n\nkey="${mark("api_key", alnum(32))}"`,
    false,
  );
  add(
    "fixture",
    "file-with-secrets",
    `#!/usr/bin/python\n# Will change this later.\nSUPER_SEECRET_VALUE = '${mark("api_key", b64Secret(45))}'\nVERY_SECRET_TOO = '${mark("api_key", alnum(32))}'\n\ndef main():\n    print('Hello world!')`,
    false,
  );
  add(
    "fixture",
    "middle-line-yml",
    `deploy:\n    provider: pypi\n    user: ${person()}\n    password: ${mark("password", password())}\n    on:\n        repo: ${t.pick(["acme/ingest", "lab/tiles", "ops/bots"])}`,
    false,
  );
  add(
    "fixture",
    "last-line-ini",
    `[some section]\nsecrets_for_no_one_to_find =\n    ${mark("password", password())}\n    ${mark("password", password())}\n`,
    false,
  );
  const [userA, userB] = [person(), person()];
  add(
    "fixture",
    "multiline-yaml",
    `configuration:\n  datadogAgent:\n    enabled: true\n\nschedule: "* * * * *"\n\ncmdList: "curl --retry 3 -X POST http://${userA}:${mark("password", password())}@${hosts()}/v1/?event=EXPIRE_SYNC&days=1 \\\n         ||curl --retry 3 -X POST http://${userB}:${mark("password", password())}@${hosts()}/v1/?hours=1"`,
    false,
  );
  add(
    "fixture",
    "each-secret",
    `red_herring = 'DEADBEEF'\n\nbase64_secret = '${mark("api_key", b64Secret(48))}'\nbasic_auth = 'http://${person()}:${mark("password", password())}@${hosts()}'`,
    false,
  );
}
for (let n = 0; n < 3; n++) {
  const key = t.pick(["DB_PASSWORD", "api_token", "SMTP_PASS", "client_secret"]);
  const category = /PASS/.test(key) ? "password" : "api_key";
  const value = category === "password" ? password() : alnum(36);
  add(
    "fixture",
    "sample-diff",
    `diff --git a/app/settings.py b/app/settings.py\nindex 8f56ba1..796dbb3 100644\n--- a/app/settings.py\n+++ b/app/settings.py\n@@ -12,6 +12,7 @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n-${key} = os.environ["${key.toUpperCase()}"]\n+${key} = "${mark(category, value)}"\n \n TIME_ZONE = "UTC"`,
    false,
    true,
  );
}

// gitleaks' curl true positives, re-filled
const CURL_TPS: ReadonlyArray<readonly [name: string, make: () => string]> = [
  ["u-short", () => `curl --cacert ca.crt -u elastic:${mark("password", password())} https://localhost:9200`],
  [
    "u-next-line",
    () =>
      `sh-5.0$ curl -k -X POST https://infinispan:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -d 'world' \\\n  -u developer:${mark("password", alnum(16))}`,
  ],
  ["u-empty-user", () => `curl -u ":${mark("password", password())}" https://localhost:9200`],
  ["user-single", () => `curl -sw '%{http_code}' -X POST --user  '${person()}:${mark("password", password())}' $GITHUB_API_URL/$GIT_COMMIT --data`],
  ["user-api", () => `curl -s --user 'api:${mark("api_key", `key-${hex(32)}`)}' \\\n    https://api.mailgun.net/v3/sandbox${hex(16)}.mailgun.org/messages`],
  ["user-double", () => `curl -s -v --user "j.smith:${mark("password", password())}" "https://api.contoso.org/user/me"`],
  ["user-mixed", () => `curl --user kevin:'${mark("password", alnum(16))}' -iX PATCH -H "Content-Type: application/json" -d @body.json`],
  [
    "user-app-pair",
    () =>
      `$ curl https://api.dropbox.com/oauth2/token \\\n  --user ${plausible("abcdefghijklmnopqrstuvwxyz0123456789", 15)}:${mark("password", plausible("abcdefghijklmnopqrstuvwxyz0123456789", 15))} --data grant_type=authorization_code`,
  ],
  ["header-basic", () => `curl -H 'Authorization: Basic ${mark("password", b64(`${person()}:${password()}`))}' https://registry.internal/v2/_catalog`],
  ["header-bearer", () => `# curl -X GET "http://localhost:3000/api/cron/status" -H "Authorization: Bearer ${mark("api_key", hex(32))}"`],
  [
    "header-bearer-multiline",
    () =>
      `curl https://api.example-llm.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${mark("api_key", plausible(`${BASE62}_`, 40))}" \\`,
  ],
  ["header-token", () => `curl -H "Authorization: Token ${mark("api_key", hex(40))}" --request PUT https://appsecclass.report/api/use/635`],
  ["header-apikey", () => `curl -X GET \\\n     -H "apikey: ${mark("api_key", t.uuid())}" \\\n     -H "Accept: application/json" \\`],
  [
    "header-x-apikey",
    () =>
      `curl -X GET https://octopus.corp.net/\n     -H "X-Octopus-ApiKey: ${mark("api_key", `API-${plausible("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27)}`)}" \\`,
  ],
];
for (const [name, make] of CURL_TPS) add("curl", name, make(), false);

// gitleaks' kubernetes Secret true positives, re-filled (the base64 of our password)
const K8S_TPS: ReadonlyArray<readonly [name: string, make: (value: string) => string]> = [
  [
    "after",
    (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-user-pass\n  namespace: default\ntype: Opaque\ndata:\n  password: ${v}\n  username: YWRtaW4=`,
  ],
  ["before", (v) => `apiVersion: v1\ndata:\n  password: ${v}\n  username: YWRtaW4=\nkind: Secret\nmetadata:\n  name: db-user-pass\ntype: Opaque`],
  [
    "comment",
    (v) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: heketi-secret\ndata:\n  # base64 encoded password. E.g.: echo -n "mypassword" | base64\n  key: ${v}`,
  ],
  ["quoted", (v) => `apiVersion: 'v1'\nkind: 'Secret'\ndata:\n  password: '${v}'\n  username: 'YWRtaW4='\nmetadata:\n  name: 'db-user-pass'`],
  ["double-quoted", (v) => `apiVersion: "v1"\ndata:\n  extra: "${v}"\nkind: "secret"\nmetadata:\n  name: "secret-sa-sample"`],
  ["string-data", (v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-relay\ntype: Opaque\nstringData:\n  SMTP_PASSWORD: ${v}`],
];
for (const [name, make] of K8S_TPS) {
  const plain = password();
  add("k8s", name, make(mark("password", name === "string-data" ? plain : b64(plain))), false);
}

// gitleaks' database-password true positives, re-filled with its alphabet
const DB_TPS: readonly string[] = ["DB_PASSWORD={s}", "db_password: {s}", "DB_PASSWD = '{s}'", '$DB_PASSWORD = "{s}";', "pwd = {s}", "pwd: {s}"];
for (const template of DB_TPS)
  add("db", template.replace(/[^A-Za-z_]+/g, "").toLowerCase(), fill(template, { s: mark("password", plausible(DB_ALPHABET, 10 + t.int(30))) }), false);

// gitleaks' generic-api-key true positives, re-filled
const GENERIC_TPS: ReadonlyArray<readonly [name: string, make: () => string]> = [
  ["access-token", () => `'access_token': '${mark("api_key", b64Secret(24))}'`],
  ["api-token-123", () => `some_api_token_123 = "${mark("api_key", alnum(60))}"`],
  ["user-auth", () => `"user_auth": "${mark("password", b64(`${person()}:${t.uuid()}`))}"`],
  ["credentials-hex", () => `"credentials" : "${mark("api_key", hex(64))}"`],
  ["creds", () => `creds = ${mark("api_key", alnum(30))}`],
  ["private-key-dash", () => `private-key: ${mark("api_key", plausible(`${BASE62}-_.=`, 100))}`],
  ["passwd", () => `passwd = ${mark("password", plausible(`${BASE62}-_.=`, 30))}`],
  ["client-secret", () => `"client_secret" : "${mark("api_key", hex(64))}",`],
  ["my-secret-string", () => `mySecretString=${mark("api_key", alnum(30))}`],
  ["todo-secret", () => `todo_secret_do_not_commit = ${mark("api_key", alnum(30))}`],
  ["env-default", () => ` utils.GetEnvOrDefault("api_token", "${mark("api_key", t.uuid())}")`],
  ["env-json", () => `"env": {\n  "API_TOKEN": "${mark("api_key", plausible(`${BASE62}^%`, 12))}"\n}`],
  ["connection-id-password", () => `ConnectionString: "Server=sql01;Database=crm;User ID=dbuser;Password=${mark("password", plausible(`${BASE62}+/`, 30))};"`],
];
for (const [name, make] of GENERIC_TPS) add("generic", name, make(), false);

// ---------------------------------------------------------------- hard negatives

// the same sample syntaxes (every third) holding a reference, a placeholder or a redaction instead of a secret
const NOT_SECRETS: readonly string[] = [
  "${API_TOKEN}",
  "<your-token-here>",
  "xxxxxxxxxxxxxxxxxxxx",
  "{{ .Values.token }}",
  "%SERVICE_TOKEN%",
  "changeme",
  "********",
  "REDACTED",
  "$(cat /run/secrets/token)",
  "os.Getenv(TOKEN)",
  "TODO",
  "example-token-123",
];
GITLEAKS_SYNTAXES.forEach(([name, template], index) => {
  if (index % 3 !== 1) return;
  const identifier = t.pick(IDENTIFIERS);
  add("syntax", name, fill(template, { i: identifier, I: identifier.toUpperCase(), s: NOT_SECRETS[(index - 1) / 3]! }), true);
});
for (const line of DETECT_SECRETS_NEGATIVES)
  add(
    "keyword",
    "ds-fp",
    t.pick(CODE_CONTEXT).replace("{line}", () => line),
    true,
  );
for (const line of GITLEAKS_GENERIC_FPS)
  add(
    "generic",
    "gl-fp",
    line.replace("{r}", () => plausible(`${BASE62}-_.=`, 30)),
    true,
  );
for (const line of GITLEAKS_CURL_FPS) add("curl", "gl-fp", line, true);
for (const line of GITLEAKS_K8S_FPS) add("k8s", "gl-fp", line, true);
for (const line of GITLEAKS_DB_FPS) add("db", "gl-fp", line, true);

// detect-secrets' test_data negatives (its documented examples, hashes, sequences, encrypted values)
add(
  "fixture",
  "each-secret-documented",
  "aws_access_key = 'AKIAIOSFODNN7EXAMPLE'\naws_secret_access_key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'\nred_herring = 'DEADBEEF'",
  true,
);
add(
  "fixture",
  "first-line-php",
  "secret = 'notHighEnoughEntropy'\nskipped_sequential_false_positive = '0123456789a'\nprint('second line')\nvar = 'third line'",
  true,
);
add(
  "fixture",
  "sample-diff-hashes",
  `diff --git a/detect_secrets/core/baseline.py b/detect_secrets/core/baseline.py\nindex 8f56ba1..796dbb3 100644\n--- a/detect_secrets/core/baseline.py\n+++ b/detect_secrets/core/baseline.py\n@@ -79,7 +79,7 @@ def initialize(plugins, exclude_regex=None, rootdir='.'):\n-            output.scan_file(fullpath, fullpath[len(rootdir)+1:])\n+            output.scan_file(fullpath, fullpath[len("${hex(32)}") + 1:])\n \n     return output`,
  true,
  true,
);
add(
  "fixture",
  "baseline-hashed-secret",
  `diff --git a/.secrets.baseline b/.secrets.baseline\n--- a/.secrets.baseline\n+++ b/.secrets.baseline\n@@ -10,4 +10,6 @@\n+      {\n+        "type": "Secret Keyword",\n+        "hashed_secret": "${hex(40)}",\n+        "is_verified": false,\n+        "line_number": 14\n+      }`,
  true,
  true,
);
add(
  "fixture",
  "config-ini-clean",
  "[parent]\n    [child]\n    keyA = 678912345\n    keyB = value1\n\n[key with id in name]\nforeign_key_id = " + hex(40) + "\n\n# unicode\nfoo=bår\n\nkeyC =",
  true,
);
add(
  "fixture",
  "travis-secure",
  `deploy:\n    provider: pypi\n    user: __token__\n    password:\n        secure: "${plausible(`${BASE62}+/`, 120)}="\n    on:\n        tags: true`,
  true,
);
add(
  "fixture",
  "pragma-placeholder",
  "password = 12345678901234  # pragma: allowlist secret (CI fixture, not a real account)\nhigh_entropy_binary_secret: !!binary <base64 of your test blob>",
  true,
);
add(
  "fixture",
  "config-yaml-clean",
  "credentials:\n    some_value_here: not_secret\n    region: eu-west-1\nlist_of_keys:\n    - 123\n    - 456\n    - 234567890a",
  true,
);

// placeholders, references, redactions, public keys, hashes, ids, rules, example values
const EXTRA_NEGATIVES: ReadonlyArray<readonly [what: string, make: () => string]> = [
  ["password-policy", () => "password_min_length = 12\npassword_require_symbol = true\npassword_max_age_days = 90\napi_key_rotation_days = 30"],
  ["redacted-env", () => "DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=********\nSTRIPE_KEY=sk_live_****************"],
  ["redacted-yaml", () => 'smtp:\n  host: smtp.mailgun.org\n  user: postmaster@mg.example.com\n  password: <redacted>\n  api_key: "[REDACTED]"'],
  ["secrets-ref", () => "env:\n  API_TOKEN: ${{ secrets.API_TOKEN }}\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}"],
  ["vault-ref", () => 'db_password = data.vault_generic_secret.db.data["password"]\napi_key     = var.api_key\nclient_secret = "${var.client_secret}"'],
  ["ssh-public-key", () => `authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${plausible(`${BASE62}+/`, 43)} deploy@ci`],
  ["checksum", () => `sha256sum release.tar.gz\n${hex(64)}  release.tar.gz\nexpected_checksum = "${hex(64)}"`],
  ["uuids", () => `request_id=${t.uuid()} trace_id=${hex(32)} span_id=${hex(16)} status=401 msg="invalid api key"`],
  ["example-values", () => "API_KEY=your-api-key-here\nSECRET_KEY=changeme\nDATABASE_URL=postgres://user:password@localhost:5432/app"],
  [
    "sops-encrypted",
    () =>
      `db-password: ENC[AES256_GCM,data:${plausible(`${BASE62}+/`, 8)}==,iv:${plausible(`${BASE62}+/`, 43)}=,tag:${plausible(`${BASE62}+/`, 22)}==,type:str]`,
  ],
  ["git-sha", () => `commit ${hex(40)}\nAuthor: CI Bot <ci@builds.example>\n\n    rotate token config (values moved to vault)`],
  ["key-ids", () => `kms_key_id = "${t.uuid()}"\nkey_name = "prod-cmk"\nsecret_name = "billing/api-token"\ntoken_ttl = 3600`],
];
for (const [what, make] of EXTRA_NEGATIVES) add("extra", what, make(), true);

export const ENTRIES: readonly MarkedEntry[] = entries;
