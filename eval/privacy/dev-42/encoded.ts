/**
 * Development set 42, encoded forms: base64 wrapped every 76 (MIME) or 64 (PEM-like) characters, base64url without
 * padding, one encoding inside another (base64 of a JWT, base64 of base64, base64 of JSON holding a JWT), and prompts
 * with more encoded tokens than a decoder may read. A span covers the whole encoded block as written, line breaks
 * included.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { b64, b64url, binary64, bytes, dni, iban, jwt, luhn, wrap, wrapped64 } from "./encode.js";

const iat = 1_765_000_000;
const JWT_IO =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const IBAN_DE = iban("DE", "500105175407324931");
const IBAN_NL = iban("NL", "ABNA0518273641");
const IBAN_ES = iban("ES", "14650100722030876293");
const CARD_VISA = luhn("453914880343646");
const CARD_MC = luhn("551287440912833");

const csv = (rows: string[][]) => rows.map((row) => row.join(",")).join("\r\n") + "\r\n";

const WRAPPED: MarkedEntry[] = [
  [
    "en",
    "wrapped:mime",
    `Content-Type: text/csv; name="customers.csv"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\n⟦email|${wrapped64(
      csv([
        ["name", "email", "city"],
        ["Ingrid Solberg", "ingrid.solberg@online.no", "Bergen"],
        ["Tomás Herrera", "tomas.herrera81@gmail.com", "Sevilla"],
      ]),
    )}⟧\n\nThe attachment shows as garbage in Outlook, what header is wrong?`,
  ],
  [
    "en",
    "wrapped:mime",
    `--b1_7f3a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n⟦iban|${wrapped64(`Hello Oskar,\n\nplease refund the deposit to my account. IBAN: ${IBAN_DE.replace(/(.{4})/g, "$1 ").trim()}, account holder Chiara Bellini.\n\nThanks, Chiara`)}⟧\n--b1_7f3a--\nWhy does my parser only read the first line of this part?`,
  ],
  [
    "en",
    "wrapped:mime",
    `Raw source of the mail our ticket system dropped:\nContent-Transfer-Encoding: base64\n\n⟦health|${wrapped64("Dear Dr. Achterberg,\nmy daughter Lotte de Vries (born 14 May 2015) was diagnosed with coeliac disease last week and will need a gluten-free lunch plan at school. Kind regards, Pieter de Vries")}⟧\n\nIs the body too long for the line limit?`,
  ],
  [
    "en",
    "wrapped:mime",
    `Content-Transfer-Encoding: base64\r\n\r\n⟦phone|${wrapped64("Hi team, the new on-call number for Grace Mensah is +233 24 418 2270 from Monday; her backup is Kwame Boateng on +233 20 771 5384.", 76, "\r\n")}⟧\r\n\r\nOur SMTP relay rejects this with "line too long" — which line?`,
  ],
  [
    "en",
    "wrapped:pem",
    `-----BEGIN USER EXPORT-----\n⟦email|${wrapped64(JSON.stringify({ user: "Aiko Tanaka", email: "aiko.tanaka@icloud.com", plan: "family", created: "2025-04-02" }), 64)}⟧\n-----END USER EXPORT-----\nOur legacy admin tool writes exports like this. How do I read it in Python?`,
  ],
  [
    "en",
    "wrapped:pem",
    `-----BEGIN PAYMENT RECORD-----\n⟦payment_card|${wrapped64(`holder=Mehmet Yilmaz;card=${CARD_VISA};exp=09/28;cvv_checked=true;merchant=kitap-dunyasi`, 64)}⟧\n-----END PAYMENT RECORD-----\nCan openssl decode this kind of block?`,
  ],
  [
    "en",
    "wrapped:json",
    `{\n  "filename": "payroll-2026-11.csv",\n  "content": "⟦us_ssn|${wrapped64(
      csv([
        ["employee", "ssn", "net"],
        ["Grace Mensah", "412-73-5896", "4210.55"],
        ["Luis Ortega", "523-41-7782", "3980.10"],
      ]),
      76,
      "\\n",
    )}⟧"\n}\nThe API returns 400 "invalid base64", is it the \\n in the string?`,
  ],
  [
    "en",
    "wrapped:yaml",
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: onboarding-seed\nbinaryData:\n  users.json: |\n    ⟦email|${wrapped64(
      JSON.stringify([
        { name: "Zofia Nowak", mail: "zofia.nowak@wp.pl" },
        { name: "Rahul Menon", mail: "rahul.menon@rediffmail.com" },
      ]),
      76,
      "\n    ",
    )}⟧\nkubectl says the binaryData is not valid, why?`,
  ],
  [
    "de",
    "wrapped:mime",
    `Quelltext der Mail:\nContent-Transfer-Encoding: base64\n\n⟦iban|${wrapped64(`Hallo Frau Weiß,\nbitte überweisen Sie die Kaution auf mein Konto: ${IBAN_DE}, Kontoinhaber Jonas Albrecht. Danke!`)}⟧\n\nWarum zeigt Thunderbird das nicht an?`,
  ],
  [
    "es",
    "wrapped:mime",
    `Content-Transfer-Encoding: base64\n\n⟦national_id|${wrapped64(`Estimado cliente: hemos recibido la copia del DNI ${dni("73918452")} a nombre de Lucía Ortega Campos para la apertura de la cuenta.`)}⟧\n\n¿Por qué el correo llega vacío al cliente?`,
  ],
  [
    "en",
    "wrapped:log",
    `worker-3 | DEBUG body=\nworker-3 | ⟦email|${wrap(b64(`{"event":"signup","name":"Hannah Weiss","email":"hannah.weiss@gmx.de","phone":"+49 1522 4839017","consent":true}`), 76).split("\n").join("\nworker-3 | ")}⟧\nHow do I stop docker compose from splitting this log line?`,
  ],
  [
    "en",
    "wrapped:pem",
    `-----BEGIN CLAIM FORM-----\n⟦health|${wrapped64("Member: Oskar Lindqvist, member no. 55-8812-04. Treatment: chemotherapy cycle 3 of 6 for Hodgkin lymphoma, Karolinska, 2026-11-18.", 64)}⟧\n-----END CLAIM FORM-----\nThe insurer's portal wants this as a PDF. Can I convert it?`,
  ],
  [
    "fr",
    "wrapped:mime",
    `Content-Transfer-Encoding: base64\n\n⟦phone|${wrapped64("Bonjour, vous pouvez joindre Fatima Zahra El Idrissi au +33 6 48 21 90 37 ou au 01 42 68 53 17 (bureau). Cordialement.")}⟧\n\nPourquoi ce message s'affiche-t-il en base64 dans Gmail ?`,
  ],
  [
    "en",
    "wrapped:json",
    `"attachments": [{"name": "statement.txt", "data": "⟦iban|${wrapped64(`Statement for Pieter de Vries\nIBAN ${IBAN_NL}\nBalance EUR 12,480.17\n`, 76, "\\r\\n")}⟧"}]\nIs \\r\\n allowed inside a base64 string in JSON?`,
  ],
  [
    "en",
    "wrapped:mime",
    `Content-Type: application/json\nContent-Transfer-Encoding: base64\n\n⟦payment_card|${wrapped64(JSON.stringify({ order: 88213, customer: "Chiara Bellini", card: CARD_MC, expiry: "11/27" }))}⟧\nThe webhook mail we get from the shop — why is it encoded?`,
  ],
  [
    "en",
    "wrapped:yaml",
    `data:\n  notes.txt: >-\n    ⟦health|${wrapped64("Client Tomás Herrera reports panic attacks twice a week since the divorce; sertraline 50 mg started 2026-10-02, next session on Friday.", 76, "\n    ")}⟧\nHelm renders this Secret wrongly, what is wrong with the folded scalar?`,
  ],
  // Hard negatives: binary content, certificates, keys, text with no personal data, fixtures.
  [
    "en",
    "neg-wrapped:mime",
    `Content-Type: image/png; name="logo.png"\nContent-Transfer-Encoding: base64\n\n${wrap(binary64("png", "logo", 300))}\n\nWhy is the logo broken in Apple Mail?`,
  ],
  [
    "en",
    "neg-wrapped:mime",
    `Content-Type: application/gzip; name="report.csv.gz"\nContent-Transfer-Encoding: base64\n\n${wrap(binary64("gzip", "report", 260))}\n\nCan I gunzip this straight from the clipboard?`,
  ],
  [
    "en",
    "neg-wrapped:pem",
    `-----BEGIN CERTIFICATE-----\n${wrap(binary64("cert", "leaf-cert", 420), 64)}\n-----END CERTIFICATE-----\nnginx says "PEM_read_bio_X509_AUX failed", what's wrong with my cert?`,
  ],
  [
    "en",
    "neg-wrapped:pem",
    `-----BEGIN PUBLIC KEY-----\n${wrap(binary64("rsa-public", "rsa-pub", 260), 64)}\n-----END PUBLIC KEY-----\nIs this a PKCS#1 or a PKCS#8 key?`,
  ],
  [
    "en",
    "neg-wrapped:pem",
    `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${wrap(binary64("raw", "enc-key", 600), 64)}\n-----END ENCRYPTED PRIVATE KEY-----\n(dummy key from our test fixtures) how do I convert it to PKCS#1?`,
  ],
  [
    "en",
    "neg-wrapped:mime",
    `Content-Transfer-Encoding: base64\n\n${wrapped64("Release notes 4.2: faster sync, dark mode on Android, fixed a crash when the calendar had more than 500 events. Thanks to everyone who reported bugs on the forum!")}\n\nWhich line is the soft limit for base64 bodies?`,
  ],
  [
    "en",
    "neg-wrapped:json",
    `{"fixture": "${wrapped64(
      csv([
        ["name", "email", "phone"],
        ["Jane Doe", "jane.doe@example.com", "+1 555 0100"],
        ["John Roe", "john.roe@example.org", "+1 555 0199"],
      ]),
      76,
      "\\n",
    )}"}\nThis is our test fixture, why does JSON.parse fail on it?`,
  ],
  [
    "de",
    "neg-wrapped:mime",
    `Content-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n${wrap(Buffer.concat([Buffer.from("ffd8ffe000104a464946", "hex"), bytes("foto", 240)]).toString("base64"))}\n\nWarum wird das Foto im Anhang nicht angezeigt?`,
  ],
  [
    "en",
    "neg-wrapped:yaml",
    `binaryData:\n  favicon.ico: |\n    ${wrap(binary64("raw", "favicon", 180), 76)
      .split("\n")
      .join("\n    ")}\nDoes a ConfigMap accept binary like this?`,
  ],
  [
    "en",
    "neg-wrapped:log",
    `worker-1 | DEBUG body=\nworker-1 | ${wrap(b64('{"event":"healthcheck","service":"billing","status":"ok","latency_ms":12,"region":"eu-west-1","version":"4.2.1"}'), 76).split("\n").join("\nworker-1 | ")}\nWhy is the health check logged in base64?`,
  ],
  [
    "en",
    "neg-wrapped:pem",
    `-----BEGIN PGP MESSAGE-----\n\n${wrap(binary64("raw", "pgp", 330), 64)}\n=Xk3p\n-----END PGP MESSAGE-----\nGPG says "no valid OpenPGP data found", why?`,
  ],
];

const UNPADDED: MarkedEntry[] = [
  [
    "en",
    "b64url:url",
    `After login the app redirects to https://app.shopwise.io/welcome?ctx=⟦email|${b64url(JSON.stringify({ uid: 88123, email: "ingrid.solberg@online.no", plan: "pro" }))}⟧ and the page is blank. Any idea?`,
  ],
  [
    "en",
    "b64url:url",
    `Our mobile deep link is myapp://invite/⟦phone|${b64url("invited_by=Rahul Menon;phone=+91 98470 21536;team=growth")}⟧ — Android opens the browser instead of the app.`,
  ],
  [
    "en",
    "b64url:cookie",
    `Cookie: session_id=9f2c1e; prefs=⟦email|${b64url(JSON.stringify({ lang: "it", mail: "chiara.bellini@libero.it", newsletter: true }))}⟧; theme=dark\nWhy does Safari drop the prefs cookie?`,
  ],
  [
    "en",
    "b64url:log",
    `127.0.0.1 - - [05/Dec/2026:10:12:03 +0000] "GET /api/v2/lookup?q=${"⟦iban|" + b64url(`holder: Sofia Andersson, iban: ${IBAN_ES}`) + "⟧"} HTTP/1.1" 500 312\nwhat does the 500 mean here?`,
  ],
  [
    "en",
    "b64url:code",
    `const ctx = "⟦email|${b64url(JSON.stringify({ customer: "Lucas Moreau", contact: "l.moreau@free.fr", tier: 2 }))}⟧";\nconst data = JSON.parse(atob(ctx)); // throws InvalidCharacterError, why?`,
  ],
  [
    "en",
    "b64url:url",
    `The password reset link looks like https://id.ledgerly.app/reset/⟦email|${b64url("m.yilmaz@yandex.com.tr|1765000000")}⟧/confirm — is putting this in the URL bad practice?`,
  ],
  [
    "en",
    "b64url:storage",
    `localStorage dump:\ncartOwner: ⟦phone|${b64url(JSON.stringify({ name: "Zofia Nowak", tel: "+48 512 384 902" }))}⟧\ncartItems: 3\nHow do I clear this on logout?`,
  ],
  [
    "en",
    "b64url:log",
    `level=warn msg="could not parse state" state=⟦payment_card|${b64url(`pay:${CARD_MC}:Grace Mensah`)}⟧ path=/checkout/return\nwhy would the state have colons in it?`,
  ],
  [
    "de",
    "b64url:url",
    `Der Link aus der Mail: https://termine.praxis-nord.de/b/⟦health|${b64url("Patientin: Hannah Weiß, Termin: Nachkontrolle Brustkrebs-OP, 12.12.2026 09:30")}⟧ — warum kommt "404"?`,
  ],
  [
    "en",
    "b64url:code",
    `fetch(\`/api/track/\${"⟦us_ssn|${b64url(JSON.stringify({ applicant: "Luis Ortega", ssn: "523-41-7782" }))}⟧"}\`) returns 414 URI Too Long — how do I shorten it?`,
  ],
  [
    "en",
    "b64url:queue",
    `Message from the dead-letter queue: id=4481 body=⟦email|${b64url(`order 77120 for Tomás Herrera <tomas.herrera81@gmail.com> failed at payment`)}⟧ attempts=5\nHow do I replay it?`,
  ],
  [
    "es",
    "b64url:url",
    `El enlace de confirmación es https://reservas.hotelmar.es/c/⟦phone|${b64url(JSON.stringify({ huesped: "Lucía Ortega Campos", movil: "+34 612 483 905" }))}⟧ y da error 400. ¿Por qué?`,
  ],
  // Hard negatives: random nonces and verifiers, digests, keys, UUID-like ids, JSON with no personal data.
  [
    "en",
    "neg-b64url:url",
    `https://login.acme.io/authorize?response_type=code&client_id=web&code_challenge=${bytes("pkce-challenge", 32).toString("base64url")}&code_challenge_method=S256&state=${bytes("state-1", 24).toString("base64url")}\nWhy does the IdP say the code_challenge is invalid?`,
  ],
  [
    "en",
    "neg-b64url:code",
    `const verifier = "${bytes("pkce-verifier", 32).toString("base64url")}";\n// is 43 characters long enough for a PKCE code_verifier?`,
  ],
  [
    "en",
    "neg-b64url:json",
    `{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}\nThis is the example key from RFC 8037 — how do I load it with jose?`,
  ],
  [
    "en",
    "neg-b64url:log",
    `integrity check failed: expected digest ${bytes("digest-a", 32).toString("base64url")} got ${bytes("digest-b", 32).toString("base64url")}\nwhat could change the file between upload and download?`,
  ],
  [
    "en",
    "neg-b64url:url",
    `Pagination cursor: https://api.tasks.dev/v1/items?cursor=${b64url(JSON.stringify({ after: 4410, sort: "created_at", dir: "desc" }))}&limit=50 — is it fine to expose cursors like this?`,
  ],
  [
    "en",
    "neg-b64url:cookie",
    `Set-Cookie: __Host-csrf=${bytes("csrf", 32).toString("base64url")}; Path=/; Secure; SameSite=Strict\nDoes the __Host- prefix need the Domain attribute?`,
  ],
  [
    "en",
    "neg-b64url:code",
    `ids = ["${bytes("id1", 16).toString("base64url")}", "${bytes("id2", 16).toString("base64url")}", "${bytes("id3", 16).toString("base64url")}"]\n# short ids from UUIDs, how likely is a collision?`,
  ],
  [
    "en",
    "neg-b64url:url",
    `https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=${bytes("playlist", 24).toString("base64url")} — why does the embed not autoplay?`,
  ],
  [
    "de",
    "neg-b64url:log",
    `WARN nonce reuse detected nonce=${bytes("nonce-x", 18).toString("base64url")} client=web-7\nIst das ein Angriff oder ein Bug im Client?`,
  ],
  [
    "en",
    "neg-b64url:url",
    `Share link: https://docs.example.com/s/${b64url(JSON.stringify({ doc: "onboarding-guide", view: "read", lang: "en" }))} — can anyone guess these?`,
  ],
];

const NESTED: MarkedEntry[] = [
  [
    "en",
    "nested:yaml",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: e2e-session\ndata:\n  id-token: ⟦email|${b64(jwt({ sub: "u-3391", email: "oskar.lindqvist@telia.se", name: "Oskar Lindqvist", iat }))}⟧\nThe pod can't read the token, is the Secret wrong?`,
  ],
  [
    "en",
    "nested:cookie",
    `Cookie: auth=⟦phone|${b64(JSON.stringify({ access_token: jwt({ sub: "c-118", phone_number: "+46 70 482 19 63", iat }), expires_in: 3600 }))}⟧\nNext.js middleware can't parse this cookie — why?`,
  ],
  [
    "en",
    "nested:log",
    `proxy: forwarding header x-user=⟦email|${b64(b64("Fatima Zahra El Idrissi <fz.elidrissi@hotmail.fr>"))}⟧ (double-encoded by the old gateway)\nhow do I undo the double encoding in Lua?`,
  ],
  [
    "en",
    "nested:env",
    `.env.staging\nSESSION_BLOB=⟦national_id|${b64(jwt({ sub: "cli-8812", dni: dni("51483927"), nombre: "Álvaro Gil Serrano", iat }))}⟧\nCan dotenv read values this long?`,
  ],
  [
    "en",
    "nested:json",
    `{"ctx":"⟦email|${b64url(jwt({ email: "grace.mensah@yahoo.com", roles: ["admin"], iat }))}⟧","v":2}\nOur SDK wraps the id token like this, is it safe?`,
  ],
  [
    "en",
    "nested:code",
    `headers["X-Forwarded-Auth"] = "⟦email|${b64("Bearer " + jwt({ sub: "77", email: "p.devries@ziggo.nl", iat }))}⟧"\n# the upstream says 401, why?`,
  ],
  [
    "en",
    "nested:log",
    `audit: replay payload=⟦iban|${b64(b64(JSON.stringify({ payee: "Ingrid Solberg", iban: IBAN_NL, amount: 420 })))}⟧\nWhy is this stored base64 twice?`,
  ],
  [
    "en",
    "nested:yaml",
    `data:\n  config.json: ⟦email|${b64(JSON.stringify({ smtp: { user: "alerts", replyTo: "chiara.bellini@libero.it" }, token: jwt({ sub: "svc", email: "chiara.bellini@libero.it", iat }) }))}⟧\nHow do I mount only config.json from this Secret?`,
  ],
  [
    "de",
    "nested:log",
    `Gateway-Log: upstream_auth=⟦email|${b64(jwt({ sub: "k-3381", email: "j.albrecht@t-online.de", name: "Jonas Albrecht", iat }))}⟧\nWarum lehnt der Upstream das Token ab?`,
  ],
  [
    "en",
    "nested:url",
    `https://reports.acme-health.com/open?r=⟦health|${b64url(b64("Patient Rahul Menon: HbA1c 9.1%, type 2 diabetes poorly controlled, start insulin"))}⟧ — the viewer says "corrupt report link"`,
  ],
  // Hard negatives: documentation tokens, double-encoded text with no personal data, a header alone.
  ["en", "neg-nested:yaml", `data:\n  sample-token: ${b64(JWT_IO)}\nThis Secret is from the jwt.io tutorial; why does my verifier reject it?`],
  [
    "en",
    "neg-nested:log",
    `proxy: forwarding header x-trace=${b64(b64("trace 7f3a flow=checkout step=3 result=ok"))} (double-encoded by the old gateway)\nhow do I undo the double encoding in Lua?`,
  ],
  [
    "en",
    "neg-nested:json",
    `{"header":"${b64("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9")}","note":"JWT header only, base64 again"}\nWhy would a library encode the header twice?`,
  ],
  [
    "en",
    "neg-nested:cookie",
    `Cookie: auth=${b64(JSON.stringify({ access_token: JWT_IO, expires_in: 3600 }))}\nThis is copied from the docs' example — why does the middleware reject it?`,
  ],
  ["en", "neg-nested:env", `.env.example\nSESSION_BLOB=${b64(b64("replace-me-with-a-real-session-blob"))}\nIs this placeholder format OK for new developers?`],
  ["en", "neg-nested:code", `const nested = "${b64(binary64("raw", "nested-bin", 48))}"; // base64 of base64 of random bytes — why do we do this?`],
];

function manyTokens(seed: string, count: number): string {
  return Array.from({ length: count }, (_, index) => `row ${index + 1}: ${b64(`batch ${seed} item ${index + 1} processed ok`)}`).join("\n");
}

const BEYOND: MarkedEntry[] = [
  [
    "en",
    "bound:log",
    `Import log (base64 rows):\n${manyTokens("a", 72)}\nrow 73: ⟦email|${b64("failed: duplicate account for sofia.a@bredband.net")}⟧\nWhy did only row 73 fail?`,
  ],
  [
    "en",
    "bound:log",
    `Webhook replay (base64 bodies):\n${manyTokens("b", 70)}\nbody 71: ⟦phone|${b64("callback requested by Rahul Menon at +91 98470 21536")}⟧\nWhy did the last replay fail?`,
  ],
  ["en", "neg-bound:log", `Import log (base64 rows):\n${manyTokens("c", 74)}\nAll rows imported — can I shorten this log?`],
  [
    "en",
    "neg-bound:log",
    `Asset manifest (base64 thumbnails):\n${Array.from({ length: 70 }, (_, index) => `thumb-${index + 1}.png ${binary64("png", `thumb-${index}`, 24)}`).join("\n")}\nHow do I inline these as data URLs?`,
  ],
];

export const ENCODED: MarkedEntry[] = [...WRAPPED, ...UNPADDED, ...NESTED, ...BEYOND];
