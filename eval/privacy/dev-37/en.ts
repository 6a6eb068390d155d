/** Development set 37, English contrast pairs (see README.md). Marks: ⟦category|value⟧. */
import { type ContrastPair, pair } from "./pair.js";

export const EN: ContrastPair[] = [
  // password
  pair(
    "en",
    "password",
    "placeholder",
    "email-thread",
    `From: Dana Whitfield
Sent: Tuesday, 3 March 2026 10:14
To: IT Helpdesk
Subject: RE: VPN login keeps dropping

> Can you confirm the account itself still works?

Yes, it does: username dwhitfield, password ⟦password|Trellis#Moth82⟧. It's only the VPN client that drops me after ten minutes. Can you help me write a shorter version of this for the ticket?`,
    `From: Dana Whitfield
Sent: Tuesday, 3 March 2026 10:14
To: IT Helpdesk
Subject: RE: VPN login keeps dropping

> Can you confirm the account itself still works?

Yes, it does: username dwhitfield, password [not pasting it here, it's in the team vault]. It's only the VPN client that drops me after ten minutes. Can you help me write a shorter version of this for the ticket?`,
  ),
  pair(
    "en",
    "password",
    "docs",
    "chat",
    `[10:02] <mkowalski> anyone know why grafana keeps rejecting my login?
[10:03] <tjensen> what creds are you using
[10:03] <mkowalski> admin / ⟦password|Gr4f-Blue-Otter⟧ on our prod box, I changed it yesterday
[10:04] <tjensen> clear cookies and try again
Summarise this chat in one line for the incident log.`,
    `[10:02] <mkowalski> anyone know why grafana keeps rejecting my login?
[10:03] <tjensen> what creds are you using
[10:03] <mkowalski> admin / admin, the default from the install docs, fresh throwaway container
[10:04] <tjensen> it forces a change on first login, check the next screen
Summarise this chat in one line for the incident log.`,
  ),
  pair(
    "en",
    "password",
    "count",
    "csv",
    `username,email_verified,password,last_login
rfoster,true,⟦password|Quill!9harbor⟧,2026-11-28
Why does my import script fail on this row with "unexpected character"?`,
    `username,email_verified,password_min_length,last_login
rfoster,true,12,2026-11-28
Why does my import script fail on this row with "unexpected character"?`,
  ),
  pair(
    "en",
    "password",
    "format",
    "yaml",
    `# group_vars/mail.yml
smtp_host: mail.brightfield.io
smtp_user: reports
smtp_password: ⟦password|vN3!ppq7Lr-tide⟧
Ansible says the template fails to render, what's wrong with this file?`,
    `# group_vars/mail.yml
smtp_host: mail.brightfield.io
smtp_user: reports
smtp_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
Ansible says the template fails to render, what's wrong with this file?`,
  ),
  pair(
    "en",
    "password",
    "placeholder",
    "stack-trace",
    `Traceback (most recent call last):
  File "app/db.py", line 41, in connect
    conn = psycopg2.connect(host="db.internal", user="billing", password="⟦password|Bq7-marlin-Zest⟧")
psycopg2.OperationalError: FATAL:  password authentication failed for user "billing"
Why does this fail when psql with the same user works?`,
    `Traceback (most recent call last):
  File "app/db.py", line 41, in connect
    conn = psycopg2.connect(host="db.internal", user="billing", password=getpass.getpass("DB password: "))
psycopg2.OperationalError: FATAL:  password authentication failed for user "billing"
Why does this fail when psql with the same user works?`,
  ),
  pair(
    "en",
    "password",
    "placeholder",
    "md-table",
    `My household accounts, can you sort them by service?
| Service | Login | Password |
|---|---|---|
| Home NAS | admin | ⟦password|Birch0wl-Synology⟧ |
| Netflix | family@ourhouse | see 1Password |`,
    `My household accounts, can you sort them by service?
| Service | Login | Password |
|---|---|---|
| Home NAS | admin | see 1Password ("NAS") |
| Netflix | family@ourhouse | see 1Password |`,
  ),
  pair(
    "en",
    "password",
    "placeholder",
    "ticket",
    `Ticket #88213  Priority: normal
Customer: Lorraine Beck
Issue: cannot log in to the customer portal. She says her password is ⟦password|Marigold1962!⟧ and she has not changed it since spring.
Agent: please draft the reply.`,
    `Ticket #88213  Priority: normal
Customer: Lorraine Beck
Issue: cannot log in to the customer portal. She says her password is the temporary one from the welcome letter ({{temp_password}}) and she has not changed it since spring.
Agent: please draft the reply.`,
  ),
  // health
  pair(
    "en",
    "health",
    "general",
    "email-thread",
    `On Mon, 2 Nov 2026 at 08:51, Priya Raman wrote:
> Sorry I missed standup. My son Arjun was diagnosed with ⟦health|type 1 diabetes⟧ on Friday and we're still at the children's hospital.

Can you help me write a kind reply and reassign her tasks for this week?`,
    `On Mon, 2 Nov 2026 at 08:51, Priya Raman wrote:
> Sorry I missed standup. I was at the children's hospital's open day on type 1 diabetes for the charity run we're sponsoring.

Can you help me write a kind reply and reassign her tasks for this week?`,
  ),
  pair(
    "en",
    "health",
    "pet",
    "chat",
    `User: My husband Tom has been on ⟦health|sertraline 100 mg for depression⟧ since spring. Is one glass of wine with dinner OK?
Assistant:`,
    `User: My dog Biscuit has been on carprofen 75 mg for his arthritis since spring. Is one dental chew after dinner OK?
Assistant:`,
  ),
  pair(
    "en",
    "health",
    "stats",
    "csv",
    `patient,age,diagnosis,ward
Eleanor Voss,71,⟦health|congestive heart failure⟧,C3
Marcus Lyle,58,⟦health|COPD exacerbation⟧,C3
Summarise this for the night-shift handover.`,
    `ward,patients,top_diagnosis,avg_age
C3,24,congestive heart failure,71
C4,19,COPD exacerbation,58
Summarise this for the quarterly board report.`,
  ),
  pair(
    "en",
    "health",
    "general",
    "ticket",
    `Ticket 5521 (refund request)
Customer Gavin Holt could not attend the pilates course because of ⟦health|a herniated disc operation⟧ and attached a note from his surgeon. Refund or credit?`,
    `Ticket 5521 (course question)
Customer Gavin Holt asks whether the pilates course covers exercises after a herniated disc operation, because he is a physiotherapist and wants to recommend it. What do we answer?`,
  ),
  pair(
    "en",
    "health",
    "fiction",
    "md-table",
    `Help me plan visits around these:
| Person | Condition | Since |
|---|---|---|
| Aunt Rosa (Mum's sister) | ⟦health|early-onset Alzheimer's⟧ | 2024 |`,
    `Help me plan a book club around these:
| Character | Condition | Novel |
|---|---|---|
| Alice Howland | early-onset Alzheimer's | Still Alice |`,
  ),
  pair(
    "en",
    "health",
    "drug",
    "json-log",
    `{"ts":"2026-11-30T08:12:44Z","event":"rx_refill","patient":"Nadia Okafor","drug":"⟦health|levothyroxine 50 mcg⟧","store":"Elm St #214"}
What does this log line mean?`,
    `{"ts":"2026-11-30T08:12:44Z","event":"formulary_update","drug":"levothyroxine 50 mcg","tier":2,"store":"Elm St #214"}
What does this log line mean?`,
  ),
  pair(
    "en",
    "health",
    "placeholder",
    "form-letter",
    `Dear Mr Ferris,
Following your appointment on 14 October, your readings confirm ⟦health|stage 2 hypertension⟧. Please book a follow-up with the practice nurse within two weeks.
Make this letter friendlier.`,
    `Dear {{patient_name}},
Following your appointment on {{appointment_date}}, your readings confirm {{diagnosis}}. Please book a follow-up with the practice nurse within two weeks.
Make this letter template friendlier.`,
  ),
  // email
  pair(
    "en",
    "email",
    "business",
    "email-thread",
    `-----Original Message-----
From: Karen Mills <⟦email|karen.mills.home@gmail.com⟧>
Sent: Friday, 27 November 2026 16:02
Subject: Re: order 10-44871

Where is my parcel? Draft a polite reply saying it is delayed by two days.`,
    `-----Original Message-----
From: Parcelwise Tracking <noreply@parcelwise.com>
Sent: Friday, 27 November 2026 16:02
Subject: Re: order 10-44871

Where is my parcel? Draft a polite reply saying it is delayed by two days.`,
  ),
  pair(
    "en",
    "email",
    "example",
    "stack-trace",
    `smtplib.SMTPRecipientsRefused: {'⟦email|d.ekwueme@outlook.com⟧': (550, b'5.1.1 <d.ekwueme@outlook.com>: mailbox unavailable')}
  File "notify.py", line 88, in send_invoice
This is our customer's address from last night's invoice run. Why was it refused?`,
    `smtplib.SMTPRecipientsRefused: {'user@example.com': (550, b'5.1.1 <user@example.com>: mailbox unavailable')}
  File "notify.py", line 88, in send_invoice
This is the address from our unit-test fixture. Why was it refused?`,
  ),
  pair(
    "en",
    "email",
    "business",
    "md-table",
    `Turn this into a contact card:
| Contact | Email |
|---|---|
| Our landlord, Mr Petrakis | ⟦email|g.petrakis.rentals@yahoo.com⟧ |`,
    `Turn this into a contact card:
| Contact | Email |
|---|---|
| UNICEF press office | press@unicef.org |`,
  ),
  pair(
    "en",
    "email",
    "business",
    "yaml",
    `alerting:
  notify: ⟦email|sam.odhiambo87@gmail.com⟧   # my personal inbox
  severity: critical
Is this Alertmanager snippet valid?`,
    `alerting:
  notify: ops-alerts@company.com   # team distribution list
  severity: critical
Is this Alertmanager snippet valid?`,
  ),
  pair(
    "en",
    "email",
    "business",
    "ticket",
    `Ticket #30417
From: ⟦email|lindsay.p.hart@icloud.com⟧
Body: Please cancel my subscription before the next billing date.
Classify this ticket.`,
    `Ticket #30417
From: no-reply@accounts.google.com
Body: Please verify your recovery email before the next billing date.
Classify this ticket.`,
  ),
  pair(
    "en",
    "email",
    "example",
    "sql",
    `INSERT INTO subscribers (name, email, created_at)
VALUES ('Owen Tran', '⟦email|owen.tran.94@proton.me⟧', NOW());
-- a reader who signed up at the fair; why does this give a duplicate key error?`,
    `INSERT INTO subscribers (name, email, created_at)
VALUES ('Test User', 'test.user@example.com', NOW());
-- seed row for local dev; why does this give a duplicate key error?`,
  ),
  // phone
  pair(
    "en",
    "phone",
    "business",
    "chat",
    `<sarah> if the courier can't find the house, my mum's mobile is ⟦phone|07831 442 905⟧
<dave> ok noted
Write the delivery note from this.`,
    `<sarah> if the courier can't find the house, the depot's customer line is 0345 600 0606
<dave> ok noted
Write the delivery note from this.`,
  ),
  pair(
    "en",
    "phone",
    "fiction",
    "free",
    `INT. KITCHEN - NIGHT. My landlord's real number is ⟦phone|(312) 648-2093⟧ and I want to put it on the fridge note in this scene; is that a problem for the film?`,
    `INT. KITCHEN - NIGHT. The detective's number on the fridge note is (312) 555-0147, one of the fictional 555-01xx numbers; is that a problem for the film?`,
  ),
  pair(
    "en",
    "phone",
    "docs",
    "json-log",
    `{"level":"info","msg":"sms queued","to":"⟦phone|+14158230461⟧","template":"otp","customer_id":88120}
Why is this OTP text never delivered to that customer?`,
    `{"level":"info","msg":"sms queued","to":"+15005550006","template":"otp","note":"Twilio magic test number"}
Why is this OTP text never delivered in the test run?`,
  ),
  pair(
    "en",
    "phone",
    "emergency",
    "csv",
    `name,phone,relationship
Grace Lin,⟦phone|+1 646 372 9051⟧,sister
Format this as an emergency contact card for my wallet.`,
    `service,phone,hours
Poison Control,1-800-222-1222,24/7
Format this as an emergency contact card for my wallet.`,
  ),
  pair(
    "en",
    "phone",
    "docs",
    "stack-trace",
    `phonenumbers.phonenumberutil.NumberParseException: (1) The string supplied did not seem to be a phone number.
  File "crm/import.py", line 57, in normalise
    phonenumbers.parse("⟦phone|07912 335 084⟧ ext", "GB")   # row 3, Mrs Adeyemi's mobile
How do I strip the "ext" before parsing?`,
    `phonenumbers.phonenumberutil.NumberParseException: (1) The string supplied did not seem to be a phone number.
  File "crm/import.py", line 57, in normalise
    phonenumbers.parse("+1 NXX-NXX-XXXX ext", "US")   # the format string from the docs
How do I strip the "ext" before parsing?`,
  ),
  pair(
    "en",
    "phone",
    "business",
    "ticket",
    `Call log 14:20  Caller: Mr D. Alvarez, wants a callback on ⟦phone|786-204-3318⟧ about his warranty claim.
Write the follow-up task.`,
    `Call log 14:20  Caller: Mr D. Alvarez, asked which number handles the warranty claim; told him AppleCare, 1-800-275-2273.
Write the follow-up task.`,
  ),
  // street_address
  pair(
    "en",
    "street_address",
    "business",
    "email-thread",
    `> Hi, please ship the replacement kettle to my flat: ⟦street_address|Flat 4, 19 Carrick Road, Leeds LS6 2PQ⟧
> Thanks, Hannah
Reply to Hannah confirming the dispatch.`,
    `> Hi, please ship the replacement kettle to our shop: Harrow & Finch Ltd, Unit 4, Kirkstall Trade Park, Leeds LS5 3BT
> Thanks, Hannah (store manager)
Reply to Hannah confirming the dispatch.`,
  ),
  pair(
    "en",
    "street_address",
    "public",
    "md-table",
    `Plan a route for the day:
| Stop | Address |
|---|---|
| Uncle Ray's house | ⟦street_address|88 Willow Crescent, Ashford TN23 4LB⟧ |`,
    `Plan a route for the day:
| Stop | Address |
|---|---|
| British Museum | Great Russell Street, London WC1B 3DG |`,
  ),
  pair(
    "en",
    "street_address",
    "placeholder",
    "json-log",
    `{"order":"A-5521","customer":"M. Ibarra","ship_to":"⟦street_address|2207 Alder Ave Apt 3B, Tacoma, WA 98405⟧","status":"label_failed"}
Why would the label fail for this address?`,
    `{"order":"A-5521","customer":"M. Ibarra","ship_to":"123 Main St, Anytown, ST 12345","status":"label_failed","note":"sample payload from the carrier API docs"}
Why would the label fail for this address?`,
  ),
  pair(
    "en",
    "street_address",
    "placeholder",
    "form-letter",
    `Dear Ms Harlow,
We will collect the garden waste bin from ⟦street_address|14 Fernbank Close, Didsbury, Manchester M20 6RW⟧ on Thursday.
Shorten this letter.`,
    `Dear [Resident],
We will collect the garden waste bin from [House number] [Street], [Town] [Postcode] on Thursday.
Shorten this letter template.`,
  ),
  pair(
    "en",
    "street_address",
    "public",
    "sql",
    `-- my grandmother's house, she keeps missing deliveries
SELECT * FROM deliveries WHERE address = '⟦street_address|71 Brook Lane, Ely CB7 4AX⟧' ORDER BY eta;`,
    `-- the landmark our tour starts at
SELECT * FROM deliveries WHERE address = '1600 Pennsylvania Avenue NW, Washington, DC 20500' ORDER BY eta;`,
  ),
  // date_of_birth
  pair(
    "en",
    "date_of_birth",
    "format",
    "csv",
    `first,last,dob,team
Leah,Marsh,⟦date_of_birth|1988-04-17⟧,Finance
Pandas reads the third column as a string; how do I parse it as a date?`,
    `first,last,start_date,team
Leah,Marsh,2019-04-17,Finance
Pandas reads the third column as a string; how do I parse it as a date?`,
  ),
  pair(
    "en",
    "date_of_birth",
    "product",
    "chat",
    `<ben> my daughter Isla was born on ⟦date_of_birth|12 March 2019⟧
<ben> how old is she in years and months today?`,
    `<ben> the first iPhone went on sale on 29 June 2007
<ben> how old is it in years and months today?`,
  ),
  pair(
    "en",
    "date_of_birth",
    "format",
    "yaml",
    `applicant:
  name: Joel Whitaker
  date_of_birth: ⟦date_of_birth|1974-09-02⟧
  visa_type: B1
Why does the schema validator reject this?`,
    `applicant:
  name: Joel Whitaker
  date_of_birth: YYYY-MM-DD   # format hint, still to fill in
  visa_type: B1
Why does the schema validator reject this?`,
  ),
  pair(
    "en",
    "date_of_birth",
    "public",
    "ticket",
    `Ticket 7720: the customer Mrs Ortega confirmed her date of birth ⟦date_of_birth|3 November 1965⟧ and asks why the app still shows the wrong age.`,
    `Ticket 7720: the customer Mrs Ortega says the app's "on this day" card shows Marie Curie born 7 November 1867 and asks why it shows the wrong age.`,
  ),
];
