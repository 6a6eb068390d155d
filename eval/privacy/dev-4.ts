/**
 * Development set 4 (`dataset-dev-4.jsonl`): health and financial data of private people, written
 * BEFORE the rules that were tuned on it and without reading the detectors (issue 15, recall part).
 * Its first score (docs/privacy.md) is an honest "unseen" figure; once rules were tuned on it, it is a
 * development set and an upper bound like the others, never an independent one.
 * Positives: a named private person (or a relative or colleague given by name) with a diagnosis,
 * medication, lab result, mental-health or pregnancy information; bank accounts, IBANs (checksum
 * valid), card numbers (Luhn valid), salaries, debts, tax identifiers, loans and statements; as prose,
 * e-mail, chat, clinical/SOAP/discharge notes, insurance claims, bank statements, CSV/JSON/YAML/XML,
 * spreadsheet pastes, log lines and SQL, in 20 languages. Hard negatives (about 40%): health questions
 * with no person, textbook finance, public company figures, drug leaflets, case vignettes, fictional
 * and public people, documented example values, aggregate statistics.
 * Values are invented; IBANs, cards and checksummed identifiers were computed for this file.
 * Each prompt marks its sensitive values as ⟦category|value⟧; the offsets are computed on output.
 * Rebuild: npx tsx eval/privacy/dev-4.ts  (writes eval/privacy/dataset-dev-4.jsonl)
 */
import { type MarkedEntry, numbered, writeMarkedSet } from "./marked-prompts.js";

type Entry = MarkedEntry;

