/** dev-24 English entries: records, exports and notes people paste (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // financial: payroll / HR exports, statements, loan and tax forms
  [
    "en",
    "financial:payroll-export:csv",
    "Can you find why the totals don't reconcile?\nemployee_id,name,dept,gross,net,bank_acct\nE1042,Priya Natarajan,Ops,⟦financial|6,250.00⟧,⟦financial|4,611.37⟧,⟦bank_account|4417829013⟧\nE1043,Tom Alvarez,Sales,⟦financial|5,980.00⟧,⟦financial|4,402.10⟧,⟦bank_account|9962155078⟧",
  ],
  [
    "en",
    "financial:hr-offer:email",
    "Fwd: Offer approval — Dana Whitcombe\nHi Lisa, comp approved for Dana: base ⟦financial|$142,000⟧, sign-on ⟦financial|$15,000⟧, 0.05% equity. Please draft the letter and make it sound warm.",
  ],
  [
    "en",
    "financial:bank-statement:table",
    "Pasted from my online banking, which of these are subscriptions?\nAccount holder: MR JAMES O'CONNELL   Account no: ⟦bank_account|41829370⟧  Sort code: ⟦bank_account|20-45-77⟧\n03 Nov  NETFLIX.COM        -15.99\n04 Nov  TFL TRAVEL CH       -8.40\n05 Nov  SALARY ACME LTD   +⟦financial|2,874.12⟧\nClosing balance ⟦financial|£1,206.55⟧",
  ],
  [
    "en",
    "financial:loan-application:form",
    "LOAN APPLICATION – PERSONAL\nApplicant name: Marcus Bell\nEmployer: Tri-County Hauling  Years: 6\nAnnual income:  ⟦financial|$71,400⟧\nMonthly rent/mortgage: ⟦financial|$1,650⟧\nOther debts (car loan): ⟦financial|$14,820 outstanding⟧\nRequested amount: $20,000\nrewrite this as a cover note for the underwriter",
  ],
  [
    "en",
    "financial:tax-form:form",
    "Form W-2 Wage and Tax Statement 2025\nb Employer identification number 84-2917735\ne Employee's name  Keisha M. Robinson\n1 Wages, tips, other comp  ⟦financial|58,214.90⟧\n2 Federal income tax withheld  ⟦financial|6,903.11⟧\nIs box 2 too low for a single filer?",
  ],
  [
    "en",
    "financial:insurance-claim:json",
    '{"claimId":"CLM-2025-118834","claimant":"Henrik Dahl","policy":"HO-3","lossType":"water damage","amountClaimed":"⟦financial|18,450.00⟧","payoutAccount":{"routing":"⟦bank_account|361686325⟧","account":"⟦bank_account|7730019842⟧"}} — summarise this claim for the adjuster',
  ],
  [
    "en",
    "financial:card-dispute:ticket",
    "Ticket #88213 (priority: high)\nCustomer: Olivia Grant\nSays she was double-charged at a hotel. Card on file ⟦payment_card|4939 8012 1556 8089⟧ exp 07/28. Please draft a reply explaining the chargeback timeline.",
  ],
  [
    "en",
    "financial:voice-note:voice",
    "transcribe cleanup pls: 'hey it's Raj, so for the deposit send it to my account, sort code ⟦bank_account|forty, twelve, sixty-six⟧, account number ⟦bank_account|seven three one, oh eight, two two nine⟧, and it's ⟦financial|eleven hundred pounds⟧ total, cheers'",
  ],
  [
    "en",
    "financial:debt-collections:free",
    "Write a firm but polite message to Brenda Kowalski: she still owes us ⟦financial|$3,280⟧ from the March invoice and her last payment bounced.",
  ],
  [
    "en",
    "financial:credit-report:table",
    "Credit report summary – Nathan Y. Cho\nFICO score  ⟦financial|612⟧\nRevolving utilisation  ⟦financial|87%⟧\nCollections  1 (medical, ⟦financial|$940⟧)\nWhat's the fastest way for him to get above 680?",
  ],
  ["en", "financial:alimony:free", "my ex, Carl Jennings, pays me ⟦financial|$1,900 a month⟧ in child support and it's late again — what can I do in Ohio?"],
  [
    "en",
    "financial:wire-form:form",
    "INTERNATIONAL WIRE REQUEST\nBeneficiary: Sofia Marchetti\nBeneficiary IBAN: ⟦iban|GB74 MJGE 1672 7683 3262 65⟧\nAmount: ⟦financial|GBP 9,500.00⟧\nPurpose: house deposit\nCheck I filled it in right",
  ],
  [
    "en",
    "financial:expense-report:yaml",
    'expense_report:\n  employee: Grace Whitfield\n  corporate_card: "⟦payment_card|5391 2727 1113 1863⟧"\n  trip: Denver offsite\n  total_reimbursable: ⟦financial|2317.45⟧\nconvert to a table please',
  ],
  // credentials: password managers, config files, tickets
  [
    "en",
    "credentials:password-manager:csv",
    "Exported from my password manager, dedupe this for me:\nname,url,username,password\nChase,https://chase.com,mwalsh84,⟦password|Tr0ut!Lake2019⟧\nGmail,https://accounts.google.com,m.walsh84,⟦password|vG7#pq2Lz!mW⟧\nChase (old),https://chase.com,mwalsh84,⟦password|Tr0ut!Lake2017⟧",
  ],
  [
    "en",
    "credentials:dotenv:env",
    "why does prisma say auth failed?\n\nNODE_ENV=production\nDATABASE_URL=⟦connection_string|postgresql://app_rw:Qm4r9vLx2Tz@db-prod-2.internal:5432/orders⟧\nSTRIPE_SECRET_KEY=⟦api_key|sk_live_51Nx8QpL2aR7vTq9Kd0ZyW3mHs4Fb⟧\nSESSION_SECRET=⟦password|f9c2e7a1b44d0e8c31a6⟧",
  ],
  [
    "en",
    "credentials:netrc:config",
    "my git pushes to the mirror keep prompting, here's ~/.netrc:\nmachine git.corp-mirror.net\n  login deploy-bot\n  password ⟦password|hX3vR8nq0Wpe⟧\nmachine api.heroku.com\n  login ana@ridgefield.io\n  password ⟦password|4f1e6a2c-9b7d-4e3a-8c1f-2d5b7e9a0c34⟧",
  ],
  [
    "en",
    "credentials:kubeconfig:yaml",
    "kubectl says unauthorized with this config, what's wrong?\napiVersion: v1\nkind: Config\nusers:\n- name: ci-deployer\n  user:\n    token: ⟦jwt|eyJhbGciOiJSUzI1NiIsImtpZCI6IjNwQ2sifQ.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6Y2k6ZGVwbG95ZXIifQ.Zk3pQ9rXw2mLs7vB0nT4yHc8aJe1fGd6⟧\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s.prod.tallpine.io:6443",
  ],
  [
    "en",
    "credentials:support-ticket:ticket",
    "Ticket #40917 — Can't log into payroll portal\nUser: Derek Owusu (finance)\nNotes: user says his password is ⟦password|Summer#2025!⟧ and it worked last week. Reset requested. Draft the reply telling him we reset it.",
  ],
  [
    "en",
    "credentials:wifi-handover:free",
    "Handover notes for the new office manager — guest wifi is OFFICE-GUEST / ⟦password|tealkettle48⟧, the alarm code is ⟦password|6604⟧, and the server room keypad is ⟦password|2718#⟧. Make it a tidy checklist.",
  ],
  [
    "en",
    "credentials:no-cue:free",
    "ok I'm logging into the router as admin with ⟦password|Blu3Harb0r!⟧ and it keeps bouncing me back to the login page, ideas?",
  ],
  [
    "en",
    "credentials:voice-note:voice",
    "clean up this voicemail: 'hi mum the new wifi password is ⟦password|capital P, purple, seven, seven, elephant⟧ no spaces, love you'",
  ],
  [
    "en",
    "credentials:docker-compose:yaml",
    "services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦password|r00t-Vx92!kd⟧\n      MYSQL_USER: shop\n      MYSQL_PASSWORD: ⟦password|sh0pPass_7731⟧\nwhy does the container restart in a loop",
  ],
  [
    "en",
    "credentials:json-config:json",
    'config.json is below, port to TOML:\n{"smtp":{"host":"smtp.mailgun.org","user":"postmaster@mg.brightlane.co","pass":"⟦password|b7f1c93e2d0a4f65⟧"},"github_token":"⟦api_key|ghp_R4nT8vKq2LmZ9xW1sYc6PdE3hFb0uJ7aQoN5⟧"}',
  ],
  [
    "en",
    "credentials:security-questions:form",
    "Account recovery form\nName: Harriet Lowe\nMother's maiden name: ⟦password|Penhaligon⟧\nFirst pet: ⟦password|Biscuit⟧\nPIN: ⟦password|4471⟧\nis this enough to get my account back?",
  ],
  // health: clinical notes, discharge summaries, labs, pharmacy labels, therapy notes
  [
    "en",
    "health:soap-note:note",
    "S: Mr. Okafor, 58, c/o chest tightness on exertion x2 wks.\nO: BP 152/94, HR 88. ECG: ST depression V4–V6.\nA: ⟦health|stable angina⟧, ⟦health|hypertension⟧ poorly controlled.\nP: start ⟦health|atorvastatin 40 mg⟧, refer cardiology.\nTurn this into a referral letter.",
  ],
  [
    "en",
    "health:discharge-summary:note",
    "DISCHARGE SUMMARY\nPatient: Eleanor Voss   MRN: ⟦medical_record|00731942⟧\nAdmitted: 14/10  Discharged: 19/10\nDiagnosis: ⟦health|community-acquired pneumonia⟧; ⟦health|COPD exacerbation⟧\nDischarge meds: ⟦health|amoxicillin 500 mg TDS x5 days⟧, ⟦health|prednisolone 30 mg OD⟧\nPlease simplify for the family.",
  ],
  [
    "en",
    "health:lab-report:table",
    "Lab results — Santiago Ferreira\nTest          Result   Ref\nHbA1c         ⟦health|8.9 %⟧    4.0–5.6\nFasting gluc  ⟦health|182 mg/dL⟧ 70–99\nLDL           131      <100\nexplain these to him in simple words",
  ],
  [
    "en",
    "health:pharmacy-label:ocr",
    "WALGR EENS  #04412\nRx 2291837   ANNA  P  LINDQVIST\n⟦health|SERTRALINE  HCL  50 MG  TAB⟧\nTAKE 1 TABLET BY MOUTH DAILY\nQty 30  Refills 3\nwhat does this label say? the print is tiny",
  ],
  [
    "en",
    "health:therapy-notes:note",
    "Session 7 — client: Jordan Pike\nPresenting: ⟦health|panic attacks⟧ 3x/week, avoiding the bus. ⟦health|Generalised anxiety disorder⟧ per intake. Discussed exposure ladder.\nHelp me write a progress summary for the EAP.",
  ],
  [
    "en",
    "health:insurance-claim:form",
    "CLAIM FORM – SECTION B (to be completed by physician)\nPatient: Wilhelmina Carter\nDiagnosis: ⟦health|torn ACL, left knee⟧ (ICD-10 S83.512A)\nProcedure: ⟦health|arthroscopic ACL reconstruction⟧\nCheck the ICD code matches the diagnosis.",
  ],
  [
    "en",
    "health:hr-leave:email",
    "Subject: Leave request – Aaron Fitzgerald\nHi HR, Aaron will be off for 6 weeks from Monday for ⟦health|chemotherapy⟧ (⟦health|Hodgkin lymphoma⟧). Can you confirm his sick pay entitlement?",
  ],
  [
    "en",
    "health:patient-list:csv",
    "Clean up the formatting:\npatient,ward,dx,allergy\nBeatrice Moon,4B,⟦health|sepsis⟧,penicillin\nLeon Hartley,4B,⟦health|DKA⟧,none\nRuth Abiodun,4C,⟦health|post-op hip fracture⟧,latex",
  ],
  [
    "en",
    "health:voice-note:voice",
    "tidy my dictation: 'patient Mrs Gallagher seen today, her ⟦health|INR is four point two⟧ on ⟦health|warfarin⟧, hold two doses and recheck Friday'",
  ],
  [
    "en",
    "health:school-form:form",
    "Student Medical Information\nStudent: Ethan Brooks  Grade: 5\nConditions: ⟦health|type 1 diabetes⟧, ⟦health|peanut allergy (anaphylaxis)⟧\nMedication at school: ⟦health|insulin pump⟧, EpiPen\nmake this a one-page note for the field trip teacher",
  ],
  ["en", "health:pregnancy:free", "Write a handover to the weekend team: Claire Dunmore is ⟦health|24 weeks pregnant⟧ and should not be on the ladder rota."],
  [
    "en",
    "health:genetic-report:note",
    "Genetic counselling letter draft: Dear Ms Halvorsen, your test showed a ⟦health|pathogenic BRCA2 variant⟧. We recommend discussing risk-reducing options. Make it gentler.",
  ],
  // driver_license: car rental, DMV, HR onboarding, insurance
  [
    "en",
    "driver_license:car-rental:form",
    "RENTAL AGREEMENT – DRIVER DETAILS\nPrimary driver: Mateo Rinaldi\nDriver licence no.: ⟦driver_license|R4127730⟧  State: CA  Exp: 03/2029\nAdditional driver: none\nrewrite as a confirmation email",
  ],
  [
    "en",
    "driver_license:dmv-form:form",
    "Application for Duplicate License (MV-44)\nName: Yolanda Price\nNY DMV ID no.: ⟦driver_license|412 883 907⟧\nReason: lost\nWhat else do I need to bring?",
  ],
  [
    "en",
    "driver_license:uk-counterpart:free",
    "the hire desk wants my licence number and a check code, my number is ⟦driver_license|MORGA753116SM9IJ⟧ — how do I get the check code from DVLA?",
  ],
  [
    "en",
    "driver_license:onboarding:csv",
    "Fleet drivers to add to insurance:\nname,licence,state,expiry\nCody Ferris,⟦driver_license|D2087714⟧,TX,2028-04\nMaya Lindgren,⟦driver_license|L530-417-88-201-0⟧,FL,2027-11",
  ],
  [
    "en",
    "driver_license:accident-report:note",
    "Accident report notes: other driver Paul Haverty, DL ⟦driver_license|S4471928⟧ (NJ plate), insurer Progressive. Turn into a formal statement for my insurer.",
  ],
  [
    "en",
    "driver_license:voice-note:voice",
    "transcript: 'yeah so my licence number is ⟦driver_license|W, two, two, six, eight, one, four, nine⟧ and it expires next June'",
  ],
  [
    "en",
    "driver_license:india-dl:form",
    "KYC form for the bike rental:\nName: Arjun Mehta\nDriving Licence No: ⟦driver_license|MH12 20190034567⟧\nValid till: 2039\ncan you check all fields are filled?",
  ],
  // negatives
  [
    "en",
    "neg-financial:payroll-aggregate:csv",
    "dept,headcount,avg_gross,median_net\nOps,42,6100,4480\nSales,35,5900,4390\nFind which department has the widest pay gap given these averages.",
  ],
  [
    "en",
    "neg-financial:blank-loan:form",
    "LOAN APPLICATION – PERSONAL\nApplicant name: ____________\nAnnual income: $__________\nMonthly rent/mortgage: $______\nTranslate this blank form to Spanish.",
  ],
  ["en", "neg-financial:w2-instructions:free", "On a W-2, what goes in box 1 versus box 3, and why can box 1 be lower than box 5 for a 401(k) participant?"],
  [
    "en",
    "neg-financial:public-company:free",
    "Apple reported revenue of $94.9 billion last quarter; compare to Microsoft's $65.6 billion and explain the difference in margins.",
  ],
  [
    "en",
    "neg-financial:test-card:ticket",
    "QA ticket: checkout fails with Stripe test card 4242 4242 4242 4242 and any future expiry; works with 4000 0000 0000 0077. Write repro steps.",
  ],
  [
    "en",
    "neg-credentials:dotenv-example:env",
    "Is this .env.example fine to commit?\nDATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/mydb\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nSESSION_SECRET=${SESSION_SECRET}",
  ],
  [
    "en",
    "neg-credentials:password-policy:free",
    "Write a password policy: at least 14 characters, no reuse of the last 5 passwords, lockout after 10 failed attempts, MFA required for admin.",
  ],
  [
    "en",
    "neg-credentials:kubeconfig-template:yaml",
    "users:\n- name: ci-deployer\n  user:\n    token: <REDACTED>\n    client-key-data: ${CLIENT_KEY}\nexplain what each field of this kubeconfig does",
  ],
  [
    "en",
    "neg-credentials:pm-csv-header:csv",
    "My password manager wants a CSV with columns name,url,username,password,notes. What's the header order for importing into Bitwarden?",
  ],
  [
    "en",
    "neg-health:leaflet:free",
    "Summarise this leaflet: Sertraline 50 mg is usually taken once a day. Common side effects include nausea and trouble sleeping. Do not stop suddenly.",
  ],
  [
    "en",
    "neg-health:soap-template:note",
    "S: [chief complaint, duration]\nO: BP __/__, HR __\nA: [diagnosis]\nP: [plan, meds, follow-up]\nMake a SOAP note template for physio visits with these headings.",
  ],
  ["en", "neg-health:ward-stats:table", "Ward 4B, October: 31 admissions, 6 sepsis, 4 DKA, 9 hip fractures; average stay 5.2 days. Chart this as a bar graph."],
  [
    "en",
    "neg-health:textbook-case:note",
    "Case study for nursing students: a 67-year-old man presents with crushing chest pain radiating to the left arm. What are the first three nursing actions?",
  ],
  [
    "en",
    "neg-health:public-figure:free",
    "Lou Gehrig was diagnosed with ALS in 1939; write a paragraph on how his case changed public awareness of the disease.",
  ],
  [
    "en",
    "neg-driver_license:format-question:free",
    "How many characters does a UK driving licence number have, and what do the digits after the surname encode?",
  ],
  [
    "en",
    "neg-driver_license:blank-rental:form",
    "RENTAL AGREEMENT – DRIVER DETAILS\nPrimary driver: ______\nDriver licence no.: ______  State: __  Exp: __/____\nWhich fields are legally required in California?",
  ],
  ["en", "neg-driver_license:dmv-process:free", "What documents do I need at the DMV to replace a lost licence in New York, and is the MV-44 form still used?"],
  [
    "en",
    "neg-financial:claim-id:json",
    '{"claimId":"CLM-2025-000000","claimant":"<name>","amountClaimed":"0.00","status":"draft"} — what JSON schema would validate this?',
  ],
];
