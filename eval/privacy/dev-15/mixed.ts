/**
 * Development set 15, further documents (tickets, e-mails, CSV, Markdown, docs) in English, German, French and
 * Spanish. Marks: ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MIXED: MarkedEntry[] = [
  [
    "en",
    "neg-password:readme-dev:free",
    `Proofread this README section: "Set ADMIN_PASSWORD in your environment before the first start. If it is unset, the installer generates a random one and prints it once. Never commit the value; use the *_FILE variant with Docker secrets in production."`,
  ],
  [
    "en",
    "neg-password:csv-fixture-dev:structured",
    `Turn this test fixture into JSON:\nusername,password,expected\nalice,,error:empty\nbob,short,error:too_short\ncarol,<valid-password>,ok`,
  ],
  [
    "en",
    "neg-password:sql-dev:code",
    `Is this migration safe? ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''; UPDATE users SET password_reset_required = true;`,
  ],
  ["en", "password:sql-dev:code", `Fix the syntax: INSERT INTO admins (login, password) VALUES ('jmercer', '⟦password|Gr@nite-Falls-61⟧')`],
  [
    "en",
    "neg-date_of_birth:ticket-us:free",
    `Support ticket draft: "A customer can't enter a birth date before 1 January 1900 in the signup form. Expected: dates back to 1900 are allowed." Make it clearer.`,
  ],
  ["en", "neg-date_of_birth:own-uk:free", `I was born on 29 February 1996 — on non-leap years, which day does the UK treat as my legal birthday?`],
  [
    "en",
    "date_of_birth:ticket-us:free",
    `Support ticket: "Customer Priya Raman, DOB ⟦date_of_birth|08/23/1985⟧, says her account shows the wrong birth year." Rewrite it for the engineering queue.`,
  ],
  [
    "en",
    "neg-email:markdown-doc-dev:structured",
    `Fill in the last column:\n| Team | Contact | On-call |\n|---|---|---|\n| Payments | payments-team@acme.example | yes |\n| Security | security@acme.example | |`,
  ],
  [
    "en",
    "email:markdown-doc-dev:structured",
    `Fill in the last column:\n| Name | Personal e-mail | Emergency contact |\n|---|---|---|\n| Keisha Oduya | ⟦email|keisha.oduya.home@gmail.com⟧ | |`,
  ],
  [
    "en",
    "neg-financial:company-formal:free",
    `Summarise: Apple reported quarterly revenue of $94.9 billion and net income of $14.7 billion for its fiscal Q4 2024.`,
  ],
  ["en", "neg-health:tv-character-casual:free", `which episode of Breaking Bad does Walter White find out he has lung cancer? want to rewatch it`],
  [
    "en",
    "neg-phone:ofcom-doc-formal:structured",
    `Turn this into a checklist for our drama team:\n- Mobile numbers: use 07700 900000 to 07700 900999\n- London numbers: use 020 7946 0000 to 020 7946 0999\n- Never use a real customer's number on screen`,
  ],
  [
    "en",
    "neg-us_ssn:doc-formal:free",
    `Our user guide uses 219-09-9999 as the sample SSN because the SSA printed it in a 1930s pamphlet. Is that still a safe choice?`,
  ],
  [
    "en",
    "neg-ip_address:email-formal:free",
    `Rewrite this IT notice: "From Monday the office printer moves to 10.20.0.50 and the VPN gateway to 10.20.0.1. Please update your bookmarks."`,
  ],
  ["de", "neg-date_of_birth:own-casual:free", `Ich bin am 3. Mai 1989 geboren – ab wann kann ich frühestens in Rente gehen?`],
  ["de", "neg-street_address:landmark-formal:free", `Wie komme ich vom Hauptbahnhof zum Brandenburger Tor, Pariser Platz, 10117 Berlin, am besten zu Fuß?`],
  [
    "de",
    "street_address:letter-formal:free",
    `Formuliere den Brief an meinen Onkel Wolfgang Riedl, ⟦street_address|Ahornweg 17, 83022 Rosenheim⟧, etwas herzlicher.`,
  ],
  ["de", "neg-payment_card:stripe-test-dev:code", `Warum schlägt der Test fehl? cy.get("#card").type("4242424242424242") // Stripe-Testkarte`],
  ["fr", "neg-date_of_birth:own-casual:free", `je suis née le 11 juin 2001, à quel âge je peux passer le permis accompagné ?`],
  ["fr", "neg-email:support-formal:free", `Rédige un courriel à contact@mairie-exemple.fr pour demander les horaires de la déchèterie.`],
  ["fr", "email:email-formal:free", `Envoie ce compte rendu à ma collègue Hélène Bouvier sur son adresse perso ⟦email|helene.bouvier62@orange.fr⟧.`],
  ["fr", "neg-financial:company-formal:free", `Résume : LVMH a publié un chiffre d'affaires de 86,2 milliards d'euros pour 2023.`],
  ["es", "neg-phone:drama-formal:free", `Para el guion necesito un número ficticio de EE. UU.; ¿vale el 555-0123 o hay que usar otro rango?`],
  [
    "es",
    "neg-ip_address:docker-log-dev:structured",
    `¿Qué significa esto?\nweb-1  | 2026/11/30 10:05:12 [error] connect() failed (111) while connecting to upstream, upstream: "http://172.17.0.1:8000/", client: 192.168.65.1`,
  ],
  [
    "es",
    "date_of_birth:csv-formal:structured",
    `Ordena por edad:\nnombre;fecha_nacimiento\nLucía Ferrer Mas;⟦date_of_birth|19/03/1990⟧\nJordi Pons Vidal;⟦date_of_birth|02/11/1984⟧`,
  ],
  [
    "es",
    "neg-email:noreply-dev:code",
    `¿Por qué Gmail marca como spam lo que enviamos desde no-reply@tienda.example? Te paso el registro SPF: v=spf1 include:_spf.google.com ~all`,
  ],
  [
    "pt",
    "neg-password:compose-dev:code",
    `Esse docker-compose está certo?\n  mysql:\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root\n      MYSQL_PASSWORD: \${MYSQL_PASSWORD}`,
  ],
  ["pt", "password:compose-dev:code", `Esse docker-compose está certo?\n  mysql:\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦password|Jabuticaba!907⟧`],
  [
    "it",
    "neg-health:fiction-formal:free",
    `Nel romanzo "La montagna incantata" Hans Castorp resta al sanatorio per la tubercolosi: riassumi il primo capitolo.`,
  ],
  ["nl", "neg-date_of_birth:own-casual:free", `ik ben geboren op 12 oktober 1999, hoeveel dagen tot mijn 30e verjaardag?`],
];
