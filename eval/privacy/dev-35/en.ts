/**
 * Development set 35, English entries: passwords and credentials that are nobody's secret — policies and strength
 * questions about a described password, reset and phishing-awareness e-mails, config and compose templates with
 * placeholders or references, code that handles passwords, CTF write-ups, documented vendor defaults, key formats,
 * masked and revoked keys, Wi-Fi names, crypto passphrases, 2FA instructions — then positives of the same shapes with
 * a real-looking secret the writer shares or asks about. Written before anything under src/privacy was opened
 * (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- policies and strength questions about a described password ------------------------------------------------
  [
    "en",
    "neg-password:policy:free",
    `Our IT policy says passwords must be at least 14 characters with one symbol and rotated every 90 days. Is forced rotation still recommended by NIST?`,
  ],
  [
    "en",
    "neg-password:strength-described:free",
    `Is a 20-character password made of four random dictionary words stronger than a 12-character one with symbols and digits?`,
  ],
  [
    "en",
    "neg-password:strength-described:free",
    `My password is my dog's name plus my birth year. I know that's bad — what's a practical way to move to a password manager without getting locked out?`,
  ],
  [
    "en",
    "neg-password:policy:doc",
    `Password requirements:\n- Minimum length: 12\n- At least one uppercase letter, one number and one special character\n- Cannot reuse your last 5 passwords\n- Cannot contain your username\nRewrite this for the signup page so it sounds friendlier.`,
  ],
  [
    "en",
    "neg-password:strength-described:free",
    `How long would it take to brute-force an 8-character lowercase-only password at 10 billion guesses per second?`,
  ],
  ["en", "neg-password:policy:free", `Should we still require special characters in passwords, or is a long passphrase policy better for our 300 staff?`],
  // --- reset and phishing-awareness e-mails --------------------------------------------------------------------------
  [
    "en",
    "neg-password:reset-email:doc",
    `Subject: Reset your password\n\nHi {{first_name}},\nWe received a request to reset the password for your account. Click the link below to choose a new password. This link expires in 30 minutes.\n{{reset_link}}\nIf you didn't request this, you can ignore this email.\n\nMake this email shorter and add a line about never sharing the password with support.`,
  ],
  [
    "en",
    "neg-password:phishing-awareness:doc",
    `Write a phishing-awareness slide. Example of a fake message: "Your mailbox is full. Verify your password within 24 hours or your account will be suspended: http://micros0ft-verify.example.com". Explain the red flags.`,
  ],
  [
    "en",
    "neg-password:phishing-awareness:free",
    `I got an email saying "your password expired, log in here to keep it". The sender was it-helpdesk@company-support.co. Is that phishing? I didn't click it.`,
  ],
  [
    "en",
    "neg-password:reset-email:doc",
    `Your temporary password has been sent to your registered mobile number. For security reasons we never include passwords in emails. — Please translate this notice into plain English for older customers.`,
  ],
  // --- config templates with placeholders or references ---------------------------------------------------------------
  [
    "en",
    "neg-password:compose-reference:code",
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: \${DB_PASSWORD}\n  api:\n    environment:\n      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app\nWhy does compose warn "DB_PASSWORD variable is not set"?`,
  ],
  [
    "en",
    "neg-password:env-template:code",
    `# .env.example — copy to .env and fill in\nDB_HOST=localhost\nDB_USER=postgres\nDB_PASSWORD=changeme\nREDIS_PASSWORD=\nJWT_SECRET=<your-jwt-secret>\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n\nShould .env.example be committed to git?`,
  ],
  [
    "en",
    "neg-password:k8s-secretref:code",
    `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: postgres-credentials\n        key: password\nThe pod says "secret postgres-credentials not found". Does the secret have to be in the same namespace?`,
  ],
  [
    "en",
    "neg-password:config-placeholder:code",
    `spring.datasource.url=jdbc:mysql://localhost:3306/shop\nspring.datasource.username=root\nspring.datasource.password=<your-password>\n\nHibernate says "Access denied for user 'root'@'localhost'". What's the usual cause?`,
  ],
  [
    "en",
    "neg-password:config-masked:code",
    `[database]\nhost = db.internal\nuser = reporting\npassword = ********\n\nI masked the password. Why does configparser treat the % in my real password as an interpolation error?`,
  ],
  [
    "en",
    "neg-password:compose-file-secret:code",
    `services:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root\n    secrets: [mysql_root]\nsecrets:\n  mysql_root:\n    file: ./secrets/mysql_root.txt\nIs this safer than putting the password in environment directly?`,
  ],
  [
    "en",
    "neg-password:vault-reference:code",
    `password: "{{ vault_db_password }}"\nansible-vault encrypt_string is asking me for a vault password every run. How do I use --vault-password-file in CI?`,
  ],
  [
    "en",
    "neg-password:terraform-variable:code",
    `variable "db_password" {\n  type      = string\n  sensitive = true\n}\nresource "aws_db_instance" "main" {\n  password = var.db_password\n}\nHow do I pass db_password from GitHub Actions secrets without it showing in the plan?`,
  ],
  [
    "en",
    "neg-password:github-actions-secret:code",
    `- name: Login to registry\n  run: echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login ghcr.io -u \${{ github.actor }} --password-stdin\nWhy does this step fail on pull requests from forks?`,
  ],
  [
    "en",
    "neg-password:connection-placeholder:code",
    `mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/?retryWrites=true\nAtlas gave me this string. Do I keep the angle brackets when I replace <password>?`,
  ],
  // --- code that handles passwords -------------------------------------------------------------------------------------
  [
    "en",
    "neg-password:hashing-code:code",
    `import bcrypt\n\ndef hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))\n\ndef check(password: str, hashed: bytes) -> bool:\n    return bcrypt.checkpw(password.encode(), hashed)\nIs 12 rounds enough in 2026?`,
  ],
  [
    "en",
    "neg-password:bcrypt-fixture:code",
    `// test/fixtures/users.ts\nexport const users = [\n  { id: 1, email: "alice@example.com", password_hash: "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy" },\n];\nMy login test fails even though the fixture hash is for "password". Does bcryptjs accept $2b$?`,
  ],
  [
    "en",
    "neg-password:schema:code",
    `CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT UNIQUE NOT NULL,\n  password_hash TEXT NOT NULL,\n  password_changed_at TIMESTAMPTZ\n);\nShould password_hash be TEXT or a fixed-length CHAR(60)?`,
  ],
  [
    "en",
    "neg-password:validation-regex:code",
    `const strong = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$/;\nconsole.log(strong.test("Password1!")); // false?\nWhy does this return false for a 10-character string?`,
  ],
  [
    "en",
    "neg-password:blocklist:code",
    `COMMON = {"123456", "password", "password123", "qwerty", "letmein", "iloveyou", "admin123"}\n\ndef is_common(pw):\n    return pw.lower() in COMMON\nShould I load the full rockyou list instead of this small set?`,
  ],
  [
    "en",
    "neg-password:tutorial-example:free",
    `In the Flask-Login tutorial they register a user with username "testuser" and password "password123" and then log in. When I do the same I get a 401. What could be wrong?`,
  ],
  [
    "en",
    "neg-password:unit-test:code",
    `def test_rejects_short_password(client):\n    r = client.post("/signup", json={"email": "a@example.com", "password": "abc"})\n    assert r.status_code == 422\nThis test passes locally but fails in CI. Any idea?`,
  ],
  ["en", "neg-password:argon2-params:free", `What are sensible Argon2id parameters (memory, iterations, parallelism) for password hashing on a 2-vCPU server?`],
  [
    "en",
    "neg-password:curl-placeholder:code",
    `curl -u "$API_USER:$API_PASSWORD" https://api.example.com/v1/reports\nHow do I stop the password from showing up in my shell history?`,
  ],
  [
    "en",
    "neg-password:form-html:code",
    `<label for="pw">Password</label>\n<input type="password" id="pw" name="password" autocomplete="new-password" minlength="12" placeholder="••••••••">\nWhy does Chrome still suggest a saved password here?`,
  ],
  // --- CTF and training write-ups ------------------------------------------------------------------------------------
  [
    "en",
    "neg-password:ctf-writeup:doc",
    `HTB "Lame" write-up draft: after enumerating SMB I found the share allowed anonymous login, then used the vsftpd backdoor. The box's default creds were msfadmin/msfadmin. Can you tidy the wording of this write-up?`,
  ],
  [
    "en",
    "neg-password:training-lab:free",
    `In the DVWA lab the login is admin / password by default. Which security level should students start on for the SQL injection exercise?`,
  ],
  [
    "en",
    "neg-password:ctf-hash:free",
    `CTF challenge: crack the MD5 hash 5f4dcc3b5aa765d61d8327deb882cf99 — it's from the intro wordlist round. Which hashcat mode do I use?`,
  ],
  // --- documented vendor defaults -------------------------------------------------------------------------------------
  [
    "en",
    "neg-password:vendor-default:free",
    `The TP-Link router manual says the default login is admin/admin at 192.168.0.1. I changed it and forgot the new one — how do I factory reset it?`,
  ],
  [
    "en",
    "neg-password:vendor-default:free",
    `Grafana's default credentials are admin/admin and it asks you to change them at first login. Can I disable that prompt in a dev container?`,
  ],
  [
    "en",
    "neg-password:vendor-default:doc",
    `Quick start: Log in to the Raspberry Pi with the user "pi". Older images used the default password "raspberry"; newer ones make you create a user. Rewrite this paragraph for our workshop handout.`,
  ],
  // --- API key formats, revoked and masked keys ----------------------------------------------------------------------
  [
    "en",
    "neg-api-key:format:free",
    `What do the prefixes in Stripe keys mean — sk_live_, sk_test_, pk_live_, rk_live_? And which ones are safe to ship in a mobile app?`,
  ],
  [
    "en",
    "neg-api-key:format:free",
    `GitHub tokens start with ghp_ or github_pat_. Is there a regex I can use in a pre-commit hook to catch them before they're pushed?`,
  ],
  [
    "en",
    "neg-api-key:masked:free",
    `Our OpenAI key sk-...4f2Q was exposed in a public repo last week. I've revoked it already. Do I also need to check the usage logs, and how?`,
  ],
  [
    "en",
    "neg-api-key:masked:doc",
    `Key ID: AKIA****************WXYZ\nStatus: Inactive (rotated 2026-11-02)\nCan you explain what "last used: N/A" means in the IAM console for a rotated access key?`,
  ],
  [
    "en",
    "neg-api-key:docs-example:code",
    `The AWS docs use AKIAIOSFODNN7EXAMPLE with secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in their examples. Why does the CLI reject them when I copy the example?`,
  ],
  ["en", "neg-api-key:rotation:free", `How often should we rotate API keys for internal services, and is there a way to rotate without downtime?`],
  // --- Wi-Fi, crypto passphrases, 2FA ----------------------------------------------------------------------------------
  [
    "en",
    "neg-password:wifi-name:free",
    `At the hotel there are two networks, "Marriott_Guest" and "Marriott_CONFERENCE". The front desk gave me a password on a card. Which one is more secure to use for work VPN?`,
  ],
  [
    "en",
    "neg-password:wifi-policy:doc",
    `Guest Wi-Fi: network "CafeLuna-Guest". Ask staff for today's password (it changes every morning). Please turn this sign into a nicer chalkboard text.`,
  ],
  [
    "en",
    "neg-password:crypto-passphrase:free",
    `In the GPG tutorial, what's the difference between the key passphrase and the revocation certificate? Should the passphrase be longer than my login password?`,
  ],
  [
    "en",
    "neg-password:ssh-passphrase:code",
    `ssh-keygen -t ed25519 -C "work laptop"\nEnter passphrase (empty for no passphrase):\nIs it okay to leave the passphrase empty if the disk is encrypted?`,
  ],
  [
    "en",
    "neg-password:2fa-backup:free",
    `When I enabled 2FA, Google gave me 10 backup codes. Where's the safest place to keep them — printed in a drawer or in my password manager?`,
  ],
  [
    "en",
    "neg-password:2fa-backup:doc",
    `To sign in without your phone, use one of the backup codes you saved when you set up two-step verification. Each code works once. — Translate this help text into simpler English.`,
  ],
  [
    "en",
    "neg-password:password-manager:free",
    `Bitwarden or 1Password for a family of four? We mostly need shared logins for streaming and the utility accounts.`,
  ],
  ["en", "neg-password:forgot-own:free", `I forgot my Windows 11 password and I'm the only admin on the laptop. What are my options that don't wipe my files?`],
  [
    "en",
    "neg-password:log-redacted:code",
    `2026-12-05T10:14:02Z WARN auth: failed login user=jsmith reason=bad_password attempts=3 password=[REDACTED]\nHow do I alert when attempts exceed 5 within a minute in Loki?`,
  ],
  [
    "en",
    "neg-password:policy-sql:code",
    `UPDATE users SET must_change_password = true WHERE password_changed_at < now() - interval '180 days';\nWill this lock people out immediately or only on next login?`,
  ],
  // --- positives: a real secret shared or asked about ------------------------------------------------------------------
  ["en", "password:own:free", `Is ⟦password|Tr0ub4dor&3vX!q⟧ a strong enough password for my bank account or should I make it longer?`],
  ["en", "password:own:free", `My Netflix password is ⟦password|Sunny-Meadow-2291⟧ and my sister wants it. Is it safe to just text it to her?`],
  [
    "en",
    "password:colleague:free",
    `Mark left his login on a sticky note: user mark.h, password ⟦password|Harbor#77lime⟧. Should I report this to IT or just tell him?`,
  ],
  [
    "en",
    "password:compose-live:code",
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ⟦password|p9Vx!42sQzLr8⟧\nIt works locally but the prod container restarts. Logs say "database files are incompatible".`,
  ],
  [
    "en",
    "password:env-live:code",
    `DB_HOST=prod-db.internal\nDB_USER=billing\nDB_PASSWORD=⟦password|Kq7#mW2!vRt9zL⟧\nMy Node app still says ECONNREFUSED — what am I missing?`,
  ],
  [
    "en",
    "password:config-live:code",
    `spring.datasource.username=shop_admin\nspring.datasource.password=⟦password|Gl4ssH0use_2024⟧\nHibernate says access denied. The user exists in MySQL. Ideas?`,
  ],
  [
    "en",
    "password:connection-live:code",
    `mongodb+srv://appuser:⟦password|Zr8qTw3nLp5Ye⟧@cluster0.abcde.mongodb.net/prod\nI get "bad auth: authentication failed". Is there something wrong with the string?`,
  ],
  [
    "en",
    "api-key:live-config:code",
    `const stripe = require("stripe")("⟦api_key|sk_live_51Nq8ZtKx7Hc3RbVmP2yLwQe9aT4uJ6sD0fG1hB5nM8kX⟧");\nCharges fail with "No such customer". Why?`,
  ],
  [
    "en",
    "api-key:live-token:code",
    `git remote set-url origin https://⟦api_key|ghp_7Tq2mRz9LxW4kPv8Nc1Hs6Jy3Bd5Fg0AeUo⟧@github.com/acme/infra.git\nPush still asks for a password. What am I doing wrong?`,
  ],
  [
    "en",
    "password:wifi-shared:free",
    `Our home Wi-Fi is "Kowalski_5G" and the password is ⟦password|mapleSyrup!8841⟧. Can you write a cute note for our guest room with it?`,
  ],
  [
    "en",
    "password:reset-temp:doc",
    `Hi Dana, your temporary password is ⟦password|Wx4-pLm9-Rt2q⟧ — please change it at first login. Thanks, IT.\nCan you make this message sound more professional before I send it?`,
  ],
  [
    "en",
    "password:ssh-passphrase:free",
    `I set my SSH key passphrase to ⟦password|blue-otter-quietly-73⟧ and now ssh-agent keeps asking for it after every reboot. How do I fix that on macOS?`,
  ],
  [
    "en",
    "password:2fa-backup-codes:free",
    `Here are my Google backup codes in case I lose my phone: ⟦password|4821 9930⟧, ⟦password|7716 0245⟧, ⟦password|3390 5812⟧. Can you format them as a printable card?`,
  ],
  [
    "en",
    "password:log-live:code",
    `2026-12-05T10:14:02Z DEBUG auth: login attempt user=rpatel password=⟦password|Monsoon#2026rp⟧ result=fail\nWhy is the password being logged in plain text, and how do I stop it in logback?`,
  ],
  ["en", "password:strength-given:free", `Rate this password I'm about to use for my work email: ⟦password|Fz!93kQ_pLw2⟧ — too short?`],
  [
    "en",
    "password:mom:free",
    `Mum's Facebook password is ⟦password|Rosie1957garden⟧ and she's locked out after a "suspicious login" warning. What should I do first?`,
  ],
  [
    "en",
    "password:curl-live:code",
    `curl -u "svc_reports:⟦password|Qm3!vT8zWp4L⟧" https://api.acme-internal.com/v1/reports\nReturns 403 even though the account has the reports role.`,
  ],
  [
    "en",
    "password:router-changed:free",
    `I changed the router admin password from admin to ⟦password|Tiger$Lake42⟧, but now the login page says incorrect. Is there a character it might not accept?`,
  ],
];
