/**
 * dev-46 groups, part 2: addresses in developer artefacts — READMEs, git log / blame / MAINTAINERS with public
 * maintainers' published addresses, GitHub noreply addresses, role mailboxes, RFC 2606 domains, mailing-list headers,
 * a vendor newsletter's SMTP/DKIM headers, support logs — each beside a twin with one personal address.
 * Written by the session-42 precision helper before opening src/privacy.
 */
import type { Group } from "../dev-41/group.js";

export const MAIL: Group[] = [
  [
    [
      "en",
      "neg-email:readme:security",
      "From our README:\n\n## Reporting a vulnerability\nPlease do not open a public issue. E-mail security@fastify.dev (PGP key in SECURITY.md). We answer within 72 hours.\n\nIs 72 hours a reasonable SLA to promise?",
    ],
    [
      "en",
      "neg-email:readme:contact",
      "README footer of a template repo:\n\n## Maintainers\n- Jane Doe <jane.doe@example.org>\n- John Roe <jroe@example.net>\n\nLicense: MIT\n\nShould I replace these placeholders before publishing?",
    ],
    [
      "en",
      "email:readme:contact",
      "internal README of our data-platform repo:\n\n## Access\nRead access to the warehouse is granted by Tobias Kranz — write to ⟦email|tobias.kranz.privat@gmx.de⟧ (he's on parental leave, work inbox is off).\n\nCan you make this section clearer?",
    ],
  ],
  [
    [
      "en",
      "neg-email:readme:badge",
      "README badges:\n```\n[![npm](https://img.shields.io/npm/v/left-pad.svg)](https://npmjs.com/package/left-pad)\n[![Contact](https://img.shields.io/badge/contact-support%40ourapp.io-blue)](mailto:support@ourapp.io)\n```\nThe contact badge shows %40, how do I get an @?",
    ],
    [
      "en",
      "email:readme:contact",
      "CONTRIBUTING.md draft:\n\nQuestions about the release process go to our release manager Ines Carvalho (⟦email|ines.carvalho@ourapp.io⟧), or the #releases channel.\n\nplease fix grammar",
    ],
  ],
  [
    [
      "en",
      "neg-email:git:log",
      "git log --format='%an <%ae>' -3 on the git project itself:\n```\nJunio C Hamano <gitster@pobox.com>\nJunio C Hamano <gitster@pobox.com>\nJeff King <peff@peff.net>\n```\nhow do I count commits per author with shortlog?",
    ],
    [
      "en",
      "neg-email:git:log",
      "```\ncommit 3f9c2a1e8b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nDate:   Tue Oct 14 09:12:44 2025 +0000\n\n    Bump axios from 1.7.7 to 1.7.9\n```\ncan I auto-merge these only for patch bumps?",
    ],
    [
      "en",
      "email:git:log",
      "git log in our company's private monorepo, someone committed with their personal identity:\n```\ncommit 8e1d0c3b9a7f\nAuthor: Aylin Demir <⟦email|aylin.demir92@gmail.com⟧>\nDate:   Mon Nov 3 17:40:02 2025 +0100\n\n    fix invoice rounding\n```\nhow do I rewrite the author on just this commit?",
    ],
  ],
  [
    [
      "en",
      "neg-email:git:maintainers",
      "From the Linux kernel MAINTAINERS file:\n```\nUSB SUBSYSTEM\nM:\tGreg Kroah-Hartman <gregkh@linuxfoundation.org>\nL:\tlinux-usb@vger.kernel.org\nS:\tSupported\nT:\tgit git://git.kernel.org/pub/scm/linux/kernel/git/gregkh/usb.git\n```\nwhat do the M/L/S/T letters mean?",
    ],
    [
      "en",
      "neg-email:git:trailer",
      "Patch trailer from curl's repository:\n```\nReported-by: Hiroki Tanaka\nReviewed-by: Daniel Stenberg <daniel@haxx.se>\nCloses #15321\n```\nIs Reviewed-by added by a tool or by hand?",
    ],
    [
      "en",
      "email:git:trailer",
      "our internal gerrit change, before I push it to the vendor:\n```\nSigned-off-by: Mateus Oliveira <⟦email|mateus.oliveira.dev@hotmail.com⟧>\nChange-Id: I4c1e0b2d9a8f7e6d5c4b3a29181706f5e4d3c2b1\n```\nshould I strip Change-Id before sending upstream?",
    ],
  ],
  [
    [
      "en",
      "neg-email:git:blame",
      "git blame -e src/router.ts | head -3\n```\n^4b2a1c9 (<583231+octocat@users.noreply.github.com> 2024-02-01 10:00:00 +0000 1) import express from 'express';\n7d9e0f1a (<noreply@github.com> 2024-03-11 08:14:51 +0000 2) // merged via web UI\n```\nwhy does the second line show noreply@github.com?",
    ],
    [
      "en",
      "email:git:blame",
      "blame on the line that broke prod:\n```\n9c81f2e0 (<⟦email|r.lindqvist@nordkap-logistik.se⟧> 2025-09-30 16:22:07 +0200 214)   if (qty = 0) return;\n```\nRasmus is on holiday, can you explain what the line does?",
    ],
  ],
  [
    [
      "en",
      "neg-email:role:abuse",
      "Our abuse report template:\n\nTo: abuse@cloudflare.com\nCc: abuse@hetzner.com\nSubject: Phishing site hosted at 203.0.113.50\n\nWhat evidence should I attach?",
    ],
    [
      "en",
      "neg-email:role:support",
      'Vendor status mail says: "If the issue persists, contact support@stripe.com or privacy@stripe.com for data requests." Which one handles a GDPR deletion request?',
    ],
    [
      "en",
      "email:role:support",
      "support log from our helpdesk (Zendesk export):\n```\n#48211  2025-11-02 08:14  requester: ⟦email|kwame.mensah1988@yahoo.com⟧  subject: refund not received\n#48212  2025-11-02 08:20  requester: support@ourshop.io  subject: [auto] SLA breach\n```\nwrite a macro reply for the refund ticket",
    ],
  ],
  [
    [
      "en",
      "neg-email:role:postmaster",
      "RFC 2142 says every domain should have postmaster@ and hostmaster@. Is abuse@ also required? Our mail server rejects mail to hostmaster@ourdomain.io.",
    ],
    [
      "en",
      "email:role:named-work",
      'please shorten this Slack message: "hi all, the on-call for the payments outage is Hannah Oyelaran (⟦email|hannah.oyelaran@brightwell-bank.co.uk⟧), ping her directly, not the security@ list"',
    ],
  ],
  [
    [
      "en",
      "neg-email:example:openapi",
      "OpenAPI snippet:\n```yaml\ncomponents:\n  schemas:\n    User:\n      type: object\n      properties:\n        email:\n          type: string\n          format: email\n          example: jane.doe@example.com\n```\nShould format email be validated by the generator?",
    ],
    [
      "en",
      "neg-email:example:mock",
      'Mockoon route response:\n```json\n{ "id": 42, "name": "Test User", "email": "test.user@mail.test", "manager": "boss@company.invalid" }\n```\nhow do I randomise the id per request?',
    ],
    [
      "en",
      "email:example:openapi",
      "generated this OpenAPI example from a real request so the docs look realistic, ok to publish?\n```yaml\n          example:\n            email: ⟦email|svetlana.kuzmina@mail.ru⟧\n            plan: pro\n```",
    ],
  ],
  [
    [
      "en",
      "neg-email:example:rfc2606",
      'Test case names from our validator:\n- accepts `user+tag@example.org`\n- accepts `"quoted local"@example.net`\n- rejects `user@localhost.invalid` when TLD required\nAre quoted local parts worth supporting?',
    ],
    [
      "en",
      "neg-email:example:placeholder",
      "Signup form placeholder text: `you@yourcompany.com`. UX says placeholders hurt accessibility — should it be a label instead?",
    ],
    [
      "en",
      "email:example:form",
      "the signup form rejects my sister's address ⟦email|marisol.ferrer+shop@gmail.com⟧ — is the + not allowed by our regex `^[\\w.-]+@[\\w.-]+$`?",
    ],
  ],
  [
    [
      "en",
      "neg-email:mlist:headers",
      "Headers of a message from the PostgreSQL list:\n```\nList-Id: <pgsql-hackers.lists.postgresql.org>\nList-Post: <mailto:pgsql-hackers@lists.postgresql.org>\nList-Unsubscribe: <mailto:pgsql-hackers-unsubscribe@lists.postgresql.org>\nPrecedence: bulk\n```\nhow do I filter these in Gmail?",
    ],
    [
      "en",
      "neg-email:mlist:headers",
      "Mailman footer:\n```\n_______________________________________________\ndev mailing list -- dev@lists.fedoraproject.org\nTo unsubscribe send an email to dev-leave@lists.fedoraproject.org\n```\nwhy do replies go to the list and not the author?",
    ],
    [
      "en",
      "email:mlist:headers",
      "forwarded from our team's private list, can you tell why it went to spam?\n```\nFrom: Benedikt Aigner <⟦email|bene.aigner@aon.at⟧>\nList-Id: <infra-team.lists.ourcorp.at>\nSender: infra-team-bounces@lists.ourcorp.at\n```",
    ],
  ],
  [
    [
      "en",
      "neg-email:smtp:newsletter",
      "Headers of a vendor newsletter:\n```\nFrom: Datadog <news@mail.datadoghq.com>\nReturn-Path: <bounce-mc.us5_1234567.8901234-ref@mail.mcsv.net>\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mail.datadoghq.com; s=k1; h=from:subject:to; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\nTo: undisclosed-recipients:;\n```\nwhich domain is DKIM-aligned?",
    ],
    [
      "en",
      "neg-email:smtp:newsletter",
      "SPF/DMARC report for our newsletter:\n```\nAuthentication-Results: mx.google.com; dkim=pass header.i=@em.ourapp.io; spf=pass smtp.mailfrom=bounces@em.ourapp.io; dmarc=pass header.from=ourapp.io\n```\nIs relaxed alignment enough?",
    ],
    [
      "en",
      "email:smtp:newsletter",
      "why did this newsletter land in my spam? headers:\n```\nFrom: Notion <team@mail.notion.so>\nTo: ⟦email|grzegorz.wilk77@onet.pl⟧\nDKIM-Signature: v=1; a=rsa-sha256; d=mail.notion.so; s=s1; h=from:to:subject;\n```",
    ],
  ],
  [
    [
      "de",
      "neg-email:role:impressum",
      "In unserer README steht unter Kontakt: `info@` und `datenschutz@` unserer Firma, also datenschutz@kontor-software.de. Reicht das für die DSGVO-Anfragen?",
    ],
    [
      "de",
      "email:role:named-work",
      'Bitte kürzen: "Für Rückfragen zum Deployment wendet euch an Lena Hoffmann, ⟦email|lena.hoffmann@kontor-software.de⟧, nicht an info@."',
    ],
  ],
  [
    [
      "es",
      "neg-email:example:seed",
      'Archivo seeds.rb:\n```ruby\nUser.create!(email: "admin@example.com", password: "password")\nUser.create!(email: "demo@example.com", password: "password")\n```\n¿Conviene usar Faker para los seeds?',
    ],
    [
      "es",
      "email:example:seed",
      'Copié este seed de producción para reproducir el bug:\n```ruby\nUser.create!(email: "⟦email|lucia.paredes.r@hotmail.es⟧", plan: "premium")\n```\n¿por qué falla la validación de unicidad?',
    ],
  ],
];
