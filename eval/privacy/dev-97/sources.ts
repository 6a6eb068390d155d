/**
 * dev-97 sources: the contexts that two secret scanners' authors wrote to test their detectors, kept as line templates
 * (text data, not code): `{s}` is filled with a secret drawn by our own seeded generator, `{i}`/`{I}` with an
 * identifier. Where the authors' line held a sample secret, the sample is replaced; where it is a false-positive line
 * (the authors' "must not fire" list), it is kept as written or, where the authors generated a random value, filled with
 * ours.
 *
 * - gitleaks/gitleaks (MIT) `cmd/generate/config/utils/generate.go` at 9a16d927a9045d507ad10a10c7ad8531d9acc691:
 *   `GenerateSampleSecrets`' assignment syntaxes (INI, JSON, XML, YAML, C#, Go, Java, Kotlin, PHP, Python, logstash,
 *   Makefile); `cmd/generate/config/rules/generic.go` at 81fc668f98e21eb044ec9646283137022d82e669, `curl.go` and
 *   `kubernetes.go` at a7e2844d8c9af75ef7c086a1656b4ceca9a9182b, `database.go` at
 *   acf4df7dfb4cc2aca71ed8b1f57da83ebc8216e2: their `tps` (contexts) and `fps` (hard negatives).
 * - Yelp/detect-secrets (Apache-2.0) `tests/plugins/keyword_test.py` at 0e8925d685f1fe34a1e315045450cd678104648c
 *   (assignment syntaxes with their positives and negatives) and `test_data/` (config.ini at 3d0dc363, config.yaml at
 *   e10b9a3e, config.env at 1c899da1, config.md at c2c3697e, each_secret.py at 2b6b385a, files/file_with_secrets.py at
 *   18f62d79, short_files/* , sample.diff at b891fc9c, scan_test_multiline.yaml at a569f181).
 */

/** gitleaks' GenerateSampleSecrets syntaxes: `{i}` an identifier, `{I}` the same upper-cased, `{s}` the secret. */
export const GITLEAKS_SYNTAXES: ReadonlyArray<readonly [name: string, template: string]> = [
  ["ini-quoted1", '{i}Token="{s}"'],
  ["ini-quoted2", '{i}Token = "{s}"'],
  ["ini-unquoted1", "{i}Token={s}"],
  ["ini-unquoted2", "{i}Token = {s}"],
  ["json-string", '{\n    "{i}_token": "{s}"\n}'],
  ["json-escaped-newline", '{"config.ini": "{I}_TOKEN={s}\\nBACKUP_ENABLED=true"}'],
  ["xml-multiline", "<{i}Token>\n    {s}\n</{i}Token>"],
  ["yaml-unquoted", "{i}_token: {s}"],
  ["yaml-single", "{i}_token: '{s}'"],
  ["yaml-double", '{i}_token: "{s}"'],
  ["csharp", 'string {i}Token = "{s}";'],
  ["go-var", 'var {i}Token string = "{s}"'],
  ["go-short", '{i}Token := "{s}"'],
  ["go-backticks", "{i}Token := `{s}`"],
  ["java", 'String {i}Token = "{s}";'],
  ["kotlin", 'var {i}Token = "{s}"'],
  ["php-concat", '${i}Token .= "{s}"'],
  ["python-single", "{i}Token = '{s}'"],
  ["python-double", '{i}Token = "{s}"'],
  ["java-setproperty", 'System.setProperty("{I}_TOKEN", "{s}")'],
  ["logstash", '  "{i}Token" => "{s}"'],
  ["make-recursive", '{I}_TOKEN = "{s}"'],
  ["make-simple", '{I}_TOKEN := "{s}"'],
  ["make-shell", '{I}_TOKEN ::= "{s}"'],
  ["make-evaluated", '{I}_TOKEN :::= "{s}"'],
  ["make-conditional", '{I}_TOKEN ?= "{s}"'],
  // gitleaks' own TODO list (syntaxes its rule does not yet cover), same placeholders
  ["xml-element", "<{i}Token>{s}</{i}Token>"],
  ["xml-attribute", '<entry name="{i}Token" value="{s}" />'],
  ["yaml-literal", "{i}_token: |\n  {s}"],
  ["kotlin-type", 'var {i}Token: String = "{s}"'],
  ["php-null-coalesce", '${i}Token ??= "{s}"'],
  ["url-query", "https://hooks.internal.example/v2/push?{i}Token={s}&fooBar=baz"],
  ["make-append", '{I}_TOKEN += "{s}"'],
  ["comma-suffix", "environmentVariables = {PATH=/usr/local/bin, ENV=/etc/bashrc, {I}_PASSWORD={s}, LC_CTYPE=en_CA.UTF-8},"],
];