const HEALTH: Entry[] = [
  // --- English: prose, e-mail, chat ----------------------------------------------------------------
  ["en", "plain", "My colleague Jan Kowalczyk told me he has ⟦health|multiple sclerosis⟧. Should I tell our manager or keep it to myself?"],
  ["en", "plain", "Can you help me write a card for my aunt Margaret Doyle? She just finished her last round of ⟦health|chemo⟧ for ⟦health|ovarian cancer⟧."],
  [
    "en",
    "email",
    "Subject: Sick note\n\nHi Tom,\n\nSara Lindqvist won't be in this week. Her GP signed her off with ⟦health|severe depression⟧ until the 14th. Please keep this confidential.\n\nBest,\nKaren",
  ],
  ["en", "chat", "[10:42] dave: fyi Priya's on leave, she's ⟦health|pregnant⟧ with twins and the doctor put her on bed rest\n[10:43] mo: oh wow ok"],
  [
    "en",
    "plain",
    "My mother, Ingrid Halvorsen, takes ⟦health|warfarin 5 mg⟧ daily and now her dentist wants to prescribe ⟦health|metronidazole⟧. Is that combination safe?",
  ],
  ["en", "plain", "Rewrite this more kindly: 'Mr Abernathy, your ⟦health|HbA1c of 9.1%⟧ shows your ⟦health|diabetes⟧ is not under control.'"],
  ["en", "plain", "Our neighbour Luis Fernández was admitted last night after a ⟦health|stroke⟧; what should we bring when we visit?"],
  ["en", "plain", "Explain these results for my husband Derek Mills: ⟦health|PSA 7.8 ng/mL⟧, up from 4.2 last year."],
  [
    "en",
    "plain",
    "Draft a message to the school: my son Oliver Grant has ⟦health|ADHD⟧ and takes ⟦health|methylphenidate⟧ at lunchtime, the nurse needs to hold it.",
  ],
  ["en", "plain", "Emily Watson (my flatmate) was diagnosed with ⟦health|anorexia nervosa⟧ and refuses treatment. How do I talk to her?"],
  [
    "en",
    "email",
    "Dear Dr Rahman,\nFollowing up on my father, Peter Sandoval (DOB ⟦date_of_birth|03/11/1948⟧): his ⟦health|creatinine is 2.4 mg/dL⟧ and his ⟦health|eGFR 27⟧. Should we stop the ⟦health|metformin⟧?\nThanks, Ana Sandoval",
  ],
  ["en", "plain", "Write an HR accommodation request for Kevin O'Brien, who has ⟦health|Crohn's disease⟧ and needs to work from home during flare-ups."],
  ["en", "chat", "ok so dr said lena moretti has ⟦health|gestational diabetes⟧ at 28 weeks, what should she eat for dinner tonight?"],
  ["en", "plain", "Is it normal that my sister Chloe Bennett's ⟦health|TSH is 11.2 mIU/L⟧? She was put on ⟦health|levothyroxine 50 mcg⟧."],
  ["en", "plain", "Summarise for the team: Marcus Lee is off for two weeks after surgery for ⟦health|a herniated disc⟧."],
  ["en", "plain", "My coworker Fatima Nouri tested ⟦health|HIV positive⟧ and asked me not to tell anyone. Legally can HR ask about it?"],
  ["en", "plain", "Help me reply to Jonas: his wife Birgit was hospitalised for ⟦health|a psychotic episode⟧ and he asked us to cover his shifts."],
  // --- English: clinical documents -----------------------------------------------------------------
  [
    "en",
    "soap",
    "S: 54 y/o M, Robert Kline, c/o chest tightness on exertion x 3 wks.\nO: BP 152/94, HR 88, ⟦health|LDL 4.9 mmol/L⟧.\nA: ⟦health|Stable angina⟧, ⟦health|hyperlipidaemia⟧.\nP: Start ⟦health|atorvastatin 40 mg⟧, refer cardiology.",
  ],
  [
    "en",
    "discharge",
    "DISCHARGE SUMMARY\nPatient: Gloria Esposito   MRN: ⟦medical_record|00918273⟧\nAdmitted: 02/03/2025  Discharged: 09/03/2025\nDiagnosis: ⟦health|community-acquired pneumonia⟧, ⟦health|COPD exacerbation⟧\nMeds on discharge: ⟦health|amoxicillin-clavulanate 875 mg BID⟧, ⟦health|prednisolone 30 mg⟧\nPlease turn this into plain language for her daughter.",
  ],
  [
    "en",
    "clinical-note",
    "Progress note 14/05 — Mrs. Takahashi remains confused overnight, ⟦health|Na 126 mmol/L⟧. Likely ⟦health|SIADH⟧. Fluid restrict 1 L.",
  ],
  [
    "en",
    "clinical-note",
    "Pt: Nwosu, Chidi. Hx ⟦health|sickle cell disease⟧, presented with ⟦health|vaso-occlusive crisis⟧. Hb 6.8 g/dL. Can you draft a handover for the night registrar?",
  ],
  [
    "en",
    "insurance-claim",
    "CLAIM FORM\nMember: Daniel Osei\nPolicy no: ⟦medical_record|HLT-4482-9917⟧\nDiagnosis code: ⟦health|F32.2⟧ (⟦health|major depressive disorder, severe⟧)\nProvider: Northside Behavioral Health\nAmount claimed: $1,840.00\nWhy was this claim denied?",
  ],
  [
    "en",
    "lab-report",
    "LAB RESULTS — Harper, Nicole (F, 37)\nHb 10.1 g/dL (L)\nFerritin ⟦health|6 ng/mL⟧ (L)\nhCG ⟦health|positive⟧\nWhat do these mean together?",
  ],
  [
    "en",
    "referral",
    "Referral: Please see Mr. Ahmed Karimi, 61, ⟦health|newly diagnosed Parkinson's disease⟧, tremor R>L, started on ⟦health|levodopa/carbidopa⟧.",
  ],
  // --- English: structured records -----------------------------------------------------------------
  [
    "en",
    "csv",
    "patient_name,dob,diagnosis,medication\nAlice Turner,⟦date_of_birth|1979-04-12⟧,⟦health|Type 1 diabetes⟧,⟦health|insulin glargine⟧\nBen Hughes,⟦date_of_birth|1965-10-30⟧,⟦health|Hypertension⟧,⟦health|amlodipine⟧",
  ],
  ["en", "json", '{"patient": {"name": "Sofia Rossi", "conditions": ["⟦health|asthma⟧", "⟦health|eczema⟧"], "allergies": ["⟦health|penicillin⟧"]}}'],
  ["en", "yaml", "employee: Mark Jensen\nleave_type: medical\nreason: ⟦health|burnout / generalised anxiety disorder⟧\nreturn_date: 2025-07-01"],
  ["en", "xml", '<patient id="⟦medical_record|P-203918⟧"><name>Hannah Cole</name><diagnosis>⟦health|Hodgkin lymphoma⟧</diagnosis><stage>II</stage></patient>'],
  ["en", "sql", "INSERT INTO diagnoses (patient_name, icd10, description) VALUES ('George Patel', '⟦health|C50.9⟧', '⟦health|Breast cancer⟧');"],
  ["en", "spreadsheet", "Name\tWard\tCondition\tNotes\nRuth Adler\t4B\t⟦health|Dementia⟧\tfalls risk\nOmar Haddad\t4B\t⟦health|Heart failure⟧\tfluid chart"],
  ["en", "log", '2025-03-11T08:14:02Z INFO appointment.booked patient="Laura Kim" clinic=oncology reason="⟦health|follow-up breast cancer⟧"'],
  ["en", "json", '{"member_name": "Victor Huang", "claim": {"icd10": "⟦health|F41.1⟧", "therapy_sessions": 12}}'],
  // --- German ----------------------------------------------------------------------------------------
  ["de", "plain", "Meine Kollegin Sabine Krüger hat mir erzählt, dass sie ⟦health|Brustkrebs⟧ hat. Wie kann ich sie unterstützen?"],
  ["de", "plain", "Mein Vater Heinz Becker nimmt ⟦health|Marcumar⟧ und soll jetzt ⟦health|Ibuprofen⟧ bekommen – ist das gefährlich?"],
  [
    "de",
    "email",
    "Hallo Frau Schulz,\nHerr Wagner ist ab Montag krankgeschrieben, Diagnose ⟦health|Bandscheibenvorfall⟧. Bitte die Vertretung organisieren.\nGruß",
  ],
  [
    "de",
    "clinical-note",
    "Arztbrief: Patientin Petra Hoffmann, geb. ⟦date_of_birth|12.06.1957⟧. Diagnosen: ⟦health|Vorhofflimmern⟧, ⟦health|arterielle Hypertonie⟧. Medikation: ⟦health|Apixaban 5 mg 1-0-1⟧.",
  ],
  ["de", "plain", "Unser Sohn Leon Fischer (8) hat ⟦health|Epilepsie⟧, wie erkläre ich das seiner Lehrerin?"],
  ["de", "csv", "Name;Geburtsdatum;Diagnose\nKlaus Meier;⟦date_of_birth|03.02.1950⟧;⟦health|COPD⟧\nGisela Braun;⟦date_of_birth|21.11.1944⟧;⟦health|Demenz⟧"],
  ["de", "plain", "Frau Yilmaz ist in der 20. ⟦health|Schwangerschaftswoche⟧, darf sie noch Nachtschichten machen?"],
  // --- French ----------------------------------------------------------------------------------------
  ["fr", "plain", "Ma collègue Claire Dubois est en arrêt maladie pour ⟦health|dépression⟧. Comment lui écrire sans être maladroit ?"],
  ["fr", "plain", "Mon père, Jean-Pierre Morel, a un ⟦health|cancer de la prostate⟧ et commence une ⟦health|hormonothérapie⟧. Quels effets secondaires ?"],
  [
    "fr",
    "clinical-note",
    "Compte rendu : M. Lefebvre Antoine, 67 ans. ⟦health|Insuffisance cardiaque⟧ FEVG 30 %. Traitement : ⟦health|bisoprolol 2,5 mg⟧, ⟦health|furosémide 40 mg⟧.",
  ],
  ["fr", "plain", "Mme Bernard est ⟦health|enceinte⟧ de 3 mois, comment adapter son poste au travail ?"],
  ["fr", "json", '{"nom": "Lucie Martin", "antecedents": "⟦health|diabète de type 2⟧", "traitement": "⟦health|metformine 1000 mg⟧"}'],
  // --- Spanish ---------------------------------------------------------------------------------------
  ["es", "plain", "Mi compañero de trabajo Javier Ortega tiene ⟦health|esquizofrenia⟧ y toma ⟦health|risperidona⟧. ¿Cómo puedo ayudarle?"],
  ["es", "plain", "A mi madre, Carmen López, le diagnosticaron ⟦health|alzhéimer⟧ la semana pasada. ¿Qué trámites hay que hacer?"],
  ["es", "clinical-note", "Paciente: Rosa Jiménez, 45 años. Dx: ⟦health|lupus eritematoso sistémico⟧. Tto: ⟦health|hidroxicloroquina 200 mg⟧."],
  ["es", "chat", "oye, a Marta Gil le salió ⟦health|positivo el test de embarazo⟧ pero aún no se lo ha dicho a nadie 🤫"],
  // --- Italian ---------------------------------------------------------------------------------------
  ["it", "plain", "Il mio collega Marco Bianchi ha il ⟦health|morbo di Crohn⟧ e deve spesso assentarsi. Come gestire i turni?"],
  [
    "it",
    "clinical-note",
    "Lettera di dimissione: sig.ra Giulia Esposito, ⟦health|frattura del femore⟧ operata il 03/04. Terapia: ⟦health|enoxaparina 4000 UI⟧.",
  ],
  ["it", "plain", "Mia nonna Rosa Ferri prende ⟦health|Coumadin⟧; può mangiare spinaci?"],
  // --- Portuguese ------------------------------------------------------------------------------------
  ["pt", "plain", "Minha colega Ana Souza foi diagnosticada com ⟦health|síndrome do pânico⟧. Como posso ajudá-la no trabalho?"],
  ["pt", "clinical-note", "Paciente: João Pereira, 58a. Diagnóstico: ⟦health|cirrose hepática⟧. Exames: ⟦health|bilirrubina 3,2 mg/dL⟧."],
  ["pt", "plain", "O meu irmão Tiago Costa toma ⟦health|lítio⟧ para ⟦health|transtorno bipolar⟧, pode beber álcool?"],
  // --- Dutch -----------------------------------------------------------------------------------------
  ["nl", "plain", "Mijn collega Pieter de Vries heeft ⟦health|longkanker⟧, hoe kunnen we als team helpen?"],
  ["nl", "email", "Beste Anouk,\nMevrouw Jansen is opgenomen met een ⟦health|hartinfarct⟧. Kun jij haar afspraken verzetten?\nGroet, Bram"],
  // --- Polish ----------------------------------------------------------------------------------------
  ["pl", "plain", "Moja mama, Barbara Nowak, ma ⟦health|cukrzycę typu 2⟧ i bierze ⟦health|metforminę⟧. Co może jeść na kolację?"],
  ["pl", "clinical-note", "Pacjent: Tomasz Wiśniewski, PESEL ⟦national_id|80081111666⟧. Rozpoznanie: ⟦health|zapalenie płuc⟧."],
  // --- Swedish ---------------------------------------------------------------------------------------
  ["sv", "plain", "Min kollega Erik Johansson har fått diagnosen ⟦health|prostatacancer⟧. Hur ska jag bete mig på jobbet?"],
  ["sv", "plain", "Mamma Birgitta Svensson tar ⟦health|Waran⟧ och har fått ⟦health|högt INR 4,5⟧ – vad betyder det?"],
  // --- Turkish ---------------------------------------------------------------------------------------
  ["tr", "plain", "İş arkadaşım Emre Demir'e ⟦health|depresyon⟧ teşhisi kondu, ona nasıl destek olabilirim?"],
  ["tr", "plain", "Annem Fatma Kaya ⟦health|şeker hastası⟧ ve ⟦health|insülin⟧ kullanıyor. Ramazanda oruç tutabilir mi?"],
  // --- Russian and Ukrainian -------------------------------------------------------------------------
  ["ru", "plain", "Моему коллеге Андрею Петрову поставили диагноз ⟦health|рак желудка⟧. Как его поддержать?"],
  ["ru", "clinical-note", "Пациентка Иванова Мария Сергеевна, 52 г. Диагноз: ⟦health|гипертоническая болезнь II ст.⟧ Назначено: ⟦health|лизиноприл 10 мг⟧."],
  ["uk", "plain", "Моя мама Олена Коваль має ⟦health|цукровий діабет⟧, що їй можна їсти?"],
  ["uk", "plain", "Колега Дмитро Савчук на лікарняному через ⟦health|інсульт⟧."],
  // --- Arabic ----------------------------------------------------------------------------------------
  ["ar", "plain", "زميلي أحمد الحربي مصاب ب⟦health|السكري⟧ ويأخذ ⟦health|الأنسولين⟧، كيف أساعده في العمل؟"],
  ["ar", "plain", "والدتي فاطمة الزهراني تم تشخيصها ب⟦health|سرطان الثدي⟧، ما هي الخطوات التالية؟"],
  // --- Hindi and Hinglish ----------------------------------------------------------------------------
  ["hi", "plain", "मेरे पिताजी रमेश शर्मा को ⟦health|हृदय रोग⟧ है और वे ⟦health|एस्पिरिन⟧ लेते हैं।"],
  ["hinglish", "chat", "meri behen Pooja Verma ko ⟦health|thyroid⟧ hai aur doctor ne ⟦health|Thyronorm 50⟧ di hai, kya side effects hain?"],
  ["hinglish", "plain", "Rahul Gupta ko ⟦health|dengue⟧ ho gaya hai, platelet count ⟦health|35,000⟧ hai, kya karna chahiye?"],
  // --- Chinese, Japanese, Korean ---------------------------------------------------------------------
  ["zh", "plain", "我同事张伟被诊断出⟦health|肺癌⟧，我们应该怎么帮助他？"],
  ["zh", "clinical-note", "病历：患者刘芳，女，45岁。诊断：⟦health|乳腺癌⟧。用药：⟦health|他莫昔芬⟧。"],
  ["zh", "plain", "我妈妈王秀英有⟦health|高血压⟧，每天吃⟦health|氨氯地平⟧，可以喝咖啡吗？"],
  ["ja", "plain", "同僚の田中健一さんが⟦health|うつ病⟧と診断されました。どう接すればいいですか？"],
  ["ja", "clinical-note", "患者：鈴木花子（68歳）。診断：⟦health|2型糖尿病⟧。処方：⟦health|メトホルミン500mg⟧。"],
  ["ko", "plain", "동료 김민수 씨가 ⟦health|공황장애⟧ 진단을 받았어요. 어떻게 도와줄 수 있을까요?"],
  ["ko", "plain", "어머니 박영희 님이 ⟦health|치매⟧ 초기 진단을 받으셨습니다."],
  // --- Vietnamese, Indonesian, Thai ------------------------------------------------------------------
  ["vi", "plain", "Đồng nghiệp của tôi, anh Trần Quốc Bảo, bị ⟦health|viêm gan B⟧. Có lây qua ăn uống chung không?"],
  ["id", "plain", "Rekan kerja saya, Budi Hartono, didiagnosis ⟦health|kanker usus⟧. Bagaimana cara mendukungnya?"],
  ["id", "plain", "Ibu saya, Sri Wahyuni, ⟦health|hamil 7 bulan⟧ dan ⟦health|tekanan darahnya 160/100⟧."],
  ["th", "plain", "เพื่อนร่วมงานของฉัน คุณสมชาย ใจดี ป่วยเป็น⟦health|โรคมะเร็งตับ⟧ ควรช่วยเขาอย่างไร"],
];

