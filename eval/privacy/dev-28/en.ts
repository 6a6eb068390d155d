/**
 * Development set 28, English entries: a named or otherwise identified private person's condition, injury, symptom,
 * medicine, result, pregnancy, mental health, disability, addiction, allergy, vaccination, surgery or therapy — in
 * notes, chats, e-mails, HR notes, claims, school notes, forum posts, CSV and JSON — then hard negatives. Written
 * before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- positives ----------------------------------------------------------------------------------------------------------
  [
    "en",
    "health:euphemism-chat:free",
    `Can you help me write a card for my aunt Bernadette? She's been unwell since the summer, ⟦health|the chemo is rough⟧ and she's lost her hair. Keep it light, she hates pity.`,
  ],
  [
    "en",
    "health:abbrev-note:structured",
    `62M, Harold Pike, PMH ⟦health|T2DM⟧, ⟦health|HTN⟧, ⟦health|s/p CABG 2019⟧. Presents with ⟦health|3/7 SOB⟧. Rewrite as a plain-English handover for the night nurse.`,
  ],
  [
    "en",
    "health:hr-absence:doc",
    `Absence note — Employee: Priya Raman (Payroll #4471)\nReason: ⟦health|post-operative recovery following laparoscopic cholecystectomy⟧\nExpected return: 12 Jan\nPlease tidy the wording before it goes to her line manager.`,
  ],
  [
    "en",
    "health:neighbour:free",
    `My neighbour Mrs K. at number 14 told me she's ⟦health|been diagnosed with early-onset Alzheimer's⟧ and her son lives abroad. How do I offer help without being nosy?`,
  ],
  [
    "en",
    "health:signature-own:free",
    `Hi, I keep waking at 4am with my heart racing since they upped my ⟦health|levothyroxine to 125 mcg⟧. Is that normal or should I call the surgery?\n\nThanks,\nDeclan Moriarty`,
  ],
  [
    "en",
    "health:insurance-claim:doc",
    `Claim #HC-20931\nPolicyholder: Samuel Okafor\nTreatment: ⟦health|arthroscopic repair, torn left meniscus⟧\nProvider: Riverside Orthopaedics\nAmount: $8,420\nWrite a cover letter appealing the denial.`,
  ],
  [
    "en",
    "health:school-note:doc",
    `Dear Mr Hollis, Lily Carter (Year 4) ⟦health|has a severe peanut allergy⟧ and carries an ⟦health|EpiPen⟧ in her blue bag. Could staff be reminded before the cake sale on Friday? — Rachel Carter (mum)`,
  ],
  [
    "en",
    "health:forum-handle:free",
    `Posted by u/quietmarsh_88: My husband Tom was told last week he has ⟦health|stage 3 colon cancer⟧. Oncologist says FOLFOX. Anyone been through it — what did the first cycle feel like?`,
  ],
  [
    "en",
    "health:csv:structured",
    `name,dept,condition,adjustment\nJoanna Blythe,Sales,⟦health|type 1 diabetes⟧,breaks for insulin\nKwame Asante,IT,⟦health|epilepsy⟧,no night shifts\nMarta Ilić,Ops,⟦health|hearing loss (left)⟧,captioned calls\nSort by department and add a column "review date".`,
  ],
  [
    "en",
    "health:json:code",
    `{"patient":{"name":"Gregory Tan","dob":"1988-02-11"},"allergies":["⟦health|penicillin⟧","⟦health|latex⟧"],"meds":[{"drug":"⟦health|salbutamol inhaler⟧","prn":true}]}\n// our FHIR mapper drops the allergies array — why?`,
  ],
  [
    "en",
    "health:pregnancy-colleague:free",
    `Don't tell anyone yet but Chloe in accounts is ⟦health|12 weeks pregnant⟧ and ⟦health|has had bad hyperemesis⟧. How should I cover her Monday meetings without making it obvious?`,
  ],
  [
    "en",
    "health:mental-health-email:doc",
    `Subject: Jake — week off\nHi Sandra, Jake Whitfield's GP has signed him off for two weeks with ⟦health|work-related stress and anxiety⟧. He's ⟦health|started sertraline⟧. Can you make this email sound less clinical before I send it to the team lead?`,
  ],
  [
    "en",
    "health:addiction-relative:free",
    `My brother Liam is ⟦health|three months into rehab for alcohol dependence⟧ and comes home for Christmas. What should we do about the wine at dinner?`,
  ],
  [
    "en",
    "health:disability-hr:doc",
    `Reasonable adjustment request — Name: Ahmed Qureshi. Condition: ⟦health|registered partially sighted (retinitis pigmentosa)⟧. Requested: screen reader licence, large monitor. Summarise for the facilities team.`,
  ],
  [
    "en",
    "health:vaccination:structured",
    `Volunteer roster check:\n- Ellen Moss — ⟦health|not vaccinated against measles (MMR declined)⟧\n- Dev Patel — MMR x2 ✓\n- Aoife Byrne — ⟦health|hep B course incomplete⟧\nWho can't do the paediatric ward shifts?`,
  ],
  [
    "en",
    "health:therapy-appointment:free",
    `remind me to pick up Noah from school early thursday, his ⟦health|appointment with the child psychologist about his ADHD assessment⟧ is at 2:15`,
  ],
  [
    "en",
    "health:test-result-text:free",
    `Mum's results came back — ⟦health|PSA 9.8⟧ for dad, they want ⟦health|a biopsy⟧. Dad (Frank Doyle) is refusing to go. How do I talk him round?`,
  ],
  [
    "en",
    "health:abbrev-sports:free",
    `Coach here. Our striker Jordan Bell is ⟦health|s/p ACL reconstruction⟧, 6 months out, ⟦health|still has knee effusion after sessions⟧. Write a return-to-play plan I can show his parents.`,
  ],
  [
    "en",
    "health:referral-letter:doc",
    `Dear Dr Lamb,\nRe: Mrs Dorothy Finch, 81\nThank you for seeing this lady with ⟦health|recurrent falls⟧ and ⟦health|new urinary incontinence⟧. She is on ⟦health|apixaban⟧ for ⟦health|AF⟧.\nPlease shorten.`,
  ],
  [
    "en",
    "health:whatsapp-group:free",
    `[18:02] Gemma: update on Rob — ⟦health|the scan showed a bleed on the brain⟧, he's in ICU at St James's\n[18:04] Paul: oh god\nSummarise this chat for the people who weren't on it.`,
  ],
  [
    "en",
    "health:eating-disorder:free",
    `My flatmate Saskia ⟦health|has been making herself sick after meals⟧ and has ⟦health|lost loads of weight⟧. I think it's ⟦health|bulimia⟧. How do I bring it up?`,
  ],
  [
    "en",
    "health:spreadsheet-sick-days:structured",
    `| Employee | Dates | Reason |\n| Owen Price | 3–7 Nov | ⟦health|migraine⟧ |\n| Lucy Hart | 10–21 Nov | ⟦health|miscarriage⟧ |\n| Sam Reid | 24 Nov | dentist |\nMake a chart of absence days per person.`,
  ],
  [
    "en",
    "health:hinted-condition:free",
    `Mr Alvarez in 4B ⟦health|is on dialysis three times a week⟧ so he can't do the Tuesday committee meetings anymore. Draft a kind note moving them to Thursdays.`,
  ],
  [
    "en",
    "health:own-signature-email:doc",
    `Hello Dr Singh,\nSince the ⟦health|hysterectomy⟧ on 2 Oct I've had ⟦health|hot flushes⟧ and ⟦health|low mood⟧. Could HRT be an option?\nKind regards,\nMaureen Gallagher\nDOB ⟦date_of_birth|04/06/1967⟧`,
  ],
  [
    "en",
    "health:adversarial-spaced:free",
    `pls rewrite casually: "Dan W. from the 5-a-side ⟦health|broke his collarbone⟧ and ⟦health|is on codeine⟧ so he's out till March"`,
  ],
  [
    "en",
    "health:log-code:code",
    `logger.info(f"triage: patient=Beatrice Lowe bed=12 news2=7 flags=['⟦health|sepsis suspected⟧','⟦health|lactate 4.1⟧']")\n# how do I stop PHI getting into these logs?`,
  ],
  [
    "en",
    "health:care-home:doc",
    `Care plan — Resident: Albert Nwosu, Room 7\nDiagnoses: ⟦health|vascular dementia⟧, ⟦health|COPD⟧\nDiet: ⟦health|pureed, thickened fluids (dysphagia)⟧\nRewrite as a one-page summary for agency staff.`,
  ],
  [
    "en",
    "health:teacher-email:doc",
    `Hi Ms Duarte, just so you know, Ethan ⟦health|was diagnosed with dyslexia⟧ last month and ⟦health|has an anxiety disorder⟧, so please don't ask him to read aloud. Thanks, Kate Morrison`,
  ],
  [
    "en",
    "health:hiv-friend:free",
    `A friend, Marco (you know him from choir), ⟦health|told me he's HIV positive⟧ and ⟦health|is on antiretrovirals⟧. He wants to tell his parents. How can I support him?`,
  ],
  [
    "en",
    "health:sleep-study:structured",
    `Sleep study summary — Subject: Graham Ellis\nAHI: ⟦health|34/h (severe OSA)⟧\nLowest SpO2: ⟦health|78%⟧\nRecommendation: ⟦health|CPAP⟧\nExplain to him in simple words.`,
  ],
  [
    "en",
    "health:slack-dm:free",
    `hey can you cover for Nadia tomorrow? she ⟦health|had a panic attack⟧ in the lift today and ⟦health|her therapist said take a day⟧`,
  ],
  [
    "en",
    "health:discord-handle:free",
    `@ravenwing_ told me in DMs that she ⟦health|self-harms again⟧ and ⟦health|stopped taking her lithium⟧. I know her real name is Hannah and she lives near me. What do I do?`,
  ],
  [
    "en",
    "health:initials-note:free",
    `Pt J.McK (bed 9, Ward 4) ⟦health|NBM for lap appy⟧ tomorrow, ⟦health|PCN allergy — rash⟧. Write the handover line for the morning team.`,
  ],
  [
    "en",
    "health:gp-text:free",
    `Text from my GP surgery for my son Oliver Grant: "⟦health|Oliver's blood test shows low iron (ferritin 6)⟧, please collect ⟦health|ferrous fumarate⟧ from reception." What foods help?`,
  ],
  [
    "en",
    "health:coach-email:doc",
    `Hi coaches, Mia Svensson (U14s) ⟦health|had a concussion⟧ at Saturday's match and ⟦health|must follow the graduated return protocol⟧ — no heading for 3 weeks. Reword for the parents' group.`,
  ],
  [
    "en",
    "health:yaml:code",
    `residents:\n  - name: Pearl Whitaker\n    room: 3\n    conditions: [⟦health|insulin-dependent diabetes⟧, ⟦health|macular degeneration⟧]\n    dnacpr: true\n# is YAML ok for this or should it be in the database?`,
  ],
  // --- hard negatives -----------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-health:general-question:free",
    `What's the difference between type 1 and type 2 diabetes, and why do some type 2 patients still end up on insulin?`,
  ],
  [
    "en",
    "neg-health:textbook-case:doc",
    `Case study for nursing students: A 67-year-old man with a history of HTN and T2DM presents with crushing chest pain radiating to the left arm. List the first five nursing actions.`,
  ],
  [
    "en",
    "neg-health:public-figure:free",
    `Summarise what was publicly reported about King Charles's cancer diagnosis in 2024 and how the palace communicated it.`,
  ],
  [
    "en",
    "neg-health:drug-leaflet:doc",
    `Simplify this leaflet section: "Sertraline may cause nausea, dry mouth, insomnia and sexual dysfunction. Do not stop taking it suddenly. Tell your doctor if you are pregnant."`,
  ],
  [
    "en",
    "neg-health:fiction:doc",
    `In my novel, Detective Ruth Calder hides her multiple sclerosis from her superiors. Write the scene where her hand trembles during an interrogation.`,
  ],
  ["en", "neg-health:abbrev-glossary:structured", `Expand these for a medical glossary: HTN, T2DM, COPD, s/p, SOB, PRN, BD, OD, AF, CABG, NSTEMI.`],
  [
    "en",
    "neg-health:code-schema:code",
    `CREATE TABLE diagnoses (id SERIAL, patient_id INT REFERENCES patients(id), icd10 VARCHAR(8), noted_at TIMESTAMPTZ);\n-- should icd10 be normalised into its own table?`,
  ],
  ["en", "neg-health:own-anonymous:free", `Is it safe to take ibuprofen with amlodipine? I've got a headache and don't want to mess up my blood pressure.`],
  [
    "en",
    "neg-health:policy:doc",
    `Draft a company sick-leave policy: self-certification for up to 7 days, fit note after that, phased returns agreed with HR.`,
  ],
  ["en", "neg-health:public-figure-2:free", `Michael J. Fox has spoken openly about Parkinson's for decades. What has his foundation funded?`],
  ["en", "neg-health:statistics:structured", `region,cases_per_100k,year\nNorth,412,2024\nSouth,388,2024\nPlot flu incidence by region and explain the spike.`],
  ["en", "neg-health:vaccine-schedule:doc", `Make a table of the UK childhood vaccination schedule from 8 weeks to 3 years 4 months.`],
  ["en", "neg-health:historical:free", `Why did Franklin D. Roosevelt hide his paralysis from the public, and how did the press cooperate?`],
  [
    "en",
    "neg-health:fhir-example:code",
    `{"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006","display":"Diabetes mellitus type 2"}]},"subject":{"reference":"Patient/example"}}\nIs this valid FHIR R4?`,
  ],
  [
    "en",
    "neg-health:exam-question:doc",
    `MCQ: Which drug class is first-line for hypertension in a 55-year-old of African-Caribbean origin? A) ACE inhibitor B) CCB C) Beta blocker D) Thiazide`,
  ],
  [
    "en",
    "neg-health:pet:free",
    `My dog Biscuit has been limping and the vet thinks it's a cruciate ligament tear. Is surgery usually worth it for an 11-year-old labrador?`,
  ],
  ["en", "neg-health:first-aid:doc", `Write a laminated poster for our office kitchen: how to recognise anaphylaxis and use an adrenaline auto-injector.`],
  [
    "en",
    "neg-health:anonymised-series:structured",
    `age,sex,diagnosis,los_days\n54,F,pneumonia,6\n71,M,hip fracture,11\n38,F,appendicitis,2\nCompute mean length of stay by diagnosis.`,
  ],
  [
    "en",
    "neg-health:role-template:doc",
    `Template: "Dear [Employee Name], following your absence due to [condition], we'd like to arrange a return-to-work meeting on [date]." Make it warmer.`,
  ],
  [
    "en",
    "neg-health:celebrity-memoir:free",
    `Selena Gomez has talked publicly about lupus and her kidney transplant. Suggest questions for a school debate on celebrities sharing health news.`,
  ],
];