/** detect-secrets' keyword-plugin positive syntaxes (`{k}` the keyword, `{s}` the secret). */
export const DETECT_SECRETS_POSITIVES: ReadonlyArray<readonly [name: string, template: string]> = [
  ["go-colon-equals-quoted", '{k} := "{s}"'],
  ["go-colon-equals-single", "{k}:='{s}'"],
  ["go-colon-equals-bare", "{k} := {s}"],
  ["colon-single-quoted-key", "'the{k}': '{s}'"],
  ["colon-double-quoted-key", '"the{k}": "{s}"'],
  ["colon-bare", "{k}: {s}"],
  ["colon-glued", "the{k}:{s}"],
  ["objc-at", '{k} = @"{s}"'],
  ["php-brackets", '{k}[]= "{s}"'],
  ["dict-subscript", 'some_dict["{k}"] = "{s}"'],
  ["equals-glued-quoted", 'the_{k}= "{s}"'],
  ["equals-bare", "my_{k} = {s}"],
  ["quotes-semicolon", '{k} "{s}";'],
  ["quotes-semicolon-glued", 'foo{k}foo"{s}";'],
  ["quotes-semicolon-single", "{k} '{s}';"],
];

/** detect-secrets' keyword-plugin negatives, as its authors wrote them (keyword_test.py). */
export const DETECT_SECRETS_NEGATIVES: readonly string[] = [
  'theapikey := ""',
  'theapikey := "somefakekey"',
  'theapikey: ""',
  "password: ${link}",
  'theapikey[] = ""',
  'theapikey = @"somefakekey"',
  'my_password = ""',
  "my_password = ''",
  'my_password = "fakesecret"',
  'open(self, password = ""):',
  "my_password = foo(hey)you",
  "my_password = request.json_body['hey']",
  "my_password = True",
  "login(username=username, password=password)",
  'private_key "";',
  'private_key "fake";',
  'private_key "some/dir/aint/a/secret";',
  'private_key "${FOO}";',
  "apiKey: this.apiKey,",
  "apiKey: fs.readFileSync('foo',",
  "$password = $input;",
  'some_key = "real_secret"',
];

/**
 * gitleaks' generic-api-key false positives (generic.go `fps`), as written; `{r}` marks where the authors drew a
 * random plausible value (filled with ours).
 */
export const GITLEAKS_GENERIC_FPS: readonly string[] = [
  '"accessor":"rA1wk0Y45YCufyfq",',
  "report_access_id: e8e4df51-2054-49b0-ab1c-516ac95c691d",
  'accessibilityYesOptionId = "0736f5ef-7e88-499a-80cc-90c85d2a5180"',
  "COMMUNICATION_API_VERSION=rc0.13.0_20230412_0712-SNAPSHOT",
  "MantleAPI_version=9a038989604e8da62ecddbe2094b16ce1b778be1",
  "[DEBUG]\t\torg.slf4j.slf4j-api:jar:1.7.8.:compile (version managed from default)",
  "apiUrl=apigee.corpint.com",
  'X-API-Name": "NRG0-Hermes-INTERNAL-API",',
  "X-MS-Exchange-Organization-AuthSource: sm02915.int.contoso.com",
  "withCredentials([usernamePassword(credentialsId: '29f63271-dc2f-4734-8221-5b31b5169bac', usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {",
  "credentialsId: 'ff083f76-7804-4ef1-80e4-fe975bb9141b'",
  '  "credentialId": "B9mTcFSck2LzJO2S3ols63",',
  'environment {\n\tCREDENTIALS_ID = "K8S_CRED"\n}',
  "dev.credentials.url=dev-lb1.api.f4ke.com:5215",
  'keyword: "Befaehigung_P2"',
  'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
  "primaryKey={r}",
  "foreignKey={r}",
  "key_down_event={r}",
  "issuerKeyHash={r}",
  '<entry key="jetbrains.mps.v8_elimination" value="executed" />',
  "IceSSL.KeyFile=s_rsa1024_priv.pem",
  '"bucket_key": "SalesResults-1.2"',
  "schemaKey = 'DOC_Vector_5_32'",
  "app.keystore.file=env/cert.p12",
  "-DKEYTAB_FILE=/tmp/app.keytab",
  '                                "kms_key_id": "555ea4a3-d53a-4412-9c66-3a7cb667b0d6",',
  '\t"key_vault_name": "web21prqodx24021",',
  "  keyVaultToStoreSecrets: cmp2-qat-1208358310",
  'const keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"',
  "key_length = XSalsa20.key_length",
  "PuttyPassword=0",
  'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
  "  <UserSecretsId>79a3edd0-2092-40a2-a04d-dcb46d5ca9ed</UserSecretsId>",
  "# get build time secret for authentication\n#RUN --mount=type=secret,id=jfrog_secret \\\n#    JFROG_SECRET = $(cat /run/secrets/jfrog_secret) && \\",
  "    access_token_url='https://github.com/login/oauth/access_token',",
  'publicToken = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
  'notes            = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
  'clientId = "73082700-1f09-405b-80d0-3131bfd6272d"',
  "GITHUB_API_KEY=\nDYNATRACE_API_KEY=",
  "snowflake.password=\njdbc.snowflake.url=",
  "import { chain_Anvil1_Key, chain_Anvil2_Key } from '../blockchain-tests/pallets/supported-chains/consts';",
  'SRCREV_moby = "43fc912ef59a83054ea7f6706df4d53a7dea4d80"',
  'LIC_FILES_CHKSUM = "file://${WORKDIR}/license.html;md5=5c94767cedb5d6987c902ac850ded2c6"',
];

