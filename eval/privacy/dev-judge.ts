/**
 * Development set "judge" (`dataset-dev-judge.jsonl`): hand-written by the author of the judgement
 * and structure rules (personal.ts, contact.ts, judgement/, structured/) while improving them, so it
 * is a DEVELOPMENT set and an upper bound, like dataset.jsonl and dataset-dev-2.jsonl; it was written
 * without reading the independent sets. It holds positives in structured, free-text and adversarial
 * variants (named private people with health information in tables, clinical/SOAP/discharge notes,
 * chat messages and third-person remarks in several languages; records in JSON, YAML, CSV/TSV, HL7 v2,
 * FHIR, vCard, SQL, key=value logs and HTTP headers; E.164 numbers in logs and code; standalone
 * passwords), and hard negatives of every public-versus-personal kind (business and landmark
 * addresses, public figures' and fictional characters' dates and conditions, event dates, reserved
 * IP ranges, drama phone ranges, test values, placeholders, schemas and templates).
 * Values are invented. Each prompt marks its sensitive values as ⟦category|value⟧.
 * Rebuild: npx tsx eval/privacy/dev-judge.ts  (writes eval/privacy/dataset-dev-judge.jsonl)
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Entry = [lang: string, kind: string, text: string];

const ENTRIES: Entry[] = [
  // --- named private people with health information: tables --------------------------------------
  ["en", "table", "| Name | Age | Condition |\n|---|---|---|\n| Anna Kowalczyk | 34 | ⟦health|type 1 diabetes⟧ |\n| Ben Okafor | 51 | ⟦health|COPD⟧ |"],
  ["en", "csv", "patient_name,ward,diagnosis\nMarta Silva,B2,⟦health|sepsis⟧\nJonas Berg,C1,⟦health|hip fracture⟧"],
  ["en", "tsv", "employee\tsick_leave_reason\tdays\nKlaus Becker\t⟦health|burnout⟧\t14\nNora Quist\t⟦health|migraine⟧\t2"],
  ["de", "csv", "Name;Diagnose;Station\nHelga Brandt;⟦health|Herzinsuffizienz⟧;3B\nUwe Kranz;⟦health|Pneumonie⟧;4A"],
  [
    "en",
    "table",
    "Please summarise this roster:\n| Resident | Room | Allergies |\n| Edith Crowley | 12 | ⟦health|penicillin⟧ |\n| Arthur Pym | 14 | ⟦health|latex⟧ |",
  ],
  ["es", "table", "| Paciente | Diagnóstico |\n|---|---|\n| Carmen Ortiz | ⟦health|neumonía⟧ |"],
  ["en", "csv", "name,dob,medication\nFelix Grant,⟦date_of_birth|1961-02-17⟧,⟦health|warfarin⟧"],
  // --- clinical, SOAP and discharge notes ----------------------------------------------------------
  [
    "en",
    "soap",
    "SOAP note\nPatient: Derek Olsen, 58M\nS: 3 days of productive cough, fever 38.9.\nO: crackles R base, SpO2 91%.\nAssessment: ⟦health|community-acquired pneumonia⟧\nPlan: amoxicillin 1 g TDS, review 48h.",
  ],
  [
    "en",
    "soap",
    "Pt: Mrs. Ingrid Solberg, 71F\nS: worsening breathlessness\nO: bibasal crackles, pitting oedema\nA: ⟦health|decompensated heart failure⟧\nP: IV furosemide",
  ],
  [
    "en",
    "discharge",
    "DISCHARGE SUMMARY\nName: Priscilla Nwosu\nAdmitted: 03/02/2025  Discharged: 09/02/2025\nPrincipal diagnosis: ⟦health|acute pancreatitis⟧\nFollow-up with GP in 2 weeks.",
  ],
  ["en", "clinical", "Saw Mrs. Halvorsen today for follow-up of her ⟦health|atrial fibrillation⟧; INR 2.4 on warfarin."],
  ["en", "clinical", "Patient Rosa Jiménez, 72, known ⟦health|CKD⟧ stage 4 — draft a referral letter to nephrology."],
  ["fr", "clinical", "Patient : M. Laurent Giraud\nDiagnostic : ⟦health|insuffisance cardiaque⟧\nTraitement : bisoprolol"],
  ["es", "clinical", "Paciente: Carmen Ortiz Ruiz\nDiagnóstico: ⟦health|neumonía bilateral⟧\nEvolución favorable."],
  ["it", "clinical", "Paziente Luca Bianchi, 67 anni, affetto da ⟦health|BPCO⟧ e ⟦health|ipertensione⟧."],
  ["de", "clinical", "Entlassungsbrief\nPatient: Herr Jürgen Weiß\nDiagnose: ⟦health|Morbus Crohn⟧\nWeiteres Vorgehen: Kontrolle in 4 Wochen."],
  [
    "en",
    "clinical",
    "Hi Dr. Brown,\nI'm writing about my son, Ethan Clarke (DOB ⟦date_of_birth|14/06/2012⟧). His ⟦health|ADHD⟧ medication isn't working anymore.",
  ],
  // --- chat messages -----------------------------------------------------------------------------
  ["en", "chat", "[09:14] Liam: guys Chloe is in hospital again, her ⟦health|Crohn's disease⟧ flared up\n[09:15] Maya: oh no, send her our love"],
  ["en", "chat", "Slack #team: heads-up, Rahul will be out next week, he's starting ⟦health|chemotherapy⟧ for ⟦health|lymphoma⟧."],
  ["en", "chat", "Jamal's therapist says his ⟦health|PTSD⟧ is improving, can you help me write him a card?"],
  ["en", "chat", "WhatsApp from Sunita: Priya tested positive for ⟦health|tuberculosis⟧, the whole class needs screening."],
  ["de", "chat", "[18:02] Jonas: Mein Kumpel Tobias hat ⟦health|Epilepsie⟧, was mache ich bei einem Anfall?"],
  // --- third-person remarks ---------------------------------------------------------------------
  ["en", "plain", "My colleague Anna was diagnosed with ⟦health|bipolar disorder⟧ last month; how can I support her at work?"],
  ["en", "plain", "Anna from accounting told me she has ⟦health|multiple sclerosis⟧. Should I tell HR?"],
  ["en", "plain", "Our neighbour, Mr Patel, has ⟦health|dementia⟧ and keeps wandering outside at night."],
  ["en", "plain", "Can you rewrite this politely: Tom Hughes is off until May because of his ⟦health|depression⟧."],
  ["de", "plain", "Meine Kollegin Petra Lange hat ⟦health|Brustkrebs⟧ und fällt drei Monate aus."],
  ["fr", "plain", "Mon collègue Julien a été diagnostiqué avec une ⟦health|sclérose en plaques⟧."],
  ["es", "plain", "Mi compañera Lucía tiene ⟦health|esclerosis múltiple⟧ y necesita teletrabajar."],
  ["it", "plain", "Il mio vicino Marco soffre di ⟦health|Alzheimer⟧ da due anni."],
  ["nl", "plain", "Mijn buurman Pieter heeft ⟦health|diabetes⟧ en moet elke dag insuline spuiten."],
  ["pt", "plain", "Minha colega Beatriz está com ⟦health|depressão⟧ e pediu licença."],
  ["en", "json", '{"patient": {"name": "Ivo Marić", "conditions": ["⟦health|asthma⟧"]}}'],
  ["en", "yaml", "resident:\n  name: Gerda Holm\n  room: 14\n  diagnosis: ⟦health|vascular dementia⟧"],
  // --- dates of birth and addresses of private people -----------------------------------------------
  ["en", "form", "Name: Oskar Lindqvist\nBorn: ⟦date_of_birth|1984-03-22⟧\nNationality: Swedish"],
  ["en", "plain", "Register my daughter Mila Novak, born ⟦date_of_birth|5 March 2019⟧, for the swimming course."],
  ["en", "json", '{"first_name":"Tariq","last_name":"Haddad","dob":"⟦date_of_birth|1990-11-02⟧"}'],
  ["en", "plain", "Please send the contract to my home address: ⟦street_address|27 Willow Crescent, Bristol BS6 7QT⟧."],
  ["en", "plain", "Our nanny, Rita Gomes, lives at ⟦street_address|14 Maple Avenue, Springfield, IL 62704⟧."],
  ["en", "yaml", "shipping:\n  name: Omar Aziz\n  address: ⟦street_address|88 Kingsley Road, Leicester LE2 1AB⟧"],
  // --- structured records --------------------------------------------------------------------------
  ["en", "json", '{"traveller":"Ines Moreau","passport_no":"⟦passport|19FV84512⟧","nationality":"FR"}'],
  ["en", "json", '{"doc_type":"P","doc_number":"⟦passport|C7T4L9K21⟧","surname":"Keller"}'],
  ["en", "csv", "mrn,visit_date,bp\n⟦medical_record|00482913⟧,2024-05-02,132/84\n⟦medical_record|00519044⟧,2024-05-03,118/76"],
  ["en", "csv", "employee,routing,account,amount\nJ. Park,⟦bank_account|021000021⟧,⟦bank_account|4831920017⟧,1250.00"],
  [
    "en",
    "hl7",
    "MSH|^~\\&|ADT|HOSP|||202501151200||ADT^A01|123|P|2.5\nPID|1||⟦medical_record|M4471203⟧^^^STMARY^MR||Fairweather^Eleanor^J||⟦date_of_birth|19521123⟧|F",
  ],
  ["en", "hl7", "PID|1||⟦medical_record|448812⟧^^^HOSP^MR||Lind^Astrid||⟦date_of_birth|19670412⟧|F\nDG1|1||⟦health|E11.9^Type 2 diabetes mellitus^I10⟧"],
  [
    "en",
    "fhir",
    '{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"⟦medical_record|7731904⟧"}],"name":[{"family":"Osei","given":["Kofi"]}],"birthDate":"⟦date_of_birth|1978-09-30⟧"}',
  ],
  ["en", "vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Sofia Lindgren\nTEL;TYPE=CELL:⟦phone|+46 70 123 45 67⟧\nEMAIL:⟦email|sofia.lindgren@telia.se⟧\nEND:VCARD"],
  ["en", "sql", "SELECT * FROM patients WHERE mrn = '⟦medical_record|00731188⟧' AND last_name = 'Osei';"],
  [
    "en",
    "sql",
    "INSERT INTO customers (full_name, email, phone, dob) VALUES ('Lena Vogt', '⟦email|lena.vogt@gmx.de⟧', '⟦phone|+49 151 23456789⟧', '⟦date_of_birth|1991-07-14⟧');",
  ],
  ["en", "log", "2025-01-14T10:22:01Z INFO sms.sent to=⟦phone|+447911123456⟧ template=otp status=delivered"],
  ["en", "http", "GET /v1/profile HTTP/1.1\nHost: api.shop.io\nX-User-Email: ⟦email|k.tanaka@outlook.jp⟧\nX-User-Phone: ⟦phone|+81 90 1234 5678⟧"],
  ["en", "env", "DB_USER=app\nDB_PASSWORD=⟦password|qL7#vR2!mZ9x⟧\nDB_HOST=10.0.3.14"],
  ["en", "yaml", "smtp:\n  user: reports\n  password: ⟦password|Wint3r-Cr0wn-88⟧"],
  ["en", "log", "user=jdoe ssn=⟦us_ssn|536-22-8142⟧ action=lookup result=found"],
  ["en", "json", '{"customer": "Maeve Byrne", "iban": "⟦iban|IE12BOFI90001710027952⟧", "phone": "⟦phone|+353 87 123 4567⟧"}'],
  ["en", "yaml", "employee:\n  name: Arjun Mehta\n  aadhaar: ⟦national_id|2341 2341 2346⟧"],
  // --- E.164 phone numbers in logs and code ------------------------------------------------------------
  ["en", "code", "client.messages.create(to='⟦phone|+61412345678⟧', body='Your code is 4411')"],
  ["en", "code", "num = phonenumbers.parse('⟦phone|4155552671⟧', 'US')"],
  ["en", "code", "console.log(formatPhone('⟦phone|+919876543210⟧'));"],
  ["en", "log", "[2025-02-01 08:00:12] WARN OTP resend to ⟦phone|+4915112345678⟧ after 3 failures"],
  ["en", "log", "smsc: submit_sm msisdn=⟦phone|447911123456⟧ status=DELIVRD"],
  ["en", "code", 'sendSms({ recipient: "⟦phone|+33612345678⟧", text: "Rappel RDV demain 9h" });'],
  // --- standalone passwords the user says they use -------------------------------------------------
  ["en", "plain", "I use ⟦password|Tr0ub4dor&3x⟧ for my email, is that strong enough?"],
  ["en", "plain", "Is ⟦password|Bl4ckC@t_2019⟧ a good passphrase? I've been using it everywhere."],
  ["fr", "plain", "Mot de passe : ⟦password|Soleil#2024⟧"],
  ["en", "plain", "My wifi password is ⟦password|GreenTea!77⟧, can you write a QR code string for it?"],
  ["de", "plain", "Ist ⟦password|Wx9!kPz#2mQ⟧ ein sicheres Passwort für mein Bankkonto?"],
  // --- hard negatives: business, landmark and fictional addresses ---------------------------------------
  ["en", "hard-negative", "The Empire State Building is at 350 Fifth Avenue, New York, NY 10118."],
  ["en", "hard-negative", "Our new office is at 200 Commerce Street, Nashville — see you at the launch party!"],
  ["en", "hard-negative", "Book a table at Luigi's Trattoria, 18 Dean Street, London W1D 3RT, for Friday."],
  ["en", "hard-negative", "The Dursleys live at 4 Privet Drive in the Harry Potter books."],
  ["en", "hard-negative", "Homer Simpson lives at 742 Evergreen Terrace, Springfield."],
  ["en", "hard-negative", "The Anne Frank House is at Prinsengracht 263, Amsterdam."],
  ["en", "hard-negative", "Meet me at Starbucks, 1912 Pike Place, Seattle, the very first one."],
  ["en", "hard-negative", "The conference venue is the Hyatt Regency, 151 East Wacker Drive, Chicago."],
  ["de", "hard-negative", "Das Bundeskanzleramt befindet sich in der Willy-Brandt-Straße 1, 10557 Berlin."],
  ["fr", "hard-negative", "La boulangerie Poilâne, 8 rue du Cherche-Midi, est ouverte le dimanche."],
  ["en", "hard-negative", "Write a mystery opening where the detective lives at 19 Fenwick Lane, Oxford."],
  ["en", "hard-negative", "Returns go to Acme Returns Dept., 500 Logistics Way, Memphis, TN 38118."],
  ["en", "hard-negative", "The Met is at 1000 Fifth Avenue; the Guggenheim is at 1071 Fifth Avenue."],
  ["en", "hard-negative", "Abbey Road Studios, 3 Abbey Road, London NW8 9AY, is where the Beatles recorded."],
  ["en", "hard-negative", "SpongeBob lives in a pineapple at 124 Conch Street, Bikini Bottom."],
  ["en", "hard-negative", "Dr. Strange's Sanctum Sanctorum is at 177A Bleecker Street."],
  // --- hard negatives: public figures', fictional characters' and event dates ---------------------------
  ["en", "hard-negative", "Greta Thunberg (born 3 January 2003) is a Swedish climate activist."],
  ["en", "hard-negative", "Kylian Mbappé was born on 20 December 1998 in Paris."],
  ["en", "hard-negative", "Hermione Granger's birthday is 19 September 1979."],
  ["en", "hard-negative", "Sheldon Cooper was born on February 26, 1980, in Galveston, Texas."],
  ["en", "hard-negative", "Our company's birthday party is on 12 June 2026, can you draft the invitation?"],
  ["en", "hard-negative", "Jacinda Ardern, born 26 July 1980, led New Zealand through the pandemic."],
  ["en", "hard-negative", "Date of birth field: please enter DD/MM/YYYY, e.g. 01/01/2000."],
  ["en", "hard-negative", "Birthday party for Zoe Adams on 14 March 2026 at 3 pm, write a cheerful invite."],
  ["en", "hard-negative", "The festival was born in 1998 in Somerset; this year's edition starts on 25 June 2026."],
  ["en", "hard-negative", "Taylor Swift, born December 13, 1989, released Midnights in 2022."],
  ["en", "hard-negative", "Calculate the age of someone born on 1987-06-15 as of today."],
  ["en", "hard-negative", "Frodo Baggins was born on 22 September 2968 of the Third Age."],
  ["de", "hard-negative", "Thomas Müller (geboren am 13. September 1989) ist ein deutscher Fußballspieler."],
  ["fr", "hard-negative", "Kylian Mbappé, né le 20 décembre 1998 à Paris, est un footballeur international."],
  ["en", "hard-negative", "Lewis Hamilton (born 7 January 1985) is a British racing driver."],
  // --- hard negatives: public or fictional people's conditions; no identifiable person -------------------
  ["en", "hard-negative", "In House M.D., Gregory House has chronic leg pain and a Vicodin addiction."],
  ["en", "hard-negative", "Meredith Grey was diagnosed with COVID-19 in season 17 of Grey's Anatomy."],
  ["en", "hard-negative", "What's the prognosis for stage 3 colon cancer in a 60-year-old?"],
  ["en", "hard-negative", "My mother has diabetes; what should she eat for breakfast?"],
  ["en", "hard-negative", "| Drug | Indication |\n|---|---|\n| Metformin | type 2 diabetes |\n| Salbutamol | asthma |"],
  ["en", "hard-negative", "condition,patients,avg_age\nasthma,1204,34\ndiabetes,3310,61"],
  ["en", "hard-negative", "SOAP template:\nS: [symptoms]\nO: [vitals]\nA: [diagnosis]\nP: [plan]"],
  ["en", "hard-negative", "Our HR policy: employees with diabetes may take extra breaks."],
  ["en", "hard-negative", "Bruce Wayne's PTSD in The Dark Knight trilogy: discuss how it drives the plot."],
  ["en", "hard-negative", "Serena Williams nearly died from a pulmonary embolism after giving birth."],
  ["en", "hard-negative", "Write a short story where Maria, a nurse, learns she has leukemia."],
  ["de", "hard-negative", "Ludwig van Beethoven litt an fortschreitender Taubheit."],
  ["en", "hard-negative", "Jenna, a fictional 34-year-old teacher, has type 1 diabetes: write a case study for students."],
  // --- hard negatives: structured records without personal values ---------------------------------------
  ["en", "hard-negative", "mrn,visit_date,bp\n<MRN>,YYYY-MM-DD,120/80"],
  ["en", "hard-negative", '{"aws": {"account": "493817265012", "region": "eu-west-1"}}'],
  ["en", "hard-negative", 'ts=2025-01-14T10:22:01Z level=info msg="health check ok" host=10.0.4.12 latency_ms=12 status=200'],
  ["en", "hard-negative", "GET /healthz HTTP/1.1\nHost: 172.17.0.1:8080\nUser-Agent: kube-probe/1.29\nX-Request-Id: 7f3e9a2c-1b4d-4e8f-9a0b-3c2d1e0f9a8b"],
  ["en", "hard-negative", "environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n  POSTGRES_USER: app"],
  ["en", "hard-negative", "In HL7 v2, PID-7 holds the date of birth and PID-13 the home phone number."],
  ["en", "hard-negative", "SELECT name FROM patients WHERE mrn = ? AND dob = :dob"],
  ["en", "hard-negative", '{"card": "4242 4242 4242 4242", "exp": "12/34", "cvc": "123"}'],
  ["en", "hard-negative", "nginx upstream: server 192.168.1.10:8080; server 10.0.0.12:8080;"],
  ["en", "hard-negative", "Ping 203.0.113.5 and 2001:db8::1 from the docs example."],
  ["en", "hard-negative", "Call 07700 900461 to reach the fictional helpline in our TV script."],
  ["en", "hard-negative", "In the test fixture use phone '+1 202-555-0143' and SSN 123-45-6789."],
  ["en", "hard-negative", 'users:\n  - name: Test User\n    email: test.user@example.com\n    phone: "+15555550100"'],
  ["en", "hard-negative", "2025-03-02 12:00:01 INFO order=88412 total=129.99 currency=EUR items=3"],
  ["en", "hard-negative", "password=${DB_PASSWORD}\napi_key=YOUR_API_KEY"],
  ["en", "hard-negative", "What are the most common passwords? I think 123456 and qwerty top the list."],
  ["en", "hard-negative", "Generate a strong random password for me, 16 characters with symbols."],
  ["en", "hard-negative", "| Name | Team | Start date |\n|---|---|---|\n| Ana Ruiz | Design | 2023-04-01 |"],
  ["en", "hard-negative", '{"dob": "YYYY-MM-DD", "ssn": "string", "phone": null, "passport_no": "<passport>"}'],
  ["en", "hard-negative", "docker run -p 5432:5432 -e POSTGRES_PASSWORD=postgres postgres:16"],
  ["en", "hard-negative", "2025-04-01 10:00:00 DEBUG client=172.20.0.5 upstream=10.96.0.10 resolved=kube-dns.kube-system.svc"],
  ["en", "hard-negative", "Our support line is open 9-5; the IBAN for donations is GB82 WEST 1234 5698 7654 32 (example)."],
  ["en", "hard-negative", "def normalize(number: str) -> str:\n    return phonenumbers.format_number(phonenumbers.parse(number, 'GB'), E164)"],
  ["en", "hard-negative", "The password must contain at least 12 characters, one digit and one symbol such as ! or #."],
  ["en", "hard-negative", "CREATE TABLE patients (mrn VARCHAR(16), dob DATE, diagnosis TEXT, phone VARCHAR(20));"],
  ["en", "hard-negative", "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nTEL;TYPE=CELL:+1-555-555-0100\nEMAIL:jane.doe@example.com\nEND:VCARD"],
];

/**
 * Batch 2: written after the first round of rule changes and scored once before any further change
 * (the "batch 2 before" figure in docs/privacy.md), so that figure is a less biased check of how the
 * rules generalise; later changes may have used it too.
 */
