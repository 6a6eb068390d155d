/**
 * dev-53 entries: command lines, scripts and config snippets that pass a credential, either as a literal value (a
 * private secret: `password` spans) or as a reference to an environment or template variable (`$DB_PASSWORD`,
 * `${API_TOKEN}`, `%ADMIN_PASS%`: the value is elsewhere, nothing to report). `kind` is `<medium>:password` or
 * `neg-<medium>:<what>`. Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  ["en", "curl:password", `why does this 401? curl -u deploy:⟦password|Quarz-Elk!4471⟧ https://ci.lindqvist-tools.se/api/jobs`],
  ["en", "curl:password", `curl -u admin:⟦password|Wn7#fallow-Crane⟧ -X POST https://jenkins.internal.orbit-lab.net/job/build`],
  ["en", "curl:password", `my script: curl --user backup:⟦password|Tide9$Harbor-21⟧ https://nas.home.arpa/api/snapshot`],
  ["en", "mysql:password", `mysql -u shop -p⟦password|Birch!Lantern82⟧ -h 10.0.3.7 shop_prod < dump.sql fails with error 1045`],
  ["en", "mysql:password", `Running mysql --user=etl --password=⟦password|Vole#Meadow-3390⟧ warehouse gives access denied, why?`],
  ["de", "shell:password", `Mein Skript: sshpass -p ⟦password|Kiesel-Fuchs!27⟧ ssh pi@192.168.1.40 — warum hängt das?`],
  ["en", "shell:password", `password for the staging box is ⟦password|Gr4nite-Owl?19⟧, set it via export ADMIN_PASSWORD=⟦password|Gr4nite-Owl?19⟧`],
  ["en", "env:password", `my .env has DB_PASSWORD=⟦password|Pelican#Rust-604⟧ and the app still can't connect, ideas?`],
  ["fr", "curl:password", `Pourquoi ça échoue ? curl -u marc:⟦password|Lierre!Sable-58⟧ https://cloud.famille-roux.fr/remote.php/dav`],
  ["es", "mysql:password", `No conecta: mysql -u lucia -p⟦password|Olivo#Cierzo-73⟧ -h db.local tienda`],
  ["en", "config:password", `docker-compose: environment:\n  POSTGRES_PASSWORD: ⟦password|Heron7!Dusk-Ledger⟧\nwhy is the container restarting?`],
  ["en", "curl:password", `curl -u "ops:⟦password|Marl#Finch-2208⟧" https://grafana.northwind-labs.io/api/health returns 401`],
];

export const NEGATIVES: MarkedEntry[] = [
  ["en", "neg-curl:variable", `curl -u admin:$ADMIN_PASSWORD https://ci.example.org/api/jobs returns 401, is my password variable empty?`],
  ["en", "neg-curl:variable", `curl --user deploy:\${DEPLOY_PASSWORD} https://registry.internal/v2/ — how do I pass the password safely?`],
  ["en", "neg-curl:variable", `In CI we run curl -u "$CI_USER:$CI_PASSWORD" https://nexus.corp/repository/ and the password is masked`],
  ["en", "neg-mysql:variable", `mysql -u app -p$MYSQL_ROOT_PASSWORD -h db prod — is the password visible in ps?`],
  ["en", "neg-mysql:variable", `mysql --user=etl --password=\${ETL_DB_PASSWORD} warehouse: does the password leak into history?`],
  ["de", "neg-shell:variable", `sshpass -p "$SSH_PASSWORD" ssh pi@raspberrypi — ist das Passwort so sicher?`],
  ["en", "neg-windows:variable", `net use Z: \\\\fileserver\\share /user:CORP\\svc_backup %BACKUP_PASSWORD% — the password comes from the vault`],
  ["en", "neg-env:variable", `the compose file says POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?password required} — what does the :? do?`],
  ["fr", "neg-curl:variable", `curl -u marc:$NEXTCLOUD_PASSWORD https://cloud.example.fr — le mot de passe est dans le coffre`],
  ["es", "neg-mysql:variable", `mysql -u lucia -p$DB_PASS_PROD tienda — ¿la contraseña aparece en el historial?`],
  ["en", "neg-config:variable", `password: {{ vault_admin_password }} in the Ansible role, and ansible-vault decrypts it`],
  ["en", "neg-curl:variable", `curl -u "\${GITHUB_USER}:\${GITHUB_PASSWORD_TOKEN}" https://api.github.com/user — password auth is deprecated?`],
];
