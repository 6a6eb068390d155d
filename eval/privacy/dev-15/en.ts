/**
 * Development set 15, English entries (registers in `kind`: dev, us, uk, in, formal, casual). Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 * Hard negatives first in each topic, then the positives of the same shapes.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- password, negatives -------------------------------------------------------------------------------------
  [
    "en",
    "neg-password:compose-dev:code",
    `Why does my postgres container still start with the default password? docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt`,
  ],
  [
    "en",
    "neg-password:env-example-dev:code",
    `Review our .env.example before I commit it:\nDATABASE_URL=postgres://app:<your-password>@localhost:5432/app\nREDIS_PASSWORD=changeme\nSMTP_PASSWORD=\nJWT_SECRET=replace-me-in-production`,
  ],
  [
    "en",
    "neg-password:k8s-dev:code",
    `Is this the right way to pass the password into the pod?\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db-credentials\n        key: password\n  - name: DB_URL\n    value: "postgresql://orders:\${DB_PASSWORD}@orders-db:5432/orders"`,
  ],
  [
    "en",
    "neg-password:node-dev:code",
    `TypeScript complains that password might be undefined here, how do I fix it?\nconst pool = new Pool({\n  host: process.env.PGHOST,\n  user: process.env.PGUSER,\n  password: process.env.PGPASSWORD,\n});`,
  ],
  [
    "en",
    "neg-password:policy-formal:free",
    `Tighten the wording of our policy: "Passwords must be at least 14 characters long, must not contain the user's name, must not be reused across the last 10 passwords, and must be changed immediately if a compromise is suspected. Use a password manager; never share your password by e-mail or chat."`,
  ],
  [
    "en",
    "neg-password:strength-us:free",
    `For a security-awareness slide: why is "P@ssw0rd123" a terrible password even though it ticks the uppercase, digit and symbol boxes? Compare it with the xkcd "correct horse battery staple" example.`,
  ],
  [
    "en",
    "neg-password:vault-dev:structured",
    `What does this output mean, and why is the value hidden?\n$ vault kv get -field=password secret/prod/payments/db\n$ vault kv get secret/prod/payments/db\n====== Data ======\nKey         Value\n---         -----\npassword    ********\nusername    payments_rw`,
  ],
  [
    "en",
    "neg-password:hash-doc-dev:free",
    `The Wikipedia article on bcrypt shows the example hash $2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW — which part is the cost, which the salt and which the hash?`,
  ],
  [
    "en",
    "neg-password:log-dev:structured",
    `Summarise these auth errors:\n2026-11-30T08:14:02Z WARN auth login failed user=svc-backup reason=invalid_password attempts=3 src=10.0.4.17\n2026-11-30T08:14:09Z WARN auth account locked user=svc-backup policy=lockout-5m`,
  ],
  [
    "en",
    "neg-password:error-uk:free",
    `Getting "FATAL: password authentication failed for user "postgres"" after I changed POSTGRES_PASSWORD in compose and rebuilt. The volume already existed. What's going on?`,
  ],
  ["en", "neg-password:default-casual:free", `old raspberry pi images used to ship with user pi and password raspberry right? why did they drop that default?`],
  [
    "en",
    "neg-password:ticket-in:free",
    `Kindly draft a reply: customer says the password reset mail is not reaching and he has tried 3 times. Remind him our team will never ask for his password over phone or mail.`,
  ],
  // --- password, positives -------------------------------------------------------------------------------------
  ["en", "password:strength-us:free", `I've used ⟦password|Marmalade!Kite1987⟧ for my bank and my email for years. Is it strong enough or should I change it?`],
  [
    "en",
    "password:compose-dev:code",
    `Why won't this connect? docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: ⟦password|h4ppyHippo!Sept⟧`,
  ],
  [
    "en",
    "password:env-dev:code",
    `Our prod .env got pasted into a ticket, can you tell me which lines to rotate?\nDB_HOST=orders-db.internal\nDB_USER=orders\nDB_PASSWORD=⟦password|Vx7#qLm2!pRt9w⟧\nLOG_LEVEL=info`,
  ],
  [
    "en",
    "password:node-dev:code",
    `Why does this hang on connect?\nconst pool = new Pool({\n  host: "10.0.2.15",\n  user: "reporting",\n  password: "⟦password|r3dW1ne_cellar⟧",\n});`,
  ],
  [
    "en",
    "password:log-dev:structured",
    `Why is this request rejected?\n2026-11-30T09:02:11Z INFO http GET /login?user=kbarlow&password=⟦password|Summer2026!Brno⟧ 401 12ms`,
  ],
  ["en", "password:wifi-casual:free", `write a cute note for the guest room, wifi is BarlowHome and the password is ⟦password|kQ9-bramble-77⟧`],
  // --- date of birth, negatives --------------------------------------------------------------------------------
  [
    "en",
    "neg-date_of_birth:fiction-uk:free",
    `Write a birthday post for a Harry Potter fan page: Harry was born on 31 July 1980, same day as J.K. Rowling's birthday.`,
  ],
  [
    "en",
    "neg-date_of_birth:public-figure-us:free",
    `Martin Luther King Jr. was born on January 15, 1929, in Atlanta. Write a 100-word introduction for a fourth-grade class.`,
  ],
  ["en", "neg-date_of_birth:own-casual:free", `my date of birth is 14 March 1990, how old will I be on new year's day 2031?`],
  [
    "en",
    "neg-date_of_birth:release-dev:structured",
    `Turn this into a sentence for the changelog:\n| Runtime | Released | End of life |\n|---|---|---|\n| Node.js 22 | 2024-04-24 | 2027-04-30 |\n| Node.js 20 | 2023-04-18 | 2026-04-30 |`,
  ],
  [
    "en",
    "neg-date_of_birth:schema-dev:code",
    `Should date_of_birth be DATE or TEXT here?\nCREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  date_of_birth DATE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);`,
  ],
  [
    "en",
    "neg-date_of_birth:history-formal:free",
    `Summarise for a timeline: the Battle of Hastings was fought on 14 October 1066 and William was crowned on 25 December 1066.`,
  ],
  [
    "en",
    "neg-date_of_birth:json-dev:structured",
    `Validate this JSON Schema fragment:\n{"dateOfBirth": {"type": "string", "format": "date", "examples": ["YYYY-MM-DD"]}}`,
  ],
  // --- date of birth, positives --------------------------------------------------------------------------------
  [
    "en",
    "date_of_birth:invite-uk:free",
    `Write a surprise-party invitation for my neighbour Gillian Ashworth, born ⟦date_of_birth|9 November 1958⟧, she's turning 68.`,
  ],
  [
    "en",
    "date_of_birth:hr-email-formal:free",
    `Please make this e-mail clearer: "Hi payroll, Carla Nwosu's record is wrong. Her date of birth is ⟦date_of_birth|17/05/1991⟧, not 15/07/1991. Please correct it before the pension enrolment."`,
  ],
  [
    "en",
    "date_of_birth:sql-dev:code",
    `Why does this insert fail?\nINSERT INTO customers (id, full_name, date_of_birth) VALUES (4471, 'Hollis Brandt', '⟦date_of_birth|1972-02-03⟧');`,
  ],
  ["en", "date_of_birth:json-dev:structured", `Convert to CSV: {"name": "Evan Lindqvist", "dateOfBirth": "⟦date_of_birth|1969-12-30⟧", "plan": "gold"}`],
  // --- email, negatives ----------------------------------------------------------------------------------------
  [
    "en",
    "neg-email:config-dev:code",
    `Which of these settings makes the reply-to header work?\nmail:\n  from: "Acme Orders <noreply@example.com>"\n  replyTo: support@example.com\n  bounce: bounces@mail.example.com`,
  ],
  [
    "en",
    "neg-email:git-dev:structured",
    `Explain this commit header:\ncommit 3f9a2c1\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nDate:   Mon Nov 30 06:12:44 2026 +0000`,
  ],
  ["en", "neg-email:rfc-us:free", `Are addresses like admin@example.org and test@example.net safe to use in docs? I think RFC 2606 reserves those domains.`],
  [
    "en",
    "neg-email:role-formal:free",
    `Draft a formal complaint to the airline's customer relations team at customer.relations@airline.example about a delayed flight; ask for compensation under EU261.`,
  ],
  [
    "en",
    "neg-email:regex-dev:code",
    `Is this regex good enough for signup validation? /^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$/ — it accepts jane.doe@example.com and rejects jane@localhost.`,
  ],
  // --- email, positives ----------------------------------------------------------------------------------------
  [
    "en",
    "email:forward-uk:free",
    `Forward this to my landlord Derek Whitcombe at ⟦email|derek.whitcombe71@gmail.com⟧ and ask politely when the deposit will be returned.`,
  ],
  [
    "en",
    "email:csv-us:structured",
    `Dedupe this export:\nname,email,plan\nAoife Brennan,⟦email|aoife.brennan@outlook.ie⟧,pro\nAoife Brennan,⟦email|aoife.brennan@outlook.ie⟧,pro`,
  ],
  [
    "en",
    "email:log-dev:structured",
    `Why did this fail?\n2026-11-29T22:41:03Z INFO password reset requested for ⟦email|maria.kowalski88@gmail.com⟧ template=reset-v2\n2026-11-29T22:41:04Z ERROR smtp 550 mailbox unavailable`,
  ],
  // --- health, negatives ---------------------------------------------------------------------------------------
  [
    "en",
    "neg-health:fiction-us:free",
    `In House M.D., Gregory House's leg pain comes from an infarction in his thigh muscle. Write a quiz question about how that shaped his Vicodin use.`,
  ],
  [
    "en",
    "neg-health:public-figure-us:free",
    `Michael J. Fox announced his Parkinson's diagnosis publicly in 1998. Summarise what his foundation funds in two sentences.`,
  ],
  [
    "en",
    "neg-health:drug-facts-uk:free",
    `What's the maximum daily dose of paracetamol for a healthy adult in the UK, and why is it lower for people who drink heavily?`,
  ],
  ["en", "neg-health:own-casual:free", `I've had a migraine since lunch, any quick tips that don't involve meds?`],
  [
    "en",
    "neg-health:stats-formal:structured",
    `Write one sentence from this table:\n| Region | Adult diabetes prevalence (2021) |\n|---|---|\n| Europe | 9.2 % |\n| South-East Asia | 10.0 % |`,
  ],
  [
    "en",
    "neg-health:fhir-template-dev:code",
    `Is this FHIR Condition template valid?\n{"resourceType": "Condition", "subject": {"reference": "Patient/{patientId}"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "{icd10}"}]}}`,
  ],
  // --- health, positives ---------------------------------------------------------------------------------------
  [
    "en",
    "health:slack-in:free",
    `Make this Slack message polite: "Rohan Pillai won't be at standup this week, he's been diagnosed with ⟦health|hepatitis B⟧ and starts ⟦health|entecavir⟧ on Monday."`,
  ],
  [
    "en",
    "health:csv-us:structured",
    `Sort by condition:\npatient,condition,medication\nBea Harrington,⟦health|bipolar II⟧,⟦health|lithium 800 mg⟧\nGlen Moffat,⟦health|COPD⟧,⟦health|tiotropium⟧`,
  ],
  [
    "en",
    "health:family-note-uk:free",
    `Rewrite kindly for my sister-in-law Fiona Tait: "The scan confirmed the ⟦health|multiple sclerosis⟧, so she's starting ⟦health|ocrelizumab⟧ infusions in January."`,
  ],
  // --- ip address, negatives -----------------------------------------------------------------------------------
  [
    "en",
    "neg-ip_address:docker-log-dev:structured",
    `Why can't my app reach the database?\napp-1  | Error: connect ECONNREFUSED 172.17.0.1:5432\napp-1  | retrying in 5s (attempt 3/10)`,
  ],
  [
    "en",
    "neg-ip_address:k8s-dev:code",
    `Do these ranges overlap?\nnetworking:\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\ndns:\n  clusterIP: 10.96.0.10`,
  ],
  ["en", "neg-ip_address:router-casual:free", `my router admin page is 192.168.0.1, how do i change the dns to 1.1.1.1 on a TP-Link?`],
  [
    "en",
    "neg-ip_address:doc-range-dev:code",
    `Explain this iptables rule from our runbook: iptables -A INPUT -s 203.0.113.0/24 -p tcp --dport 22 -j DROP (the docs use 198.51.100.7 and 2001:db8::1 as example hosts).`,
  ],
  [
    "en",
    "neg-ip_address:nginx-log-dev:structured",
    `Which upstream is slow?\n10.0.3.14 - - [30/Nov/2026:10:01:22 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.002\n10.0.3.15 - - [30/Nov/2026:10:01:22 +0000] "GET /api/orders HTTP/1.1" 200 812 "-" "okhttp/4.12" rt=1.940`,
  ],
  // --- ip address, positives -----------------------------------------------------------------------------------
  [
    "en",
    "ip_address:appeal-casual:free",
    `the forum banned my home IP ⟦ip_address|86.147.22.91⟧ by mistake, write an appeal to the mods, my username is quietfern`,
  ],
  [
    "en",
    "ip_address:csv-dev:structured",
    `Which customer logged in from two countries?\nname,last_login_ip,country\nHugo Barrett,⟦ip_address|73.158.42.19⟧,US\nHugo Barrett,⟦ip_address|95.91.203.66⟧,DE`,
  ],
  // --- street address, negatives -------------------------------------------------------------------------------
  [
    "en",
    "neg-street_address:landmark-us:free",
    `How early should we arrive for a White House tour? The address on the ticket is 1600 Pennsylvania Avenue NW, Washington, DC 20500.`,
  ],
  ["en", "neg-street_address:fiction-uk:free", `Write a short tour script for the Sherlock Holmes Museum at 221B Baker Street, London NW1 6XE.`],
  ["en", "neg-street_address:museum-uk:free", `Plan a rainy Saturday: start at the British Museum, Great Russell Street, London WC1B 3DG, then lunch nearby.`],
  [
    "en",
    "neg-street_address:geocode-test-dev:code",
    `Is this geocoder test OK? expect(await geocode("10 Downing Street, London SW1A 2AA")).toMatchObject({ lat: 51.5034 });`,
  ],
  // --- street address, positives -------------------------------------------------------------------------------
  [
    "en",
    "street_address:letter-uk:free",
    `Address an envelope for the refund cheque to my aunt, Philippa Crouch, ⟦street_address|14 Larkspur Close, Stevenage SG2 8QP⟧.`,
  ],
  [
    "en",
    "street_address:json-dev:structured",
    `Why is the label printer rejecting this?\n{"recipient": "Marlon Teague", "address": "⟦street_address|2217 Wickham Ridge Dr, Apt 4C, Columbus, OH 43215⟧", "service": "ground"}`,
  ],
  // --- phone, negatives ----------------------------------------------------------------------------------------
  [
    "en",
    "neg-phone:drama-uk:free",
    `For my radio script the detective leaves a voicemail: "Call me back on 07700 900461 or the station on 020 7946 0018." Make it sound more 1990s.`,
  ],
  ["en", "neg-phone:drama-us:free", `In the screenplay the pizza place's number is 555-0147 — is that the right fictional range for US TV?`],
  ["en", "neg-phone:hotline-us:free", `Rewrite for the website footer: "Questions? Call our support line at 1-800-555-0199, Monday to Friday, 9–5 Eastern."`],
  // --- phone, positives ----------------------------------------------------------------------------------------
  ["en", "phone:text-uk:free", `Text my plumber Gareth Pryce on ⟦phone|07823 461905⟧ and ask if Thursday morning still works.`],
  // --- documented test values, negatives -----------------------------------------------------------------------
  [
    "en",
    "neg-payment_card:stripe-test-dev:code",
    `Our checkout test fails with the decline card but passes with 4242 4242 4242 4242:\nawait fillCard("4000 0000 0000 9995", "12/34", "123"); // Stripe: insufficient_funds`,
  ],
  ["en", "neg-iban:example-uk:free", `Is GB82 WEST 1234 5698 7654 32 a real account? It's in every IBAN tutorial I find.`],
  [
    "en",
    "neg-us_ssn:placeholder-us:free",
    `Why did the SSA invalidate 078-05-1120? I read it came from a wallet insert and people used it as their own. Is 123-45-6789 also blocked?`,
  ],
  [
    "en",
    "neg-payment_card:amex-test-dev:structured",
    `Put these Stripe test cards into a markdown table:\nVisa debit 4000 0566 5566 5556\nAmex 3782 822463 10005\nMastercard 5555 5555 5555 4444`,
  ],
  // --- documented test values, positives (real-looking values of named people) --------------------------------
  [
    "en",
    "payment_card:dispute-us:free",
    `Help me word a dispute: my husband Tobias Renner's card ⟦payment_card|4539 6801 2274 5830⟧ was charged twice by the gym.`,
  ],
  ["en", "iban:invoice-uk:free", `Put Nadia Hartley's bank details on the invoice: IBAN ⟦iban|GB88 NWBK 6073 0144 8273 61⟧, payable within 14 days.`],
  ["en", "us_ssn:form-us:structured", `Check this W-4 row for typos:\nEmployee: Darnell Whitby | SSN: ⟦us_ssn|512-48-3096⟧ | Filing: single`],
  // --- talking about personal data, negatives ------------------------------------------------------------------
  [
    "en",
    "neg-meta:gdpr-formal:free",
    `Under GDPR, is a customer's date of birth combined with their postcode personal data, and do we need a DPIA before storing both?`,
  ],
  ["en", "neg-meta:regex-dev:code", `Write a regex that matches US SSNs like AAA-GG-SSSS but rejects area 000, 666 and 900-999.`],
  [
    "en",
    "neg-meta:schema-dev:code",
    `Which of these columns should be encrypted at rest? users(id, email, password_hash, phone, date_of_birth, street_address, last_login_ip)`,
  ],
  ["en", "neg-meta:pii-in:free", `Please explain simply what all comes under PII — email id, phone number, Aadhaar, IP address? Need it for a training deck.`],
];
