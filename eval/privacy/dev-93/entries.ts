/**
 * dev-93 entries: a grid drawn with the committed seed `SEED` (`createSeededRandom`, src/policies/clock.ts) over
 * - token formats (`formats.ts`: GitHub `ghp_`/`gho_`/`ghs_` with their CRC32, `github_pat_`, npm `npm_` with its CRC32,
 *   Slack `xoxb-`/`xoxp-`, AWS key id + secret, Stripe `sk_live_`/`rk_live_`, Twilio auth token, SendGrid `SG.`,
 *   OpenAI `sk-proj-`, Anthropic `sk-ant-api03-`, GitLab `glpat-`, Google `AIza`) × containers (shell history, .env,
 *   docker-compose, GitHub Actions YAML, a notebook cell, a stack trace, a log line, a chat message, a ticket, an
 *   e-mail) × nine languages (`frames.ts`);
 * - credential files and commands (.netrc, .pgpass, .npmrc, .pypirc, ~/.aws/credentials, kubeconfig, a Kubernetes
 *   Secret with base64 `data:`, docker config.json `auths`, Terraform tfvars, a Jenkinsfile `environment` block, curl
 *   `-u` and `-H "Authorization: Bearer …"`, a git remote with a token, a basic-auth header, database and broker URIs,
 *   an Azure storage connection string, a GCP service-account JSON, PEM and OpenSSH private keys, a JWT);
 * - passwords given with each language's cue word.
 * Hard negatives (≥ 40 %) have the same shapes: documented example keys, placeholders and templates, env-var and
 * secret-manager references, redacted values, public keys and fingerprints, Stripe publishable keys, hashes, commit
 * SHAs, UUIDs, request ids, the Azurite and RabbitMQ documented defaults, password rules and made-up examples.
 * `kind` is `<group>:<format>:<container>` or `neg-<group>:<format>:<negative kind>`. Our own text; every token is
 * random and every person invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { DOCUMENTED, Tokens } from "./formats.js";
import { FRAMES, fill, type Lang, LANGS } from "./frames.js";

/** The committed seed of the grid. */
export const SEED = 93_2026;

const t = new Tokens(createSeededRandom(SEED));
const mark = (category: string, value: string) => `⟦${category}|${value}⟧`;
const b64 = (text: string) => Buffer.from(text).toString("base64");

// ---------------------------------------------------------------- token formats in containers

interface TokenFormat {
  id: string;
  what: string;
  name: string;
  make: () => string;
}

const TOKEN_FORMATS: TokenFormat[] = [
  { id: "ghp", what: "GitHub token", name: "GITHUB_TOKEN", make: () => t.github("ghp") },
  { id: "gho", what: "GitHub OAuth token", name: "GH_OAUTH_TOKEN", make: () => t.github("gho") },
  { id: "ghs", what: "GitHub App token", name: "GH_APP_INSTALLATION_TOKEN", make: () => t.github("ghs") },
  { id: "github_pat", what: "GitHub PAT", name: "GH_PAT", make: () => t.githubFineGrained() },
  { id: "npm", what: "npm token", name: "NPM_TOKEN", make: () => t.npm() },
  { id: "xoxb", what: "Slack bot token", name: "SLACK_BOT_TOKEN", make: () => t.slack("xoxb") },
  { id: "xoxp", what: "Slack user token", name: "SLACK_USER_TOKEN", make: () => t.slack("xoxp") },
  { id: "aws-secret", what: "AWS secret key", name: "AWS_SECRET_ACCESS_KEY", make: () => t.awsPair()[1] },
  { id: "aws-id", what: "AWS access key id", name: "AWS_ACCESS_KEY_ID", make: () => t.awsPair()[0] },
  { id: "sk_live", what: "Stripe key", name: "STRIPE_SECRET_KEY", make: () => t.stripe("sk_live") },
  { id: "rk_live", what: "Stripe restricted key", name: "STRIPE_RESTRICTED_KEY", make: () => t.stripe("rk_live") },
  { id: "twilio", what: "Twilio auth token", name: "TWILIO_AUTH_TOKEN", make: () => t.twilioAuthToken() },
  { id: "sendgrid", what: "SendGrid key", name: "SENDGRID_API_KEY", make: () => t.sendgrid() },
  { id: "openai", what: "OpenAI key", name: "OPENAI_API_KEY", make: () => t.llmKey("openai") },
  { id: "anthropic", what: "Anthropic key", name: "ANTHROPIC_API_KEY", make: () => t.llmKey("anthropic") },
  { id: "glpat", what: "GitLab token", name: "GITLAB_TOKEN", make: () => t.gitlab() },
  { id: "google", what: "Google API key", name: "GOOGLE_MAPS_API_KEY", make: () => t.google() },
];

