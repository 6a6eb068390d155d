/**
 * Development set 19, English entries: developer- and ops-shaped text (code, config, logs, stack traces, fixtures,
 * tickets, chat between colleagues). Marks: ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under
 * src/privacy was opened (README.md). All people, numbers and secrets are invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- phones in code, logs, configs, exports ---------------------------------------------------------------------
  [
    "en",
    "phone:code-py:structured",
    `Why does this raise NumberParseException (INVALID_COUNTRY_CODE)?\n\nimport phonenumbers\nn = phonenumbers.parse('⟦phone|7046218893⟧', None)\nprint(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164))`,
  ],
  [
    "en",
    "phone:log-sms:structured",
    `2026-12-04T22:14:07Z INFO sms.gateway sent id=SM8f3a2c91 to=⟦phone|+14155238071⟧ status=delivered segments=1\n2026-12-04T22:14:09Z WARN sms.gateway retry id=SMa71d0e44 to=⟦phone|+447911482306⟧ err=30007 carrier filtered\nwhy is the UK one being filtered?`,
  ],
  [
    "en",
    "phone:vcard-dev:structured",
    `BEGIN:VCARD\nVERSION:3.0\nFN:Marisol Teague\nTEL;TYPE=CELL:⟦phone|+1 503 881 2764⟧\nTEL;TYPE=WORK:⟦phone|+1 503 226 4190⟧\nEND:VCARD\n\nmy parser only reads the first TEL line, fix the regex`,
  ],
  [
    "en",
    "phone:crm-csv:structured",
    `Dedupe this CRM export by phone:\ncontact_id,name,mobile,created\n88121,Teodor Vasquez,⟦phone|(612) 804-3397⟧,2026-10-02\n88122,T. Vasquez,⟦phone|612.804.3397⟧,2026-11-18\n88140,Ruth Okafor,⟦phone|+1-763-418-2205⟧,2026-11-20`,
  ],
  [
    "en",
    "phone:test-js:structured",
    `// copied from ticket #4471, customer says the OTP never arrives\nit('normalises AU mobiles', () => {\n  expect(normalise('⟦phone|0412 739 508⟧', 'AU')).toBe('⟦phone|+61412739508⟧');\n});\nwhy does this fail on CI but not locally?`,
  ],
  [
    "en",
    "phone:sql-dev:structured",
    `UPDATE customers SET phone = '⟦phone|+12145087731⟧', updated_at = now() WHERE id = 40917; -- customer asked on the phone, is this safe without a transaction?`,
  ],
  ["en", "phone:chat-ops:free", `hey can you add the on-call number to the pager bridge? mine is ⟦phone|+1 (929) 374-6108⟧, I'm on rotation from tonight`],
  [
    "en",
    "phone:trace-py:structured",
    `Traceback (most recent call last):\n  File "notify.py", line 88, in send\n    client.messages.create(to=msisdn, from_=SENDER, body=body)\ntwilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ⟦phone|+13125809914⟧ is not a valid phone number.`,
  ],
  [
    "en",
    "phone:test-go:structured",
    `func TestFormat(t *testing.T) {\n\t// reproduces the prod bug with the customer's real number, remove before merge\n\tgot := Format("⟦phone|+49 151 28734410⟧")\n\tif got != "+4915128734410" {\n\t\tt.Fatalf("got %q", got)\n\t}\n}`,
  ],
  [
    "en",
    "phone:ticket-support:free",
    `Ticket HD-20931: customer Priya Raman can't receive the 2FA SMS on ⟦phone|+91 98450 31276⟧ since porting to Jio. Draft a reply asking her to try the voice-call fallback.`,
  ],
  [
    "en",
    "phone:yaml-ops:structured",
    `validate this yaml, the scheduler rejects it:\noncall:\n  primary:\n    name: Kevin Dorsey\n    sms: "⟦phone|+16179024418⟧"\n  secondary:\n    name: Aiko Brandt\n    sms: "⟦phone|+16175230987⟧"\n  escalate_after: 15m`,
  ],
  [
    "en",
    "phone:log-auth:structured",
    `Dec 04 03:12:55 auth[2231]: otp_sent user_id=55102 channel=sms dest=⟦phone|+33 6 12 48 90 37⟧ ttl=300\nDec 04 03:17:56 auth[2231]: otp_expired user_id=55102\nwhy does the OTP expire before the user gets it?`,
  ],
  [
    "en",
    "phone:code-java:structured",
    `Customer c = new Customer("Lwazi Dube", "⟦phone|+27 82 604 1937⟧");\ncustomerService.register(c);\n// throws NullPointerException at CustomerService.java:212 — what's null here?`,
  ],
  [
    "en",
    "phone:chat-dev:free",
    `the number that keeps failing validation in the signup form is ⟦phone|+44 (0)20 8519 4476⟧ — the (0) trips the parser I think`,
  ],
  [
    "en",
    "phone:json-webhook:structured",
    `Handle this opt-out webhook in Express:\n{"From":"⟦phone|+16463902817⟧","To":"+18336540021","Body":"STOP","MessageSid":"SM2b7e4c0a9f"}`,
  ],
  [
    "en",
    "phone:env-dev:structured",
    `.env for the alerting worker:\nTWILIO_FROM=+15005550006\nADMIN_ALERT_PHONE=⟦phone|+14086720381⟧\nLOG_LEVEL=debug\nwhy does the alert go nowhere?`,
  ],
  [
    "en",
    "phone:chat-support:free",
    `can you check why the callback to ⟦phone|(347) 882-1954⟧ never happened? customer says she waited all afternoon (case 00912834)`,
  ],
  // --- credentials in configs, code, logs and chat ----------------------------------------------------------------
  [
    "en",
    "cred:env-dev:structured",
    `DB_HOST=10.0.2.15\nDB_USER=billing\nDB_PASSWORD=⟦password|qK7#vT2m!Rw9zLp⟧\nREDIS_URL=redis://localhost:6379/0\n\nwhy does dotenv give me an empty password?`,
  ],
  [
    "en",
    "cred:compose-ops:structured",
    `services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ⟦password|Gl4cier-Tundra-88⟧\n    ports:\n      - "5432:5432"\nthe container restarts in a loop, logs say "role app does not exist"`,
  ],
  [
    "en",
    "cred:k8s-ops:structured",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: ⟦password|UzNjdXJlUGFzcyE3Nw==⟧\nkubectl apply says illegal base64 data, which line?`,
  ],
  [
    "en",
    "cred:code-py:structured",
    `conn = psycopg2.connect(host="db.internal", user="etl", password="⟦password|w8Z$p3N!cQ⟧", dbname="dw")\ncur = conn.cursor()\n# OperationalError: SSL SYSCALL error: EOF detected — why?`,
  ],
  [
    "en",
    "cred:code-js:structured",
    `const stripe = require('stripe')('⟦api_key|sk_live_51Nq8ZxK3vT0dLmR7pQ2wY9sA4bC6eF1gH8jK0mN3pR5tV7xZ9⟧');\nconst charge = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });\n// TypeError: stripe.paymentIntents is undefined`,
  ],
  [
    "en",
    "cred:shell-ops:structured",
    `curl -u deploy:⟦password|Nx9!rB2v#Lq5⟧ -X POST https://ci.corp.internal/job/release/build — returns 403 crumb error, what header am I missing?`,
  ],
  [
    "en",
    "cred:toml-dev:structured",
    `[database]\nurl = "⟦connection_string|postgresql://svc_orders:pR3tz3l_W1nd@orders-db.prod.internal:5432/orders⟧"\npool_size = 20\n\nsqlx says "password authentication failed", is the underscore a problem?`,
  ],
  [
    "en",
    "cred:code-go:structured",
    `dsn := "⟦connection_string|root:M4ple&Birch42@tcp(172.31.8.14:3306)/inventory?parseTime=true⟧"\ndb, err := sql.Open("mysql", dsn)\n// err is nil but Ping() hangs`,
  ],
  [
    "en",
    "cred:properties-java:structured",
    `spring.datasource.url=jdbc:postgresql://10.0.1.9:5432/claims\nspring.datasource.username=claims_app\nspring.datasource.password=⟦password|Tr0ut!Lake-2026⟧\nspring.jpa.hibernate.ddl-auto=validate\nwhy does Hikari time out?`,
  ],
  ["en", "cred:chat-dev:free", `here's the staging admin login so you can repro: admin / ⟦password|Kx4#mPz8Qv⟧ — I'll rotate it after`],
  [
    "en",
    "cred:log-app:structured",
    `2026-12-04 11:02:31 DEBUG http > GET /api/v2/invoices\n2026-12-04 11:02:31 DEBUG http > Authorization: Bearer ⟦jwt|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxMCIsIm5hbWUiOiJEYW5hIEtvdmFjIiwicm9sZSI6ImJpbGxpbmctYWRtaW4iLCJpYXQiOjE3MzMzMTIwMDB9.v74Sxs-G7-wveNS5cIUU8L19L8PGkDiDTIQQyjVEA9s⟧\n2026-12-04 11:02:32 DEBUG http < 401\nwhy 401?`,
  ],
  [
    "en",
    "cred:shell-git:structured",
    `git remote set-url origin https://⟦api_key|ghp_R8vN2kQ7xL4mT9pW3sZ6yB1cD5fH0jK8aE2u⟧@github.com/acme-internal/payments.git\ngit push still asks for a password, why?`,
  ],
  [
    "en",
    "cred:ini-aws:structured",
    `~/.aws/credentials\n[default]\naws_access_key_id = ⟦api_key|AKIA4QX7NRZ2LM5TVB8K⟧\naws_secret_access_key = ⟦api_key|9xTq2Lm7Vb4Np8Rz1Kc6Wd3Hf5Jg0Ys/EuAoIiPl⟧\nregion = eu-west-1\n\naws s3 ls gives SignatureDoesNotMatch`,
  ],
  [
    "en",
    "cred:env-dev:structured",
    `SLACK_BOT_TOKEN=⟦api_key|xoxb-3920481756-5837261940-Zq8Rv2Lm7Xk4Tp9Wn3Bc6Hd⟧\nSLACK_CHANNEL=#deploys\nthe bot posts nothing and returns not_in_channel`,
  ],
  [
    "en",
    "cred:ticket-support:free",
    `Customer says her account password is ⟦password|Marigold#1987⟧ and it stopped working after the migration to argon2 — can you check how the old hashes were imported?`,
  ],
  [
    "en",
    "cred:chat-user:free",
    `the password I use for pretty much everything is ⟦password|h7#Kq!2vLz⟧ — is that strong enough or should I switch to a manager?`,
  ],
  [
    "en",
    "cred:sql-dev:structured",
    `CREATE USER 'reporting'@'%' IDENTIFIED BY '⟦password|Qu4rtz!Delta-91⟧';\nGRANT SELECT ON sales.* TO 'reporting'@'%';\n-- error 1819, password does not satisfy policy?`,
  ],
  [
    "en",
    "cred:shell-ops:structured",
    `redis-cli -h 10.20.1.7 -a '⟦password|vF3!nR8q#Tz2⟧' --no-auth-warning INFO replication\nmaster_link_status:down — how do I debug this?`,
  ],
  [
    "en",
    "cred:code-js:structured",
    `mongoose.connect('⟦connection_string|mongodb://admin:Wh1sker$Tango@mongo-0.mongo.svc.cluster.local:27017/crm?authSource=admin⟧')\n  .catch(err => console.error(err)); // MongoServerSelectionError`,
  ],
  [
    "en",
    "cred:env-dev:structured",
    `SENDGRID_API_KEY=⟦api_key|SG.q7Rk2LmX9pTz4VbN8wYc1A.Hf5Jd0Ks3Lq8Zx2Cv7Bn4Mm9Pt6Rw1Ye5Ua0Io3Gh⟧\nMAIL_FROM=no-reply@invoices.example\nmails are accepted but never delivered`,
  ],
  [
    "en",
    "cred:yaml-ansible:structured",
    `group_vars/web.yml:\nansible_user: deploy\nansible_ssh_pass: ⟦password|Olive&Granite77⟧\nansible_become_pass: ⟦password|Olive&Granite77⟧\nwhy does become still prompt?`,
  ],
  [
    "en",
    "cred:code-py:structured",
    `from openai import OpenAI\nclient = OpenAI(api_key="⟦api_key|sk-proj-Tz8Qm2Lx7Vb4Np9Rk1Wc6Hd3Jf5Gy0Ua8Es2Io4Pl7Kn9Bm3Xv⟧")\n# RateLimitError on the very first call?`,
  ],
  [
    "en",
    "cred:chat-ops:free",
    `guest wifi for the offsite tomorrow: SSID Offsite-Guest, WPA2 key ⟦password|lanternfish-orbit-42⟧ — pin it in the channel please`,
  ],
  [
    "en",
    "cred:key-ops:structured",
    `ssh keeps saying "invalid format" for this key I copied from the old bastion:\n⟦private_key|-----BEGIN OPENSSH PRIVATE KEY-----\nUKshA1u7fiFmRMI741RMtqiCJlqAecdcZ9kt+uGFQNWeuU3dS1IF92QQOEKXPlLUFMVrkNCQdllnNiKJ\nDQ0GZVcRSh+NJwzglcpr3nsp+au6L82iO2ZDzDAYBPyw/dY3fBxKPoVrC76BGAJG01IQ8dL4Sfdm\nwCM+i+UCgnyQP7Nxjolu8v6G05K34A26xr4kkao7ZUnJ\n-----END OPENSSH PRIVATE KEY-----⟧`,
  ],
  [
    "en",
    "cred:jdbc-dev:structured",
    `Connection string from the old app server, the new driver rejects it:\n⟦connection_string|jdbc:sqlserver://sql01.corp.local:1433;databaseName=HR;user=hr_app;password=Cr1mson!Fox;encrypt=true⟧`,
  ],
  [
    "en",
    "cred:ci-yaml:structured",
    `- name: Publish\n  run: npm publish\n  env:\n    NPM_TOKEN: ⟦api_key|npm_Xq7Lm2Rz9Tb4Vn8Kc1Wd6Hf3Jg5Ys0Ea2Up7⟧\nthe publish step says ENEEDAUTH`,
  ],
  [
    "en",
    "cred:ticket-support:free",
    `User forwarded the SMS: "Your Northwind sign-in code is ⟦password|482913⟧. Don't share it." — she still gets 'invalid code', can you check clock drift on auth-2?`,
  ],
  [
    "en",
    "cred:pgpass-ops:structured",
    `~/.pgpass (chmod 600):\n10.0.4.21:5432:analytics:looker:⟦password|Sp4rrow^Cliff⟧\npsql still asks for a password, why?`,
  ],
  [
    "en",
    "cred:code-php:structured",
    `$mysqli = new mysqli("localhost", "wp_shop", "⟦password|Tang0-Papaya-17⟧", "shop");\nif ($mysqli->connect_errno) { die("fail"); } // dies with 2002`,
  ],
  [
    "en",
    "cred:diff-dev:structured",
    `review this diff please:\n   firebase: {\n-    apiKey: process.env.FIREBASE_KEY,\n+    apiKey: "⟦api_key|AIzaSyB7xQ2mL9vT4kR8pN3wZ6cF1hJ5dG0sE2u⟧",\n     authDomain: "tally-prod.firebaseapp.com",`,
  ],
  [
    "en",
    "cred:shell-heroku:structured",
    `heroku config:set DATABASE_URL=⟦connection_string|postgres://u8f3k2l9:p4c7e1a9b2d5f8e3a6c9b1d4f7e2a5c8b3d6@ec2-54-163-34-107.compute-1.amazonaws.com:5432/d9k2m4n7p1q3⟧ -a billing-api\nthen the dyno crashes with "no pg_hba.conf entry"`,
  ],
  [
    "en",
    "cred:notebook-py:structured",
    `ctx = snowflake.connector.connect(user='ANALYST_KIM', password='⟦password|Gl1mmer!Owl-63⟧', account='xy12345.eu-west-1')\n# 250001: Could not connect to Snowflake backend`,
  ],
  // --- driver's licences in code, data and tickets -----------------------------------------------------------------
  [
    "en",
    "dl:sql-dev:structured",
    `INSERT INTO drivers (id, full_name, license_no, state) VALUES (3012, 'Carla Mendes', '⟦driver_license|F255-921-64-712-0⟧', 'FL');\n-- ERROR: value too long for type character varying(13)`,
  ],
  [
    "en",
    "dl:json-kyc:structured",
    `Why does our KYC callback handler 500 on this body?\n{"applicant_id":"a-77120","document":{"type":"DRIVERS_LICENSE","issuing_state":"CA","number":"⟦driver_license|D4829173⟧","expiry":"2029-03-14"},"status":"REVIEW"}`,
  ],
  [
    "en",
    "dl:log-rental:structured",
    `2026-11-30 08:41:12 WARN checkin.validate license_mismatch booking=BK-771204 lic=⟦driver_license|HALLO807172PJ9RT⟧ country=GB\nwhat does license_mismatch mean in this vendor's API?`,
  ],
  [
    "en",
    "dl:csv-fleet:structured",
    `Sort by expiry and flag anything expiring in 90 days:\ndriver,state,license,class,expiry\nDale Pruitt,TX,⟦driver_license|40719358⟧,CDL-A,2027-01-30\nMia Fournier,IL,⟦driver_license|F652-4418-3907⟧,D,2027-09-12`,
  ],
  [
    "en",
    "dl:ticket-support:free",
    `Ticket #58213: renter says our app rejected her Ohio licence ⟦driver_license|TZ482913⟧ at pickup; she's at the counter now, what can the agent override?`,
  ],
  [
    "en",
    "dl:fixture-py:structured",
    `# fixture copied from the prod export for the OCR bug, TODO anonymise\nSAMPLE = {"name": "Eamon Walsh", "dl": "⟦driver_license|S530-7142-8861⟧", "state": "IL"}\ndef test_ocr(): assert parse(SAMPLE)["dl"]`,
  ],
  [
    "en",
    "dl:chat-ops:free",
    `can someone re-run the background check for the new courier? NY license ⟦driver_license|731 562 048⟧, the vendor API timed out twice`,
  ],
  [
    "en",
    "dl:trace-js:structured",
    `ValidationError: driver license ⟦driver_license|A7310592⟧ expired 2025-08-01 for driver_id=7781\n    at validateDriver (src/kyc/driver.ts:41:11)\n    at async onboard (src/kyc/onboard.ts:88:5)\nshould expired licences throw or warn?`,
  ],
  [
    "en",
    "dl:code-java:structured",
    `driverRepo.save(new Driver("Wen Zhao", "⟦driver_license|W3918 64027 51307⟧", "NJ"));\n// ConstraintViolationException: license must match pattern`,
  ],
  [
    "en",
    "dl:ticket-in:free",
    `KYC failed for DL ⟦driver_license|KA05 20190034718⟧ — the Parivahan API returns "record not found" though the customer says it's valid. Draft an escalation.`,
  ],
  ["en", "dl:chat-au:free", `mate the onboarding form won't take my licence no ⟦driver_license|048 213 776⟧ (VIC), says invalid format`],
  [
    "en",
    "dl:graphql-dev:structured",
    `mutation {\n  verifyDriver(input: { licenseNumber: "⟦driver_license|H44120638⟧", state: "AZ", dob: "⟦date_of_birth|1991-07-23⟧" }) { status }\n}\nreturns "Unknown argument dob"`,
  ],
  [
    "en",
    "dl:log-ocr:structured",
    `ocr.result job=8841 fields={"DLN":"⟦driver_license|Y6093817⟧","CLASS":"C","EXP":"04/11/2030"} confidence=0.91\nwhy is the name field missing?`,
  ],

  // --- hard negatives: what technical prompts really contain ------------------------------------------------------
  [
    "en",
    "neg-phone:log-sms:structured",
    `In Twilio test mode, why does sending to +15005550001 return 21211 while +15005550006 succeeds?\n2026-12-04T10:02:11Z sms.send to=+15005550001 err=21211\n2026-12-04T10:02:12Z sms.send to=+15005550006 ok`,
  ],
  [
    "en",
    "neg-phone:code-py:structured",
    `phonenumbers.parse('+1 202-555-0143', None) works but phonenumbers.parse('202-555-0143', None) raises — what region should I pass?`,
  ],
  [
    "en",
    "neg-phone:code-py:structured",
    `orders = [{"order_id": 4017728391, "created": 1733312400, "amount_cents": 129900}]\ndf = pd.DataFrame(orders)\nwhy does order_id come out as float after a merge?`,
  ],
  [
    "en",
    "neg-phone:log-app:structured",
    `2026-12-04 09:14:22,481 INFO [pool-3-thread-7] c.a.o.OrderService - order 20261204-8817 shipped, tracking 1Z999AA10123456784, took 1532 ms\nwhy is the tracking link 404?`,
  ],
  [
    "en",
    "neg-phone:doc-support:free",
    `Our help page lists the IRS help line 1-800-829-1040 and Social Security at 1-800-772-1213; turn them into tel: links with aria labels.`,
  ],
  [
    "en",
    "neg-phone:compose-ops:structured",
    `services:\n  api:\n    image: node:22.11.0-alpine\n    ports:\n      - "8080:3000"\n      - "9229:9229"\n  db:\n    image: postgres:16.4\n    ports: ["5432:5432"]\nwhy can't I attach the debugger on 9229?`,
  ],
  [
    "en",
    "neg-phone:csv-data:structured",
    `sku,isbn,price\nBK-1021,978-0-13-468599-1,45.99\nBK-1022,978-1-4919-5017-9,39.99\nvalidate the ISBN-13 check digits in SQL`,
  ],
  [
    "en",
    "neg-phone:trace-java:structured",
    `java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)\nmaximumPoolSize is 10`,
  ],
  [
    "en",
    "neg-phone:doc-uk:free",
    `For the staging SMS tests only use Ofcom drama numbers, e.g. +44 7700 900123 and 07700 900456 — write that rule into CONTRIBUTING.md.`,
  ],
  ["en", "neg-phone:chat-ops:free", `incident bridge is on Zoom, meeting ID 842 1937 6605, passcode is in the calendar invite — joining in 2`],
  [
    "en",
    "neg-phone:config-net:free",
    `Our VPC is 10.0.0.0/16, the bastion is 172.16.4.10, and the docs use 192.0.2.44 and 203.0.113.7 as examples — write the security-group rules in Terraform.`,
  ],
  [
    "en",
    "neg-phone:vcard-doc:structured",
    `BEGIN:VCARD\nVERSION:4.0\nFN:Acme Support\nORG:Acme Corp\nTEL;TYPE=work,voice;VALUE=uri:tel:+1-800-555-0100\nURL:https://acme.example\nEND:VCARD\nis this valid vCard 4.0?`,
  ],
  [
    "en",
    "neg-phone:metrics-ops:free",
    `p99 went from 412 ms to 1,873 ms after v2.14.3, heap at 3.2 GiB, 12,480,551 requests/day — what should I profile first?`,
  ],
  [
    "en",
    "neg-phone:time-dev:free",
    `Convert 1733389200123 (ms) to ISO 8601 in UTC and explain why new Date('2026-12-05 09:00') differs between Node and Safari.`,
  ],
  ["en", "neg-phone:invoice-data:free", `Extract to JSON: Invoice INV-2026-004417, PO 4500182736, net 30, total $12,480.00, due 2027-01-03.`],
  ["en", "neg-phone:doc-ops:free", `Add the emergency numbers to the on-call runbook: 911 (US), 112 (EU), 999 (UK), and Poison Control 1-800-222-1222.`],
  [
    "en",
    "neg-phone:sql-data:structured",
    `SELECT order_id, created_at FROM orders WHERE order_id IN (4017728391, 4017728392) AND created_at > '2026-11-01 00:00:00+00';\n-- why is this a seq scan?`,
  ],
  [
    "en",
    "neg-phone:log-k8s:structured",
    `Warning  BackOff  3m12s (x47 over 12m)  kubelet  Back-off restarting failed container api in pod api-7d9f8b6c5-x2kqp_default(5f0c9a3e-1b2d-4c8e-9f7a-6e5d4c3b2a10)\nwhat should I check first?`,
  ],
  [
    "en",
    "neg-phone:test-js:structured",
    `libphonenumber's example number for US is +1 201-555-0123; write a Jest test asserting our formatter outputs (201) 555-0123.`,
  ],
  [
    "en",
    "neg-cred:ini-aws:structured",
    `The AWS docs show this, is it safe to commit as an example?\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
  ],
  [
    "en",
    "neg-cred:compose-ops:structured",
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets: [pg_password]\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt\ndoes the file need a trailing newline?`,
  ],
  [
    "en",
    "neg-cred:env-doc:structured",
    `.env.example\nDB_PASSWORD=<your-password>\nJWT_SECRET=change-me\nAPI_KEY=your_api_key_here\nwrite a README section explaining each variable`,
  ],
  [
    "en",
    "neg-cred:k8s-ops:structured",
    `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\nthe pod gets CreateContainerConfigError, why?`,
  ],
  [
    "en",
    "neg-cred:shell-doc:structured",
    `The Stripe docs curl example is curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: — what does the trailing colon do?`,
  ],
  [
    "en",
    "neg-cred:log-auth:structured",
    `Dec  4 02:11:45 bastion sshd[18233]: Failed password for invalid user admin from 10.0.8.23 port 52514 ssh2\nDec  4 02:11:47 bastion sshd[18233]: Failed password for root from 10.0.8.23 port 52516 ssh2\nwrite a fail2ban filter for this`,
  ],
  [
    "en",
    "neg-cred:git-dev:structured",
    `git log --oneline\n3f9c2e1 fix token refresh race\na71d0e4 bump jsonwebtoken to 9.0.2\ne83c516 initial import\nhow do I bisect between a71d0e4 and HEAD?`,
  ],
  [
    "en",
    "neg-cred:log-trace:structured",
    `request_id=6f1c2a9e-4b3d-4e8a-9c71-2d5f8b0e3a14 traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 status=504\nhow do I find this trace in Tempo?`,
  ],
  ["en", "neg-cred:doc-dev:free", `Write a zod schema: password must be 12–64 chars, contain at least one digit and one symbol, and not equal the username.`],
  [
    "en",
    "neg-cred:shell-ops:structured",
    `read -s -p "DB password: " PGPASSWORD; export PGPASSWORD\npg_dump -h 10.1.2.3 -U backup app > /backups/app-$(date +%F).sql\nis the password visible in ps output?`,
  ],
  [
    "en",
    "neg-cred:properties-java:structured",
    `spring.datasource.password=\${DB_PASSWORD}\nspring.datasource.username=\${DB_USER:app}\nwhy is the default not applied for the password?`,
  ],
  [
    "en",
    "neg-cred:checksum-ops:structured",
    `sha256sum node-v22.11.0-linux-x64.tar.xz\n4f3ba8b0fd6c3a5d27bb8c8c2f4cc7b1e2d48a6e12e43bd8f9a0b1c2d3e4f567  node-v22.11.0-linux-x64.tar.xz\nthe published SHASUMS256 differs, is my download corrupt?`,
  ],
  [
    "en",
    "neg-cred:doc-jwt:free",
    `Decode the jwt.io example token for me: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
  ],
  [
    "en",
    "neg-cred:fixture-js:structured",
    `// test/fixtures/users.ts — obviously fake data\nexport const alice = { id: 'u_test_1', email: 'alice@example.com', password: 'not-a-real-password' };\nhow do I share this between vitest files?`,
  ],
  [
    "en",
    "neg-cred:ticket-support:free",
    `INC-448120: user can't reset their password, the reset link says "token expired" after 5 minutes. What's our reset-token TTL and where is it configured?`,
  ],
  [
    "en",
    "neg-cred:shell-helm:structured",
    `helm upgrade --install api ./chart --set image.tag=1.42.0 --set db.existingSecret=api-db-creds --set replicaCount=3\nerror: UPGRADE FAILED: another operation is in progress`,
  ],
  [
    "en",
    "neg-cred:ci-yaml:structured",
    `- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\nis NODE_AUTH_TOKEN or NPM_TOKEN the right name for setup-node?`,
  ],
  [
    "en",
    "neg-cred:shell-vault:structured",
    `$ vault kv get -field=password secret/prod/orders-db\n********\nwhy does -field print asterisks in my terminal recording but not in CI?`,
  ],
  [
    "en",
    "neg-cred:log-redacted:structured",
    `DEBUG pool: connecting to postgresql://app:****@db.internal:5432/app\nDEBUG http > Authorization: Bearer [REDACTED]\nis our redaction enough for SOC 2?`,
  ],
  ["en", "neg-cred:chat-ops:free", `please don't paste the prod password in Slack — DM me and I'll put it in 1Password under "orders-db (prod)".`],
  [
    "en",
    "neg-cred:hash-dev:free",
    `Why do all my uploads have md5 d41d8cd98f00b204e9800998ecf8427e and sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855?`,
  ],
  [
    "en",
    "neg-cred:doc-totp:free",
    `Our TOTP test uses the RFC 6238 secret 12345678901234567890 and expects 94287082 at T=59 with 8 digits — mine gives 287082, what's wrong?`,
  ],
  [
    "en",
    "neg-cred:semver-dev:structured",
    `npm ERR! ERESOLVE could not resolve\nnpm ERR! peer react@"^18.3.1" from react-dom@18.3.1\nnpm ERR! Found: react@19.0.0-rc-69d4b800-20241021\nhow do I pin this?`,
  ],
  [
    "en",
    "neg-cred:docker-ops:structured",
    `image: ghcr.io/acme/api@sha256:7d2f1a9c8b3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddee\nwhy does compose pull a different digest than the tag 2.8.1?`,
  ],
  [
    "en",
    "neg-dl:doc-dev:free",
    `Write a regex for California driver license numbers — one letter followed by seven digits — with unit tests using obviously fake values like X0000000.`,
  ],
  [
    "en",
    "neg-dl:fixture-js:structured",
    `// clearly fake fixtures for the onboarding tests\nconst drivers = [{ name: 'Test Driver', license: 'TEST-0000-0000', state: 'ZZ' }];\nwhy does the state enum reject ZZ?`,
  ],
  [
    "en",
    "neg-dl:sql-schema:structured",
    `CREATE TABLE drivers (\n  id BIGSERIAL PRIMARY KEY,\n  license_no VARCHAR(20) NOT NULL,\n  license_state CHAR(2) NOT NULL,\n  expires_on DATE\n);\nshould license_no be encrypted at rest with pgcrypto?`,
  ],
  [
    "en",
    "neg-dl:log-kyc:structured",
    `INFO kyc.verify doc_type=DRIVERS_LICENSE result=MATCH confidence=0.97 request=7c0e1b2a-3d4f-4a5b-8c6d-9e0f1a2b3c4d latency_ms=842\ngraph latency_ms per doc_type`,
  ],
  [
    "en",
    "neg-dl:doc-uk:free",
    `gov.uk shows MORGA753116SM9IJ as the example DVLA licence number — explain what each part of it encodes so I can write a validator.`,
  ],
];
