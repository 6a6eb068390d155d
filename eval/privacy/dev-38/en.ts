/** Development set 38, English (US, UK, Indian, Nigerian, Australian registers); see README.md. Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // biometric
  [
    "en",
    "biometric:hr-export:sheet",
    `emp_id	full_name	dept	fp_template_b64	enrolled
E-2291	Marcus Oyelaran	Logistics	⟦biometric|Rk1SACAyMAAAAAFeAAABQAHgAMUAxQEAAAA8RIBnAEpbAEBwAGVjAECPAHFhAECiAI1l⟧	2026-03-02
can you turn this into a markdown table for the onboarding doc`,
  ],
  [
    "en",
    "biometric:vendor-ticket:email",
    `---------- Forwarded message ---------
From: Priya Natarajan <priya.n@clinic-ops.net>
Subject: face unlock re-enrolment

Hi team, the FaceID export for Dr. Tomasz Wilk is below, the kiosk rejected it:
face_embedding = ⟦biometric|[0.0841, -0.2217, 0.1390, 0.0062, -0.1748, 0.2931, -0.0415, 0.1186]⟧
Can someone tell me if 8 dimensions is normal??`,
  ],
  [
    "en",
    "biometric:ocr-letter:ocr",
    `DNA  ANALYSIS  REPORT      Case  ref  44-118
Subject :  Ms  Rosalind  Achebe
Y-STR  haplotype :  ⟦biometric|DYS19=14  DYS389I=13  DYS390=24  DYS391=11⟧
 Result  pa ge  1 / 2
summarize this paternity report in plain english`,
  ],
  [
    "en",
    "biometric:voice-note:voice",
    `transcript of voicemail 09:12 — hi it's Gavin Hurst from the bank's voice ID team, your voiceprint reference is ⟦biometric|V P dash seven seven one four dash alpha⟧, we matched ⟦biometric|ninety two percent of your voice signature⟧ on the last call, please call back. [end] — please write a short reply email`,
  ],
  [
    "en",
    "biometric:screenshot:screenshot",
    `screenshot shows the access-control admin page: user "Leanne Moffat", badge 40017, column "Iris code (hex)" = ⟦biometric|9f3a00c1e87b44d2a0b5c9e1f7d3306a⟧, status "active". Why would her iris scan keep failing at door 3?`,
  ],
  [
    "en",
    "biometric:code-fixture:code",
    `# tests/fixtures/users.py  (copied from prod to reproduce bug 512!)
USERS = [
    {"name": "Harriet Kowal", "palm_vein_hash": "⟦biometric|pv1$7c2e91ab0f44d1e8c6a3b2f09d7e5a11⟧"},
]
why does the matcher return None for this user`,
  ],
  [
    "en",
    "neg-biometric:docs:code",
    `From the SDK README:
    template = sdk.enroll(image)  # returns base64 ISO 19794-2, e.g. "Rk1SACAyMAAAAA..." (truncated)
What is the max length of an ISO 19794-2 template and can I store it in a VARCHAR?`,
  ],
  [
    "en",
    "neg-biometric:own-question:chat",
    `me: is it safer to use face unlock or a 6-digit PIN on an android phone? my bank app lets me pick either, i'm not sure how the face data is stored`,
  ],
  [
    "en",
    "neg-biometric:fiction:screenshot",
    `screenshot from the game Cyber Sprawl 2077: "RETINA SCAN: AGENT VOSS — MATCH 99.2% — ACCESS GRANTED". Is Agent Voss in the sequel too?`,
  ],
  [
    "en",
    "neg-biometric:schema:sheet",
    `column_name	type	note
user_id	uuid	primary key
face_embedding	float4[512]	ArcFace, L2-normalised
enrolled_at	timestamptz
what index should I use for nearest neighbour search on face_embedding in postgres`,
  ],
  // financial
  [
    "en",
    "financial:salary-sheet:sheet",
    `Name,Role,Base,Bonus
Okonkwo Adeyemi,Driver,⟦financial|£31,400⟧,⟦financial|£1,200⟧
Shauna Doyle,Dispatcher,⟦financial|£28,950⟧,0
pls sum the base column and tell me the average`,
  ],
  [
    "en",
    "financial:debt-email:email",
    `> On Mon, 12 Oct, Keith Barrow wrote:
> Just so you know I'm ⟦financial|about 14 grand behind⟧ on the van loan and the credit card is ⟦financial|maxed at 6.5k⟧, so I can't do the holiday.
Can you help me reply kindly to my brother-in-law without mentioning money?`,
  ],
  [
    "en",
    "financial:loan-ocr:ocr",
    `LOAN  STATEMENT
Borrower :   Adaeze  N.  Chukwu
Outstand ing  balance   ⟦financial|NGN  4,812,300.00⟧
Account  No.  ⟦bank_account|0123 4 56789⟧
Arrears   ⟦financial|3  months⟧
explain what "arrears" means here`,
  ],
  [
    "en",
    "financial:voice-card:voice",
    `[call transcript, auto] customer Dwayne Pickett: yeah the card is ⟦payment_card|four five three nine, six six one one, five seven five zero, nine two nine one⟧, expiry oh nine twenty eight. agent: thank you. — Summarise this call for the CRM note`,
  ],
  [
    "en",
    "financial:credit-score-chat:chat",
    `[10:41] Fatima Qureshi: got my Experian back, ⟦financial|score 542⟧, ⟦financial|two defaults from 2023⟧ 😬
[10:42] me: oof
write a supportive reply`,
  ],
  [
    "en",
    "financial:payslip-screenshot:screenshot",
    `screenshot of a payslip, top says "Wilson & Rudd Ltd — Employee: Ciaran Walsh — Period 11". Lines: Gross pay ⟦financial|£3,412.50⟧, Tax ⟦financial|£478.00⟧, Net ⟦financial|£2,611.08⟧. Is the tax right for a 1257L code?`,
  ],
  [
    "en",
    "financial:in-salary:chat",
    `Vikram Sethi's CTC is ⟦financial|18.5 LPA⟧ and in-hand around ⟦financial|1.22 lakh per month⟧, he wants to switch for 25 LPA. Draft a counter-offer email from HR.`,
  ],
  [
    "en",
    "financial:bank-form:form",
    `Direct Deposit Form
Employee name: Tamsin Greer
Routing #: ⟦bank_account|021000021⟧   Account #: ⟦bank_account|483920175516⟧
Type: Checking
check this form is filled in right`,
  ],
  [
    "en",
    "financial:written-salary:chat",
    `My colleague Rhys Pemberton told me he's on ⟦financial|70k a year⟧ and I'm on 58k for the same job. How do I bring this up with my manager?`,
  ],
  [
    "en",
    "neg-financial:public-figure:email",
    `Fwd: the CEO pay story — Tim Cook's 2023 compensation was reported as about $63 million in Apple's proxy statement. Can you turn this into a one-line headline?`,
  ],
  [
    "en",
    "neg-financial:doc-example:code",
    `// Stripe docs test card
const card = "4242 4242 4242 4242"; // any future expiry, any CVC
why does my integration test say card_declined with this?`,
  ],
  [
    "en",
    "neg-financial:aggregate:sheet",
    `Region,Median salary,Headcount
North,£31,200,412
South,£36,900,388
what is the weighted mean across regions`,
  ],
  ["en", "neg-financial:own-question:chat", `If I earn 70k a year in the UK how much take-home pay do I get after tax and NI, roughly?`],
  [
    "en",
    "neg-financial:fiction:voice",
    `voice memo transcript: "ok so in chapter four Mr Darcy has ten thousand a year, and Bingley has four or five, and Mrs Bennet won't shut up about it" — can you explain what ten thousand a year would be today`,
  ],
  [
    "en",
    "neg-financial:band-date:sheet",
    `Pink Floyd - 1973-03-01
Led Zeppelin - 1971-11-08
Fleetwood Mac - 1977-02-04
which of these album release dates is wrong?`,
  ],
  // health
  [
    "en",
    "health:gp-letter:ocr",
    `Dear  Dr  Mensah ,
Re :  Mr  Dennis  Albright   DOB  14/0 3/1958
Thank  you  for  seeing  this  gentleman  with  ⟦health|poorly  controlled  T2DM⟧  and  ⟦health|IHD⟧ .
He  is  on  ⟦health|metformin  1g  BD⟧ .
pls tidy up this scanned referral letter`,
  ],
  [
    "en",
    "health:ward-list:sheet",
    `Bed 4 - Gloria Fenwick - ⟦health|IHD, T2DM⟧
Bed 5 - Arthur Pell - ⟦health|NSTEMI day 2⟧
Bed 6 - empty
turn into a handover table with columns bed/name/problem`,
  ],
  [
    "en",
    "health:school-email:email",
    `From: office@stmarys-primary.sch.uk
Subject: re: Noah Fairbanks (Year 3)

Mum has confirmed Noah has ⟦health|type 1 diabetes⟧ and carries ⟦health|insulin pens⟧; he also has ⟦health|a severe peanut allergy⟧ (EpiPen in the office).
Please write the class teacher a summary.`,
  ],
  [
    "en",
    "health:voice-note:voice",
    `voice note → text: "hey it's me, quick one, Bernadette from accounts is off again, she told me it's ⟦health|the chemo⟧ for her ⟦health|breast cancer⟧, second round, so cover her invoices till Friday" — make this a polite team message without the medical bit`,
  ],
  [
    "en",
    "health:claim-form:form",
    `INSURANCE CLAIM — Part B
Claimant: Oluwaseun Bakare
Diagnosis (ICD-10): ⟦health|F32.1 moderate depressive episode⟧
Treatment: ⟦health|sertraline 50mg⟧, 6 CBT sessions
is ICD-10 the right field or should it be ICD-11?`,
  ],
  ["en", "neg-health:unnamed-relative:chat", `my dad has type 2 diabetes and high blood pressure, what breakfasts would be good for him that aren't boring`],
  [
    "en",
    "neg-health:public-figure:email",
    `FW: news clip — King Charles announced in February 2024 that he was being treated for cancer. Please summarise in one sentence for the newsletter.`,
  ],
  [
    "en",
    "neg-health:template:form",
    `Patient: $name
DOB: $dob
Diagnosis: $diagnosis
Medication: $meds
how do I fill these placeholders from a python dict with string.Template?`,
  ],
  [
    "en",
    "neg-health:textbook:ocr",
    `CASE  STUDY  3 .  A  58-year-old  man  presents  with  chest  pain  radiating  to  the  left  arm .  ECG  shows  ST  elevation .
what is the most likely diagnosis (textbook question)`,
  ],
  // credentials
  [
    "en",
    "credentials:env-paste:code",
    `getting 401 from openai, here's my .env:
OPENAI_API_KEY=⟦api_key|sk-proj-Qm7vT2kXe9LwR4bNp8JsY1cZ0aFhG6dU3oVi5tMn⟧
DB_PASSWORD=⟦password|Hb!4ruler-Kettle⟧
what am I doing wrong`,
  ],
  [
    "en",
    "credentials:recovery-codes:screenshot",
    `screenshot of my boss Gerald Finch's 2FA page (he asked me to save it): backup codes ⟦password|4821-7730⟧ ⟦password|9062-1184⟧ ⟦password|3357-6019⟧. Where is a safe place to keep these?`,
  ],
  [
    "en",
    "credentials:support-chat:chat",
    `Agent Kim: for verification please confirm the answer to your security question
Customer (Dolores Fitch): mother's maiden name is ⟦password|Featherstonehaugh⟧ and the PIN is ⟦password|7719⟧
— rewrite this chat log for the QA review`,
  ],
  [
    "en",
    "credentials:voice-pin:voice",
    `auto-transcribed: "...and the alarm code for the Hendricks house is ⟦password|two nine four one⟧, the wifi is ⟦password|bluebell cottage twenty two⟧ all lowercase no spaces..." make a checklist for the house sitter`,
  ],
  [
    "en",
    "credentials:ocr-sticky:ocr",
    `OCR of a sticky note on Joan Pryce's monitor:
 l0gin : jpryce
 pw :  ⟦password|Summer2026!!⟧
 bank  pin  ⟦password|0 4 1 7⟧
what should I tell her about this during the security audit`,
  ],
  [
    "en",
    "neg-credentials:placeholder:code",
    `config.yaml:
  api_key: YOUR_API_KEY_HERE
  password: "<changeme>"
why does yaml say mapping values are not allowed here on line 2`,
  ],
  [
    "en",
    "neg-credentials:format-question:chat",
    `what's a good rule for a password policy, min 12 chars and one symbol? and should recovery codes be 8 digits or 10?`,
  ],
  [
    "en",
    "neg-credentials:doc-example:code",
    `AWS docs example:
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
how do I set these in a GitHub action?`,
  ],
  // passport
  [
    "en",
    "passport:visa-email:email",
    `Hi Aunty, for the visa letter they need:
Name: Chinedu Okafor
Passport No: ⟦passport|A09384716⟧, issued Abuja, expires 2031-05-18
Could you help me write the invitation letter to the embassy?`,
  ],
  [
    "en",
    "passport:mrz-ocr:ocr",
    `scanned passport page, text came out like:
P<GBRHOLLOWAY<<BRIDGET<ANNE<<<<<<<<<<<<<<<<<
⟦passport|5481930275GBR8804126F3107229<<<<<<<<<<<<<<04⟧
which field is the expiry date?`,
  ],
  [
    "en",
    "passport:booking-sheet:sheet",
    `Traveller | Passport | Nationality
Sandeep Rao | ⟦passport|Z7318246⟧ | IND
Lucy Tran | ⟦passport|N04829173⟧ | AUS
format this for the airline group booking form`,
  ],
  [
    "en",
    "neg-passport:specimen:ocr",
    `SPECIMEN passport from the ICAO 9303 document:
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10
explain how the check digit after L898902C3 is computed`,
  ],
  ["en", "neg-passport:format-question:chat", `how many characters is a UK passport number and is it letters or only digits?`],
  // national id
  [
    "en",
    "national_id:hr-onboarding:form",
    `New hire form (export)
Full name: Jerome Castellanos
SSN: ⟦us_ssn|529-41-8870⟧
Start date: 2027-01-04
why does the payroll import reject this record`,
  ],
  [
    "hi-Latn",
    "national_id:aadhaar-chat:chat",
    `Rakesh bhaiya ka Aadhaar ⟦national_id|6209 3394 1297⟧ aur PAN ⟦national_id|BQHPR4172K⟧ hai, KYC form ke liye English me format kar do`,
  ],
  [
    "en",
    "national_id:voice-ssn:voice",
    `caller (Marlene Hobbs) read out her social as ⟦us_ssn|five two nine, four one, eight eight seven oh⟧ — can you write the call summary without that?`,
  ],
  [
    "en",
    "neg-national_id:reserved:code",
    `test_data = {"ssn": "123-45-6789", "name": "John Doe"}  # dummy
is 123-45-6789 actually a valid SSN format or will the validator reject it?`,
  ],
  ["en", "neg-national_id:own-question:chat", `what is the difference between an NI number and a UTR in the UK and which one goes on my self assessment?`],
  // tax id
  [
    "en",
    "tax_id:accountant-email:email",
    `From: Marion Fletcher
To: bookkeeping@fletcher-mills.co.uk
Hi, for my return — UTR ⟦national_id|74219 36508⟧, NI ⟦national_id|JT 41 73 92 C⟧. Invoices attached.
Summarise what she needs from us.`,
  ],
  [
    "en",
    "tax_id:w9-ocr:ocr",
    `Form  W-9   ( Rev .  March  2024 )
1  Name :  Ezekiel  Boateng
Part  I   Taxpayer  Identification  Number
Social  security  number   ⟦us_ssn|4 1 7 - 6 2 - 3 0 5 9⟧
clean up this OCR so I can paste it into the vendor system`,
  ],
  [
    "en",
    "neg-tax_id:company:email",
    `Please add our supplier to the system: Acme Widgets Ltd, VAT GB 123 4567 89 (from their website footer), company no. 01234567.`,
  ],
  ["en", "neg-tax_id:format-question:chat", `is an EIN 9 digits like 12-3456789 and can a sole proprietor use their SSN instead?`],
];