const FINANCIAL: Entry[] = [
  // --- English ---------------------------------------------------------------------------------------
  ["en", "plain", "Please send the deposit to my account: IBAN ⟦iban|GB43 BARC 6144 3198 3136 26⟧, name Hannah Price."],
  ["en", "plain", "My card ⟦payment_card|4531 5997 4508 0961⟧ got declined at the pharmacy, exp 09/27. What should I tell the bank?"],
  ["en", "email", "Hi Sam,\nCould you wire the rent to Olivia Grant, account number ⟦bank_account|48319200175⟧, routing ⟦bank_account|033227559⟧? Thanks!"],
  ["en", "plain", "Write a polite email to my brother-in-law Greg Hollis — he's owed me ⟦financial|$7,800⟧ since the car loan in 2023."],
  ["en", "plain", "My colleague Jan Visser earns ⟦financial|€92,000⟧ a year and I earn €71,000 for the same role. How do I raise this with HR?"],
  ["en", "plain", "Help me plan a budget for Mia Chen: take-home pay ⟦financial|$4,150⟧/month, credit card debt ⟦financial|$12,600⟧ at 24% APR."],
  ["en", "plain", "Dispute letter please: a charge of $329.99 appeared on card ending in ⟦payment_card|5679 5179 7665 8395⟧ that I never made."],
  [
    "en",
    "bank-statement",
    "STATEMENT — Account holder: Raymond Ellis\nAccount: ⟦bank_account|20-45-77 83920114⟧\nOpening balance ⟦financial|£2,318.40⟧\n03/02 TESCO STORES -42.18\n05/02 SALARY ACME LTD +⟦financial|3,120.00⟧\nClosing balance ⟦financial|£5,396.22⟧\nCategorise my spending.",
  ],
  [
    "en",
    "csv",
    "employee,iban,net_salary\nLucas Meyer,⟦iban|DE91 8908 0178 1388 3655 22⟧,⟦financial|3480.55⟧\nNina Roth,⟦iban|DE61 9408 6510 7542 0293 94⟧,⟦financial|4012.10⟧",
  ],
  ["en", "json", '{"customer": "Aaron Blake", "ssn": "⟦us_ssn|311-53-6463⟧", "loan_amount": ⟦financial|245000⟧, "credit_score": ⟦financial|688⟧}'],
  ["en", "plain", "Fill in the W-4 for me: name Dana Whitfield, SSN ⟦us_ssn|375-72-1083⟧, filing single, two jobs."],
  ["en", "log", "2025-02-18 11:02:44 WARN payment.failed user_id=88213 card=⟦payment_card|4985318727022201⟧ amount=59.00 reason=insufficient_funds"],
  ["en", "sql", "UPDATE accounts SET balance = 18240.75 WHERE iban = '⟦iban|NL86RABO5999459177⟧';"],
  ["en", "yaml", 'payee:\n  name: Grace Okafor\n  bank: Chase\n  account_number: "⟦bank_account|9920174488⟧"\n  routing_number: "⟦bank_account|007361441⟧"'],
  ["en", "plain", "Our tenant Michael Brooks has ⟦financial|$3,200⟧ in rent arrears. Draft a payment plan letter."],
  ["en", "plain", "Is a mortgage of ⟦financial|$410,000⟧ realistic for Priyanka and Dev Shah with a combined income of ⟦financial|$138,000⟧?"],
  [
    "en",
    "spreadsheet",
    "Name\tSort code\tAccount\tAmount\nT. Walsh\t⟦bank_account|40-47-84⟧\t⟦bank_account|71203388⟧\t450.00\nR. Khan\t⟦bank_account|20-00-00⟧\t⟦bank_account|55779911⟧\t300.00",
  ],
  [
    "en",
    "xml",
    "<Payment><Debtor><Nm>Ella Sorensen</Nm></Debtor><DbtrAcct><IBAN>⟦iban|SE19 0901 5445 5776 7655 7662⟧</IBAN></DbtrAcct><Amt>1200.00</Amt></Payment>",
  ],
  ["en", "plain", "My friend Ravi Menon was denied a loan because he has ⟦financial|₹8,50,000⟧ of outstanding debt. What can he do?"],
  ["en", "chat", "lol Tyler just told me his bonus was ⟦financial|$40k⟧ this year and he still hasn't paid me back"],
  // --- German ----------------------------------------------------------------------------------------
  ["de", "plain", "Bitte überweise die Miete an Katrin Vogel, IBAN ⟦iban|DE89 8217 4533 8932 0273 90⟧."],
  ["de", "plain", "Mein Nachbar Stefan Lorenz hat ⟦financial|24.000 €⟧ Schulden bei der Sparkasse und bekommt jetzt eine Pfändung. Was kann er tun?"],
  ["de", "plain", "Meine Steuer-ID ist ⟦national_id|96046213752⟧, wo trage ich die in ELSTER ein?"],
  [
    "de",
    "email",
    "Sehr geehrte Damen und Herren,\nbitte buchen Sie den Beitrag künftig vom Konto ⟦iban|AT81 7816 1229 3991 2024⟧ (Kontoinhaber: Thomas Gruber) ab.\nMit freundlichen Grüßen",
  ],
  ["de", "csv", "Mitarbeiter;Bruttogehalt;Steuerklasse\nJulia Hartmann;⟦financial|4.850,00⟧;1\nMarkus Engel;⟦financial|6.120,00⟧;3"],
  ["de", "plain", "Herr Albrecht verdient ⟦financial|3.400 Euro netto⟧ und zahlt einen Kredit über ⟦financial|85.000 Euro⟧ ab."],
  // --- French ----------------------------------------------------------------------------------------
  ["fr", "plain", "Voici mon RIB : IBAN ⟦iban|FR33 0388 4830 46AB C796 6246 709⟧, au nom de Camille Rousseau. Peux-tu le mettre dans la facture ?"],
  ["fr", "plain", "Mon collègue Nicolas Girard gagne ⟦financial|4 200 € net⟧ par mois et a un crédit de ⟦financial|150 000 €⟧."],
  ["fr", "plain", "Ma carte bancaire ⟦payment_card|5231 9957 9393 1230⟧ a été débitée deux fois, comment faire opposition ?"],
  ["fr", "json", '{"client": "Mme Élodie Faure", "iban": "⟦iban|FR75 7460 7734 25AB C382 7894 431⟧", "mensualite": 842.50}'],
  // --- Spanish ---------------------------------------------------------------------------------------
  ["es", "plain", "Transfiere los 300 € a mi cuenta ⟦iban|ES51 7958 1056 3130 8512 3335⟧, a nombre de Lucía Navarro."],
  ["es", "plain", "Mi cuñado Diego Romero debe ⟦financial|15.000 euros⟧ a Hacienda, ¿qué le puede pasar?"],
  ["es", "plain", "Mi NIF es ⟦national_id|20728152T⟧, ¿cómo presento la declaración de la renta?"],
  ["es", "csv", "nombre,nif,salario_bruto\nPablo Ruiz,⟦national_id|41671528J⟧,⟦financial|32.500⟧\nElena Vidal,⟦national_id|05052746Z⟧,⟦financial|41.200⟧"],
  // --- Italian ---------------------------------------------------------------------------------------
  ["it", "plain", "Il mio codice fiscale è ⟦national_id|RSSMRA85T10A562S⟧, come compilo il 730?"],
  ["it", "plain", "Fai un bonifico a Giulia Bianchi, IBAN ⟦iban|IT58 X480 8992 7311 4864 0850 711⟧, causale affitto."],
  ["it", "plain", "Mio fratello Luca Verdi ha un mutuo di ⟦financial|180.000 euro⟧ e guadagna ⟦financial|1.900 euro al mese⟧."],
  // --- Portuguese ------------------------------------------------------------------------------------
  ["pt", "plain", "Podes transferir para o meu IBAN ⟦iban|PT81 7066 2089 8552 0545 0910 0⟧? Obrigado, Rui Almeida."],
  ["pt", "plain", "A minha tia Fernanda Lopes deve ⟦financial|22.000 euros⟧ ao banco e o salário dela é de ⟦financial|950 euros⟧."],
  // --- Dutch -----------------------------------------------------------------------------------------
  ["nl", "plain", "Kun je het bedrag overmaken naar ⟦iban|NL84 RABO 8085 1840 59⟧ t.n.v. S. Bakker?"],
  ["nl", "plain", "Mijn BSN is ⟦national_id|190508656⟧, wat moet ik invullen bij de belastingaangifte?"],
  ["nl", "plain", "Mijn collega Daan Smit verdient ⟦financial|€5.400 bruto⟧ per maand en heeft een studieschuld van ⟦financial|€38.000⟧."],
  // --- Polish ----------------------------------------------------------------------------------------
  ["pl", "plain", "Proszę przelać zaliczkę na konto ⟦iban|PL20 1452 1279 5323 6942 2142 0999⟧, odbiorca: Katarzyna Lewandowska."],
  ["pl", "plain", "Mój NIP to ⟦national_id|5690142340⟧, jak wystawić fakturę?"],
  ["pl", "plain", "Sąsiad Piotr Kamiński ma ⟦financial|60 000 zł⟧ długu w chwilówkach, co mu doradzić?"],
  // --- Swedish ---------------------------------------------------------------------------------------
  ["sv", "plain", "Skicka pengarna till mitt konto ⟦iban|SE64 7268 4706 6450 9112 9014⟧, Anna Berg."],
  ["sv", "plain", "Min svåger Johan Lund har en lön på ⟦financial|38 000 kr⟧ i månaden och skulder på ⟦financial|450 000 kr⟧."],
  // --- Turkish ---------------------------------------------------------------------------------------
  ["tr", "plain", "Kirayı şu hesaba yatırır mısın: ⟦iban|TR57 3009 5099 5215 3391 3316 42⟧, Zeynep Arslan."],
  ["tr", "plain", "Kardeşim Burak Çelik'in maaşı ⟦financial|45.000 TL⟧ ve ⟦financial|300.000 TL⟧ kredi borcu var."],
  // --- Russian and Ukrainian -------------------------------------------------------------------------
  ["ru", "plain", "Переведите, пожалуйста, на карту ⟦payment_card|4690 2216 7475 7744⟧, получатель Сергей Волков."],
  ["ru", "plain", "Мой сосед Игорь Белов задолжал банку ⟦financial|800 000 рублей⟧, ему грозит банкротство?"],
  ["uk", "plain", "Реквізити: IBAN ⟦iban|UA55 5975 4670 3615 3521 5865 7511 6⟧, отримувач Ткаченко Оксана."],
  ["uk", "plain", "Моя колега Наталія Мельник отримує зарплату ⟦financial|32 000 гривень⟧."],
  // --- Arabic ----------------------------------------------------------------------------------------
  ["ar", "plain", "حوّل المبلغ إلى حسابي: ⟦iban|SA89 1944 3033 7059 2245 1887⟧ باسم خالد العتيبي."],
  ["ar", "plain", "راتب زميلي محمد السالم ⟦financial|18,000 ريال⟧ وعليه قرض ⟦financial|250,000 ريال⟧."],
  ["ar", "plain", "رقم الآيبان الخاص بي ⟦iban|AE39 6538 6519 1233 9977 640⟧"],
  // --- Hindi and Hinglish ----------------------------------------------------------------------------
  ["hi", "plain", "मेरे भाई सुरेश यादव की सैलरी ⟦financial|₹45,000⟧ महीना है और उन पर ⟦financial|₹3 लाख⟧ का कर्ज़ है।"],
  ["hinglish", "chat", "bhai mera account number ⟦bank_account|50100123987654⟧ hai, IFSC ⟦bank_account|HDFC0004521⟧, paise bhej de"],
  ["hinglish", "plain", "Neha Kapoor ki salary ⟦financial|12 lakh⟧ per annum hai, kitna home loan milega?"],
  // --- Chinese, Japanese, Korean ---------------------------------------------------------------------
  ["zh", "plain", "请把货款打到我的银行卡⟦payment_card|6011 1770 1113 7668⟧，户名：赵磊。"],
  ["zh", "plain", "我表哥陈刚月薪⟦financial|2万5⟧，欠了信用卡⟦financial|15万元⟧。"],
  ["ja", "plain", "振込先：みずほ銀行 新宿支店 普通 ⟦bank_account|1234567⟧ 名義 ヤマダ タロウ"],
  ["ja", "plain", "同僚の高橋さんの年収は⟦financial|820万円⟧で、住宅ローンが⟦financial|3500万円⟧残っています。"],
  ["ko", "plain", "계좌번호 ⟦bank_account|110-482-917365⟧ (신한은행, 예금주 이지은)으로 입금해 주세요."],
  ["ko", "plain", "제 친구 최준호의 연봉은 ⟦financial|6,500만 원⟧이고 대출이 ⟦financial|2억 원⟧이에요."],
  // --- Vietnamese, Indonesian, Thai ------------------------------------------------------------------
  ["vi", "plain", "Chuyển khoản vào số tài khoản ⟦bank_account|0071000123456⟧ Vietcombank, chủ tài khoản Nguyễn Văn An."],
  ["vi", "plain", "Chị Lê Thị Mai có lương ⟦financial|25 triệu đồng⟧ một tháng và nợ ⟦financial|300 triệu⟧."],
  ["id", "plain", "Gaji teman saya, Andi Pratama, ⟦financial|Rp 12.000.000⟧ per bulan dan utangnya ⟦financial|Rp 150 juta⟧."],
  ["th", "plain", "โอนเงินเข้าบัญชี ⟦bank_account|123-4-56789-0⟧ ธนาคารกสิกรไทย ชื่อบัญชี สมหญิง รักดี"],
  // --- structured, mixed -----------------------------------------------------------------------------
  ["en", "json", '{"payroll": [{"name": "Irene Vasquez", "iban": "⟦iban|ES58 3479 4869 1745 7389 0604⟧", "gross": ⟦financial|5210.00⟧}]}'],
  ["de", "yaml", "kunde:\n  name: Frank Weber\n  iban: ⟦iban|CH95 3030 6831 1823 3731 4⟧\n  kreditlimit: ⟦financial|15000⟧"],
  [
    "en",
    "csv",
    "date,description,amount,card\n2025-01-04,AMAZON MKTPLACE,-54.20,⟦payment_card|3771 0102 5936 031⟧\n2025-01-06,UBER TRIP,-18.75,⟦payment_card|3771 0102 5936 031⟧",
  ],
  ["en", "log", '[billing] 2025-04-01 refund issued to iban=⟦iban|BE89 6536 1283 2771⟧ customer="Jonas Peeters" amount=120.00'],
  [
    "fr",
    "xml",
    "<releve><titulaire>Paul Garnier</titulaire><iban>⟦iban|FR87 9492 9905 86AB C116 5833 912⟧</iban><solde>⟦financial|-1 240,35⟧</solde></releve>",
  ],
  [
    "it",
    "csv",
    "cognome,nome,codice_fiscale,reddito\nBianco,Giulia,⟦national_id|BNCGLI72D55F205Z⟧,⟦financial|28.400⟧\nVerdi,Luca,⟦national_id|VRDLCU90A01H501I⟧,⟦financial|35.100⟧",
  ],
  ["tr", "json", '{"ad_soyad": "Mert Aydın", "tckn": "⟦national_id|53872704668⟧", "maas": "⟦financial|38.500 TL⟧"}'],
  ["hi", "plain", "मेरा आधार ⟦national_id|3493 1371 0889⟧ और बैंक खाता संख्या ⟦bank_account|30291847561⟧ है।"],
  ["en", "plain", "Our client Mrs. Adeyemi has ⟦financial|£18,400⟧ in credit card debt and a CCJ. Which debt solution fits?"],
];

