/**
 * Seeded generator of the privacy evaluation set (eval/privacy/dataset.jsonl).
 * Each record: {"id","prompt","sensitive","spans":[{"start","end","category"}],"lang","kind"}.
 * Prompts are assembled from parts; a sensitive part records its exact character span.
 * Run: npx tsx eval/privacy/generate.ts [--seed N] [--out FILE]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import * as V from "./values.js";
import type { Rng } from "./values.js";

type Part = string | { category: string; value: string };
type Template = (rng: Rng) => Part[];
interface Family {
  kind: string;
  lang: string;
  sensitive: boolean;
  templates: Template[];
}

const s = (category: string, value: string): Part => ({ category, value });

// ---------------------------------------------------------------- sensitive families
const sensitive: Family[] = [
  {
    kind: "email",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Can you draft a polite follow-up to ", s("email", V.email(r)), " about the overdue invoice?"],
      (r) => ['Fix this code:\n```python\nsend_mail(to="', s("email", V.email(r)), '", subject=subject)\n```'],
      (r) => [`{"user": {"name": "${V.personName(r)}", "email": "`, s("email", V.email(r)), '"}, "plan": "pro"}\nSummarise this record.'],
      (r) => ["2024-05-12T10:22:01Z INFO login ok user=", s("email", V.email(r)), " ip=", s("ip_address", V.publicIpv4(r)), "\nWhy does this log line repeat?"],
      (r) => ["| name | email |\n|---|---|\n| ", V.personName(r), " | ", s("email", V.email(r)), " |\nTurn this table into CSV."],
      (r) => ["Open https://crm.internal/contacts?email=", s("email", V.email(r)), "&tab=notes and tell me what the parameters mean."],
    ],
  },
  {
    kind: "email",
    lang: "de",
    sensitive: true,
    templates: [
      (r) => ["Schreib bitte eine kurze Antwort an ", s("email", V.email(r)), ", dass der Termin verschoben wird."],
      (r) => ["Meine neue Adresse ist ", s("email", V.email(r)), " – kannst du das in die Signatur einbauen?"],
    ],
  },
  {
    kind: "email",
    lang: "fr",
    sensitive: true,
    templates: [(r) => ["Peux-tu écrire un courriel à ", s("email", V.email(r)), " pour confirmer la réservation ?"]],
  },
  {
    kind: "email",
    lang: "es",
    sensitive: true,
    templates: [(r) => ["Redacta un correo para ", s("email", V.email(r)), " pidiendo la factura de marzo."]],
  },
  {
    kind: "phone",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Call me back at ", s("phone", V.phone(r).value), " after 5pm, and summarise this message for my assistant."],
      (r) => ["Add a contact card: ", V.personName(r), ", mobile ", s("phone", V.phone(r).value), "."],
      (r) => ["contacts:\n  - name: ", V.personName(r), '\n    phone: "', s("phone", V.phone(r).value), '"\nValidate this YAML.'],
    ],
  },
  {
    kind: "phone",
    lang: "de",
    sensitive: true,
    templates: [(r) => ["Bitte ruf Herrn ", r.pick(V.LAST_NAMES), " unter ", s("phone", V.phone(r).value), " zurück und formuliere eine Notiz."]],
  },
  {
    kind: "phone",
    lang: "fr",
    sensitive: true,
    templates: [(r) => ["Mon numéro de téléphone est le ", s("phone", V.phone(r).value), ", peux-tu l'ajouter à la lettre ?"]],
  },
  {
    kind: "phone",
    lang: "es",
    sensitive: true,
    templates: [(r) => ["Mi teléfono es ", s("phone", V.phone(r).value), "; escribe un mensaje para el casero."]],
  },
  {
    kind: "payment_card",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["My card ", s("payment_card", V.paymentCard(r)), " was charged twice, exp 09/27. Write a dispute letter."],
      (r) => ["Why does Stripe reject card_number=", s("payment_card", V.paymentCard(r)), " in this request body?"],
      (r) => ["| customer | card |\n|---|---|\n| ", V.personName(r), " | ", s("payment_card", V.paymentCard(r)), " |\nClean up this markdown table."],
    ],
  },
  {
    kind: "payment_card",
    lang: "de",
    sensitive: true,
    templates: [(r) => ["Meine Kreditkartennummer ist ", s("payment_card", V.paymentCard(r)), ". Ist die Abbuchung korrekt?"]],
  },
  {
    kind: "payment_card",
    lang: "fr",
    sensitive: true,
    templates: [(r) => ["Ma carte bancaire ", s("payment_card", V.paymentCard(r)), " a été débitée deux fois, aide-moi à écrire à la banque."]],
  },
  {
    kind: "payment_card",
    lang: "es",
    sensitive: true,
    templates: [(r) => ["El número de mi tarjeta es ", s("payment_card", V.paymentCard(r)), ", ¿por qué falla el pago?"]],
  },
  {
    kind: "iban",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Please wire the deposit to IBAN ", s("iban", V.iban(r)), " and draft the confirmation email."],
      (r) => ["payout:\n  iban: ", s("iban", V.iban(r, true, false)), "\n  currency: EUR\nIs this config valid?"],
    ],
  },
  {
    kind: "iban",
    lang: "de",
    sensitive: true,
    templates: [(r) => ["Überweise die Miete bitte auf ", s("iban", V.iban(r)), " und schreib mir einen Verwendungszweck."]],
  },
  {
    kind: "iban",
    lang: "fr",
    sensitive: true,
    templates: [(r) => ["Voici mon RIB : ", s("iban", V.iban(r)), ". Rédige un mail pour le propriétaire."]],
  },
  {
    kind: "iban",
    lang: "es",
    sensitive: true,
    templates: [(r) => ["Mi cuenta es ", s("iban", V.iban(r)), ", prepara la carta para el banco."]],
  },
  {
    kind: "us_ssn",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["My SSN is ", s("us_ssn", V.ssn(r)), ", can you fill in the W-4 section for me?"],
      (r) => [`employee_id,name,ssn\n1042,${V.personName(r)},`, s("us_ssn", V.ssn(r)), "\nWhat is wrong with this CSV?"],
      (r) => ["Social security number: ", s("us_ssn", V.ssn(r)), ". Explain what a tax transcript shows."],
    ],
  },
  {
    kind: "national_id",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => ["My National Insurance number is ", s("national_id", V.ukNino(r)), "; how do I check my contributions?"],
      (r) => ["Meine Steuer-ID lautet ", s("national_id", V.germanTaxId(r)), ". Welche Formulare brauche ich für die Steuererklärung?"],
      (r) => ["Aadhaar: ", s("national_id", V.aadhaar(r)), " — help me update the address on it."],
      (r) => ["Mon numéro de sécurité sociale est ", s("national_id", V.insee(r)), ", comment obtenir ma carte Vitale ?"],
      (r) => ["Mi DNI es ", s("national_id", V.spanishDni(r)), ", ¿cómo renuevo el pasaporte?"],
    ],
  },
  {
    kind: "passport",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => ["Passport number: ", s("passport", V.passportNumber(r)), ", expiry 2031-04-30. Fill in the visa form for ", V.personName(r), "."],
      (r) => ["Meine Reisepassnummer ist ", s("passport", V.passportNumber(r)), " – was muss ich beim ESTA angeben?"],
      (r) => ["Numéro de passeport : ", s("passport", V.passportNumber(r)), ". Prépare la demande de visa."],
      (r) => ["Mi número de pasaporte es ", s("passport", V.passportNumber(r)), ", ¿lo necesito para el vuelo?"],
    ],
  },
  {
    kind: "ip_address",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Our VPN gateway at ", s("ip_address", V.publicIpv4(r)), " drops connections every hour. What should I check?"],
      (r) => ["sshd[2231]: Failed password for root from ", s("ip_address", V.publicIpv4(r)), " port 52344 ssh2\nIs this an attack?"],
      (r) => ["The staging DB listens on ", s("ip_address", V.cloudIpv4(r)), ":5432 but I cannot connect from the app server."],
      (r) => ["Block this client: ", s("ip_address", V.ipv6(r)), " in nginx, how?"],
    ],
  },
  {
    kind: "street_address",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => ["Ship the replacement to ", s("street_address", V.streetAddress(r, "en")), " and write the cover note."],
      (r) => ["Meine Anschrift: ", s("street_address", V.streetAddress(r, "de")), ". Bitte Kündigungsschreiben formulieren."],
      (r) => ["J'habite au ", s("street_address", V.streetAddress(r, "fr")), ", écris une lettre de résiliation."],
      (r) => ["Vivo en ", s("street_address", V.streetAddress(r, "es")), ". Redacta una queja para la comunidad."],
      (r) => ["Abito in ", s("street_address", V.streetAddress(r, "it")), ", scrivi una lettera al condominio."],
    ],
  },
  {
    kind: "health",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => [
        `My colleague ${V.personName(r)} was diagnosed with `,
        s("health", r.pick(V.HEALTH_CONDITIONS.en!)),
        " last month. How can our team support her?",
      ],
      (r) => [`${V.personName(r)} has `, s("health", r.pick(V.HEALTH_CONDITIONS.en!)), " and asked me to write to HR about flexible hours."],
    ],
  },
  {
    kind: "health",
    lang: "de",
    sensitive: true,
    templates: [(r) => [`Mein Nachbar ${V.personName(r)} leidet an `, s("health", r.pick(V.HEALTH_CONDITIONS.de!)), ". Wie formuliere ich eine Karte?"]],
  },
  {
    kind: "health",
    lang: "fr",
    sensitive: true,
    templates: [(r) => [`Ma sœur ${V.personName(r)} est atteinte de `, s("health", r.pick(V.HEALTH_CONDITIONS.fr!)), ", comment l'annoncer à son employeur ?"]],
  },
  {
    kind: "health",
    lang: "es",
    sensitive: true,
    templates: [
      (r) => [`A mi padre, ${V.personName(r)}, le diagnosticaron `, s("health", r.pick(V.HEALTH_CONDITIONS.es!)), ". ¿Qué preguntas hago al médico?"],
    ],
  },
  {
    kind: "medical_record",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => ["Patient ", V.personName(r), ", MRN: ", s("medical_record", V.medicalRecordNumber(r)), ", needs a discharge summary. Draft it."],
      (r) => ["Patienten-ID ", s("medical_record", V.medicalRecordNumber(r)), " – bitte Arztbrief zusammenfassen."],
      (r) => ["Medical record number ", s("medical_record", V.medicalRecordNumber(r)), " was merged with the wrong chart; write an incident note."],
    ],
  },
  {
    kind: "date_of_birth",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => [`Name: ${V.personName(r)}\nDOB: `, s("date_of_birth", V.birthDate(r, "en")), "\nFill in the insurance form."],
      (r) => [`${V.personName(r)}, Geburtsdatum: `, s("date_of_birth", V.birthDate(r, "de")), ". Bitte Antrag ausfüllen."],
      (r) => [`${V.personName(r)}, né le `, s("date_of_birth", V.birthDate(r, "fr")), ", demande une attestation."],
      (r) => [`${V.personName(r)}, fecha de nacimiento `, s("date_of_birth", V.birthDate(r, "es")), ", necesita un certificado."],
      (r) => [`My son ${r.pick(V.FIRST_NAMES)} was born on `, s("date_of_birth", V.birthDate(r, "en")), "; which vaccines are due?"],
    ],
  },
  {
    kind: "bank_account",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Routing number ", s("bank_account", V.routingNumber(r)), ", account number ", s("bank_account", V.accountNumber(r)), ". Set up direct deposit."],
      (r) => [
        "Sort code ",
        s("bank_account", `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`),
        ", account ",
        s("bank_account", r.digits(8).replace(/^0/, "3")),
        " — write to my landlord.",
      ],
      (r) => ["Meine Kontonummer ist ", s("bank_account", V.accountNumber(r)), ", bitte Lastschrift einrichten."],
    ],
  },
  {
    kind: "api_key",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => {
        const key = V.apiKey(r);
        return [`My ${key.provider} key `, s("api_key", key.value), " stopped working, why?"];
      },
      (r) => ['```js\nconst client = new Client({ apiKey: "', s("api_key", V.apiKey(r).value), '" });\n```\nWhy does this throw 401?'],
      (r) => ["export API_TOKEN=", s("api_key", V.apiKey(r).value), "\nnpm run deploy fails, here is the script."],
      (r) => [
        "aws_access_key_id = ",
        s("api_key", `AKIA${r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`),
        "\naws_secret_access_key = ",
        s("api_key", V.awsSecret(r)),
        "\nWhy can't boto3 find my region?",
      ],
      (r) => ['curl -H "Authorization: Bearer ', s("api_key", V.apiKey(r).value), '" https://api.service.io/v1/items returns 403'],
      (r) => ['{\n  "slack_token": "', s("api_key", V.apiKey(r).value), '",\n  "channel": "#ops"\n}\nConvert this JSON config to TOML.'],
      (r) => ["Mein API-Schlüssel ", s("api_key", V.apiKey(r).value), " funktioniert nicht mehr. Warum?"],
    ],
  },
  {
    kind: "private_key",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Why does ssh say 'invalid format' for this key?\n", s("private_key", V.privateKey(r))],
      (r) => ["deploy:\n  key: |\n", s("private_key", V.privateKey(r)), "\nIndent this YAML correctly."],
    ],
  },
  {
    kind: "jwt",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["Decode this token and tell me when it expires: ", s("jwt", V.jwt(r))],
      (r) => ["Authorization: Bearer ", s("jwt", V.jwt(r)), "\nWhy does the gateway return 401?"],
      (r) => ["Ce jeton ", s("jwt", V.jwt(r)), " est-il encore valide ?"],
    ],
  },
  {
    kind: "password",
    lang: "mixed",
    sensitive: true,
    templates: [
      (r) => ["The wifi password is ", s("password", V.password(r)), " — write a welcome note for guests."],
      (r) => ["DB_PASSWORD=", s("password", V.password(r)), "\nDB_HOST=db.internal\nWhy does the app not read my .env?"],
      (r) => ['```yaml\nsmtp:\n  user: mailer\n  password: "', s("password", V.password(r)), '"\n```\nIs this indentation right?'],
      (r) => ["Mein Passwort ist ", s("password", V.password(r)), " – ist das sicher genug?"],
      (r) => ["Mon mot de passe est ", s("password", V.password(r)), ", peux-tu me dire s'il est robuste ?"],
      (r) => ["Mi contraseña es ", s("password", V.password(r)), ", ¿es segura?"],
      (r) => ["login: admin / password: ", s("password", V.password(r)), " — the router admin page will not accept it."],
    ],
  },
  {
    kind: "connection_string",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => ["My app cannot connect with ", s("connection_string", V.connectionString(r)), ", what is wrong?"],
      (r) => ["DATABASE_URL=", s("connection_string", V.connectionString(r)), "\nPrisma says authentication failed."],
      (r) => ["Die Verbindung ", s("connection_string", V.connectionString(r)), " bricht ständig ab. Warum?"],
    ],
  },
  {
    kind: "multilingual",
    lang: "it-nl-pt",
    sensitive: true,
    templates: [
      (r) => ["Il mio indirizzo email è ", s("email", V.email(r)), ", puoi scrivere una risposta al cliente?"],
      (r) => ["Chiamami al ", s("phone", V.phone(r).value), " domani mattina."],
      (r) => ["Il mio IBAN è ", s("iban", V.iban(r)), ", prepara la fattura."],
      (r) => ["Mijn e-mailadres is ", s("email", V.email(r)), "; kun je een bevestiging sturen?"],
      (r) => ["Bel me op ", s("phone", V.phone(r).value), " als het pakket er is."],
      (r) => ["Mijn wachtwoord is ", s("password", V.password(r)), ", is dat sterk genoeg?"],
      (r) => ["O meu e-mail é ", s("email", V.email(r)), " e a minha senha é ", s("password", V.password(r)), "."],
      (r) => ["Meu telefone é ", s("phone", V.phone(r).value), ", me liga depois das 18h."],
      (r) => [
        `Il signor ${V.personName(r)} soffre di `,
        s("health", r.pick(["diabete", "epilessia", "depressione", "schizofrenia"])),
        ", come posso aiutarlo al lavoro?",
      ],
    ],
  },
  {
    kind: "formats",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => [
        "INSERT INTO customers (name, email, phone) VALUES ('",
        V.personName(r),
        "', '",
        s("email", V.email(r)),
        "', '",
        s("phone", V.phone(r).value),
        "');\nWhy does this fail on a unique constraint?",
      ],
      (r) => [
        "GET /api/v1/export?access_token=",
        s("api_key", r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 40)),
        "&format=csv HTTP/1.1\nWhy is this request cached by the CDN?",
      ],
      (r) => ["[2025-02-03 11:42:17] WARN payment failed card=", s("payment_card", V.paymentCard(r)), " amount=49.90 currency=EUR\nExplain this warning."],
      (r) => ['Tool result: {"customer": {"iban": "', s("iban", V.iban(r, true, false)), '", "status": "active"}}\nSummarise the tool output for the user.'],
      (r) => [
        "name,dob,city\n",
        V.personName(r),
        ",",
        s("date_of_birth", V.birthDate(r, "en")),
        ",Leeds\nWhich column is the date of birth? (header says dob)",
      ],
      (r) => [
        ".env:\nSTRIPE_SECRET_KEY=",
        s("api_key", `sk_live_${r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24)}`),
        "\nSENTRY_DSN=https://public@sentry.io/1\nWhich variables must stay secret?",
      ],
      (r) => ["ssh deploy@", s("ip_address", V.publicIpv4(r)), " -i ~/.ssh/id_ed25519 fails with 'permission denied (publickey)'."],
      (r) => [
        "git remote add origin https://",
        s("connection_string", `oauth2:${r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 20)}@gitlab.acme-robotics.io/team/app.git`),
        "\nWhy does push ask for a password?",
      ],
      (r) => ["Email: ", s("email", V.email(r).toUpperCase()), "\nPlease normalise this contact record."],
      (r) => ["My SSN is ", s("us_ssn", V.ssn(r).replace(/-/g, " ")), " — which box on form W-9 does it go in?"],
    ],
  },
  {
    kind: "mixed",
    lang: "en",
    sensitive: true,
    templates: [
      (r) => [
        `Hi, I'm ${V.personName(r)}. Reach me at `,
        s("email", V.email(r)),
        " or ",
        s("phone", V.phone(r).value),
        ". My card ",
        s("payment_card", V.paymentCard(r)),
        " was declined.",
      ],
      (r) => ["Forward the contract to ", s("email", V.email(r)), " and send the refund to ", s("iban", V.iban(r)), "."],
    ],
  },
];

// ---------------------------------------------------------------- hard negatives and ordinary prompts
const negative: Family[] = [
  {
    kind: "ordinary",
    lang: "en",
    sensitive: false,
    templates: [
      () => ["Explain the difference between a process and a thread with an example in Go."],
      () => ["Write a haiku about autumn rain in Kyoto."],
      (r) => [`What is ${r.int(12, 99)} * ${r.int(12, 99)}? Show the steps.`],
      () => ["Summarise the causes of the French Revolution in five bullet points."],
      () => ["How do I reverse a linked list in place in Python?"],
      () => ["Plan a three-day trip to Lisbon on a budget."],
      (r) => [`Our Q${r.int(1, 4)} revenue grew ${r.int(2, 40)}% to $${r.int(1, 90)}.${r.int(1, 9)}M; write a one-paragraph update for investors.`],
      () => ["Refactor this function to avoid the nested loops:\n```ts\nfor (const a of xs) for (const b of ys) if (a.id === b.id) out.push(a);\n```"],
      (r) => [`The meeting is on ${r.int(1, 28)}/${r.int(1, 12)}/2025 at ${r.int(9, 17)}:30 in room ${r.int(100, 450)}. Draft the agenda.`],
      (r) => [`Order #${r.int(100000, 999999)} shipped on 2025-03-${String(r.int(10, 28))}; tracking says 'in transit'. What does that mean?`],
      () => ["Compare PostgreSQL and MySQL for a write-heavy workload."],
      () => ["Translate 'the early bird catches the worm' into Japanese and explain it."],
    ],
  },
  {
    kind: "ordinary",
    lang: "de",
    sensitive: false,
    templates: [
      () => ["Erkläre mir den Unterschied zwischen Kapitalgesellschaft und Personengesellschaft."],
      () => ["Schreib ein Gedicht über den Rhein im Herbst."],
      (r) => [`Wie viel sind ${r.int(100, 999)} Euro zuzüglich 19 % Mehrwertsteuer?`],
      () => ["Welche Straße ist die längste in Berlin?"],
    ],
  },
  {
    kind: "ordinary",
    lang: "fr",
    sensitive: false,
    templates: [
      () => ["Explique-moi la photosynthèse comme à un enfant de dix ans."],
      () => ["Quelles sont les meilleures pratiques pour écrire des tests unitaires en Java ?"],
      (r) => [`Le train part à ${r.int(6, 22)}h${r.int(10, 59)} du quai ${r.int(1, 20)}, combien de temps jusqu'à Lyon ?`],
    ],
  },
  {
    kind: "ordinary",
    lang: "es",
    sensitive: false,
    templates: [
      () => ["¿Cuál es la diferencia entre ser y estar? Dame ejemplos."],
      () => ["Escribe una receta de paella para cuatro personas."],
      (r) => [`Tengo ${r.int(2, 9)} reuniones mañana; ayúdame a organizar el día.`],
    ],
  },
  {
    kind: "ordinary",
    lang: "it",
    sensitive: false,
    templates: [() => ["Spiegami come funziona la fotosintesi in poche frasi."], () => ["Scrivi una mail per chiedere un giorno di ferie."]],
  },
  {
    kind: "placeholder",
    lang: "en",
    sensitive: false,
    templates: [
      () => ["Set OPENAI_API_KEY=YOUR_API_KEY in .env and run the script. Why does it say 401?"],
      (r) => [`Use client = OpenAI(api_key="sk-${"x".repeat(r.int(8, 40))}") in the README example.`],
      () => ["curl -H 'Authorization: Bearer <token>' https://api.example.com/v1/me"],
      () => ["DATABASE_URL=postgres://user:password@localhost:5432/mydb is the default in the docs."],
      () => ["password: ${DB_PASSWORD}\nhost: ${DB_HOST}\nHow do I template this YAML with envsubst?"],
      () => ["Replace <your-github-token> with a token that has repo scope (ghp_...)."],
      () => ["The login form shows 'password is incorrect' even though caps lock is off."],
      () => ["How do I reset my password if I forgot it?"],
      () => ["const password = process.env.DB_PASSWORD; // is this safe?"],
      () => ["AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as sample keys; what do they mean?"],
      () => ["-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY----- is the format I should paste, right?"],
      () => ["Mein Passwort ist zu kurz, was ist eine gute Länge?"],
      () => ["Le mot de passe est obligatoire pour se connecter, pourquoi ?"],
      () => ["stripe.api_key = 'sk_test_...' — where do I find my key in the dashboard?"],
      () => ['Set `token: "********"` in the config and restart.'],
      () => [
        "Use the jwt.io example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c to test the decoder.",
      ],
    ],
  },
  {
    kind: "documentation",
    lang: "en",
    sensitive: false,
    templates: [
      (r) => [`Send a test email to user${r.int(1, 9)}@example.com and alice@example.org from the staging server.`],
      (r) => [`Configure the firewall to allow 192.0.2.${r.int(1, 254)} and 198.51.100.${r.int(1, 254)}.`],
      (r) => [`Bind the dev server to 127.0.0.1:${r.int(3000, 9000)} and ::1.`],
      (r) => [`Point api.test to 203.0.113.${r.int(1, 254)} in /etc/hosts for the tutorial.`],
      () => ["Use 2001:db8::1 as the sample IPv6 address in the slides."],
      () => ["Resolve names with 8.8.8.8 and 1.1.1.1 instead of the ISP's DNS."],
      () => ["Subnet mask 255.255.255.0 vs 255.255.0.0: which one gives more hosts?"],
      () => ["Write a regex that validates addresses like john.doe@example.net."],
      (r) => [`The fictional number 555-01${r.int(10, 99)} appears in the movie script; is that a real line?`],
    ],
  },
  {
    kind: "checksum_failure",
    lang: "en",
    sensitive: false,
    templates: [
      (r) => ["Is ", V.paymentCard(r, false), " a valid card number? It failed validation."],
      (r) => ["The IBAN ", V.iban(r, false), " is rejected by the bank form, why?"],
      (r) => [`Ticket ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)} was closed without comment.`],
      (r) => ["Is ", V.ssn(r, false), " a possible SSN format? Explain the rules."],
    ],
  },
  {
    kind: "identifiers",
    lang: "en",
    sensitive: false,
    templates: [
      () => ["The request id 550e8400-e29b-41d4-a716-446655440000 shows up in every error; how do I trace it?"],
      (r) => [`git revert ${r.chars("0123456789abcdef", 40)} fails with a conflict.`],
      (r) => [`sha256: ${r.chars("0123456789abcdef", 64)} — does this match the release tarball?`],
      (r) => [`Upgrade from v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)} to ${r.int(10, 12)}.0.${r.int(19000, 22000)}.${r.int(1, 999)} broke my build.`],
      (r) => [`Container ${r.chars("0123456789abcdef", 12)} exited with code 137.`],
      () => ["ISBN 978-3-16-148410-0 — who published this book?"],
      (r) => [`Timestamp 1715${r.digits(6)} is in seconds or milliseconds?`],
      (r) => [`Invoice INV-2025-${r.digits(5)} totals €${r.int(100, 9000)},${r.digits(2)}.`],
      (r) => [`Python ${r.int(3, 3)}.${r.int(8, 13)}.${r.int(0, 9)} vs Node ${r.int(18, 22)}.${r.int(0, 12)}.${r.int(0, 5)}: which should the CI image use?`],
    ],
  },
  {
    kind: "public_figure",
    lang: "mixed",
    sensitive: false,
    templates: [
      () => ["How did Stephen Hawking live so long with ALS?"],
      () => ["Michael J. Fox has Parkinson's disease; what research does his foundation fund?"],
      () => ["Einstein was born on 14 March 1879 in Ulm. Summarise his early life."],
      () => ["Ronald Reagan announced his Alzheimer's diagnosis in 1994; how did the public react?"],
      () => ["Beethoven wurde taub – wie hat er trotzdem komponiert?"],
      () => ["Frida Kahlo a souffert toute sa vie après son accident ; parle-moi de son œuvre."],
      () => ["¿Qué enfermedad tenía Stephen Hawking?"],
      () => ["The White House is at 1600 Pennsylvania Avenue NW; when was it built?"],
      () => ["Who lived at 10 Downing Street before Churchill?"],
      () => ["Sherlock Holmes lived at 221B Baker Street; is the museum worth visiting?"],
    ],
  },
  {
    kind: "general_medical",
    lang: "mixed",
    sensitive: false,
    templates: [
      () => ["What are the early symptoms of type 2 diabetes?"],
      () => ["How is breast cancer usually detected?"],
      () => ["Is depression more common in winter?"],
      () => ["Welche Nebenwirkungen hat Metformin?"],
      () => ["Quels sont les symptômes de l'épilepsie chez l'enfant ?"],
      () => ["¿Cómo se transmite el VIH y cómo se previene?"],
      () => ["Explain how HIV attacks the immune system."],
      () => ["What is the survival rate for leukemia in children?"],
      () => ["Can you get pregnant while on the pill?"],
      () => ["My doctor mentioned a blood test; what does HbA1c measure?"],
    ],
  },
  {
    kind: "hard_negatives_2",
    lang: "mixed",
    sensitive: false,
    templates: [
      () => ["Set your API key in the OPENAI_API_KEY environment variable: export OPENAI_API_KEY='your-api-key-here'"],
      () => ["The UUID 123e4567-e89b-12d3-a456-426614174000 identifies the record."],
      () => ["SHA-1 of the empty string is da39a3ee5e6b4b0d3255bfef95601890afd80709."],
      () => ["Barack Obama was born on August 4, 1961 in Honolulu."],
      () => ["Steve Jobs died of pancreatic cancer in 2011; how did Apple change after?"],
      () => ['Use api_key = "<YOUR_KEY>" in config.py'],
      () => ["Connect with postgresql://user:password@localhost/db in the tutorial."],
      () => ["Call 911 in an emergency, or 112 in Europe."],
      (r) => [`My Amazon order 112-${r.digits(7)}-${r.digits(7)} has not arrived.`],
      () => ["Call the support line at 1-800-FLOWERS."],
      () => ["Apple's headquarters is at One Apple Park Way, Cupertino."],
      (r) => [`The pointer 0x7fff${r.chars("0123456789abcdef", 8)} is misaligned.`],
      (r) => [`In 2023 revenue was $${r.int(1, 9)},${r.digits(3)},${r.digits(3)} with ${r.int(100, 999)} employees.`],
      (r) => [`docker run -p ${r.int(3000, 9000)}:80 nginx:1.${r.int(20, 27)}.${r.int(0, 5)}`],
      () => ["Start it on localhost:3000 or 0.0.0.0:8080."],
      () => ["Replace sk-... with your key from the dashboard."],
      () => ["Her password must contain at least 8 characters and a digit."],
      () => ["Phone numbers should look like +1 (XXX) XXX-XXXX in the form."],
      () => ["IP 10.0.0.0/8 is a private range; explain CIDR notation."],
      () => ["Look up the vendor of MAC address 00:1A:2B:3C:4D:5E."],
      () => ["Wie funktioniert eine Wärmepumpe im Altbau?"],
      () => ["Schreibe eine E-Mail an meinen Chef, dass ich morgen krank bin."],
      () => ["Queen Elizabeth II was born on 21 April 1926; summarise her reign."],
      () => ["Mein Passwort vergessen – wie setze ich es zurück?"],
      () => ["La contraseña debe tener al menos 12 caracteres."],
      () => ["Le mot de passe doit contenir un chiffre."],
      () => ["Quali sono i sintomi del diabete?"],
      () => ["Wat zijn de symptomen van een hartaanval?"],
      () => ["O que é hipertensão e como tratar?"],
      (r) => [`Flight LH ${r.int(100, 2999)} departs at 07:45 from gate B${r.int(1, 40)}.`],
      (r) => [`Tracking number 1Z${r.chars("0123456789ABCDEF", 16)} — which carrier is this?`],
      () => ["The regex ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$ validates emails; is it enough?"],
      () => ["Use the token placeholder {{API_TOKEN}} in the Postman collection."],
      () => ["jdbc:postgresql://db:5432/app?user=${DB_USER}&password=${DB_PASS}"],
      () => ["Why does `ssh-keygen -t ed25519` ask for a passphrase?"],
      () => ["The patient in this textbook case had diabetes; what is the diagnosis algorithm?"],
    ],
  },
  {
    kind: "numbers",
    lang: "mixed",
    sensitive: false,
    templates: [
      (r) => [`The population of Lyon grew from ${r.int(400, 500)} 000 to ${r.int(500, 530)} 000 between 1999 and 2020.`],
      (r) => [`Set the timeout to ${r.int(1000, 90000)} ms and retry ${r.int(2, 5)} times.`],
      (r) => [`Die Postleitzahl ${r.int(10000, 99999)} gehört zu welcher Stadt?`],
      (r) => [
        `Room booking ${r.int(2024, 2025)}-${r.digits(2)}-${r.digits(2)} to ${r.int(2024, 2025)}-${r.digits(2)}-${r.digits(2)} for ${r.int(2, 12)} guests.`,
      ],
      (r) => [`Our account has ${r.int(2, 40)} users and ${r.int(100, 999)} projects; is the team plan enough?`],
      (r) => [`Call the function with port ${r.int(1024, 65535)} and ${r.int(2, 64)} workers.`],
    ],
  },
];

export interface EvalRecord {
  id: string;
  prompt: string;
  sensitive: boolean;
  spans: Array<{ start: number; end: number; category: string }>;
  lang: string;
  kind: string;
}

function render(parts: Part[]): { prompt: string; spans: EvalRecord["spans"] } {
  let prompt = "";
  const spans: EvalRecord["spans"] = [];
  for (const part of parts) {
    if (typeof part === "string") prompt += part;
    else {
      spans.push({ start: prompt.length, end: prompt.length + part.value.length, category: part.category });
      prompt += part.value;
    }
  }
  return { prompt, spans };
}

export function generate(seed: number, perSide = 300): EvalRecord[] {
  const rng = V.createRng(seed);
  const records: EvalRecord[] = [];
  const seen = new Set<string>();
  const emitSide = (families: Family[], count: number, prefix: string) => {
    const pairs = families.flatMap((family) => family.templates.map((template) => ({ family, template })));
    let index = 0;
    let guard = 0;
    while (index < count && guard++ < count * 50) {
      const { family, template } = pairs[(index + guard) % pairs.length]!;
      const { prompt, spans } = render(template(rng));
      if (seen.has(prompt)) continue;
      seen.add(prompt);
      records.push({ id: `${prefix}-${String(index).padStart(4, "0")}`, prompt, sensitive: spans.length > 0, spans, lang: family.lang, kind: family.kind });
      index++;
    }
  };
  emitSide(sensitive, perSide, "pos");
  emitSide(negative, perSide, "neg");
  // Shuffle deterministically so that categories are interleaved.
  for (let index = records.length - 1; index > 0; index--) {
    const other = Math.floor(rng.next() * (index + 1));
    [records[index], records[other]] = [records[other]!, records[index]!];
  }
  return records;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seed = Number(args[args.indexOf("--seed") + 1] ?? 0) || 20250601;
  const outIndex = args.indexOf("--out");
  const out = outIndex >= 0 ? args[outIndex + 1]! : join(dirname(fileURLToPath(import.meta.url)), "dataset.jsonl");
  const records = generate(seed);
  writeFileSync(out, records.map((record) => JSON.stringify(record)).join("\n") + "\n");
  const positives = records.filter((record) => record.sensitive).length;
  process.stdout.write(`wrote ${records.length} prompts (${positives} sensitive, ${records.length - positives} not) to ${out}\n`);
}
