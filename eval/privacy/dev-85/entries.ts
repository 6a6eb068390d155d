/**
 * dev-85 entries: a grid of secret kinds × the containers they leak in, generated from a seed (no hand-picked
 * examples). Kinds: human passwords (memorable, passphrase, leet, with spaces), Wi-Fi keys, PINs and door / alarm /
 * locker codes, security-question answers, recovery codes, TOTP seeds, BIP39 seed phrases, SSH and PGP private-key
 * blocks, database URLs and DSNs, cloud and service keys with and without a fixed prefix (AWS secret access key, Azure
 * storage key, GCP service-account `private_key`, Slack, Discord and Telegram bot tokens, Twilio, SendGrid, Mailgun,
 * Shopify, npm, PyPI), session cookies, bearer tokens, Basic-auth headers, `.pgpass`, `.netrc`, docker `config.json`
 * auths, kubeconfig `client-key-data` and Wi-Fi QR strings. Containers: prose (a chat to a friend, a ticket to IT, an
 * e-mail to a new hire), Python / JS / Java / C# / Go / Ruby / PHP / Rust source, .env, compose / Kubernetes / GitHub
 * Actions YAML, TOML, INI, JSON, web.config and Maven settings.xml, shell history and one-liners, CI logs, password
 * manager CSV exports (1Password, Bitwarden, KeePass, Chrome) and a browser's saved-password screen read by OCR; some
 * prompts in German, French, Spanish and Japanese. Hard negatives from the same grid: placeholders, environment and
 * secret-manager references, documented examples, hashes stored as such (docs/privacy.md "References, not values":
 * hashes are not values), public keys, checksums, UUIDs, commit SHAs, request ids, redacted logs and questions about
 * password policy. `kind` is `<container family>:<secret kind>:<category>` or `neg-<container family>:<secret
 * kind>:<what>`. Our own invented text; every person is invented, every secret random.
 */
import { entropyToMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import type { MarkedEntry } from "../marked-prompts.js";

/** mulberry32 (`createSeededRandom`): the set's only source of randomness, so `npx tsx eval/privacy/dev-85.ts` rebuilds the same files. */
const rng = createSeededRandom(85);
const int = (n: number) => Math.floor(rng() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const draw = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join("");
const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const B64 = ALNUM + "+/";
const B64URL = ALNUM + "-_";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
const base64 = (data: Uint8Array | string) => Buffer.from(data).toString("base64");
const mark = (category: string, value: string) => `⟦${category}|${value}⟧`;

// ---------------------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------------------

const WORDS = ["Marigold", "Copper", "Lantern", "Harbor", "Juniper", "Falcon", "Cobalt", "Meadow", "Saffron", "Thistle", "Walnut", "Ember"];
const MORE_WORDS = ["Velvet", "Orchid", "Granite", "Pebble", "Quartz", "Willow", "Tundra", "Maple", "Otter", "Biscuit", "Comet", "Fjord"];
const SYMBOLS = "!#$%&*?@+";
const LEET: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" };

const human = {
  memorable: () => `${pick(WORDS)}${pick(MORE_WORDS)}${10 + int(90)}${pick([...SYMBOLS])}`,
  passphrase: () => `${pick(WORDS).toLowerCase()}-${pick(MORE_WORDS).toLowerCase()}-${pick(WORDS).toLowerCase()}-${10 + int(90)}`,
  leet: () => {
    const word = `${pick(MORE_WORDS)}${pick(WORDS)}`.toLowerCase();
    return [...word].map((c, i) => (i === 0 ? c.toUpperCase() : (LEET[c] ?? c))).join("") + pick([...SYMBOLS]) + (1 + int(9));
  },
  spaced: () =>
    `${pick(["my", "our", "the"])} ${pick(WORDS).toLowerCase()} ${pick(["ate", "loves", "hates", "found"])} ${int(90) + 10} ${pick(MORE_WORDS).toLowerCase()}s${pick(["!", "?", "."])}`,
  random: () => draw(ALNUM, 6) + pick([...SYMBOLS]) + draw(ALNUM, 7) + String(int(10)),
};
const anyHuman = () => pick([human.memorable, human.passphrase, human.leet, human.random])();

const telegram = () => `${String(5_000_000_000 + int(2_000_000_000))}:AA${draw(B64URL, 33)}`;
const discord = () => {
  const id = String(1_100_000_000_000_000_000n + BigInt(int(2 ** 30)) * 100_000_000n);
  return `${base64(id).replace(/=+$/, "")}.${draw(B64URL, 6)}.${draw(B64URL, 38)}`;
};

/** A short but well-formed OpenSSH private key block (the base64 opens with `openssh-key-v1\0`, `none`, `none`). */
function opensshKey(): string {
  const body = Buffer.concat([
    Buffer.from("openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed25519", "latin1"),
    Buffer.from(bytes(150)),
  ]);
  const text = body.toString("base64");
  const lines = text.match(/.{1,70}/g)!;
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`;
}
function pemBody(openingBytes: number[], length: number): string[] {
  return base64(Uint8Array.from([...openingBytes, ...bytes(length)])).match(/.{1,64}/g)!;
}
const rsaPem = () =>
  `-----BEGIN RSA PRIVATE KEY-----\n${pemBody([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 180).join("\n")}\n-----END RSA PRIVATE KEY-----\n`;
const pkcs8Escaped = () =>
  `-----BEGIN PRIVATE KEY-----\\n${pemBody([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00], 170).join("\\n")}\\n-----END PRIVATE KEY-----\\n`;
const pgpKey = () =>
  `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${base64(Uint8Array.from([0x95, 0x03, 0x98, 0x04, ...bytes(130)]))
    .match(/.{1,64}/g)!
    .join("\n")}\n=${draw(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
const bip39 = () => entropyToMnemonic(bytes(16), wordlist);
const jwt = () => {
  const header = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const payload = Buffer.from(JSON.stringify({ sub: String(10_000 + int(90_000)), scope: "read write", exp: 1_797_000_000 + int(9_000_000) })).toString(
    "base64url",
  );
  return `${header}.${payload}.${draw(B64URL, 43)}`;
};

type Secret = { key: string; category: string; value: () => string; what: string };

/** The kinds a config file or source file holds under a key: the grid's first axis. */
const KEYED: Secret[] = [
  { what: "db-password", key: "DB_PASSWORD", category: "password", value: anyHuman },
  { what: "smtp-password", key: "SMTP_PASSWORD", category: "password", value: human.random },
  { what: "aws-secret", key: "AWS_SECRET_ACCESS_KEY", category: "api_key", value: () => draw(ALNUM + "/+", 40) },
  { what: "azure-storage", key: "AZURE_STORAGE_KEY", category: "api_key", value: () => base64(bytes(64)) },
  {
    what: "slack-bot",
    key: "SLACK_BOT_TOKEN",
    category: "api_key",
    value: () => `xoxb-${draw("0123456789", 12)}-${draw("0123456789", 13)}-${draw(ALNUM, 24)}`,
  },
  { what: "discord-bot", key: "DISCORD_TOKEN", category: "api_key", value: discord },
  { what: "telegram-bot", key: "TELEGRAM_BOT_TOKEN", category: "api_key", value: telegram },
  { what: "twilio", key: "TWILIO_AUTH_TOKEN", category: "api_key", value: () => draw(HEX, 32) },
  { what: "sendgrid", key: "SENDGRID_API_KEY", category: "api_key", value: () => `SG.${draw(B64URL, 22)}.${draw(B64URL, 43)}` },
  { what: "mailgun", key: "MAILGUN_API_KEY", category: "api_key", value: () => `${draw(HEX, 32)}-${draw(HEX, 8)}-${draw(HEX, 8)}` },
  { what: "shopify", key: "SHOPIFY_ACCESS_TOKEN", category: "api_key", value: () => `shpat_${draw(HEX, 32)}` },
  { what: "npm", key: "NPM_TOKEN", category: "api_key", value: () => `npm_${draw(ALNUM, 36)}` },
  { what: "pypi", key: "PYPI_API_TOKEN", category: "api_key", value: () => `pypi-AgEIcHlwaS5vcmcCJD${draw(B64URL, 60)}` },
  {
    what: "database-url",
    key: "DATABASE_URL",
    category: "connection_string",
    value: () =>
      `postgres://${pick(["app", "billing", "etl"])}:${draw(ALNUM, 8)}${pick(["!", "*", "~", "-", "_"])}${draw(ALNUM, 6)}@db-${int(9) + 1}.internal.lan:5432/${pick(["orders", "ledger", "crm"])}`,
  },
  {
    what: "mongodb-url",
    key: "MONGO_URI",
    category: "connection_string",
    value: () => `mongodb+srv://svc_api:${draw(ALNUM, 16)}@cluster0.${draw("abcdefghijklmnopqrstuvwxyz0123456789", 5)}.mongodb.net/shop`,
  },
  { what: "totp-seed", key: "TOTP_SECRET", category: "credentials", value: () => draw(BASE32, 32) },
  { what: "session-cookie", key: "SESSION_COOKIE", category: "credentials", value: () => `s%3A${draw(B64URL, 32)}.${draw(ALNUM, 43)}` },
  { what: "bearer-jwt", key: "API_BEARER_TOKEN", category: "jwt", value: jwt },
  { what: "bearer-opaque", key: "ACCESS_TOKEN", category: "api_key", value: () => draw(ALNUM, 48) },
  { what: "jwt-secret", key: "JWT_SIGNING_SECRET", category: "api_key", value: () => draw(HEX, 64) },
];

// ---------------------------------------------------------------------------------------------------------------------
// Containers of a keyed value
// ---------------------------------------------------------------------------------------------------------------------

type Rhs = { literal: string } | { ref: true };
type Container = { name: string; family: string; render: (key: string, rhs: Rhs) => string };

const QUESTIONS: Record<string, string[]> = {
  en: [
    "why does this fail on startup?",
    "can you review this before I merge?",
    "is the syntax right?",
    "it works locally but not on the server, why?",
    "convert this to the other format please",
  ],
  de: ["warum schlägt das beim Start fehl?", "kannst du das vor dem Merge prüfen?", "stimmt die Syntax so?"],
  fr: ["pourquoi ça plante au démarrage ?", "tu peux relire avant que je merge ?", "la syntaxe est bonne ?"],
  es: ["¿por qué falla al arrancar?", "¿puedes revisarlo antes de hacer merge?", "¿está bien la sintaxis?"],
  ja: ["起動時にエラーになるのはなぜ？", "マージ前にレビューしてもらえますか？", "この書き方で合っていますか？"],
};
const camel = (key: string) => key.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (key: string) => camel(key).replace(/^./, (c) => c.toUpperCase());
const lower = (key: string) => key.toLowerCase();
const quoted = (rhs: Rhs, q: string, ref: string) => ("literal" in rhs ? `${q}${rhs.literal}${q}` : ref);

const CONTAINERS: Container[] = [
  {
    name: "env",
    family: "config",
    render: (k, r) => `.env on the staging box:\nNODE_ENV=production\nPORT=8080\n${k}=${"literal" in r ? r.literal : `\${VAULT_${k}}`}\nLOG_LEVEL=info`,
  },
  {
    name: "compose",
    family: "config",
    render: (k, r) =>
      `docker-compose.yml:\nservices:\n  api:\n    image: registry.internal.lan/api:1.14.2\n    environment:\n      ${k}: ${quoted(r, '"', `\${${k}:?set it in the shell}`)}\n      TZ: Europe/Berlin`,
  },
  {
    name: "k8s",
    family: "config",
    render: (k, r) =>
      `deployment.yaml (excerpt):\n      containers:\n        - name: worker\n          image: ghcr.io/lumen-labs/worker:2.3.0\n          env:\n            - name: ${k}\n${"literal" in r ? `              value: "${r.literal}"` : `              valueFrom:\n                secretKeyRef:\n                  name: worker-secrets\n                  key: ${lower(k).replace(/_/g, "-")}`}`,
  },
  {
    name: "gha",
    family: "config",
    render: (k, r) =>
      `.github/workflows/release.yml:\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      ${k}: ${"literal" in r ? r.literal : `\${{ secrets.${k} }}`}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/release.sh`,
  },
  {
    name: "toml",
    family: "config",
    render: (k, r) =>
      `config.toml:\n[service]\nname = "ledger-sync"\n${lower(k)} = ${quoted(r, '"', `"vault:secret/data/ledger-sync#${lower(k)}"`)}\ntimeout_secs = 30`,
  },
  {
    name: "ini",
    family: "config",
    render: (k, r) => `settings.ini:\n[integration]\nenabled = true\n${lower(k)} = ${"literal" in r ? r.literal : `%(ENV_${k})s`}\nretries = 3`,
  },
  {
    name: "json",
    family: "config",
    render: (k, r) => `appsettings.json:\n{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "${pascal(k)}": ${quoted(r, '"', `"#{${k}}#"`)}\n}`,
  },
  {
    name: "webconfig",
    family: "config",
    render: (k, r) =>
      `web.config:\n<configuration>\n  <appSettings>\n    <add key="${pascal(k)}" value="${"literal" in r ? r.literal : `%${k}%`}" />\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "python",
    family: "code",
    render: (k, r) => `settings.py:\nDEBUG = False\n${k} = ${quoted(r, '"', `os.environ["${k}"]`)}\nALLOWED_HOSTS = ["api.internal.lan"]`,
  },
  {
    name: "js",
    family: "code",
    render: (k, r) => `config.js:\nexport const config = {\n  port: 3000,\n  ${camel(k)}: ${quoted(r, '"', `process.env.${k}`)},\n};`,
  },
  {
    name: "java",
    family: "code",
    render: (k, r) => `public final class Secrets {\n    static final String ${k} = ${quoted(r, '"', `System.getenv("${k}")`)};\n}`,
  },
  {
    name: "csharp",
    family: "code",
    render: (k, r) => `Program.cs:\nvar ${camel(k)} = ${quoted(r, '"', `builder.Configuration["${pascal(k)}"]`)};\nvar app = builder.Build();`,
  },
  {
    name: "go",
    family: "code",
    render: (k, r) => `main.go:\nvar ${camel(k)} = ${quoted(r, '"', `os.Getenv("${k}")`)}\n\nfunc main() {\n\tlog.Println("starting")\n}`,
  },
  {
    name: "ruby",
    family: "code",
    render: (k, r) => `config/initializers/keys.rb:\n${k} = ${quoted(r, "'", `ENV.fetch('${k}')`)}\nRails.logger.info("keys loaded")`,
  },
  { name: "php", family: "code", render: (k, r) => `config.php:\n<?php\ndefine('${k}', ${quoted(r, "'", `getenv('${k}')`)});\ndefine('APP_DEBUG', false);` },
  {
    name: "rust",
    family: "code",
    render: (k, r) => `src/config.rs:\n${"literal" in r ? `const ${k}: &str = "${r.literal}";` : `let ${lower(k)} = std::env::var("${k}")?;`}`,
  },
  {
    name: "shell-history",
    family: "shell",
    render: (k, r) =>
      `output of history | tail -4:\n  511  cd ~/deploy\n  512  export ${k}=${"literal" in r ? `'${r.literal}'` : `"$(pass show deploy/${lower(k)})"`}\n  513  ./deploy.sh --env prod\n  514  history | tail -4`,
  },
  {
    name: "ci-log",
    family: "ci-log",
    render: (k, r) =>
      `GitLab CI job log:\n$ echo "deploying build 4812"\ndeploying build 4812\n$ env | grep ${k.split("_")[0]}\n${k}=${"literal" in r ? r.literal : "[MASKED]"}\n$ ./deploy.sh\nERROR: upstream returned 401`,
  },
];

const PROSE_KEYED: Record<string, (label: string, value: string) => string> = {
  "ticket-en": (l, v) => `Ticket for IT: the nightly export broke after the rotation. The new ${l} is ${v} — can someone update the job? Thanks, Priya`,
  "chat-en": (l, v) => `hey can you paste this into the server config for me, the ${l} is ${v} and I'm on my phone`,
  "email-de": (l, v) => `Hallo Jonas, willkommen im Team! Für den Staging-Zugang brauchst du den ${l}: ${v}. Bitte nicht weitergeben. Viele Grüße, Katrin`,
  "email-fr": (l, v) => `Bonjour Lucie, bienvenue ! Pour l'environnement de test, voici le ${l} : ${v}. Garde-le pour toi. Bonne journée, Marc`,
  "ticket-es": (l, v) => `Incidencia para sistemas: el ${l} nuevo es ${v}, ¿podéis actualizar el servidor de pruebas? Gracias, Lucía`,
  "chat-ja": (l, v) => `ステージングの${l}は ${v} です。設定ファイルに入れておいてもらえますか？`,
};
const PROSE_LANG: Record<string, string> = { "ticket-en": "en", "chat-en": "en", "email-de": "de", "email-fr": "fr", "ticket-es": "es", "chat-ja": "ja" };
const LABELS: Record<string, string> = {
  "db-password": "database password",
  "smtp-password": "SMTP password",
  "aws-secret": "AWS secret access key",
  "azure-storage": "Azure storage key",
  "slack-bot": "Slack bot token",
  "discord-bot": "Discord bot token",
  "telegram-bot": "Telegram bot token",
  twilio: "Twilio auth token",
  sendgrid: "SendGrid key",
  mailgun: "Mailgun API key",
  shopify: "Shopify access token",
  npm: "npm token",
  pypi: "PyPI token",
  "database-url": "DATABASE_URL",
  "mongodb-url": "MongoDB URI",
  "totp-seed": "TOTP secret",
  "session-cookie": "session cookie",
  "bearer-jwt": "bearer token",
  "bearer-opaque": "access token",
  "jwt-secret": "JWT signing secret",
};

const PLACEHOLDERS = ["changeme", "<password>", "your_api_key_here", "xxxxxxxxxxxxxxxx", "********", "REPLACE_ME", "<insert-token>", "TODO"];
const REDACTED = ["[REDACTED]", "****************", "<redacted>", "••••••••"];

function withQuestion(text: string, lang: string): string {
  return `${text}\n${pick(QUESTIONS[lang]!)}`;
}

function keyedGrid(): { sensitive: MarkedEntry[]; negatives: MarkedEntry[] } {
  const sensitive: MarkedEntry[] = [];
  const negatives: MarkedEntry[] = [];
  let cursor = int(CONTAINERS.length);
  const next = () => CONTAINERS[cursor++ % CONTAINERS.length]!;
  const proseNames = Object.keys(PROSE_KEYED);
  KEYED.forEach((secret, index) => {
    // Two containers for the value itself, one for a reference to it, one for a placeholder or a redaction.
    for (let n = 0; n < 2; n++) {
      const container = next();
      const lang = rng() < 0.18 ? pick(["de", "fr", "es", "ja"]) : "en";
      sensitive.push([
        lang,
        `${container.family}:${secret.what}:${secret.category}`,
        withQuestion(container.render(secret.key, { literal: mark(secret.category, secret.value()) }), lang),
      ]);
    }
    const prose = proseNames[index % proseNames.length]!;
    sensitive.push([
      PROSE_LANG[prose]!,
      `prose:${secret.what}:${secret.category}`,
      PROSE_KEYED[prose]!(LABELS[secret.what]!, mark(secret.category, secret.value())),
    ]);
    const refContainer = next();
    const lang = rng() < 0.18 ? pick(["de", "fr", "es", "ja"]) : "en";
    negatives.push([lang, `neg-${refContainer.family}:${secret.what}:reference`, withQuestion(refContainer.render(secret.key, { ref: true }), lang)]);
    const placeContainer = next();
    const isLog = placeContainer.name === "ci-log" || placeContainer.name === "shell-history";
    const filler = isLog ? pick(REDACTED) : pick(PLACEHOLDERS);
    negatives.push([
      "en",
      `neg-${placeContainer.family}:${secret.what}:${isLog ? "redacted" : "placeholder"}`,
      withQuestion(placeContainer.render(secret.key, { literal: filler }), "en"),
    ]);
  });
  return { sensitive, negatives };
}

// ---------------------------------------------------------------------------------------------------------------------
// Human secrets in prose, password managers, OCR and one-liners
// ---------------------------------------------------------------------------------------------------------------------

const FIRST = ["Mara", "Tobias", "Ines", "Kofi", "Yuki", "Sanna", "Rafael", "Leonie", "Dmitri", "Hana", "Oskar", "Beatriz"];
const LAST = ["Lindqvist", "Okafor", "Brandt", "Ferreira", "Nakamura", "Holm", "Varga", "Castellanos", "Petrov", "Moreau"];
const email = () =>
  `${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}${10 + int(89)}@${pick(["gmail.com", "outlook.com", "gmx.de", "yahoo.fr", "proton.me"])}`;
const SITES = ["netflix.com", "amazon.de", "github.com", "paypal.com", "booking.com", "spotify.com", "ebay.fr", "steampowered.com"];

const PASSWORD_PROSE: Array<[string, (v: string) => string]> = [
  ["en", (v) => `ok the netflix login for the cabin weekend is our usual email and the password is ${v}, don't change it pls`],
  ["en", (v) => `Hi IT, I can't log in to the VPN since Monday. I've been typing ${v} which worked last week. Can you check if my account is locked?`],
  ["en", (v) => `Welcome aboard, Sam! Your first-day laptop login is sam.reyes / ${v} — you'll be asked to change it at first sign-in.`],
  ["de", (v) => `Schatz, das Passwort für das Amazon-Konto ist ${v}, bestell bitte die Druckerpatronen`],
  ["fr", (v) => `Salut, le mot de passe de la box pour l'appli de la banque c'est ${v}, tu peux regarder le relevé ?`],
  ["es", (v) => `Te paso mi contraseña del correo del trabajo: ${v}. Revisa si llegó la factura, porfa`],
  ["ja", (v) => `会社のメールのパスワードは ${v} です。代わりに確認してもらえますか？`],
  ["en", (v) => `Is ${v} a strong enough password for my bank account or should I change it?`],
];

const PM_EXPORTS: Array<[string, (site: string, user: string, v: string) => string]> = [
  [
    "1password",
    (s, u, v) =>
      `1Password export (CSV), why won't Bitwarden import it?\nTitle,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n${s},https://www.${s},${u},${v},,false,false,,`,
  ],
  [
    "bitwarden",
    (s, u, v) =>
      `Bitwarden export, the columns look shifted:\nfolder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nPersonal,,login,${s},,,0,https://${s},${u},${v},`,
  ],
  [
    "keepass",
    (s, u, v) =>
      `KeePassXC CSV export — how do I import this into Apple Passwords?\n"Group","Title","Username","Password","URL","Notes"\n"Root","${s}","${u}","${v}","https://${s}",""`,
  ],
  ["chrome", (s, u, v) => `Chrome passwords.csv, can you sort it by site?\nname,url,username,password,note\n${s},https://www.${s}/login,${u},${v},`],
];

function humanGrid(): { sensitive: MarkedEntry[]; negatives: MarkedEntry[] } {
  const sensitive: MarkedEntry[] = [];
  const negatives: MarkedEntry[] = [];
  const forms = Object.entries(human).filter(([name]) => name !== "random");
  PASSWORD_PROSE.forEach(([lang, render], index) => {
    const [form, make] = forms[index % forms.length]!;
    sensitive.push([lang, `prose:password-${form}:password`, render(mark("password", make()))]);
  });
  PM_EXPORTS.forEach(([app, render], index) => {
    for (let n = 0; n < 2; n++) {
      const [form, make] = forms[(index * 2 + n) % forms.length]!;
      const withMail = n === 0;
      const user = withMail ? mark("email", email()) : pick(["mara_l", "tobi88", "ines.ferreira", "kofi.o"]);
      sensitive.push(["en", `pm-export:${app}-${form}:password`, render(pick(SITES), user, mark("password", make()))]);
    }
    // Hard negatives: the same export with the password cell empty or masked, and a business shared login's vault
    // template with placeholders.
    negatives.push(["en", `neg-pm-export:${app}:masked`, render(pick(SITES), "admin", pick(["", "********", "<hidden>"]))]);
  });
  for (let n = 0; n < 3; n++) {
    const site = pick(SITES);
    const [form, make] = forms[n % forms.length]!;
    sensitive.push([
      "en",
      `ocr:password-${form}:password`,
      `text from a screenshot of my saved passwords (Chrome on Android), which one is weak?\nPassword Manager\n${site}\nUsername\n${pick(["mara_l", "h.varga", "oskarholm"])}\nPassword\n${mark("password", make())}\nCopy  Edit  Delete`,
    ]);
  }
  negatives.push([
    "en",
    "neg-ocr:password:masked",
    `OCR of my phone's saved-password screen:\nPassword Manager\nspotify.com\nUsername\noskarholm\nPassword\n••••••••••\nwhy does it ask for my fingerprint to show it?`,
  ]);
  negatives.push([
    "en",
    "neg-ocr:password:masked",
    `screenshot text, Safari Passwords:\nebay.fr\nUser name  h.varga\nPassword   Hidden\nCompromised: This password appeared in a data leak. Should I worry?`,
  ]);

  // One-liners with a password on the command line, and the same commands without one.
  const oneLiners: Array<(v: string) => string> = [
    (v) => `curl -u deploy:${v} https://nexus.internal.lan/service/rest/v1/status returns 401, why?`,
    (v) => `mysql -h 10.20.0.14 -u reporting -p'${v}' sales -e "select count(*) from orders"  → ERROR 1045, what's wrong?`,
    (v) => `sshpass -p '${v}' ssh pi@192.168.1.50 'sudo reboot' hangs forever, any idea?`,
    (v) => `PGPASSWORD='${v}' psql -h db-2.internal.lan -U etl warehouse -c '\\dt' says no pg_hba.conf entry`,
  ];
  oneLiners.forEach((render, index) => {
    const [form, make] = forms[index % forms.length]!;
    sensitive.push(["en", `shell:password-${form}:password`, render(mark("password", make()))]);
  });
  negatives.push([
    "en",
    "neg-shell:password:prompt",
    `mysql -h 10.20.0.14 -u reporting -p sales asks me "Enter password:" every time, can I put it in ~/.my.cnf instead?`,
  ]);
  negatives.push([
    "en",
    "neg-shell:password:reference",
    `curl -u "deploy:$NEXUS_TOKEN" https://nexus.internal.lan/service/rest/v1/status — is $NEXUS_TOKEN expanded inside double quotes?`,
  ]);
  negatives.push(["en", "neg-shell:password:placeholder", `sshpass -p '<password>' ssh user@host — the man page example; is sshpass safe to use at all?`]);
  negatives.push([
    "en",
    "neg-shell:password:reference",
    `PGPASSWORD="$(cat /run/secrets/pg_password)" psql -h db -U etl — does this leak the password in ps output?`,
  ]);
  return { sensitive, negatives };
}

// ---------------------------------------------------------------------------------------------------------------------
// Codes, answers, recovery codes, seeds, keys and credential files
// ---------------------------------------------------------------------------------------------------------------------

const pin = (length: number) => String(int(10 ** length)).padStart(length, "0");

function otherGrid(): { sensitive: MarkedEntry[]; negatives: MarkedEntry[] } {
  const c = (value: string) => mark("credentials", value);
  const s: MarkedEntry[] = [];
  const n: MarkedEntry[] = [];
  const ssid = () => `${pick(["Vodafone", "FRITZ!Box 7590", "Livebox", "MOVISTAR", "aterm"])}-${draw("ABCDEF0123456789", 4)}`;

  // Wi-Fi keys and Wi-Fi QR strings
  s.push([
    "en",
    "prose:wifi-key:password",
    `for the party: wifi is ${ssid()} and the key is ${mark("password", human.passphrase())}, can you make a little sign for the door?`,
  ]);
  s.push([
    "de",
    "prose:wifi-key:password",
    `Für die Gäste: WLAN ${ssid()}, Schlüssel ${mark("password", draw("0123456789", 20))} — kannst du daraus eine Karte machen?`,
  ]);
  s.push([
    "fr",
    "prose:wifi-key:password",
    `Le code wifi de la maison c'est ${mark("password", draw("abcdef0123456789", 26))}, tu peux le mettre dans le livret d'accueil ?`,
  ]);
  s.push([
    "en",
    "file:wifi-qr:password",
    `decode this from the QR on our fridge: WIFI:T:WPA;S:${ssid()};P:${mark("password", human.memorable())};; — why won't the TV join?`,
  ]);
  s.push(["ja", "file:wifi-qr:password", `このQRの中身です: WIFI:S:${ssid()};T:WPA;P:${mark("password", draw(ALNUM, 13))};H:false;; ゲスト用の案内文を作って`]);
  n.push(["en", "neg-file:wifi-qr:doc-example", `The zxing wiki shows WIFI:T:WPA;S:mynetwork;P:mypass;; as the format — does the order of the fields matter?`]);
  n.push(["en", "neg-file:wifi-qr:placeholder", `Template for our office sign: WIFI:T:WPA;S:<SSID>;P:<PASSWORD>;; — what does H:true do?`]);

  // PINs and door / alarm / locker codes
  s.push(["en", "prose:pin:credentials", `note for the cat sitter: door code ${c(pin(4) + "#")}, alarm ${c(pin(4))}, food is in the pantry`]);
  s.push(["en", "prose:pin:credentials", `my gym locker is 214 and the code is ${c(pin(4))}, can you grab my bag?`]);
  s.push(["de", "prose:pin:credentials", `Die PIN von meiner EC-Karte ist ${c(pin(4))}, kannst du bitte 50 € abheben?`]);
  s.push(["es", "prose:pin:credentials", `El código del portal es ${c(pin(5))} y la alarma se desactiva con ${c(pin(4))}, para la señora de la limpieza`]);
  s.push(["fr", "prose:pin:credentials", `Le digicode de l'immeuble c'est ${c(`${pick(["A", "B"])}${pin(4)}`)}, et le code du cadenas du vélo ${c(pin(4))}`]);
  s.push(["ja", "prose:pin:credentials", `スマホの暗証番号は ${c(pin(6))} です。写真を送ってもらえますか`]);
  n.push(["en", "neg-prose:pin:policy", `Why do banks insist on a 4-digit PIN when 6 digits would be so much safer? Is 1234 really the most common one?`]);
  n.push(["de", "neg-prose:pin:policy", `Wie viele Versuche habe ich bei der PIN-Eingabe am Automaten, bevor die Karte gesperrt wird?`]);
  n.push(["en", "neg-prose:pin:not-a-code", `my locker is number 2214 on floor 3, the gym closes at 22:00 — can you meet me there?`]);

  // Security-question answers
  s.push([
    "en",
    "prose:security-answer:credentials",
    `keep these for me, the bank asks every time: mother's maiden name: ${c(pick(LAST))}, first pet: ${c(pick(MORE_WORDS))}`,
  ]);
  s.push([
    "de",
    "prose:security-answer:credentials",
    `Sicherheitsfrage bei der Versicherung: Name des ersten Haustiers – ${c(pick(MORE_WORDS))}. Geburtsort der Mutter – ${c("Tübingen")}`,
  ]);
  s.push([
    "es",
    "prose:security-answer:credentials",
    `Pregunta de seguridad del banco: ¿nombre de tu primer colegio? ${c("Colegio San Ildefonso")}. Guárdalo en la nota`,
  ]);
  s.push([
    "en",
    "pm-export:security-answer:credentials",
    `1Password item notes, can you tidy this?\nsecurity Q "childhood street": ${c("Larchmont Avenue")}\nsecurity Q "favourite teacher": ${c("Mrs Abernathy")}`,
  ]);
  n.push([
    "en",
    "neg-prose:security-answer:policy",
    `Is it a good idea to answer security questions with random words instead of the real mother's maiden name?`,
  ]);
  n.push(["fr", "neg-prose:security-answer:policy", `Quelles questions de sécurité sont les moins faciles à deviner pour un site bancaire ?`]);

  // Recovery codes (lists of 8–10)
  const codes = (count: number, make: () => string) => Array.from({ length: count }, () => c(make())).join("\n");
  s.push([
    "en",
    "prose:recovery-codes:credentials",
    `GitHub recovery codes, which ones did I already use?\n${codes(8, () => `${draw("0123456789abcdef", 5)}-${draw("0123456789abcdef", 5)}`)}`,
  ]);
  s.push(["en", "prose:recovery-codes:credentials", `Google backup codes, format them as a printable table:\n${codes(10, () => `${pin(4)} ${pin(4)}`)}`]);
  s.push([
    "de",
    "prose:recovery-codes:credentials",
    `Meine Backup-Codes für Discord, bitte als Liste formatieren:\n${codes(8, () => `${draw("abcdefghijklmnopqrstuvwxyz0123456789", 4)}-${draw("abcdefghijklmnopqrstuvwxyz0123456789", 4)}`)}`,
  ]);
  s.push([
    "en",
    "ci-log:recovery-codes:credentials",
    `Our admin bootstrap log printed these, should I rotate?\n[init] generated 8 recovery codes for admin@ops:\n${codes(8, () => draw("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10))}`,
  ]);
  n.push(["en", "neg-prose:recovery-codes:policy", `How many GitHub recovery codes do I get, and can each one be used only once?`]);
  n.push([
    "en",
    "neg-prose:recovery-codes:redacted",
    `Support transcript: "Your backup codes ****-****, ****-**** were regenerated on 3 Dec." — does that mean someone else did it?`,
  ]);

  // TOTP seeds
  const totpSeed = () => draw(BASE32, 32);
  s.push([
    "en",
    "file:otpauth:credentials",
    `why does my authenticator show the wrong code? otpauth://totp/Nextcloud:${pick(FIRST).toLowerCase()}?secret=${c(totpSeed())}&issuer=Nextcloud&digits=6`,
  ]);
  s.push([
    "fr",
    "file:otpauth:credentials",
    `J'ai copié le lien du QR : otpauth://totp/OVH:${pick(FIRST).toLowerCase()}?secret=${c(draw(BASE32, 16))}&issuer=OVH — comment l'ajouter dans KeePassXC ?`,
  ]);
  s.push([
    "en",
    "prose:totp-seed:credentials",
    `Authy export gave me the setup key ${c(draw(BASE32, 4) + " " + draw(BASE32, 4) + " " + draw(BASE32, 4) + " " + draw(BASE32, 4))} for AWS root, how do I move it to Aegis?`,
  ]);
  n.push([
    "en",
    "neg-file:otpauth:doc-example",
    `The Google Authenticator key-uri wiki uses otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example — is issuer required?`,
  ]);
  n.push([
    "en",
    "neg-file:otpauth:placeholder",
    `otpauth://totp/{issuer}:{account}?secret={base32}&period=30 — what's the default algorithm if I leave it out?`,
  ]);

  // BIP39 seed phrases
  s.push(["en", "prose:seed-phrase:credentials", `restoring my wallet, Electrum says the checksum is off: ${c(bip39())} — did I mistype a word?`]);
  s.push(["es", "prose:seed-phrase:credentials", `Mi frase semilla de MetaMask es ${c(bip39())}, ¿dónde la guardo de forma segura?`]);
  s.push([
    "en",
    "json:seed-phrase:credentials",
    `wallet-backup.json, can I import this into Sparrow?\n{"label": "cold", "mnemonic": "${c(bip39())}", "derivation": "m/84'/0'/0'"}`,
  ]);
  n.push([
    "en",
    "neg-prose:seed-phrase:doc-example",
    `BIP39 test vector 1 is "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" — what seed does it give with passphrase TREZOR?`,
  ]);
  n.push(["en", "neg-prose:seed-phrase:policy", `Is a 24-word seed phrase actually safer than a 12-word one, or is that marketing?`]);

  // SSH / PGP private-key blocks and public keys
  s.push(["en", "file:ssh-key:private_key", `ssh says "invalid format" for our deploy key:\n${mark("private_key", opensshKey())}\nwhat did I break?`]);
  s.push(["de", "file:ssh-key:private_key", `Der Schlüssel aus dem Ticket geht nicht, stimmt das Format?\n${mark("private_key", opensshKey())}`]);
  s.push(["en", "file:pgp-key:private_key", `gpg --import fails with "no valid OpenPGP data", here's the key:\n${mark("private_key", pgpKey())}`]);
  n.push([
    "en",
    "neg-file:ssh-key:public-key",
    `authorized_keys on the bastion, which key is the old laptop?\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${draw(B64, 43)} mara@thinkpad\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${draw(B64, 43)} mara@macbook`,
  ]);
  n.push([
    "en",
    "neg-file:pgp-key:public-key",
    `Is this the right block to put on keys.openpgp.org?\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ${draw(B64, 59)}\n${draw(B64, 64)}\n=${draw(B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`,
  ]);
  n.push([
    "en",
    "neg-file:ssh-key:fingerprint",
    `The host key fingerprint is SHA256:${draw(B64, 43)} — ssh warns it changed after the reinstall, is that expected?`,
  ]);

  // GCP service-account JSON and kubeconfig
  s.push([
    "en",
    "json:gcp-service-account:private_key",
    `sa.json (trimmed), which role does it need for BigQuery?\n{"type": "service_account", "project_id": "fernhill-analytics", "private_key_id": "${draw(HEX, 40)}", "private_key": "${mark("private_key", pkcs8Escaped())}", "client_email": "etl@fernhill-analytics.iam.gserviceaccount.com"}`,
  ]);
  s.push([
    "en",
    "yaml:kubeconfig:private_key",
    `kubectl says "x509: certificate signed by unknown authority", my kubeconfig:\nusers:\n- name: admin@homelab\n  user:\n    client-certificate-data: ${base64("-----BEGIN CERTIFICATE-----\nMIIB" + draw(B64, 40) + "\n-----END CERTIFICATE-----\n")}\n    client-key-data: ${mark("private_key", base64(rsaPem()))}`,
  ]);
  n.push([
    "en",
    "neg-yaml:kubeconfig:reference",
    `kubeconfig users:\n- name: ci\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]\nhow does this get a token without a key?`,
  ]);
  n.push([
    "en",
    "neg-json:gcp-service-account:placeholder",
    `The docs' template for a key file:\n{"type": "service_account", "project_id": "PROJECT_ID", "private_key_id": "KEY_ID", "private_key": "-----BEGIN PRIVATE KEY-----\\nPRIVATE_KEY\\n-----END PRIVATE KEY-----\\n", "client_email": "SERVICE_ACCOUNT_EMAIL"}`,
  ]);

  // .pgpass, .netrc, docker config.json, Basic auth, cookies
  s.push([
    "en",
    "file:pgpass:password",
    `psql ignores my ~/.pgpass:\ndb-2.internal.lan:5432:warehouse:analyst:${mark("password", human.memorable())}\nperms are 0644`,
  ]);
  s.push([
    "en",
    "file:netrc:password",
    `.netrc for the build box, is the syntax right?\nmachine artifacts.internal.lan login svc-build password ${mark("password", human.random())}`,
  ]);
  const dockerUser = pick(["mara", "ci-bot", "tobias"]);
  s.push([
    "en",
    "json:docker-config:credentials",
    `~/.docker/config.json, why does docker pull still say unauthorized?\n{"auths": {"registry.internal.lan": {"auth": "${c(base64(`${dockerUser}:${human.random()}`))}"}}}`,
  ]);
  s.push([
    "en",
    "http:basic-auth:credentials",
    `GET /api/health HTTP/1.1\nHost: grafana.home.lan\nAuthorization: Basic ${c(base64(`admin:${human.memorable()}`))}\nwhy 401?`,
  ]);
  s.push([
    "en",
    "http:session-cookie:credentials",
    `copied from devtools, why am I logged out after a minute?\nCookie: sessionid=${c(draw("abcdefghijklmnopqrstuvwxyz0123456789", 32))}; csrftoken=${draw(ALNUM, 32)}`,
  ]);
  s.push(["en", "http:bearer:jwt", `curl -H "Authorization: Bearer ${mark("jwt", jwt())}" https://api.internal.lan/v2/me gives 403, scope problem?`]);
  n.push([
    "en",
    "neg-file:pgpass:reference",
    `Can ~/.pgpass use wildcards? e.g. *:5432:*:analyst:* — or is the last field required to be the literal password?`,
  ]);
  n.push([
    "en",
    "neg-json:docker-config:reference",
    `~/.docker/config.json:\n{"auths": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}}, "credsStore": "ecr-login"}\nwhere are the credentials actually stored?`,
  ]);
  n.push([
    "en",
    "neg-http:bearer:doc-example",
    `jwt.io's sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — why is the signature verified with "your-256-bit-secret"?`,
  ]);
  n.push(["en", "neg-http:basic-auth:placeholder", `Authorization: Basic <base64(username:password)> — do I need the colon even when the password is empty?`]);

  // Documented examples, hashes, checksums, ids, redacted logs, policy questions
  n.push([
    "en",
    "neg-config:aws-secret:doc-example",
    `The AWS CLI guide shows\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nwhere does this file live on Windows?`,
  ]);
  n.push([
    "en",
    "neg-config:azure-storage:doc-example",
    `Azurite's connection string: DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1; — can I use it in CI?`,
  ]);
  n.push([
    "en",
    "neg-config:db-password:service-default",
    `compose for local dev only:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\nis it fine to leave it like this on my laptop?`,
  ]);
  n.push([
    "en",
    "neg-code:password-hash:hash",
    `migration 0042_seed_admin.sql:\nINSERT INTO users (email, password_hash) VALUES ('admin@example.com', '$2b$12$${draw("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53)}');\nis cost 12 enough?`,
  ]);
  n.push([
    "en",
    "neg-code:password-hash:hash",
    `fixtures/users.yml:\nalice:\n  encrypted_password: "$argon2id$v=19$m=65536,t=3,p=4$${draw(B64, 22)}$${draw(B64, 43)}"\nwhy does Devise reject it?`,
  ]);
  n.push(["de", "neg-code:password-hash:hash", `In der Tabelle steht salt=${draw(HEX, 32)} und hash=${draw(HEX, 64)} (sha256) — ist das noch zeitgemäß?`]);
  n.push([
    "en",
    "neg-ci-log:checksum:checksum",
    `CI log:\nDownloading node-v22.11.0-linux-x64.tar.xz\nsha256: ${draw(HEX, 64)}\nchecksum mismatch, expected ${draw(HEX, 64)} — corrupted cache?`,
  ]);
  n.push(["en", "neg-ci-log:commit:sha", `Build #4821 of ${draw(HEX, 40)} (merge of ${draw(HEX, 7)} into main) failed at step "test", how do I bisect?`]);
  n.push([
    "en",
    "neg-json:uuid:id",
    `API response: {"requestId": "${uuid()}", "traceId": "${draw(HEX, 32)}", "status": 502} — what does the trace id tell me?`,
  ]);
  n.push([
    "en",
    "neg-config:uuid:id",
    `appsettings.json:\n{"TenantId": "${uuid()}", "ClientId": "${uuid()}", "Instance": "https://login.microsoftonline.com/"}\nis ClientId a secret?`,
  ]);
  n.push(["ja", "neg-ci-log:request-id:id", `ログにこう出ます: request_id=${draw(HEX, 24)} status=429 retry_after=30 — レート制限ですか？`]);
  n.push([
    "en",
    "neg-ci-log:redacted:redacted",
    `GitHub Actions log:\nRun ./deploy.sh\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\nError: The security token included in the request is invalid.`,
  ]);
  n.push([
    "en",
    "neg-ci-log:redacted:redacted",
    `Sentry breadcrumb: POST /login {"username":"mara_l","password":"[Filtered]"} 401 — why is the password filtered?`,
  ]);
  n.push([
    "es",
    "neg-prose:password:policy",
    `La política de contraseñas dice mínimo 12 caracteres, una mayúscula y un símbolo. ¿Cada cuánto hay que cambiarla?`,
  ]);
  n.push(["ja", "neg-prose:password:policy", `パスワードは12文字以上で記号を含める必要がありますか？社内規程の書き方を教えてください`]);
  n.push([
    "fr",
    "neg-prose:password:policy",
    `Notre politique impose un mot de passe de 14 caractères minimum ; faut-il aussi forcer le changement tous les 90 jours ?`,
  ]);
  n.push([
    "en",
    "neg-prose:password:policy",
    `Writing the onboarding email: "your temporary password will be sent by SMS and must be changed at first login" — does that sound OK?`,
  ]);
  n.push(["en", "neg-prose:api-key:placeholder", `The SendGrid quickstart says export SENDGRID_API_KEY='YOUR_API_KEY' — do I put it in .bashrc or .env?`]);
  n.push(["en", "neg-prose:api-key:doc-example", `Stripe docs use sk_test_4eC39HqLyjWDarjtT1zdp7dc in every example, is that a real account?`]);
  return { sensitive: s, negatives: n };
}

function uuid(): string {
  const h = draw(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const keyed = keyedGrid();
const humans = humanGrid();
const others = otherGrid();

export const SENSITIVE: MarkedEntry[] = [...keyed.sensitive, ...humans.sensitive, ...others.sensitive];
export const NEGATIVES: MarkedEntry[] = [...keyed.negatives, ...humans.negatives, ...others.negatives];
