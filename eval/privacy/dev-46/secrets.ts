/**
 * dev-46 groups, part 3: passwords in developer and IT text — policy texts, strength questions about documented
 * example passwords, bcrypt/argon2 hashes in fixtures, SQL seed files, unit-test fixtures, mock servers — each beside a
 * twin holding one real person's working credential (a colleague's password pasted from Slack, a live login).
 * Written by the session-42 precision helper before opening src/privacy.
 */
import type { Group } from "../dev-41/group.js";

export const SECRETS: Group[] = [
  [
    [
      "en",
      "neg-password:policy:text",
      "Draft of our password policy:\n\n3.2 Passwords must be at least 14 characters and must not appear in breach corpora. Examples of rejected passwords: `Password1!`, `Summer2025`, `Qwerty123`.\n\nIs 14 characters too strict for the warehouse staff?",
    ],
    [
      "en",
      "neg-password:policy:text",
      "NIST SP 800-63B says no composition rules. Our IdP still enforces 'one upper, one digit, one symbol', so `Tr0ub4dor&3` passes but `correct horse battery staple` fails. How do I argue for changing it?",
    ],
    [
      "en",
      "password:policy:slack",
      "Slack paste from #it-help, can you rewrite it as a polite reminder about sharing passwords?\n\n> **Marco Bellini** 09:12: @Yuki the shared finance login is still `m.bellini` / ⟦password|Gelato!Fiume88⟧ until the SSO migration",
    ],
  ],
  [
    [
      "en",
      "neg-password:policy:text",
      "Write a friendly intranet blurb: passwords expire every 90 days, the last 12 can't be reused, and the system shows 'Password must not contain your username' if you try something like `jsmith2025`.",
    ],
    [
      "en",
      "neg-password:policy:regex",
      "Our policy regex is `^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$`. Why does `Aa1!Aa1!Aa1!` pass but `Aa1!Aa1!Aa1` not?",
    ],
    [
      "en",
      "password:policy:slack",
      "rewrite as a ticket: 'Dana's AD account got locked again; her current password is ⟦password|Lakeside#2291bq⟧ and she typed it wrong on the VPN client, please unlock'",
    ],
  ],
  [
    [
      "en",
      "neg-password:strength:doc-example",
      "Is `P@ssw0rd` weak? Microsoft's docs use it in their examples and our scanner flags every occurrence in the wiki.",
    ],
    [
      "en",
      "neg-password:strength:doc-example",
      "zxcvbn gives `correcthorsebatterystaple` a score of 4 but `Tr0ub4dor&3` a 2 — the xkcd comic says the same. Why does leetspeak not help?",
    ],
    [
      "en",
      "neg-password:strength:doc-example",
      "Why does the Cisco guide say never keep `cisco/cisco` as the default enable password? Is `admin/admin` on Grafana just as bad?",
    ],
    ["en", "password:strength:colleague", "is this strong enough? it's what my colleague Ravi uses for the prod bastion: ⟦password|ravi-Bastion-7781⟧"],
  ],
  [
    [
      "en",
      "neg-password:strength:doc-example",
      "Our onboarding slide shows `Welcome123!` as a BAD password example. Is it still common enough in breach lists to use as the example?",
    ],
    [
      "en",
      "neg-password:strength:doc-example",
      "Have I Been Pwned says `letmein` appeared 3 million times. What's the API call to check a password by SHA-1 prefix?",
    ],
    ["en", "password:strength:own", "rate my new Wi-Fi password before I print it for the flat: ⟦password|Otter!Windmill_62⟧"],
  ],
  [
    [
      "en",
      "neg-password:hash:fixture",
      'users.yml fixture:\n```yaml\nalice:\n  email: alice@example.com\n  password_digest: "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"\n```\nIs cost 12 too slow for tests?',
    ],
    [
      "en",
      "neg-password:hash:fixture",
      "Seed hash in our test DB:\n```\n$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG\n```\nWhich params are m, t and p?",
    ],
    [
      "en",
      "password:hash:fixture",
      'fixture comment left by a dev:\n```yaml\nbob:\n  password_digest: "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"\n  # bob is Bogdan\'s real staging login, plain: ⟦password|Kiev-Tram-5520x⟧\n```\nshould this comment be removed?',
    ],
  ],
  [
    [
      "en",
      "neg-password:hash:htpasswd",
      "`.htpasswd` from the Apache docs example:\n```\nadmin:$apr1$ruca84Hq$mbjdMZBAG.KWn7vfN/SNK/\n```\nDo I need mod_auth_basic for this format?",
    ],
    [
      "en",
      "neg-password:hash:shadow",
      "/etc/shadow line on a throwaway VM: `vagrant:$6$rounds=656000$Ivq7fK2Q$x8y..:19700:0:99999:7:::` — what does rounds=656000 mean?",
    ],
    [
      "en",
      "password:hash:htpasswd",
      "created the basic auth for the staging site like this, is the command right?\n```\nhtpasswd -b -c .htpasswd hendrik ⟦password|Groningen!Bike44⟧\n```",
    ],
  ],
  [
    [
      "en",
      "neg-password:sql:seed",
      "db/seed.sql:\n```sql\nINSERT INTO users (id, email, password_hash, role) VALUES\n (1, 'admin@example.com', '$2b$12$KIXQJ1b6w9Sx3oKZ6cQ2e.9kqA1T8qJ1VdCw4Q3rFjE1x0Xn5vH1K', 'admin'),\n (2, 'viewer@example.com', '$2b$12$8yR0l0V7yq6Nq9S1k2eF3uL3vF4oK9pQ2wE7rT6yU1iO0pA9sD8fG', 'viewer');\n```\nshould ids be explicit in seeds?",
    ],
    [
      "en",
      "neg-password:sql:seed",
      "Flyway V2__seed.sql creates a DB user:\n```sql\nCREATE USER app_reader WITH PASSWORD :'reader_password';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO app_reader;\n```\nHow do I pass reader_password to psql?",
    ],
    [
      "en",
      "password:sql:seed",
      "this is in the migration that ran on prod, is it a problem?\n```sql\nCREATE USER reporting WITH PASSWORD '⟦password|Vq2#ellipse-Harbor⟧';\nGRANT SELECT ON ALL TABLES IN SCHEMA sales TO reporting;\n```",
    ],
  ],
  [
    [
      "en",
      "neg-email:sql:seed",
      "Faker-generated seed:\n```sql\nINSERT INTO customers (name, email) VALUES\n ('Test Customer 1', 'customer1@shop.test'),\n ('Test Customer 2', 'customer2@shop.test');\n```\nhow to make Faker use the .test TLD?",
    ],
    [
      "en",
      "email:sql:seed",
      "I need to anonymise this dump row before sharing with the agency:\n```sql\nINSERT INTO customers (name, email, city) VALUES ('Oksana Melnyk', '⟦email|oksana.melnyk.kyiv@ukr.net⟧', 'Leipzig');\n```\nwrite an UPDATE that masks it",
    ],
  ],
  [
    [
      "en",
      "neg-password:fixture:test",
      "Jest test:\n```ts\nit('rejects a wrong password', async () => {\n  await createUser({ email: 'test@example.com', password: 'correct-password' });\n  await expect(login('test@example.com', 'wrong-password')).rejects.toThrow('invalid credentials');\n});\n```\nShould I use a factory?",
    ],
    [
      "en",
      "neg-password:fixture:test",
      'pytest fixture:\n```python\n@pytest.fixture\ndef admin_client(client):\n    client.login(username="admin", password="test-admin-pass")\n    return client\n```\nwhy is it not reused across modules?',
    ],
    [
      "en",
      "password:fixture:test",
      "e2e test that uses a real account (QA lead's own login, she said it's fine):\n```ts\nawait page.fill('#email', '⟦email|nadia.haddad@outlook.com⟧');\nawait page.fill('#password', '⟦password|Lm3#x9QpV2rT⟧');\n```\nPlaywright times out on the submit button",
    ],
  ],
  [
    [
      "en",
      "neg-password:fixture:mock",
      'WireMock stub:\n```json\n{ "request": { "method": "POST", "url": "/login", "bodyPatterns": [{ "equalToJson": { "username": "demo", "password": "demo" } }] },\n  "response": { "status": 200, "jsonBody": { "token": "fake-jwt-token" } } }\n```\nhow do I ignore extra fields?',
    ],
    [
      "en",
      "neg-password:fixture:openapi",
      "OpenAPI login example:\n```yaml\n      requestBody:\n        content:\n          application/json:\n            example:\n              username: user1\n              password: hunter2\n```\nIs it ok that Swagger UI shows hunter2?",
    ],
    [
      "en",
      "password:fixture:mock",
      'recorded this with Polly.js against prod and committed it by mistake:\n```json\n{"request":{"postData":{"text":"{\\"username\\":\\"j.okonkwo\\",\\"password\\":\\"⟦password|Enugu!Mango31⟧\\"}"}}}\n```\nhow do I scrub recordings?',
    ],
  ],
  [
    [
      "en",
      "neg-password:readme:default",
      "README of a router firmware project:\n\nAfter flashing, open http://192.168.1.1 and log in with `root` / `admin` (you will be asked to change it).\n\nIs forcing a change on first login enough?",
    ],
    [
      "en",
      "neg-password:readme:default",
      "Our Ansible role's defaults/main.yml:\n```yaml\npostgres_password: \"{{ vault_postgres_password }}\"\nredis_password: \"{{ lookup('env', 'REDIS_PASSWORD') }}\"\n```\nwhy does ansible-lint warn about no_log?",
    ],
    [
      "en",
      "password:readme:default",
      "wiki page for the lab: 'Jump host: ssh lab@10.9.0.4, password ⟦password|Fern&Copper-209⟧ (Wojciech's account, don't change it)'. can you turn this into a markdown table?",
    ],
  ],
  [
    [
      "de",
      "neg-password:policy:text",
      "Unsere Passwortrichtlinie: mindestens 12 Zeichen, keine Wörterbuchwörter; Beispiele wie `Passwort123` oder `Sommer2025!` werden abgelehnt. Ist das BSI-konform?",
    ],
    [
      "de",
      "password:policy:slack",
      'Aus dem Teams-Chat, bitte formeller formulieren: "Jürgen, dein neues Kennwort für das Lohnportal ist ⟦password|Birke#Kanal-4471⟧, bitte gleich ändern"',
    ],
  ],
  [
    [
      "fr",
      "neg-password:strength:doc-example",
      "Le guide de l'ANSSI cite `azerty` et `123456` comme mots de passe à proscrire. Pourquoi `azerty` est-il si fréquent en France ?",
    ],
    [
      "fr",
      "password:strength:colleague",
      "Mon collègue Théo utilise ce mot de passe pour le compte admin du CRM : ⟦password|Crêpe!Brest_2290⟧ — est-il assez robuste ?",
    ],
  ],
  [
    [
      "es",
      "neg-password:ci:masked-log",
      'Log de GitHub Actions:\n```\nRun echo "Conectando con usuario deploy y clave ***"\nConectando con usuario deploy y clave ***\n```\n¿Por qué aparece *** en lugar de la clave?',
    ],
    [
      "es",
      "password:ci:masked-log",
      'El secreto no se enmascaró porque lo guardé como variable normal:\n```\nRun echo "Conectando con usuario deploy y clave ⟦password|Tajo!Naranja_58⟧"\n```\n¿cómo lo paso a secrets?',
    ],
  ],
];
