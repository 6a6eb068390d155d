/**
 * dev-75 entries: credentials as they leak from tooling — shell history and terminal transcripts (`mysql -p…`,
 * `curl -u`, `export X_TOKEN=`, `docker login -p`, `sshpass -p`), CI logs and workflow files, `.npmrc`, `.pypirc`,
 * `.netrc`, `.pgpass` and docker `config.json` auth, Kubernetes and Helm values, Terraform tfvars, connection strings of
 * databases and brokers, code that builds a secret from pieces (concatenated literals, joined arrays, template
 * literals, f-strings, byte arrays, char codes), Wi-Fi QR strings, Postman/Insomnia exports, HAR files, browser cookies
 * and HTTP headers, and chat messages passing a password on (en, nl, de, fr, es, Hinglish `hi-Latn`, ja). Gold
 * categories: connection_string (the whole string), private_key, jwt, api_key (a vendor token, an access key, a long
 * random or base64 secret) and password (a human-chosen secret); the span is the secret itself, or — for a secret
 * assembled from pieces — from the first piece's first character to the last piece's last. Hard negatives: placeholders and redactions, `${{ secrets.X }}` and env-var
 * references, vendor-documented example keys, hashes and checksums, public keys, UUIDs and request ids, commit SHAs,
 * base64 of non-secret data, password-policy questions. `kind` is `<topic>:credentials` or `neg-<topic>:<what>`. Our
 * own invented text; every value is random and invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // Shell history and terminal transcripts
  ["en", "shell:credentials", `why does this fail with "Access denied"? I ran: mysql -u app_admin -p⟦password|Tr0mbone!77⟧ -h 10.4.2.19 shop_prod`],
  [
    "en",
    "shell:credentials",
    `here's my ~/.bash_history tail, which of these commands is slow?\n  cd ~/deploy\n  export GITHUB_TOKEN=⟦api_key|ghp_CLBDcUXGR2Q7E6RR42S0wg5Su7fWqrFU3QwM⟧\n  gh release list --limit 5\n  git pull --rebase`,
  ],
  [
    "en",
    "shell:credentials",
    `curl keeps returning 401: curl -u deploy:⟦password|Kest-rel_9041⟧ https://nexus.corp.internal/repository/releases/ -T build.zip`,
  ],
  [
    "en",
    "shell:credentials",
    `$ docker login registry.gitlab.com -u ci-bot -p ⟦api_key|glpat-Lu0Q6iMw4MjuCKPCr_Vi⟧\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\nhow do I switch this to password-stdin in a Makefile?`,
  ],
  [
    "en",
    "shell:credentials",
    `sshpass -p '⟦password|w1nterRiver#3⟧' ssh -o StrictHostKeyChecking=no pi@192.168.1.40 'sudo reboot' — is there a cleaner way to script this?`,
  ],
  [
    "en",
    "shell:credentials",
    `my terminal:\n\n$ psql "host=db.internal user=reporting password=⟦password|vN7q!Lp2wXz⟧ dbname=analytics sslmode=require"\npsql: error: connection to server failed: timeout expired\n\nfirewall or config?`,
  ],
  [
    "en",
    "shell:credentials",
    `ran \`export OPENAI_API_KEY=⟦api_key|sk-proj-TJZHrRfa2kWf54g2yxqUnbW-eN-NZFoLFe7lwpSCweGqxhcp⟧\` and python still says the key is missing, why?`,
  ],
  [
    "en",
    "shell:credentials",
    `history | grep redis gives:\n 412  redis-cli -h cache-1.prod -a ⟦password|Hq8sPz3LmW2x⟧ --no-auth-warning info memory\nhow do I read the used_memory_peak number?`,
  ],
  [
    "en",
    "shell:credentials",
    `PS C:\\> $env:AZURE_STORAGE_KEY = "⟦api_key|TeZpI7gq+n4x6KbytDlaWbhsIZx51ZRaEF+r+QnupsXwhdZG==⟧"\nPS C:\\> az storage blob list -c backups\nwhy does az ignore it?`,
  ],
  [
    "en",
    "shell:credentials",
    `mongosh "⟦connection_string|mongodb+srv://crm_rw:Fennel%2342x@cluster1.q7zkd.mongodb.net/crm⟧" --eval "db.leads.countDocuments()" prints 0 but Compass shows rows`,
  ],
  [
    "en",
    "shell:credentials",
    `root@build:~# htpasswd -b -c /etc/nginx/.htpasswd ops ⟦password|Lantern-5521-ops⟧\nAdding password for user ops\nnow nginx says 403, what did I miss?`,
  ],
  ["en", "shell:credentials", `rsync over ssh asks for a password each time, I did: RSYNC_PASSWORD=⟦password|b4ckup-Otter-19⟧ rsync -av /srv/ backup@nas::srv`],
  // CI logs and workflow files
  [
    "en",
    "ci:credentials",
    `GitHub Actions log, step "Publish":\n  Run npm publish --access public\n  npm notice Publishing to https://registry.npmjs.org/\n  npm ERR! 403 token ⟦api_key|npm_WMUqvCl6eLyuYilxgzRWygrukvDKbb1C9fel⟧ does not have permission\nwhat permission is missing?`,
  ],
  [
    "en",
    "ci:credentials",
    `our .gitlab-ci.yml:\n\ndeploy:\n  stage: deploy\n  variables:\n    AWS_ACCESS_KEY_ID: ⟦api_key|AKIA9SMW2MJ7PC12V4NA⟧\n    AWS_SECRET_ACCESS_KEY: ⟦api_key|3TkUttGBG/2+xXsZpSFBbU9J8BVrR5fAYINeujXE⟧\n  script:\n    - aws s3 sync dist/ s3://static-site\n\nwhy is the job stuck at "pending"?`,
  ],
  [
    "en",
    "ci:credentials",
    `Jenkins console output:\n[Pipeline] sh\n+ curl -s -H 'X-Api-Key: ⟦api_key|5dhYjfYyqFjpvA0m1dFbSGfMcATS⟧' https://api.statuspage.io/v1/pages\n{"error":"rate limited"}\nhow do I back off?`,
  ],
  [
    "en",
    "ci:credentials",
    `.github/workflows/release.yml\n\n    - name: Upload to PyPI\n      env:\n        TWINE_USERNAME: __token__\n        TWINE_PASSWORD: ⟦api_key|pypi-AgEIcHlwaS5vcmcE5zFdBNa7R7RQtgNI-MSQ7SWT47PcFGg1S8nCZxrL6ENWVTPcpoJTDJmUki-⟧\n      run: twine upload dist/*\n\nthe upload step is skipped on tags, why?`,
  ],
  [
    "en",
    "ci:credentials",
    `CircleCI failed at "Notify":\n#!/bin/bash -eo pipefail\ncurl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/⟦api_key|T04KX7Q2M/B06HZ3P1W/nh0Sn009taAiRe9Zv5Mx43Pr⟧\ninvalid_payload`,
  ],
  [
    "en",
    "ci:credentials",
    `Bitbucket pipeline output, can you see why the login fails?\n+ echo "⟦api_key|dckr_pat_Kip2aE59UD8iDMgRrFO7dd2GZej⟧" | docker login -u acmeci --password-stdin\nError response from daemon: unauthorized: incorrect username or password`,
  ],
  [
    "en",
    "ci:credentials",
    `azure-pipelines.yml snippet:\n  - script: sonar-scanner -Dsonar.login=⟦api_key|squ_1c0d389f5258701bcebe3e0ed1a616b0e4fe6eb3⟧ -Dsonar.projectKey=billing\nthe analysis never appears on the server`,
  ],
  // Dotfiles and tool configs
  [
    "en",
    "dotfile:credentials",
    `my ~/.npmrc:\n\nregistry=https://registry.npmjs.org/\n//npm.pkg.github.com/:_authToken=⟦api_key|ghp_QFrAbyIKRD7Rmim4jtF9Mk1DbtNTdedrumdf⟧\n@acme:registry=https://npm.pkg.github.com\n\nnpm install @acme/ui says 404`,
  ],
  [
    "en",
    "dotfile:credentials",
    `~/.pypirc\n[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.corp.example/simple\nusername = builder\npassword = ⟦password|Quokka!8820pypi⟧\n\ntwine ignores the section, what's wrong with the format?`,
  ],
  [
    "en",
    "dotfile:credentials",
    `.netrc for the CI box, is the syntax right?\nmachine git.internal.lan login svc-ci password ⟦password|Gd7#kQ2mVx9p⟧\nmachine artifacts.internal.lan login svc-ci password ⟦password|Yb5!Rw8nTz3c⟧`,
  ],
  [
    "en",
    "dotfile:credentials",
    `~/.pgpass has\ndb-report.internal:5432:warehouse:analyst:⟦password|M0rning$Tide42⟧\nbut psql still prompts. permissions are 0644`,
  ],
  [
    "en",
    "dotfile:credentials",
    `docker ~/.docker/config.json:\n{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "⟦api_key|YWNtZWNpOlN0b3JtLVBlYWstNzc=⟧"\n    }\n  }\n}\nwhy does docker pull still hit the anonymous rate limit?`,
  ],
  [
    "en",
    "dotfile:credentials",
    `.env of my side project:\nDATABASE_URL=⟦connection_string|postgres://hobby:Pl4ntain_99@localhost:5432/hobby⟧\nSTRIPE_SECRET_KEY=⟦api_key|sk_live_51B53HluaAeFiYLnaFFfAaS9XQQRYhpK⟧\nPORT=3000\ncan dotenv override variables already set in the shell?`,
  ],
  [
    "en",
    "dotfile:credentials",
    `~/.aws/credentials\n[default]\naws_access_key_id = ⟦api_key|AKIAUL6BM47XVLV7JDDX⟧\naws_secret_access_key = ⟦api_key|yIvuzxWpL82AujXqUr7CJzd4cZoptjgSgBxri6BN⟧\nregion = eu-west-1\n\nhow do I add a second profile?`,
  ],
  [
    "en",
    "dotfile:credentials",
    `~/.config/gh/hosts.yml\ngithub.com:\n    user: mvdberg\n    oauth_token: ⟦api_key|gho_OSgsNyAd5rm66TvuOG8vfAyUw4FInhrbV0Ky⟧\n    git_protocol: https\nhow do I make gh use ssh instead?`,
  ],
  [
    "en",
    "dotfile:credentials",
    `composer auth.json:\n{"http-basic": {"repo.packagist.com": {"username": "token", "password": "⟦api_key|f6gbhNR03Hefn9EJmDEdeNYzkeNAI80X⟧"}}}\ncomposer install hangs`,
  ],
  // Kubernetes, Helm, Terraform
  [
    "en",
    "k8s:credentials",
    `kubectl get secret fails after I applied this, any typo?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\nstringData:\n  username: orders\n  password: ⟦password|Cobalt-Finch-8813⟧`,
  ],
  [
    "en",
    "k8s:credentials",
    `values.yaml for our Helm chart:\npostgresql:\n  auth:\n    username: keycloak\n    password: "⟦password|Kc-9vQ2!rTm⟧"\n    database: keycloak\ningress:\n  enabled: true\nthe pod keeps restarting with CrashLoopBackOff`,
  ],
  [
    "en",
    "k8s:credentials",
    `kubectl create secret generic smtp --from-literal=user=mailer@acme-shop.nl --from-literal=pass=⟦password|Sp4rrow&Wind⟧ -n prod\nhow do I mount it as env in the deployment?`,
  ],
  [
    "en",
    "k8s:credentials",
    `apiVersion: v1\nkind: Secret\nmetadata: {name: api}\ndata:\n  token: ⟦api_key|c2tfbGl2ZV81MUJuanJwSjluOUxKcGphZVpYNVNMbVFBR0ZNV1N0ag==⟧\n\nwhy is the env var in the container base64 gibberish?`,
  ],
  [
    "en",
    "terraform:credentials",
    `terraform.tfvars\n\nregion          = "eu-central-1"\ndb_username     = "tf_admin"\ndb_password     = "⟦password|Gl4cier_Moss#61⟧"\ninstance_class  = "db.t3.medium"\n\nplan says the password forces replacement, why?`,
  ],
  [
    "en",
    "terraform:credentials",
    `provider "cloudflare" {\n  api_token = "⟦api_key|Gyv3nDCuJM3mYqmSKUOfJmznVQDjCEiCcOQEpcyD⟧"\n}\nterraform init works but apply says 9109 invalid access token`,
  ],
  [
    "en",
    "terraform:credentials",
    `ansible vars file group_vars/db.yml:\nmysql_root_password: ⟦password|Wh3at-Field-2291⟧\nmysql_databases:\n  - name: wiki\nthe role doesn't pick it up`,
  ],
  // Connection strings
  [
    "en",
    "connstr:credentials",
    `appsettings.json:\n"ConnectionStrings": {\n  "Default": "⟦connection_string|Server=sql-prod-02.corp.lan;Database=Billing;User Id=billing_app;Password=Ur4n!um_77;TrustServerCertificate=True⟧"\n}\nEF Core migration times out`,
  ],
  [
    "en",
    "connstr:credentials",
    `spring.datasource.url=⟦connection_string|jdbc:mysql://db-3.internal:3306/ledger?user=ledger&password=Br1ck&Mortar⟧\nspring.jpa.hibernate.ddl-auto=validate\nHikari says "Communications link failure"`,
  ],
  [
    "en",
    "connstr:credentials",
    `celery broker: BROKER_URL = "⟦connection_string|amqp://celery:Ju9pRk2wQx@rabbit.internal:5672/tasks⟧" — workers connect but tasks never run`,
  ],
  [
    "en",
    "connstr:credentials",
    `Kafka client.properties:\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="JVSJ4QHKXDF2TM6B" password="⟦api_key|yPi654WoMHVbAIlCYu2MsGqQGyv+/e+3nDCuJM3+mYqmS/KU⟧";\nconsumer lag is huge`,
  ],
  [
    "en",
    "connstr:credentials",
    `REDIS_URL=⟦connection_string|rediss://default:ENNAI0SKhlm5ivzEoV5LGol@eu1-fancy-gnat-31224.upstash.io:31224⟧ and ioredis throws ECONNRESET`,
  ],
  [
    "en",
    "connstr:credentials",
    `Azure Service Bus: "⟦connection_string|Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Y9S3FeH6vgIS1MZ+dkb6aRiyOtGSsiHZEyQZG40NXCK=⟧" — is RootManage too broad for a consumer?`,
  ],
  ["en", "connstr:credentials", `ftp in FileZilla works but not from Python: ftplib.FTP("files.acme-print.de", "upload", "⟦password|Pr1nt-Shop-44⟧")`],
  [
    "en",
    "connstr:credentials",
    `DSN for sentry-less logging to Elastic: ELASTIC_URL=⟦connection_string|https://elastic:Zt8KqW3vPn5x@es.logs.internal:9200⟧, the index isn't created`,
  ],
  // Secrets built from pieces
  [
    "en",
    "code-split:credentials",
    `refactor this JS to read the key from env instead:\n\nconst key = "⟦api_key|sk_live_51" + "BnjrpJ9n9LJp" + "jaeZX5SLmQAGFMWStj⟧";\nconst stripe = new Stripe(key);`,
  ],
  [
    "en",
    "code-split:credentials",
    `python, why is this printing the token in logs?\n\nparts = ["⟦api_key|xoxb-127641096705", "-3738873181408-", "2pzpWfOjXJQHRKeMkcSxkcgq⟧"]\nSLACK_TOKEN = "".join(parts)\nlogging.info("using %s", SLACK_TOKEN)`,
  ],
  [
    "en",
    "code-split:credentials",
    `const prefix = "AIza";\nconst mapsKey = \`\${prefix}⟦api_key|7fwKwRxkP7o3Fbe7pgBZ6Vcl6zjciBqjKFo⟧\`;\nloader.load({ apiKey: mapsKey });\n// map is grey, console says RefererNotAllowedMapError`,
  ],
  [
    "en",
    "code-split:credentials",
    `Go:\n\npw := string([]byte{⟦password|0x48, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x32, 0x21, 0x50, 0x69, 0x6e, 0x65⟧})\ndb, err := sql.Open("mysql", "svc:"+pw+"@tcp(db:3306)/app")\n\nis obfuscating it like this enough for a code review?`,
  ],
  [
    "en",
    "code-split:credentials",
    `this java still fails the secret scanner, why?\n\nString pass = new StringBuilder("⟦password|9102-nommoC-elppA⟧").reverse().toString();\nconn = DriverManager.getConnection(url, "erp", pass);`,
  ],
  [
    "en",
    "code-split:credentials",
    `token = f"{'⟦api_key|ghp_'}{'1uJqLb0XkT'}{'9mW3cR7pZa'}{'2sV8nE4yHd6fQk5o⟧'}"\nrequests.get(API, headers={"Authorization": f"token {token}"})\n# mypy complains about the f-string, why?`,
  ],
  [
    "en",
    "code-split:credentials",
    `const secret = String.fromCharCode(⟦password|77, 97, 112, 108, 101, 35, 83, 121, 114, 117, 112, 56⟧);\n// used as the admin password for the seed script — fine for staging?`,
  ],
  [
    "en",
    "code-split:credentials",
    `Bash:\nA="hf_xDagn4ik"\nB="tUTdnRDIQ1IFnN"\nC="ovakAzX9e89i"\nexport HF_TOKEN="\$A\$B\$C"\nhuggingface-cli whoami says invalid token, did I quote wrong?\n(the token was ⟦api_key|hf_xDagn4iktUTdnRDIQ1IFnNovakAzX9e89i⟧)`,
  ],
  [
    "en",
    "code-split:credentials",
    `C#:\nvar apiKey = string.Concat("⟦api_key|SG.gpfu7sPbvR_fJiueHbek8f", ".eWigTAFzNipYA1Ek2FZ", "DIRC43DsnW67Ne9hR_ds8WY9⟧");\nvar client = new SendGridClient(apiKey);\nmail never arrives`,
  ],
  [
    "en",
    "code-split:credentials",
    `KEY = base64.b64decode("⟦api_key|c2stYW50LWFwaTAzLWVZMGhQcUp5Z3ZJTEhXVUtxS1ByVGxQWnM0U3lIWFhKSGNGUk40UW1OV0JwWFhxTnFUTnd5NTlzSEJ0U0ZSLS16Rl96Q1RYLXZOeUxaWmZYQUE=⟧").decode()\nclient = anthropic.Anthropic(api_key=KEY)\n\nit errors with authentication_error`,
  ],
  [
    "en",
    "code-split:credentials",
    `PHP: $pass = implode('', ['⟦password|Ro', 'se', 'mary', '-', '42', '!db⟧']); $pdo = new PDO($dsn, 'shop', $pass); — rewrite to use getenv please`,
  ],
  // Wi-Fi, Postman, HAR, cookies, headers
  [
    "en",
    "wifi:credentials",
    `decoded the QR on the office fridge: WIFI:T:WPA;S:Acme-Guest-5G;P:⟦password|Tulip.Bridge.2026⟧;; — how do I make Android connect automatically?`,
  ],
  [
    "en",
    "wifi:credentials",
    `wpa_supplicant.conf\nnetwork={\n    ssid="Vossenhol"\n    psk="⟦password|roodkapje-en-de-wolf-17⟧"\n}\nmy raspberry pi won't connect`,
  ],
  [
    "en",
    "postman:credentials",
    `exported Postman collection, why does the variable not resolve?\n{"info":{"name":"Billing API"},"auth":{"type":"bearer","bearer":[{"key":"token","value":"⟦jwt|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbmEucm9kcmlndWV6Iiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY0OTY1MDAwfQ.q3Vz8kLp2WmR7tYx4NcB6hJd9aSf0gQe1uIo5rTy3Xw⟧","type":"string"}]},"item":[]}`,
  ],
  [
    "en",
    "postman:credentials",
    `Insomnia export snippet:\n"authentication": {"type": "basic", "username": "integration", "password": "⟦password|M3ridian-Pulse-08⟧"},\n"url": "https://erp.acme.internal/api/v2/orders"\ncan I convert this to curl?`,
  ],
  [
    "en",
    "har:credentials",
    `from the HAR file of the failing login:\n"request": {"method": "POST", "url": "https://portal.example-insure.com/api/login", "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"r.okafor@outlook.com\\",\\"password\\":\\"⟦password|Harmattan#1990⟧\\"}"}}\nresponse is 302 to /login again`,
  ],
  [
    "en",
    "cookie:credentials",
    `copied from devtools, is the cookie why I get logged out?\nCookie: _ga=GA1.2.18822.17600; sessionid=⟦api_key|k8m2x9q4v7w1z3n6b5c0d8f2g4h7j1l9⟧; csrftoken=pL3vTq8mZx2`,
  ],
  [
    "en",
    "header:credentials",
    `raw request from my logs:\nGET /v1/invoices HTTP/1.1\nHost: api.billingly.io\nAuthorization: Bearer ⟦api_key|sk_live_51RV2iDUL55gbSwt4N4QjKppLrQPnO8b⟧\nAccept: application/json\nresponse: 429, what retry policy?`,
  ],
  [
    "en",
    "header:credentials",
    `nginx proxy_set_header Authorization "Basic ⟦api_key|bWV0cmljczpDaGFyY29hbC1UaWRlLTMz⟧"; — is it safe to keep this in the site config?`,
  ],
  [
    "en",
    "header:credentials",
    `> GET /api/me HTTP/2\n> x-api-key: ⟦api_key|N6uM3bnnTfLNGbWbDixmRgARC3ApGBJV⟧\n> user-agent: curl/8.5.0\n< HTTP/2 403\nwhy 403 and not 401?`,
  ],
  [
    "en",
    "json:credentials",
    `a record from our user export, is this GDPR-compliant to share with the vendor?\n{"id": 48213, "username": "lmeyer", "email": "lena.meyer@posteo.de", "password": "⟦password|Kastanie!2019⟧", "created": "2024-03-11"}`,
  ],
  [
    "en",
    "json:credentials",
    `serviceAccount.json (trimmed):\n{"type": "service_account", "project_id": "acme-analytics", "private_key_id": "e4fe6eb37886fe47ee58b7873bbcfe15b22853f0", "private_key": "⟦private_key|-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7q3Vz8kLp2WmR\\n7tYx4NcB6hJd9aSf0gQe1uIo5rTy3XwKx2Lp9Q\\n-----END PRIVATE KEY-----\\n⟧", "client_email": "etl@acme-analytics.iam.gserviceaccount.com"}\nwhich IAM role does BigQuery need?`,
  ],
  [
    "en",
    "yaml:credentials",
    `docker-compose.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: wiki\n      POSTGRES_PASSWORD: ⟦password|Heron_Lake_5530⟧\n  app:\n    depends_on: [db]\nhow do I wait for the db to be healthy?`,
  ],
  [
    "en",
    "yaml:credentials",
    `spring application.yml:\nmail:\n  host: smtp.sendgrid.net\n  username: apikey\n  password: ⟦api_key|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⟧\nmails are stuck in the queue`,
  ],
  [
    "en",
    "env:credentials",
    `.env.production, our linter flags it, which line and why?\nJWT_SECRET=⟦api_key|9dK3mQ7xV2pL8rT4wZ6nB1cF5hJ0sG⟧\nSESSION_SECRET="⟦password|Cr0wn-Jewel-Pepper-7741⟧"\nNODE_ENV=production`,
  ],
  [
    "en",
    "env:credentials",
    `SLACK_BOT_TOKEN=⟦api_key|xoxp-021354099412-256163458904-9179002916158-306900fa952faaa11592d05bb56faab7⟧ in my .env but bolt says not_authed`,
  ],
  [
    "en",
    "private-key:credentials",
    `ssh says "invalid format" for my deploy key, here it is:\n⟦private_key|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkTm4Xq8vZ3pLm2Rw7sYc5nB1hJ9dK0fQ4eUa6tGi2oAAAAJh3Yx1Hd2Mt\n-----END OPENSSH PRIVATE KEY-----⟧`,
  ],
  // Chat messages passing a password on
  [
    "en",
    "chat:credentials",
    `write a short slack message to the new intern: the staging admin login is admin / ⟦password|Pelican-Coast-93⟧ and she should change it after the first login`,
  ],
  [
    "nl",
    "chat:credentials",
    `Kun je dit netjes maken voor de groepsapp? "Het wachtwoord van de wifi in het vakantiehuis is ⟦password|ZeeMeeuw!2026⟧, het netwerk heet Duinzicht"`,
  ],
  [
    "nl",
    "chat:credentials",
    `mijn collega vraagt de inlog voor de NAS, wachtwoord is ⟦password|Bolderik-88-kast⟧ en gebruiker beheer. Hoe zeg ik dat hij het niet mag doorsturen?`,
  ],
  [
    "nl",
    "shell:credentials",
    `# backup script van Jeroen, draait niet meer sinds de update\nmysqldump -u backup --password=⟦password|Tulpen%Veld61⟧ --all-databases > /mnt/backup/dump.sql\nwat is er mis?`,
  ],
  ["nl", "env:credentials", `In onze .env staat MOLLIE_API_KEY=⟦api_key|live_Hq7sW2pLx9mZ4vT8rN3kB6cY1fJ5dG⟧ maar de betaling blijft op "open" staan, waarom?`],
  [
    "nl",
    "json:credentials",
    `Dit record komt uit de export van ons klantportaal: {"klantnummer": "K-20931", "gebruikersnaam": "fvandijk", "wachtwoord": "⟦password|Fiets&Regen1984⟧"} — mogen we dit zo bewaren?`,
  ],
  [
    "nl",
    "code-split:credentials",
    `// sleutel in stukken zodat de scanner hem niet ziet\nconst deel1 = "⟦api_key|glpat-Qr_jx";\nconst deel2 = "Gl4Bv33NIq9_0Cw⟧";\nconst token = deel1 + deel2;\nWerkt dit echt tegen secret scanning?`,
  ],
  [
    "de",
    "chat:credentials",
    `Formulier das freundlicher: "Hi Jonas, das Passwort für den Router ist ⟦password|Kirschbaum#Weg12⟧, Benutzer admin. Bitte nicht weitergeben."`,
  ],
  [
    "de",
    "chat:credentials",
    `Meine Mutter hat das neue Kennwort fürs Online-Banking auf einen Zettel geschrieben: ⟦password|Edelweiss-1957-Hof⟧ — wie erkläre ich ihr einen Passwortmanager?`,
  ],
  [
    "de",
    "shell:credentials",
    `Auszug aus dem Terminal:\n$ smbclient //fileserver/buchhaltung -U mueller%⟦password|Lohn2025!Steuer⟧\nNT_STATUS_LOGON_FAILURE\nWoran liegt das?`,
  ],
  [
    "de",
    "yaml:credentials",
    `Unsere docker-compose.yml für Nextcloud:\n      MYSQL_ROOT_PASSWORD: ⟦password|Birnbaum-Allee-31⟧\n      MYSQL_DATABASE: nextcloud\nDer Container startet, aber das Setup meldet "Zugriff verweigert"`,
  ],
  [
    "de",
    "env:credentials",
    `Zugangsdaten in der .env: SMTP_USER=noreply@baeckerei-kraus.de SMTP_PASS=⟦password|Brezel&Butter77⟧ — Versand über Strato schlägt fehl`,
  ],
  [
    "de",
    "header:credentials",
    `Der Webhook-Aufruf aus unserem Log: POST /hooks/deploy mit Header X-Gitlab-Token: ⟦api_key|Wt9kPz3QmL7xR2vB⟧ — warum antwortet der Server mit 401?`,
  ],
  [
    "fr",
    "chat:credentials",
    `Traduis en anglais pour le prestataire : « le mot de passe : ⟦password|Lavande@Provence23⟧, l'identifiant est compta@fromagerie-durand.fr »`,
  ],
  ["fr", "chat:credentials", `Mon fils m'a donné son mdp Netflix : ⟦password|chaton-bleu-0412⟧. Comment je le mets sur la télé du salon ?`],
  [
    "fr",
    "shell:credentials",
    `Sortie de mon terminal :\n$ lftp -u webmaster,⟦password|Baguette!Soleil9⟧ ftp.ma-boulangerie.fr\nlftp: Échec de connexion\nune idée ?`,
  ],
  [
    "fr",
    "env:credentials",
    `Dans le fichier .env du projet : PAYPLUG_SECRET_KEY=⟦api_key|sk_live_7Hq2mX9vLp4TzR8wK3nB5cY⟧ — pourquoi le paiement est refusé en prod ?`,
  ],
  [
    "fr",
    "json:credentials",
    `Extrait du JSON renvoyé par l'API interne : {"utilisateur": "amartin", "motDePasse": "⟦password|Quimper_29_Crepes⟧", "role": "admin"} — c'est grave que l'API renvoie ça ?`,
  ],
  [
    "es",
    "chat:credentials",
    `Ayúdame a redactar un WhatsApp para mi hermana: la contraseña del wifi de casa es ⟦password|Girasol.Rojo.2024⟧ y la red se llama MOVISTAR_8F21`,
  ],
  [
    "es",
    "chat:credentials",
    `la clave del correo de la oficina es ⟦password|Tortilla-Patatas-55⟧, usuario facturacion@ferreteria-lopez.es, ¿cómo la configuro en Outlook?`,
  ],
  [
    "es",
    "shell:credentials",
    `me sale esto en la terminal:\n$ PGPASSWORD=⟦password|Jamon_Serrano#8⟧ pg_dump -h 10.0.3.7 -U ventas ventas > ventas.sql\npg_dump: error: aborting because of server version mismatch`,
  ],
  [
    "es",
    "yaml:credentials",
    `values.yaml de Helm que me pasó el cliente:\nmariadb:\n  auth:\n    rootPassword: ⟦password|Paella+Valencia77⟧\n¿por qué el pod de WordPress no arranca?`,
  ],
  [
    "es",
    "env:credentials",
    `.env del proyecto:\nTWILIO_AUTH_TOKEN=⟦api_key|a96ed39dd0105deb82bf87de76aaf29e⟧\nTWILIO_ACCOUNT_SID=AC1c0d389f5258701bcebe3e0ed1a616b0\nlos SMS no salen`,
  ],
  ["hi-Latn", "chat:credentials", `bhai password bhej raha hoon: ⟦password|Chai@Samosa2025⟧, server ka user root hai, kal subah tak deploy kar dena`],
  ["hi-Latn", "chat:credentials", `mummy ka gmail ka password ⟦password|Gulmohar-1962-ghar⟧ hai, unke naye phone mein kaise login karun?`],
  [
    "hi-Latn",
    "shell:credentials",
    `ye command chalaya tha: mysql -uroot -p⟦password|Dilli6#Chandni⟧ -e "show databases" — error 1045 aa raha hai, kya galat hai?`,
  ],
  ["hi-Latn", "env:credentials", `meri .env file mein RAZORPAY_KEY_SECRET=⟦api_key|Hq9vLx2Tz7mWp4Rk8sYb3nC⟧ hai, payment capture kyun nahi ho raha?`],
  [
    "hi-Latn",
    "json:credentials",
    `client ne ye JSON bheja: {"user": "priya.k", "pass": "⟦password|Jalebi!Rabri88⟧", "otp_enabled": false} — kya ye safe tarika hai?`,
  ],
  [
    "hi-Latn",
    "code-split:credentials",
    `ye code dekh yaar:\nkey = "⟦api_key|AIzaqYkS-YV8d" + "_Xj9kAQWT9KyI" + "i_ULNzgI03mUQ⟧"\nmaps load nahi ho raha, key split karne se koi problem hai kya?`,
  ],
  ["hi-Latn", "wifi:credentials", `ghar ka wifi ka naam "Sharma_Niwas" aur password ⟦password|Aam-ka-Achaar-77⟧ hai, router pe guest network kaise banayein?`],
  [
    "ja",
    "chat:credentials",
    `新人さんに送るメッセージを丁寧にして：「検証環境の管理画面のパスワードは⟦password|Sakura#Kawa2026⟧です。初回ログイン後に変更してください」`,
  ],
  ["ja", "chat:credentials", `母のiPhoneのApple IDのパスワードは⟦password|Fujisan-3776-m⟧です。二段階認証をオンにする手順を教えて`],
  [
    "ja",
    "shell:credentials",
    `ターミナルでこう打ったら失敗しました：\n$ curl -u admin:⟦password|Matcha!Latte55⟧ http://192.168.10.5:8080/api/status\n401が返ってきます。原因は？`,
  ],
  [
    "ja",
    "env:credentials",
    `.env に SENDGRID_API_KEY=⟦api_key|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⟧ と書いたのにメールが送れません`,
  ],
  [
    "ja",
    "yaml:credentials",
    `社内Wikiのdocker-compose.ymlです：\n  environment:\n    DB_PASSWORD: ⟦password|Tanuki_Soba_8812⟧\nコンテナが再起動を繰り返します`,
  ],
  ["ja", "wifi:credentials", `カフェの張り紙のQRを読んだら WIFI:T:WPA;S:KissaMidori;P:⟦password|midori-coffee-0707⟧;; と出ました。Macで手動接続するには？`],
];

export const NEGATIVES: MarkedEntry[] = [
  // Placeholders, redactions and references
  [
    "en",
    "neg-shell:placeholder",
    `the docs say to run mysql -u root -p<YOUR_PASSWORD> -h localhost, but should the password really go right after -p without a space?`,
  ],
  ["en", "neg-shell:reference", `is export GITHUB_TOKEN=$(gh auth token) safer than pasting the token into ~/.bashrc?`],
  [
    "en",
    "neg-shell:stdin",
    `I switched to: echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY" — does GitLab mask the variable in the job log?`,
  ],
  [
    "en",
    "neg-shell:redacted",
    `curl -u deploy:******** https://nexus.corp.internal/service/rest/v1/status returns 200 but uploads fail with 403, which privilege is missing?`,
  ],
  [
    "en",
    "neg-shell:prompt",
    `when I run sshpass -f ~/.ssh/pi_pass ssh pi@raspberrypi.local it still asks for the password — does -f need a newline at the end of the file?`,
  ],
  [
    "en",
    "neg-ci:secrets-ref",
    `workflow:\n    - name: Publish\n      env:\n        NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      run: npm publish\nwhy is NODE_AUTH_TOKEN empty on pull requests from forks?`,
  ],
  [
    "en",
    "neg-ci:masked",
    `GitHub Actions log:\n  Run docker login ghcr.io -u octo-bot -p ***\n  Login Succeeded\n  Run docker push ghcr.io/acme/api:1.4.2\n  denied: permission_denied: write_package\nwhat scope does the token need?`,
  ],
  [
    "en",
    "neg-ci:checksum",
    `CI step "verify" prints:\nsha256sum node-v20.11.1-linux-x64.tar.xz\na96ed39dd0105deb82bf87de76aaf29e144c7f0f83d0ac4bdb0a1fd73d4fdb53  node-v20.11.1-linux-x64.tar.xz\nthe SHASUMS256.txt line differs — corrupted download?`,
  ],
  ["en", "neg-ci:commit", `the pipeline failed on commit e4fe6eb37886fe47ee58b7873bbcfe15b22853f0 (merge of !482) — how do I rerun just that job in GitLab?`],
  [
    "en",
    "neg-ci:vault-ref",
    `Jenkinsfile: withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) { sh 'mvn deploy' } — where does Jenkins store nexus-deploy?`,
  ],
  [
    "en",
    "neg-dotfile:placeholder",
    `template for the README:\n~/.npmrc\n//npm.pkg.github.com/:_authToken=<YOUR_GITHUB_PAT>\n@acme:registry=https://npm.pkg.github.com\nis the "@acme:" line needed if the package is public?`,
  ],
  ["en", "neg-dotfile:env-ref", `.npmrc:\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nwill npm expand the variable on Windows too?`],
  ["en", "neg-dotfile:pgpass-format", `what's the exact line format of ~/.pgpass? hostname:port:database:username:password — can I use * for the database?`],
  [
    "en",
    "neg-dotfile:example-aws",
    `the AWS docs show aws_access_key_id = AKIAIOSFODNN7EXAMPLE and aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in ~/.aws/credentials — do I need quotes around them?`,
  ],
  [
    "en",
    "neg-dotfile:docker-helper",
    `~/.docker/config.json:\n{"credsStore": "desktop", "auths": {"https://index.docker.io/v1/": {}}}\nwhere does Docker Desktop actually keep the password then?`,
  ],
  [
    "en",
    "neg-dotfile:env-example",
    `.env.example in our repo:\nDATABASE_URL=postgres://user:password@localhost:5432/dbname\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nshould .env.example be committed?`,
  ],
  [
    "en",
    "neg-k8s:secret-ref",
    `deployment.yaml:\n        env:\n          - name: DB_PASSWORD\n            valueFrom:\n              secretKeyRef:\n                name: db-creds\n                key: password\npod says secret "db-creds" not found — wrong namespace?`,
  ],
  [
    "en",
    "neg-k8s:helm-default",
    `the Bitnami chart README lists auth.postgresPassword: "" and says a random password is generated if empty — where do I read the generated one?`,
  ],
  [
    "en",
    "neg-k8s:base64-config",
    `ConfigMap value is YXBwLmxvZy5sZXZlbD1pbmZvCmFwcC5wb3J0PTgwODA= — I think it's base64, it decodes to app.log.level=info and app.port=8080. Why would someone encode that?`,
  ],
  [
    "en",
    "neg-k8s:uid",
    `kubectl get pod api-7c9f -o yaml shows uid: 3f2b8c1e-9a4d-4e7b-b2c6-8d1f0a5e7c93 and resourceVersion: "48213907" — what's the uid used for?`,
  ],
  [
    "en",
    "neg-terraform:variable",
    `variables.tf:\nvariable "db_password" {\n  type      = string\n  sensitive = true\n}\nand in main.tf password = var.db_password — how do I pass it from Vault at plan time?`,
  ],
  [
    "en",
    "neg-terraform:state-lock",
    `terraform says: Error acquiring the state lock, Lock Info: ID: 6b1e2f4a-0c3d-4e8b-9f27-5d1a8c3e7b60, Operation: OperationTypeApply — safe to force-unlock?`,
  ],
  [
    "en",
    "neg-connstr:no-password",
    `connection string "Server=localhost;Database=Shop;Trusted_Connection=True;TrustServerCertificate=True" works in SSMS but not from Docker — why?`,
  ],
  [
    "en",
    "neg-connstr:doc-template",
    `the Mongo docs show mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true — do I need to URL-encode an @ in the password?`,
  ],
  ["en", "neg-connstr:local-default", `the RabbitMQ tutorial uses amqp://guest:guest@localhost:5672/ — why does guest only work from localhost?`],
  ["en", "neg-connstr:redis-nopass", `REDIS_URL=redis://localhost:6379/0 in dev and rediss:// in prod — what does the double s change?`],
  [
    "en",
    "neg-code:env-read",
    `const key = process.env.STRIPE_SECRET_KEY ?? "";\nif (!key.startsWith("sk_")) throw new Error("bad key");\nis checking the prefix like this a good idea?`,
  ],
  [
    "en",
    "neg-code:test-key",
    `in our tests we use Stripe's documented test key sk_test_4eC39HqLyjWDarjtT1zdp7dc — is it fine to commit tests that contain it?`,
  ],
  [
    "en",
    "neg-code:join-nonsecret",
    `parts = ["https://", "api.example.com", "/v2/", "orders"]\nurl = "".join(parts)\nis urljoin better than string join here?`,
  ],
  [
    "en",
    "neg-code:charcodes-text",
    `String.fromCharCode(72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100) — why does my kata say this prints "Hello, world"?`,
  ],
  ["en", "neg-code:bytes-magic", `if data[:8] == bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]): is that the right PNG signature check?`],
  ["en", "neg-code:template-url", `const url = \`\${BASE}/users/\${userId}/tokens?limit=\${limit}\`; — how do I stop userId injection here?`],
  ["en", "neg-code:fstring-log", `log.info(f"token refreshed for {user_id}, expires in {ttl}s, request_id={request_id}") — is it OK to log this?`],
  ["en", "neg-code:hash", `we store passwords as bcrypt: $2b$12$KIXQJr3mZ9vLp2wXz8TqNe6hB5cY1fJ0dG4sW7rM3kQ9pL2xV5nTu — is cost 12 still enough in 2026?`],
  ["en", "neg-code:sha-pin", `uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1 — why pin to a SHA instead of the tag?`],
  [
    "en",
    "neg-code:jwt-doc",
    `jwt.io's example token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — why is the signature part different in every library?`,
  ],
  [
    "en",
    "neg-code:public-key",
    `is it OK to put this in the README so people can verify releases?\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGt4pL2mVq9xZ3wR8nB5cY1fJ7dK0hT6sW4rM2eQ9uXo release@acme-tools.org`,
  ],
  [
    "en",
    "neg-code:pem-public",
    `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3Vz8kLp2WmR7tYx4NcB6hJd9aSf\n0gQe1uIo5rTy3XwKx2Lp9QmB7vT4zN8cW1yH5dJ6sF0gE2uK9oA3rL7nX4w==\n-----END PUBLIC KEY-----\nwhich curve is this?`,
  ],
  ["en", "neg-wifi:format", `what's the format of a Wi-Fi QR code? I know it starts with WIFI:T:WPA;S:<ssid>;P:<password>;; but what about hidden networks?`],
  ["en", "neg-wifi:open", `WIFI:T:nopass;S:Library-Public;; is what the library's QR decodes to — is an open network like this safe for banking?`],
  [
    "en",
    "neg-postman:variable",
    `Postman collection auth: {"type":"bearer","bearer":[{"key":"token","value":"{{access_token}}","type":"string"}]} — how do I set access_token from the login response?`,
  ],
  [
    "en",
    "neg-har:redacted",
    `HAR from Chrome (sanitized): "headers": [{"name": "authorization", "value": "[REDACTED]"}, {"name": "x-request-id", "value": "9f1c2e7a-4b3d-4c8e-a1f5-7d2b6e0c3a98"}] — why is the request retried twice?`,
  ],
  [
    "en",
    "neg-cookie:analytics",
    `Cookie: _ga=GA1.1.1093847561.1764965000; _gid=GA1.1.552310987.1765051400; theme=dark; lang=nl — which of these need consent under the ePrivacy rules?`,
  ],
  [
    "en",
    "neg-header:request-id",
    `response headers: x-request-id: 01HGZ6Q8W3K5N7P9R2T4V6X8Z0, etag: "33a64df551425fcc55e4d42a148795d9f25f89d4", cache-control: max-age=60 — why doesn't the CDN cache it?`,
  ],
  [
    "en",
    "neg-header:basic-example",
    `RFC 7617's example is Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ== — what does it decode to and why is Basic considered weak?`,
  ],
  [
    "en",
    "neg-json:hashed",
    `user record: {"id": 48213, "username": "lmeyer", "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$q3Vz8kLp2WmR7tYx4NcB6hJd9aSf0gQe1uIo5rTy3Xw", "mfa": true} — argon2 parameters reasonable?`,
  ],
  [
    "en",
    "neg-json:policy",
    `{"minLength": 12, "requireDigit": true, "requireSymbol": true, "maxAgeDays": 90, "history": 5} — is a 90-day rotation still recommended by NIST?`,
  ],
  [
    "en",
    "neg-yaml:changeme",
    `the sample config in the project README says:\nadmin:\n  user: admin\n  password: changeme   # change this before going to production\nshould the app refuse to start while it's still changeme?`,
  ],
  [
    "en",
    "neg-yaml:compose-secret",
    `docker-compose:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\ndoes the postgres image read _FILE variables for every setting?`,
  ],
  ["en", "neg-env:uuid", `.env:\nTENANT_ID=8c1f4e2a-6b3d-4a9e-b7c5-2d0f8e6a1b43\nREGION=westeurope\nLOG_LEVEL=debug\nis the Azure tenant id secret?`],
  ["en", "neg-env:empty", `.env:\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nwhy does my script say "no API key found" even though both lines exist?`],
  ["en", "neg-policy:question", `what should our password policy say about length versus complexity? we currently require 8 characters with a symbol`],
  [
    "en",
    "neg-private-key:header-only",
    `ssh-keygen wrote a file that starts with -----BEGIN OPENSSH PRIVATE KEY----- — is that a different format from the old BEGIN RSA PRIVATE KEY files?`,
  ],
  [
    "en",
    "neg-chat:rotated",
    `tell the team in slack that the staging admin password was rotated this morning and the new one is in 1Password under "Staging admin"`,
  ],
  ["en", "neg-shell:gpg-fingerprint", `gpg --list-keys shows 3AA5 C343 7127 1B4E 8F21  9D6A 4C3E 1F07 B2D9 8E6A — how do I publish it to keys.openpgp.org?`],
  // Localised hard negatives
  ["nl", "neg-chat:policy", `Hoe lang moet een wachtwoord volgens de Autoriteit Persoonsgegevens minimaal zijn? Onze webshop eist nu 8 tekens.`],
  ["nl", "neg-chat:reset", `Ik ben het wachtwoord van mijn DigiD vergeten, hoe vraag ik een nieuwe activeringscode aan?`],
  [
    "nl",
    "neg-env:placeholder",
    `In de handleiding staat MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxx — moet ik die test_-sleutel vervangen door de live-sleutel in productie?`,
  ],
  [
    "nl",
    "neg-shell:reference",
    `# backup script\nmysqldump -u backup --password="\$BACKUP_PW" --all-databases > dump.sql\nIs het veiliger om een option file met [client] te gebruiken?`,
  ],
  [
    "nl",
    "neg-code:hash",
    `De checksum van de download is 1c0d389f5258701bcebe3e0ed1a616b0 (md5). Is md5 nog goed genoeg om te controleren of het bestand heel is?`,
  ],
  [
    "nl",
    "neg-json:masked",
    `Dit record komt uit onze logging: {"klantnummer": "K-20931", "gebruikersnaam": "fvandijk", "wachtwoord": "********"} — is maskeren zo voldoende?`,
  ],
  ["de", "neg-chat:policy", `Wie oft sollte man laut BSI sein Passwort wechseln? Unsere IT verlangt alle 60 Tage ein neues Kennwort.`],
  ["de", "neg-chat:forgot", `Ich habe das Passwort für mein ELSTER-Zertifikat vergessen. Muss ich ein neues Zertifikat beantragen?`],
  ["de", "neg-yaml:secret-ref", `In der docker-compose.yml steht MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD} — woher liest Compose den Wert, aus der .env?`],
  ["de", "neg-header:request-id", `Im Log: X-Request-ID: 7d2b6e0c-3a98-4c8e-a1f5-9f1c2e7a4b3d, Antwort 502 — wie finde ich die Anfrage im Backend wieder?`],
  [
    "de",
    "neg-shell:prompt",
    `Beim Befehl smbclient //fileserver/buchhaltung -U mueller fragt er nach dem Passwort, wie kann ich das in einem Skript sicher hinterlegen?`,
  ],
  ["fr", "neg-chat:policy", `Quelles sont les recommandations de la CNIL pour la longueur d'un mot de passe sur un site marchand ?`],
  [
    "fr",
    "neg-chat:placeholder",
    `Dans la doc de notre API il est écrit : « remplacez <VOTRE_CLE_API> par la clé fournie dans l'espace client ». Où la trouve-t-on ?`,
  ],
  ["fr", "neg-ci:secrets-ref", `Dans le workflow : PAYPLUG_SECRET_KEY: \${{ secrets.PAYPLUG_SECRET_KEY }} — pourquoi la variable est vide dans les PR ?`],
  ["fr", "neg-code:uuid", `L'identifiant de transaction renvoyé est 4b3d9f1c-2e7a-4c8e-a1f5-7d2b6e0c3a98, dois-je le stocker avec la commande ?`],
  [
    "fr",
    "neg-wifi:box-sticker",
    `Sur l'étiquette de la Livebox il y a « Clé de sécurité » suivie de 26 caractères : c'est la clé WPA ou le mot de passe de l'interface admin ?`,
  ],
  ["es", "neg-chat:policy", `¿Qué requisitos de contraseña recomienda el INCIBE para una pyme? Ahora pedimos 8 caracteres con un número.`],
  ["es", "neg-chat:forgot", `olvidé la contraseña de la Cl@ve PIN, ¿cómo la recupero sin ir a la oficina?`],
  ["es", "neg-dotfile:example-aws", `en la documentación de AWS aparece AKIAIOSFODNN7EXAMPLE como ejemplo de access key, ¿sirve para probar el CLI?`],
  ["es", "neg-code:commit", `el despliegue falló en el commit 9f27c3e y luego en b4ffde6 — ¿cómo veo qué cambió entre los dos?`],
  ["es", "neg-yaml:placeholder", `values.yaml:\nmariadb:\n  auth:\n    rootPassword: "<cambiar>"\n¿el chart genera una contraseña si lo dejo vacío?`],
  ["hi-Latn", "neg-chat:policy", `strong password kaisa hona chahiye? kitne characters aur symbols zaroori hain?`],
  ["hi-Latn", "neg-chat:forgot", `mera net banking ka password bhool gaya, reset karne ke liye branch jaana padega kya?`],
  ["hi-Latn", "neg-env:placeholder", `docs mein likha hai RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxx — test key aur live key mein kya farak hai?`],
  ["hi-Latn", "neg-shell:reference", `script mein mysql -uroot -p"\$DB_PASS" likha hai, kya ye password history mein save hota hai?`],
  ["hi-Latn", "neg-chat:otp-warning", `bank ka message aaya "OTP kisi ke saath share na karein" — agar koi call karke password maange to kya karna chahiye?`],
  [
    "hi-Latn",
    "neg-code:hash",
    `download page pe SHA-256 diya hai e4fe6eb37886fe47ee58b7873bbcfe15b22853f0a96ed39dd0105deb82bf87de — ise Windows pe kaise verify karun?`,
  ],
  ["ja", "neg-chat:policy", `パスワードは何文字以上にするのが安全ですか？記号は必須でしょうか`],
  ["ja", "neg-chat:forgot", `マイナポータルのパスワードを忘れました。再設定の方法を教えてください`],
  ["ja", "neg-env:placeholder", `READMEに SENDGRID_API_KEY=<あなたのAPIキー> と書いてあるのですが、どこで発行できますか？`],
  ["ja", "neg-yaml:reference", `docker-compose.yml に DB_PASSWORD: \${DB_PASSWORD} と書いた場合、値はどこから読まれますか？`],
  ["ja", "neg-code:uuid", `ログに request_id=5d1a8c3e-7b60-4e8b-9f27-6b1e2f4a0c3d と出ています。これで問い合わせできますか？`],
  ["ja", "neg-wifi:format", `Wi-FiのQRコードは WIFI:T:WPA;S:<SSID>;P:<パスワード>;; という形式だと聞きました。自分で作るには？`],
];