/** Negative values in the same containers, each with its variable name and kind. */
const TOKEN_NEGATIVES: Array<{ id: string; what: string; name: string; value: () => string; kind: string }> = [
  { id: "aws-id", what: "AWS access key id", name: "AWS_ACCESS_KEY_ID", value: () => DOCUMENTED.awsKeyId, kind: "documented" },
  { id: "aws-secret", what: "AWS secret key", name: "AWS_SECRET_ACCESS_KEY", value: () => DOCUMENTED.awsSecret, kind: "documented" },
  { id: "sk_test", what: "Stripe key", name: "STRIPE_SECRET_KEY", value: () => DOCUMENTED.stripeTest, kind: "documented" },
  { id: "jwt", what: "JWT", name: "API_JWT", value: () => DOCUMENTED.jwtIo, kind: "documented" },
  { id: "ghp", what: "GitHub token", name: "GITHUB_TOKEN", value: () => "<YOUR_GITHUB_TOKEN>", kind: "placeholder" },
  { id: "npm", what: "npm token", name: "NPM_TOKEN", value: () => "${NPM_TOKEN}", kind: "env-ref" },
  { id: "openai", what: "OpenAI key", name: "OPENAI_API_KEY", value: () => "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", kind: "placeholder" },
  { id: "xoxb", what: "Slack bot token", name: "SLACK_BOT_TOKEN", value: () => "xoxb-your-bot-token-here", kind: "placeholder" },
  { id: "sendgrid", what: "SendGrid key", name: "SENDGRID_API_KEY", value: () => "${{ secrets.SENDGRID_API_KEY }}", kind: "env-ref" },
  { id: "anthropic", what: "Anthropic key", name: "ANTHROPIC_API_KEY", value: () => "$(op read op://Private/Anthropic/credential)", kind: "secret-manager" },
  {
    id: "sk_live",
    what: "Stripe key",
    name: "STRIPE_SECRET_KEY_ARN",
    value: () => `arn:aws:secretsmanager:eu-west-1:${t.digits(12)}:secret:prod/stripe-${t.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", 6)}`,
    kind: "secret-manager",
  },
  { id: "glpat", what: "GitLab token", name: "GITLAB_TOKEN", value: () => "vault:secret/data/ci/gitlab#token", kind: "secret-manager" },
  {
    id: "twilio",
    what: "Twilio auth token",
    name: "TWILIO_AUTH_TOKEN",
    value: () => "projects/acme-prod/secrets/twilio-auth/versions/latest",
    kind: "secret-manager",
  },
  { id: "sk_live", what: "Stripe key", name: "STRIPE_SECRET_KEY", value: () => `sk_live_${"*".repeat(24)}`, kind: "redacted" },
  { id: "ghp", what: "GitHub token", name: "GITHUB_TOKEN", value: () => `ghp_${"*".repeat(36)}`, kind: "redacted" },
  { id: "xoxp", what: "Slack user token", name: "SLACK_USER_TOKEN", value: () => "xoxp-[REDACTED]", kind: "redacted" },
  {
    id: "pk_live",
    what: "Stripe publishable key",
    name: "STRIPE_PUBLISHABLE_KEY",
    value: () => `pk_live_51${t.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 97)}`,
    kind: "publishable",
  },
  { id: "sha", what: "commit SHA", name: "GIT_COMMIT_SHA", value: () => t.hex(40), kind: "commit-sha" },
  { id: "sha256", what: "artifact checksum", name: "ARTIFACT_SHA256", value: () => t.hex(64), kind: "hash" },
  { id: "uuid", what: "tenant id", name: "AZURE_TENANT_ID", value: () => t.uuid(), kind: "uuid" },
  {
    id: "request-id",
    what: "request id",
    name: "X_REQUEST_ID",
    value: () => `req_${t.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 14)}`,
    kind: "request-id",
  },
  {
    id: "bcrypt",
    what: "password hash",
    name: "ADMIN_PASSWORD_HASH",
    value: () => `$2b$12$${t.chars("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 53)}`,
    kind: "hash",
  },
];