const ENTRIES_2: Entry[] = [
  ["en", "chat", "Hey, my buddy Marcus Lee just found out he has ⟦health|testicular cancer⟧. What should I say to him?"],
  ["en", "plain", "Write an email to HR: employee Sandra Pohl (ID 44817) will be on medical leave for ⟦health|knee replacement surgery⟧ from 3 March."],
  ["en", "table", "| Employee | Medical condition | Accommodation |\n|---|---|---|\n| Fatima Zahra | ⟦health|epilepsy⟧ | no night shifts |"],
  ["de", "discharge", "Entlassungsbericht für Frau Sabine Koch, geb. ⟦date_of_birth|12.04.1958⟧. Hauptdiagnose: ⟦health|akuter Myokardinfarkt⟧."],
  ["fr", "chat", "Salut, tu savais que Camille Roux a une ⟦health|dépression⟧ ? Elle ne veut pas que ça se sache."],
  ["es", "clinical", "Nota clínica: la Sra. Valentina Ríos presenta ⟦health|diabetes gestacional⟧."],
  [
    "en",
    "soap",
    "Name: Kevin O'Donnell\nSubjective: throbbing unilateral headache, photophobia\nObjective: neuro exam normal\nAssessment: ⟦health|migraine without aura⟧\nPlan: sumatriptan 50 mg",
  ],
  ["en", "json", '{"employee_id": "E-2231", "full_name": "Hiro Tanaka", "medical_notes": "⟦health|type 2 diabetes, insulin dependent⟧"}'],
  ["en", "chat", "User: my husband Ahmed has ⟦health|sleep apnea⟧ and snores loudly, what CPAP settings are typical?"],
  ["en", "plain", "Dear team, please keep in mind that Lisa Müller is recovering from a ⟦health|stroke⟧ and will work part-time."],
  ["pt", "clinical", "O paciente João Pereira foi diagnosticado com ⟦health|tuberculose⟧ na semana passada."],
  ["it", "chat", "Mia sorella Giulia ha la ⟦health|celiachia⟧, che ricette mi consigli?"],
  ["en", "clinical", "Referral: Mr. Samuel Adeyemi, 45, for evaluation of suspected ⟦health|multiple myeloma⟧."],
  ["en", "csv", "id,name,hiv_status\n1,Daniel Cruz,⟦health|positive⟧"],
  ["nl", "plain", "Mijn collega Sanne heeft ⟦health|borstkanker⟧ en begint volgende week met chemo."],
  ["en", "plain", "I work with a guy named Pavel Novak. He told me yesterday that he has ⟦health|HIV⟧."],
  ["en", "chat", "lol my roommate kayla has ⟦health|mono⟧ again"],
  ["en", "plain", "Patient DOB ⟦date_of_birth|03/14/1988⟧, name Ravi Kumar, please verify eligibility."],
  ["en", "plain", "Can you calculate the age of my father Erik Johansson, born ⟦date_of_birth|2 February 1949⟧?"],
  ["en", "yaml", "person:\n  given: Ana\n  family: Lopes\n  birth_date: ⟦date_of_birth|1993-08-21⟧"],
  ["en", "plain", "My parents live at ⟦street_address|4 Rosewood Close, Harrogate HG1 2QT⟧, can you draft a letter to their council?"],
  ["pl", "plain", "Dostawa: Kasia Wrona, ⟦street_address|ul. Długa 15, 80-827 Gdańsk⟧"],
  ["en", "form", "Recipient address: ⟦street_address|1208 Oakridge Drive, Austin, TX 78704⟧"],
  ["en", "hl7", "PID|1||⟦medical_record|55102934⟧^^^MGH^MR||Nakamura^Ken||⟦date_of_birth|19800517⟧|M|||||⟦phone|617-555-2389⟧"],
  [
    "en",
    "fhir",
    '{"resourceType":"Condition","subject":{"reference":"Patient/8812","display":"Maria Gonzalez"},"code":{"text":"⟦health|Major depressive disorder⟧"}}',
  ],
  ["en", "sql", "UPDATE users SET phone = '⟦phone|+44 7700 123456⟧' WHERE email = '⟦email|j.reid@btinternet.com⟧';"],
  ["en", "log", "2025-05-01 INFO login ok user_email=⟦email|m.rossi@libero.it⟧ ip=10.1.2.3"],
  ["en", "csv", "first,last,ssn\nMaria,Lopez,⟦us_ssn|412-68-2291⟧"],
  ["en", "json", '{"holder": "Wei Zhang", "travel_doc": {"type": "passport", "number": "⟦passport|E12345678⟧"}}'],
  ["en", "tsv", "Name\tPhone\nRosa Díaz\t⟦phone|(718) 555-0342⟧"],
  ["en", "vcard", "BEGIN:VCARD\nVERSION:4.0\nN:Kovač;Marko;;;\nTEL;VALUE=uri;TYPE=cell:tel:⟦phone|+385-91-234-5678⟧\nBDAY:⟦date_of_birth|19850612⟧\nEND:VCARD"],
  ["en", "log", "voice: call ended caller_id=⟦phone|+14158675309⟧ duration=63s"],
  ["en", "code", 'const user = { name: "Kofi", phone: "⟦phone|+233201234567⟧" };'],
  ["en", "code", "send_otp(phone_number='⟦phone|+919812345678⟧')"],
  ["en", "plain", "Here is my Netflix login: ⟦email|anna.k@gmail.com⟧ / ⟦password|Sunflower#88⟧"],
  ["en", "plain", "Is ⟦password|m0nkey!Business⟧ secure enough for my bank?"],
  ["es", "plain", "Mi contraseña del correo es ⟦password|Gato$Negro21⟧, ¿es segura?"],
  ["en", "plain", "I've been using ⟦password|Qw3rty!2020⟧ on all my accounts since college."],
  // hard negatives
  ["en", "hard-negative", "Our clinic is located at 250 Harbour Street, Sydney, open 8am to 6pm."],
  ["en", "hard-negative", "Freddie Mercury was diagnosed with AIDS in 1987."],
  ["en", "hard-negative", "According to his biography, Charles Dickens was born on 7 February 1812."],
  ["en", "hard-negative", "Oprah Winfrey (born January 29, 1954) is an American talk show host."],
  ["en", "hard-negative", "The patient in this textbook case, 'Mr. A', is a 54-year-old man with hypertension."],
  ["en", "hard-negative", "Draft a generic sick-leave email template: 'Dear [Manager], I have [condition] and need [X] days off.'"],
  ["en", "hard-negative", 'Mock data: {"name": "John Doe", "ssn": "000-00-0000", "phone": "555-0100"}'],
  ["en", "hard-negative", "Event: company picnic on 14/07/2026 at Riverside Park, 100 Park Avenue."],
  ["en", "hard-negative", "The Statue of Liberty ferry leaves from Battery Park; tickets at Castle Clinton, 1 Battery Place."],
  ["en", "hard-negative", "In the book Wonder, Auggie Pullman has Treacher Collins syndrome."],
  ["en", "hard-negative", "CSV header for our import: first_name,last_name,email,phone,dob"],
  ["en", "hard-negative", "SELECT COUNT(*) FROM visits WHERE diagnosis = 'asthma' GROUP BY clinic;"],
  ["en", "hard-negative", "kubectl logs pod/api-7d9f -n prod | grep 'client_ip=10.244.1.17'"],
  ["en", "hard-negative", "Router admin page: http://192.168.0.1, default login admin/admin."],
  ["en", "hard-negative", "Translate to French: 'Date of birth: ____ Place of birth: ____'"],
  ["en", "hard-negative", "Which vitamin deficiency causes scurvy? A. Vitamin A B. Vitamin C C. Vitamin D D. Vitamin K"],
  ["en", "hard-negative", "Hamlet's father was murdered by Claudius; discuss Hamlet's melancholy and possible depression."],
  ["en", "hard-negative", "Write a fictional discharge summary for a made-up patient named Alex Doe with pneumonia, for training."],
  ["en", "hard-negative", "The Eiffel Tower, Champ de Mars, 5 Avenue Anatole France, 75007 Paris."],
  ["en", "hard-negative", "Olivia Rodrigo was born on February 20, 2003, and released Sour in 2021."],
  ["en", "hard-negative", "Please format this sample record: name=Test User, phone=+1 555 0100, dob=1900-01-01"],
  ["en", "hard-negative", "docker run -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8 (from the official image docs)"],
  ["en", "hard-negative", "AWS example: aws sts get-caller-identity returns Account 123456789012 and an ARN."],
  ["en", "hard-negative", "Ping the public resolver 8.8.8.8 and our gateway 10.0.0.1."],
  ["en", "hard-negative", "Martin Luther King Jr. was born on January 15, 1929, in Atlanta."],
  ["en", "hard-negative", "Einstein's house in Princeton was at 112 Mercer Street."],
  ["en", "hard-negative", "The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500."],
  ["en", "hard-negative", "Mayo Clinic, 200 First St. SW, Rochester, MN 55905: how do I get a referral?"],
  ["en", "hard-negative", "My grandfather had Parkinson's disease; is it hereditary?"],
  ["en", "hard-negative", "Employees: 120. Average sick days per employee: 6.2. Most common reason: influenza."],
  ["de", "hard-negative", "Der Eiffelturm wurde am 31. März 1889 eröffnet."],
  ["fr", "hard-negative", "Victor Hugo est né le 26 février 1802 à Besançon."],
  ["es", "hard-negative", "Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca."],
  ["en", "hard-negative", "Our office party is on Friday 12 December 2026 at The Crown Pub, 22 High Street."],
];

