/**
 * dev-46 groups, part 5: short pastes from terminals and chats — tool output, error messages, docs excerpts.
 * Written by the session-42 precision helper before opening src/privacy.
 */
import type { Group } from "../dev-41/group.js";

export const EXTRA: Group[] = [
  [
    [
      "en",
      "neg-password:ci:masked-log",
      "Azure Pipelines log: `##[command]az login --service-principal -u *** -p *** --tenant ***` then `ERROR: AADSTS7000215: Invalid client secret`. Did the secret expire?",
    ],
    [
      "en",
      "neg-password:ci:masked-log",
      "Argo CD diff shows:\n```\n-  password: '++++++++'\n+  password: '++++++++'\n```\nwhy are secret values rendered as plus signs?",
    ],
    [
      "en",
      "password:ci:masked-log",
      "kubectl describe showed the env because someone used value instead of valueFrom:\n```\n    Environment:\n      REDIS_PASSWORD:  ⟦password|Pelican-Fog-3318⟧\n```\nhow do I move it to a secretKeyRef?",
    ],
  ],
  [
    [
      "en",
      "neg-password:readme:default",
      "Jenkins first start prints: 'Please use the following password to proceed to installation: found at /var/jenkins_home/secrets/initialAdminPassword'. Where is that in the Docker volume?",
    ],
    ["en", "neg-password:readme:default", "Raspberry Pi OS used to ship with `pi` / `raspberry`. Since when does the imager force a new user?"],
    [
      "en",
      "password:readme:default",
      "handover note from the previous admin, turn into a checklist: 'Jenkins admin is stefan.k / ⟦password|Harz-Pine!7720⟧, the Pi in the rack is still pi/raspberry'",
    ],
  ],
  [
    [
      "en",
      "neg-email:example:error",
      'Our validator says `"name@domain.com" is not allowed (placeholder)`. Is blocking name@domain.com and test@test.com reasonable?',
    ],
    [
      "en",
      "neg-email:example:error",
      "Laravel validation error: `The email field must be a valid email address.` for `user@localhost`. Does the email:rfc,dns rule reject localhost?",
    ],
    [
      "en",
      "email:example:error",
      "why does our validator reject my colleague's address? `\"⟦email|o'brien.siobhan@eircom.net⟧\" is not a valid email` — the apostrophe?",
    ],
  ],
  [
    [
      "en",
      "neg-email:role:security-txt",
      "Our security.txt:\n```\nContact: mailto:security@ourapp.io\nExpires: 2026-12-31T23:00:00.000Z\nPreferred-Languages: en, de\n```\nis Expires mandatory?",
    ],
    [
      "en",
      "neg-email:role:security-txt",
      'HackerOne policy page: "Report to security@shopify.com only if HackerOne is unavailable." Should our policy have a fallback e-mail too?',
    ],
    [
      "en",
      "email:role:security-txt",
      "draft security.txt, ok to ship?\n```\nContact: mailto:⟦email|jonas.berg.sec@protonmail.com⟧\nExpires: 2026-12-31T23:00:00.000Z\n```\n(that's my personal proton address, we have no security@ yet)",
    ],
  ],
  [
    [
      "en",
      "neg-password:hash:fixture",
      'Django fixture:\n```json\n{"model": "auth.user", "pk": 1, "fields": {"username": "admin", "password": "pbkdf2_sha256$600000$abcdefghijklmnop$Zq3Xs1G6m8Tq0Vw2Yb4Nc6Dh8Fj0Lk2Pm4Rs6Uv8Wy="}}\n```\nWhich Django version uses 600000 iterations?',
    ],
    [
      "en",
      "neg-password:hash:fixture",
      "What's the difference between `$2a$`, `$2b$` and `$2y$` in a bcrypt hash like `$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a`?",
    ],
    [
      "en",
      "password:hash:fixture",
      "I want to generate a bcrypt hash for the admin seed, the plain password is Dominika's: ⟦password|Wawel#Dragon-62⟧ — what cost factor?",
    ],
  ],
  [
    [
      "en",
      "neg-email:git:log",
      "`git shortlog -sne` on the Node.js repo top lines:\n```\n  2102  Rich Trott <rtrott@gmail.com>\n  1417  James M Snell <jasnell@gmail.com>\n```\nhow do I merge duplicate identities with .mailmap?",
    ],
    [
      "en",
      "neg-email:git:mailmap",
      ".mailmap in our open-source repo:\n```\nOctocat <octocat@github.com> <583231+octocat@users.noreply.github.com>\n```\nDoes GitHub's UI honour .mailmap?",
    ],
    [
      "en",
      "email:git:mailmap",
      "adding a .mailmap to our company repo so Tomás's commits group together:\n```\nTomás Navarro <⟦email|tomas.navarro@brisa-seguros.es⟧> <⟦email|tnavarro.home@gmail.com⟧>\n```\nis the order right?",
    ],
  ],
  [
    [
      "en",
      "neg-email:readme:sponsor",
      "FUNDING.yml and README say: sponsorships via GitHub Sponsors, invoices to billing@opencollective.com, trademark questions to legal@linuxfoundation.org. Which one do we write for a logo permission?",
    ],
    [
      "en",
      "neg-email:readme:contact",
      'Code of conduct template (Contributor Covenant): "Instances of abusive behaviour may be reported to the community leaders responsible for enforcement at [INSERT CONTACT METHOD]." We put conduct@ourproject.org there — fine?',
    ],
    [
      "en",
      "email:readme:contact",
      'code of conduct of our small project, I put my own address since we have no list — fine?\n\n"Report incidents to ⟦email|priya.venkatesh.dev@gmail.com⟧; reports are confidential."',
    ],
  ],
  [
    [
      "en",
      "neg-password:env:dotenv-example",
      "`.env.test` committed on purpose:\n```\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/app_test\nSESSION_SECRET=test-session-secret\nSTRIPE_SECRET_KEY=sk_test_placeholder\n```\nIs committing .env.test an anti-pattern?",
    ],
    [
      "en",
      "neg-password:env:vault",
      'Vault agent template:\n```\n{{ with secret "database/creds/readonly" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{ end }}\n```\nWhen does the lease renew?',
    ],
    [
      "en",
      "password:env:dotenv",
      "pasted from the VM because I can't find the bug:\n```\nSESSION_SECRET=dev\nSMTP_USER=newsletter@kaffeerad.at\nSMTP_PASS=⟦password|Melange!Donau-2024⟧\n```\nnodemailer: Invalid login 535",
    ],
  ],
  [
    [
      "en",
      "neg-email:smtp:newsletter",
      "Received header chain from a GitHub notification:\n```\nFrom: GitHub <notifications@github.com>\nReply-To: ourorg/api <reply+ABCDEF123456@reply.github.com>\nList-ID: ourorg/api <api.ourorg.github.com>\n```\nCan I reply by mail to comment?",
    ],
    ["en", "neg-email:smtp:newsletter", "Mailchimp test send header: `To: *|EMAIL|*` shows literally in the preview. Is the merge tag wrong?"],
    [
      "en",
      "email:smtp:newsletter",
      "bounce notice for our newsletter, who is the bad address?\n```\nFinal-Recipient: rfc822; ⟦email|henrike.voss@t-online.de⟧\nAction: failed\nStatus: 5.1.1\n```",
    ],
  ],
  [
    [
      "en",
      "neg-password:policy:text",
      "Security awareness quiz answer key: 'Which is the strongest? a) `Password2024` b) `P@ssw0rd!` c) a four-word passphrase' — is c really always right?",
    ],
    [
      "en",
      "neg-password:strength:doc-example",
      "Why do so many Kubernetes tutorials use `admin123` for Grafana? Is there a way to detect tutorial passwords with a linter?",
    ],
    ["en", "password:strength:colleague", "my manager wants the shared Instagram login to be ⟦password|SunnyCafe2025⟧ for the whole team, is that a bad idea?"],
  ],
  [
    [
      "en",
      "neg-email:sql:seed",
      "Prisma seed.ts:\n```ts\nawait prisma.user.createMany({ data: [\n  { email: 'alice@prisma.io', name: 'Alice' },\n  { email: 'bob@prisma.io', name: 'Bob' },\n] });\n```\nThat's from the Prisma quickstart — why do they use prisma.io addresses?",
    ],
    [
      "en",
      "neg-email:sql:seed",
      "Laravel factory: `'email' => fake()->unique()->safeEmail()` gives `kassandra.wolf@example.org`. Is safeEmail always example.*?",
    ],
    [
      "en",
      "email:sql:seed",
      "support asked me to fix this row in prod, write the SQL:\n```\nid=88123 email=⟦email|bjorn.halvorsen@online.no⟧ status=locked\n```\nunlock and reset failed_logins",
    ],
  ],
  [
    [
      "en",
      "neg-password:fixture:openapi",
      "Postman collection variable: `{{password}}` with initial value `changeme` and current value empty. Does sharing the collection leak the current value?",
    ],
    [
      "en",
      "neg-password:fixture:mock",
      'json-server db.json:\n```json\n{ "users": [{ "id": 1, "username": "jdoe", "password": "password123" }] }\n```\nhow do I add auth to json-server?',
    ],
    [
      "en",
      "password:fixture:openapi",
      'Postman exported this with the current value filled in — Camila\'s login to our partner API:\n```json\n{ "key": "password", "value": "⟦password|Ipanema-Surf_4471⟧" }\n```\nhow do I strip current values on export?',
    ],
  ],
];