const CONTAINERS = ["shell", "env", "compose", "actions", "notebook", "trace", "log", "chat", "ticket", "email"] as const;
type Container = (typeof CONTAINERS)[number];

const host = () => t.pick(["api-7", "worker-2", "ci-runner-4", "build-01", "edge-3"]);

/** `value` is already marked (or not); `name` its variable, `what` its human name. */
function contain(container: Container, lang: Lang, name: string, what: string, value: string): string {
  const frames = FRAMES[lang];
  const ask = t.pick(frames.ask);
  switch (container) {
    case "shell":
      return `~/.zsh_history:\n  ${500 + t.int(400)}  cd ~/src/shop-api\n  ${901 + t.int(50)}  export ${name}=${value}\n  ${960 + t.int(30)}  npm run deploy -- --env staging\n${ask}`;
    case "env":
      return `${fill(frames.intro, { file: ".env" })}\nNODE_ENV=production\nPORT=8080\n${name}=${value}\nLOG_LEVEL=info\n${ask}`;
    case "compose":
      return `docker-compose.yml:\nservices:\n  api:\n    image: ghcr.io/acme/api:1.${t.int(30)}.${t.int(9)}\n    environment:\n      - ${name}=${value}\n      - TZ=UTC\n${ask}`;
    case "actions":
      return `.github/workflows/release.yml:\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      ${name}: ${value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make release\n${ask}`;
    case "notebook":
      return `In [3]:\nimport os\nos.environ["${name}"] = "${value}"\nclient = make_client()\n\n${ask}`;
    case "trace":
      return `Traceback (most recent call last):\n  File "/srv/app/sync.py", line ${20 + t.int(80)}, in run\n    client.auth(${name.toLowerCase()}="${value}")\nAuthError: 401 Unauthorized\n${ask}`;
    case "log":
      return `${host()} | 2026-11-${10 + t.int(18)}T0${t.int(9)}:${10 + t.int(49)}:${10 + t.int(49)}Z DEBUG boot config loaded ${name}=${value} region=eu-west-1\n${ask}`;
    case "chat":
      return fill(frames.chat, { what, v: value });
    case "ticket":
      return fill(frames.ticket, { what, v: value });
    case "email":
      return fill(frames.email, { what, v: value });
  }
}

const entries: MarkedEntry[] = [];
let langTurn = 0;
const nextLang = (): Lang => LANGS[langTurn++ % LANGS.length]!;
let containerTurn = 0;
const nextContainer = (): Container => CONTAINERS[containerTurn++ % CONTAINERS.length]!;

for (let round = 0; round < 2; round++) {
  for (const format of TOKEN_FORMATS) {
    const container = nextContainer();
    const lang = nextLang();
    entries.push([lang, `token:${format.id}:${container}`, contain(container, lang, format.name, format.what, mark("api_key", format.make()))]);
  }
}
for (let round = 0; round < 2; round++) {
  for (const negative of TOKEN_NEGATIVES.filter((_, index) => round === 0 || index % 2 === 1)) {
    const container = nextContainer();
    const lang = nextLang();
    entries.push([lang, `neg-token:${negative.id}:${negative.kind}`, contain(container, lang, negative.name, negative.what, negative.value())]);
  }
}