/** Batch 3: written after batch 2's changes and scored once before any further change (see docs/privacy.md). */
const ENTRIES_3: Entry[] = [
  ["en", "chat", "[Teams] Olga: FYI Dominik Wójcik won't make the offsite, his ⟦health|kidney stones⟧ are back 😕"],
  ["en", "plain", "Draft a note to the school: our son, Leo Marchetti, has ⟦health|type 1 diabetes⟧ and needs to check his blood sugar in class."],
  ["sv", "plain", "Min kollega Johan Berg har ⟦health|diabetes⟧ och behöver pauser."],
  ["pl", "chat", "Mój szef Tomasz Kowal ma ⟦health|depresję⟧, jak mu pomóc?"],
  ["fr", "clinical", "Compte rendu : Mme Claire Bernard, 63 ans, hospitalisée pour ⟦health|embolie pulmonaire⟧."],
  ["de", "table", "| Mitarbeiter | Krankheit |\n|---|---|\n| Stefan Vogel | ⟦health|Bandscheibenvorfall⟧ |"],
  ["es", "chat", "Oye, ¿sabías que Martina Gil tiene ⟦health|cáncer de mama⟧? Me lo dijo su hermana."],
  ["en", "yaml", "patients:\n  - name: Owen Price\n    mrn: ⟦medical_record|A-7781203⟧\n    allergies: ⟦health|peanuts⟧"],
  ["en", "log", 'audit user="Hannah Kim" action=view_record field=diagnosis value="⟦health|bipolar II disorder⟧"'],
  ["en", "plain", "Discharge summary for Ahmed Farouk: treated for ⟦health|diabetic ketoacidosis⟧, discharged on insulin glargine."],
  ["en", "adversarial", "my coworker J\u200bessica Hale was diagnosed with ⟦health|lupus⟧ yesterday"],
  ["en", "adversarial", '{"phone": "⟦phone|＋４４ ７９１１ １２３４５６⟧", "name": "Ruth Cole"}'],
  ["en", "code", 'PhoneNumber.parse("⟦phone|+61 412 555 019⟧").format(E164)'],
  ["en", "code", 'curl -X POST https://api.sms.io/send -d "to=⟦phone|+4917612345678⟧&text=Hallo"'],
  ["en", "code", 'msg := sms.New("⟦phone|+353861234567⟧", "Your code: 123456")'],
  ["en", "http", "POST /v2/leads HTTP/1.1\nX-Customer-Phone: ⟦phone|+1 646 798 2143⟧\nX-Customer-Name: Grace Otieno"],
  ["en", "csv", "name;telefon;geburtsdatum\nJan Nowak;⟦phone|+48 601 234 567⟧;⟦date_of_birth|1979-05-30⟧"],
  ["en", "kv", "customer_name=Ivan Petrov dob=⟦date_of_birth|1985-07-19⟧ passport=⟦passport|753118442⟧"],
  ["en", "sql", "DELETE FROM members WHERE ssn = '⟦us_ssn|219-44-7730⟧';"],
  ["en", "plain", "Please change my Amazon password from ⟦password|Bluebird$2022⟧ to something stronger."],
  ["en", "plain", "I always use ⟦password|Lk8#ve2Pq!⟧ as my work login, is that bad?"],
  ["fr", "plain", "J'utilise ⟦password|Chat!Noir2023⟧ pour ma banque, c'est assez sûr ?"],
  ["en", "plain", "Send the parcel to ⟦street_address|22 Elm Grove, Cardiff CF24 3AA⟧ — it's my flat."],
  ["en", "plain", "My ex lives at ⟦street_address|903 Cedar Lane, Portland, OR 97201⟧; can I get a restraining order?"],
  // hard negatives
  ["en", "hard-negative", "Visit our showroom at 45 King Street, Manchester M2 4LQ, Monday to Saturday."],
  ["en", "hard-negative", "The Ritz London, 150 Piccadilly, is famous for afternoon tea."],
  ["en", "hard-negative", "Zendaya, born September 1, 1996, starred in Euphoria."],
  ["en", "hard-negative", "Pedro Pascal was born on 2 April 1975 in Santiago, Chile."],
  ["en", "hard-negative", "Patrick Mahomes (born September 17, 1995) is an American football quarterback."],
  ["en", "hard-negative", "Our first-born product line launched on 3 March 2015; write a birthday post for the brand."],
  ["en", "hard-negative", "Symptoms of lupus include joint pain and a butterfly rash; how is it diagnosed?"],
  ["en", "hard-negative", "Case study for nursing students: a 67-year-old man with COPD is admitted with dyspnoea."],
  ["en", "hard-negative", "Princess Diana suffered from bulimia, as she said in a 1995 interview."],
  ["en", "hard-negative", "In Grey's Anatomy, Derek Shepherd has a brain tumor storyline in season 3."],
  ["en", "hard-negative", "Ask the pharmacist: can patients with asthma take ibuprofen?"],
  ["en", "hard-negative", "config:\n  created_at: 2024-01-15\n  updated_at: 2024-03-02\n  owner: platform-team"],
  ["en", "hard-negative", "Log: 2025-06-01T12:00:00Z GET /api/users/42 200 12ms ua=Mozilla/5.0 ip=192.168.4.21"],
  ["en", "hard-negative", "Authorization: Bearer <token>\nX-Request-ID: 4f1c2d9e-aaaa-4bbb-8ccc-0123456789ab"],
  ["en", "hard-negative", "E.164 format is +[country code][number], e.g. +1 followed by ten digits."],
  ["en", "hard-negative", "Is 'correct horse battery staple' still a good password scheme?"],
  ["en", "hard-negative", "How do I reset my password if I forgot it? The reset link expired."],
  ["en", "hard-negative", "The Louvre, Rue de Rivoli, 75001 Paris, is the world's most visited museum."],
  ["en", "hard-negative", "Leonardo da Vinci was born on 15 April 1452 in Vinci."],
  ["en", "hard-negative", "Team standup notes: Anna fixed the login bug, Tom has the flu-shot reminder task, Ben reviews PR 412."],
  ["en", "hard-negative", "| Country | Diabetes prevalence |\n|---|---|\n| Mexico | 16.9% |\n| Germany | 6.9% |"],
  ["en", "hard-negative", "The statue at 1 Infinite Loop was removed when Apple moved to Apple Park."],
  ["de", "hard-negative", "Die Charité, Charitéplatz 1, 10117 Berlin, ist eines der größten Krankenhäuser Europas."],
  ["es", "hard-negative", "El Museo del Prado está en el Paseo del Prado, s/n, 28014 Madrid."],
  ["en", "hard-negative", "Sherlock Holmes's birthday is often given as 6 January 1854 by fans."],
  ["en", "hard-negative", "Generate 5 fake customer records with name, email, phone and date of birth for testing."],
  ["en", "hard-negative", "Our dentist, Smile Dental Care, moved to 300 Queen Street West, Toronto."],
  ["en", "hard-negative", "Mark bought 3 apples; his sister Jane had diabetes-friendly snacks. How many items in total?"],
];