const NEGATIVES: Entry[] = [
  // --- generic health, no person ---------------------------------------------------------------------
  ["en", "hard-negative", "What are the early symptoms of multiple sclerosis?"],
  ["en", "hard-negative", "Is it safe to take ibuprofen with warfarin? Asking for a general overview."],
  ["en", "hard-negative", "What does an HbA1c of 9% mean and what is the target for diabetics?"],
  [
    "en",
    "hard-negative",
    "A 54-year-old man presents with exertional chest pain, BP 152/94, LDL 4.9 mmol/L. What is the most likely diagnosis? (USMLE practice)",
  ],
  ["en", "hard-negative", "Explain the difference between type 1 and type 2 diabetes for a high school biology class."],
  [
    "en",
    "hard-negative",
    "Metformin 500 mg tablets. Indication: type 2 diabetes mellitus. Side effects: nausea, diarrhoea, lactic acidosis (rare). Do not take if eGFR < 30.",
  ],
  ["en", "hard-negative", "How common is postpartum depression, and what are the treatment options?"],
  ["en", "hard-negative", "Write a blog post about living with Crohn's disease: diet, flare-ups, and work."],
  ["en", "hard-negative", "What is a normal PSA level for a man in his 60s?"],
  ["en", "hard-negative", "Create a CSV schema for a clinic: patient_name, dob, diagnosis, medication. No data, just the header and types."],
  ["en", "hard-negative", "In House M.D., Gregory House has chronic leg pain and is addicted to Vicodin. Which episode reveals the infarction?"],
  ["en", "hard-negative", "Stephen Hawking lived with ALS for more than fifty years. How did he communicate?"],
  ["en", "hard-negative", "Walter White is diagnosed with inoperable lung cancer in the first episode of Breaking Bad; summarise season 1."],
  ["en", "hard-negative", "The WHO reports 422 million people worldwide have diabetes. Make a chart of prevalence by region."],
  ["en", "hard-negative", "My doctor says I should cut down on salt. What are easy low-sodium dinners?"],
  ["en", "hard-negative", "Translate into Spanish: 'Take one tablet twice daily with food. Do not exceed the stated dose.'"],
  ["en", "hard-negative", "ICD-10 code F32.2 means major depressive disorder, single episode, severe without psychotic features. What is F33.1?"],
  ["en", "hard-negative", "Pregnancy week by week: what happens at 20 weeks?"],
  ["en", "hard-negative", "Write a SQL query that counts diagnoses per ICD-10 chapter in the table diagnoses(patient_id, icd10)."],
  ["en", "hard-negative", "Our hospital saw 1,204 flu admissions last winter, up 18%. Draft a press release."],
  ["en", "hard-negative", "Summarise the clinical trial: 300 patients with stage II Hodgkin lymphoma received ABVD; 5-year survival was 92%."],
  ["en", "hard-negative", "Frida Kahlo suffered from polio as a child and a bus accident later; how did this shape her art?"],
  ["en", "hard-negative", "What are the side effects of levothyroxine, and when is the best time to take it?"],
  ["en", "hard-negative", "Character sheet for my novel: Dr. Elena Marsh, 42, oncologist, recovering alcoholic. Write her backstory."],
  // --- generic finance, no person -------------------------------------------------------------------
  ["en", "hard-negative", "How is compound interest calculated? Example: $10,000 at 5% for 10 years."],
  ["en", "hard-negative", "Apple reported revenue of $383.3 billion for fiscal 2023 and net income of $97 billion. What's the net margin?"],
  ["en", "hard-negative", "What is the structure of an IBAN and how is the check digit calculated?"],
  ["en", "hard-negative", "Use the test card 4242 4242 4242 4242 with any future expiry to simulate a Stripe payment."],
  ["en", "hard-negative", "The example IBAN GB82 WEST 1234 5698 7654 32 is used in the documentation; validate it in Python."],
  ["en", "hard-negative", "The median household income in the US was $74,580 in 2022. How does it compare with 2019?"],
  ["en", "hard-negative", "Job ad: Senior Data Engineer, salary €75,000–€90,000, hybrid, Berlin. Rewrite it to sound friendlier."],
  ["en", "hard-negative", "Calculate the monthly payment on a $300,000 mortgage at 6.5% over 30 years."],
  ["en", "hard-negative", "Tesla's Q4 2024 deliveries were 495,570 vehicles; Elon Musk's net worth is estimated at $400 billion."],
  ["en", "hard-negative", "Explain what a credit score of 700 means in the US and how it is computed."],
  ["en", "hard-negative", "Write a Python function that validates a credit card number with the Luhn algorithm."],
  ["en", "hard-negative", "Create a CSV template for payroll with columns employee, iban, net_salary — headers only."],
  ["en", "hard-negative", "In Monopoly each player starts with $1,500. What's the best strategy?"],
  ["en", "hard-negative", "Scrooge McDuck's fortune is said to be five multitrillion-fantasticatillion dollars; write a parody news piece."],
  ["en", "hard-negative", "Microsoft's balance sheet: total assets $512 billion, liabilities $243 billion. Compute the debt ratio."],
  ["en", "hard-negative", "What's the difference between a sort code and an account number in UK banking?"],
  ["en", "hard-negative", "Word problem: Maria earns $3,200 a month and spends 30% on rent. How much is left?"],
  ["en", "hard-negative", "log: 2025-02-18 11:02:44 INFO payment.ok order_id=88213 amount=59.00 currency=EUR latency_ms=184"],
  ["en", "hard-negative", "SELECT customer_id, SUM(amount) FROM payments GROUP BY customer_id HAVING SUM(amount) > 1000;"],
  ["en", "hard-negative", '{"invoice_no": "INV-2025-00418", "total": 1240.50, "currency": "EUR", "due": "2025-05-01"}'],
  ["en", "hard-negative", "The average salary of a nurse in the UK is about £35,000. Is that enough to live in London?"],
  // --- German ----------------------------------------------------------------------------------------
  ["de", "hard-negative", "Welche Nebenwirkungen hat Marcumar und welche Lebensmittel sollte man meiden?"],
  ["de", "hard-negative", "Was sind typische Symptome eines Bandscheibenvorfalls?"],
  ["de", "hard-negative", "Wie berechnet man die Prüfziffer einer deutschen IBAN?"],
  ["de", "hard-negative", "Das Durchschnittsgehalt in Deutschland lag 2023 bei rund 4.100 € brutto im Monat."],
  ["de", "hard-negative", "Die Siemens AG erzielte im Geschäftsjahr 2024 einen Umsatz von 75,9 Mrd. Euro."],
  ["de", "hard-negative", "Packungsbeilage: Ibuprofen 400 mg. Anwendungsgebiete: leichte bis mäßig starke Schmerzen, Fieber."],
  ["de", "hard-negative", "Wie hoch ist die Rate bei einem Kredit über 85.000 Euro mit 4 % Zins und 15 Jahren Laufzeit?"],
  // --- French ----------------------------------------------------------------------------------------
  ["fr", "hard-negative", "Quels sont les symptômes de la dépression saisonnière ?"],
  ["fr", "hard-negative", "Comment fonctionne un crédit immobilier à taux fixe en France ?"],
  ["fr", "hard-negative", "Notice : Doliprane 1000 mg, paracétamol. Ne pas dépasser 3 g par jour."],
  ["fr", "hard-negative", "LVMH a annoncé un chiffre d'affaires de 86,2 milliards d'euros en 2023."],
  ["fr", "hard-negative", "Dans Les Misérables, Fantine meurt de la tuberculose ; résume ce passage."],
  // --- Spanish ---------------------------------------------------------------------------------------
  ["es", "hard-negative", "¿Cuáles son los primeros síntomas del alzhéimer?"],
  ["es", "hard-negative", "¿Cómo se calcula la letra del DNI español?"],
  ["es", "hard-negative", "El salario mínimo en España es de 1.184 euros al mes en 14 pagas."],
  ["es", "hard-negative", "Prospecto: hidroxicloroquina 200 mg. Indicado en lupus eritematoso y artritis reumatoide."],
  // --- Italian, Portuguese, Dutch --------------------------------------------------------------------
  ["it", "hard-negative", "Quali sono i sintomi del morbo di Crohn?"],
  ["it", "hard-negative", "Come si calcola il codice fiscale a partire da nome e data di nascita?"],
  ["it", "hard-negative", "Il mutuo medio in Italia nel 2024 era di circa 140.000 euro."],
  ["pt", "hard-negative", "Quais são os sintomas da síndrome do pânico?"],
  ["pt", "hard-negative", "Como funciona o IRS em Portugal para trabalhadores independentes?"],
  ["nl", "hard-negative", "Wat zijn de eerste tekenen van longkanker?"],
  ["nl", "hard-negative", "Hoe controleer je of een BSN geldig is met de elfproef?"],
  ["nl", "hard-negative", "ASML boekte in 2024 een omzet van 28,3 miljard euro."],
  // --- Polish, Swedish, Turkish ----------------------------------------------------------------------
  ["pl", "hard-negative", "Jakie są objawy cukrzycy typu 2?"],
  ["pl", "hard-negative", "Średnie wynagrodzenie w Polsce wynosi około 8 000 zł brutto."],
  ["sv", "hard-negative", "Vilka biverkningar har Waran?"],
  ["sv", "hard-negative", "Hur räknar man ut kontrollsiffran i ett svenskt personnummer?"],
  ["tr", "hard-negative", "Depresyonun belirtileri nelerdir?"],
  ["tr", "hard-negative", "Asgari ücret 2025'te net 22.104 TL oldu."],
  ["tr", "hard-negative", "IBAN numarası kaç haneden oluşur ve TR ile mi başlar?"],
  // --- Russian and Ukrainian -------------------------------------------------------------------------
  ["ru", "hard-negative", "Какие первые симптомы рака желудка?"],
  ["ru", "hard-negative", "Средняя зарплата в Москве — около 130 000 рублей."],
  ["ru", "hard-negative", "В «Анне Карениной» Левин переживает депрессию; разбери эту линию."],
  ["uk", "hard-negative", "Як розрахувати податок з зарплати 32 000 гривень?"],
  ["uk", "hard-negative", "Що таке інсульт і як його розпізнати?"],
  // --- Arabic ----------------------------------------------------------------------------------------
  ["ar", "hard-negative", "ما هي أعراض مرض السكري؟"],
  ["ar", "hard-negative", "كيف يتم حساب رقم الآيبان في السعودية؟"],
  ["ar", "hard-negative", "بلغت أرباح أرامكو 121 مليار دولار في عام 2023."],
  // --- Hindi and Hinglish ----------------------------------------------------------------------------
  ["hi", "hard-negative", "डेंगू के लक्षण क्या हैं और इसका इलाज कैसे होता है?"],
  ["hinglish", "hard-negative", "thyroid ke symptoms kya hote hain aur kaunsa test karwana chahiye?"],
  ["hinglish", "hard-negative", "home loan ka EMI kaise calculate karte hain? 30 lakh, 8.5% for 20 years"],
  ["hi", "hard-negative", "भारत में औसत वेतन कितना है?"],
  // --- Chinese, Japanese, Korean ---------------------------------------------------------------------
  ["zh", "hard-negative", "肺癌的早期症状有哪些？"],
  ["zh", "hard-negative", "高血压患者可以喝咖啡吗？"],
  ["zh", "hard-negative", "腾讯2023年营收为6090亿元。"],
  ["zh", "hard-negative", "《红楼梦》中林黛玉患有肺病，请分析这个人物。"],
  ["ja", "hard-negative", "うつ病の症状にはどんなものがありますか？"],
  ["ja", "hard-negative", "日本の平均年収は約460万円です。"],
  ["ko", "hard-negative", "공황장애의 증상은 무엇인가요?"],
  ["ko", "hard-negative", "삼성전자의 2023년 매출은 258조 원이었다."],
  // --- Vietnamese, Indonesian, Thai ------------------------------------------------------------------
  ["vi", "hard-negative", "Viêm gan B lây truyền qua những con đường nào?"],
  ["vi", "hard-negative", "Lương tối thiểu vùng I năm 2024 là 4,96 triệu đồng."],
  ["id", "hard-negative", "Apa gejala kanker usus besar?"],
  ["id", "hard-negative", "Bagaimana cara menghitung cicilan KPR Rp 500 juta selama 15 tahun?"],
  ["th", "hard-negative", "อาการของโรคมะเร็งตับมีอะไรบ้าง"],
];