// ---------------------------------------------------------------- credential files and commands

interface FileShape {
  id: string;
  file: string;
  positive: () => string;
  negative: () => [kind: string, text: string];
}

const user = () => t.pick(["deploy", "svc_api", "etl", "ci-bot", "backup", "app"]);
const pw = () => t.generatedPassword();

const FILES: FileShape[] = [
  {
    id: "netrc",
    file: "~/.netrc",
    positive: () =>
      `machine api.heroku.com\n  login ana.ferreira@example.org\n  password ${mark("password", t.hex(8) + "-" + t.hex(4) + "-" + t.hex(4) + "-" + t.hex(4) + "-" + t.hex(12))}`,
    negative: () => ["placeholder", "machine api.heroku.com\n  login <your-email>\n  password <your-api-key>"],
  },
  {
    id: "pgpass",
    file: "~/.pgpass",
    positive: () => `db-${t.int(9)}.internal.lan:5432:billing:${user()}:${mark("password", pw())}`,
    negative: () => ["template", "hostname:port:database:username:password"],
  },
  {
    id: "npmrc",
    file: ".npmrc",
    positive: () => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${mark("api_key", t.npm())}`,
    negative: () => ["env-ref", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}"],
  },
  {
    id: "pypirc",
    file: "~/.pypirc",
    positive: () => `[distutils]\nindex-servers = pypi\n\n[pypi]\n  username = __token__\n  password = ${mark("api_key", t.pypi())}`,
    negative: () => ["placeholder", "[distutils]\nindex-servers = pypi\n\n[pypi]\n  username = __token__\n  password = <your PyPI API token>"],
  },
  {
    id: "aws-credentials",
    file: "~/.aws/credentials",
    positive: () => {
      const [id, secret] = t.awsPair();
      return `[default]\naws_access_key_id = ${mark("api_key", id)}\naws_secret_access_key = ${mark("api_key", secret)}\nregion = eu-central-1`;
    },
    negative: () => [
      "documented",
      `[default]\naws_access_key_id = ${DOCUMENTED.awsKeyId}\naws_secret_access_key = ${DOCUMENTED.awsSecret}\nregion = us-west-2`,
    ],
  },
  {
    id: "kubeconfig",
    file: "~/.kube/config",
    positive: () =>
      `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.20.0.1:6443\nusers:\n- name: ci\n  user:\n    token: ${mark("jwt", t.jwt({ iss: "kubernetes/serviceaccount", sub: "system:serviceaccount:ci:deployer", "kubernetes.io/serviceaccount/namespace": "ci" }))}`,
    negative: () => [
      "exec-plugin",
      "apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.20.0.1:6443\nusers:\n- name: ci\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]",
    ],
  },
  {
    id: "k8s-secret",
    file: "secret.yaml",
    positive: () =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${b64(user())}\n  password: ${mark("password", b64(pw()))}`,
    negative: () => [
      "placeholder",
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${b64("admin")}\n  password: ${b64("changeme")}  # replace before applying`,
    ],
  },
  {
    id: "docker-config",
    file: "~/.docker/config.json",
    positive: () => `{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "${mark("password", b64(`${user()}:${pw()}`))}"\n    }\n  }\n}`,
    negative: () => ["creds-store", `{\n  "auths": {\n    "registry.gitlab.com": {}\n  },\n  "credsStore": "desktop"\n}`],
  },
  {
    id: "tfvars",
    file: "prod.tfvars",
    positive: () => `region      = "eu-west-1"\ninstance    = "db.t3.medium"\ndb_username = "${user()}"\ndb_password = "${mark("password", pw())}"`,
    negative: () => [
      "secret-manager",
      `region      = "eu-west-1"\ninstance    = "db.t3.medium"\ndb_username = "app"\ndb_password_secret_arn = "arn:aws:secretsmanager:eu-west-1:${t.digits(12)}:secret:prod/db-${t.chars("ABCDEFabcdef0123456789", 6)}"`,
    ],
  },
  {
    id: "jenkins",
    file: "Jenkinsfile",
    positive: () =>
      `pipeline {\n  agent any\n  environment {\n    GITLAB_TOKEN = '${mark("api_key", t.gitlab())}'\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}`,
    negative: () => [
      "env-ref",
      "pipeline {\n  agent any\n  environment {\n    GITLAB_TOKEN = credentials('gitlab-deploy-token')\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}",
    ],
  },
  {
    id: "curl-u",
    file: "deploy.sh",
    positive: () => `curl -sf -u admin:${mark("password", pw())} https://jenkins.internal.lan/job/nightly/build`,
    negative: () => ["env-ref", 'curl -sf -u "$JENKINS_USER:$JENKINS_API_TOKEN" https://jenkins.internal.lan/job/nightly/build'],
  },
  {
    id: "curl-bearer",
    file: "notes.txt",
    positive: () => `curl https://api.openai.com/v1/models -H "Authorization: Bearer ${mark("api_key", t.llmKey("openai"))}"`,
    negative: () => ["env-ref", 'curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"'],
  },
  {
    id: "git-remote",
    file: ".git/config",
    positive: () =>
      `[remote "origin"]\n\turl = https://x-access-token:${mark("api_key", t.github("ghs"))}@github.com/acme/shop-api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*`,
    negative: () => ["ssh-remote", '[remote "origin"]\n\turl = git@github.com:acme/shop-api.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*'],
  },
  {
    id: "basic-auth",
    file: "request.log",
    positive: () =>
      `> GET /api/v2/orders HTTP/1.1\n> Host: erp.internal.lan\n> Authorization: Basic ${mark("password", b64(`${user()}:${pw()}`))}\n< HTTP/1.1 403 Forbidden`,
    negative: () => [
      "placeholder",
      "> GET /api/v2/orders HTTP/1.1\n> Host: erp.internal.lan\n> Authorization: Basic <base64(user:password)>\n< HTTP/1.1 403 Forbidden",
    ],
  },
  {
    id: "postgres-uri",
    file: "settings.py",
    positive: () =>
      `DATABASES = {"default": dj_database_url.parse("${mark("connection_string", `postgresql://${user()}:${pw().replace(/[@/#?:%]/g, "x")}@db-${t.int(9)}.internal.lan:5432/orders`)}")}`,
    negative: () => ["no-password", 'DATABASES = {"default": dj_database_url.parse("postgresql://app@db-3.internal.lan:5432/orders?sslmode=verify-full")}'],
  },
  {
    id: "broker-uri",
    file: "celeryconfig.py",
    positive: () =>
      `broker_url = "${mark("connection_string", `amqp://${user()}:${t.chars("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20)}@rabbit.internal.lan:5672/jobs`)}"\nresult_backend = "${mark("connection_string", `redis://:${t.chars("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24)}@cache.internal.lan:6379/1`)}"`,
    negative: () => ["documented-default", 'broker_url = "amqp://guest:guest@localhost:5672//"\nresult_backend = "redis://localhost:6379/0"'],
  },
  {
    id: "mongodb-uri",
    file: "config.yaml",
    positive: () =>
      `mongo:\n  uri: ${mark("connection_string", `mongodb+srv://${user()}:${t.chars("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)}@cluster0.${t.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5)}.mongodb.net/shop`)}\n  pool: 20`,
    negative: () => ["template", "mongo:\n  uri: mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/shop\n  pool: 20"],
  },
  {
    id: "azure-storage",
    file: "local.settings.json",
    positive: () =>
      `{\n  "Values": {\n    "AzureWebJobsStorage": "${mark("connection_string", `DefaultEndpointsProtocol=https;AccountName=acmelogs${t.int(90) + 10};AccountKey=${t.azureAccountKey()};EndpointSuffix=core.windows.net`)}"\n  }\n}`,
    negative: () => [
      "documented-default",
      '{\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"\n  }\n}',
    ],
  },
  {
    id: "gcp-service-account",
    file: "sa-key.json",
    positive: () =>
      `{\n  "type": "service_account",\n  "project_id": "acme-analytics",\n  "private_key_id": "${t.hex(40)}",\n  "private_key": "${mark("private_key", `-----BEGIN PRIVATE KEY-----\\n${t.base64(64)}\\n${t.base64(64)}\\n${t.base64(40)}\\n-----END PRIVATE KEY-----\\n`)}",\n  "client_email": "etl@acme-analytics.iam.gserviceaccount.com"\n}`,
    negative: () => [
      "redacted",
      `{\n  "type": "service_account",\n  "project_id": "acme-analytics",\n  "private_key_id": "[REDACTED]",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n[REDACTED]\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl@acme-analytics.iam.gserviceaccount.com"\n}`,
    ],
  },
  {
    id: "pem-key",
    file: "deploy_key.pem",
    positive: () => mark("private_key", t.privateKey(t.pick(["rsa", "pkcs8", "ec"] as const))),
    negative: () => ["public-key", `-----BEGIN PUBLIC KEY-----\n${t.pemBody(5, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A")}\n-----END PUBLIC KEY-----`],
  },
  {
    id: "openssh-key",
    file: "~/.ssh/id_ed25519",
    positive: () => mark("private_key", t.privateKey("openssh")),
    negative: () => ["public-key", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${t.base64(43)} ana@thinkpad\n# fingerprint: SHA256:${t.base64(43)}`],
  },
  {
    id: "jwt-header",
    file: "har-export.txt",
    positive: () =>
      `:authority: api.acme.io\n:path: /v1/me\nauthorization: Bearer ${mark("jwt", t.jwt({ sub: t.uuid(), email_verified: true, exp: 1796000000 + t.int(9000000) }))}`,
    negative: () => ["documented", `:authority: api.acme.io\n:path: /v1/me\nauthorization: Bearer ${DOCUMENTED.jwtIo}`],
  },
];

const fileFrame = (lang: Lang, file: string, body: string) => {
  const frames = FRAMES[lang];
  return `${fill(frames.intro, { file })}\n${body}\n${t.pick(frames.ask)}`;
};

for (const shape of FILES) {
  const lang = nextLang();
  entries.push([lang, `file:${shape.id}:file`, fileFrame(lang, shape.file, shape.positive())]);
}
for (const shape of FILES) {
  const lang = nextLang();
  const [kind, text] = shape.negative();
  entries.push([lang, `neg-file:${shape.id}:${kind}`, fileFrame(lang, shape.file, text)]);
}
// a second positive of every file shape, pasted into a chat, a ticket or an e-mail (the file as the value's carrier)
for (const shape of FILES) {
  const lang = nextLang();
  const container = t.pick(["chat", "ticket", "email"] as const);
  const frames = FRAMES[lang];
  entries.push([lang, `file:${shape.id}:${container}`, fill(frames[container], { what: shape.file, v: `\n${shape.positive()}\n` })]);
}

// ---------------------------------------------------------------- passwords with the cue words of nine languages

for (const lang of LANGS) {
  const frames = FRAMES[lang];
  frames.passwordGiven.forEach((template, index) => entries.push([lang, `password:cue-${index}:prose`, fill(template, { v: mark("password", t.password()) })]));
  frames.passwordTalk.forEach((template, index) => entries.push([lang, `neg-password:cue-${index}:rule-or-example`, fill(template, { v: t.password() })]));
}

// ---------------------------------------------------------------- passwords on command lines (shell history)

const COMMANDS: Array<[id: string, positive: (secret: string) => string, negative: string]> = [
  ["mysql", (secret) => `mysql -u root -p${secret} shop`, "mysql -u root -p shop"],
  ["sshpass", (secret) => `sshpass -p '${secret}' ssh deploy@10.0.4.12`, "sshpass -f ~/.config/deploy.pass ssh deploy@10.0.4.12"],
  ["pgpassword", (secret) => `PGPASSWORD=${secret} psql -h db-2.internal.lan -U app orders`, "PGPASSWORD=$DB_PASS psql -h db-2.internal.lan -U app orders"],
  [
    "docker-login",
    (secret) => `docker login -u ci-bot -p ${secret} registry.gitlab.com`,
    "cat ~/ci-token.txt | docker login -u ci-bot --password-stdin registry.gitlab.com",
  ],
  ["htpasswd", (secret) => `htpasswd -b /etc/nginx/.htpasswd admin ${secret}`, "htpasswd /etc/nginx/.htpasswd admin"],
  ["redis-cli", (secret) => `redis-cli -h cache.internal.lan -a ${secret} INFO`, 'redis-cli -h cache.internal.lan -a "$REDIS_PASSWORD" INFO'],
  ["smbclient", (secret) => `smbclient //fs01/finance -U jdoe%${secret}`, "smbclient //fs01/finance -U jdoe -k"],
  ["net-use", (secret) => `net use Z: \\\\fs01\\share /user:ACME\\jdoe ${secret}`, "net use Z: \\\\fs01\\share /user:ACME\\jdoe *"],
  ["sudo-S", (secret) => `echo '${secret}' | sudo -S systemctl restart nginx`, "sudo systemctl restart nginx"],
  ["mongosh", (secret) => `mongosh "mongodb://10.0.3.7:27017/admin" -u root -p ${secret}`, 'mongosh "mongodb://10.0.3.7:27017/admin" -u root -p'],
];
COMMANDS.forEach(([id, positive, negative], index) => {
  const lang = nextLang();
  const history = (line: string, language: Lang = lang) =>
    `~/.bash_history:\n  ${300 + t.int(600)}  ${line}\n  ${900 + t.int(90)}  exit\n${t.pick(FRAMES[language].ask)}`;
  entries.push([lang, `command:${id}:shell`, history(positive(mark("password", t.generatedPassword().replace(/['%!#]/g, "x"))))]);
  if (index < 8) {
    const other = nextLang();
    entries.push([other, `neg-command:${id}:no-value`, history(negative, other)]);
  }
});

// ---------------------------------------------------------------- keys without a prefix, after each language's cue word

const KEPT_AT = [
  "vault:secret/data/shop/weather#api_key",
  "op://Shop/Weather API/credential",
  "/prod/shop/weather/api-key (SSM Parameter Store)",
  "https://shop-kv.vault.azure.net/secrets/weather-api-key",
  "projects/shop-prod/secrets/weather-api-key/versions/latest",
  "${WEATHER_API_KEY}",
];
LANGS.forEach((lang, index) => {
  const frames = FRAMES[lang];
  const given = (value: string) => fill(frames.keyGiven, { cue: frames.keyCue, v: value });
  const generic = [
    () => t.hex(32),
    () => `${t.hex(32)}-us${1 + t.int(20)}`,
    () => t.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 40),
  ][index % 3]!;
  entries.push([lang, "generic:cue-key:prose", given(mark("api_key", generic()))]);
  if (index % 2 === 0) entries.push([lang, "generic:cue-key-uuid:prose", given(mark("api_key", t.uuid()))]);
  entries.push([lang, "neg-generic:cue-key:kept-at", fill(frames.keyKept, { cue: frames.keyCue, v: KEPT_AT[index % KEPT_AT.length]! })]);
  if (index % 2 === 1) entries.push([lang, "neg-generic:cue-key:redacted", given(`${"•".repeat(28)}${t.hex(4)}`)]);
});

export const ENTRIES: readonly MarkedEntry[] = entries;