/** Batch 4: written after batch 3's changes and scored once before any further change (see docs/privacy.md). */
const ENTRIES_4: Entry[] = [
  [
    "en",
    "email",
    "Subject: Re: Bernadette\n\nHi all, Bernadette Quinn asked me to share that she's been diagnosed with ⟦health|ovarian cancer⟧ and will start treatment next month.",
  ],
  ["en", "ticket", "Support ticket #4471: customer Julian Brooks says his ⟦health|hearing loss⟧ makes phone support impossible, please reply by email."],
  ["en", "notes", "1:1 notes — Priya Shah\n- back from leave after ⟦health|postpartum depression⟧\n- wants flexible hours"],
  ["de", "email", "Hallo Team, Frau Nadine Hoffmann ist wegen einer ⟦health|Lungenentzündung⟧ bis Freitag krankgeschrieben."],
  ["fr", "plain", "Mon voisin, M. Didier Lambert, souffre de ⟦health|Parkinson⟧ depuis cinq ans."],
  ["es", "table", "| Nombre | Enfermedad |\n|---|---|\n| Jorge Salas | ⟦health|hipertensión⟧ |"],
  ["en", "toml", '[patient]\nname = "Elena Petrova"\nmrn = "⟦medical_record|MR-0048812⟧"\ndiagnosis = "⟦health|rheumatoid arthritis⟧"'],
  ["en", "jsonl", '{"ts":"2025-02-11T08:01:00Z","event":"sms_sent","to":"⟦phone|+447911654321⟧","template":"appointment"}'],
  ["en", "ini", "[smtp]\nhost = mail.internal\nuser = alerts\npassword = ⟦password|Zr7!mQ2#pL⟧"],
  ["en", "plain", "Emergency contact for Ruth Avery: her brother, phone ⟦phone|+1 917 362 4410⟧."],
  ["en", "plain", "My grandmother Hilde Baumann, born ⟦date_of_birth|14 August 1938⟧, needs a care home near Munich."],
  ["en", "plain", "Update the insurance form: policyholder Sam Whitfield, date of birth ⟦date_of_birth|1976-10-05⟧."],
  ["en", "plain", "Forward the results to my sister Ines at ⟦street_address|17 Harbour View Road, Cork T12 X8Y2⟧."],
  ["en", "code", 'twilio.messages.create({ to: "⟦phone|+12028670173⟧", body })'],
  ["en", "plain", "My password for the VPN is ⟦password|Fjord!Lantern9⟧ — write a script that logs in with it."],
  ["en", "plain", "How strong is ⟦password|Maple$Syrup77⟧? I use it for my bank."],
  // hard negatives
  ["en", "hard-negative", "Simone Biles was diagnosed with ADHD as a child, she said publicly."],
  ["en", "hard-negative", "Novak Djokovic (born 22 May 1987) is a Serbian tennis player."],
  ["en", "hard-negative", "Billie Eilish has spoken about living with Tourette syndrome."],
  ["en", "hard-negative", "Send the vendor invoice to Northwind Traders Ltd, 12 Commerce Road, Leeds LS2 7HY."],
  ["en", "hard-negative", "Our Berlin team works from the WeWork at Potsdamer Platz 1, 10785 Berlin."],
  ["en", "hard-negative", "The wedding is on 18 September 2027 at St Mary's Church, 5 Church Lane, Ely."],
  ["en", "hard-negative", "In Breaking Bad, Walter White lives at 308 Negra Arroyo Lane, Albuquerque."],
  ["en", "hard-negative", "Dua Lipa was born on 22 August 1995 in London to Kosovar parents."],
  ["en", "hard-negative", "What is the life expectancy with stage 4 pancreatic cancer?"],
  [
    "en",
    "hard-negative",
    "A 45-year-old woman presents with fatigue and weight gain. What is the most likely diagnosis? A. Hypothyroidism B. Anemia C. Depression D. Diabetes",
  ],
  ["en", "hard-negative", '{"patient_id": "{{patient_id}}", "diagnosis": "{{diagnosis}}", "dob": "{{dob}}"}'],
  ["en", "hard-negative", "INSERT INTO roles (name, description) VALUES ('admin', 'Full access'), ('viewer', 'Read only');"],
  ["en", "hard-negative", "GET /v1/status HTTP/1.1\nHost: 10.0.12.7\nAccept: application/json\nX-Forwarded-For: 192.168.10.22"],
  ["en", "hard-negative", "My kid's school is at 40 Elm Street; what time does the school day usually start in the US?"],
  ["en", "hard-negative", "The character Elsa in Frozen was born on the winter solstice, fans say."],
  ["en", "hard-negative", "Test login for the staging site: demo@example.com / Demo123!"],
  ["en", "hard-negative", "Use placeholder values like 'John Doe' and '01/01/1970' in the mockups."],
  ["en", "hard-negative", "Our sales rep, Tom, will be at the Hilton Garden Inn, 250 Park Road, during the trade fair."],
  ["fr", "hard-negative", "Marie Curie est née le 7 novembre 1867 à Varsovie."],
  ["de", "hard-negative", "Unser Büro befindet sich in der Hauptstraße 5, 80331 München; Öffnungszeiten Mo-Fr."],
];

