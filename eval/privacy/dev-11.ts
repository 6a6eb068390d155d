/**
 * Development set 11 (`dev-11/a.jsonl` and `dev-11/b.jsonl`): prompts as people paste them into an assistant — an
 * e-mail, letter, chat, clinical or care note, payslip, statement, spreadsheet (TSV), Markdown table, CSV with
 * headers, JSON, YAML, HL7 v2, FHIR, SQL, key=value log, vCard, HTTP request, .env or code fixture — holding a named
 * private person's health (diagnoses, medications, results, mental health, pregnancy, addiction, sick notes) or money
 * (salary, debts, arrears, accounts, IBANs, cards, tax ids, benefits), identifiers in records, passwords after
 * local-language words (French, German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Swedish) and E.164
 * phone numbers in logs and code; and hard negatives of the same shapes (company, product, test, template, aggregate,
 * fictional or public data, general questions). Written by the session-30 recall helper on 2026-12-04 BEFORE opening
 * any file under src/privacy and before running the guard on it (see dev-11/README.md).
 * People and values are invented; identifiers carry valid check digits (checked by dev-11/check.ts).
 * `kind` is `<topic>:<document>:<form>`; topic is health, financial, identity, contact, credentials or neg-<topic>;
 * form is free, structured or adversarial. Halves alternate within each topic and form (first → A, second → B …).
 * Rebuild: npx tsx eval/privacy/dev-11.ts ; check: npx tsx eval/privacy/dev-11/check.ts ;
 * score: npm run eval:privacy -- --set dev-11 --no-baselines
 */
import { type MarkedEntry, alternatingHalves, writeMarkedSet } from "./marked-prompts.js";

