/**
 * Development set 39, encoded forms: JWTs, HTTP Basic credentials, base64 in configs, Kubernetes Secrets and data:
 * URLs, MIME encoded-words and quoted-printable bodies. A span covers the whole encoded token as written in the prompt.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { b64, b64url, basic, bytes, dataUrl, dni, iban, jwt, luhn, qp, wordB, wordQ } from "./encode.js";

const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const RFC7519 = `${b64url('{"typ":"JWT",\r\n "alg":"HS256"}')}.${b64url('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}')}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`;
const iat = 1_764_900_000;

const JWT: MarkedEntry[] = [
  [
    "en",
    "jwt:curl",
    `curl -H "Authorization: Bearer ⟦email|${jwt({ sub: "u_48213", email: "marta.kowalczyk@gmail.com", iat, exp: iat + 3600 })}⟧" https://api.shopwise.io/v2/orders\nreturns 403, why?`,
  ],
  [
    "en",
    "jwt:log",
    `2026-12-05T09:14:22Z WARN auth: token rejected (expired) token=⟦email|${jwt({ sub: "7731", email: "d.okafor@outlook.com", name: "Daniel Okafor", iat, exp: iat + 60 })}⟧\nCan you explain this warning?`,
  ],
  [
    "en",
    "jwt:har",
    `"headers": [\n  {"name": "authorization", "value": "Bearer ⟦email|${jwt({ email: "lena.hartmann@posteo.de", given_name: "Lena", family_name: "Hartmann", aud: "portal", iat }, "RS256")}⟧"},\n  {"name": "accept", "value": "application/json"}\n]\nThis is from my HAR export, why is the request slow?`,
  ],
  [
    "en",
    "jwt:code",
    `const token = "⟦phone|${jwt({ sub: "c-2291", phone_number: "+44 7911 482305", phone_number_verified: true, iat })}⟧";\n// why does jwt.verify throw "invalid signature" here?`,
  ],
  [
    "en",
    "jwt:free-text",
    `my session token is ⟦email|${jwt({ uid: 99120, mail: "jb.moreau@orange.fr", locale: "fr-FR", iat })}⟧ — how long is it valid by default in Keycloak?`,
  ],
  [
    "en",
    "jwt:json",
    `{"access_token":"⟦us_ssn|${jwt({ sub: "emp-0042", ssn: "536-82-1947", dept: "payroll", iat })}⟧","token_type":"Bearer","expires_in":3600}\nWhy is this response so big?`,
  ],
  [
    "en",
    "jwt:cookie",
    `Set-Cookie: id_token=⟦email|${jwt({ iss: "https://login.acme-health.com", email: "sung.park@naver.com", name: "박성민", iat }, "ES256")}⟧; Path=/; HttpOnly\nshould I also set SameSite?`,
  ],
  [
    "en",
    "jwt:curl",
    `curl -X POST https://hooks.delivery-app.net/track -H 'Authorization: Bearer ⟦phone|${jwt({ driver: "Kenji Watanabe", tel: "+81 90-4417-2286", iat })}⟧' -d '{}'`,
  ],
  [
    "en",
    "jwt:log",
    `[auth] decoded claims failed for ⟦national_id|${jwt({ sub: "cli-5531", dni: dni("48213576"), nombre: "Lucía Fernández Ruiz", iat })}⟧ (kid missing)`,
  ],
  [
    "en",
    "jwt:free-text",
    `Why does my Angular interceptor send this twice? Authorization: Bearer ⟦email|${jwt({ email: "priya.raman84@yahoo.co.in", roles: ["viewer"], iat })}⟧`,
  ],
  [
    "en",
    "jwt:env",
    `.env.local\nAPI_URL=https://staging.ledgerly.app\nTEST_USER_TOKEN=⟦phone|${jwt({ sub: "8812", phone: "+1 312 774 9051", name: "Rosa Delgado", iat })}⟧\nIs it fine to commit this file?`,
  ],
  [
    "en",
    "jwt:code",
    `assert decode(tok)["email"] == "x"\n# tok = "⟦email|${jwt({ email: "t.nguyen@protonmail.com", sub: "551", iat })}⟧"\nwhy does the assertion fail?`,
  ],
  [
    "de",
    "jwt:log",
    `Im Log steht: Token ungültig: ⟦email|${jwt({ sub: "k-1187", email: "j.becker@web.de", name: "Jonas Becker", iat })}⟧ — was bedeutet "aud mismatch"?`,
  ],
  ["en", "jwt:curl", `curl https://api.pawclinic.vet/v1/me -H "Authorization: Bearer ⟦jwt|${jwt({ sub: "owner-3381", name: "Harriet Olsen", iat })}⟧"`],
  ["en", "neg-jwt:docs", `The jwt.io debugger shows ${JWT_IO} by default. Which part of it is the signature?`],
  ["en", "neg-jwt:docs", `RFC 7519 section 3.1 gives this example: ${RFC7519}\nWhy does the header contain a line break?`],
  [
    "en",
    "neg-jwt:header",
    `Every token from our IdP starts with ${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "2026-10" }))} — is the kid in the header or the payload?`,
  ],
  ["en", "neg-jwt:placeholder", `curl -H "Authorization: Bearer eyJhbGciOi...<your token>..." https://api.example.com/v1/items returns 401`],
  [
    "en",
    "neg-jwt:docs",
    `In the jwt.io introduction the encoded example is\n${JWT_IO}\nand decodes to {"sub":"1234567890","name":"John Doe","iat":1516239022}. What is iat?`,
  ],
  ["en", "neg-jwt:header", `Why does ${b64url(JSON.stringify({ alg: "none" }))} as a JWT header count as insecure?`],
  ["en", "neg-jwt:placeholder", `Authorization: Bearer eyJ…(truncated)…\nHow do I log only the first eight characters of a token?`],
  ["en", "neg-jwt:code", `// test fixture from the jsonwebtoken README\nconst sample = "${JWT_IO}";\nexpect(jwt.decode(sample).name).toBe("John Doe");`],
  ["en", "neg-jwt:header", `Decoding the first segment gives ${b64url(JSON.stringify({ typ: "JWT", alg: "HS512" }))}. Is HS512 slower than HS256?`],
  ["en", "neg-jwt:docs", `Postman's example uses the jwt.io token ${JWT_IO} — can I change the secret "your-256-bit-secret" there?`],
];

const K8S = (name: string, data: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\ndata:\n${data}\nkubectl apply says the secret is invalid, why?`;
const CERT = `-----BEGIN CERTIFICATE-----\n${bytes("cert", 96)
  .toString("base64")
  .match(/.{1,64}/g)!
  .join("\n")}\n-----END CERTIFICATE-----\n`;
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000020000000200806000000", "hex"), bytes("png", 40)]).toString("base64");

const BASIC: MarkedEntry[] = [
  [
    "en",
    "basic:curl",
    `curl -H "Authorization: Basic ⟦password|${basic("mkeller", "Heron!2291stone")}⟧" https://jenkins.internal.keller-bau.de/api/json\nreturns 401 since yesterday`,
  ],
  [
    "en",
    "basic:har",
    `{"name": "Authorization", "value": "Basic ⟦password|${basic("anna.lind@lindgren-design.se", "Sjöstjärna77")}⟧"}\nfrom my HAR file: why is the preflight failing?`,
  ],
  [
    "en",
    "basic:log",
    `127.0.0.1 - - [05/Dec/2026:10:22:01] "GET /admin HTTP/1.1" 200 - "Authorization: Basic ⟦password|${basic("ops", "Tr1dent-Valley-88")}⟧"\nwhy is the header in my access log at all?`,
  ],
  [
    "en",
    "basic:code",
    `headers = {"Authorization": "Basic ⟦password|${basic("svc_reporting", "q7Lm#4vRx!pZ")}⟧"}\nrequests.get(url, headers=headers)  # SSL error, why?`,
  ],
  [
    "en",
    "basic:config",
    `[remote "origin"]\n  url = https://git.fabrikam.dev/team/app.git\n  extraheader = AUTHORIZATION: basic ⟦password|${basic("rgarcia", "Mariposa#1987")}⟧`,
  ],
  ["en", "basic:curl", `curl -v -H 'authorization: Basic ⟦password|${basic("wei.zhang", "LotusPond_4418")}⟧' https://nexus.corp-build.io/repository/npm/`],
  [
    "en",
    "basic:nginx",
    `proxy_set_header Authorization "Basic ⟦password|${basic("grafana", "Gr4f!sunset-09")}⟧";\nnginx still asks for a password, what's wrong?`,
  ],
  ["en", "basic:free-text", `my Basic header is ⟦password|${basic("yuki.tanaka", "sakura2019!")}⟧, can you decode it to check the username is right?`],
  ["de", "basic:log", `Fehler im Proxy-Log: Proxy-Authorization: Basic ⟦password|${basic("hmueller", "Schäferhund2024")}⟧ — warum 407?`],
  ["en", "basic:code", `fetch(url, { headers: { Authorization: "Basic ⟦password|${basic("elena.petrova", "Volga*river19")}⟧" } })`],
  ["en", "neg-basic:docs", `RFC 7617 shows "Authorization: Basic ${basic("Aladdin", "open sesame")}". Why is the user-id not allowed to contain a colon?`],
  ["en", "neg-basic:placeholder", `curl -H "Authorization: Basic <base64 of user:password>" https://api.example.com`],
  ["en", "neg-basic:docs", `The tutorial uses Authorization: Basic ${basic("username", "password")} — should I replace the whole string?`],
  [
    "en",
    "neg-basic:placeholder",
    `headers: { Authorization: \`Basic \${Buffer.from(process.env.API_USER + ":" + process.env.API_PASS).toString("base64")}\` }`,
  ],
  ["en", "neg-basic:header", `WWW-Authenticate: Basic realm="Staging", charset="UTF-8"\nWhat does the charset parameter change?`],
  ["en", "neg-basic:docs", `MDN's example is Authorization: Basic ${basic("user", "pass")}. Is Basic auth okay over HTTP/2?`],
  ["en", "neg-basic:placeholder", `Authorization: Basic $BASIC_TOKEN is not expanded in my Postman pre-request script`],
  ["en", "neg-basic:docs", `The Docker registry docs decode ${basic("testuser", "testpassword")} as the default test login. Where is it set?`],
];

const BASE64: MarkedEntry[] = [
  ["en", "b64:k8s", K8S("db-credentials", `  username: ${b64("billing_app")}\n  password: ⟦password|${b64("Zx9!kelp-Orchard-44")}⟧`)],
  ["en", "b64:k8s", K8S("smtp", `  SMTP_USER: ${b64("notifications")}\n  SMTP_PASSWORD: ⟦password|${b64("Vq2$harbor-Finch")}⟧`)],
  ["en", "b64:k8s", K8S("backup-contact", `  OWNER_EMAIL: ⟦email|${b64("r.oyelaran@gmail.com")}⟧\n  RETENTION_DAYS: ${b64("30")}`)],
  ["en", "b64:k8s", K8S("redis", `  redis-password: ⟦password|${b64("p4ssRedis!Mango91")}⟧`)],
  [
    "en",
    "b64:json-config",
    `"seed_user": "⟦email|${b64(JSON.stringify({ name: "Clara Nyström", email: "clara.nystrom@telia.se", role: "admin" }))}⟧"\nWhy does my migration fail to parse seed_user?`,
  ],
  [
    "en",
    "b64:json-config",
    `payload=⟦phone|${b64(JSON.stringify({ customer: "Tomás Herrera", phone: "+34 612 345 678", order: 88123 }))}⟧\nThe webhook sends this; how do I decode it in Go?`,
  ],
  [
    "en",
    "b64:json-config",
    `refund_info: ⟦iban|${b64(JSON.stringify({ holder: "Sophie Laurent", iban: iban("FR", "20041010050500013M02606") }))}⟧\nIs base64 enough to store this?`,
  ],
  [
    "en",
    "b64:json-config",
    `{"event":"signup","data":"⟦email|${b64(JSON.stringify({ user: "Mehmet Yılmaz", email: "mehmet.yilmaz@hotmail.com.tr" }))}⟧"}\nHow do I make Kafka Connect decode data?`,
  ],
  [
    "en",
    "b64:json-config",
    `X-User-Context: ⟦phone|${b64(JSON.stringify({ name: "김지수", phone: "+82 10-4821-7736" }))}⟧\nOur gateway adds this header, is it standard?`,
  ],
  [
    "en",
    "b64:json-config",
    `context=⟦email|${b64(JSON.stringify({ nombre: "Valentina Ríos", correo: "vale.rios@gmail.com", ciudad: "Bogotá" }))}⟧ — why is the callback URL too long?`,
  ],
  [
    "en",
    "b64:csv",
    `export.csv.b64:\n⟦payment_card|${b64(`name,card,exp\nOliver Grant,${luhn("453961287410553")},08/28\n`)}⟧\nHow do I decode and import this in pandas?`,
  ],
  ["en", "b64:csv", `attachment (base64): ⟦us_ssn|${b64(`employee,ssn,start\nKaren Wu,412-73-8820,2021-04-01\n`)}⟧`],
  ["en", "b64:csv", `The SFTP drop had this file body: ⟦iban|${b64(`Name;IBAN\nFrank Ziegler;${iban("DE", "500105175417843211")}\n`)}⟧ Which encoding is it?`],
  ["en", "b64:csv", `base64 -d <<< "⟦payment_card|${b64(`holder,pan\nAmelia Brooks,${luhn("542418390217744")}\n`)}⟧" | head\nprints fine but my script chokes`],
  [
    "en",
    "b64:data-url",
    `<a href="⟦email|${dataUrl("text/plain", "Contact: Henrik Dahl, henrik.dahl@online.no")}⟧" download>contact.txt</a> does not download in Safari`,
  ],
  [
    "en",
    "b64:data-url",
    `img.src = "x"; link.href = "⟦phone|${dataUrl("text/plain;charset=utf-8", "Rückruf bitte: Petra Vogel, 0151 23456789")}⟧";\nwhy is the download named "download"?`,
  ],
  ["en", "b64:data-url", `window.open("⟦email|${dataUrl("text/csv", "name,email\nAisha Bello,aisha.bello@yahoo.com\n")}⟧") is blocked by Chrome`],
  [
    "en",
    "b64:plain",
    `note_b64 = "⟦health|${b64("Patient Maria Ortega, DOB 1979-03-14, diagnosis: HIV positive, started ART")}⟧"\nis this column type right for MySQL?`,
  ],
  ["en", "b64:plain", `The QR code decodes to ⟦health|${b64("Greg Pallister - Typ-1-Diabetes, Insulin Lantus 20 IE abends")}⟧ — what format is this?`],
  ["en", "b64:plain", `message body base64: ⟦email|${b64("Hi, it's Noor Haddad, please reply to noor.haddad@gmx.net rather than my work address.")}⟧`],
  ["en", "neg-b64:k8s", K8S("tls-cert", `  tls.crt: ${b64(CERT)}\n  ca.crt: ${b64(CERT.replace("MII", "MIJ"))}`)],
  ["en", "neg-b64:k8s", K8S("db-credentials", `  username: ${b64("postgres")}\n  password: ${b64("changeme")}`)],
  ["en", "neg-b64:k8s", K8S("app-config", `  API_KEY: ${b64("REPLACE_ME")}\n  DB_PASSWORD: ${b64("<your-password>")}`)],
  ["en", "neg-b64:k8s", K8S("settings", `  LOG_LEVEL: ${b64("debug")}\n  DB_HOST: ${b64("postgres.default.svc.cluster.local")}\n  DB_PORT: ${b64("5432")}`)],
  ["en", "neg-b64:image", `<img src="data:image/png;base64,${PNG}"> renders blurry on retina screens`],
  ["en", "neg-b64:image", `background: url("data:image/png;base64,${PNG}") — should I inline icons like this?`],
  [
    "en",
    "neg-b64:hash",
    `<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.0" integrity="sha384-${bytes("sri", 48).toString("base64")}" crossorigin="anonymous"></script>\nthe integrity check fails`,
  ],
  ["en", "neg-b64:hash", `Docker says digest mismatch: expected sha256 ${bytes("layer", 32).toString("base64")} got ${bytes("layer2", 32).toString("base64")}`],
  [
    "en",
    "neg-b64:random",
    `nonce: ${bytes("nonce", 24).toString("base64")}\niv: ${bytes("iv", 16).toString("base64")}\nShould the IV be stored with the ciphertext?`,
  ],
  ["en", "neg-b64:random", `The encrypted blob is ${bytes("blob", 60).toString("base64")} — why can't I decode it as UTF-8?`],
  ["en", "neg-b64:random", `SECRET_KEY_BASE is 64 bytes; mine is ${bytes("skb", 48).toString("base64")} and Rails says it is too short`],
  [
    "en",
    "neg-b64:json-config",
    `"config": "${b64(JSON.stringify({ replicas: 3, image: "nginx:1.27", port: 8080, healthcheck: "/healthz" }))}"\nHow do I pass this to helm --set?`,
  ],
  [
    "en",
    "neg-b64:json-config",
    `The feature flags arrive as ${b64(JSON.stringify({ darkMode: true, betaCheckout: false, maxItems: 50 }))} in the header; is there a size limit?`,
  ],
  [
    "en",
    "neg-b64:json-config",
    `test fixture: ${b64(JSON.stringify({ name: "Jane Doe", email: "jane.doe@example.com", phone: "+1 555 0100" }))} — why does jest snapshot it differently on Windows?`,
  ],
  ["en", "neg-b64:data-url", `data:text/plain;base64,${b64("Hello, World!")} works in Firefox but not in Edge`],
  ["en", "neg-b64:plain", `The README says to run echo ${b64("This is a sample configuration for testing purposes only.")} | base64 -d — what does -d mean?`],
  ["en", "neg-b64:json-config", `Why does atob fail on ${b64url(JSON.stringify({ page: 2, sort: "created_at", dir: "desc" }))} (a pagination cursor)?`],
  [
    "en",
    "neg-b64:k8s",
    K8S("registry", `  .dockerconfigjson: ${b64(JSON.stringify({ auths: { "registry.example.com": { auth: basic("username", "password") } } }))}`),
  ],
];

const MIME: MarkedEntry[] = [
  [
    "en",
    "mime:header",
    `Subject: ${wordQ("Befund für")} ⟦health|${wordB("Herrn Klaus Brenner: Prostatakarzinom, Gleason 7")}⟧\nWhy does Outlook show this subject garbled?`,
  ],
  [
    "en",
    "mime:header",
    `Subject: ⟦health|${wordB("Rappel RDV – Mme Colette Fabre, suivi chimiothérapie cancer du sein")}⟧\nhow do I decode this in Python's email package?`,
  ],
  ["en", "mime:header", `Subject: ⟦phone|${wordQ("Rückruf: Frau Sabine Ott, Tel. +49 170 3928471", "ISO-8859-1")}⟧\nthunderbird shows the raw text, why?`],
  ["en", "mime:header", `X-Customer: ⟦email|${wordB("Giulia Romano <giulia.romano@libero.it>")}⟧\nIs this header allowed in SES?`],
  ["en", "mime:header", `Subject: ⟦phone|${wordQ("折り返し電話: 山田花子 090-3318-4472")}⟧ — why is it not decoded in my log viewer?`],
  [
    "en",
    "mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\nBitte =C3=BCberweisen Sie an Kontoinhaber Lars Brandt, IBAN ⟦iban|${qp(iban("DE", "370400440532013087"), { breaks: [12] })}⟧ bis Freitag.\nWhy is the IBAN cut in two lines?`,
  ],
  [
    "en",
    "mime:qp-body",
    `raw mail body:\nHi team, the new contact for the Oslo office is ⟦email|${qp("ingrid.solberg@gmail.com", { at: true, breaks: [9] })}⟧ from Monday.\nHow do I decode =40 in Node?`,
  ],
  [
    "en",
    "mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\nMerci de rappeler M. Julien Masson au ⟦phone|${qp("+33 6 48 27 19 53", { breaks: [8] })}⟧ avant midi.\nmy parser drops the trailing digits`,
  ],
  ["en", "mime:qp-body", `From the .eml file: Reply to ⟦email|${qp("felix.huber@bluewin.ch", { at: true })}⟧ =E2=80=93 he handles the claim.`],
  [
    "en",
    "mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\nCard on file for Ms Rachel Adeyemi: ⟦payment_card|${qp(luhn("401288734215002"), { breaks: [7] })}⟧, please charge the deposit.`,
  ],
  [
    "en",
    "mime:qp-body",
    `QP body: Krankmeldung von Tobias Wendt: ⟦health|${qp("Bandscheibenvorfall L4/L5, arbeitsunf\u00e4hig bis 20.12.", { breaks: [22] })}⟧\nWhy do umlauts show as =C3=A4?`,
  ],
  [
    "en",
    "mime:qp-body",
    `the newsletter signup bounced for ⟦email|${qp("haruto.sato@docomo.ne.jp", { at: true, breaks: [14] })}⟧, can you tell why from this?`,
  ],
  ["en", "neg-mime:header", `Subject: ${wordB("Réunion d'équipe lundi 10h – ordre du jour")}\nWhy does Gmail decode it but my script doesn't?`],
  ["en", "neg-mime:header", `Subject: ${wordQ("Wöchentlicher Newsletter: Neuigkeiten aus dem Produktteam", "ISO-8859-1")}\nhow long may an encoded-word be?`],
  ["en", "neg-mime:header", `From: ${wordB("Équipe Support")} <support@helpdesk-vendor.com>\nis the display name allowed to be encoded like this?`],
  ["en", "neg-mime:header", `Subject: ${wordQ("会議室の予約について")} is split into two encoded-words by Outlook, why?`],
  [
    "en",
    "neg-mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\n${qp("Liebe Kundinnen und Kunden, unser Büro bleibt über die Feiertage geschlossen. Ab dem 5. Januar sind wir wieder für Sie da.", { breaks: [60] })}\nwhy are there = at line ends?`,
  ],
  ["en", "neg-mime:qp-body", `QP: For questions write to ${qp("support@example.com", { at: true })} or see the FAQ. Why does =40 appear?`],
  [
    "en",
    "neg-mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\nOrder ${qp("#A-2291-7740 has shipped and will arrive in 3–5 business days.", { breaks: [20] })}\nHow do I stop =E2=80=93 from appearing?`,
  ],
  [
    "en",
    "neg-mime:qp-body",
    `the body has ${qp("noreply@notifications.github.com", { at: true, breaks: [11] })} — is that soft line break legal inside an address?`,
  ],
  ["en", "neg-mime:header", `Subject: ${wordB("[JIRA] (OPS-4471) Disk usage above 90% on build-agent-07")}\nCan procmail match on the decoded subject?`],
  [
    "en",
    "neg-mime:qp-body",
    `Content-Transfer-Encoding: quoted-printable\n\nThe test card ${qp("4242 4242 4242 4242", { breaks: [10] })} works in sandbox mode only.`,
  ],
];

export const ENCODED: MarkedEntry[] = [...JWT, ...BASIC, ...BASE64, ...MIME];