/**
 * Batch B: written after the rules above were tuned on batch A, and scored as found before any
 * further change (docs/privacy.md): a second, smaller "unseen" figure.
 */
const BATCH_B: Entry[] = [
  [
    "en",
    "email",
    "Hi Marta,\nJust so you know, Kevin Doyle's blood results came back and his ⟦health|cholesterol is 7.2⟧. The GP wants him on ⟦health|rosuvastatin⟧.\nCheers",
  ],
  ["en", "chat", "[Slack] @channel Sanjay Iyer will be out until March — ⟦health|knee replacement surgery⟧. Please route his tickets to Lin."],
  [
    "en",
    "plain",
    "Rewrite for a care home handover: Mrs Dorothy Pike, 88, ⟦health|type 2 diabetic⟧, ⟦health|insulin⟧ at 8am and 6pm, ⟦health|sugar 14.2 mmol/L⟧ this morning.",
  ],
  ["en", "plain", "Can you explain to my dad, Harold Finch, what ⟦health|stage 3 chronic kidney disease⟧ means for his diet?"],
  ["en", "form", "Employee name: Grace Adeyemi\nReason for absence: ⟦health|miscarriage⟧\nDays: 5\nPlease draft a compassionate reply from HR."],
  ["en", "plain", "Our nanny, Rosa Delgado, just told us she's ⟦health|14 weeks pregnant⟧. What are our obligations as employers?"],
  ["en", "insurance-claim", "Claimant: Thomas Reyes\nPolicy: 55-901-22\nTreatment: ⟦health|physiotherapy for rotator cuff tear⟧\nInvoice total: $640"],
  ["en", "plain", "Help me word a message to the team: Aisha Karim is back from ⟦health|rehab for alcohol dependence⟧ and we should be supportive."],
  ["en", "csv", "name,room,allergy,diet\nEdith Crowe,12,⟦health|penicillin⟧,⟦health|gluten-free (coeliac)⟧\nWalter Boyd,14,⟦health|latex⟧,diabetic"],
  ["en", "plain", "My brother-in-law Craig Mitchell was prescribed ⟦health|sertraline 50mg⟧ for ⟦health|OCD⟧. Is it OK to drink on it?"],
  ["en", "plain", "Draft a landlord letter: tenant Simon Hale lost his job and is ⟦financial|£2,150⟧ behind on rent."],
  ["en", "plain", "Compare these offers for my sister, Jenna Price: she makes ⟦financial|$68k⟧ and has ⟦financial|$22k⟧ in student loans."],
  [
    "en",
    "bank-statement",
    "Account name: MR D KOWALSKI\nSort code ⟦bank_account|30-96-26⟧ Account no ⟦bank_account|18273645⟧\n01 Jun Balance brought forward ⟦financial|1,204.33⟧\nExplain the overdraft fee.",
  ],
  [
    "en",
    "json",
    '{"applicant": {"name": "Bianca Ferreira", "annual_income": ⟦financial|54000⟧, "existing_debt": ⟦financial|8700⟧, "iban": "⟦iban|PT22 0871 4983 0227 1368 6941 1⟧"}}',
  ],
  ["en", "plain", "Please pay the invoice from Liam O'Connor to IBAN ⟦iban|BE80 2358 3035 9654⟧ by Friday."],
  ["en", "log", '2025-05-02 10:11:09 ERROR kyc.check failed name="Omar Farouk" ssn=⟦us_ssn|104-55-7711⟧ reason=mismatch'],
  ["en", "plain", "My friend Dana Cho's card ⟦payment_card|4985 3187 2702 2201⟧ was charged twice by the gym, how does she dispute it?"],
  ["de", "plain", "Kannst du eine Mail an Herrn Vogt schreiben? Seine ⟦health|Chemotherapie⟧ beginnt am Montag, er fällt sechs Wochen aus."],
  ["de", "plain", "Meine Schwiegermutter Ursula Keller hat ⟦health|Parkinson⟧ und nimmt ⟦health|Madopar⟧, sie stürzt oft. Was hilft?"],
  ["de", "plain", "Lohnabrechnung für Dennis Maurer: Brutto ⟦financial|3.950,00 €⟧, Netto ⟦financial|2.610,42 €⟧. Stimmt die Lohnsteuer?"],
  ["de", "plain", "Mein Bruder Tobias Frank hat ⟦financial|12.000 Euro⟧ Schulden beim Finanzamt, Steuernummer bekannt. Was tun?"],
  ["fr", "plain", "Mon voisin Marc Lemaire vient d'apprendre qu'il a un ⟦health|cancer du pancréas⟧. Comment l'aider au quotidien ?"],
  ["fr", "email", "Bonjour,\nMme Sophie Caron sera absente pour ⟦health|un burn-out⟧ jusqu'à fin juin.\nCordialement"],
  ["fr", "plain", "Ma sœur Julie Perrin gagne ⟦financial|2 100 € par mois⟧ et rembourse un crédit auto de ⟦financial|18 000 €⟧."],
  ["es", "plain", "Mi suegro, Ramón Castillo, tiene ⟦health|EPOC⟧ y usa ⟦health|oxígeno en casa⟧. ¿Puede viajar en avión?"],
  ["es", "plain", "Mi compañera Inés Molina cobra ⟦financial|1.850 € netos⟧ y tiene una hipoteca de ⟦financial|140.000 €⟧."],
  ["es", "chat", "oye pásale la pasta a Sergio a la cuenta ⟦iban|ES30 6043 5809 7771 2972 5029⟧ que se la debo"],
  ["it", "plain", "Mio padre, Franco Rinaldi, ha il ⟦health|diabete di tipo 2⟧ e la ⟦health|glicemia a 210⟧ stamattina. È grave?"],
  ["it", "plain", "La mia collega Sara Conti ha un ⟦financial|debito di 9.000 euro⟧ con la banca."],
  ["pt", "plain", "A minha mãe, Teresa Matos, tem ⟦health|Alzheimer⟧ e toma ⟦health|donepezilo⟧. Que cuidados devo ter?"],
  ["pt", "plain", "O meu colega Rui Nogueira ganha ⟦financial|1.450 euros⟧ e tem ⟦financial|30 mil euros⟧ de dívidas."],
  ["nl", "plain", "Mijn schoonvader Henk Bos heeft ⟦health|COPD⟧ en gebruikt ⟦health|Spiriva⟧. Mag hij nog roken? (grapje)"],
  ["nl", "plain", "Kun je een betalingsregeling opstellen voor Lotte Visser? Ze heeft ⟦financial|€4.300⟧ huurachterstand."],
  ["pl", "plain", "Mój teść Jan Mazur ma ⟦health|niewydolność serca⟧ i bierze ⟦health|furosemid⟧. Czy może jeść sól?"],
  ["pl", "plain", "Koleżanka Anna Wójcik zarabia ⟦financial|7 200 zł netto⟧ i ma ⟦financial|kredyt 250 000 zł⟧."],
  ["sv", "plain", "Min granne Lars Ek har ⟦health|KOL⟧ och syrgas hemma. Hur kan vi hjälpa honom?"],
  ["tr", "plain", "Komşumuz Ahmet Yıldız'a ⟦health|kanser⟧ teşhisi konmuş, nasıl destek olabiliriz?"],
  ["tr", "plain", "Ablamın eşi Serkan Öztürk'ün ⟦financial|250.000 TL⟧ borcu var."],
  ["ru", "plain", "Мама, Людмила Соколова, принимает ⟦health|метформин⟧ и у неё ⟦health|сахар 9,8⟧. Это опасно?"],
  ["ru", "plain", "Коллега Ирина Морозова получает ⟦financial|95 000 рублей⟧ и платит ипотеку ⟦financial|40 000 рублей⟧ в месяц."],
  ["uk", "plain", "Мій батько Василь Гончаренко має ⟦health|рак легенів⟧, що йому можна їсти під час хіміотерапії?"],
  ["ar", "plain", "صديقي عمر الشهري مصاب ب⟦health|الاكتئاب⟧ ويتناول ⟦health|سيرترالين⟧."],
  ["hi", "plain", "मेरी माँ सुनीता देवी को ⟦health|मधुमेह⟧ है और उनका ⟦health|शुगर 250⟧ है।"],
  ["hinglish", "chat", "yaar Ankit Sharma ki salary ⟦financial|85k⟧ hai aur uska ⟦financial|personal loan 5 lakh⟧ ka hai"],
  ["zh", "plain", "我爸爸李建国有⟦health|糖尿病⟧，空腹血糖⟦health|9.5⟧，需要打⟦health|胰岛素⟧吗？"],
  ["zh", "plain", "同事王芳的工资是每月⟦financial|1万2⟧，她还欠了⟦financial|5万⟧网贷。"],
  ["ja", "plain", "母の山本和子は⟦health|乳がん⟧の手術を受けました。"],
  ["ko", "plain", "제 동생 이수진은 ⟦health|갑상선암⟧ 수술을 받았어요."],
  ["vi", "plain", "Mẹ tôi, bà Nguyễn Thị Hoa, bị ⟦health|tiểu đường⟧ và ⟦health|cao huyết áp⟧."],
  ["id", "plain", "Ayah saya, Pak Joko Susilo, menderita ⟦health|stroke⟧ dan dirawat di RS."],
  // hard negatives
  ["en", "hard-negative", "What is a normal fasting blood sugar? Mine was 5.8 mmol/L this morning."],
  ["en", "hard-negative", "Summarise: the patient in this case study is a 67-year-old woman on warfarin whose INR rose to 5.2."],
  ["en", "hard-negative", "List the common side effects of sertraline 50mg and how long they last."],
  ["en", "hard-negative", "Write a press release: Acme Health's Q1 revenue was $1.2 billion, up 8%."],
  ["en", "hard-negative", "Freddie Mercury was diagnosed with AIDS in 1987; how did Queen's last album reflect that?"],
  ["en", "hard-negative", "Medication: Lisinopril. Class: ACE inhibitor. Usual dose: 10 mg daily. Make a flashcard."],
  ["en", "hard-negative", "Diagnosis: ____  Medication: ____  — design a printable patient intake form with these blanks."],
  ["en", "hard-negative", "How much should someone earning $68k save for retirement each month?"],
  ["en", "hard-negative", "In Grey's Anatomy, Meredith Grey's mother Ellis has early-onset Alzheimer's; summarise that arc."],
  ["en", "hard-negative", "My blood pressure was 150/95 at the pharmacy. Should I worry?"],
  ["de", "hard-negative", "Welche Nebenwirkungen hat Madopar bei Parkinson?"],
  ["de", "hard-negative", "Wie hoch ist das Bruttogehalt eines Lehrers in Bayern im Durchschnitt?"],
  ["fr", "hard-negative", "Quel est le salaire médian en France en 2024 ?"],
  ["es", "hard-negative", "¿Qué es la EPOC y cómo se trata?"],
  ["it", "hard-negative", "Valori normali della glicemia a digiuno?"],
  ["pt", "hard-negative", "Donepezilo: indicações, dose e efeitos secundários."],
  ["nl", "hard-negative", "Hoeveel mensen in Nederland hebben COPD?"],
  ["pl", "hard-negative", "Jak działa furosemid i kiedy się go stosuje?"],
  ["ru", "hard-negative", "Какой уровень сахара в крови считается нормой?"],
  ["zh", "hard-negative", "空腹血糖多少算正常？"],
  ["ja", "hard-negative", "乳がんの初期症状は何ですか？"],
  ["ko", "hard-negative", "갑상선암 생존율은 어떻게 되나요?"],
  ["vi", "hard-negative", "Bệnh cao huyết áp nên ăn gì?"],
  ["id", "hard-negative", "Apa saja gejala stroke ringan?"],
  ["ar", "hard-negative", "ما هي الآثار الجانبية لسيرترالين؟"],
  ["tr", "hard-negative", "Kanser tedavisinde yeni yöntemler nelerdir?"],
];