/** gitleaks' curl-auth-user and curl-auth-header false positives (curl.go `fps`), as written. */
export const GITLEAKS_CURL_FPS: readonly string[] = [
  "curl -i -u 'test:test'",
  '   curl -sL --user "$1:$2" "$3" > "$4"',
  "curl -u <user:password> https://test.com/endpoint",
  "curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/",
  'curl -u "myusername" http://localhost:15130/api/check_user/',
  "curl -u username:token",
  'curl -u "${_username}:${_password}"',
  'curl -k -X POST -I -u "SRVC_JENKINS:${APPID}"',
  "curl -sw '%{http_code}' -X POST --user '$USERNAME:$PASSWORD' $GItHUB_API_URL/$GIT_COMMIT --data",
  'curl --user "xxx:yyy"',
  'curl --silent --fail {{- if and $.Values.username $.Values.password }} --user "{{ $.Values.username }}:{{ $.Values.password }}"',
  'curl -XGET -i -u "${{ env.ELK_ID }}:${{ build.env.ELK_PASS }}"',
  'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
  "curl http://127.0.0.1:5000/file --user user:pass --digest        # digest auth",
  '   curl -X GET --insecure --user "username:password" \\',
  'curl https://example.com/micropub -d h=entry -d "content=Hello World" -H "Authorization: Bearer XXXXXXXXXXXX"',
  'curl -X POST https://accounts.spotify.com/api/token -d grant_type=client_credentials --header "Authorization: Basic ..."',
  'curl \\\n  -H "Authorization: Bearer <Openverse API token>" \\\n  "https://api.openverse.org/v1/audio/?q=test"',
  'curl -v -X POST https://domain/api/v1/authentication/sso/login-url/ \\\n  -H \'Content-Type: application/json\' \\\n  -H "Authorization: Token **********" \\\n  -d \'{"username": "test", "next": "/luna/"}\'',
  'curl -X GET \\\n     -H "apikey: $API_KEY" \\\n     -H "Accept: $FORMAT" \\\n"$API_URL/rest/v1/stats_derniere_labellisation"',
  'curl -X GET -H "Content-Type: application/json" -H "Authorization: Bearer $(gcloud auth print-access-token)" https://workflowexecutions.googleapis.com/v1/projects/244283331594/locations/us-central1/workflows/sample-workflow/executions',
];

/** gitleaks' kubernetes-secret-yaml false positives (kubernetes.go `fps`), as written (tabs as two spaces). */
export const GITLEAKS_K8S_FPS: readonly string[] = [
  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  htpasswd: ''",
  "apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  htpasswd: {{ htpasswd }}",
  "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: example\n  namespace: example-ns\nspec:\n  refreshInterval: 15s\n  secretStoreRef:\n    name: example\n    kind: SecretStore\n  target:\n    name: mysecret\n    creationPolicy: Owner\n  data:\n    - remoteRef:\n        conversionStrategy: Default\n        decodingStrategy: None\n        key: secret/mysecret\n        property: foo\n      secretKey: foo",
  "apiVersion: v1\nkind: secret\ndata:\n  extra: YmFyCg==\nmetadata:\n  name: secret-sa-sample",
  "apiVersion: v1\ndata:\n  password: {{ .Values.Password }}\nkind: secret\nmetadata:\n  name: secret-sa-sample",
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: kubernetes-dashboard-csrf\n  namespace: kubernetes-dashboard\ntype: Opaque\ndata:\n  csrf: ""',
];

/** gitleaks' database-password false positives (database.go `fps`). */
export const GITLEAKS_DB_FPS: readonly string[] = ["DB_PASSWORD=[value]", "somepwd=XXXXXXXXXXXXXXX"];
