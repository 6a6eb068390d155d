/**
 * Development set 14, English entries (US, UK, Indian, Australian registers; the register is in `kind`). Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { luhn } from "../dev-10/values.js";

export const EN: MarkedEntry[] = [
  // --- health, positives ---------------------------------------------------------------------------------------
  [
    "en",
    "health:hr-email-us:free",
    `Can you make this less blunt before I send it? "Hi Dana, heads-up that Marcus Reyes in AP is out through the 21st. He ⟦health|had his gallbladder out⟧ Tuesday (⟦health|lap chole⟧) and the surgeon says no lifting for two weeks, so please reassign his invoices."`,
  ],
  [
    "en",
    "health:pharmacy-uk:free",
    `Make this text message friendlier: "Dear Mrs Okafor, your repeat prescription for ⟦health|sertraline 100mg⟧ and ⟦health|propranolol 40mg⟧ is ready to collect at the Market Street branch. Please bring photo ID."`,
  ],
  [
    "en",
    "health:leave-letter-in:free",
    `Pls rewrite formally: Respected Sir, my colleague Mr. Venkatesh Iyer got admitted in Apollo on 3rd with ⟦health|dengue⟧, his ⟦health|platelet count came down to 42,000⟧. He will need leave till Monday. Kindly do the needful and approve.`,
  ],
  [
    "en",
    "health:chat-au:free",
    `help me word a txt to the netball girls — Shaz's hubby Brett Kowalczyk just found out he's got ⟦health|bowel cancer⟧, ⟦health|stage 3⟧, starts ⟦health|chemo⟧ at the Austin next wk. want to organise meals without being weird about it`,
  ],
  [
    "en",
    "health:lab-csv-us:structured",
    `Flag anything out of range in this export:
patient,dob,test,value,unit,flag
"Lopez, Adriana",⟦date_of_birth|1979-02-14⟧,⟦health|HbA1c,9.4⟧,%,H
"Lopez, Adriana",⟦date_of_birth|1979-02-14⟧,⟦health|eGFR,38⟧,mL/min/1.73m2,L
"Lopez, Adriana",⟦date_of_birth|1979-02-14⟧,⟦health|LDL,162⟧,mg/dL,H`,
  ],
  [
    "en",
    "health:claim-icd-us:structured",
    `Check this claim line for coding errors:
Claim CLM-88213 | Member: Theodore Banks | DOB ⟦date_of_birth|06/30/1961⟧
Dx1: ⟦health|I50.22⟧  Dx2: ⟦health|E11.65⟧
CPT: ⟦health|93306⟧ (TTE complete) | Billed $1,240.00`,
  ],
  [
    "en",
    "health:card-uk:free",
    `Help me write a get-well card for Janet Fairweather from accounts. She's been ⟦health|in and out of hospital with her chest⟧ since October and word is it's ⟦health|the big C⟧ again, though she hasn't said so herself, so nothing too specific.`,
  ],
  [
    "en",
    "health:therapy-note-uk:structured",
    `Tidy this session note for the file:
Date: 14/10 | Client: Oliver Nakamura (32)
Presenting: ⟦health|panic attacks⟧, ⟦health|intrusive contamination thoughts⟧; ⟦health|Y-BOCS 26⟧
Plan: ⟦health|ERP⟧ weekly, continue ⟦health|fluoxetine 40 mg⟧, review with GP re ⟦health|sleep⟧`,
  ],
  [
    "en",
    "health:school-note-uk:free",
    `Please proofread before I send to the supply teacher: Ruby Ellison in 3B has ⟦health|type 1 diabetes⟧ and wears a ⟦health|Dexcom sensor⟧. If her reading drops under 4.0 she needs ⟦health|15g of glucose tablets⟧ from the red pouch, then a recheck after 15 minutes.`,
  ],
  [
    "en",
    "health:handover-uk:free",
    `turn this into a proper SBAR: bed 4 Mr Gallagher — post-op day 2 ⟦health|R hip hemiarthroplasty⟧, on ⟦health|enoxaparin 40mg⟧, ⟦health|delirious overnight⟧, pulled out his cannula twice, son is next of kin and wants a call before 10`,
  ],
  [
    "en",
    "health:handover-bed-uk:free",
    `Summarise for the morning huddle: Ward 7B bay 2 bed 12 at St Columba's — 84F admitted last night with ⟦health|urosepsis⟧, background of ⟦health|Alzheimer's⟧, ⟦health|DNACPR⟧ in place, daughter visiting at 2pm.`,
  ],
  [
    "en",
    "health:translation-uk:free",
    `Translate into Spanish for my mum's GP in Málaga: "My mother, Patricia Hollins, date of birth ⟦date_of_birth|12/03/1948⟧, takes ⟦health|warfarin 3mg⟧ daily, had a ⟦health|TIA⟧ in June and is ⟦health|allergic to penicillin⟧."`,
  ],
  [
    "en",
    "health:prior-auth-us:structured",
    `Rewrite this prior authorization so it reads better:
Insured: Kevin D. Marsh   Policy: HX-2240917
Requested: ⟦health|MRI lumbar spine w/o contrast⟧
Reason: ⟦health|L4-L5 disc herniation⟧ with ⟦health|radiculopathy⟧, failed 6 wks PT and ⟦health|gabapentin 300 mg TID⟧`,
  ],
  [
    "en",
    "health:fmla-us:free",
    `Draft an FMLA approval email for Tasha Greenwood: intermittent leave for her ⟦health|Crohn's flares⟧, est. 2–3 days a month, certified by her gastroenterologist, effective immediately.`,
  ],
  [
    "en",
    "health:sister-uk:free",
    `My sister Leanne Doyle was ⟦health|sectioned last night under section 2⟧ after a ⟦health|manic episode⟧. How do I write to the ward manager asking when I can visit and whether she's allowed her phone?`,
  ],
  [
    "en",
    "health:json-us:structured",
    `Why does this fail schema validation?
{"patient": "Ahmed Siddiqui", "mrn": "⟦medical_record|00483321⟧", "allergies": ["⟦health|latex⟧"], "meds": [{"name": "⟦health|apixaban⟧", "dose": "⟦health|5 mg BID⟧"}], "problems": ["⟦health|AF⟧", "⟦health|CKD 3b⟧"]}`,
  ],
  [
    "en",
    "health:referral-uk:free",
    `Shorten this referral: Dear Dr Whitcombe, thank you for seeing Mr Raymond Pike, 71, whom I am referring on the 2WW pathway with a 3-month history of ⟦health|PR bleeding⟧ and ⟦health|6 kg weight loss⟧. ⟦health|FIT 210⟧. ⟦health|Hb 98⟧. He lives alone and is anxious about the colonoscopy.`,
  ],
  [
    "en",
    "health:tenant-uk:free",
    `Note for the landlord, please make it polite: the tenant at ⟦street_address|Flat 2, 14 Ashgrove Road, Leeds LS6 2HT⟧ has told us she is on ⟦health|dialysis⟧ three times a week, so the boiler engineer cannot come on Mon/Wed/Fri mornings.`,
  ],
  [
    "en",
    "health:slack-us:free",
    `My manager sent this on Slack, is it ok to forward to the team? "FYI Chloe Brennan is ⟦health|14 weeks pregnant⟧, keep it quiet, it's ⟦health|high-risk⟧ because of her ⟦health|two previous miscarriages⟧ so go easy on her travel schedule."`,
  ],
  [
    "en",
    "health:clinic-abbrev-uk:free",
    `Expand the abbreviations: pt J. Whitaker 58M, PMHx ⟦health|T2DM⟧, ⟦health|HTN⟧, ⟦health|COPD GOLD 3⟧, ex-smoker 40 pk-yr. DHx ⟦health|metformin 1g bd⟧, ⟦health|ramipril 5mg od⟧, ⟦health|Trelegy 1 puff od⟧.`,
  ],
  [
    "en",
    "health:whatsapp-in:free",
    `Translate to Hindi for my aunty: "Sunita didi's reports came, ⟦health|TSH 11.2⟧ so doctor started ⟦health|Thyronorm 50 mcg⟧, and ⟦health|vitamin D is 9⟧ so weekly sachet also. Tell her not to skip."`,
  ],
  // --- financial, positives ------------------------------------------------------------------------------------
  [
    "en",
    "financial:dispute-us:free",
    `Write a dispute letter to my bank: I'm Andre Whitfield. On 11/02 a charge of ⟦financial|$1,486.20⟧ from "GLOBALTEK*SVC" posted to my checking account ⟦bank_account|000123847719⟧. I never authorized it and want provisional credit.`,
  ],
  [
    "en",
    "financial:arrears-uk:free",
    `Make this letter sound less threatening: Dear Mr Hughes, our records show your council tax account is ⟦financial|£842.17 in arrears⟧. If this is not paid within 14 days we will apply to the magistrates' court for a liability order.`,
  ],
  [
    "en",
    "financial:salary-chat-in:free",
    `Bro help me reply to this: "Rohit Malhotra's CTC is ⟦financial|28 LPA⟧ but in-hand only ⟦financial|1.72 lakh⟧, he already has ⟦financial|home loan EMI of 48k⟧, can he take a car loan also or he'll drown?"`,
  ],
  [
    "en",
    "financial:rent-text-au:free",
    `Tidy this text to my tenant: Hi Kylie Marsden, rent's now 3 weeks behind, ⟦financial|$1,950 outstanding⟧. If it's not paid by Friday I'll have to issue a notice to remedy through the RTA. Happy to talk about a plan.`,
  ],
  [
    "en",
    "financial:underwriting-us:structured",
    `Summarize the file for the credit committee:
Applicant: Samantha Ortiz
⟦financial|FICO 582⟧ | ⟦financial|DTI 47%⟧
Derogs: ⟦financial|two 60-day lates⟧ (Capital One), ⟦financial|collections $3,210⟧ (Midland)
Requested: ⟦financial|$24,000 auto loan⟧`,
  ],
  [
    "en",
    "financial:bankruptcy-us:free",
    `Explain to me like I'm five: my landlord says Gary Lindqvist in unit 3 ⟦financial|filed Chapter 13⟧ in March and his ⟦financial|trustee payment is $640 a month for 60 months⟧. Does that mean he'll still pay rent?`,
  ],
  [
    "en",
    "financial:overdraft-uk:free",
    `Rewrite as a kind email: Nia Roberts, you've gone ⟦financial|£1,230 into an unarranged overdraft⟧ and your salary of ⟦financial|£2,140⟧ isn't due until the 28th. We can move you to an arranged limit if you call us.`,
  ],
  [
    "en",
    "financial:benefit-uk:free",
    `Put this journal entry in plain English for the claimant: Claimant Darren Moss — ⟦financial|sanction of £11.73/day⟧ applied for missed work-search appointment; ⟦financial|housing element £425⟧ continues; ⟦financial|advance repayment £62.40⟧ per assessment period.`,
  ],
  [
    "en",
    "financial:payroll-csv-us:structured",
    `Sum base + bonus per person:
emp_id,name,base,bonus,garnishment
1043,Lucia Ferreira,⟦financial|84000⟧,⟦financial|6500⟧,⟦financial|450/mo child support⟧
1044,Tom Beck,⟦financial|61000⟧,⟦financial|0⟧,
1045,Ivy Chen,⟦financial|102500⟧,⟦financial|12000⟧,`,
  ],
  [
    "en",
    "financial:loan-json-us:structured",
    `Is this payload valid for the /apply endpoint?
{"applicant": "Priya Raman", "annual_income": ⟦financial|96000⟧, "requested": ⟦financial|350000⟧, "credit_score": ⟦financial|701⟧, "existing_debt": {"student_loan": ⟦financial|28400⟧, "auto": ⟦financial|12750⟧}}`,
  ],
  [
    "en",
    "financial:split-table-au:structured",
    `Who owes who? Make it a clean table:
| name | owes | for |
|---|---|---|
| Jake Moreno | ⟦financial|$2,300⟧ | bond he never paid back |
| Tahlia Nguyen | ⟦financial|$480⟧ | power bill |
| Sam Ruiz | ⟦financial|$95⟧ | internet |`,
  ],
  [
    "en",
    "financial:salary-talk-uk:free",
    `My colleague Hannah Osei just told me she's on ⟦financial|£58k⟧ plus a ⟦financial|£6k retention bonus⟧, and I'm on £49k for the same job. Draft me an email to HR without dropping her in it.`,
  ],
  [
    "en",
    "financial:collections-us:structured",
    `Reword this for the debtor letter:
Acct: 7719002 | Debtor: Luis Carranza
⟦financial|Balance $4,812.55⟧ | Last pmt 02/2024 | Status: ⟦financial|placed with collections⟧`,
  ],
  [
    "en",
    "financial:divorce-uk:free",
    `Summarise for my client: under the consent order Mark Ellery pays Joanne Ellery ⟦financial|£1,100 a month spousal maintenance⟧ and transfers his half of the joint ISA (⟦financial|£23,400⟧) by 31 January.`,
  ],
  [
    "en",
    "financial:card-npa-in:free",
    `Make this recovery letter polite: Dear Mrs. Lakshmi Narayanan, your credit card outstanding of ⟦financial|₹1,84,560⟧ is overdue by 92 days and the account has been ⟦financial|classified as NPA⟧. Card number ⟦payment_card|${luhn("5241 8830 1276 449")}⟧.`,
  ],
  [
    "en",
    "financial:centrelink-au:free",
    `Explain this Centrelink letter to my neighbour Mia Tran in simple words: "A ⟦financial|debt of $6,420⟧ has been raised because your reported income was lower than your employer reported. Your ⟦financial|JobSeeker payment will be reduced by $58 per fortnight⟧."`,
  ],
  [
    "en",
    "financial:invoice-uk:free",
    `Chase this politely: Sophie Marsh's invoice for ⟦financial|£750⟧ (logo design) is 45 days late. Payment details: sort code ⟦bank_account|20-45-77⟧, account ⟦bank_account|63914820⟧.`,
  ],
  [
    "en",
    "financial:hr-garnish-us:free",
    `Help me write a confidential note to payroll: we got a wage garnishment order for Derek Sims — ⟦financial|25% of disposable earnings⟧ toward a ⟦financial|$9,870 judgment⟧, starting next pay period.`,
  ],
  // --- negatives ---------------------------------------------------------------------------------------------
  [
    "en",
    "neg-health:public-figure-uk:free",
    `Summarise in two lines: King Charles III announced in February 2024 that he had been diagnosed with a form of cancer and was starting regular treatment.`,
  ],
  [
    "en",
    "neg-health:fiction-us:free",
    `In House M.D., Gregory House takes Vicodin for chronic leg pain after a thigh infarction. Write an essay on how the show portrays his addiction.`,
  ],
  ["en", "neg-health:question-us:free", `What's the usual starting dose of sertraline for generalized anxiety, and how long before it kicks in?`],
  [
    "en",
    "neg-health:own-anonymous-us:free",
    `I was just diagnosed with type 2 diabetes, my HbA1c was 8.1%. What should I eat for breakfast that won't spike me?`,
  ],
  ["en", "neg-health:unnamed-relative-uk:free", `My dad has early-stage Parkinson's and keeps tripping on the stairs. Any tips for making the house safer?`],
  [
    "en",
    "neg-health:template-us:structured",
    `Fix the mustache syntax:
Dear {{patient_name}},
Your appointment for {{procedure}} on {{date}} is confirmed. Please stop taking {{medication}} 48 hours before and bring your insurance card.`,
  ],
  [
    "en",
    "neg-health:leaflet-uk:free",
    `Rewrite in plain English: "Metformin 500 mg tablets. Common side effects: nausea, diarrhoea, metallic taste. Do not take if you have severe kidney disease (eGFR below 30)."`,
  ],
  [
    "en",
    "neg-health:textbook-us:free",
    `Exam question: A 54-year-old man presents with crushing chest pain radiating to the left arm; ECG shows ST elevation in II, III and aVF. Which artery is most likely occluded?`,
  ],
  [
    "en",
    "neg-health:aggregate-uk:free",
    `Write a chart caption: according to Diabetes UK, 4.4 million people in the UK live with diabetes and about 1.2 million more may be undiagnosed.`,
  ],
  [
    "en",
    "neg-health:schema-us:structured",
    `What Postgres types should these columns have?
patient_id,dob,diagnosis_code,medication,dose,prescriber_npi`,
  ],
  [
    "en",
    "neg-health:public-figure-au:free",
    `Write a short bio paragraph: Kylie Minogue was diagnosed with breast cancer in 2005 and has since become an advocate for early screening.`,
  ],
  [
    "en",
    "neg-health:policy-uk:free",
    `Draft a school policy for pupils with asthma: reliever inhalers must be labelled with the pupil's name and kept in the classroom, with a spare in the office.`,
  ],
  [
    "en",
    "neg-health:guideline-in:free",
    `Sir, kindly summarise the ICMR guideline for dengue management: when is platelet transfusion advised and what is the fluid protocol?`,
  ],
  [
    "en",
    "neg-financial:company-uk:free",
    `Summarise: Tesco reported group sales of £68.2bn and statutory profit before tax of £2.29bn for the 2023/24 financial year.`,
  ],
  [
    "en",
    "neg-financial:template-us:structured",
    `Translate this template into Spanish, keep the variables:
Dear {{customer_name}}, your account ending {{last4}} is {{days_overdue}} days overdue with a balance of {{amount_due}}. Call {{support_phone}} to set up a plan.`,
  ],
  ["en", "neg-financial:question-uk:free", `How does a debt management plan affect your credit file in the UK, and for how long?`],
  ["en", "neg-financial:own-anonymous-us:free", `I make $72k and have about $18k in credit card debt at 24% APR. Avalanche or snowball?`],
  [
    "en",
    "neg-financial:public-figure-us:free",
    `Write a tweet: Bloomberg says Elon Musk's net worth fell by about $20 billion in a single day after Tesla's shares dropped 12%.`,
  ],
  [
    "en",
    "neg-financial:fiction-us:free",
    `In Breaking Bad, Walter White ends up with about $80 million buried in the desert. Write three discussion questions about greed for my class.`,
  ],
  [
    "en",
    "neg-financial:textbook-us:free",
    `A borrower takes a $250,000 mortgage at 6.5% fixed for 30 years. Show the monthly payment calculation step by step.`,
  ],
  [
    "en",
    "neg-financial:aggregate-us:free",
    `Make a slide bullet: per the New York Fed, US credit card balances reached $1.13 trillion in Q3 2023, with 90+ day delinquencies rising.`,
  ],
  [
    "en",
    "neg-financial:schema-us:structured",
    `Turn this into a zod schema:
{"applicant": "string", "annual_income": "number", "credit_score": "integer", "existing_debt": {"student_loan": "number", "auto": "number"}}`,
  ],
  [
    "en",
    "neg-financial:company-in:free",
    `Write a summary: Infosys reported Q2 FY25 revenue of ₹40,986 crore and net profit of ₹6,506 crore, up 4.7% year on year.`,
  ],
  ["en", "neg-financial:question-au:free", `What's the current JobSeeker rate for a single person with no kids, and how does the income test work?`],
  [
    "en",
    "neg-financial:sample-data-uk:structured",
    `Sample rows for a tutorial (fictional, generated):
| employee | salary |
|---|---|
| Employee A | £30,000 |
| Employee B | £42,500 |
Work out the median and mean.`,
  ],
];