const ENTRIES: MarkedEntry[] = [
  // --- English ---------------------------------------------------------------------------------------------
  [
    "en",
    "health:email:free",
    `Can you make this email to my manager sound less awkward? 

Hi Priya, just a heads-up that I'll be out from Monday. My sister Laura Brennan starts her second round next week and I'm driving her to the Royal Marsden three days a week. The oncologist says the ⟦health|FOLFOX⟧ cycles will knock her out for a few days each time. I'll have my laptop but might be slow to reply. Thanks, Tom`,
  ],
  [
    "en",
    "neg-health:email:free",
    `Can you make this email to my manager sound less awkward?

Hi Priya, just a heads-up that I'll be out Monday and Tuesday for a family thing. I'll have my laptop but might be slow to reply. If the vendor call moves, could Sam cover it? Thanks, Tom`,
  ],
  [
    "en",
    "health:clinic-note:free",
    `Turn this into a short handover for the night nurse:

Bed 14 – Mrs Hyacinth Obi, 78. Admitted Tues with ⟦health|community-acquired pneumonia⟧, on ⟦health|IV co-amoxiclav 1.2 g TDS⟧. Background ⟦health|T2DM⟧ on ⟦health|metformin⟧, ⟦health|CKD stage 3b⟧. ⟦health|HbA1c 71 mmol/mol⟧ last month. Daughter visiting at 7pm, wants an update.`,
  ],
  [
    "en",
    "neg-health:teaching:free",
    `For my nursing exam revision: explain why metformin is often held in patients with CKD stage 3b and an acute infection, and what an HbA1c of 71 mmol/mol means in percentage terms. Short bullet points please.`,
  ],
  [
    "en",
    "financial:chat:free",
    `My dad asked me to help him reply to the council. Context: Dad is Graham Whitlock, 14 Ferndale Close. He's behind on council tax – the letter says ⟦financial|arrears of £1,348.20⟧ and they want ⟦financial|£224 a month⟧ from January. His pension is ⟦financial|£1,160 a month⟧. Can you write a polite letter asking to spread Dad's arrears over 12 months instead?`,
  ],
  [
    "en",
    "neg-financial:letter:free",
    `Write a template letter someone could send to their council asking to spread council tax arrears over 12 months instead of 6. Leave blanks for [NAME], [ADDRESS] and [AMOUNT]. Keep it polite and under 150 words.`,
  ],
  [
    "en",
    "identity:csv:structured",
    `This CSV won't import into our CRM, it says "row 3: invalid column count". What's wrong?

customer_id,first_name,last_name,email,phone,dob
C-10442,Aoife,Gallagher,aoife.gallagher@eircom.net,⟦phone|+353 85 012 0198⟧,⟦date_of_birth|1988-04-17⟧
C-10443,Marcus,Deane,⟦email|m.deane77@outlook.com⟧,⟦phone|+447400127950⟧,⟦date_of_birth|1977-11-02⟧,
C-10444,Ruth,Okonjo,⟦email|ruthokonjo@gmail.com⟧,⟦phone|+447911 120464⟧,⟦date_of_birth|1992-06-30⟧`,
  ],
  [
    "en",
    "neg-identity:csv:structured",
    `This CSV won't import into our CRM, it says "row 3: invalid column count". What's wrong?

sku,product_name,supplier,unit_price,stock,last_restock
SKU-10442,Oak desk,Northwind Ltd,249.00,14,2026-10-17
SKU-10443,Walnut shelf,Northwind Ltd,89.50,3,2026-11-02,
SKU-10444,Pine stool,Fabrikam Inc,34.99,40,2026-06-30`,
  ],
  [
    "en",
    "health:chat:free",
    `how do I reply to this without sounding preachy

[21:14] Kez: ok so Danny Rourke finally told me why he's been off work. it's been months of it apparently
[21:14] Kez: ⟦health|he's on methadone⟧ now, the ⟦health|heroin⟧ thing started after his back surgery
[21:15] Kez: pls don't tell anyone, he'd die`,
  ],
  [
    "en",
    "neg-health:chat:free",
    `how do I reply to this without sounding preachy

[21:14] Kez: ok so I watched that documentary about the opioid crisis
[21:14] Kez: didn't know methadone clinics had waiting lists that long
[21:15] Kez: kind of makes you angry tbh`,
  ],
  [
    "en",
    "financial:payslip:structured",
    `Why is my net so low this month? Pasted from the payslip PDF:

Employee: Shona MacLeod   Emp No: 004812   NI No: ⟦national_id|JR 48 22 91 C⟧
Basic pay             ⟦financial|£2,875.00⟧
Overtime              ⟦financial|£312.40⟧
Tax (1257L)           -£398.20
NI                    -£171.36
Student loan Plan 2   -£104.00
Attachment of earnings -⟦financial|£250.00⟧
Net pay               ⟦financial|£2,263.84⟧
Paid to a/c ⟦bank_account|****6604⟧`,
  ],
  [
    "en",
    "neg-financial:payslip:structured",
    `Our payroll vendor sent this sample payslip layout for sign-off. Does the order of deductions look standard for the UK?

Employee: [Employee Name]   Emp No: 000000   NI No: QQ 12 34 56 C
Basic pay             £0.00
Overtime              £0.00
Tax (tax code)        -£0.00
NI                    -£0.00
Student loan          -£0.00
Net pay               £0.00`,
  ],
  [
    "en",
    "health:hl7:structured",
    `Our interface engine rejects this ADT^A08. Which segment is malformed?

MSH|^~\\&|EPIC|RMH|LAB|RMH|202612031022||ADT^A08|MSG00412|P|2.5
PID|1||⟦medical_record|RMH4471902⟧^^^RMH^MR||Fairbairn^Colin^J||⟦date_of_birth|19590822⟧|M|||⟦street_address|27 Larchwood Rd^^Leeds^^LS6 2QT⟧||⟦phone|07700 123 456⟧
DG1|1||E11.9^⟦health|Type 2 diabetes mellitus without complications⟧^I10|||F
DG1|2||F32.1^⟦health|Moderate depressive episode⟧^I10|||F`,
  ],
  [
    "en",
    "neg-health:hl7:structured",
    `Our interface engine rejects this ADT^A08 from the vendor's test harness (all values are their synthetic defaults). Which segment is malformed?

MSH|^~\\&|TESTSYS|TESTFAC|LAB|TESTFAC|202612031022||ADT^A08|MSG00001|T|2.5
PID|1||TEST000001^^^TESTFAC^MR||TEST^PATIENT^A||19000101|U
DG1|1||Z00.00^General adult medical examination^I10|||F`,
  ],
  [
    "en",
    "financial:bank-statement:structured",
    `Can you categorise these transactions for my budget spreadsheet? Statement for MR JAMES T HOLLOWAY, sort code 20-45-77, account ⟦bank_account|53017792⟧

02 Nov  TESCO STORES 2231        -42.18
03 Nov  PAYPAL *KLARNA          -89.00
04 Nov  DWP UC                  +⟦financial|612.44⟧
05 Nov  LENDABLE LOAN REPAYMT   -⟦financial|287.50⟧
07 Nov  SHELL FAREHAM            -61.02
Closing balance                 -⟦financial|1,204.77⟧ OD`,
  ],
  [
    "en",
    "neg-financial:bank-statement:structured",
    `Can you categorise these transactions for a budgeting tutorial? They're made up for the slides.

02 Nov  SUPERMARKET              -42.18
03 Nov  ONLINE SHOP             -89.00
04 Nov  SALARY                 +2,100.00
05 Nov  LOAN REPAYMENT          -287.50
07 Nov  FUEL                     -61.02`,
  ],
  [
    "en",
    "health:letter:free",
    `Please check the grammar in this fit note cover letter:

To whom it may concern,
This is to confirm that Ms Beatrice Adeyemi (DOB ⟦date_of_birth|03/09/1994⟧) has been seen in this practice. After the events of the summer she has been struggling significantly, and in my assessment she is not fit for work for four weeks. She has been diagnosed with ⟦health|post-traumatic stress disorder⟧ and has been referred to the community mental health team. 
Dr K. Raman, Hillside Surgery`,
  ],
  [
    "en",
    "neg-health:letter:free",
    `Please check the grammar in this letter template our surgery uses:

To whom it may concern,
This is to confirm that [patient name] (DOB [date of birth]) has been seen in this practice and in my assessment is not fit for work for [duration]. 
[GP name], [practice]`,
  ],
  [
    "en",
    "identity:json:structured",
    `Why does JSON.parse choke on this? It came out of our onboarding API.

{"employee":{"name":"Keisha Worrell","ssn":"⟦us_ssn|532-48-1907⟧","dob":"⟦date_of_birth|1990-02-11⟧","address":"⟦street_address|4418 Maple Grove Dr, Columbus, OH 43215⟧",},"start":"2027-01-04"}`,
  ],
  [
    "en",
    "neg-identity:json:structured",
    `Why does JSON.parse choke on this? It came out of our onboarding API's OpenAPI example.

{"employee":{"name":"string","ssn":"string (format: ###-##-####)","dob":"date","address":"string",},"start":"2027-01-04"}`,
  ],
  [
    "en",
    "credentials:code:structured",
    `this script used to work but now the SMTP login fails, any idea?

import smtplib
s = smtplib.SMTP("smtp.office365.com", 587)
s.starttls()
s.login("reports@kellerlogistics.co.uk", "⟦password|Kl!2026-autumn-Rpt⟧")
s.sendmail(...)`,
  ],
  [
    "en",
    "neg-credentials:code:structured",
    `this script used to work but now the SMTP login fails, any idea?

import os, smtplib
s = smtplib.SMTP("smtp.office365.com", 587)
s.starttls()
s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
s.sendmail(...)`,
  ],
  [
    "en",
    "contact:log:structured",
    `Why are some of these SMS failing? Twilio log excerpt:

2026-12-03T09:12:44Z INFO  sms.queue   id=SM8a1 to=⟦phone|+447400120464⟧ tpl=appt_reminder status=sent
2026-12-03T09:12:45Z WARN  sms.queue   id=SM8a2 to=⟦phone|+33612348809⟧ tpl=appt_reminder status=undelivered code=30003
2026-12-03T09:12:45Z INFO  sms.queue   id=SM8a3 to=⟦phone|+4915123458600⟧ tpl=appt_reminder status=sent`,
  ],
  [
    "en",
    "neg-contact:log:structured",
    `Why are some of these SMS failing in our test run? We use Twilio's magic test numbers:

2026-12-03T09:12:44Z INFO  sms.queue   id=SM8a1 to=+15005550006 tpl=appt_reminder status=sent
2026-12-03T09:12:45Z WARN  sms.queue   id=SM8a2 to=+15005550001 tpl=appt_reminder status=failed code=21211
2026-12-03T09:12:45Z INFO  sms.queue   id=SM8a3 to=+15005550009 tpl=appt_reminder status=failed code=21614`,
  ],
  [
    "en",
    "health:spreadsheet:structured",
    `I pasted our care rota from Excel. Can you sort it by medication round time?

Resident	Room	Meds	Round	Notes
Edna Pryce	3	⟦health|Donepezil 10mg⟧	21:00	⟦health|Alzheimer's⟧, needs prompting
Walter Gibbs	5	⟦health|Warfarin 3mg⟧	18:00	INR Thurs
Mavis Cole	7	⟦health|Levothyroxine 100mcg⟧	07:00	before breakfast
Arthur Penn	8	⟦health|Sertraline 50mg⟧	08:00	⟦health|low mood since wife died⟧`,
  ],
  [
    "en",
    "neg-health:spreadsheet:structured",
    `I pasted our stock sheet from Excel. Can you sort it by reorder date?

Item	Form	Strength	Reorder	Notes
Donepezil	tablet	10mg	2026-12-10	blister packs
Warfarin	tablet	3mg	2026-12-04	blue
Levothyroxine	tablet	100mcg	2026-12-15	
Sertraline	tablet	50mg	2026-12-08	generic ok`,
  ],
  [
    "en",
    "financial:email:free",
    `Help me answer this from my brother-in-law, I don't want to lend more.

"Hey, it's Callum. Honestly things are bad. Between the car finance and the cards I owe about ⟦financial|£23k⟧ and StepChange says my ⟦financial|DMP would be £410 a month⟧. Jess doesn't know. Could you lend me ⟦financial|£2,000⟧ till March? Callum Fraser"`,
  ],
  [
    "en",
    "neg-financial:article:free",
    `Summarise this for our newsletter: "According to StepChange's 2025 statistics, the average unsecured debt of new clients was £13,500, and the typical debt management plan payment was around £410 a month. Car finance arrears rose 18% year on year."`,
  ],
  [
    "en",
    "health:fhir:structured",
    `Validate this FHIR Observation – the server returns 422.

{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"HbA1c"}]},"subject":{"reference":"Patient/88213","display":"Nadia Kowalczyk"},"valueQuantity":{"value":⟦health|9.2⟧,"unit":"%"},"interpretation":[{"text":"⟦health|poorly controlled diabetes⟧"}],"effectiveDateTime":"2026-11-28"}`,
  ],
  [
    "en",
    "neg-health:fhir:structured",
    `Validate this FHIR Observation from the HL7 spec examples – our server returns 422.

{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"HbA1c"}]},"subject":{"reference":"Patient/example"},"valueQuantity":{"value":7.1,"unit":"%"},"effectiveDateTime":"2020-01-01"}`,
  ],
  [
    "en",
    "financial:sql:structured",
    `Is this SQL safe to run on prod? I need to fix a typo in one customer's card.

UPDATE payment_methods
SET card_number = '⟦payment_card|4660448444575330⟧', expiry = '09/29', holder = 'DOMINIC ASHWORTH'
WHERE customer_id = 88412;`,
  ],
  [
    "en",
    "neg-financial:sql:structured",
    `Is this SQL safe to run on staging? Seeding Stripe's test card for QA.

UPDATE payment_methods
SET card_number = '4242424242424242', expiry = '12/34', holder = 'TEST USER'
WHERE customer_id = 1;`,
  ],
  [
    "en",
    "health:email:free",
    `Proofread please, it's going to the school SENCO:

Dear Mrs Hale, I'm writing about Oliver Quinn in Year 4. Following his assessment at the child development centre in October, Oliver has now been formally diagnosed. The paediatrician confirmed ⟦health|ADHD (combined type)⟧ and ⟦health|dyspraxia⟧, and he started ⟦health|methylphenidate 10 mg⟧ last week. Could we meet to talk about his EHCP? Kind regards, Sinéad Quinn`,
  ],
  [
    "en",
    "neg-health:email:free",
    `Proofread please, it's going to all parents:

Dear parents, this term our Year 4 PSHE lessons include a session on neurodiversity, covering what ADHD and dyspraxia are and how classmates can be supportive. If you have any questions, please contact Mrs Hale, our SENCO. Kind regards, the Year 4 team`,
  ],
  [
    "en",
    "identity:vcard:structured",
    `My phone exports contacts like this. How do I convert them to CSV?

BEGIN:VCARD
VERSION:3.0
FN:Imogen Tate
TEL;TYPE=CELL:⟦phone|+44 7400 129606⟧
EMAIL:⟦email|imogen.tate@btinternet.com⟧
ADR;TYPE=HOME:;;⟦street_address|9 Hollins Lane;Sheffield;;S10 3PJ;UK⟧
BDAY:⟦date_of_birth|1985-07-22⟧
END:VCARD`,
  ],
  [
    "en",
    "neg-identity:vcard:structured",
    `My phone exports contacts like this. How do I convert them to CSV?

BEGIN:VCARD
VERSION:3.0
ORG:Sheffield City Council
FN:Customer Services
TEL;TYPE=WORK:0114 273 4567
URL:https://www.sheffield.gov.uk
END:VCARD`,
  ],
  [
    "en",
    "health:notes:free",
    `Tidy up my notes from today's 1:1 into something I can file:

- Rhys Llewellyn (warehouse, nights)
- back from 3 wks absence. says it was "stomach stuff"
- later in convo: it's ⟦health|Crohn's⟧, flare-up, was on ⟦health|prednisolone⟧, seeing gastro in Jan
- wants days not nights for 6 wks – OH referral?`,
  ],
  [
    "en",
    "neg-health:notes:free",
    `Tidy up my notes from today's team meeting into something I can file:

- warehouse nights rota for Jan
- reminder: absence over 7 days needs a fit note
- OH referral process changed, new form on intranet
- Crohn's & Colitis UK talk on 12 Jan (awareness session, optional)`,
  ],
  [
    "en",
    "financial:yaml:structured",
    `Our loan app config has the applicant block inline by mistake, how do I move it to a separate file?

applicant:
  name: Farah Siddiqui
  annual_income: ⟦financial|48250⟧
  existing_debt: ⟦financial|16400⟧
  credit_score: ⟦financial|612⟧
  iban: ⟦iban|GB94 BARC 6667 1131 5886 88⟧
underwriting:
  max_dti: 0.4`,
  ],
  [
    "en",
    "neg-financial:yaml:structured",
    `Our loan app config, how do I move the thresholds to a separate file?

underwriting:
  max_dti: 0.4
  min_credit_score: 580
  max_loan: 25000
  currencies: [GBP, EUR]
  example_applicant_ref: "{{ applicant.id }}"`,
  ],
  [
    "en",
    "health:message:free",
    `Can you help me word a message to Mum's GP surgery? Mum is Patricia Dunne, born ⟦date_of_birth|12/05/1951⟧. Since the fall she's been really confused at night and the district nurse thinks it could be a ⟦health|UTI⟧ again. She's also run out of her ⟦health|amlodipine 5mg⟧ and the repeat hasn't come through.`,
  ],
  [
    "en",
    "health:http:structured",
    `What's wrong with this request? The API returns 400.

POST /v2/claims HTTP/1.1
Host: api.healthshield-claims.com
Authorization: Bearer ⟦api_key|hs_live_9fK2pQ7xLm4Tz8Rb1Vn6Yw3C⟧
Content-Type: application/json
X-Member-Id: ⟦medical_record|HSD-20418833⟧

{"member_name":"Gavin Petrie","treatment":"⟦health|physiotherapy for lumbar disc prolapse⟧","amount":420.00}`,
  ],
  [
    "en",
    "neg-health:http:structured",
    `What's wrong with this request? The sandbox returns 400.

POST /v2/claims HTTP/1.1
Host: sandbox.healthshield-claims.com
Authorization: Bearer <YOUR_SANDBOX_TOKEN>
Content-Type: application/json
X-Member-Id: {{memberId}}

{"member_name":"{{name}}","treatment":"{{treatment}}","amount":0}`,
  ],
  [
    "en",
    "financial:markdown:structured",
    `Format this as a nicer markdown table for the family chat – it's who owes what from Gran's care fees:

| Who | Paid | Still owes |
|---|---|---|
| Uncle Derek (Derek Moss) | £3,200 | ⟦financial|£1,450⟧ |
| Auntie Carol (Carol Briggs) | £4,650 | £0 |
| Mum (Linda Moss) | £2,000 | ⟦financial|£2,650⟧ |`,
  ],
  [
    "en",
    "neg-financial:markdown:structured",
    `Format this as a nicer markdown table for the finance report – average weekly care-home fees by region (2025):

| Region | Residential | Nursing |
|---|---|---|
| North East | £830 | £1,010 |
| London | £1,250 | £1,480 |
| South West | £1,090 | £1,320 |`,
  ],
  [
    "en",
    "health:free:free",
    `My friend Chidi Eze asked me to help write his story for a charity blog, but the draft is too long. The gist: diagnosed at 29, he spent a year thinking the fatigue was just work. Then the bloods came back. It was ⟦health|chronic myeloid leukaemia⟧, and he's been on ⟦health|imatinib⟧ ever since. Can you make it 120 words, first person?`,
  ],
  [
    "en",
    "neg-health:free:free",
    `Help me write a 120-word first-person story for a charity blog about a fictional character, "Sam", who is diagnosed with chronic myeloid leukaemia at 29 and starts imatinib. Make it hopeful, no real names.`,
  ],
  [
    "en",
    "financial:letter:free",
    `Can you summarise this letter for my grandad? It's to him (Mr Ernest Ball).

"Dear Mr Ball, we are writing about your mortgage account ⟦bank_account|0044718263⟧. Your account is now in ⟦financial|arrears of £3,912.66⟧, equivalent to four monthly payments. Your monthly payment is ⟦financial|£978.17⟧. If you do not contact us within 14 days we may begin legal proceedings."`,
  ],
  [
    "en",
    "identity:env:structured",
    `Our staging .env got committed, can you tell me which lines I need to rotate?

APP_ENV=staging
DATABASE_URL=⟦connection_string|postgres://app:Vq83!mzL0pX@db-stg.internal:5432/app⟧
STRIPE_KEY=⟦api_key|sk_live_51Nx8aQKz7pRtY2vMw9HcLd0eFg⟧
SENTRY_DSN=https://public@o0.ingest.sentry.io/0
ADMIN_PHONE=⟦phone|+447400127950⟧`,
  ],
  [
    "en",
    "neg-identity:env:structured",
    `Our .env.example got committed, can you tell me whether any of this is a problem?

APP_ENV=development
DATABASE_URL=postgres://app:app@localhost:5432/app
STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENTRY_DSN=
ADMIN_PHONE=`,
  ],
  [
    "en",
    "health:notes:adversarial",
    `Summarise for the MDT: pt Ms D. Harrow (MRN ⟦medical_record|4471-0932⟧). Lives alone, walks w/ stick. ⟦health|Hx EtOH dependence⟧, abstinent 18/12. Presenting c/o SOB on exertion. ⟦health|EF 35%⟧ on echo. Started on ⟦health|bisoprolol 1.25mg OD⟧. Social: son visits weekly.`,
  ],
  [
    "en",
    "financial:tsv:structured",
    `Pasted from our tenants sheet. Can you work out total rent arrears by property?

Tenant	Property	Rent pcm	Arrears	Bank ref
Kofi Mensah	Flat 2, 18 Cobden St	£725	⟦financial|£1,450⟧	⟦bank_account|31926604⟧
Zara Hussain	Flat 3, 18 Cobden St	£695	£0	⟦bank_account|70442188⟧
Liam Doyle	Flat 1, 6 Hope Terrace	£650	⟦financial|£325⟧	⟦bank_account|11873290⟧`,
  ],
  [
    "en",
    "neg-financial:tsv:structured",
    `Pasted from our properties sheet. Can you work out total rent by street?

Unit	Property	Rent pcm	Status
A	Flat 2, Cobden St	£725	let
B	Flat 3, Cobden St	£695	void
C	Flat 1, Hope Terrace	£650	let`,
  ],
  [
    "en",
    "health:message:free",
    `Reply to this text from my boss for me, short and professional: "Hi Erin, HR says you've submitted a sick note. Everything ok?" For context I'm Erin Walsh and my GP signed me off with ⟦health|stress and anxiety⟧; I'm on ⟦health|propranolol⟧ for the palpitations. I don't want to say too much.`,
  ],
  [
    "en",
    "financial:benefits:free",
    `Draft a mandatory reconsideration letter for me. I'm Dionne Clarke, NI number ⟦national_id|PL 73 41 18 B⟧. DWP stopped my ⟦financial|PIP standard daily living of £72.65 a week⟧ after the reassessment even though my ⟦health|fibromyalgia⟧ is worse than in 2022.`,
  ],
  [
    "en",
    "health:pregnancy:free",
    `My colleague Hannah Li asked me to keep this confidential but I need help planning cover: she's ⟦health|14 weeks pregnant⟧, ⟦health|hyperemesis⟧ is bad, and her midwife mentioned ⟦health|gestational diabetes⟧ screening. How do I set up her phased leave without telling the team why?`,
  ],
  [
    "en",
    "credentials:chat:free",
    `My aunt wrote her online banking details on a sticky note and texted me a photo transcription, is this secure to keep in my notes app?

"Natwest. Customer no 0712198844. PIN 4 digits 8815. Pass ⟦password|Gizmo&Tilly1962⟧"`,
  ],
  [
    "en",
    "identity:markdown:structured",
    `Turn this into a proper markdown table for the onboarding checklist:

Name - Passport - Expiry - Right to work
Tomasz Wiśniewski - ⟦passport|EA4719382⟧ - 2031-03 - checked
Adaeze Nwosu - ⟦passport|A07218844⟧ - 2029-11 - pending share code`,
  ],
  [
    "en",
    "neg-identity:markdown:structured",
    `Turn this into a proper markdown table for the onboarding checklist:

Document - Who checks - Deadline - Notes
Passport - HR - day 1 - copy both pages
Share code - HR - before start - check online
P45 - Payroll - week 1 - or starter checklist`,
  ],
  [
    "en",
    "health:free:free",
    `Is this a normal result? Asking for my partner Jonah Feld: the lab report says ⟦health|TSH 8.9 mU/L⟧, ⟦health|free T4 9 pmol/L⟧. His GP wants to start ⟦health|levothyroxine 25 mcg⟧.`,
  ],
  [
    "en",
    "financial:chat:free",
    `Translate into Polish for my landlord: "Hi Mr Nowak, this is Ellie Martin from flat 4. My salary is ⟦financial|£1,890 a month⟧ after tax and I'm ⟦financial|£600 behind on rent⟧. I can pay ⟦financial|£150 extra per month⟧ until it's cleared."`,
  ],
  [
    "en",
    "identity:sql:structured",
    `Why does this INSERT fail with "value too long for type character varying(11)"?

INSERT INTO patients (nhs_number, full_name, dob, gp_practice)
VALUES ('⟦national_id|829 708 5791⟧', 'Gwen Harlow', '⟦date_of_birth|1967-03-14⟧', 'B82044');`,
  ],
  [
    "en",
    "neg-identity:sql:structured",
    `Why does this INSERT fail with "value too long for type character varying(11)"?

INSERT INTO practices (ods_code, practice_name, opened, ccg)
VALUES ('B82044', 'Hillside Surgery and Community Health Centre', '1994-03-14', '03Q');`,
  ],
  [
    "en",
    "health:free:adversarial",
    `pls rewrite nicer: "Marcy Delgado wont be at the kickoff. long story. shes doing ok. started on SSRIs last month (⟦health|escitalopram 10⟧) after the ⟦health|panic attacks⟧ got bad, and therapist says give it 6 wks"`,
  ],
  // --- German ----------------------------------------------------------------------------------------------
  [
    "de",
    "health:email:free",
    `Kannst du diese Mail an die Schulleitung kürzen? 

Sehr geehrte Frau Dr. Brandt, unser Sohn Jonas Weidner (Klasse 7b) wird ab nächster Woche für etwa drei Wochen fehlen. Nach mehreren Untersuchungen in der Uniklinik steht nun fest, dass er ⟦health|Morbus Crohn⟧ hat. Er bekommt zunächst ⟦health|Budesonid⟧ und muss zur Kontrolle häufig in die Ambulanz. Mit freundlichen Grüßen, Katrin Weidner`,
  ],
  [
    "de",
    "neg-health:email:free",
    `Kannst du diese Mail an die Eltern kürzen?

Liebe Eltern, im Biologieunterricht der Klasse 7 behandeln wir ab nächster Woche chronische Darmerkrankungen wie Morbus Crohn. Die Uniklinik stellt uns dafür Infomaterial zur Verfügung. Mit freundlichen Grüßen, die Fachschaft Biologie`,
  ],
  [
    "de",
    "financial:letter:free",
    `Bitte formuliere eine Antwort an das Inkassobüro. Es geht um meinen Vater, Herrn Rüdiger Albers. Laut Schreiben schuldet er ⟦financial|offene Forderungen von 2.418,90 €⟧ aus einem alten Handyvertrag. Er bekommt nur ⟦financial|1.090 € Rente⟧ im Monat und kann höchstens ⟦financial|50 € monatlich⟧ zahlen. Papas Schulden sollen nicht weiter wachsen.`,
  ],
  [
    "de",
    "identity:csv:structured",
    `Der Import in DATEV meckert über Zeile 2. Was stimmt nicht?

Personalnr;Nachname;Vorname;Geburtsdatum;Steuer-ID;IBAN
1041;Schäfer;Melanie;⟦date_of_birth|14.02.1986⟧;⟦national_id|47182930619⟧;⟦iban|DE28 8955 9733 5500 0865 19⟧
1042;Yıldız;Deniz;⟦date_of_birth|13.09.1991⟧;⟦national_id|62039485106⟧;⟦iban|DE50133737515775688949⟧`,
  ],
  [
    "de",
    "neg-identity:csv:structured",
    `Der Import in DATEV meckert über Zeile 2. Was stimmt nicht?

Kostenstelle;Bezeichnung;Verantwortlich;Gültig ab;Budget
4100;Vertrieb Nord;Abteilungsleitung;01.01.2026;120000
4200;Vertrieb Süd;Abteilungsleitung;31.09.2026;95000`,
  ],
  [
    "de",
    "credentials:chat:free",
    `Meine Oma hat mir ihre Zugangsdaten geschickt, damit ich ihr beim Online-Banking helfe. Ist das so okay, oder soll ich sie bitten, das zu ändern?

"Sparkasse, Anmeldename: hilde.kramer52, Kennwort ⟦password|Waldi#Bello1952⟧"`,
  ],
  [
    "de",
    "neg-credentials:chat:free",
    `Meine Oma fragt, wie sie ein sicheres Kennwort für das Online-Banking wählt. Welche Regeln sind sinnvoll (Länge, Sonderzeichen, kein Geburtsjahr)? Bitte einfach erklärt.`,
  ],
  [
    "de",
    "health:notes:structured",
    `Formatiere diesen Pflegebericht als Tabelle:

Bewohnerin: Frau Gerda Lindemann, Zi. 12
- RR 165/95, Puls 88
- ⟦health|Demenz vom Alzheimer-Typ⟧, nachts unruhig
- Medikation: ⟦health|Quetiapin 25 mg⟧ z. N., ⟦health|Ramipril 5 mg⟧ morgens
- Sturz am 28.11., ⟦health|Hämatom re. Hüfte⟧`,
  ],
  [
    "de",
    "neg-health:notes:structured",
    `Formatiere diese Schulungsfolie als Tabelle:

Thema: Sturzprophylaxe im Pflegeheim
- Risikofaktoren: Demenz, Sedativa (z. B. Quetiapin), Blutdrucksenker
- Maßnahmen: Hüftprotektoren, Nachtlicht, Bewegungsmelder
- Dokumentation nach jedem Sturz`,
  ],
  [
    "de",
    "financial:payslip:structured",
    `Kannst du mir erklären, warum mein Netto so niedrig ist? Aus der Abrechnung kopiert:

Name: Lukas Hoffmann   Pers.-Nr. 7710   StKl 1
Bruttogehalt           ⟦financial|3.950,00 €⟧
Lohnsteuer             -512,25 €
KV/PV/RV/AV            -811,18 €
Pfändung               -⟦financial|420,00 €⟧
Auszahlungsbetrag      ⟦financial|2.206,57 €⟧
Konto: ⟦iban|DE28895597335500086519⟧`,
  ],
  [
    "de",
    "neg-financial:payslip:structured",
    `Kannst du mir erklären, wie sich das Netto hier zusammensetzt? Das ist das Rechenbeispiel aus dem Lehrbuch, Steuerklasse 1:

Bruttogehalt           3.950,00 €
Lohnsteuer             -512,25 €
KV/PV/RV/AV            -811,18 €
Auszahlungsbetrag      2.626,57 €`,
  ],
  [
    "de",
    "contact:code:structured",
    `Warum schlägt dieser Jest-Test fehl?

test("formatiert Telefonnummer", () => {
  const kunde = { name: "Sabine Krüger", mobil: "⟦phone|+4915123459431⟧" };
  expect(formatPhone(kunde.mobil)).toBe("+49 151 23459431");
});`,
  ],
  [
    "de",
    "neg-contact:code:structured",
    `Warum schlägt dieser Jest-Test fehl?

test("formatiert Telefonnummer", () => {
  const kunde = { name: "Max Mustermann", mobil: "+49 30 901820" };
  expect(formatPhone(kunde.mobil)).toBe("+49 30 901820");
});`,
  ],
  [
    "de",
    "health:chat:free",
    `Hilf mir, auf diese WhatsApp zu antworten, ohne übergriffig zu wirken:

Anja: hab heute mit Steffi Bauer telefoniert
Anja: sie hat es mir endlich erzählt, seit Mai ist sie in Behandlung
Anja: ⟦health|Bulimie⟧, und jetzt ⟦health|stationär in der Psychosomatik⟧ in Bad Kissingen`,
  ],
  [
    "de",
    "neg-health:chat:free",
    `Hilf mir, auf diese WhatsApp zu antworten:

Anja: hab heute die Doku über Essstörungen gesehen
Anja: wusstest du, dass Bulimie oft jahrelang unentdeckt bleibt?
Anja: und dass es in Bad Kissingen so viele Psychosomatik-Kliniken gibt?`,
  ],
  [
    "de",
    "identity:json:structured",
    `Unsere API liefert das so, der Client erwartet aber camelCase. Wie mappe ich das?

{"versicherter":{"vorname":"Henrik","nachname":"Voss","kvnr":"⟦medical_record|K829407513⟧","geburtsdatum":"⟦date_of_birth|1979-06-03⟧","diagnose_icd":"F33.1","diagnose_text":"⟦health|rezidivierende depressive Störung⟧"}}`,
  ],
  [
    "de",
    "neg-identity:json:structured",
    `Unsere API liefert das so, der Client erwartet aber camelCase. Wie mappe ich das?

{"icd_katalog":{"version":"ICD-10-GM 2026","code":"F33.1","text":"Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode","gueltig_ab":"2026-01-01"}}`,
  ],
  [
    "de",
    "health:email:adversarial",
    `Kürz das bitte für Teams: "Info an alle: Herr Dr. Achim Rehberg ist bis auf Weiteres krankgeschrieben. Für die, die es wissen wollen und weil er es selbst so kommuniziert hat – nach dem Herzinfarkt im Oktober folgte die ⟦health|Bypass-OP⟧, jetzt ⟦health|Reha in Bad Nauheim⟧."`,
  ],
  [
    "de",
    "financial:sepa:structured",
    `Ist diese SEPA-XML korrekt? Die Bank lehnt sie ab.

<Cdtr><Nm>Jana Petersen</Nm></Cdtr>
<CdtrAcct><Id><IBAN>⟦iban|DE50133737515775688949⟧</IBAN></Id></CdtrAcct>
<RmtInf><Ustrd>Rückzahlung Privatdarlehen Rate 7/24</Ustrd></RmtInf>
<InstdAmt Ccy="EUR">⟦financial|350.00⟧</InstdAmt>`,
  ],
  [
    "de",
    "neg-financial:sepa:structured",
    `Ist diese SEPA-XML aus der Spezifikation korrekt? Unser Parser lehnt sie ab.

<Cdtr><Nm>Creditor Name</Nm></Cdtr>
<CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct>
<RmtInf><Ustrd>Invoice 4711</Ustrd></RmtInf>
<InstdAmt Ccy="EUR">100.00</InstdAmt>`,
  ],
  [
    "de",
    "credentials:config:structured",
    `Warum verbindet sich der Dienst nicht? application.yml:

spring:
  datasource:
    url: jdbc:mariadb://10.0.4.12:3306/lager
    username: lager_app
    passwort: ⟦password|Lg7$wintER_2026⟧`,
  ],
  [
    "de",
    "neg-credentials:config:structured",
    `Warum verbindet sich der Dienst nicht? application.yml:

spring:
  datasource:
    url: jdbc:mariadb://10.0.4.12:3306/lager
    username: \${DB_USER}
    passwort: \${DB_PASSWORT}`,
  ],
  // --- French ----------------------------------------------------------------------------------------------
  [
    "fr",
    "health:email:free",
    `Peux-tu reformuler ce mail pour le rendre plus professionnel ?

Bonjour Mme Garnier, je vous écris pour ma mère, Mme Josiane Perrin. Depuis son retour de l'hôpital elle est très fatiguée. Le cardiologue a confirmé une ⟦health|insuffisance cardiaque⟧ et elle prend maintenant ⟦health|furosémide 40 mg⟧ le matin. Pourrait-on décaler ses séances de kiné à l'après-midi ? Merci, Sylvie Perrin`,
  ],
  [
    "fr",
    "neg-health:email:free",
    `Peux-tu reformuler ce mail pour le rendre plus professionnel ?

Bonjour Mme Garnier, le cabinet de kiné sera fermé du 23 au 27 décembre. Les séances prévues seront décalées à l'après-midi la semaine suivante. Merci de votre compréhension, le secrétariat`,
  ],
  [
    "fr",
    "financial:letter:free",
    `Aide-moi à répondre à la banque. C'est pour mon frère, Julien Marchand : son compte ⟦iban|FR61 1334 3999 1400 5268 8280 222⟧ est à ⟦financial|découvert de 1 870 €⟧ et il a ⟦financial|un crédit conso de 9 400 €⟧ en retard de deux mensualités. Il touche ⟦financial|1 650 € net⟧ par mois. On veut demander un plan d'apurement.`,
  ],
  [
    "fr",
    "identity:json:structured",
    `Mon script Python plante sur ce JSON, tu vois pourquoi ?

{"assure": {"nom": "Lefebvre", "prenom": "Océane", "nir": "⟦national_id|2 87 08 75 843 979 63⟧", "date_naissance": "⟦date_of_birth|1987-08-21⟧", "mutuelle": "⟦medical_record|MGEN 00471829⟧"}}`,
  ],
  [
    "fr",
    "neg-identity:json:structured",
    `Mon script Python plante sur ce JSON, tu vois pourquoi ?

{"schema": {"nom": "string", "prenom": "string", "nir": "string(15)", "date_naissance": "date", "mutuelle": "string"}, "exemple": "voir doc"}`,
  ],
  [
    "fr",
    "credentials:message:free",
    `Traduis en anglais pour le nouveau stagiaire : « Pour la box du bureau, le réseau c'est Livebox-7A2C et le code wifi est ⟦password|Cafe!Noisette77⟧. Le mot de passe de l'imprimante est ⟦password|Brother_RDC_2026⟧. »`,
  ],
  [
    "fr",
    "neg-credentials:message:free",
    `Traduis en anglais pour le nouveau stagiaire : « Le code wifi est affiché au dos de la box. Pour l'imprimante, demande à l'accueil, on ne communique jamais les mots de passe par mail. »`,
  ],
  [
    "fr",
    "health:notes:structured",
    `Mets ces transmissions en forme (SOAP) :

Patiente : Mme Nadia Benali, 34 ans
S : nausées, fatigue
O : ⟦health|grossesse de 11 SA⟧, ⟦health|TSH à 6,2⟧
A : ⟦health|hypothyroïdie gravidique⟧
P : ⟦health|Lévothyrox 50 µg⟧, contrôle dans 4 semaines`,
  ],
  [
    "fr",
    "neg-health:notes:structured",
    `Mets ce cas d'école en forme (SOAP) pour mes étudiants ; la patiente est fictive :

Patiente : femme de 34 ans
S : nausées, fatigue
O : grossesse de 11 SA, TSH à 6,2
A : hypothyroïdie gravidique
P : lévothyroxine, contrôle dans 4 semaines`,
  ],
  [
    "fr",
    "financial:table:structured",
    `Transforme ce tableau en texte pour le rapport du juge des tutelles :

| Poste | Montant |
|---|---|
| Majeur protégé | M. Lucien Faure |
| Pension de retraite | ⟦financial|1 312 € / mois⟧ |
| Loyer EHPAD | ⟦financial|2 180 € / mois⟧ |
| Livret A | ⟦financial|14 600 €⟧ |
| Dettes | ⟦financial|3 450 € (impôts 2024)⟧ |`,
  ],
  [
    "fr",
    "neg-financial:table:structured",
    `Transforme ce tableau en texte pour le rapport annuel de l'association :

| Poste | Montant |
|---|---|
| Cotisations | 12 400 € |
| Subventions | 31 000 € |
| Loyer du local | 7 200 € |
| Résultat | 2 150 € |`,
  ],
  [
    "fr",
    "contact:log:structured",
    `Pourquoi l'API d'envoi renvoie 400 pour certaines lignes ?

[2026-12-02 18:04:11] POST /sms {"dest":"⟦phone|+33612347510⟧","msg":"Votre RDV est confirmé"} 200
[2026-12-02 18:04:12] POST /sms {"dest":"⟦phone|+32450009888⟧","msg":"Votre RDV est confirmé"} 400
[2026-12-02 18:04:12] POST /sms {"dest":"0612347753","msg":"Votre RDV est confirmé"} 400`,
  ],
  [
    "fr",
    "neg-contact:log:structured",
    `Pourquoi l'API d'envoi renvoie 400 pour certaines lignes ?

[2026-12-02 18:04:11] POST /sms {"dest":"+33XXXXXXXXX","msg":"test"} 400
[2026-12-02 18:04:12] POST /sms {"dest":"{{telephone}}","msg":"test"} 400
[2026-12-02 18:04:12] POST /sms {"dest":"","msg":"test"} 400`,
  ],
  [
    "fr",
    "health:chat:free",
    `Aide-moi à répondre à ce message, je ne sais pas quoi dire :

« Coucou, c'est Mathilde. Je te le dis à toi parce que tu connais bien Hugo Lambert : il a fait une ⟦health|tentative de suicide⟧ samedi. Il est ⟦health|hospitalisé en psychiatrie⟧ à Sainte-Anne pour l'instant. »`,
  ],
  [
    "fr",
    "neg-health:chat:free",
    `Aide-moi à rédiger un message de prévention pour le groupe WhatsApp de la promo : rappeler le numéro national de prévention du suicide (3114) et dire qu'on peut parler sans jugement.`,
  ],
  [
    "fr",
    "identity:csv:adversarial",
    `Le fichier des adhérents a des espaces bizarres, comment les nettoyer en Excel ?

nom;prénom;NIR;téléphone
Roux;Chloé;⟦national_id|1 8 8 0 8 7 5 7 5 3 5 7 9 6 0⟧;⟦phone|06 12 34 87 09⟧
Masson;Théo;⟦national_id|1 85 03 75 939 351 13⟧;⟦phone|+33 6 12 34 77 53⟧`,
  ],
  [
    "fr",
    "neg-identity:csv:adversarial",
    `Le fichier des magasins a des espaces bizarres, comment les nettoyer en Excel ?

magasin;ville;SIRET;téléphone
Boulangerie du Parc;Lyon;4 1 2 3 5 6 7 8 9 0 0 0 1 2;04 78 00 00 00
Librairie Masson;Nantes;552 100 554 00013;02 40 00 00 00`,
  ],
  [
    "fr",
    "financial:sms:free",
    `C'est quoi le mieux à répondre ? Ma coloc Inès Haddad m'a écrit : « j'ai reçu ma fiche de paie, ⟦financial|1 480 € net⟧ seulement à cause de la ⟦financial|saisie sur salaire de 310 €⟧… je te rembourse ⟦financial|les 200 €⟧ le 15, promis »`,
  ],
  [
    "fr",
    "health:letter:adversarial",
    `Corrige l'orthographe : « Madame, Monsieur, j'atteste que M. Karim Ouali a été suivi dans notre service. Pour des raisons que je ne détaillerai pas ici il devra s'absenter régulièrement. Le patient est sous ⟦health|chimiothérapie (protocole R-CHOP)⟧ pour un ⟦health|lymphome⟧. Dr S. Ferrand »`,
  ],
  [
    "fr",
    "neg-health:letter:adversarial",
    `Corrige l'orthographe de cette fiche d'info : « Le protocole R-CHOP est une chimiothérapie utilisée pour traiter certains lymphomes. Il se donne en cures de 21 jours. Parlez-en à votre oncologue. »`,
  ],
  // --- Spanish ---------------------------------------------------------------------------------------------
  [
    "es",
    "health:email:free",
    `¿Me ayudas a redactar mejor este correo a RR. HH.?

Hola Marta, te escribo por Álvaro Ibáñez, de mi equipo. Me ha pedido que lo trate con discreción. Desde el verano ha estado yendo a terapia y su psiquiatra le ha diagnosticado ⟦health|trastorno bipolar tipo II⟧. Ahora toma ⟦health|litio⟧ y necesita flexibilidad los martes para las analíticas. ¿Cómo lo gestionamos? Un saludo, Nuria`,
  ],
  [
    "es",
    "neg-health:email:free",
    `¿Me ayudas a redactar mejor este correo a toda la plantilla?

Hola a todos, recordad que el programa de bienestar incluye sesiones gratuitas con psicólogos y un taller sobre salud mental el martes. La participación es voluntaria y confidencial. Un saludo, RR. HH.`,
  ],
  [
    "es",
    "financial:whatsapp:free",
    `Necesito contestar a mi cuñado sin pelearnos. Este es su mensaje:

"Oye, soy Rubén. Al final el banco me ha denegado la refinanciación. Debo ⟦financial|11.300 € de la tarjeta⟧ y ⟦financial|4.200 € del préstamo del coche⟧, y con mi ⟦financial|nómina de 1.380 €⟧ no llego. ¿Me podrías dejar ⟦financial|1.500 €⟧? Rubén Cortés"`,
  ],
  [
    "es",
    "identity:sql:structured",
    `¿Por qué falla este INSERT en MySQL?

INSERT INTO socios (dni, nombre, apellidos, iban, fecha_nac)
VALUES ('⟦national_id|97668240M⟧', 'Lucía', 'Gómez Herrera', '⟦iban|ES06 8264 4882 2604 4667 0482⟧', '⟦date_of_birth|1984-02-13⟧');`,
  ],
  [
    "es",
    "neg-identity:sql:structured",
    `¿Por qué falla este INSERT en MySQL?

INSERT INTO sucursales (cif, nombre, ciudad, iban_ejemplo, apertura)
VALUES ('B12345678', 'Sucursal Centro', 'Valencia', 'ES91 2100 0418 4502 0005 1332', '1984-13-02');`,
  ],
  [
    "es",
    "credentials:message:free",
    `Tradúceme esto al inglés para el técnico: "La clave del router es ⟦password|Pimiento_Rojo#45⟧ y el usuario del NAS es admin con contraseña ⟦password|N4s!Casa2026⟧. No toques la configuración del Wi-Fi de invitados."`,
  ],
  [
    "es",
    "neg-credentials:message:free",
    `Tradúceme esto al inglés para el técnico: "La clave del router viene en la pegatina de abajo; no la cambies. El usuario del NAS está en el gestor de contraseñas de la empresa."`,
  ],
  [
    "es",
    "health:notes:structured",
    `Pásame esto a una tabla:

Paciente: D. Ernesto Salgado Ruiz — NHC ⟦medical_record|0038812⟧
Dx: ⟦health|EPOC GOLD 3⟧, ⟦health|FA permanente⟧
Tto: ⟦health|tiotropio 18 µg⟧, ⟦health|apixabán 5 mg/12 h⟧
Última espirometría: ⟦health|FEV1 42 %⟧`,
  ],
  [
    "es",
    "neg-health:notes:structured",
    `Pásame esto a una tabla (es la guía GOLD resumida):

GOLD 1: FEV1 ≥ 80 %
GOLD 2: 50–79 %
GOLD 3: 30–49 %
GOLD 4: < 30 %
Tto habitual: broncodilatadores de acción larga (p. ej. tiotropio)`,
  ],
  [
    "es",
    "financial:bank:structured",
    `¿Puedes ordenar estos movimientos por importe? Cuenta de Marisa Peña, ⟦iban|ES2726280428069535355382⟧:

01/11 NÓMINA ACME SL        +⟦financial|1.942,10⟧
03/11 RECIBO HIPOTECA       -⟦financial|684,30⟧
05/11 EMBARGO AEAT          -⟦financial|215,00⟧
08/11 BIZUM A PAPÁ          -100,00`,
  ],
  [
    "es",
    "neg-financial:bank:structured",
    `¿Puedes ordenar estos movimientos por importe? Son de ejemplo para una clase de finanzas personales:

01/11 NÓMINA                +1.942,10
03/11 HIPOTECA              -684,30
05/11 SUPERMERCADO          -215,00
08/11 BIZUM                 -100,00`,
  ],
  [
    "es",
    "contact:code:structured",
    `¿Por qué este fixture de Cypress no pasa la validación?

cy.fixture("cliente").then((c) => {
  c.nombre = "Begoña Larrea";
  c.movil = "⟦phone|+34612345395⟧";
  cy.get("#movil").type(c.movil);
});`,
  ],
  [
    "es",
    "health:chat:adversarial",
    `Ayúdame a contestar a mi prima: "tía Pili (Pilar Montoya) ya tiene los resultados. es ⟦health|Ca de mama⟧, ⟦health|HER2+⟧. empieza ⟦health|QT neoadyuvante⟧ el lunes. no le digas nada a la abuela todavía"`,
  ],
  [
    "es",
    "neg-health:chat:adversarial",
    `Explícame qué significa HER2+ y QT neoadyuvante en un informe de cáncer de mama. Es para entender un artículo, no es un caso concreto.`,
  ],
  [
    "es",
    "identity:yaml:structured",
    `¿Cómo valido este YAML con un schema?

cliente:
  nombre: Iker Zubizarreta
  dni: ⟦national_id|80646062N⟧
  tarjeta: ⟦payment_card|5199 4207 9506 4047⟧
  direccion: ⟦street_address|Calle Urbieta 14, 3º izda, 20006 Donostia⟧`,
  ],
  [
    "es",
    "neg-identity:yaml:structured",
    `¿Cómo valido este YAML con un schema?

cliente:
  nombre: "{{ nombre }}"
  dni: "{{ dni }}"
  tarjeta: "4000 0000 0000 0002"  # tarjeta de prueba de Stripe
  direccion: "{{ direccion }}"`,
  ],
  [
    "es",
    "financial:letter:free",
    `Resume esta carta para mi abuelo, Sr. Ramón Castaño: "Le comunicamos que su pensión de jubilación queda fijada en ⟦financial|1.214,60 euros mensuales⟧ y que se le retendrán ⟦financial|86 euros⟧ por el cobro indebido de 2024."`,
  ],
  // --- Italian ---------------------------------------------------------------------------------------------
  [
    "it",
    "health:email:free",
    `Mi aiuti a rendere più chiara questa mail per il pediatra?

Gentile dottoressa, sono la mamma di Sofia Marchetti. Dopo la visita allergologica del 20 novembre abbiamo i risultati. Sofia ha una ⟦health|allergia alle arachidi⟧ con ⟦health|IgE specifiche 38 kU/L⟧, e ci hanno prescritto ⟦health|l'adrenalina autoiniettabile⟧. Devo avvisare la scuola? Grazie, Elena Marchetti`,
  ],
  [
    "it",
    "neg-health:email:free",
    `Mi aiuti a rendere più chiara questa circolare per le famiglie?

Gentili famiglie, ricordiamo che in caso di allergie alimentari (ad es. arachidi) è necessario consegnare il certificato del pediatra e, se prescritta, l'adrenalina autoiniettabile. Grazie, la Direzione`,
  ],
  [
    "it",
    "identity:csv:structured",
    `Il gestionale non accetta questo CSV, cosa sbaglio?

cognome,nome,codice_fiscale,iban,cellulare
Bianchi,Laura,⟦national_id|BNCLRA85M52F205I⟧,⟦iban|IT16 K911 6648 4225 5762 6282 082⟧,⟦phone|+39 312 345 8833⟧
Ferrari,Giuseppe,⟦national_id|FRRGPP71C14L219D⟧,⟦iban|IT19K9106820416257171919539⟧,⟦phone|+393123457311⟧`,
  ],
  [
    "it",
    "neg-identity:csv:structured",
    `Il gestionale non accetta questo CSV, cosa sbaglio?

ragione_sociale,partita_iva,iban,telefono
Ferramenta Bianchi srl,01234567890,IT60X0542811101000000123456,02 1234567
Panificio Ferrari snc,09876543210,IT60X0542811101000000123456,011 7654321`,
  ],
  [
    "it",
    "financial:chat:free",
    `Come rispondo a mia sorella? Mi ha scritto: "Ho parlato con Davide Esposito, il commercialista di papà. Papà (Vincenzo Ricci) ha ⟦financial|un debito con l'Agenzia delle Entrate di 7.840 euro⟧ e la ⟦financial|pensione di 1.020 euro⟧ non basta. Il commercialista propone la rateizzazione a ⟦financial|72 rate da 109 euro⟧."`,
  ],
  [
    "it",
    "neg-financial:chat:free",
    `Come funziona in generale la rateizzazione dei debiti con l'Agenzia delle Entrate? Quante rate si possono chiedere e cosa succede se se ne salta una?`,
  ],
  [
    "it",
    "credentials:message:free",
    `Traduci in inglese per il collega di Londra: "Ciao Mark, per entrare nel gestionale usa l'utente mrossi.ext e la parola d'ordine ⟦password|Ciclamino!2026⟧; il PIN del badge è 4471."`,
  ],
  [
    "it",
    "neg-credentials:message:free",
    `Traduci in inglese per il collega di Londra: "Ciao Mark, le credenziali del gestionale te le manda l'IT via canale sicuro; non scriverle mai in chat. La parola d'ordine va cambiata ogni 90 giorni."`,
  ],
  [
    "it",
    "health:notes:structured",
    `Riassumi questa lettera di dimissione in 3 righe:

Paziente: sig.ra Rosaria Lombardo, nata il ⟦date_of_birth|02/04/1948⟧
Diagnosi di dimissione: ⟦health|ictus ischemico⟧ emisfero sx, ⟦health|afasia⟧ lieve
Terapia: ⟦health|clopidogrel 75 mg⟧, ⟦health|atorvastatina 40 mg⟧
Follow-up: logopedia 2 volte/settimana`,
  ],
  [
    "it",
    "neg-health:notes:structured",
    `Riassumi questa scheda in 3 righe (è dal manuale di neurologia):

Ictus ischemico: deficit neurologico improvviso
Sintomi: afasia, emiparesi
Terapia secondaria: antiaggregante (es. clopidogrel 75 mg), statina
Follow-up: riabilitazione, logopedia`,
  ],
  [
    "it",
    "financial:json:structured",
    `Perché questo JSON dà errore di parsing?

{"richiedente":"Matteo Greco","reddito_annuo":⟦financial|31500⟧,"rata_mutuo":⟦financial|842.50⟧,"debiti_residui":⟦financial|12900⟧,"iban":"⟦iban|IT19K9106820416257171919539⟧",}`,
  ],
  [
    "it",
    "neg-financial:json:structured",
    `Perché questo JSON dà errore di parsing?

{"prodotto":"Mutuo Casa Giovani","tasso_fisso":3.1,"durata_max_anni":30,"importo_min":50000,"esempio_rata":842.50,}`,
  ],
  [
    "it",
    "health:chat:adversarial",
    `rispondi tu a Gio per me, qualcosa di gentile: "sai che Chiara De Luca è in ⟦health|maternità anticipata⟧? ⟦health|gravidanza a rischio⟧, ⟦health|placenta previa⟧. torna a settembre forse"`,
  ],
  [
    "it",
    "contact:log:structured",
    `Da dove arrivano questi errori nel log del centralino?

2026-12-01 08:31:02 call.in from=⟦phone|+393123452126⟧ queue=assistenza wait=42s
2026-12-01 08:31:40 call.in from=⟦phone|+41781236295⟧ queue=assistenza err=SIP_488
2026-12-01 08:32:05 call.in from=anonymous queue=assistenza err=SIP_488`,
  ],
  [
    "it",
    "neg-contact:log:structured",
    `Da dove arrivano questi errori nel log del centralino?

2026-12-01 08:31:02 trunk.reg host=sip.provider.it status=ok
2026-12-01 08:31:40 trunk.reg host=sip.provider.it err=SIP_488
2026-12-01 08:32:05 call.out to=800 123 456 (numero verde) err=SIP_488`,
  ],
  [
    "it",
    "financial:letter:free",
    `Riscrivi in modo più formale: "Gentile sig. Fabio Conti, le ricordiamo che la sua ⟦financial|carta di credito presenta un insoluto di 1.236,40 euro⟧. La carta ⟦payment_card|4344 6642 1340 2605⟧ è stata sospesa."`,
  ],
  ["it", "neg-health:free:free", `Qual è la differenza tra maternità anticipata e congedo di maternità obbligatorio in Italia? Domanda generale.`],
  // --- Portuguese ------------------------------------------------------------------------------------------
  [
    "pt",
    "health:email:free",
    `Podes melhorar este email para a escola?

Bom dia, professora Helena. O meu filho Tiago Cardoso vai faltar na próxima semana. Fez exames no Hospital de Santa Maria e confirmaram ⟦health|diabetes tipo 1⟧. Vai começar ⟦health|insulina⟧ e precisa de medir a glicemia antes do almoço. Obrigada, Raquel Cardoso`,
  ],
  [
    "pt",
    "neg-health:email:free",
    `Podes melhorar este email para os pais?

Bom dia. Na próxima semana a enfermeira escolar fará uma sessão sobre diabetes tipo 1 e como ajudar colegas que medem a glicemia. Obrigada, a Direção`,
  ],
  [
    "pt",
    "financial:letter:free",
    `Ajuda-me a responder ao banco em nome da minha mãe, D. Fernanda Lopes. Ela tem ⟦financial|prestações em atraso no valor de 2.310 €⟧ do crédito habitação e a ⟦financial|reforma é de 780 €⟧. Conta ⟦iban|PT41082757244020602795197⟧. Queremos pedir o PERSI.`,
  ],
  [
    "pt",
    "identity:json:structured",
    `Porque é que este JSON falha na validação do schema?

{"cliente":{"nome":"Bruno Teixeira","nif":"⟦national_id|208864202⟧","telemovel":"⟦phone|+351912347102⟧","morada":"⟦street_address|Rua de Cedofeita 212, 2.º Esq., 4050-174 Porto⟧","data_nascimento":"⟦date_of_birth|1993-10-05⟧"}}`,
  ],
  [
    "pt",
    "neg-identity:json:structured",
    `Porque é que este JSON falha na validação do schema?

{"loja":{"nome":"Livraria Central","nipc":"500000000","telefone":"+351 21 000 0000","morada":"Rua Garrett 73, 1200-203 Lisboa","horario":"10h–19h"}}`,
  ],
  [
    "pt",
    "credentials:message:free",
    `Traduz para inglês: "Olá João, a senha do email da loja é ⟦password|Sardinha.Assada88⟧ e a do Multibanco online é ⟦password|Loja#Porto2026⟧. Não partilhes com ninguém."`,
  ],
  [
    "pt",
    "neg-credentials:message:free",
    `Traduz para inglês: "Olá João, a senha do email da loja foi alterada; pede a nova ao gerente. Nunca a envies por WhatsApp."`,
  ],
  [
    "pt",
    "health:chat:free",
    `Como respondo a isto? "A Beatriz Nunes pediu-me para não contar, mas ela está a fazer ⟦health|hemodiálise⟧ três vezes por semana desde agosto. ⟦health|Insuficiência renal crónica⟧. Está à espera de transplante."`,
  ],
  [
    "pt",
    "neg-health:chat:free",
    `Como respondo a isto? "Vi uma reportagem sobre hemodiálise: há milhares de pessoas à espera de transplante renal em Portugal."`,
  ],
  [
    "pt",
    "financial:table:structured",
    `Organiza esta tabela por valor em dívida:

Nome | CPF | Dívida | Atraso
Camila Rocha | ⟦national_id|044.915.247-26⟧ | ⟦financial|R$ 4.820,00⟧ | 93 dias
Diego Almeida | ⟦national_id|777.606.162-01⟧ | ⟦financial|R$ 1.150,50⟧ | 31 dias`,
  ],
  [
    "pt",
    "neg-financial:table:structured",
    `Organiza esta tabela por valor em dívida:

Região | Inadimplentes | Dívida média | Atraso médio
Sudeste | 32,1 mi | R$ 4.820,00 | 93 dias
Nordeste | 17,4 mi | R$ 3.150,50 | 81 dias`,
  ],
  [
    "pt",
    "health:notes:structured",
    `Resume a evolução clínica:

Utente: Sr. Manuel Pires, 71 a.
Internado por ⟦health|pneumonia⟧. Antecedentes: ⟦health|DPOC⟧, ⟦health|HTA⟧.
Medicação: ⟦health|amoxicilina + ácido clavulânico 875/125 mg⟧ 12/12h.
Sat O2 91% em ar ambiente.`,
  ],
  [
    "pt",
    "contact:code:structured",
    `Este teste em Python está correto?

def test_envio_sms():
    utente = {"nome": "Inês Correia", "tel": "⟦phone|+351912345609⟧"}
    assert normalizar(utente["tel"]) == "+351 912 345 609"`,
  ],
  [
    "pt",
    "neg-contact:code:structured",
    `Este teste em Python está correto?

def test_envio_sms():
    utente = {"nome": "Fulano de Tal", "tel": "+351 000 000 000"}
    assert normalizar(utente["tel"]) is None`,
  ],
  [
    "pt",
    "financial:chat:adversarial",
    `reescreve mais educado: "Paulo Serrano, o teu salário é ⟦financial|2.350€⟧ e ainda me deves ⟦financial|os 600€ do carro⟧?? paga até sexta"`,
  ],
  // --- Dutch -----------------------------------------------------------------------------------------------
  [
    "nl",
    "health:email:free",
    `Kun je deze mail aan de bedrijfsarts wat zakelijker maken?

Beste dokter, ik stuur u wat informatie over Sanne de Vries, die sinds september thuis zit. Zij heeft mij toestemming gegeven dit te delen. Na lang onderzoek is vastgesteld dat het om ⟦health|long covid⟧ met ⟦health|POTS⟧ gaat; ze gebruikt nu ⟦health|ivabradine⟧. Kunnen we de re-integratie rustig opbouwen? Groet, Mark Visser (teamleider)`,
  ],
  [
    "nl",
    "neg-health:email:free",
    `Kun je deze mail aan alle medewerkers wat zakelijker maken?

Beste collega's, de bedrijfsarts houdt op 12 december een spreekuur over long covid en re-integratie. Aanmelden kan via HR. Groet, Mark Visser (teamleider)`,
  ],
  [
    "nl",
    "financial:letter:free",
    `Help me een brief te schrijven aan de Belastingdienst voor mijn buurman, dhr. Kees Jansen (BSN ⟦national_id|211313579⟧). Hij moet ⟦financial|€ 3.420 toeslagen terugbetalen⟧ en heeft alleen ⟦financial|AOW van € 1.480 per maand⟧. Hij wil een betalingsregeling.`,
  ],
  [
    "nl",
    "identity:csv:structured",
    `Waarom geeft Excel een fout bij deze import?

klantnr;naam;iban;geboortedatum;mobiel
55012;Pieter Bakker;⟦iban|NL16 INGB 7469 3759 95⟧;⟦date_of_birth|07-03-1982⟧;⟦phone|+31 6 12340820⟧
55013;Fatima El Amrani;⟦iban|NL21INGB6243920682⟧;⟦date_of_birth|22-11-1995⟧;⟦phone|+31612348020⟧`,
  ],
  [
    "nl",
    "neg-identity:csv:structured",
    `Waarom geeft Excel een fout bij deze import?

vestiging;stad;kvk;telefoon;geopend
Centrum;Utrecht;12345678;030 000 0000;1999-03-07
Noord;Groningen;87654321;050 000 0000;2005-11-22`,
  ],
  [
    "nl",
    "credentials:message:free",
    `Vertaal naar het Engels voor de schoonmaakploeg: "Het wachtwoord van de wifi is ⟦password|Tulpen_Veld!42⟧ en de alarmcode is 7731. Zet het alarm aan als je weggaat."`,
  ],
  [
    "nl",
    "neg-credentials:message:free",
    `Vertaal naar het Engels voor de schoonmaakploeg: "Het wachtwoord van de wifi staat op het kaartje bij de koffieautomaat. Zet het alarm aan als je weggaat."`,
  ],
  [
    "nl",
    "health:notes:structured",
    `Zet deze overdracht om in een lijstje:

Cliënt: mevr. Wilma Smit (kamer 4)
- ⟦health|COPD⟧, ⟦health|zuurstof 2 L/min⟧
- ⟦health|depressie⟧, gebruikt ⟦health|mirtazapine 15 mg⟧ voor de nacht
- dochter belt om 19:00`,
  ],
  [
    "nl",
    "neg-health:notes:structured",
    `Zet deze protocoltekst om in een lijstje:

Bij cliënten met COPD en zuurstof thuis: controleer de flow (meestal 1–2 L/min), let op tekenen van depressie, en overleg bij medicatie zoals mirtazapine met de apotheek.`,
  ],
  [
    "nl",
    "financial:chat:free",
    `Hoe reageer ik hierop? Mijn zus appte: "Joost van Dijk (mijn ex) heeft nog steeds ⟦financial|€ 6.800 schuld bij DUO⟧ en zegt dat hij maar ⟦financial|€ 2.100 netto⟧ verdient. Hij betaalt de alimentatie van ⟦financial|€ 450⟧ al twee maanden niet."`,
  ],
  ["nl", "neg-financial:chat:free", `Hoe werkt de draagkrachtberekening voor alimentatie in Nederland in grote lijnen? En telt een DUO-schuld mee?`],
  [
    "nl",
    "contact:log:structured",
    `Waarom worden deze verificatiecodes niet afgeleverd?

ts=2026-12-03T07:40:02Z level=info msg="otp sent" user_id=88123 msisdn=⟦phone|+31612346899⟧
ts=2026-12-03T07:40:09Z level=error msg="otp failed" user_id=88124 msisdn=⟦phone|+32450000409⟧ reason=carrier_reject`,
  ],
  [
    "nl",
    "neg-contact:log:structured",
    `Waarom worden deze verificatiecodes niet afgeleverd?

ts=2026-12-03T07:40:02Z level=info msg="otp sent" user_id=test-1 msisdn=<redacted>
ts=2026-12-03T07:40:09Z level=error msg="otp failed" user_id=test-2 msisdn=<redacted> reason=carrier_reject`,
  ],
  [
    "nl",
    "health:chat:adversarial",
    `reageer jij even namens mij: "wist je dat Daan Mulder ⟦health|autisme⟧ heeft? en ook ⟦health|ADD⟧, hij slikt ⟦health|Concerta 36 mg⟧. hij wil niet dat de klas het weet"`,
  ],
  [
    "nl",
    "identity:vcard:structured",
    `Hoe importeer ik deze vCard in Outlook?

BEGIN:VCARD
VERSION:4.0
FN:Lotte Hendriks
TEL;TYPE=cell:⟦phone|+31 6 1234 6842⟧
ADR;TYPE=home:;;⟦street_address|Oudegracht 211;Utrecht;;3511 NH;Nederland⟧
EMAIL:⟦email|lotte.hendriks@ziggo.nl⟧
END:VCARD`,
  ],
  // --- Polish ----------------------------------------------------------------------------------------------
  [
    "pl",
    "health:email:free",
    `Popraw, proszę, ten mail do kierowniczki:

Dzień dobry Pani Agnieszko, piszę w imieniu mojego męża, Krzysztofa Wójcika. Od poniedziałku przebywa na zwolnieniu. Po badaniach w szpitalu na Banacha okazało się, że ma ⟦health|przewlekłą białaczkę limfocytową⟧ i zaczyna ⟦health|leczenie ibrutynibem⟧. Proszę o dyskrecję. Z poważaniem, Ewa Wójcik`,
  ],
  [
    "pl",
    "neg-health:email:free",
    `Popraw, proszę, ten mail do wszystkich pracowników:

Dzień dobry, przypominamy, że zwolnienia lekarskie (e-ZLA) trafiają do działu kadr automatycznie. Nie trzeba podawać rozpoznania. Z poważaniem, Dział Kadr`,
  ],
  [
    "pl",
    "financial:letter:free",
    `Pomóż mi odpisać komornikowi w sprawie taty. Tata to Zbigniew Kaczmarek, PESEL ⟦national_id|72091102394⟧. Ma ⟦financial|zadłużenie 18 400 zł⟧ z chwilówek, a ⟦financial|emerytura wynosi 2 310 zł⟧. Konto ⟦iban|PL05 9466 7598 2800 4447 7822 0673⟧. Chcemy wnioskować o ograniczenie zajęcia.`,
  ],
  ["pl", "neg-financial:letter:free", `Jaka jest kwota wolna od zajęcia emerytury przez komornika w 2026 roku? Pytanie ogólne.`],
  [
    "pl",
    "identity:csv:structured",
    `Dlaczego import do Optimy odrzuca ten plik?

nazwisko;imię;PESEL;nr_konta;telefon
Zielińska;Magdalena;⟦national_id|85031424441⟧;⟦iban|PL61548275196886371986088644⟧;⟦phone|+48 512 348 795⟧
Lewandowski;Paweł;⟦national_id|91022746869⟧;⟦bank_account|90 1020 5558 1111 1834 7722 0314⟧;⟦phone|+48512343780⟧`,
  ],
  [
    "pl",
    "neg-identity:csv:structured",
    `Dlaczego import do Optimy odrzuca ten plik?

kontrahent;NIP;nr_konta;telefon
Hurtownia Alfa sp. z o.o.;5260250274;brak;22 000 00 00
Piekarnia Beta;7740001454;brak;61 000 00 00`,
  ],
  [
    "pl",
    "credentials:message:free",
    `Przetłumacz na angielski dla nowego kolegi: "Cześć Mike, login do panelu to biuro.wroclaw, hasło ⟦password|Pierogi!Ruskie77⟧. Hasło do drukarki: ⟦password|Druk_Parter#3⟧."`,
  ],
  [
    "pl",
    "neg-credentials:message:free",
    `Przetłumacz na angielski dla nowego kolegi: "Cześć Mike, hasło do panelu dostaniesz SMS-em od działu IT. Hasło musi mieć co najmniej 12 znaków."`,
  ],
  [
    "pl",
    "health:notes:structured",
    `Przepisz to jako tabelkę:

Pacjentka: Pani Halina Nowicka, ur. ⟦date_of_birth|12.06.1952⟧
Rozpoznanie: ⟦health|niewydolność serca NYHA III⟧, ⟦health|cukrzyca typu 2⟧
Leki: ⟦health|metformina 1000 mg 2x dz.⟧, ⟦health|torasemid 10 mg⟧
Wyniki: ⟦health|NT-proBNP 3120 pg/ml⟧`,
  ],
  [
    "pl",
    "neg-health:notes:structured",
    `Przepisz to jako tabelkę (z podręcznika kardiologii):

Klasa NYHA I: brak ograniczeń
Klasa NYHA II: niewielkie ograniczenie
Klasa NYHA III: znaczne ograniczenie aktywności
Klasa NYHA IV: objawy w spoczynku`,
  ],
  [
    "pl",
    "health:chat:free",
    `Jak mam odpowiedzieć koleżance? Napisała: "Słuchaj, Marta Kowalczyk powiedziała mi w zaufaniu, że jest ⟦health|w ciąży⟧, ale ma ⟦health|cukrzycę ciążową⟧ i musi brać ⟦health|insulinę⟧. Nie mów nikomu w pracy."`,
  ],
  ["pl", "neg-health:chat:free", `Jak często występuje cukrzyca ciążowa w Polsce i kiedy robi się test obciążenia glukozą? Pytanie ogólne.`],
  [
    "pl",
    "financial:chat:adversarial",
    `zrób z tego grzeczną wiadomość: "Panie Tomaszu Mazur, zalega Pan ⟦financial|3 czynsze po 2 100 zł⟧, razem ⟦financial|6 300 zł⟧. Proszę przelać na ⟦bank_account|61 5482 7519 6886 3719 8608 8644⟧ do piątku"`,
  ],
  [
    "pl",
    "contact:json:structured",
    `Czemu ten webhook zwraca 422?

{"event":"sms.inbound","from":"⟦phone|+48512342062⟧","to":"+48221234567","text":"Potwierdzam wizytę, Jolanta Kubiak"}`,
  ],
  [
    "pl",
    "neg-contact:json:structured",
    `Czemu ten webhook z dokumentacji zwraca 422?

{"event":"sms.inbound","from":"+48000000000","to":"+48000000001","text":"test"}`,
  ],
  [
    "pl",
    "financial:payslip:structured",
    `Wyjaśnij mi ten pasek wypłaty:

Pracownik: Adam Szymański
Wynagrodzenie zasadnicze: ⟦financial|7 450,00 zł⟧
Zaliczka PIT: -512,00 zł
ZUS: -1 021,40 zł
Potrącenie komornicze: -⟦financial|1 250,00 zł⟧
Do wypłaty: ⟦financial|4 666,60 zł⟧`,
  ],
  // --- Turkish ---------------------------------------------------------------------------------------------
  [
    "tr",
    "health:email:free",
    `Bu e-postayı daha resmi hale getirir misin?

Merhaba Selin Hanım, ekibimizden Burak Aydın'ın durumu hakkında bilgi vermek istiyorum. Kendisi paylaşmama izin verdi. Geçen ay yapılan tetkiklerde ⟦health|MS (multipl skleroz)⟧ tanısı kondu ve ⟦health|interferon tedavisine⟧ başladı. Haftada bir gün evden çalışması gerekiyor. Saygılarımla, Emre`,
  ],
  [
    "tr",
    "neg-health:email:free",
    `Bu e-postayı daha resmi hale getirir misin?

Merhaba arkadaşlar, 30 Mayıs Dünya MS Günü için şirket içinde bir farkındalık semineri düzenliyoruz. Katılım isteğe bağlıdır. Saygılarımla, İK`,
  ],
  [
    "tr",
    "financial:letter:free",
    `Bankaya bir dilekçe yazmama yardım et. Annem Hatice Demir adına: kredi kartı ⟦financial|borcu 48.750 TL⟧, ⟦financial|emekli maaşı 14.200 TL⟧. Hesap ⟦iban|TR08 2280 4046 1464 4375 9046 46⟧. Yapılandırma istiyoruz.`,
  ],
  [
    "tr",
    "identity:csv:structured",
    `Bu CSV neden içe aktarılamıyor?

ad;soyad;tckn;telefon;dogum_tarihi
Elif;Şahin;⟦national_id|85806646430⟧;⟦phone|+90 501 234 4239⟧;⟦date_of_birth|14.03.1990⟧
Murat;Koç;⟦national_id|72862264456⟧;⟦phone|+905012343222⟧;⟦date_of_birth|02.11.1978⟧`,
  ],
  [
    "tr",
    "neg-identity:csv:structured",
    `Bu CSV neden içe aktarılamıyor?

sube;il;vergi_no;telefon;acilis
Kadıköy;İstanbul;1234567890;444 0 123;14.03.1990
Çankaya;Ankara;9876543210;444 0 124;02.11.1978`,
  ],
  [
    "tr",
    "credentials:message:free",
    `İngilizceye çevir: "Ofis bilgisayarının şifresi ⟦password|Lale.Devri_1718⟧, muhasebe programının parolası da ⟦password|Muhasebe!2026Ank⟧. Kimseyle paylaşma."`,
  ],
  ["tr", "neg-credentials:message:free", `İngilizceye çevir: "Şifre en az 12 karakter olmalı ve her 90 günde bir değiştirilmeli. Parolanı kimseyle paylaşma."`],
  [
    "tr",
    "health:notes:structured",
    `Bu epikrizi özetle:

Hasta: Ahmet Yılmaz Bey, 66 yaş
Tanı: ⟦health|akut miyokard enfarktüsü⟧, ⟦health|tip 2 diyabet⟧
Tedavi: ⟦health|koroner anjiyografi + stent⟧
Taburcu ilaçları: ⟦health|asetilsalisilik asit 100 mg⟧, ⟦health|tikagrelor 90 mg 2x1⟧`,
  ],
  [
    "tr",
    "neg-health:notes:structured",
    `Bu ders notunu özetle:

Akut miyokard enfarktüsünde tedavi: koroner anjiyografi ve stent, ardından ikili antiplatelet (asetilsalisilik asit + tikagrelor) 12 ay.`,
  ],
  [
    "tr",
    "health:chat:free",
    `Buna nasıl cevap vereyim? "Zeynep Arslan'ı dün hastanede ziyaret ettim. ⟦health|Depresyon⟧ yüzünden ⟦health|yatarak tedavi⟧ görüyormuş, ⟦health|lityum⟧ başlamışlar. Kimseye söyleme."`,
  ],
  ["tr", "neg-health:chat:free", `Türkiye'de depresyon için yatarak tedavi ne zaman önerilir? Genel bilgi istiyorum.`],
  [
    "tr",
    "contact:log:structured",
    `Bu loglardaki hata ne anlama geliyor?

2026-12-02 11:05:31 [sms-gw] gonder alici=⟦phone|+905012341242⟧ durum=OK
2026-12-02 11:05:33 [sms-gw] gonder alici=⟦phone|+905012344239⟧ durum=HATA kod=E17`,
  ],
  [
    "tr",
    "neg-contact:log:structured",
    `Bu loglardaki hata ne anlama geliyor?

2026-12-02 11:05:31 [sms-gw] baglanti host=smsgw.local durum=OK
2026-12-02 11:05:33 [sms-gw] gonder alici=<maskelendi> durum=HATA kod=E17`,
  ],
  [
    "tr",
    "financial:table:structured",
    `Bu tabloyu borca göre sırala:

| Kiracı | Daire | Borç |
|---|---|---|
| Kemal Öztürk | 3 | ⟦financial|27.500 TL⟧ |
| Seda Kılıç | 5 | ⟦financial|9.000 TL⟧ |`,
  ],
  // --- Swedish ---------------------------------------------------------------------------------------------
  [
    "sv",
    "health:email:free",
    `Kan du göra det här mejlet till rektorn tydligare?

Hej Karin, jag skriver om min dotter Alva Lindqvist i 5B. Efter utredningen på BUP har hon fått diagnosen ⟦health|generaliserat ångestsyndrom⟧ och börjat med ⟦health|sertralin⟧. Hon behöver kunna gå ut ur klassrummet ibland. Vänliga hälsningar, Johan Lindqvist`,
  ],
  [
    "sv",
    "neg-health:email:free",
    `Kan du göra det här mejlet till föräldrarna tydligare?

Hej! Elevhälsan bjuder in till en föreläsning om ångest hos barn och när man ska kontakta BUP. Vänliga hälsningar, rektor Karin`,
  ],
  [
    "sv",
    "financial:letter:free",
    `Hjälp mig svara Kronofogden åt min pappa, Lars-Erik Nyström, personnummer ⟦national_id|830510-5689⟧. Han har ⟦financial|skulder på 64 000 kr⟧ och ⟦financial|pension på 13 900 kr i månaden⟧. Kan han ansöka om skuldsanering?`,
  ],
  ["sv", "neg-financial:letter:free", `Vilka krav gäller för skuldsanering i Sverige i allmänhet? Hur länge varar en betalningsplan?`],
  ["sv", "credentials:message:free", `Översätt till engelska: "Lösenordet till kontorets wifi är ⟦password|Kanelbulle!2026⟧ och koden till förrådet är 4419."`],
  ["sv", "neg-credentials:message:free", `Översätt till engelska: "Lösenordet till wifi sitter på lappen i köket. Byt aldrig lösenord utan att meddela IT."`],
  [
    "sv",
    "identity:json:structured",
    `Varför får jag ett valideringsfel här?

{"patient":{"namn":"Erik Holm","personnummer":"⟦national_id|870314-1112⟧","telefon":"⟦phone|+46701233197⟧","diagnos":"⟦health|astma⟧"}}`,
  ],
  [
    "sv",
    "neg-identity:json:structured",
    `Varför får jag ett valideringsfel här?

{"mottagning":{"namn":"Vårdcentralen Centrum","org_nr":"232100-0016","telefon":"0771-11 22 33","oppettider":"8–17"}}`,
  ],
  [
    "sv",
    "health:chat:free",
    `Hur svarar jag på det här? "Visste du att Maja Berg är ⟦health|sjukskriven för utmattningssyndrom⟧? Hon tar ⟦health|melatonin⟧ och går i ⟦health|KBT⟧ varje vecka."`,
  ],
  ["sv", "neg-health:chat:free", `Hur vanligt är utmattningssyndrom i Sverige och hur lång är en typisk sjukskrivning? Allmän fråga.`],
  // --- Additional positives (all languages) -----------------------------------------------------------------
  [
    "en",
    "health:email:free",
    `Shorten this for Slack please:

"Quick update on Bernadette Nolan from accounts, she said it's fine to share. The op went well on Thursday. They removed the whole thing and the margins were clear, so no radiotherapy for now. She'll be on ⟦health|tamoxifen⟧ for five years and is off until mid-January. Card is going round on Friday."`,
  ],
  [
    "en",
    "financial:spreadsheet:structured",
    `Can you write an Excel formula that flags anyone more than 60 days overdue? Pasted:

Member	Membership	Owed	Days overdue
Gary Lomas	Family	⟦financial|£186.00⟧	74
Priti Shah	Single	⟦financial|£62.00⟧	12
Owen Blake	Single	⟦financial|£124.00⟧	91`,
  ],
  [
    "en",
    "health:json:structured",
    `Write a TypeScript interface for this payload from our occupational-health tool:

{"employee_id":"E-20931","name":"Tariq Mahmood","referral_reason":"⟦health|recurrent migraine with aura⟧","current_meds":["⟦health|sumatriptan 50mg PRN⟧","⟦health|topiramate 25mg⟧"],"adjustments":["screen filter","flexible start"]}`,
  ],
  [
    "en",
    "financial:email:free",
    `Rewrite this so it's kinder, it's to my ex: "Ryan, the CMS calculation is based on your ⟦financial|£38,400 salary⟧, so ⟦financial|£412 a month⟧ is what you owe for Mia and Leo. You're currently ⟦financial|£1,236 behind⟧. — Kirsty Hamill"`,
  ],
  [
    "en",
    "health:csv:structured",
    `Why does pandas read the last column as float? Export from our clinic system:

mrn,patient,dob,test,result,flag
⟦medical_record|MRN-0047712⟧,Alice Thornbury,⟦date_of_birth|1962-09-01⟧,eGFR,⟦health|38⟧,L
⟦medical_record|MRN-0047713⟧,Declan Furey,⟦date_of_birth|1971-12-19⟧,PSA,⟦health|11.4⟧,H`,
  ],
  [
    "en",
    "health:letter:free",
    `Turn this into bullet points for my own notes. It's the letter about my brother.

Dear Mr Kenneth Varga, thank you for attending the memory clinic with your brother Stephen on 19 November. Stephen's scan and cognitive testing are consistent with ⟦health|early-onset Alzheimer's disease⟧. We recommend starting ⟦health|donepezil 5 mg⟧ at night, and a referral to the young-onset dementia service.`,
  ],
  [
    "en",
    "financial:free:free",
    `I'm the treasurer of our running club. One member, Ade Balogun, told me in confidence he can't pay the ⟦financial|£95 subs⟧ this year because he was made redundant and is on ⟦financial|£91.30 a week JSA⟧. How do I word a hardship policy that covers him without naming him?`,
  ],
  [
    "en",
    "identity:log:structured",
    `grep this log for me – which requests had a card in the query string? I need to report it.

10.2.3.4 - - [02/Dec/2026:14:02:11 +0000] "GET /checkout?email=⟦email|lena.fischer91@gmx.de⟧&pan=⟦payment_card|5735791186455957⟧&cvv=*** HTTP/1.1" 302
10.2.3.9 - - [02/Dec/2026:14:02:13 +0000] "GET /checkout?session=ab12 HTTP/1.1" 200`,
  ],
  [
    "de",
    "health:letter:free",
    `Bitte in einfache Sprache übersetzen, das ist der Arztbrief meines Schwiegervaters:

Sehr geehrter Herr Kollege, wir berichten über Ihren Patienten Herrn Klaus-Dieter Engel, geb. ⟦date_of_birth|03.11.1949⟧. Diagnosen: ⟦health|Vorhofflimmern⟧, ⟦health|arterielle Hypertonie⟧. Echo: ⟦health|LVEF 40 %⟧. Wir empfehlen ⟦health|Edoxaban 60 mg⟧ 1-0-0.`,
  ],
  [
    "de",
    "financial:chat:free",
    `Wie antworte ich meinem Bruder? Er schreibt: "Mama hat mir gestern alles erzählt. Papa (Werner Schulz) hat ⟦financial|35.000 € Spielschulden⟧, die Bank hat den ⟦financial|Dispo von 5.000 €⟧ gekündigt. Mama will das Haus nicht verlieren."`,
  ],
  [
    "de",
    "health:tsv:structured",
    `Sortiere die Liste nach Station:

Name	Station	Diagnose	Isolation
Brigitte Haas	3A	⟦health|MRSA-Besiedlung⟧	ja
Otto Keller	2B	⟦health|Clostridioides-difficile-Enteritis⟧	ja
Renate Wolf	3A	⟦health|Influenza A⟧	ja`,
  ],
  [
    "de",
    "identity:http:structured",
    `Warum lehnt der Proxy diese Anfrage ab?

GET /api/v1/kunden/4471 HTTP/1.1
Host: crm.intern
X-Kunde-Name: Dominik Fuchs
X-Kunde-Tel: ⟦phone|+43 664 1212980⟧
X-Kunde-IBAN: ⟦iban|AT47 4000 8677 9931 7332⟧`,
  ],
  [
    "fr",
    "health:email:free",
    `Tu peux relire ce mail avant que je l'envoie à la DRH ?

Bonjour Claire, comme convenu je vous informe que Guillaume Morel reprend à mi-temps thérapeutique le 5 janvier. Je précise, avec son accord, que ses absences de l'automne étaient liées à un ⟦health|burn-out sévère⟧ et qu'il est suivi pour une ⟦health|dépression⟧. Cordialement, Annick`,
  ],
  [
    "fr",
    "financial:payslip:structured",
    `Pourquoi le net à payer a baissé ? Extrait de la fiche de paie :

Salarié : Kevin Dubois
Salaire de base      ⟦financial|2 410,00 €⟧
Saisie sur salaire   -⟦financial|287,33 €⟧
Net à payer          ⟦financial|1 598,12 €⟧
Versé sur ⟦iban|FR0917918664624625784242424⟧`,
  ],
  [
    "fr",
    "health:fhir:structured",
    `Ce bundle FHIR passe pas la validation, pourquoi ?

{"resourceType":"Condition","subject":{"display":"Amélie Girard"},"code":{"text":"⟦health|sclérose en plaques rémittente⟧"},"note":[{"text":"⟦health|traitement par ocrélizumab⟧"}],"recordedDate":"2026-10-02"}`,
  ],
  [
    "fr",
    "identity:vcard:structured",
    `Comment fusionner ces doublons dans mes contacts ?

BEGIN:VCARD
FN:Benoît Carpentier
TEL;TYPE=CELL:⟦phone|+33 6 12 34 88 09⟧
BDAY:⟦date_of_birth|1979-02-28⟧
ADR;TYPE=HOME:;;⟦street_address|12 rue des Tanneurs;Strasbourg;;67000;France⟧
END:VCARD`,
  ],
  [
    "es",
    "health:email:free",
    `¿Puedes hacer este correo más corto? Es para el tutor de mi hija:

Hola, Jorge. Te escribo por Carla Sanz, de 2.º B. Como sabes, estuvo ingresada en octubre. Ahora ya podemos decirlo: tiene ⟦health|anorexia nerviosa⟧ y está en el ⟦health|hospital de día⟧ por las mañanas. Volverá a clase por las tardes. Gracias, Mercedes`,
  ],
  [
    "es",
    "financial:json:structured",
    `¿Qué campo sobra en este JSON según el schema?

{"solicitante":"Adrián Molina Vega","dni":"⟦national_id|60873136W⟧","ingresos_mensuales":⟦financial|2150⟧,"deudas":[{"entidad":"Cetelem","saldo":⟦financial|6380⟧}],"asnef":true}`,
  ],
  [
    "es",
    "health:notes:adversarial",
    `Pásalo a limpio: "Pcte. Sra. Remedios Vidal, 58a. AP: ⟦health|DM2⟧ mal controlada (⟦health|HbA1c 9,1 %⟧), ⟦health|HTA⟧, ⟦health|dislipemia⟧. Tto: ⟦health|metformina 850 mg/12h⟧, ⟦health|enalapril 20 mg⟧."`,
  ],
  [
    "it",
    "health:email:free",
    `Correggi questa mail per l'ufficio personale:

Buongiorno, vi informo che il mio collaboratore Stefano Galli sarà assente per un ricovero programmato. Lui stesso mi ha chiesto di specificarlo: si tratta di un ⟦health|intervento per tumore al colon⟧ e poi farà ⟦health|chemioterapia adiuvante⟧. Cordiali saluti, Paola`,
  ],
  [
    "it",
    "identity:yaml:structured",
    `Questo docker-compose non parte, perché?

services:
  app:
    environment:
      - ADMIN_NOME=Alessandro Villa
      - ADMIN_CF=⟦national_id|CNTSFN90T63H501O⟧
      - ADMIN_CELL=⟦phone|+393123452408⟧
      - DB_PASSWORD=⟦password|Vesuvio#2026!db⟧`,
  ],
  [
    "it",
    "financial:chat:adversarial",
    `rendilo più gentile: "Marco Fontana mi deve ⟦financial|ancora 1.800€⟧ e intanto si compra la moto. con uno ⟦financial|stipendio da 2.600 netti⟧ potrebbe pagare"`,
  ],
  [
    "pt",
    "health:email:free",
    `Melhora este email para o meu chefe, por favor:

Bom dia, Rui. Conforme combinado, informo que a Catarina Sousa vai entrar de baixa na próxima semana. Ela autorizou-me a partilhar: está ⟦health|grávida de 30 semanas⟧ e tem ⟦health|pré-eclâmpsia⟧, por isso o obstetra mandou repouso. Cumprimentos, Sofia`,
  ],
  [
    "pt",
    "identity:sql:structured",
    `Porque é que esta query dá erro?

INSERT INTO utentes (numero_utente, nome, nif, telemovel)
VALUES ('⟦medical_record|289114573⟧', 'Joaquim Mendes', '⟦national_id|260682233⟧', '⟦phone|+351 912 349 772⟧')`,
  ],
  [
    "pt",
    "financial:payslip:structured",
    `Explica-me este recibo de vencimento:

Trabalhador: Vanessa Ribeiro
Vencimento base ⟦financial|1.120,00 €⟧
IRS -89,00 €
Seg. Social -123,20 €
Penhora -⟦financial|150,00 €⟧
Líquido ⟦financial|757,80 €⟧`,
  ],
  [
    "nl",
    "health:letter:free",
    `Kun je deze brief in begrijpelijke taal samenvatten? Hij gaat over mijn moeder.

Geachte mevrouw Annelies Koster, naar aanleiding van de MRI van 14 november kunnen wij u meedelen dat er sprake is van een ⟦health|hernia op niveau L4-L5⟧. Wij adviseren ⟦health|fysiotherapie⟧ en ⟦health|naproxen 500 mg⟧ tweemaal daags.`,
  ],
  [
    "nl",
    "financial:markdown:structured",
    `Maak van dit lijstje een nette tabel:

- Ruud Peeters: ⟦financial|huurachterstand € 2.340⟧
- Ilse Maas: ⟦financial|energieschuld € 870⟧
- Bram Verbeek: geen schuld`,
  ],
  [
    "pl",
    "health:email:adversarial",
    `Skróć to: "Pani Basia (Barbara Sikora) z księgowości prosiła przekazać, że jej nieobecność to ⟦health|depresja poporodowa⟧, bierze ⟦health|sertralinę⟧ i wraca w marcu. Nie rozpowiadajcie."`,
  ],
  [
    "pl",
    "identity:json:structured",
    `Dlaczego walidacja odrzuca ten rekord?

{"pacjent":{"imie":"Grzegorz","nazwisko":"Pawlak","pesel":"⟦national_id|68060563514⟧","adres":"⟦street_address|ul. Długa 17/4, 80-827 Gdańsk⟧","rozpoznanie":"⟦health|POChP⟧"}}`,
  ],
  [
    "tr",
    "financial:chat:free",
    `Kardeşime ne cevap vereyim? "Abi, Cem Aksoy (eniştem) ⟦financial|120 bin TL kredi borcu⟧ varmış, maaşı da ⟦financial|32 bin TL⟧. Ablam bilmiyor."`,
  ],
  [
    "sv",
    "health:notes:structured",
    `Gör en tabell av det här:

Patient: Ingrid Sjöberg, pnr ⟦national_id|870314-0676⟧
Diagnos: ⟦health|reumatoid artrit⟧
Läkemedel: ⟦health|metotrexat 15 mg/vecka⟧, ⟦health|folsyra⟧
Senaste CRP: ⟦health|24⟧`,
  ],
];

/** Halves: entries alternate between A (tuning allowed) and B (report only) within each topic and form. */
const halves = alternatingHalves(ENTRIES, (entry) => `${entry[1].split(":")[0]}:${entry[1].split(":").at(-1)}`, "dev11");
writeMarkedSet("dev-11/a.jsonl", halves.a);
writeMarkedSet("dev-11/b.jsonl", halves.b);
