/**
 * dev-46 groups, part 4: more of the same families in other artefacts — package manifests, changelogs, CODEOWNERS,
 * crash reports, tickets, Terraform, Spring and .npmrc files, git config, cron mails, error pages, DNS records.
 * Written by the session-42 precision helper before opening src/privacy.
 */
import type { Group } from "../dev-41/group.js";

export const MORE: Group[] = [
  [
    [
      "en",
      "neg-email:readme:manifest",
      'package.json of a popular library:\n```json\n  "author": "Sindre Sorhus <sindresorhus@gmail.com> (https://sindresorhus.com)",\n  "bugs": { "url": "https://github.com/sindresorhus/got/issues" },\n```\nis the author field still used by npm?',
    ],
    [
      "en",
      "neg-email:readme:manifest",
      'Cargo.toml of our template crate:\n```toml\n[package]\nname = "my-crate"\nauthors = ["Your Name <you@example.com>"]\nedition = "2021"\n```\ncargo publish warns that authors is deprecated?',
    ],
    [
      "en",
      "email:readme:manifest",
      'package.json of our internal tool, npm publish to our private registry fails:\n```json\n  "name": "@fjell/billing-cli",\n  "author": "Siobhan Keane <⟦email|siobhan.keane@fjell-energy.ie⟧>",\n```\nerror E403 you do not have permission',
    ],
  ],
  [
    [
      "en",
      "neg-email:git:changelog",
      "Debian changelog entry:\n```\nnginx (1.24.0-2) unstable; urgency=medium\n\n  * Fix CVE-2023-44487.\n\n -- Debian Nginx Maintainers <pkg-nginx-maintainers@alioth-lists.debian.net>  Mon, 16 Oct 2023 10:00:00 +0200\n```\nwhy is the maintainer a list?",
    ],
    [
      "en",
      "neg-email:git:changelog",
      "Python's Misc/ACKS and the PEP header say:\n```\nPEP: 8\nAuthor: Guido van Rossum <guido@python.org>, Barry Warsaw <barry@python.org>\n```\nwhat does Status: Active mean for a PEP?",
    ],
    [
      "en",
      "email:git:changelog",
      "rpm spec changelog in our internal package:\n```\n%changelog\n* Thu Nov 06 2025 Petr Dvořák <⟦email|petr.dvorak.home@seznam.cz⟧> - 2.3.1-1\n- rebuild against openssl 3.2\n```\nrpmlint complains about the date format",
    ],
  ],
  [
    [
      "en",
      "neg-email:git:codeowners",
      "CODEOWNERS:\n```\n*.ts        @frontend-team\n/infra/     @ourorg/platform\ndocs/*      docs@ourorg.dev\n```\nCan an email be a code owner?",
    ],
    [
      "en",
      "neg-email:git:config",
      "`git config --global user.email` prints `12345678+octocat@users.noreply.github.com`. Will commits still link to my profile?",
    ],
    [
      "en",
      "email:git:config",
      "git config --list on the build server shows the wrong identity:\n```\nuser.name=Katarzyna Nowicka\nuser.email=⟦email|kasia.nowicka1990@wp.pl⟧\n```\nhow do I set a bot identity just for this repo?",
    ],
  ],
  [
    [
      "en",
      "neg-email:role:crash",
      'Crash report dialog text: "Send this report to crash-reports@mozilla.com? No personal data is included." Is that address still used by Firefox?',
    ],
    [
      "en",
      "neg-email:role:cron",
      "cron mail header:\n```\nFrom: root@build-01 (Cron Daemon)\nTo: root@build-01\nSubject: Cron <deploy@build-01> /usr/local/bin/backup.sh\n```\nhow do I stop cron from mailing?",
    ],
    [
      "en",
      "email:role:cron",
      "cron keeps mailing this, change MAILTO?\n```\nMAILTO=⟦email|oskar.lindgren.private@icloud.com⟧\n0 3 * * * /usr/local/bin/backup.sh\n```\nit's the old sysadmin's private address",
    ],
  ],
  [
    [
      "en",
      "neg-email:role:ticket",
      "Jira automation rule: when an issue is created by `jira@ourorg.atlassian.net` or `noreply@ourorg.atlassian.net`, skip the SLA. Does the actor field match on email?",
    ],
    [
      "en",
      "neg-email:role:dns",
      "Our DMARC record: `v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@ourapp.io; ruf=mailto:dmarc-forensic@ourapp.io`. Should ruf be removed?",
    ],
    [
      "en",
      "email:role:ticket",
      "ticket export, summarise the complaint:\n```\nKey: SUP-9921\nReporter: ⟦email|dimitris.papadakis@otenet.gr⟧\nSummary: charged twice for annual plan\nStatus: Open\n```",
    ],
  ],
  [
    [
      "en",
      "neg-password:env:spring",
      "application.yml in the Spring Boot guide:\n```yaml\nspring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/db_example\n    username: springuser\n    password: ThePassword\n```\nwhy does the guide use ThePassword?",
    ],
    [
      "en",
      "neg-password:env:spring",
      "application-prod.yml:\n```yaml\nspring:\n  datasource:\n    password: ${DB_PASSWORD}\n    hikari:\n      maximum-pool-size: 20\n```\nwhere does Spring read DB_PASSWORD from in ECS?",
    ],
    [
      "en",
      "password:env:spring",
      "application-prod.yml as deployed (I know, I know):\n```yaml\nspring:\n  datasource:\n    url: jdbc:postgresql://pg-prod.internal:5432/ledger\n    username: ledger_app\n    password: ⟦password|Hx7!ledger-Quartz9⟧\n```\nHikari says connection is not available",
    ],
  ],
  [
    [
      "en",
      "neg-api_key:env:npmrc",
      "Our .npmrc:\n```\n@ourorg:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n```\nwhy does npm install say 401 locally?",
    ],
    [
      "en",
      "neg-password:env:terraform",
      'terraform.tfvars.example:\n```hcl\ndb_username = "admin"\ndb_password = "REPLACE_ME"\n```\nand variables.tf marks db_password sensitive = true. Is that enough to keep it out of plan output?',
    ],
    [
      "en",
      "password:env:terraform",
      'terraform plan printed it because I forgot sensitive = true:\n```\n  + resource "aws_db_instance" "main" {\n      + password = "⟦password|Q9v!Cormorant-Bay⟧"\n      + username = "admin"\n```\nis it now in the state file too?',
    ],
  ],
  [
    [
      "en",
      "neg-password:env:netrc",
      "Example ~/.netrc from the curl manual:\n```\nmachine example.com\nlogin myself\npassword secret\n```\nDoes curl need -n to read it?",
    ],
    [
      "en",
      "password:env:netrc",
      "my ~/.netrc for the company artifactory, pip still prompts:\n```\nmachine artifactory.tillberg.se\nlogin erik.tillberg\npassword ⟦password|Sk4!grus-Ronn88⟧\n```",
    ],
  ],
  [
    [
      "en",
      "neg-connection_string:env:docs",
      "MongoDB docs connection string example: `mongodb://myDatabaseUser:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin`. Why is the @ encoded as %40?",
    ],
    [
      "en",
      "neg-connection_string:env:docs",
      "Azure portal shows a template: `Server=tcp:<server>.database.windows.net,1433;Database=<db>;User ID=<user>;Password=<password>;Encrypt=true;` — do I keep the angle brackets?",
    ],
    [
      "en",
      "connection_string:env:docs",
      "the worker can't reach Mongo, here's the URI from our k8s secret:\n`⟦connection_string|mongodb://orders_rw:Vt6mP9qz2Lx4@mongo-0.mongo.prod.svc.cluster.local:27017/orders?authSource=admin⟧`",
    ],
  ],
  [
    [
      "en",
      "neg-email:smtp:dkim",
      'Our DKIM TXT record: `s1._domainkey.ourapp.io IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq8..."` and the Return-Path is `bounces+12345@em.ourapp.io`. Does the selector need to match?',
    ],
    [
      "en",
      "neg-email:smtp:log",
      "Postfix log:\n```\nNov  5 10:01:12 mx postfix/smtp[2211]: 4F2A31C0: to=<postmaster@example.net>, relay=none, delay=0.1, status=deferred (Host not found)\n```\nWhat does relay=none mean?",
    ],
    [
      "en",
      "email:smtp:log",
      "Postfix bounces, which recipient is the problem?\n```\nNov  5 10:01:12 mx postfix/smtp[2211]: 4F2A31C0: to=<⟦email|ahmet.yildiz.74@hotmail.com⟧>, relay=hotmail-com.olc.protection.outlook.com, status=bounced (550 5.7.1 blocked)\n```",
    ],
  ],
  [
    [
      "en",
      "neg-email:mlist:archive",
      "Pipermail archive subject line: `[Python-Dev] PEP 703 accepted` — from: `python-dev at python.org`. Why do archives write ' at ' instead of @?",
    ],
    [
      "en",
      "email:mlist:archive",
      "a customer's mail, forwarded with headers, please draft a reply:\n```\nFrom: \"Fatou Diallo\" <⟦email|fatou.diallo@orange.sn⟧>\nSubject: Re: my order 55120\n```\n'I still haven't received the invoice'",
    ],
  ],
  [
    [
      "en",
      "neg-password:strength:doc-example",
      "The Django docs' password validators reject `password`, `12345678` and `qwertyuiop` by CommonPasswordValidator. Where does the list come from?",
    ],
    [
      "en",
      "neg-password:policy:text",
      "Write release notes: 'Passwords like `iloveyou` or `monkey123` are now rejected at signup; existing users are not affected.'",
    ],
    ["en", "password:strength:own", "can you tell me if my bank password is good? ⟦password|Velvet-Harbour!1987⟧ — it's the one I use for everything"],
  ],
  [
    [
      "en",
      "neg-password:hash:fixture",
      'Keycloak realm export in our test resources:\n```json\n"credentials": [{ "type": "password", "hashedSaltedValue": "k3v9xVJ6aR2m7wq0Yp1Z8bN4cT5uD6eF", "hashIterations": 27500 }]\n```\nis it safe in the repo?',
    ],
    [
      "en",
      "neg-password:fixture:test",
      'Cypress fixture users.json:\n```json\n[{ "username": "standard_user", "password": "secret_sauce" }]\n```\nThat\'s the Sauce Labs demo login, right? Why do all tutorials use it?',
    ],
    [
      "en",
      "password:fixture:test",
      'Cypress fixture for the staging tenant (my own account, to be rotated later):\n```json\n[{ "username": "lea.moreau", "password": "⟦password|Corsaire_91!Nantes⟧" }]\n```\nhow do I load it with cy.fixture?',
    ],
  ],
  [
    [
      "en",
      "neg-email:example:docs",
      "Our API docs: `curl -u 'you@yourcompany.com:API_TOKEN' https://api.ourapp.io/v1/me`. Should the placeholder be in angle brackets?",
    ],
    ["en", "neg-email:example:docs", 'GitHub\'s docs say to verify with `git config user.email "email@example.com"`. Does example.com ever receive mail?'],
    [
      "en",
      "email:example:docs",
      "our API docs example accidentally used the CEO's address — please swap it for a placeholder:\n`curl -u '⟦email|g.whitcombe@harrow-analytics.com⟧:API_TOKEN' https://api.harrow-analytics.com/v1/me`",
    ],
  ],
  [
    [
      "de",
      "neg-email:mlist:headers",
      "Header aus der Debian-Liste:\n```\nList-Id: <debian-user-german.lists.debian.org>\nList-Post: <mailto:debian-user-german@lists.debian.org>\n```\nWie filtere ich das in Thunderbird?",
    ],
    [
      "de",
      "email:mlist:headers",
      "Kopfzeilen einer Mail aus unserem internen Verteiler, warum Spam?\n```\nFrom: Matthias Egger <⟦email|matthias.egger76@bluewin.ch⟧>\nList-Id: <technik.verteiler.firma.ch>\n```",
    ],
  ],
  [
    [
      "fr",
      "neg-email:role:support",
      "Sur notre page d'erreur : « Contactez support@ovhcloud.com ou abuse@ovh.net pour signaler un abus ». Lequel pour un site de phishing ?",
    ],
    [
      "fr",
      "email:role:named-work",
      "Reformule : « Pour les accès au VPN, écrivez directement à Camille Rousseau (⟦email|camille.rousseau@agence-lumen.fr⟧), pas à support@. »",
    ],
  ],
];