/**
 * Batch C: records and non-Latin scripts, written after the batch-B rules and scored as found
 * before any further change (docs/privacy.md).
 */
const BATCH_C: Entry[] = [
  [
    "en",
    "hl7",
    "PID|1||⟦medical_record|77120934⟧^^^CITYHOSP^MR||Moreau^Claire||⟦date_of_birth|19630218⟧|F\nDG1|1||⟦health|J45.909^Asthma, unspecified^I10⟧\nRXE|1|⟦health|albuterol 90 mcg inhaler⟧",
  ],
  [
    "en",
    "fhir",
    '{"resourceType":"Condition","subject":{"display":"Yusuf Demir"},"code":{"text":"⟦health|Major depressive disorder⟧"},"onsetDateTime":"2024-02-11"}',
  ],
  [
    "en",
    "fhir",
    '{"resourceType":"MedicationRequest","subject":{"reference":"Patient/88","display":"Hana Kobayashi"},"medicationCodeableConcept":{"text":"⟦health|Lamotrigine 100 mg⟧"}}',
  ],
  ["en", "csv", "member_id,full_name,plan,claim_code,claim_desc\nM-10293,Jorge Salas,PPO,⟦health|Z33.1⟧,⟦health|Pregnant state, incidental⟧"],
  ["en", "sql", "SELECT name, diagnosis FROM patients WHERE name = 'Ingrid Olsen'; -- returns: Ingrid Olsen | ⟦health|bipolar II disorder⟧"],
  ["en", "log", '[hr-portal] 2025-06-03 leave.request employee="Paolo Greco" type=sick note="⟦health|migraine with aura, neurologist referral⟧"'],
  ["en", "yaml", "client: Nadia Petrova\nhousehold_income: ⟦financial|41200⟧\ndebts:\n  credit_card: ⟦financial|6300⟧\n  car_loan: ⟦financial|11800⟧"],
  ["en", "csv", "name,account_no,routing_no,amount\nBeatrice Lamb,⟦bank_account|000123456789⟧,⟦bank_account|021000021⟧,250.00"],
  ["en", "xml", '<employee><name>Kofi Mensah</name><salary currency="GBP">⟦financial|47500⟧</salary><dept>Logistics</dept></employee>'],
  ["en", "vcard", "BEGIN:VCARD\nFN:Lucia Romano\nNOTE:⟦health|Type 1 diabetic - carries glucagon⟧\nTEL;TYPE=CELL:⟦phone|+39 347 123 4567⟧\nEND:VCARD"],
  ["en", "markdown", "| Resident | Room | Diagnosis | Meds |\n|---|---|---|---|\n| Arthur Bell | 3 | ⟦health|Vascular dementia⟧ | ⟦health|donepezil 10 mg⟧ |"],
  [
    "en",
    "email",
    "From: payroll@company.example\nTo: hr@company.example\nSubject: garnishment\n\nWe received a wage garnishment order for Derek Olsen: ⟦financial|$450⟧ per pay period until the ⟦financial|$9,800⟧ judgment is paid.",
  ],
  ["de", "csv", "Name;Station;Diagnose;Medikation\nHelga Wolff;3B;⟦health|Herzinsuffizienz NYHA III⟧;⟦health|Torasemid 10 mg⟧"],
  [
    "de",
    "json",
    '{"kunde": "Jan Richter", "einkommen_netto": ⟦financial|2890⟧, "schufa_score": ⟦financial|87.4⟧, "iban": "⟦iban|DE61 9408 6510 7542 0293 94⟧"}',
  ],
  ["fr", "csv", "nom;prénom;pathologie;traitement\nGirard;Louise;⟦health|sclérose en plaques⟧;⟦health|ocrelizumab⟧"],
  ["es", "json", '{"paciente": "Alba Herrera", "diagnostico": "⟦health|hipotiroidismo⟧", "medicacion": "⟦health|levotiroxina 75 mcg⟧"}'],
  ["it", "plain", "Paziente: Marco Ferri. Esami: ⟦health|emoglobina 9,2 g/dL⟧, ⟦health|ferritina 8 ng/mL⟧. Terapia: ⟦health|ferro solfato⟧."],
  ["pt", "csv", "nome,cpf,salario\nFernanda Lima,⟦national_id|318.470.265-08⟧,⟦financial|8500.00⟧"],
  ["pl", "plain", "Pacjentka: Zofia Król. Rozpoznanie: ⟦health|niedoczynność tarczycy⟧. Leki: ⟦health|Euthyrox 50⟧."],
  ["ru", "plain", "ФИО: Кузнецов Павел Андреевич\nДиагноз: ⟦health|язвенная болезнь желудка⟧\nЛечение: ⟦health|омепразол 20 мг⟧"],
  ["uk", "plain", "Пацієнт: Литвиненко Сергій. Діагноз: ⟦health|бронхіальна астма⟧. Призначено: ⟦health|сальбутамол⟧."],
  ["tr", "plain", "Hasta: Elif Şahin, 34 yaş. Tanı: ⟦health|migren⟧. Tedavi: ⟦health|sumatriptan 50 mg⟧."],
  ["ar", "plain", "المريض: سعيد القحطاني\nالتشخيص: ⟦health|فشل كلوي مزمن⟧\nالعلاج: ⟦health|غسيل الكلى⟧"],
  ["hi", "plain", "मरीज़: राजेश कुमार, निदान: ⟦health|टाइफाइड⟧, दवा: ⟦health|एज़िथ्रोमाइसिन⟧"],
  ["zh", "plain", "姓名：陈明 性别：男 诊断：⟦health|抑郁症⟧ 用药：⟦health|舍曲林50mg⟧"],
  ["zh", "csv", "姓名,工资,贷款\n刘洋,⟦financial|18000⟧,⟦financial|600000⟧"],
  ["ja", "plain", "氏名：佐々木 大輔\n病名：⟦health|双極性障害⟧\n処方：⟦health|炭酸リチウム400mg⟧"],
  ["ja", "plain", "社員の中村さんの給与口座は三井住友銀行 普通 ⟦bank_account|7654321⟧ です。"],
  ["ko", "plain", "환자명: 정하늘\n진단명: ⟦health|제2형 당뇨병⟧\n처방: ⟦health|메트포르민 500mg⟧"],
  ["ko", "plain", "직원 박서준의 월급은 ⟦financial|420만 원⟧이고 대출 잔액은 ⟦financial|1억 2천만 원⟧입니다."],
  ["vi", "plain", "Bệnh nhân: Đỗ Văn Hải. Chẩn đoán: ⟦health|viêm phổi⟧. Điều trị: ⟦health|amoxicillin 500mg⟧."],
  ["id", "plain", "Nama pasien: Rina Kartika. Diagnosis: ⟦health|demam berdarah⟧. Obat: ⟦health|paracetamol 500 mg⟧."],
  ["th", "plain", "ผู้ป่วย: นางสาวมาลี ศรีสุข การวินิจฉัย: ⟦health|เบาหวานชนิดที่ 2⟧"],
  ["sv", "csv", "namn;personnummer;lön\nKarin Ek;⟦national_id|860913-7370⟧;⟦financial|41 500⟧"],
  ["nl", "json", '{"naam": "Sanne de Jong", "bsn": "⟦national_id|156217739⟧", "diagnose": "⟦health|ziekte van Crohn⟧"}'],
  // hard negatives
  ["en", "hl7", "MSH|^~\\&|LAB|HOSP|||202501011200||ORU^R01|1|T|2.5\nOBX|1|NM|GLU^Glucose||95|mg/dL|70-100|N  (test message, no patient)"],
  ["en", "fhir", '{"resourceType":"Medication","code":{"text":"Lamotrigine 100 mg"},"form":{"text":"tablet"}}'],
  ["en", "csv", "drug,class,typical_dose\nlisinopril,ACE inhibitor,10 mg\natorvastatin,statin,20 mg\nmetformin,biguanide,500 mg"],
  ["en", "sql", "CREATE TABLE patients (id SERIAL, name TEXT, diagnosis TEXT, medication TEXT, salary NUMERIC);"],
  ["en", "yaml", "report:\n  region: EMEA\n  revenue: 41200000\n  debt: 6300000\n  employees: 1180"],
  ["en", "plain", "Diagnosis: unknown. Treatment: TBD. Write a template email for a clinic's patients."],
  ["de", "plain", "Fachinformation Torasemid 10 mg: Anwendung bei Herzinsuffizienz und Ödemen."],
  ["fr", "plain", "Quelle est la posologie habituelle de l'ocrelizumab dans la sclérose en plaques ?"],
  ["zh", "plain", "舍曲林的常见副作用有哪些？一般用量是50mg吗？"],
  ["ja", "plain", "炭酸リチウムの血中濃度の目標値は？"],
  ["ko", "plain", "메트포르민 500mg 부작용 알려줘"],
  ["ru", "plain", "Омепразол 20 мг: показания и побочные эффекты."],
  ["ar", "plain", "ما هو غسيل الكلى ومتى يحتاجه المريض؟"],
  ["en", "plain", "Sherlock Holmes used a 7% solution of cocaine; Dr. Watson disapproved. Discuss."],
];

writeMarkedSet("dataset-dev-4.jsonl", [
  ...numbered("dev4", [...HEALTH, ...FINANCIAL, ...NEGATIVES]),
  ...numbered("dev4b", BATCH_B),
  ...numbered("dev4c", BATCH_C),
]);