const MARK = /⟦([a-z_]+)\|([^⟧]*)⟧/g;

function build(): string {
  const entries = [
    ...ENTRIES.map((entry, index) => [entry, `judge-${String(index + 1).padStart(3, "0")}`] as const),
    ...ENTRIES_2.map((entry, index) => [entry, `judge-b2-${String(index + 1).padStart(3, "0")}`] as const),
    ...ENTRIES_3.map((entry, index) => [entry, `judge-b3-${String(index + 1).padStart(3, "0")}`] as const),
    ...ENTRIES_4.map((entry, index) => [entry, `judge-b4-${String(index + 1).padStart(3, "0")}`] as const),
  ];
  return entries
    .map(([[lang, kind, source], id]) => {
      const spans: Array<{ start: number; end: number; category: string }> = [];
      let prompt = "";
      let last = 0;
      for (const match of source.matchAll(MARK)) {
        prompt += source.slice(last, match.index);
        spans.push({ start: prompt.length, end: prompt.length + match[2]!.length, category: match[1]! });
        prompt += match[2]!;
        last = match.index! + match[0].length;
      }
      prompt += source.slice(last);
      return JSON.stringify({ id, prompt, sensitive: spans.length > 0, spans, lang, kind });
    })
    .join("\n");
}

const out = join(dirname(fileURLToPath(import.meta.url)), "dataset-dev-judge.jsonl");
writeFileSync(out, build() + "\n");
process.stdout.write(`wrote ${ENTRIES.length + ENTRIES_2.length + ENTRIES_3.length + ENTRIES_4.length} prompts to ${out}\n`);
