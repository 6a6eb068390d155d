/**
 * dev-44, English entries: named people's health and biometric data in conversation media as exported (chat exports,
 * Slack/Teams threads, e-mail threads with quoted replies, voice-note and call transcripts, calendar invites, tickets,
 * shift handovers, forum posts), and hard negatives in the same media. Marks: ⟦category|value⟧ (see ../marked-prompts.ts).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // ---- positives: health
  [
    "en",
    "health:whatsapp",
    "[12/03/2026, 21:14:07] Dana Whitcombe: Marek's ⟦health|chemo⟧ got moved to Thursday\n[12/03/2026, 21:15:40] Tom Okafor: oh no, is the ⟦health|lymphoma⟧ back?\n[12/03/2026, 21:16:02] Dana Whitcombe: they think so, scan on Monday\nSummarise this chat for the family group",
  ],
  [
    "en",
    "health:voice",
    "Voice note transcript (0:42): \"uh, so, Marek Novak's, um, ⟦health|chemo⟧ got moved to the fourteenth, and, uh, he's on ⟦health|ondansetron⟧ now for the nausea so, like, don't book him for the offsite, yeah?\" Clean this up into a short message for the team.",
  ],
  [
    "en",
    "health:slack",
    "#ops-leads\nPriya Raman  9:02 AM\nheads up, Jonah Feld is out till the 20th — ⟦health|appendectomy⟧ yesterday\n    Carl Mendes  9:05 AM\n    ugh, hope he's ok. is he on ⟦health|antibiotics⟧ still?\nRewrite this as a status update for the wider team",
  ],
  [
    "en",
    "health:email",
    "Hi Sam,\nthanks for covering this.\n\nOn Tue, 3 Nov 2026 at 10:12, Helen Barros wrote:\n> Quick note: Rachel Dunmore in accounts has been diagnosed with ⟦health|multiple sclerosis⟧ and starts\n> ⟦health|ocrelizumab⟧ infusions next month, so she'll need every other Friday off.\n\n--\nSam Keller | Payroll\nDraft a reply confirming the Friday cover.",
  ],
  [
    "en",
    "health:calendar",
    "BEGIN:VEVENT\nSUMMARY:Gareth Lyle – ⟦health|haemodialysis⟧ (Tue/Thu/Sat)\nDTSTART:20261208T070000\nLOCATION:Renal unit\\, St Anne's\nDESCRIPTION:driver pick-up 06:30\nEND:VEVENT\nwhy does Outlook show this an hour late?",
  ],
  [
    "en",
    "health:ticket",
    "Ticket #48213 — Priority: High\nRequester: Olivia Brandt\nSubject: app keeps losing the sensor\nMessage: My son Leo (8) has ⟦health|type 1 diabetes⟧ and the sensor keeps disconnecting from your app at night. He had a ⟦health|hypo⟧ on Sunday and no alarm went off.\nWrite a first-line support reply.",
  ],
  [
    "en",
    "health:handover",
    "Handover 19:00 – Ward 7B\nBay 2: Mrs Edith Carrow, 84 — ⟦health|NOF fracture⟧ post-op day 1, ⟦health|delirium⟧ overnight, ⟦health|haloperidol 0.5 mg PRN⟧\nBay 3: Mr Ken Osei, 61 — ⟦health|CAP⟧, on ⟦health|IV co-amoxiclav⟧\nTidy this into SBAR.",
  ],
  [
    "en",
    "health:teams",
    "[Teams] Gillian Post (11:42): just so you know, Farid from the warehouse told me he's on ⟦health|sertraline⟧ for ⟦health|depression⟧, please be gentle with the rota\nHow should I reply to Gillian?",
  ],
  [
    "en",
    "health:telegram",
    '{"type":"message","date":"2026-11-30T18:22:10","from":"Irina K","text":"Agnes Moll\'s ⟦health|biopsy⟧ came back ⟦health|benign⟧ 🙏"}\nparse this Telegram export line in Python',
  ],
  [
    "en",
    "health:forum",
    "Posted by u/harbourlights · 3h\nMy flatmate Connor Tierney was just diagnosed with ⟦health|epilepsy⟧ after a ⟦health|tonic-clonic seizure⟧ in our kitchen. What should I keep in the flat and what do I do next time?",
  ],
  [
    "en",
    "health:call",
    "[00:03:12] Agent: and is this claim for the policyholder?\n[00:03:15] Caller: yeah, it's for my wife, Ana Ferreira, she's, erm, twenty-two weeks ⟦health|pregnant⟧ and they've said it's, erm, ⟦health|gestational diabetes⟧\n[00:03:24] Agent: okay, I'm sorry to hear that\nSummarise the call for the claim notes.",
  ],
  [
    "en",
    "health:signal",
    "2026-12-01 07:55 — Me: how's Jules Okoro doing?\n2026-12-01 08:10 — Bea Lind: got the ⟦health|ADHD⟧ assessment result, starting ⟦health|methylphenidate⟧ next week\nturn this Signal export into a CSV",
  ],
  [
    "en",
    "health:email",
    "From: Dr Ruth Adair\nTo: Occupational Health\nSubject: Re: Mr Callum Reid – fitness for night shifts\n\nCallum's ⟦health|HbA1c is 71 mmol/mol⟧ and he has started ⟦health|gliclazide⟧; I would avoid night shifts for now.\n\nRuth Adair, GP\nMake this shorter.",
  ],
  [
    "en",
    "health:chat-table",
    "| Name | Condition | Meds |\n|---|---|---|\n| Ivy Marsh | ⟦health|asthma⟧ | ⟦health|salbutamol inhaler⟧ |\n| Owen Pike | ⟦health|peanut allergy⟧ | ⟦health|EpiPen⟧ |\nschool trip sheet from the class chat, make it printable",
  ],
  [
    "en",
    "health:soap",
    "pasted from the team chat:\nS: Maureen Tully, 58, 3 days cough, fever\nO: T 38.4, SpO2 93%, crackles R base\nA: ⟦health|community-acquired pneumonia⟧\nP: ⟦health|amoxicillin 500 mg TDS⟧, review 48 h\nrewrite as a plain-language note for her daughter",
  ],
  // ---- positives: biometric
  [
    "en",
    "bio:slack",
    'Kofi Mensah  2:14 PM\nenrolment for Hannah Vos failed again, payload below\n```\n{"subject":"Hannah Vos","face_embedding":[⟦biometric|0.0132,-0.0871,0.1204,0.0419,-0.0655,0.0938,-0.1127,0.0274⟧]}\n```\nany idea why the API says 400?',
  ],
  [
    "en",
    "bio:email",
    "Subject: Re: door access floor 3\n\nHi Tariq,\nre-enrolled Lena Schuster's fingerprint, new template ⟦biometric|464D520020323000000001A2000001F40162⟧, old one revoked.\n\n> Lena says the reader on floor 3 still beeps red\n\n--\nFacilities desk\nWhy would the reader still reject her?",
  ],
  [
    "en",
    "bio:ticket",
    "Ticket 9921 | Caller: Derek Aldous | Channel: phone\nvoiceprint enrolment failed, voiceprint_id=⟦biometric|VPR-3c81e0a2-77d4-4f19-b2a0-5e6d9f1c2b84⟧ score=0.41\nwhat threshold should we use?",
  ],
  // ---- negatives
  [
    "en",
    "neg-health:whatsapp",
    "[12/03/2026, 21:14:07] Dana Whitcombe: my uncle's chemo got moved again 😩\n[12/03/2026, 21:15:40] Tom Okafor: sorry, hope he's ok\nWrite a kind reply from Tom",
  ],
  [
    "en",
    "neg-health:voice",
    "Voice note transcript: \"uh so, um, what's the usual, like, dose of ibuprofen for a, uh, sprained ankle? I'm about seventy kilos, if that matters\"",
  ],
  [
    "en",
    "neg-health:slack",
    "#announcements\nHR Bot  9:00 AM\nReminder — the sick-leave policy changed: employees must submit a fit note after 7 calendar days of illness. Questions → #ask-hr\nSummarise in one sentence",
  ],
  [
    "en",
    "neg-health:email",
    "Fwd: interesting read\n\n> King Charles III was diagnosed with a form of cancer in February 2024, Buckingham Palace said,\n> and stepped back from public duties during treatment.\n\nWhat did the palace say about his return?",
  ],
  [
    "en",
    "neg-health:forum",
    "Case discussion thread\nA 54-year-old man presented with chest pain radiating to the left arm; troponin was elevated and ECG showed ST elevation in II, III and aVF. What is the likely culprit artery?",
  ],
  [
    "en",
    "neg-health:leaflet",
    "Package leaflet: Metformin 500 mg tablets\nDo not take Metformin if you have severely reduced kidney function or diabetic ketoacidosis. Tell your doctor if you are pregnant.\nSimplify this for a reading age of 10",
  ],
  [
    "en",
    "neg-bio:docs",
    "From the vendor docs: Face ID uses the TrueDepth camera to project and analyse thousands of invisible dots; the face data is encrypted and never leaves the device. How is that different from a fingerprint template?",
  ],
  [
    "en",
    "neg-health:teams",
    "[Teams] Lewis Hart (13:02): anyone else rewatching House? in the pilot Rebecca Adler turns out to have neurocysticercosis 😂\nWrite a reply recommending another medical drama",
  ],
  [
    "en",
    "neg-health:calendar",
    "BEGIN:VEVENT\nSUMMARY:Flu vaccination clinic – all staff\nDTSTART:20261210T090000\nLOCATION:Room 2.14\nDESCRIPTION:Walk-in\\, bring your badge\nEND:VEVENT\nmake this a recurring event every Thursday",
  ],
  [
    "en",
    "neg-health:handover",
    "Handover template\nBay: __  Name: ____________  Diagnosis: ____________  Meds: ____________  Obs: ____\nCan you make this into a fillable PDF form?",
  ],
  [
    "en",
    "neg-health:guideline",
    "Copied from the guideline channel: NICE NG28 — offer standard-release metformin as the first-line drug treatment for adults with type 2 diabetes; consider an SGLT2 inhibitor if there is heart failure. Explain this to a new nurse.",
  ],
  [
    "en",
    "neg-bio:policy",
    "HR policy 4.2 (time clocks): fingerprint templates collected for clocking in are stored as encrypted templates on the terminal and deleted 30 days after employment ends. Is that GDPR-compliant?",
  ],
  ["en", "neg-health:signal", "2026-12-01 08:10 — Bea Lind: my cousin got diagnosed with ADHD at 30, is that common?\nanswer Bea's question"],
  [
    "en",
    "neg-health:call",
    "Podcast transcript\n[00:12:03] Host: and, uh, Michael J. Fox, you know, he's talked so openly about his Parkinson's, um, for decades now\n[00:12:09] Guest: yeah, his foundation too\nWrite show notes",
  ],
  [
    "en",
    "neg-health:ticket",
    "Ticket #5521\nRequester: Matt Hollis\nHow do I export my step count and sleep data from the app to CSV? The menu only offers PDF.",
  ],
];
