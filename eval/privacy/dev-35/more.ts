/**
 * Development set 35, a second batch written straight after the first (still before src/privacy was opened): more
 * English and German shapes — Helm values, CI logs, password-manager exports with masked cells, support macros,
 * security-training quizzes, OAuth client ids, key-format docs — and positives of the same shapes.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "en",
    "neg-password:helm-values:code",
    `# values.yaml\npostgresql:\n  auth:\n    username: app\n    existingSecret: app-db-secret\n    secretKeys:\n      userPasswordKey: password\nHelm still generates a random password on upgrade. Why isn't existingSecret used?`,
  ],
  [
    "en",
    "neg-password:ci-log-masked:code",
    `Run docker login -u deploy -p *** registry.gitlab.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\nHow do I get rid of this warning in GitLab CI?`,
  ],
  [
    "en",
    "neg-password:manager-export:doc",
    `name,url,username,password\nBank,https://bank.example,me,********\nEmail,https://mail.example,me,********\nI exported from LastPass with the passwords hidden. Which columns does Bitwarden's importer need?`,
  ],
  [
    "en",
    "neg-password:support-macro:doc",
    `Macro "Password help": Thanks for reaching out! For your security our agents can't see or reset your password directly. Please use "Forgot password" on the login page. — Make this macro warmer.`,
  ],
  [
    "en",
    "neg-password:training-quiz:doc",
    `Quiz question 4: Which of these is the strongest password? (a) Summer2024! (b) P@ssw0rd (c) correct-horse-battery-staple (d) 12345678. Write the explanation for the answer key.`,
  ],
  [
    "en",
    "neg-api-key:oauth-placeholder:code",
    `GOOGLE_CLIENT_ID=your-client-id.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=your-client-secret\nThe callback says redirect_uri_mismatch. Where do I register the URI?`,
  ],
  [
    "en",
    "neg-api-key:format-docs:doc",
    `Slack tokens: bot tokens begin with xoxb-, user tokens with xoxp-, app-level tokens with xapp-. Never paste a token in a public channel. — Turn this into a short table for our wiki.`,
  ],
  ["en", "neg-password:hash-algorithm:free", `Why is MD5 of "password" always 5f4dcc3b5aa765d61d8327deb882cf99 and how does salting stop rainbow tables?`],
  [
    "en",
    "neg-password:generator-code:code",
    `import secrets, string\nalphabet = string.ascii_letters + string.digits + "!@#$%"\npw = "".join(secrets.choice(alphabet) for _ in range(16))\nIs this good enough to generate temporary passwords for new users?`,
  ],
  [
    "en",
    "neg-password:keepass-question:free",
    `My KeePass database master password is a long sentence I remember. Should I also add a key file, and where should the key file live?`,
  ],
  [
    "en",
    "neg-password:pgpass-format:free",
    `What's the format of ~/.pgpass — hostname:port:database:username:password — and why does psql ignore it when permissions are 644?`,
  ],
  [
    "en",
    "neg-password:htpasswd:code",
    `admin:$apr1$4gT7k1Lx$Qm0sB7n8vXc9yZa2rT5uH.\nThis is the line htpasswd generated for the staging site. Why does nginx return 500 instead of asking for auth?`,
  ],
  [
    "en",
    "neg-password:sql-injection-lesson:doc",
    `Lesson 3: the classic payload ' OR '1'='1 in the password field bypasses a login that concatenates strings. Show the parameterised version of the query in PHP.`,
  ],
  [
    "en",
    "neg-password:breach-check:free",
    `Have I Been Pwned says my email was in the 2019 Canva breach. Do I need to change passwords that I only used on Canva?`,
  ],
  [
    "en",
    "neg-password:password-expired-log:code",
    `Dec 05 09:12:44 web01 sshd[2211]: pam_unix(sshd:auth): authentication failure; user=deploy\nDec 05 09:12:46 web01 sshd[2211]: Failed password for deploy from 10.0.3.7 port 51522 ssh2\nIs this a brute-force attempt or a misconfigured key?`,
  ],
  [
    "en",
    "neg-password:sample-credentials:doc",
    `Demo account for reviewers: username demo@example.com, password "demo1234" (read-only sandbox, reset every night). — Add this to our App Store review notes in a clear format.`,
  ],
  [
    "en",
    "neg-api-key:revoked:free",
    `I accidentally pasted my Anthropic API key into a Discord channel and deleted the message within a minute. I've already rotated the key. Is there anything else I should do?`,
  ],
  [
    "de",
    "neg-password:helm-values:code",
    `datenbank:\n  passwort:\n    secretName: db-zugang\n    schluessel: passwort\nWie lese ich das Secret in einem Init-Container aus?`,
  ],
  [
    "de",
    "neg-password:training-quiz:doc",
    `Schulungsfolie: „Ein sicheres Passwort hat mindestens 12 Zeichen und wird nirgends sonst verwendet. Nutzen Sie einen Passwortmanager.“ Kannst du drei Quizfragen dazu schreiben?`,
  ],
  [
    "de",
    "neg-password:support-macro:doc",
    `Textbaustein: Aus Sicherheitsgründen fragen wir niemals nach Ihrem Passwort – weder am Telefon noch per E-Mail. Bitte nutzen Sie „Passwort vergessen“. Formuliere das kürzer.`,
  ],
  [
    "fr",
    "neg-password:ci-log-masked:code",
    `+ echo "***" | docker login -u ci --password-stdin registry.example.fr\nLogin Succeeded\nPourquoi GitLab masque-t-il la variable mais pas dans les artefacts ?`,
  ],
  [
    "es",
    "neg-password:sample-credentials:doc",
    `Cuenta de demostración: usuario demo, contraseña demo (solo lectura, se reinicia cada noche). Escríbelo como nota para los evaluadores.`,
  ],
  // --- positives of the same shapes ------------------------------------------------------------------------------------
  [
    "en",
    "password:helm-values-live:code",
    `postgresql:\n  auth:\n    username: app\n    password: ⟦password|Nv3!qRt8Lz5wXp⟧\nHelm upgrade fails with "password authentication failed for user app". Did the PVC keep the old one?`,
  ],
  [
    "en",
    "password:ci-log-live:code",
    `+ docker login -u deploy -p ⟦password|Bq7#Lm2xTz9r⟧ registry.gitlab.com\nWARNING! Using --password via the CLI is insecure.\nHow do I switch this job to --password-stdin?`,
  ],
  [
    "en",
    "password:manager-export-live:doc",
    `name,url,username,password\nChase,https://chase.com,kbrennan,⟦password|Lighthouse!42kb⟧\nCan you convert this row into Bitwarden's JSON import format?`,
  ],
  [
    "en",
    "password:pgpass-live:code",
    `db.prod.internal:5432:billing:report_ro:⟦password|Tz4!wQp8Ln2v⟧\nThis is my ~/.pgpass line, but psql still prompts for a password. Why?`,
  ],
  [
    "en",
    "api-key:slack-live:code",
    `SLACK_BOT_TOKEN=⟦api_key|xoxb-7731904421-5829103374625-Qm8vT2zLp4Rw9Xn3Kc6Hy1Bd⟧\nThe bot can read channels but chat.postMessage says not_in_channel.`,
  ],
  [
    "en",
    "password:demo-real:free",
    `Our staging admin account is admin@acme-internal.com with password ⟦password|St4g1ng!Acme#9⟧ — can you write a Cypress login test that uses it?`,
  ],
  [
    "en",
    "password:keepass-master:free",
    `I think I forgot the last word of my KeePass master password. It's ⟦password|granite-violin-harbor-sleepy⟧ or maybe with "sleeping" at the end. Any recovery tricks?`,
  ],
  [
    "en",
    "password:partner:free",
    `My husband's iCloud password is ⟦password|Ocean&Pine1988⟧ and he's asked me to download the photos from his account while he travels. What's the safest way?`,
  ],
  ["de", "password:helm-values-live:code", `datenbank:\n  benutzer: app\n  passwort: ⟦password|Lw8!xQz3Tp6m⟧\nWarum startet der Pod mit CrashLoopBackOff?`],
  [
    "de",
    "password:support-chat:free",
    `Der Support hat gefragt, ob ich mein Passwort durchgeben kann. Es ist ⟦password|Sommerregen_2026!⟧ – soll ich das wirklich tun?`,
  ],
];
