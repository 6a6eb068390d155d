/**
 * Development set 18, English entries (US, UK, Indian, Australian, Canadian registers in `kind`): health and money of
 * named or pin-pointed private people, and same-shape hard negatives. Marks: ⟦category|value⟧ (../marked-prompts.ts).
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- health, free text -------------------------------------------------------------------------------------------
  [
    "en",
    "health:chat-us:free",
    `can you help me write a card for Marisol Okafor from accounting? she just finished her last round of chemo for ⟦health|stage II ovarian cancer⟧ and I don't want it to sound cheesy`,
  ],
  [
    "en",
    "health:email-uk:free",
    `Draft a reply to HR: "Hi Priya, just to let you know Callum Pretorius will be off until the 14th — his GP has signed him off with ⟦health|work-related stress and anxiety⟧ and he's started on ⟦health|sertraline 50 mg⟧."`,
  ],
  [
    "en",
    "health:letter-uk:free",
    `Please shorten this referral: Dear Dr Achterberg, I would be grateful if you could see Mrs Glenys Harcourt (78), who has had three falls since June. She has ⟦health|Parkinson's disease⟧ diagnosed 2019, on ⟦health|co-careldopa 25/100 three times daily⟧, and her MMSE has dropped to ⟦health|21/30⟧.`,
  ],
  [
    "en",
    "health:chat-in:free",
    `My colleague Ramesh Iyengar's sugar reading was ⟦health|HbA1c 9.8%⟧ in the last test and the doctor said he is now ⟦health|type 2 diabetic⟧. Give me a simple South Indian diet chart I can share with him.`,
  ],
  [
    "en",
    "health:note-au:free",
    `Tidy up my handover note: Bed 12, Kylie Banfield, 34F, day 2 post ⟦health|emergency caesarean⟧ at 36 weeks, ⟦health|pre-eclampsia⟧, on labetalol, BP settling, baby in special care.`,
  ],
  [
    "en",
    "health:chat-us:free",
    `my roommate Tavish Connolly told me he's ⟦health|HIV positive⟧ and on ⟦health|Biktarvy⟧. how do I support him without making it weird?`,
  ],
  [
    "en",
    "health:email-ca:free",
    `Rewrite more politely: Coach, Brayden Mackenzie can't do contact drills this term because of his ⟦health|concussion⟧ in September and the neurologist says his ⟦health|post-concussion syndrome⟧ needs another 6 weeks.`,
  ],
  [
    "en",
    "health:school-us:free",
    `Summarise for the substitute teacher: Aaliyah Brooks (grade 4) has ⟦health|ADHD⟧ and takes ⟦health|Focalin XR 10 mg⟧ at home; Jonah Weiss has a ⟦health|severe peanut allergy⟧ and an EpiPen in the office.`,
  ],
  [
    "en",
    "health:chat-uk:free",
    `Is it normal to feel this tired after? Asking for my neighbour Doreen Whitlock, she had her ⟦health|hip replacement⟧ on Monday and her ⟦health|haemoglobin was 94⟧ when they discharged her.`,
  ],
  [
    "en",
    "health:note-us:free",
    `Make this sound professional for the case file: Client Deshawn Pruitt disclosed ⟦health|bipolar I disorder⟧, ⟦health|two psychiatric admissions⟧ in 2023, currently on ⟦health|lithium 900 mg⟧, last level ⟦health|0.7 mmol/L⟧.`,
  ],
  [
    "en",
    "health:hr-in:free",
    `Please draft a leave approval mail for Ms. Sunita Raghavan, who is ⟦health|22 weeks pregnant⟧ with ⟦health|gestational diabetes⟧ and needs work from home till delivery.`,
  ],
  // --- health, structured ------------------------------------------------------------------------------------------
  [
    "en",
    "health:soap-us:structured",
    `Convert to bullet points:\nS: Pt Harold Vossberg, 61M, c/o chest tightness x2 days.\nO: BP 162/98, troponin ⟦health|0.09 ng/mL⟧, ECG ⟦health|ST depression V4–V6⟧.\nA: ⟦health|NSTEMI⟧.\nP: Admit, heparin drip, cardiology consult.`,
  ],
  [
    "en",
    "health:discharge-uk:structured",
    `Proofread this discharge summary.\nPatient: Imogen Tulloch   NHS No: ⟦medical_record|747 434 1581⟧\nDiagnosis: ⟦health|community-acquired pneumonia⟧, ⟦health|COPD exacerbation⟧\nMedication on discharge: ⟦health|doxycycline 100 mg OD 5 days⟧, ⟦health|prednisolone 30 mg⟧\nFollow-up: respiratory clinic 6 weeks.`,
  ],
  [
    "en",
    "health:csv-us:structured",
    `Why is pandas reading the last column as object?\npatient_name,mrn,test,result,unit\nLorenzo Bianchi-Ward,⟦medical_record|MRN448120⟧,potassium,⟦health|6.1⟧,mmol/L\nEsther Nakashima,⟦medical_record|MRN448131⟧,creatinine,⟦health|2.4⟧,mg/dL\nTobias Fenn,⟦medical_record|MRN448157⟧,TSH,⟦health|<0.01⟧,mIU/L`,
  ],
  [
    "en",
    "health:json-us:structured",
    `Validate this against our schema: {"resourceType":"Condition","subject":{"display":"Rosalind Quaye"},"code":{"coding":[{"system":"http://snomed.info/sct","code":"35489007","display":"⟦health|Depressive disorder⟧"}]},"clinicalStatus":{"text":"active"}}`,
  ],
  [
    "en",
    "health:hl7-us:structured",
    `Parse this HL7 and list the fields:\nMSH|^~\\&|LAB|MERCY|EHR|MERCY|202611301022||ORU^R01|88213|P|2.5\nPID|1||⟦medical_record|7730194⟧^^^MERCY^MR||Kowalczyk^Danuta||19580302|F\nOBX|1|NM|2345-7^Glucose^LN||⟦health|286⟧|mg/dL|70-99|H`,
  ],
  [
    "en",
    "health:table-au:structured",
    `Sort this by room:\n| Room | Resident | Diagnosis | Meds |\n|---|---|---|---|\n| 4 | Beryl Ostrowski | ⟦health|vascular dementia⟧ | ⟦health|donepezil⟧ |\n| 2 | Clive Argent | ⟦health|CHF⟧ | ⟦health|furosemide 40 mg⟧ |\n| 7 | Noeline Te Rangi | ⟦health|stage 3 pressure injury, sacrum⟧ | dressings |`,
  ],
  [
    "en",
    "health:claim-us:structured",
    `Why was this claim denied? Member: Gregory Alcantara  ID: ⟦medical_record|XQH882041937⟧  DOS 11/02/2026  ICD-10: ⟦health|F10.20⟧ (⟦health|alcohol dependence, uncomplicated⟧)  CPT 90837  Billed $185.00`,
  ],
  [
    "en",
    "health:rx-uk:structured",
    `Type this prescription up neatly:\nName: Mr Osian Prydderch   DOB: ⟦date_of_birth|14/07/1949⟧\nRx: ⟦health|warfarin 3 mg⟧ daily, INR target 2.5\nLast INR: ⟦health|4.2⟧ (high)`,
  ],
  [
    "en",
    "health:intake-ca:structured",
    `Fill the empty cells of this intake form summary:\nname: Genevieve Ouellet\nreason_for_visit: ⟦health|miscarriage follow-up⟧\nobstetric_history: ⟦health|G3P1⟧\nmental_health: ⟦health|postpartum depression 2024⟧\nallergies: none`,
  ],
  [
    "en",
    "health:yaml-in:structured",
    `Fix the indentation:\nemployee:\n  name: Arvind Kulkarni\n  emp_id: INF-22817\n  medical_leave:\n    reason: ⟦health|tuberculosis (pulmonary)⟧\n    treatment: ⟦health|DOTS category I⟧\n    from: 2026-10-01`,
  ],
  // --- money, free text ---------------------------------------------------------------------------------------------
  [
    "en",
    "fin:chat-us:free",
    `My brother-in-law Dustin Farraday owes ⟦financial|$48,300 in private student loans⟧ and just got a ⟦financial|wage garnishment⟧ notice. What are his options in Ohio?`,
  ],
  [
    "en",
    "fin:email-uk:free",
    `Make this sound less blunt: "Hi Fiona, Rhys Penhaligon's offer is ⟦financial|£64,500 base⟧ plus ⟦financial|a £7,000 sign-on bonus⟧, which is more than Kate Ellery gets at ⟦financial|£58,000⟧, so please keep it confidential."`,
  ],
  [
    "en",
    "fin:chat-in:free",
    `Mr. Venkatesh Subramaniam has a home loan EMI of ⟦financial|₹62,400⟧ and his CIBIL score is ⟦financial|611⟧. Is he likely to get a top-up loan? Explain simply.`,
  ],
  [
    "en",
    "fin:letter-au:free",
    `Summarise this letter: Dear Ms Tamsin Greenhalgh, our records show your account is in arrears by ⟦financial|$3,912.40⟧. Unless payment is received by 20 December, we will list a ⟦financial|default⟧ with Equifax.`,
  ],
  [
    "en",
    "fin:chat-us:free",
    `How should I split rent fairly? Me ($72k), Jordan Pike makes ⟦financial|$41k⟧ and has ⟦financial|$19k credit card debt⟧, and Lucía Ferreira-Hale makes ⟦financial|$115k⟧.`,
  ],
  [
    "en",
    "fin:note-ca:free",
    `Turn into a case note: Met with Mr. Kwame Asante re: ⟦financial|consumer proposal⟧. Total unsecured debt ⟦financial|$61,250⟧, CRA owes ⟦financial|$8,400 in back taxes⟧, net monthly income ⟦financial|$3,180⟧.`,
  ],
  [
    "en",
    "fin:email-us:free",
    `Please proofread: Tom, heads up that Renata Dubcek's 401(k) hardship withdrawal of ⟦financial|$22,000⟧ went through, and her account balance is now ⟦financial|$3,418.77⟧.`,
  ],
  // --- money, structured -------------------------------------------------------------------------------------------
  [
    "en",
    "fin:payslip-uk:structured",
    `Check the maths on this payslip:\nEmployee: Bethan Llewellyn-Ross   NI: ⟦national_id|JT 48 21 93 C⟧\nGross pay: ⟦financial|£3,416.67⟧\nTax: £449.20  NI: £177.12  Student loan: £128.00\nNet pay: ⟦financial|£2,662.35⟧`,
  ],
  [
    "en",
    "fin:statement-us:structured",
    `Categorise these transactions for Marcus Oyelaran (acct ⟦bank_account|000483920117⟧):\n11/03 PAYROLL ACME LOGISTICS  +⟦financial|2,814.50⟧\n11/05 GAMBLING - DRAFTKINGS  -⟦financial|600.00⟧\n11/09 OVERDRAFT FEE  -35.00\nEnding balance: ⟦financial|-212.84⟧`,
  ],
  [
    "en",
    "fin:csv-in:structured",
    `Compute the total TDS from this CSV:\nname,pan,gross_salary,tds\nNeha Bhattacharya,⟦national_id|BQRPB4417K⟧,⟦financial|1850000⟧,⟦financial|312400⟧\nFaizal Qureshi,⟦national_id|ATWPQ8821M⟧,⟦financial|960000⟧,⟦financial|48200⟧`,
  ],
  [
    "en",
    "fin:json-us:structured",
    `Pretty-print this: {"applicant":"Shawna Redcloud","annual_income":⟦financial|38500⟧,"existing_debt":⟦financial|27150⟧,"credit_score":⟦financial|574⟧,"decision":"declined"}`,
  ],
  [
    "en",
    "fin:table-au:structured",
    `Add a total row:\n| Tenant | Unit | Rent owing | Bond |\n|---|---|---|---|\n| Shane Mulholland | 3/17 | ⟦financial|$2,140⟧ | $1,800 |\n| Aroha Whaanga | 5/17 | ⟦financial|$960⟧ | $1,800 |`,
  ],
  [
    "en",
    "fin:tax-us:structured",
    `Explain line 11 to my client. 1040 summary — Taxpayer: Reginald Okoro. Wages ⟦financial|$84,213⟧, AGI ⟦financial|$79,880⟧, refund due ⟦financial|$1,377⟧.`,
  ],
  // --- health, hard negatives --------------------------------------------------------------------------------------
  ["en", "neg-health:chat-us:free", `What are the early signs of ovarian cancer, and how is stage II usually treated? Asking for general knowledge.`],
  [
    "en",
    "neg-health:news-us:free",
    `Summarise this: President Joe Biden's physician reported in 2023 that his atrial fibrillation remains stable and he continues to take apixaban.`,
  ],
  ["en", "neg-health:fiction-uk:free", `In Jane Eyre, what illness does Helen Burns die of, and why does Brontë use consumption as a symbol?`],
  [
    "en",
    "neg-health:textbook-us:free",
    `USMLE practice: A 61-year-old man presents with chest tightness, troponin 0.09 ng/mL and ST depression in V4–V6. What is the most likely diagnosis and next step?`,
  ],
  [
    "en",
    "neg-health:leaflet-uk:structured",
    `Reformat this leaflet section:\nWarfarin 3 mg tablets\nWhat it is used for: preventing blood clots\nUsual dose: as directed; your INR will be checked regularly\nSide effects: bleeding gums, bruising`,
  ],
  [
    "en",
    "neg-health:stats-au:structured",
    `Make a chart: | Year | Type 2 diabetes prevalence (adults) |\n|---|---|\n| 2018 | 4.9% |\n| 2022 | 5.3% |\n| 2025 | 5.6% |`,
  ],
  [
    "en",
    "neg-health:self-us:free",
    `I think I might have ADHD. I'm 29 and always lose focus at work. How does an adult diagnosis work and what does it cost without insurance?`,
  ],
  [
    "en",
    "neg-health:template-us:structured",
    `Improve this SOAP note template:\nS: [Patient name], [age][sex], c/o [complaint] x[duration].\nO: BP [ ], HR [ ], labs [ ].\nA: [diagnosis]\nP: [plan]`,
  ],
  [
    "en",
    "neg-health:sports-uk:free",
    `Write a short news piece: Manchester City confirmed that Kevin De Bruyne will miss six weeks with a hamstring injury sustained against Brentford.`,
  ],
  [
    "en",
    "neg-health:fhir-us:structured",
    `Is this a valid FHIR ValueSet entry? {"resourceType":"ValueSet","compose":{"include":[{"system":"http://snomed.info/sct","concept":[{"code":"35489007","display":"Depressive disorder"}]}]}}`,
  ],
  [
    "en",
    "neg-health:codes-us:structured",
    `Translate to Spanish for our billing glossary:\nICD-10 F10.20 Alcohol dependence, uncomplicated\nICD-10 E11.9 Type 2 diabetes without complications\nCPT 90837 Psychotherapy, 60 minutes`,
  ],
  [
    "en",
    "neg-health:fiction-us:free",
    `In House M.D., what was the real diagnosis in the episode where the patient's lupus turned out not to be lupus? Was it ever actually lupus?`,
  ],
  // --- money, hard negatives ---------------------------------------------------------------------------------------
  ["en", "neg-fin:earnings-us:free", `Summarise: Apple reported quarterly revenue of $94.9 billion, up 6% year over year, and net income of $22.9 billion.`],
  [
    "en",
    "neg-fin:price-uk:structured",
    `Sort by price:\n| Item | Price |\n|---|---|\n| Oat latte | £3.45 |\n| Flat white | £3.20 |\n| Almond croissant | £3.95 |`,
  ],
  ["en", "neg-fin:self-us:free", `I have $19k in credit card debt and make about $41k a year. Should I do a balance transfer or a debt consolidation loan?`],
  ["en", "neg-fin:stats-in:structured", `Make a bar chart: state,avg_monthly_salary_inr\nKarnataka,42100\nMaharashtra,39800\nTamil Nadu,35600\nBihar,18900`],
  [
    "en",
    "neg-fin:template-uk:structured",
    `Improve this payslip template:\nEmployee: {{name}}   NI: {{ni_number}}\nGross pay: {{gross}}\nTax: {{tax}}  NI: {{ni}}\nNet pay: {{net}}`,
  ],
  [
    "en",
    "neg-fin:public-us:free",
    `According to his 2024 financial disclosure, how much did Senator Mitt Romney report in assets, and how do those disclosures work?`,
  ],
  [
    "en",
    "neg-fin:textbook-us:free",
    `Homework: Jordan earns $41,000 and spends 30% on rent. If rent rises by $150 a month, what percentage of income goes to rent? Show working.`,
  ],
  ["en", "neg-fin:fiction-uk:free", `How much was Mr Darcy's annual income in Pride and Prejudice, and what would £10,000 a year be worth today?`],
  [
    "en",
    "neg-fin:json-us:structured",
    `Write a TypeScript type for this sample payload from the API docs: {"applicant":"Jane Doe","annual_income":50000,"existing_debt":0,"credit_score":700,"decision":"approved"}`,
  ],
  [
    "en",
    "neg-fin:company-au:structured",
    `Summarise the table:\n| Segment | FY25 revenue (A$m) | EBIT (A$m) |\n|---|---|---|\n| Retail | 4,812 | 611 |\n| Wholesale | 1,209 | 97 |`,
  ],
  [
    "en",
    "neg-fin:rates-ca:free",
    `What's the difference between a consumer proposal and bankruptcy in Canada, and how long does each stay on a credit report?`,
  ],
  [
    "en",
    "neg-fin:statement-us:structured",
    `Categorise these (my own card, sample month):\n11/03 NETFLIX  -15.49\n11/05 SAFEWAY  -82.10\n11/09 SHELL OIL  -48.00\nWhich category would you put gas in?`,
  ],
];
