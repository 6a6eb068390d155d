/**
 * dev-46 groups, part 1: configuration as committed or pasted — `.env.example`, docker-compose, Helm values,
 * Kubernetes Secrets, CI logs with masked secrets — each group a hard negative (or two) and its one-fact-personal twin.
 * Written by the session-42 precision helper before opening src/privacy. Kind: `<topic>:<family>:<form>`.
 */
import type { Group } from "../dev-41/group.js";

export const CONFIG: Group[] = [
  [
    [
      "en",
      "neg-password:env:dotenv-example",
      "This is our .env.example:\n\nAPP_ENV=local\nDB_HOST=127.0.0.1\nDB_USER=app\nDB_PASSWORD=changeme\nSMTP_PASSWORD=\nJWT_SECRET=your-secret-here\n\nShould new devs copy it to .env or symlink it?",
    ],
    [
      "en",
      "neg-password:env:dotenv-example",
      "Reviewing a PR that adds `.env.sample`:\n```\nREDIS_URL=redis://localhost:6379/0\nDATABASE_URL=postgres://user:password@localhost:5432/app_dev\nADMIN_PASSWORD=<set-me>\n```\nAnything missing for a Rails app?",
    ],
    [
      "en",
      "password:env:dotenv",
      "I copied our real .env from the staging box to debug, sorry it's long:\n\nAPP_ENV=staging\nDB_HOST=10.20.4.17\nDB_USER=orders\nDB_PASSWORD=⟦password|vB7#qLx29!mTe⟧\nSMTP_PASSWORD=\n\nWhy does Laravel say SQLSTATE[HY000] [1045] access denied?",
    ],
  ],
  [
    [
      "en",
      "neg-connection_string:env:dotenv-example",
      "README says: copy `.env.example` → `.env` and set\n\nDATABASE_URL=postgresql://${PGUSER}:${PGPASSWORD}@${PGHOST}:5432/${PGDATABASE}\n\nDoes Prisma expand those ${} variables itself?",
    ],
    [
      "en",
      "connection_string:env:dotenv",
      "prisma migrate fails with P1001, here's my .env line:\n\nDATABASE_URL=⟦connection_string|postgresql://billing:Rq4vN8xkT2pw@db-prod-eu1.internal.fenwick-pay.com:5432/billing⟧\n\nIs the host wrong?",
    ],
  ],
  [
    [
      "en",
      "neg-password:env:compose",
      "From the official postgres image docs:\n```yaml\nservices:\n  db:\n    image: postgres\n    restart: always\n    environment:\n      POSTGRES_PASSWORD: example\n```\nWhy is the documented password literally `example`?",
    ],
    [
      "en",
      "neg-password:env:compose",
      "docker-compose.yml in our repo:\n```yaml\n  mysql:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root\n      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set MYSQL_PASSWORD}\n    secrets: [mysql_root]\n```\nDoes the :? syntax work in compose v2?",
    ],
    [
      "en",
      "password:env:compose",
      "compose file from my home server, grafana won't log in:\n```yaml\n  grafana:\n    image: grafana/grafana:11.2.0\n    environment:\n      GF_SECURITY_ADMIN_USER: kerstin\n      GF_SECURITY_ADMIN_PASSWORD: ⟦password|Fjord-Lamp-4418⟧\n```\nthe login page says invalid username or password",
    ],
  ],
  [
    [
      "en",
      "neg-password:env:compose",
      "MinIO quickstart compose:\n```\n    environment:\n      MINIO_ROOT_USER: minioadmin\n      MINIO_ROOT_PASSWORD: minioadmin\n```\nIs it safe to keep those defaults on a laptop only?",
    ],
    [
      "en",
      "password:env:compose",
      "our minio on the NAS (colleague Pieter set it up, these are his creds):\n```\n      MINIO_ROOT_USER: pieter\n      MINIO_ROOT_PASSWORD: ⟦password|Zw8p!kR3uYv6Qd⟧\n```\nmc alias set fails with signature mismatch",
    ],
  ],
  [
    [
      "en",
      "neg-password:env:helm",
      'values.yaml of the bitnami postgresql chart we vendor:\n```yaml\nauth:\n  postgresPassword: ""\n  username: ""\n  password: ""\n  existingSecret: "pg-credentials"\n  secretKeys:\n    adminPasswordKey: postgres-password\n```\nIf existingSecret is set, are the empty strings ignored?',
    ],
    [
      "en",
      "neg-password:env:helm",
      'Helm values override in CI:\n```\nhelm upgrade api ./chart \\\n  --set redis.auth.password="{{ .Values.global.redisPassword }}" \\\n  --set-string db.password=$DB_PASSWORD\n```\nwhy does helm print the template literally?',
    ],
    [
      "en",
      "password:env:helm",
      "my-values.yaml for keycloak (prod):\n```yaml\nauth:\n  adminUser: admin\n  adminPassword: ⟦password|Kc-Prod_93vHx!27⟧\nproduction: true\n```\nthe pod crashloops with 'hostname not configured'",
    ],
  ],
  [
    [
      "en",
      "neg-password:env:k8s-secret",
      "Example from the Kubernetes docs:\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n```\nHow do I decode these on Windows without base64?",
    ],
    [
      "en",
      "neg-password:env:k8s-secret",
      "Kustomize secretGenerator template:\n```yaml\nsecretGenerator:\n- name: db-creds\n  envs:\n  - secrets.env   # not committed, see secrets.env.template\n  literals:\n  - DB_PASSWORD=${DB_PASSWORD}\n```\nkustomize doesn't substitute the ${DB_PASSWORD} — expected?",
    ],
    [
      "en",
      "password:env:k8s-secret",
      "applied this and the app still can't connect:\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\nstringData:\n  DB_USER: orders_svc\n  DB_PASSWORD: ⟦password|qT6!wE9rZ2xLpM⟧\n```\nis stringData merged into data?",
    ],
  ],
  [
    [
      "en",
      "neg-password:ci:masked-log",
      "GitHub Actions log:\n```\nRun docker login ghcr.io -u ci-bot -p ***\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n```\nhow do I switch to --password-stdin in the workflow?",
    ],
    [
      "en",
      "neg-password:ci:masked-log",
      "GitLab job output:\n```\n$ mysql -h db -u deploy -p[MASKED] -e 'SELECT 1'\nERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)\n```\nThe service alias is `mysql` not `db`, right?",
    ],
    [
      "en",
      "password:ci:masked-log",
      "the secret was not masked because I base64'd it and then decoded in the script:\n```\n+ export PGPASSWORD=⟦password|m4Gn0lia#Raft77⟧\n+ psql -h pg.internal -U reports -c 'select 1'\n```\nhow do I re-mask it with ::add-mask::?",
    ],
  ],
  [
    [
      "en",
      "neg-password:ci:masked-log",
      "Jenkins console:\n```\n[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASS\n[Pipeline] sh\n+ curl -u deployer:**** https://nexus.example.com/repository/releases/\n```\nwhy is it 401?",
    ],
    [
      "en",
      "neg-password:ci:masked-log",
      'CircleCI step output:\n```\n#!/bin/bash -eo pipefail\necho "$NPM_TOKEN" | wc -c\n41\nnpm publish --//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nnpm ERR! 403 Forbidden\n```\nthe token length looks right?',
    ],
    [
      "en",
      "password:ci:masked-log",
      "Jenkins printed it because the credential was typed into the job config as plain text:\n```\n+ curl -u deployer:⟦password|Nx5$hTq8wLe2⟧ https://nexus.corp-halvorsen.no/repository/releases/\n401 Unauthorized\n```\nwhy 401 if the password is right?",
    ],
  ],
  [
    [
      "de",
      "neg-password:env:dotenv-example",
      "Unsere `.env.dist` im Symfony-Projekt:\n```\nMAILER_DSN=smtp://user:pass@smtp.example.com:587\nDATABASE_PASSWORD=!ChangeMe!\n```\nWarum nutzt Symfony `!ChangeMe!` als Platzhalter?",
    ],
    [
      "de",
      "password:env:dotenv",
      "Kollegin Anja hat mir ihre lokale `.env.local` geschickt, damit ich den Mailer teste:\n```\nMAILER_USER=anja.brandt\nMAILER_PASSWORD=⟦password|Wq3!hafen-Linde⟧\n```\nMuss ich das noch URL-kodieren für MAILER_DSN?",
    ],
  ],
  [
    [
      "fr",
      "neg-password:env:compose",
      "Dans le docker-compose du tutoriel WordPress :\n```\n      WORDPRESS_DB_USER: exampleuser\n      WORDPRESS_DB_PASSWORD: examplepass\n```\nfaut-il changer ces valeurs avant de tester en local ?",
    ],
    [
      "fr",
      "password:env:compose",
      "le compose de notre serveur de prod (je colle tel quel) :\n```\n      WORDPRESS_DB_USER: wp_boutique\n      WORDPRESS_DB_PASSWORD: ⟦password|Tb9!cerise-Quai⟧\n```\nerreur « Error establishing a database connection »",
    ],
  ],
];
