/**
 * Development set 10 (`dev-10/a.jsonl` and `dev-10/b.jsonl`): realistic, longer documents as users paste them into
 * an assistant (e-mails to forward, meeting notes, chat exports, support tickets, HR notes, insurance and claims
 * letters, bank and loan correspondence, school and care-home notes, clinical letters, spreadsheets pasted as text,
 * JSON/YAML/CSV/log snippets, code with fixtures), with the personal data in the middle of ordinary text, and hard
 * negatives of the same document types that identify nobody (public, fictional, aggregated, anonymised,
 * hypothetical, placeholder, test and reserved values). Written by the session-29 dev-10 author on 2026-12-04
 * BEFORE reading anything under src/privacy, data/, the held-out sets or the other sets' prompts, and before running
 * the guard (see dev-10/README.md for exactly what was looked at and the labelling rules).
 * Values and people are invented; identifiers carry their real check digits (dev-10/values.ts).
 * `kind` is `<topic>:<document>:<form>`; topic is health, financial, identity, contact, credentials (positives) or
 * neg-<topic> (negatives); form is free, structured or adversarial.
 * Entries alternate between half A (even positions: may be tuned on later) and half B (odd positions: report only).
 * Rebuild: npx tsx eval/privacy/dev-10.ts ; score: npx tsx eval/privacy/evaluate.ts --set dev-10 --no-baselines
 */
import { type MarkedEntry, alternatingHalves, writeMarkedSet } from "./marked-prompts.js";
import {
  aadhaar,
  bsn,
  chineseId,
  codiceFiscale,
  cpf,
  dni,
  iban,
  ibanCompact,
  innPerson,
  insee,
  luhn,
  myNumber,
  personnummer,
  pesel,
  rrn,
  snils,
  steuerId,
  tcKimlik,
} from "./dev-10/values.js";

/** Every character separated by a space (an adversarial way of writing a number). */
const spaced = (text: string) => [...text.replace(/ /g, "")].join(" ");

const ENTRIES: MarkedEntry[] = [
  // --- English --------------------------------------------------------------------------------------------
  [
    "en",
    "health:clinical-letter:free",
    `Can you rewrite this clinic letter in plain English for the patient? Keep it under 200 words.

Dear Dr Okafor,
Re: Mr Gareth Pennington, DOB ⟦date_of_birth|14/03/1961⟧, NHS no. ⟦national_id|485 777 3457⟧
Thank you for referring this 63-year-old retired surveyor. Echocardiogram shows ⟦health|moderate aortic stenosis⟧ (peak gradient 52 mmHg) with preserved LV function. He also has ⟦health|paroxysmal atrial fibrillation⟧ and is on ⟦health|apixaban 5 mg twice daily⟧. I have arranged a repeat scan in six months.
Yours sincerely, Cardiology Outpatients`,
  ],
  [
    "en",
    "neg-health:guideline:free",
    `Summarise this guideline paragraph for a nursing handout:

"Adults with moderate aortic stenosis should have echocardiographic surveillance every 1–2 years. Anticoagulation for paroxysmal atrial fibrillation is guided by the CHA2DS2-VASc score; direct oral anticoagulants such as apixaban are preferred over warfarin in most patients without mechanical valves." Keep the dosing out, just the principles.`,
  ],
  [
    "en",
    "health:hr-email:free",
    `Please tidy up this email before I send it to payroll, it sounds too blunt:

Hi Marcus, just a heads-up that Priya Ramaswamy from the Leeds warehouse team will be off for at least 6 weeks from Monday. Her GP has signed her off with ⟦health|severe depression and anxiety⟧ and she's started on ⟦health|sertraline⟧. She asked that the team is only told it's "personal leave". Can you make sure her sick pay continues at the enhanced rate? Thanks, Jo (HR)`,
  ],
  [
    "en",
    "neg-health:hr-policy:free",
    `Improve the wording of this section of our staff handbook:

"Employees who are signed off sick for more than 7 calendar days must provide a fit note. Managers should not ask about the nature of the illness. Where an employee discloses a mental health condition such as depression or anxiety, HR will discuss reasonable adjustments and, where appropriate, a referral to Occupational Health." Make it warmer but keep it legally accurate.`,
  ],
  [
    "en",
    "financial:loan-email:free",
    `Draft a polite reply to the lender below, asking if they can extend the term instead of increasing the payment.

From: underwriting@harbourlend.co.uk
Subject: Your application HL-22-09817
Dear Ms Chloe Abernethy, we have reviewed your application. Your declared gross salary of ⟦financial|£41,500⟧ and existing ⟦financial|credit card balances of £8,920⟧ give a debt-to-income ratio above our threshold. We can offer ⟦financial|£15,000 over 48 months at 11.9% APR⟧, with repayments collected from account ⟦bank_account|40-47-84 31926604⟧. Please reply within 10 days.`,
  ],
  [
    "en",
    "neg-financial:loan-template:free",
    `Here is our template for loan decline letters. Can you make it sound less robotic?

"Dear [Customer Name], thank you for your application [Reference]. Based on the information provided, including your declared income and existing commitments, we are unable to offer the amount requested. We may be able to offer [Amount] over [Term] at [APR]% APR. Repayments would be collected by Direct Debit from your nominated account."`,
  ],
  [
    "en",
    "financial:spreadsheet:structured",
    `Can you turn this into a short summary for the finance director? Which people are above the overtime budget?

employee_id,name,base_salary_gbp,overtime_q3,bank_sort_code,bank_account
E1042,Hannah Whitcombe,⟦financial|38200⟧,⟦financial|2140⟧,20-32-06,⟦bank_account|73650119⟧
E1043,Tomasz Wierzbicki,⟦financial|35750⟧,⟦financial|3880⟧,30-94-57,⟦bank_account|19283746⟧
E1049,Amara Nwosu,⟦financial|44900⟧,⟦financial|610⟧,60-83-71,⟦bank_account|55102938⟧`,
  ],
  [
    "en",
    "neg-financial:spreadsheet:structured",
    `Summarise this for the finance director, one paragraph:

department,headcount,avg_base_salary_gbp,overtime_q3_total,budget_variance
Warehouse,42,31800,58210,+12%
Customer Service,27,29450,11090,-3%
Finance,9,47300,0,-1%
IT,14,52100,8760,+4%`,
  ],
  [
    "en",
    "health:care-home-note:free",
    `Turn these handover notes into a tidy shift report:

Night shift, Room 14 — Mrs Edith Carmody (89). Restless from 02:00, calling out for her late husband. Known ⟦health|vascular dementia⟧, ⟦health|type 2 diabetes⟧. BM at 06:00 was ⟦health|3.4 mmol/L⟧, gave 150 ml orange juice, rechecked 5.9. Family (daughter Lorraine, ⟦phone|07812 449 306⟧) asked to be called if she falls again. Pressure areas intact.`,
  ],
  [
    "en",
    "neg-health:care-training:free",
    `I'm writing a training scenario for new care assistants. Check that this is realistic:

"A resident with vascular dementia becomes restless at night and calls out for a spouse who has died. A finger-prick glucose reading at 06:00 is 3.4 mmol/L. What should you do first?" Give the model answer too. The resident is fictional and should stay unnamed.`,
  ],
  [
    "en",
    "identity:support-ticket:structured",
    `Classify this support ticket (category, urgency) and suggest a reply:

Ticket #88213 | Channel: web form
Name: Daniel Okonkwo-Reyes
Email: ⟦email|d.okonkwo.reyes@gmail.com⟧
Phone: ⟦phone|+1 (312) 748-2291⟧
SSN (last verified): ⟦us_ssn|412-58-7391⟧
Message: I was locked out after changing my address to ⟦street_address|2218 W Cortland St, Chicago, IL 60647⟧ and now the identity check keeps failing.`,
  ],
  [
    "en",
    "neg-identity:support-ticket:structured",
    `Classify this support ticket (category, urgency) and suggest a reply. The fields were redacted by our export tool:

Ticket #88214 | Channel: web form
Name: [REDACTED]
Email: [REDACTED]@[REDACTED]
Phone: ***-***-**91
SSN: ***-**-****
Message: I was locked out after changing my address and now the identity check keeps failing. Please help.`,
  ],
  [
    "en",
    "credentials:chat-export:free",
    `Here's a Slack export, can you write a summary of what was decided?

[09:12] kevin.m: prod db is still timing out
[09:13] sara.l: restarted the pooler, try now
[09:14] kevin.m: still nothing. what's the admin login for the replica again?
[09:15] sara.l: user admin_ro, password ⟦password|Gr33nHarb0r!2026⟧ — don't paste it anywhere else pls
[09:20] kevin.m: ok works, latency back to 40ms
[09:21] sara.l: I'll write the postmortem`,
  ],
  [
    "en",
    "neg-credentials:chat-export:free",
    `Here's a Slack export, can you write a summary of what was decided?

[09:12] kevin.m: prod db is still timing out
[09:13] sara.l: restarted the pooler, try now
[09:14] kevin.m: what's the login for the replica?
[09:15] sara.l: it's in 1Password under "replica-ro", never paste it in Slack
[09:20] kevin.m: ok works, latency back to 40ms
[09:21] sara.l: I'll write the postmortem`,
  ],
  [
    "en",
    "credentials:config:structured",
    `Why does this connection fail with "SSL required"? Config below:

database:
  host: db-prod-eu.internal
  port: 5432
  url: ⟦connection_string|postgresql://billing_svc:vT9qLm2xR7pW@db-prod-eu.internal:5432/billing⟧
  pool_size: 20
stripe:
  secret_key: ⟦api_key|sk_live_51NqA8rKx7dLpQ2vYz9TbHc3mF0uWjE6gS4iR1oX8⟧`,
  ],
  [
    "en",
    "neg-credentials:config:structured",
    `Why does this connection fail with "SSL required"? Config below:

database:
  host: 10.20.3.14
  port: 5432
  url: \${DATABASE_URL}
  pool_size: 20
stripe:
  secret_key: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
healthcheck: http://172.17.0.1:8080/health`,
  ],
  [
    "en",
    "health:school-note:free",
    `Please make this note to the supply teacher clearer and friendlier:

Year 4 Oak class — things to know for Thursday. Ethan Mulvaney has ⟦health|type 1 diabetes⟧; his ⟦health|insulin pump⟧ alarms sometimes, let him go to the office. Sofia Grieve has an ⟦health|EpiPen for a severe peanut allergy⟧ in the red box. Noah Brandt has ⟦health|ADHD⟧ and takes ⟦health|methylphenidate⟧ at lunch, the office gives it. Break duty is at 10:40.`,
  ],
  [
    "en",
    "neg-health:school-policy:free",
    `Please make this section of our school's medical policy friendlier for parents:

"Pupils with diabetes, severe allergies or ADHD medication needs will have an Individual Healthcare Plan. Adrenaline auto-injectors are stored in clearly labelled red boxes in each classroom. Medication is administered only by trained office staff." Keep it short.`,
  ],
  [
    "en",
    "financial:bank-letter:free",
    `Explain what this letter from my bank means and what I should do:

Dear Mr Liam Fairbairn,
Account ending 7732 — notice of default
Your current account ⟦bank_account|12-24-61 48817732⟧ is overdrawn by ⟦financial|£2,318.44⟧, exceeding your arranged limit of ⟦financial|£1,000⟧. Your credit card ⟦payment_card|${luhn("5412 7534 9021 378")}⟧ has a minimum payment of ⟦financial|£96.00⟧ overdue since 3 November. Please contact us at 0345 600 2290 within 14 days.`,
  ],
  [
    "en",
    "neg-financial:bank-letter:free",
    `Our compliance team wants this sample letter for the training deck checked for tone:

"Dear Mr Sample, Account ending 0000 — notice of default. Your account is overdrawn by £X, exceeding your arranged limit of £Y. Your card 4111 1111 1111 1111 has a minimum payment overdue." This is the dummy data from the bank's training pack, nothing real.`,
  ],
  [
    "en",
    "health:insurance-claim:structured",
    `Fill in the missing "summary" field of this claim JSON in one sentence:

{
  "claim_id": "CLM-2026-004417",
  "policy_holder": "Rebecca Thornhill",
  "member_no": "⟦medical_record|BUPA-88213470⟧",
  "date_of_birth": "⟦date_of_birth|1987-09-02⟧",
  "diagnosis": "⟦health|Crohn's disease, ileocaecal⟧",
  "procedure": "⟦health|laparoscopic ileocaecal resection⟧",
  "admission": "2026-10-11",
  "summary": ""
}`,
  ],
  [
    "en",
    "neg-health:insurance-schema:structured",
    `Write a JSON Schema for our claim payload. Example from the API docs:

{
  "claim_id": "CLM-0000-000000",
  "policy_holder": "Jane Doe",
  "member_no": "MEMBER-NUMBER",
  "date_of_birth": "YYYY-MM-DD",
  "diagnosis": "<ICD-10 description>",
  "procedure": "<OPCS code>",
  "summary": ""
}`,
  ],
  [
    "en",
    "health:meeting-notes:free",
    `Turn these meeting notes into action items with owners:

Product sync 3 Dec — attendees: Wei, Fatima, Raj, Lucy
- Release 4.2 moved to 15 Dec
- Fatima out next week: she's having ⟦health|IVF egg retrieval⟧ and asked us to keep it quiet
- Raj to chase the design review
- Lucy: invoices for the Hamburg client still open`,
  ],
  [
    "en",
    "neg-health:meeting-notes:free",
    `Turn these meeting notes into action items with owners:

Product sync 3 Dec — attendees: Wei, Fatima, Raj, Lucy
- Release 4.2 moved to 15 Dec
- Fatima out next week (annual leave)
- Raj to chase the design review; the fertility-clinic app client wants the IVF cycle tracker demo by January
- Lucy: invoices for the Hamburg client still open`,
  ],
  [
    "en",
    "identity:code-fixture:structured",
    `This test is flaky, can you see why?

def test_kyc_match():
    applicant = {
        "full_name": "Marisol Quintero",
        "dob": "⟦date_of_birth|1979-11-23⟧",
        "ssn": "⟦us_ssn|529-31-8846⟧",
        "passport": "⟦passport|567104392⟧",
        "address": "⟦street_address|417 Alder Creek Rd, Boise, ID 83702⟧",
    }
    # copied from the real failing case in prod, ticket KYC-3312
    assert kyc.match(applicant).score > 0.9`,
  ],
  [
    "en",
    "neg-identity:code-fixture:structured",
    `This test is flaky, can you see why?

def test_kyc_match():
    applicant = {
        "full_name": "Test User",
        "dob": "1970-01-01",
        "ssn": "123-45-6789",
        "passport": "X00000000",
        "address": "1 Example Street, Springfield",
    }
    # synthetic fixture, generated by faker with seed 42
    assert kyc.match(applicant).score > 0.9`,
  ],
  [
    "en",
    "contact:log:structured",
    `Our SMS gateway log shows failures, what is the pattern?

2026-12-03T08:14:02Z sms.send status=DELIVERED to=⟦phone|+14155238817⟧ template=otp
2026-12-03T08:14:09Z sms.send status=FAILED code=30007 to=⟦phone|+447911238845⟧ template=otp
2026-12-03T08:15:31Z sms.send status=FAILED code=30007 to=⟦phone|+33612873904⟧ template=reminder
2026-12-03T08:16:45Z sms.send status=DELIVERED to=⟦phone|+4915123874460⟧ template=otp`,
  ],
  [
    "en",
    "neg-contact:log:structured",
    `Our gateway log shows failures, what is the pattern?

2026-12-03T08:14:02Z upstream=10.0.4.12:8443 status=200 latency_ms=41 req=9f1c2e7a-44b1-4c1e-9a77-2f1d0c3b5e10
2026-12-03T08:14:09Z upstream=10.0.4.13:8443 status=502 latency_ms=30001 req=1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d
2026-12-03T08:15:31Z upstream=192.168.40.7:8443 status=502 latency_ms=30002 req=77e0d1a2-0b3c-4d5e-8f60-718293a4b5c6
2026-12-03T08:16:45Z upstream=10.0.4.12:8443 status=200 latency_ms=38`,
  ],
  [
    "en",
    "health:chat-export:adversarial",
    `summarise this whatsapp convo for me pls

[21:03] Jess: hey did u hear abt Callum Struthers from 5-a-side
[21:04] Mo: no wat
[21:04] Jess: he got dx'd w/ ⟦health|MS⟧ last wk, on ⟦health|ocrelizumab⟧ infusions now
[21:05] Mo: omg poor guy. hes only 31
[21:06] Jess: ya dont tell anyone he hasnt told work`,
  ],
  [
    "en",
    "neg-health:tv-chat:free",
    `summarise this whatsapp convo for me pls

[21:03] Jess: did u watch the new ep of Grey's
[21:04] Mo: no wat happened
[21:04] Jess: one of the surgeons gets diagnosed with MS, they showed the whole MRI scene
[21:05] Mo: omg. is that realistic tho?
[21:06] Jess: my cousin's a neuro nurse she said mostly yes lol`,
  ],
  [
    "en",
    "neg-contact:drama-script:free",
    `Proofread this scene from my radio play:

INT. KITCHEN — NIGHT
DETECTIVE HALE dials. We hear the ring.
HALE: This is Hale. Call me back on 07700 900461, or the station, 020 7946 0321.
Her partner shouts from the hall: "The address is 14 Larkspur Lane, the one from the 1998 case!"
(All numbers are from the Ofcom drama range; the street is invented.)`,
  ],
  [
    "en",
    "neg-identity:public-figure:free",
    `Write a 150-word profile for a school project: Serena Williams was born on 26 September 1981 in Saginaw, Michigan. She has spoken publicly about the pulmonary embolism she suffered after giving birth in 2017, and her prize money exceeded $94 million by the time she retired.`,
  ],
  [
    "en",
    "neg-financial:company-results:free",
    `Summarise these results for a newsletter:

Tesco plc FY2025/26 interim: group sales £35.9bn (+4.1%), adjusted operating profit £1.62bn, net debt £9.8bn. The board declared an interim dividend of 4.25p per share. CEO pay was disclosed in the annual report as £9.9m including LTIP vesting.`,
  ],
  [
    "en",
    "neg-health:own-anonymous:free",
    `I'm 34 and was just told I have hypothyroidism, TSH was 8.9. They started me on levothyroxine 50 mcg. How long until I feel less tired, and should I take it before coffee?`,
  ],
  [
    "en",
    "health:own-identified:free",
    `Draft an email to my employer's occupational health team. My details: Aisling Mooney, staff number 20418, DOB ⟦date_of_birth|07/06/1990⟧. I was diagnosed with ⟦health|endometriosis⟧ in August and have been on ⟦health|norethisterone⟧; I'd like to ask for flexible hours on bad days.`,
  ],
  // --- German ---------------------------------------------------------------------------------------------
  [
    "de",
    "health:arztbrief:free",
    `Bitte fasse diesen Arztbrief für die Patientin in einfacher Sprache zusammen:

Sehr geehrte Frau Kollegin, wir berichten über Frau Monika Schwertfeger, geb. ⟦date_of_birth|03.02.1958⟧, die vom 12.–19.11. stationär behandelt wurde.
Diagnosen: ⟦health|Nicht-ST-Hebungsinfarkt (NSTEMI)⟧, ⟦health|arterielle Hypertonie⟧, ⟦health|Diabetes mellitus Typ 2⟧.
Therapie: Koronarangiographie mit Stentimplantation RIVA. Medikation bei Entlassung: ⟦health|ASS 100 mg, Ticagrelor 90 mg 1-0-1, Metformin 1000 mg⟧.
Mit freundlichen kollegialen Grüßen`,
  ],
  [
    "de",
    "neg-health:leitlinie:free",
    `Kannst du diesen Abschnitt aus der Leitlinie in drei Stichpunkten zusammenfassen?

„Nach einem Nicht-ST-Hebungsinfarkt wird eine duale Plättchenhemmung mit ASS und einem P2Y12-Inhibitor (z. B. Ticagrelor) für in der Regel zwölf Monate empfohlen. Bei Patientinnen und Patienten mit Diabetes mellitus Typ 2 ist Metformin weiterhin Mittel der ersten Wahl, sofern keine Kontraindikation besteht.“`,
  ],
  [
    "de",
    "financial:kredit-email:free",
    `Formuliere eine freundliche Antwort an die Bank, ich möchte eine Stundung beantragen:

Sehr geehrter Herr Jürgen Kowalczyk,
Ihr Ratenkredit Nr. 7781-22 weist einen Rückstand von ⟦financial|1.842,60 €⟧ auf. Die monatliche Rate von ⟦financial|614,20 €⟧ konnte am 01.11. und 01.12. nicht von Ihrem Konto ⟦iban|${iban("DE", "370502991046623871")}⟧ eingezogen werden. Ihr Restsaldo beträgt ⟦financial|18.406,75 €⟧.
Mit freundlichen Grüßen, Kreditservice`,
  ],
  [
    "de",
    "neg-financial:kredit-muster:free",
    `Unser Musterschreiben für Zahlungserinnerungen klingt zu hart. Bitte umformulieren:

„Sehr geehrte/r [Anrede] [Nachname], Ihr Ratenkredit Nr. [Vertragsnummer] weist einen Rückstand von [Betrag] € auf. Die Rate konnte nicht von Ihrem Konto DE89 3704 0044 0532 0130 00 eingezogen werden.“ (Die IBAN ist die Beispiel-IBAN aus der Dokumentation, bitte so lassen.)`,
  ],
  [
    "de",
    "identity:formular:structured",
    `Prüfe bitte, ob in diesem Antrag alle Pflichtfelder ausgefüllt sind:

Antragsteller: Svenja Haberkorn
Geburtsdatum: ⟦date_of_birth|19.07.1994⟧
Anschrift: ⟦street_address|Lindenstraße 48, 04177 Leipzig⟧
Telefon: ⟦phone|0176 38492017⟧
E-Mail: ⟦email|svenja.haberkorn@web.de⟧
Personalausweis-Nr.: ⟦national_id|CF8K4M2R7⟧
Steuer-ID: (fehlt)`,
  ],
  [
    "de",
    "neg-identity:formular:structured",
    `Prüfe bitte, ob in diesem Musterantrag alle Pflichtfelder ausgefüllt sind (Beispieldaten aus dem Handbuch):

Antragsteller: Erika Mustermann
Geburtsdatum: TT.MM.JJJJ
Anschrift: Musterstraße 1, 12345 Musterstadt
Telefon: 030 1234567 (Beispiel)
E-Mail: erika.mustermann@example.de
Personalausweis-Nr.: ——
Steuer-ID: (leer lassen)`,
  ],
  [
    "de",
    "health:pflege-chat:adversarial",
    `Kannst du den Chat aus unserer Pflege-WhatsApp-Gruppe zusammenfassen?

[07:02] Anke: Hr. Brösel (Zi. 7) hatte nachts wieder ⟦health|Sturz⟧, Schürfwunde li. Knie
[07:03] Tim: BZ?
[07:03] Anke: ⟦health|BZ 48 mg/dl⟧ um 5 Uhr, Saft gegeben, jetzt 112
[07:05] Tim: Hausarzt Dr. Lenz informieren, er hat ja seit Sept. ⟦health|Insulin (Lantus 18 IE)⟧
[07:06] Anke: mach ich`,
  ],
  [
    "de",
    "neg-health:pflege-fortbildung:free",
    `Für unsere Pflegefortbildung: Ist dieses Fallbeispiel fachlich korrekt?

„Ein 82-jähriger Bewohner mit Insulintherapie stürzt nachts. Der Blutzucker beträgt um 5 Uhr 48 mg/dl. Welche Sofortmaßnahmen ergreifen Sie und wen informieren Sie?“ Der Fall ist frei erfunden und soll anonym bleiben.`,
  ],
  [
    "de",
    "financial:gehaltsliste:structured",
    `Erstelle aus dieser Tabelle eine kurze Übersicht für die Geschäftsführung:

| Name | Position | Bruttogehalt/Jahr | IBAN |
|---|---|---|---|
| Kai Düsterhöft | Lagerleiter | ⟦financial|54.300 €⟧ | ⟦iban|${iban("DE", "120300001058274419")}⟧ |
| Leonie Staubach | Buchhaltung | ⟦financial|47.800 €⟧ | ⟦iban|${iban("DE", "500105175408813276")}⟧ |
| Emre Yıldırım | Fahrer | ⟦financial|38.900 €⟧ | ⟦iban|${iban("DE", "760100850093716602")}⟧ |`,
  ],
  [
    "de",
    "neg-financial:gehaltsstatistik:structured",
    `Erstelle aus dieser Tabelle eine kurze Übersicht für die Geschäftsführung:

| Abteilung | Mitarbeitende | Median Bruttogehalt/Jahr | Veränderung ggü. Vorjahr |
|---|---|---|---|
| Lager | 31 | 39.100 € | +3,2 % |
| Buchhaltung | 6 | 48.500 € | +2,1 % |
| Fuhrpark | 18 | 37.400 € | +4,0 % |`,
  ],
  [
    "de",
    "credentials:ticket:free",
    `Bitte schreib aus diesem Ticket eine Anleitung für den Support:

Ticket 40912 — Kundin kommt nicht ins Kundenportal.
Hab ihr Passwort testweise zurückgesetzt, neues Passwort ist ⟦password|Sommer#Linde77⟧, bitte beim nächsten Login ändern lassen. Benutzername: ⟦email|r.pfannkuch@t-online.de⟧. Danach ging der Login.`,
  ],
  [
    "de",
    "neg-credentials:passwortrichtlinie:free",
    `Ist diese Passwortrichtlinie noch zeitgemäß? „Das Passwort muss mindestens 12 Zeichen lang sein, Groß- und Kleinbuchstaben, eine Ziffer und ein Sonderzeichen enthalten (z. B. nach dem Muster Wort#WortZahl). Das Initialpasswort wird per Post verschickt und muss beim ersten Login geändert werden.“`,
  ],
  [
    "de",
    "health:schule:free",
    `Formuliere diese Info für die Klassenfahrt-Begleitung etwas netter:

Klasse 7b, Fahrt nach Usedom. Bitte beachten: Jonas Wendland hat ⟦health|Epilepsie⟧ und nimmt morgens und abends ⟦health|Levetiracetam⟧; Notfallmedikament ⟦health|Buccolam⟧ ist in der blauen Tasche. Mia Osterkamp hat eine ⟦health|Essstörung (Anorexie)⟧, sie ist in Therapie, bitte beim Essen nicht kommentieren.`,
  ],
  [
    "de",
    "neg-health:schule-allgemein:free",
    `Formuliere diesen Elternbrief zur Klassenfahrt etwas netter: „Bitte teilen Sie uns vor der Fahrt mit, ob Ihr Kind regelmäßig Medikamente nimmt (z. B. bei Epilepsie, Asthma oder Diabetes) oder ob es Allergien hat. Notfallmedikamente werden in einer gekennzeichneten Tasche von den Lehrkräften mitgeführt.“`,
  ],
  [
    "de",
    "identity:json:structured",
    `Warum wirft mein Parser bei diesem Datensatz einen Fehler?

{"kunde": {"vorname": "Thorsten", "nachname": "Rübsam", "geburtsdatum": "⟦date_of_birth|1971-04-30⟧",
 "adresse": {"strasse": "⟦street_address|Am Kirchberg 12a⟧", "plz": "⟦street_address|55118⟧", "ort": "Mainz"},
 "steuer_id": "⟦national_id|${steuerId("57 649 013 52")}⟧", "mobil": "⟦phone|+49 1523 8471920⟧",}}`,
  ],
  [
    "de",
    "neg-identity:json-schema:structured",
    `Warum wirft mein Parser bei diesem Beispieldatensatz einen Fehler?

{"kunde": {"vorname": "string", "nachname": "string", "geburtsdatum": "date (ISO 8601)",
 "adresse": {"strasse": "string", "plz": "string(5)", "ort": "string"},
 "steuer_id": "string(11)", "mobil": "E.164",}}`,
  ],
  [
    "de",
    "neg-contact:impressum:free",
    `Übersetze unser Impressum ins Englische:

Bäckerei Kornblume GmbH, Hauptstraße 21, 79098 Freiburg im Breisgau. Telefon: 0761 2046780, E-Mail: info@baeckerei-kornblume.de. Geschäftsführer: Anton Reisig. Registergericht: Amtsgericht Freiburg, HRB 714455. USt-IdNr.: DE298347612. Öffnungszeiten Mo–Sa 6–18 Uhr.`,
  ],
  [
    "de",
    "neg-health:promi:free",
    `Schreib einen kurzen Absatz für unsere Schülerzeitung: Der Fußballer Sébastien Haller wurde 2022 mit Hodenkrebs diagnostiziert, kehrte nach Chemotherapie zu Borussia Dortmund zurück und schoss Anfang 2023 sein erstes Bundesligator.`,
  ],
  [
    "de",
    "financial:steuer:adversarial",
    `hilf mir bitte beim einspruch gg den steuerbescheid, daten:
name: Ingrid Pfeffer-Lohmann, st-nr ⟦national_id|21/347/62091⟧, idnr ⟦national_id|${steuerId("8 6 0 9 5 3 1 4 6 2 ")}⟧
zu versteuerndes einkommen lt bescheid ⟦financial|62.118 €⟧, nachzahlung ⟦financial|3.407 €⟧ (ich hab aber ⟦financial|4.200 € krankheitskosten⟧ belegt, die fehlen)`,
  ],
  [
    "de",
    "neg-financial:steuer-allgemein:free",
    `Wie formuliert man allgemein einen Einspruch gegen einen Steuerbescheid, wenn belegte Krankheitskosten nicht berücksichtigt wurden? Bitte ein Muster mit Platzhaltern wie [Steuernummer] und [Betrag], keine echten Daten.`,
  ],
  [
    "de",
    "neg-identity:eigene-frage:free",
    `Ich bin Jahrgang 1988 und habe im März Geburtstag. Ab welchem Alter kann ich nach aktueller Rechtslage frühestens abschlagsfrei in Rente gehen, wenn ich 45 Beitragsjahre erreiche?`,
  ],
  [
    "de",
    "contact:vcard:structured",
    `Importiere diesen Kontakt bitte in eine CSV-Zeile (Name;Telefon;E-Mail;Adresse):

BEGIN:VCARD
VERSION:3.0
N:Albrecht;Hedwig;;;
TEL;TYPE=CELL:⟦phone|+49 170 4418826⟧
EMAIL;TYPE=HOME:⟦email|hedwig.albrecht@gmx.net⟧
ADR;TYPE=HOME:;;⟦street_address|Gartenweg 5;Bad Tölz;;83646⟧;Deutschland
END:VCARD`,
  ],
  // --- French ---------------------------------------------------------------------------------------------
  [
    "fr",
    "health:courrier-medical:free",
    `Peux-tu reformuler ce compte rendu pour que la patiente le comprenne ?

Chère consœur, je revois ce jour Mme Nadège Coulibaly, née le ⟦date_of_birth|22/08/1983⟧, n° de sécurité sociale ⟦national_id|${insee("2830875114208")}⟧, pour le suivi de sa ⟦health|sclérose en plaques récurrente-rémittente⟧. L'IRM montre deux nouvelles lésions. Je propose de passer de ⟦health|tériflunomide⟧ à ⟦health|natalizumab⟧ après sérologie JC. Bien confraternellement.`,
  ],
  [
    "fr",
    "neg-health:cours:free",
    `Fais-moi une fiche de révision pour l'internat à partir de ce paragraphe de cours : « La sclérose en plaques récurrente-rémittente est traitée en première ligne par interféron bêta, acétate de glatiramère, tériflunomide ou diméthylfumarate. En cas d'activité persistante, on envisage le natalizumab, après recherche d'anticorps anti-JC virus. »`,
  ],
  [
    "fr",
    "financial:banque-courrier:free",
    `Aide-moi à répondre à ce courrier de ma banque, je veux contester les frais :

Madame Élodie Marchetti,
Votre compte ⟦iban|${iban("FR", "30004028370001048263915")}⟧ présente un solde débiteur de ⟦financial|1 276,40 €⟧ depuis le 14/11. Des frais d'intervention de ⟦financial|84,00 €⟧ ont été prélevés. Votre prêt personnel (capital restant dû ⟦financial|9 850 €⟧) sera réexaminé.
Votre conseillère, agence de Clermont-Ferrand`,
  ],
  [
    "fr",
    "neg-financial:banque-modele:free",
    `Améliore ce modèle de courrier pour notre service client : « Madame, Monsieur, votre compte [numéro de compte] présente un solde débiteur de [montant] € depuis le [date]. Des frais d'intervention plafonnés à 8 € par opération et 80 € par mois peuvent être prélevés conformément à la réglementation. » Aucune donnée client, c'est le gabarit.`,
  ],
  [
    "fr",
    "credentials:mail:free",
    `Résume ce mail pour l'équipe :

Salut Bastien, comme convenu je te transmets l'accès au NAS du cabinet pendant mes congés. Identifiant : compta2 — mot de passe : ⟦password|Tournesol_83!cab⟧. Les factures de novembre sont dans /Clients/2026/11. Pense à changer le mot de passe à mon retour le 6 janvier. Bonne semaine, Claire`,
  ],
  [
    "fr",
    "neg-credentials:mail:free",
    `Résume ce mail pour l'équipe :

Salut Bastien, comme convenu tu auras l'accès au NAS du cabinet pendant mes congés : je t'ai créé un compte, tu recevras un lien pour définir ton mot de passe. Les factures de novembre sont dans /Clients/2026/11. Le NAS est sur 192.168.1.20, port 5001. Bonne semaine, Claire`,
  ],
  [
    "fr",
    "identity:dossier-location:structured",
    `Vérifie si ce dossier de location est complet :

Locataire : Yanis Belkacem
Date de naissance : ⟦date_of_birth|05/12/1996⟧
Adresse actuelle : ⟦street_address|27 rue des Tanneurs, 67000 Strasbourg⟧
Téléphone : ⟦phone|06 71 38 24 90⟧
Courriel : ⟦email|yanis.belkacem96@orange.fr⟧
Revenus nets mensuels : ⟦financial|2 140 €⟧ (CDI)
Pièce d'identité : passeport n° ⟦passport|19AK52807⟧`,
  ],
  [
    "fr",
    "neg-identity:dossier-location:structured",
    `Vérifie si cette liste des pièces d'un dossier de location est complète (c'est la liste de l'agence, pas un dossier rempli) :

Locataire : nom, prénom
Date de naissance : jj/mm/aaaa
Adresse actuelle : justificatif de moins de 3 mois
Téléphone / courriel
Revenus nets mensuels : 3 derniers bulletins de salaire
Pièce d'identité : carte d'identité ou passeport en cours de validité`,
  ],
  [
    "fr",
    "health:ehpad:free",
    `Transforme ces transmissions en compte rendu propre :

EHPAD Les Tilleuls — nuit du 2 au 3. M. Roger Vasseur, ch. 12 : ⟦health|désorientation⟧ majorée, ⟦health|chute⟧ à 3h sans trauma apparent. Sous ⟦health|Eliquis⟧ donc surveillance neuro / 2h. Sa fille (⟦phone|06 84 12 77 53⟧) prévenue. Mme Simone Ferrand, ch. 15 : ⟦health|escarre talon droit stade 2⟧, pansement refait.`,
  ],
  [
    "fr",
    "neg-health:ehpad-protocole:free",
    `Relis ce protocole de notre EHPAD et corrige le style : « En cas de chute d'un résident sous anticoagulant, une surveillance neurologique toutes les deux heures est mise en place pendant 24 h. La famille est prévenue selon les souhaits notés dans le dossier. Les escarres de stade 2 sont évaluées à chaque réfection de pansement. »`,
  ],
  [
    "fr",
    "financial:csv:structured",
    `Calcule le total des remboursements de frais par salarié :

matricule;nom;date;montant;iban_remboursement
0412;Lucie Garnier;2026-11-04;⟦financial|186,50⟧;⟦iban|${ibanCompact("FR", "20041010120483726M01955")}⟧
0412;Lucie Garnier;2026-11-18;⟦financial|42,00⟧;⟦iban|${ibanCompact("FR", "20041010120483726M01955")}⟧
0587;Mehdi Saidani;2026-11-09;⟦financial|311,20⟧;⟦iban|${ibanCompact("FR", "10107001180012345678190")}⟧`,
  ],
  [
    "fr",
    "neg-financial:csv:structured",
    `Calcule le total par catégorie (données agrégées du trimestre, aucun salarié) :

categorie;nb_notes;montant_total;moyenne
Transport;148;12 406,80;83,83
Hébergement;61;9 887,00;162,08
Repas;302;7 112,45;23,55`,
  ],
  [
    "fr",
    "neg-health:fiction:free",
    `Pour mon club de lecture : dans « La Peste » de Camus, le docteur Rieux soigne des malades à Oran. Décris l'évolution de l'état de santé de Tarrou jusqu'à sa mort, et ce que le roman dit du sérum de Castel.`,
  ],
  [
    "fr",
    "neg-contact:adresse-publique:free",
    `Écris un petit texte pour touristes : le musée du Louvre se trouve rue de Rivoli, 75001 Paris ; la tour Eiffel au 5 avenue Anatole France, 75007 Paris. Standard du musée : +33 1 40 20 50 50. Donne les horaires d'hiver typiques.`,
  ],
  [
    "fr",
    "health:chat:adversarial",
    `Résume ce fil Messenger stp :
Inès : t'as des nouvelles de Karim Haddad ?
Sofiane : ouais il sort de l'hosto, ils lui ont trouvé un ⟦health|diabète de type 1⟧, il est sous ⟦health|insuline⟧ maintenant, 4 injections/j
Inès : mince, il l'a dit à son boulot ?
Sofiane : non il veut pas`,
  ],
  [
    "fr",
    "neg-health:question-generale:free",
    `J'ai 29 ans et on vient de me diagnostiquer un diabète de type 1. Comment on s'organise pour les injections d'insuline au travail, et est-ce qu'on est obligé de le dire à son employeur ?`,
  ],
  [
    "fr",
    "identity:log:structured",
    `Pourquoi l'API de vérification renvoie 422 ici ?

2026-12-02 10:41:07 INFO kyc.submit user=58213 nom="Duplessis" prenom="Margaux" nir="⟦national_id|${insee("2920569123045")}⟧" iban="⟦iban|${ibanCompact("FR", "17569000706172451812H73")}⟧"
2026-12-02 10:41:08 WARN kyc.submit user=58213 status=422 reason="nir_birthdate_mismatch"`,
  ],
  [
    "fr",
    "neg-identity:log:structured",
    `Pourquoi l'API de vérification renvoie 422 ici ?

2026-12-02 10:41:07 INFO kyc.submit user=58213 nir="<masqué>" iban="FR76 **** **** **** **** ***0 189"
2026-12-02 10:41:08 WARN kyc.submit user=58213 status=422 reason="nir_birthdate_mismatch" upstream=10.12.0.5`,
  ],
  [
    "fr",
    "financial:pret:adversarial",
    `dossier pret immo — Mr & Mme Lefebvre-Amrani (Thomas et Samia)
apport: ⟦financial|38 000 €⟧ | revenus cumulés: ⟦financial|5 430 €/mois⟧ | crédit auto en cours: ⟦financial|312 €/mois, reste 14 200 €⟧
cpte joint: ⟦iban|${spaced(ibanCompact("FR", "30003036200005028741593"))}⟧
tu peux me calculer le taux d'endettement ?`,
  ],
  [
    "fr",
    "neg-financial:pret-hypothetique:free",
    `Calcul théorique : un couple gagne 5 430 € nets par mois, a un crédit auto de 312 €/mois et veut emprunter 250 000 € sur 25 ans à 3,4 %. Quel serait le taux d'endettement, et est-ce sous la limite de 35 % du HCSF ?`,
  ],
  [
    "fr",
    "neg-identity:personnage-public:free",
    `Rédige une courte biographie : Kylian Mbappé est né le 20 décembre 1998 à Paris et a grandi à Bondy. Il a signé au Real Madrid en 2024. Mentionne ses titres principaux.`,
  ],
  // --- Spanish --------------------------------------------------------------------------------------------
  [
    "es",
    "health:informe-alta:free",
    `Resume este informe de alta para la familia, sin tecnicismos:

Paciente: Dña. Remedios Olmedo Castaño, NHC ⟦medical_record|00482913⟧, DNI ⟦national_id|${dni("50738214")}⟧.
Motivo de ingreso: ⟦health|neumonía adquirida en la comunidad⟧ en paciente con ⟦health|EPOC GOLD 3⟧ e ⟦health|insuficiencia cardíaca⟧.
Tratamiento al alta: ⟦health|levofloxacino 500 mg 7 días, furosemida 40 mg, inhaladores habituales⟧. Control en su centro de salud en 1 semana.`,
  ],
  [
    "es",
    "neg-health:caso-docente:free",
    `Estoy preparando un caso clínico docente para estudiantes de 4º. ¿Es coherente? «Varón de 74 años, exfumador, con EPOC GOLD 3 e insuficiencia cardíaca, acude por fiebre y disnea. La radiografía muestra una condensación en lóbulo inferior derecho.» Añade tres preguntas tipo test. El paciente es ficticio.`,
  ],
  [
    "es",
    "financial:nomina:structured",
    `¿Me ayudas a revisar esta nómina? Creo que la retención del IRPF está mal.

Empresa: Talleres Ibarra S.L. — Trabajador: Aitor Goikoetxea Lasa
NIF: ⟦national_id|${dni("72583104")}⟧ | Nº afiliación SS: ⟦national_id|48/10293847/62⟧
Salario base: ⟦financial|1.845,00 €⟧ | Plus transporte: 96,00 € | Retención IRPF 9 %: ⟦financial|174,69 €⟧
Líquido a percibir: ⟦financial|1.648,31 €⟧ — Cuenta: ⟦iban|${iban("ES", "21003816250200073419")}⟧`,
  ],
  [
    "es",
    "neg-financial:nomina-ejemplo:structured",
    `Explícame cada línea de esta nómina de ejemplo del manual de RR. HH.:

Empresa: Empresa Ejemplo S.L. — Trabajador: Nombre Apellido
NIF: 00000000T | Nº afiliación SS: XX/XXXXXXXX/XX
Salario base: 1.500,00 € | Plus transporte: 90,00 € | Retención IRPF: 8 %
Líquido a percibir: (calcular) — Cuenta: ES91 2100 0418 4502 0005 1332 (IBAN de ejemplo)`,
  ],
  [
    "es",
    "contact:email-reenvio:free",
    `Reenvía esto a la comunidad de vecinos pero quitando lo que sobra:

Hola a todos, soy Begoña Urrutia, la del 3ºB. Para lo de la derrama del ascensor me podéis llamar al ⟦phone|612 48 37 90⟧ o escribir a ⟦email|bego.urrutia@hotmail.es⟧. Vivo en ⟦street_address|calle Fuencarral 117, 3ºB, 28010 Madrid⟧ por si queréis dejar los justificantes en el buzón. Un saludo`,
  ],
  [
    "es",
    "neg-contact:comercio:free",
    `Traduce al inglés la ficha de nuestra tienda para Google: «Librería El Faro, calle Mayor 14, 28013 Madrid. Tel.: 910 00 00 00 (atención al cliente). Email: hola@libreriaelfaro.example. Abierto de lunes a sábado de 10:00 a 20:30.»`,
  ],
  [
    "es",
    "credentials:whatsapp:adversarial",
    `resume este chat xfa
Mamá: hija no me acuerdo de la contraseña del banco
Lucía: mamá te la apunté en la nevera 🙄
Mamá: no la encuentro
Lucía: es ⟦password|Perico_1957!⟧ con la P mayúscula. y el usuario tu DNI ⟦national_id|${dni("09281736")}⟧
Mamá: gracias cariño`,
  ],
  [
    "es",
    "neg-credentials:whatsapp:free",
    `resume este chat xfa
Mamá: hija no me acuerdo de la contraseña del banco
Lucía: mamá no me la digas por aquí, dale a "he olvidado mi contraseña" en la app
Mamá: me pide un código
Lucía: te llega por SMS, es de un solo uso, no se lo des a nadie
Mamá: vale ya entré`,
  ],
  [
    "es",
    "health:rrhh:free",
    `Ayúdame a redactar la respuesta a este correo de RR. HH.:

"Hola Marta, te confirmo que Iván Sepúlveda estará de baja desde el lunes. Nos ha traído el parte: ⟦health|hernia discal L4-L5⟧ con ⟦health|ciática⟧, le han pautado ⟦health|pregabalina⟧ y rehabilitación. Además nos comenta que está en lista de espera para ⟦health|cirugía⟧. Necesitamos reorganizar los turnos."`,
  ],
  [
    "es",
    "neg-health:rrhh-protocolo:free",
    `Mejora la redacción de nuestro protocolo interno: «Cuando una persona trabajadora presente un parte de baja, el departamento de RR. HH. no debe solicitar información sobre el diagnóstico. Las bajas por patología lumbar suelen requerir reorganización de turnos; el responsable coordinará la cobertura sin comentar la causa con el equipo.»`,
  ],
  [
    "es",
    "financial:deudas:free",
    `Mi cuñado me ha pasado esto para que le ayude a pedir una reunificación de deudas:

Titular: Rubén Cifuentes Mora
- Tarjeta ⟦payment_card|${luhn("4940 1988 2763 041")}⟧: deuda ⟦financial|6.420 €⟧
- Préstamo coche: ⟦financial|11.300 € pendientes, cuota 289 €⟧
- Microcrédito online: ⟦financial|1.150 €⟧ (en impago desde agosto)
Nómina neta: ⟦financial|1.720 €⟧. ¿Qué banco le daría mejores condiciones?`,
  ],
  [
    "es",
    "neg-financial:deudas-hipotetico:free",
    `Ejemplo para una clase de educación financiera: una persona tiene una tarjeta con 6.000 € de deuda al 24 % TAE, un préstamo de coche de 11.000 € al 7 % y cobra 1.700 € netos. ¿Le conviene reunificar a un 9 % a 8 años? Haz la tabla comparativa.`,
  ],
  [
    "es",
    "identity:yaml:structured",
    `¿Por qué falla la validación de este fichero?

cliente:
  nombre: Gonzalo Ferreira Ruiz
  dni: ⟦national_id|${dni("33891025")}⟧
  fecha_nacimiento: ⟦date_of_birth|1968-02-29⟧
  direccion: ⟦street_address|Av. de la Constitución 42, 41004 Sevilla⟧
  telefono: ⟦phone|+34 655 219 804⟧
  tarjeta_sanitaria: ⟦medical_record|ANDA 481920374512⟧`,
  ],
  [
    "es",
    "neg-identity:yaml:structured",
    `¿Por qué falla la validación de este fichero de ejemplo del repositorio?

cliente:
  nombre: Juan Español Español
  dni: 99999999R
  fecha_nacimiento: 1900-01-01
  direccion: Calle Falsa 123
  telefono: "+34 600 000 000"
  tarjeta_sanitaria: null`,
  ],
  [
    "es",
    "neg-health:personaje:free",
    `Para un trabajo de literatura: en «Cien años de soledad», ¿qué enfermedad sufre Macondo (la peste del insomnio) y cómo afecta a la memoria de José Arcadio Buendía? Explícalo en 200 palabras.`,
  ],
  [
    "es",
    "neg-contact:ip-infra:structured",
    `Revisa esta configuración de red de la oficina:

router: 192.168.0.1
dhcp: 192.168.0.100-192.168.0.200
dns: 1.1.1.1, 8.8.8.8
vpn_pool: 10.8.0.0/24
impresora: 192.168.0.25
¿Tiene sentido reservar la impresora fuera del rango DHCP?`,
  ],
  [
    "es",
    "health:mexico-chat:free",
    `Resume lo que dice mi tía en este audio transcrito: "Oye mija, que a tu primo Joaquín Salcedo ya le dieron los resultados, salió ⟦health|VIH positivo⟧, carga viral ⟦health|48.000 copias⟧, ya empezó ⟦health|Biktarvy⟧. No le digas a nadie de la familia todavía, ¿eh?"`,
  ],
  [
    "es",
    "neg-health:campana:free",
    `Redacta un post para la campaña del Día Mundial del Sida: en 2024 había unos 40 millones de personas con VIH en el mundo; con tratamiento antirretroviral y carga viral indetectable, el virus no se transmite (I=I). Incluye un llamado a hacerse la prueba.`,
  ],
  [
    "es",
    "financial:transferencia:free",
    `Traduce al inglés este justificante para mi casero de Dublín:

Ordenante: Paula Quiroga Benítez — cuenta ⟦iban|${iban("ES", "00491500052710234561")}⟧
Beneficiario: Declan Moore — ⟦iban|${iban("IE", "AIBK93208647102938")}⟧
Importe: ⟦financial|1.350,00 EUR⟧ — Concepto: alquiler diciembre`,
  ],
  [
    "es",
    "neg-identity:pregunta-propia:free",
    `Nací en 1990 y me acabo de mudar de Valencia a Lisboa. ¿Necesito pedir el NIF portugués antes de abrir una cuenta bancaria, y se puede hacer online?`,
  ],
  // --- Italian --------------------------------------------------------------------------------------------
  [
    "it",
    "health:lettera-dimissione:free",
    `Riassumi questa lettera di dimissione per il medico di base in cinque righe:

Si dimette in data odierna il sig. Salvatore Lo Cascio, nato a Palermo il ⟦date_of_birth|11/01/1955⟧, ricoverato per ⟦health|scompenso cardiaco acuto⟧ in ⟦health|cardiopatia ischemica cronica⟧ e ⟦health|insufficienza renale cronica stadio 3b⟧. Terapia domiciliare: ⟦health|bisoprololo 2,5 mg, sacubitril/valsartan 49/51 mg bid, furosemide 25 mg⟧. Controllo ambulatoriale tra 30 giorni.`,
  ],
  [
    "it",
    "neg-health:manuale:free",
    `Spiegami in parole semplici questo passo del manuale: «Nello scompenso cardiaco con frazione di eiezione ridotta, la terapia raccomandata comprende beta-bloccante, sacubitril/valsartan, antagonista dei mineralcorticoidi e SGLT2-inibitore. Nei pazienti con insufficienza renale cronica stadio 3b le dosi vanno adattate.»`,
  ],
  [
    "it",
    "financial:mutuo-email:free",
    `Scrivi una risposta cortese a questa email della banca, chiedo più tempo per i documenti:

Gentile sig.ra Chiara Benedetti,
per completare l'istruttoria del mutuo (importo richiesto ⟦financial|185.000 €⟧) ci servono le ultime due buste paga (RAL dichiarata ⟦financial|34.600 €⟧) e l'estratto del conto ⟦iban|${iban("IT", "X0306909606100000063781")}⟧, dove risulta un ⟦financial|finanziamento auto con rata di 265 €⟧.
Cordiali saluti, Filiale di Bologna`,
  ],
  [
    "it",
    "neg-financial:mutuo-faq:free",
    `Rendi più chiara questa FAQ del nostro sito: «Per l'istruttoria del mutuo servono: documento d'identità, codice fiscale, ultime due buste paga o dichiarazione dei redditi, estratti conto degli ultimi sei mesi. La rata non dovrebbe superare un terzo del reddito netto mensile.»`,
  ],
  [
    "it",
    "identity:modulo:structured",
    `Controlla se questo modulo di iscrizione in palestra è compilato bene:

Nome e cognome: Federica Zanetti
Codice fiscale: ⟦national_id|${codiceFiscale("ZNTFDR92M52F205")}⟧
Data di nascita: ⟦date_of_birth|12/08/1992⟧
Indirizzo: ⟦street_address|Via Padova 214, 20132 Milano⟧
Cellulare: ⟦phone|347 882 1934⟧
Certificato medico: ⟦health|idoneità con limitazione per aritmia (extrasistoli)⟧`,
  ],
  [
    "it",
    "neg-identity:modulo-vuoto:structured",
    `Traduci in inglese questo modulo vuoto di iscrizione in palestra:

Nome e cognome: ______________
Codice fiscale: ________________
Data di nascita: __/__/____
Indirizzo: ______________
Cellulare: ______________
Certificato medico: allegare certificato di idoneità non agonistica`,
  ],
  [
    "it",
    "health:rsa-chat:adversarial",
    `fammi un riassunto di sta chat del gruppo OSS:
Giusy: la sig.ra Pina Mercadante stanotte ha ⟦health|vomitato 2 volte⟧, ⟦health|febbre 38.4⟧
Enzo: è quella col ⟦health|PEG⟧ e l'⟦health|Alzheimer⟧ avanzato?
Giusy: si. chiamato la guardia medica, dice ⟦health|tachipirina 1g⟧ e rivalutare
Enzo: ok lo scrivo in consegna`,
  ],
  [
    "it",
    "neg-health:rsa-corso:free",
    `Per il corso OSS: scrivi una domanda a risposta multipla su cosa fare se un ospite con PEG e Alzheimer avanzato presenta febbre a 38,4 e vomito durante la notte. L'ospite è immaginario.`,
  ],
  [
    "it",
    "financial:tabella:structured",
    `Ordina questi soci per quota non pagata e scrivi un sollecito generico:

socio | email | quota 2026 | versato | IBAN per rimborsi
Marco Pellizzari | ⟦email|m.pellizzari@libero.it⟧ | 240 | ⟦financial|120⟧ | ⟦iban|${iban("IT", "K0306909606100000012931")}⟧
Anna Ruggieri | ⟦email|anna.rugg@gmail.com⟧ | 240 | ⟦financial|0⟧ | ⟦iban|${iban("IT", "B0200802435000104428964")}⟧`,
  ],
  [
    "it",
    "neg-financial:bilancio-associazione:structured",
    `Scrivi una relazione di due righe sul bilancio della nostra associazione:

voce | 2025 | 2026
quote associative | 18.240 € | 19.680 €
contributi comunali | 5.000 € | 4.500 €
spese affitto sede | 9.600 € | 9.600 €
avanzo | 1.930 € | 2.410 €`,
  ],
  [
    "it",
    "credentials:email:free",
    `Traduci in inglese questa email per il nuovo collega di Dublino:

Ciao Liam, benvenuto! Per il gestionale usa l'utente l.obrien e la password provvisoria ⟦password|Gelato!Ventidue22⟧, poi cambiala. La VPN è già configurata sul portatile. Per problemi chiama Davide dell'IT.`,
  ],
  [
    "it",
    "neg-credentials:email:free",
    `Traduci in inglese questa email per il nuovo collega di Dublino:

Ciao Liam, benvenuto! Per il gestionale riceverai un'email con il link per impostare la password (deve avere almeno 12 caratteri). La VPN è già configurata sul portatile, il server è 10.1.1.10. Per problemi chiama Davide dell'IT all'interno 204.`,
  ],
  [
    "it",
    "neg-health:personaggio-pubblico:free",
    `Scrivi un breve articolo: Gianluca Vialli, ex attaccante di Juventus e Sampdoria, ha parlato pubblicamente del suo tumore al pancreas, scoperto nel 2017; è morto a Londra nel gennaio 2023.`,
  ],
  [
    "it",
    "health:scuola:free",
    `Riscrivi questa comunicazione interna per i supplenti:

Classe 2ªC: Tommaso Ferrandi ha la ⟦health|celiachia⟧ (mensa con menu dedicato) e un ⟦health|disturbo specifico dell'apprendimento (dislessia)⟧ con PDP; Giulia Marras è in terapia per ⟦health|disturbo d'ansia⟧ e può uscire dall'aula se serve. Verifiche di matematica spostate a giovedì.`,
  ],
  [
    "it",
    "neg-health:scuola-circolare:free",
    `Riscrivi questa circolare: «Gli alunni con celiachia possono richiedere il menu dedicato presentando il certificato alla segreteria. Per gli studenti con DSA il consiglio di classe predispone il PDP entro novembre.» Rendila più breve.`,
  ],
  [
    "it",
    "neg-contact:monumento:free",
    `Prepara un itinerario di un giorno a Roma: Colosseo (Piazza del Colosseo, 1), Pantheon (Piazza della Rotonda), Musei Vaticani (Viale Vaticano, 00165). Indica quanto tempo serve per ciascuno.`,
  ],
  [
    "it",
    "identity:log-sql:structured",
    `Ottimizza questa query, è lentissima:

SELECT * FROM pazienti WHERE codice_fiscale = '⟦national_id|${codiceFiscale("RSSGNN61T04H501")}⟧' OR (cognome = 'Russo' AND data_nascita = '⟦date_of_birth|1961-12-04⟧');`,
  ],
  [
    "it",
    "neg-identity:sql-param:structured",
    `Ottimizza questa query, è lentissima:

SELECT * FROM pazienti WHERE codice_fiscale = :cf OR (cognome = :cognome AND data_nascita = :data_nascita);
-- indici presenti: pk(id), idx_cognome`,
  ],
  [
    "it",
    "financial:carta:adversarial",
    `ho trovato questo sms, è phishing? "Gentile cliente Alessio Trombetta la sua carta ⟦payment_card|${luhn("5333 17 40 6612 087")}⟧ è stata bloccata per un addebito di ⟦financial|€ 1.249,00⟧. Per sbloccarla chiami il numero indicato."`,
  ],
  // --- Portuguese -----------------------------------------------------------------------------------------
  [
    "pt",
    "health:prontuario:free",
    `Reescreva esta evolução do prontuário em linguagem clara para a família:

Paciente Maria das Graças Nogueira, 71a, CPF ⟦national_id|${cpf("318492057")}⟧, cartão SUS ⟦medical_record|708 4021 9355 1287⟧. Internada por ⟦health|AVC isquêmico⟧ em território de ACM esquerda, com ⟦health|afasia de expressão⟧ e ⟦health|hemiparesia direita⟧. Em uso de ⟦health|AAS 100 mg e atorvastatina 40 mg⟧. Fonoaudiologia diária.`,
  ],
  [
    "pt",
    "neg-health:aula:free",
    `Monte um resumo para a prova de neurologia: "O AVC isquêmico em território da artéria cerebral média esquerda costuma causar afasia e hemiparesia direita. A prevenção secundária inclui antiagregante plaquetário e estatina de alta potência." Inclua dois exemplos de questões.`,
  ],
  [
    "pt",
    "financial:emprestimo-whatsapp:adversarial",
    `me ajuda a responder esse zap do banco? parece golpe
"Sr. Wellington Araújo, seu empréstimo consignado de ⟦financial|R$ 23.400,00⟧ foi aprovado. Parcela de ⟦financial|R$ 612,18⟧ descontada do benefício INSS nº ⟦national_id|187.443.920-5⟧. Confirme sua agência ⟦bank_account|0427⟧ e conta ⟦bank_account|38811-6⟧ respondendo SIM."`,
  ],
  [
    "pt",
    "neg-financial:golpe-educativo:free",
    `Escreva um post educativo sobre golpes de empréstimo consignado pelo WhatsApp: o golpista diz que um empréstimo de R$ 20 mil foi aprovado e pede para "confirmar agência e conta". Dê 5 sinais de alerta. Não use nomes reais.`,
  ],
  [
    "pt",
    "identity:cadastro:structured",
    `Converta esse cadastro em JSON:

Nome: Thiago Bezerra Lins
CPF: ⟦national_id|${cpf("502917384")}⟧
RG: ⟦national_id|38.271.904-6⟧
Data de nascimento: ⟦date_of_birth|14/05/1989⟧
Endereço: ⟦street_address|Rua Augusta, 1508, apto 62, Consolação, São Paulo - SP, 01304-001⟧
Celular: ⟦phone|(11) 98734-2210⟧`,
  ],
  [
    "pt",
    "neg-identity:cadastro-exemplo:structured",
    `Converta esse cadastro de exemplo (dados fictícios do nosso manual) em JSON:

Nome: Fulano de Tal
CPF: 000.000.000-00
RG: 00.000.000-0
Data de nascimento: 01/01/2000
Endereço: Rua Exemplo, 123, Bairro, Cidade - UF, 00000-000
Celular: (00) 90000-0000`,
  ],
  [
    "pt",
    "health:rh-email:free",
    `Corrija o português deste e-mail para o RH (sou de Portugal):

Boa tarde Dra. Sónia, informo que a colaboradora Inês Carvalhal entregou o certificado de incapacidade temporária: ⟦health|gravidez de risco⟧ com ⟦health|placenta prévia⟧, 20 semanas, repouso absoluto até nova avaliação. Pede que a equipa não seja informada do motivo. Cumprimentos, Rui`,
  ],
  [
    "pt",
    "neg-health:rh-politica:free",
    `Melhore este parágrafo do regulamento interno (Portugal): "Em caso de gravidez de risco clínico, a trabalhadora tem direito a licença pelo período indicado pelo médico, sem perda de retribuição. O motivo da ausência é confidencial e não deve ser comunicado à equipa."`,
  ],
  [
    "pt",
    "financial:extrato:structured",
    `Categoriza estas despesas do meu extrato (Portugal):

Titular: Joana Meireles Sá — NIF ⟦national_id|238 417 594⟧ — IBAN ⟦iban|${iban("PT", "003500970000412889216")}⟧
02/11 MB WAY Ana R. -25,00
03/11 CONTINENTE -86,41
05/11 RENDA DEZ -⟦financial|650,00⟧
06/11 ORDENADO +⟦financial|1.412,37⟧
Saldo final: ⟦financial|2.018,55 €⟧`,
  ],
  [
    "pt",
    "neg-financial:extrato-exemplo:structured",
    `Categoriza estas despesas (extrato de demonstração do app, sem titular):

02/11 MB WAY -25,00
03/11 SUPERMERCADO -86,41
05/11 RENDA -650,00
06/11 ORDENADO +1.400,00
Saldo final: 2.000,00 €
IBAN mostrado no demo: PT50 0002 0123 1234 5678 9015 4`,
  ],
  [
    "pt",
    "credentials:suporte:free",
    `Resuma este chamado de suporte em uma linha:

Cliente Renata Pacheco ligou, não consegue acessar o e-mail corporativo. Passou a senha atual dela pra eu testar: ⟦password|Ipanema#2025rp⟧ — funcionou no webmail, o problema é o Outlook com a conta ⟦email|renata.pacheco@construtoravale.com.br⟧. Reconfigurei o perfil.`,
  ],
  [
    "pt",
    "neg-credentials:suporte:free",
    `Resuma este chamado de suporte em uma linha:

Cliente ligou, não consegue acessar o e-mail corporativo. Pedi para ela redefinir a senha pelo portal (nunca pedimos a senha por telefone). Depois disso funcionou no webmail; o problema era o Outlook com a conta antiga. Reconfigurei o perfil.`,
  ],
  [
    "pt",
    "health:escola:free",
    `Deixe este bilhete para a professora substituta mais organizado:

Turma 3ºA: o Davi Monteiro tem ⟦health|autismo (TEA nível 1)⟧ e fica agitado com barulho, pode usar o abafador. A Lívia Prado usa ⟦health|bombinha de salbutamol⟧ por ⟦health|asma⟧, fica na mochila. O Pedro Sardinha faz ⟦health|acompanhamento psicológico⟧ às quartas e sai às 15h.`,
  ],
  [
    "pt",
    "neg-health:escola-geral:free",
    `Escreva um guia curto para professores substitutos sobre como acolher alunos com TEA, asma ou que saem para acompanhamento psicológico, sem expor a condição deles para a turma.`,
  ],
  [
    "pt",
    "neg-identity:figura-publica:free",
    `Faça um resumo biográfico: Pelé (Edson Arantes do Nascimento) nasceu em 23 de outubro de 1940, em Três Corações, e morreu em 2022 após tratamento de um câncer de cólon. Foi tricampeão mundial.`,
  ],
  [
    "pt",
    "neg-contact:loja:free",
    `Escreva a descrição da loja para o Google Maps: "Padaria Estrela do Norte — Av. Paulista, 1000, São Paulo. Telefone para encomendas: (11) 3000-0000. Aberta todos os dias das 6h às 22h." O telefone é o número de placeholder do nosso site de testes.`,
  ],
  [
    "pt",
    "contact:json-api:structured",
    `Por que esse payload do webhook não passa no validador?

{"event":"order.created","customer":{"name":"Larissa Vieira","email":"⟦email|larissa.vieira88@uol.com.br⟧","phone":"⟦phone|+55 21 99652-3418⟧","shipping":"⟦street_address|Rua Voluntários da Pátria, 190, Botafogo, Rio de Janeiro, 22270-010⟧"},"total":189.9,}`,
  ],
  [
    "pt",
    "neg-contact:json-api:structured",
    `Por que esse payload de exemplo do webhook não passa no validador?

{"event":"order.created","customer":{"name":"{{customer.name}}","email":"{{customer.email}}","phone":"{{customer.phone}}","shipping":"{{customer.address}}"},"total":189.9,}`,
  ],
  [
    "pt",
    "health:chat-familia:free",
    `Resume isso que a minha prima mandou no grupo: "Gente, o exame da tia Conceição Baptista saiu: ⟦health|mamografia BI-RADS 5⟧, a biópsia confirmou ⟦health|carcinoma ductal invasivo⟧. Ela começa ⟦health|quimioterapia⟧ no dia 12 no IPO do Porto. Ela não quer que os vizinhos saibam."`,
  ],
  [
    "pt",
    "neg-health:pergunta-geral:free",
    `O que significa BI-RADS 5 numa mamografia e qual a probabilidade de ser câncer? Minha médica pediu biópsia e estou nervosa, quero entender as etapas.`,
  ],
  // --- Dutch ----------------------------------------------------------------------------------------------
  [
    "nl",
    "health:verwijsbrief:free",
    `Kun je deze verwijsbrief samenvatten in begrijpelijke taal voor de patiënt?

Geachte collega, graag verwijs ik dhr. Pieter van der Heijden, geb. ⟦date_of_birth|17-10-1966⟧, BSN ⟦national_id|${bsn("17392846")}⟧, naar uw polikliniek in verband met ⟦health|verdenking slaapapneu⟧ bij ⟦health|obesitas (BMI 38)⟧ en ⟦health|therapieresistente hypertensie⟧. Huidige medicatie: ⟦health|amlodipine 10 mg, hydrochloorthiazide 25 mg⟧. Met collegiale groet, huisartsenpraktijk De Linde`,
  ],
  [
    "nl",
    "neg-health:nhg-standaard:free",
    `Vat deze passage uit de NHG-standaard samen in drie punten: "Bij therapieresistente hypertensie en obesitas moet aan obstructief slaapapneusyndroom worden gedacht. Verwijs bij een hoge verdenking naar een slaapcentrum. Een thiazidediureticum en een calciumantagonist vormen een gebruikelijke combinatie."`,
  ],
  [
    "nl",
    "financial:schuldhulp:free",
    `Help me deze brief aan de schuldhulpverlening netjes te maken:

Beste meneer/mevrouw, mijn naam is Sanne Kuipers-Bakker. Ik heb betalingsachterstanden: ⟦financial|huur € 2.150⟧, ⟦financial|zorgverzekering € 684⟧, en een ⟦financial|creditcardschuld van € 4.900⟧. Mijn netto inkomen is ⟦financial|€ 1.630 per maand⟧. Mijn rekeningnummer is ⟦iban|${iban("NL", "INGB0007841293")}⟧. Ik woon op ⟦street_address|Vondelstraat 88-2, 2513 EX Den Haag⟧.`,
  ],
  [
    "nl",
    "neg-financial:schuldhulp-voorbeeld:free",
    `Schrijf een voorbeeldbrief (met invulvelden) aan de gemeentelijke schuldhulpverlening voor iemand met huurachterstand, een schuld bij de zorgverzekeraar en een creditcardschuld. Gebruik [naam], [bedrag] en [IBAN] als placeholders, geen echte gegevens.`,
  ],
  [
    "nl",
    "identity:csv:structured",
    `Welke rijen in deze export hebben een ongeldig formaat postcode?

klantnr,naam,geboortedatum,bsn,postcode,huisnummer,telefoon
10231,Fenna de Groot,⟦date_of_birth|1993-06-21⟧,⟦national_id|${bsn("23154987")}⟧,⟦street_address|3511 LN⟧,⟦street_address|14⟧,⟦phone|06-41827753⟧
10232,Bram Visser,⟦date_of_birth|1958-11-02⟧,⟦national_id|${bsn("31847256")}⟧,⟦street_address|9712CP⟧,⟦street_address|7a⟧,⟦phone|06 28391046⟧`,
  ],
  [
    "nl",
    "neg-identity:csv-synthetisch:structured",
    `Welke rijen in deze testexport hebben een ongeldig formaat postcode? (gegenereerd met Faker, niemand bestaat)

klantnr,naam,geboortedatum,bsn,postcode,huisnummer
T-1,Test Persoon,2000-01-01,000000000,1234 AB,1
T-2,Voorbeeld Klant,1999-12-31,111111110,1234AB,2
T-3,Jan Modaal,1980-06-15,,12345,3`,
  ],
  [
    "nl",
    "health:teams-chat:free",
    `Maak van dit Teams-gesprek een korte samenvatting:

Ruud: is Daan Verhoeven er morgen?
Eline: nee, hij is ⟦health|opgenomen voor een psychose⟧, GGZ Rivierduinen. Hij krijgt nu ⟦health|olanzapine⟧.
Ruud: heftig. wat zeggen we tegen de klant?
Eline: gewoon dat hij ziek is. niet verder vertellen aub`,
  ],
  [
    "nl",
    "neg-health:teams-chat:free",
    `Maak van dit Teams-gesprek een korte samenvatting:

Ruud: is Daan er morgen?
Eline: nee, hij heeft zich ziek gemeld, verder weet ik niks
Ruud: wat zeggen we tegen de klant?
Eline: dat we de demo naar volgende week verplaatsen. we mogen niet vragen wat iemand heeft, dat loopt via de bedrijfsarts`,
  ],
  [
    "nl",
    "credentials:env:structured",
    `Waarom leest mijn app de variabelen niet in? Dit is mijn .env:

DB_HOST=pg-prod.klantportaal.nl
DB_USER=portal
DB_PASSWORD=⟦password|Kl0mp3nD@nsen!⟧
MOLLIE_API_KEY=⟦api_key|live_Hx7pQ2mRt9vKd4WcY8bNa3ZsFj6LeU⟧
SESSION_SECRET=⟦password|a9f3c1e87b2d4f60c5e1a7b93d2f8e44⟧`,
  ],
  [
    "nl",
    "neg-credentials:env-example:structured",
    `Waarom leest mijn app de variabelen niet in? Dit is mijn .env.example uit de repo:

DB_HOST=localhost
DB_USER=portal
DB_PASSWORD=changeme
MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SESSION_SECRET=<genereer met openssl rand -hex 32>`,
  ],
  [
    "nl",
    "health:zorgverzekering:structured",
    `Leg uit waarom deze declaratie is afgewezen:

Verzekerde: Joris Hendriks | Polisnummer: ⟦medical_record|ZK-4418820-03⟧ | Geboortedatum: ⟦date_of_birth|02-02-1979⟧
Zorgverlener: Fysiotherapie Oost | Behandeling: ⟦health|18 sessies na voorste kruisbandreconstructie⟧ | Bedrag: € 612,00
Reden afwijzing: aanvullende verzekering dekt maximaal 9 behandelingen.`,
  ],
  [
    "nl",
    "neg-health:zorgverzekering-uitleg:free",
    `Leg in gewone taal uit hoe de vergoeding van fysiotherapie werkt in Nederland: basisverzekering vanaf de 21e behandeling bij chronische aandoeningen, de rest via de aanvullende verzekering, vaak met een maximum van 9 of 18 behandelingen per jaar.`,
  ],
  [
    "nl",
    "neg-contact:museum:free",
    `Schrijf een korte route voor een dagje Amsterdam: Rijksmuseum (Museumstraat 1), Anne Frank Huis (Westermarkt 20) en het Concertgebouw (Concertgebouwplein 10). Welke volgorde is het handigst met de tram?`,
  ],
  [
    "nl",
    "neg-financial:jaarcijfers:free",
    `Vat deze jaarcijfers samen voor de nieuwsbrief: "ASML boekte in 2024 een netto-omzet van € 28,3 miljard en een nettowinst van € 7,6 miljard. De brutomarge kwam uit op 51,3 %." Max 60 woorden.`,
  ],
  [
    "nl",
    "identity:paspoort:adversarial",
    `kun je checken of ik dit goed heb overgetypt voor het visumformulier?
naam: Lotte  Brouwer
paspoortnr: ⟦passport|N W 3 K 7 8 P 4 1⟧
geb.datum: ⟦date_of_birth|0 3 - 0 9 - 1 9 9 7⟧
adres: ⟦street_address|Oudegracht 231bis, 3511 NK Utrecht⟧`,
  ],
  [
    "nl",
    "neg-identity:paspoort-uitleg:free",
    `Hoe is een Nederlands paspoortnummer opgebouwd (9 tekens, letters en cijfers, geen letter O) en waar staat het op het paspoort? Ik wil weten welk vakje ik op een visumformulier moet invullen.`,
  ],
  [
    "nl",
    "financial:factuur:free",
    `Zet deze factuurgegevens in een nette tabel:

ZZP'er: Mila Jansen, Grafisch ontwerp — KvK 81234987 — btw-id NL004495445B01
Te betalen: € 2.420,00 op rekening ⟦iban|${iban("NL", "RABO0352871046")}⟧ t.n.v. M. Jansen, binnen 14 dagen.
Privé-adres (ook postadres): ⟦street_address|Kerkstraat 9, 8011 RV Zwolle⟧`,
  ],
  [
    "nl",
    "neg-financial:factuur-bedrijf:free",
    `Zet deze factuurgegevens in een nette tabel:

Leverancier: Bol.com B.V., Papendorpseweg 100, 3528 BJ Utrecht. Factuurnummer 4500123987. Totaal € 129,99 incl. btw. Betaald met iDEAL op 02-12-2026. Klantenservice via de website.`,
  ],
  [
    "nl",
    "neg-health:eigen-vraag:free",
    `Ik ben 41 en heb net gehoord dat ik prediabetes heb (HbA1c 44 mmol/mol). Wat kan ik het beste aan mijn eetpatroon veranderen en hoe snel moet ik opnieuw laten prikken?`,
  ],
  [
    "nl",
    "health:zwangerschap:free",
    `Help me met een berichtje aan mijn teamleider: "Hoi Marieke, ik wil je laten weten dat ik, Yara El Amrani, ⟦health|14 weken zwanger⟧ ben, uitgerekende datum 6 juni. Door ⟦health|hyperemesis gravidarum⟧ ben ik vaak misselijk, kan ik tijdelijk thuiswerken?"`,
  ],
  // --- Polish ---------------------------------------------------------------------------------------------
  [
    "pl",
    "health:karta-informacyjna:free",
    `Streść tę kartę informacyjną dla rodziny pacjenta prostym językiem:

Pacjent: Zbigniew Kaczmarczyk, PESEL ⟦national_id|${pesel("5604121837")}⟧.
Rozpoznanie: ⟦health|zaostrzenie przewlekłej obturacyjnej choroby płuc⟧, ⟦health|niewydolność oddechowa typu II⟧, ⟦health|cukrzyca typu 2⟧.
Zalecenia: ⟦health|tlenoterapia domowa 2 l/min⟧, ⟦health|metformina 850 mg 2×1⟧, kontrola w poradni pulmonologicznej za 4 tygodnie.`,
  ],
  [
    "pl",
    "neg-health:podrecznik:free",
    `Zrób mi notatkę do egzaminu z interny na podstawie tego fragmentu: „Wskazaniem do domowego leczenia tlenem w POChP jest PaO2 ≤ 55 mmHg w spoczynku. Niewydolność oddechowa typu II charakteryzuje się hiperkapnią.” Dodaj trzy pytania testowe.`,
  ],
  [
    "pl",
    "financial:kredyt-mail:free",
    `Pomóż mi odpisać bankowi, chcę wakacje kredytowe:

Szanowna Pani Agnieszko Wróblewska,
informujemy, że w umowie kredytu hipotecznego nr KH/2019/55812 powstała zaległość w wysokości ⟦financial|3 418,22 zł⟧. Rata wynosi ⟦financial|2 309,40 zł⟧, a saldo zadłużenia ⟦financial|412 870,15 zł⟧. Wpłat prosimy dokonywać na rachunek ⟦iban|${iban("PL", "109010140000071288374615")}⟧.`,
  ],
  [
    "pl",
    "neg-financial:kredyt-ogolne:free",
    `Jak działają wakacje kredytowe w Polsce w 2026 roku? Kto może z nich skorzystać, jeśli rata kredytu hipotecznego przekracza 30% dochodu gospodarstwa domowego? Podaj ogólne zasady, bez konkretnych umów.`,
  ],
  [
    "pl",
    "identity:formularz:structured",
    `Sprawdź, czy w tym wniosku o kartę parkingową niczego nie brakuje:

Imię i nazwisko: Katarzyna Lewandowska-Pająk
PESEL: ⟦national_id|${pesel("8811230484")}⟧
Nr dowodu osobistego: ⟦national_id|CBX 418273⟧
Adres zamieszkania: ⟦street_address|ul. Piotrkowska 143 m. 12, 90-434 Łódź⟧
Telefon: ⟦phone|+48 601 337 582⟧
Orzeczenie: ⟦health|umiarkowany stopień niepełnosprawności (05-R)⟧`,
  ],
  [
    "pl",
    "neg-identity:formularz-pusty:structured",
    `Przetłumacz na angielski ten pusty wzór wniosku o kartę parkingową:

Imię i nazwisko: ……………
PESEL: ……………
Nr dowodu osobistego: ……………
Adres zamieszkania: ……………
Telefon: ……………
Orzeczenie o niepełnosprawności (symbol przyczyny, np. 05-R): ……………`,
  ],
  [
    "pl",
    "health:szkola:free",
    `Przeredaguj tę notatkę dla wychowawcy na wycieczkę:

Klasa 5b. Oliwer Zieliński — ⟦health|cukrzyca typu 1⟧, ma ⟦health|sensor Libre⟧ i pompę, telefon mamy ⟦phone|512 884 307⟧. Zuzanna Mazur — ⟦health|alergia na orzechy, adrenalina w plecaku⟧. Igor Sobczak — ⟦health|depresja⟧, bierze ⟦health|fluoksetynę⟧ rano, proszę o dyskrecję.`,
  ],
  [
    "pl",
    "neg-health:szkola-ogolne:free",
    `Napisz krótki poradnik dla nauczycieli, jak przygotować wycieczkę szkolną, gdy w klasie są dzieci z cukrzycą typu 1, alergiami pokarmowymi lub leczone z powodu depresji. Bez danych konkretnych uczniów.`,
  ],
  [
    "pl",
    "credentials:czat:adversarial",
    `streść rozmowę z messengera
Tomek: ej jakie jest hasło do wifi u babci
Ola: ⟦password|Kot_Mruczek2019⟧
Tomek: a do jej konta w banku? mam jej zapłacić rachunki
Ola: login ⟦national_id|${pesel("4503150925")}⟧ hasło ⟦password|Halina#45!⟧ tylko nie mów jej że wiesz xd`,
  ],
  [
    "pl",
    "neg-credentials:czat:free",
    `streść rozmowę z messengera
Tomek: ej jakie jest hasło do wifi u babci
Ola: jest na naklejce pod routerem
Tomek: a jak mam jej zapłacić rachunki?
Ola: niech ci da pełnomocnictwo w banku, nie loguj się na jej konto`,
  ],
  [
    "pl",
    "financial:tabela:structured",
    `Policz, komu wypłacić wyrównanie, i przygotuj krótką notatkę:

pracownik;stanowisko;wynagrodzenie_brutto;premia_q4;nr_konta
Paweł Górecki;magazynier;⟦financial|5 820⟧;⟦financial|600⟧;⟦iban|${ibanCompact("PL", "114020040000320291873616")}⟧
Ewa Szymańska;księgowa;⟦financial|8 150⟧;⟦financial|1 200⟧;⟦iban|${ibanCompact("PL", "102055580000154218907733")}⟧`,
  ],
  [
    "pl",
    "neg-financial:gus:structured",
    `Zrób wykres z tych danych GUS i opisz trend:

rok;przeciętne_wynagrodzenie_brutto;inflacja_cpi
2022;6 346 zł;14,4%
2023;7 155 zł;11,4%
2024;8 182 zł;3,6%
2025;8 765 zł;3,9%`,
  ],
  [
    "pl",
    "neg-identity:postac-publiczna:free",
    `Napisz krótką notkę biograficzną: Robert Lewandowski urodził się 21 sierpnia 1988 r. w Warszawie. Grał w Lechu Poznań, Borussii Dortmund i Bayernie Monachium, a od 2022 r. w FC Barcelonie.`,
  ],
  [
    "pl",
    "neg-contact:adres-instytucji:free",
    `Przygotuj informację dla turystów: Zamek Królewski w Warszawie, plac Zamkowy 4, 00-277 Warszawa; Wawel, Wawel 5, 31-001 Kraków. Dodaj godziny otwarcia w zimie (mniej więcej).`,
  ],
  [
    "pl",
    "health:log-aplikacji:structured",
    `Dlaczego ten import do systemu przychodni się wysypał?

[2026-12-01 14:02:11] ERROR import.visit row=118 pesel=${"⟦national_id|"}${pesel("7209081456")}⟧ icd10=⟦health|F32.1⟧ lek="⟦health|sertralina 50 mg⟧" lekarz=L0412 reason="missing_visit_date"
[2026-12-01 14:02:11] ERROR import.visit row=119 pesel=${"⟦national_id|"}${pesel("9902170263")}⟧ icd10=⟦health|E11.9⟧ reason="missing_visit_date"`,
  ],
  [
    "pl",
    "neg-health:log-aplikacji:structured",
    `Dlaczego ten import do systemu przychodni się wysypał?

[2026-12-01 14:02:11] ERROR import.visit row=118 reason="missing_visit_date" source=/srv/import/2026-12.csv host=10.3.0.21
[2026-12-01 14:02:11] ERROR import.visit row=119 reason="missing_visit_date"
[2026-12-01 14:02:12] INFO import.summary rows=240 ok=212 failed=28`,
  ],
  [
    "pl",
    "neg-health:pytanie-wlasne:free",
    `Mam 52 lata, lekarz stwierdził u mnie nadciśnienie i przepisał amlodypinę 5 mg. Czy mogę ją brać wieczorem zamiast rano i czy grejpfrut przeszkadza?`,
  ],
  [
    "pl",
    "contact:email:free",
    `Przekaż to sąsiadom w krótszej formie: "Dzień dobry, tu Marianna Kubiak z mieszkania 7. Zgubiłam kota (rudy, imię Fistaszek). Jeśli ktoś go zobaczy, proszę dzwonić ⟦phone|698 204 551⟧ albo pisać na ⟦email|marianna.kubiak@o2.pl⟧. Mieszkam przy ⟦street_address|ul. Lipowej 18/7, 20-020 Lublin⟧."`,
  ],
  // --- Turkish --------------------------------------------------------------------------------------------
  [
    "tr",
    "health:epikriz:free",
    `Bu epikriz raporunu hasta yakınlarına sade bir dille özetler misin?

Hasta: Hatice Kurtuluş, T.C. Kimlik No: ⟦national_id|${tcKimlik("284619305")}⟧, Doğum tarihi: ⟦date_of_birth|09.04.1962⟧
Tanı: ⟦health|Akut pankreatit⟧, ⟦health|kolelitiazis⟧, ⟦health|tip 2 diyabet⟧.
Tedavi: IV sıvı, analjezi; taburculukta ⟦health|insülin glarjin 16 Ü⟧ ve diyet önerildi. Genel cerrahi poliklinik kontrolü 2 hafta sonra.`,
  ],
  [
    "tr",
    "neg-health:ders-notu:free",
    `Şu ders notunu tıp fakültesi sınavı için maddeler halinde özetle: "Akut pankreatitin en sık nedenleri safra taşları ve alkoldür. Tanı için üç kriterden ikisi gerekir: tipik karın ağrısı, lipaz/amilazın normalin üç katından fazla olması ve görüntüleme bulguları."`,
  ],
  [
    "tr",
    "financial:banka-mesaj:free",
    `Bankadan gelen bu mesaja nasıl cevap vermeliyim?

Sayın Mehmet Ali Özdemir, ⟦payment_card|${luhn("4543 6012 8835 710")}⟧ numaralı kredi kartınızın ⟦financial|18.640,25 TL⟧ tutarındaki dönem borcunun asgari ödemesi (⟦financial|7.456,10 TL⟧) yapılmamıştır. Yapılandırma için ⟦iban|${iban("TR", "0006200041200006298427")}⟧ numaralı hesabınızdan otomatik ödeme talimatı verebilirsiniz.`,
  ],
  [
    "tr",
    "neg-financial:banka-genel:free",
    `Kredi kartında asgari ödeme tutarı Türkiye'de nasıl hesaplanıyor? Limiti 50.000 TL'nin altında ve üstünde olan kartlar için oranlar farklı mı? Genel bilgi istiyorum.`,
  ],
  [
    "tr",
    "identity:kayit-formu:structured",
    `Bu kayıt formunu JSON'a çevir:

Ad Soyad: Elif Şahinoğlu
TCKN: ⟦national_id|${tcKimlik("519273846")}⟧
Doğum Tarihi: ⟦date_of_birth|27.11.1999⟧
Adres: ⟦street_address|Bağdat Caddesi No: 312 Daire: 8, Caddebostan, 34728 Kadıköy/İstanbul⟧
Cep: ⟦phone|0532 418 72 96⟧
E-posta: ⟦email|elif.sahinoglu@hotmail.com⟧`,
  ],
  [
    "tr",
    "neg-identity:kayit-sablon:structured",
    `Bu boş kayıt şablonunu JSON şemasına çevir:

Ad Soyad: (metin)
TCKN: (11 hane)
Doğum Tarihi: GG.AA.YYYY
Adres: (açık adres)
Cep: 05XX XXX XX XX
E-posta: ornek@ornek.com`,
  ],
  [
    "tr",
    "health:whatsapp:adversarial",
    `su whatsapp mesajlarını özetle:
Zeynep: Burak Aydemir'in durumu nasıl?
Can: kemoterapi 3. kür bitti, ⟦health|Hodgkin lenfoma⟧ evre 2 diyorlar
Zeynep: allah şifa versin. işe ne zaman dönecek
Can: ⟦health|nötropeni⟧ var, doktor 1 ay daha rapor verdi. kimseye söyleme`,
  ],
  [
    "tr",
    "neg-health:dizi:free",
    `Şu dizi sahnesini özetle: "Doktorlar" dizisinde bir karaktere lenfoma teşhisi konuyor ve kemoterapi sürecini anlatan bölüm çok ses getiriyor. Senaryo gerçekçi mi, hangi noktalar abartılı?`,
  ],
  [
    "tr",
    "credentials:destek-talebi:free",
    `Bu destek talebini İngilizceye çevir:

Merhaba, muhasebe programına giremiyorum. Kullanıcı adım ⟦email|s.yildiz@ozkanlojistik.com.tr⟧, şifrem ⟦password|Lojistik*2026sy⟧. Dün şifreyi değiştirdim, bugün "geçersiz kullanıcı" diyor. Acil yardım lütfen. Selin Yıldız`,
  ],
  [
    "tr",
    "neg-credentials:destek-talebi:free",
    `Bu destek talebini İngilizceye çevir:

Merhaba, muhasebe programına giremiyorum. Dün şifremi değiştirdim, bugün "geçersiz kullanıcı" diyor. Şifreyi buraya yazmıyorum, sıfırlama bağlantısı gönderebilir misiniz? Teşekkürler.`,
  ],
  [
    "tr",
    "financial:maas-tablosu:structured",
    `Bu bordro tablosunu özetle, en yüksek kesintiyi kim almış?

Personel | TCKN | Brüt Maaş | SGK Kesintisi | IBAN
Kemal Aksoy | ⟦national_id|${tcKimlik("361048275")}⟧ | ⟦financial|42.500 TL⟧ | ⟦financial|6.375 TL⟧ | ⟦iban|${iban("TR", "0001000201948273610052")}⟧
Derya Tunç | ⟦national_id|${tcKimlik("472915038")}⟧ | ⟦financial|38.900 TL⟧ | ⟦financial|5.835 TL⟧ | ⟦iban|${iban("TR", "0004600123888006612345")}⟧`,
  ],
  [
    "tr",
    "neg-financial:tuik:structured",
    `Bu TÜİK tablosundan kısa bir yorum yaz:

Yıl | Asgari Ücret (Net) | Yıllık TÜFE
2023 | 11.402 TL | %64,8
2024 | 17.002 TL | %44,4
2025 | 22.104 TL | %31,0`,
  ],
  [
    "tr",
    "neg-identity:unlu:free",
    `Kısa bir biyografi yaz: Orhan Pamuk 7 Haziran 1952'de İstanbul'da doğdu ve 2006'da Nobel Edebiyat Ödülü'nü aldı. "Masumiyet Müzesi" romanının müzesi Beyoğlu'ndadır.`,
  ],
  [
    "tr",
    "neg-contact:muze-adres:free",
    `Turistler için kısa bir metin yaz: Ayasofya, Sultan Ahmet Mahallesi, Ayasofya Meydanı No:1, Fatih/İstanbul; Topkapı Sarayı da hemen yanında. Kış aylarındaki ziyaret saatlerini tahmini olarak ekle.`,
  ],
  [
    "tr",
    "health:sigorta:structured",
    `Sigorta şirketinin bu red yazısına itiraz dilekçesi yaz:

Sigortalı: Onur Kılıçaslan — Poliçe No: ⟦medical_record|TSS-2209-448193⟧
Talep: ⟦health|menisküs yırtığı artroskopik cerrahi⟧ (Acıbadem, 14.10.2026)
Red gerekçesi: ⟦health|poliçe öncesi mevcut hastalık (2023 diz travması)⟧`,
  ],
  [
    "tr",
    "neg-health:sigorta-genel:free",
    `Tamamlayıcı sağlık sigortasında "poliçe öncesi mevcut hastalık" gerekçesiyle yapılan redlere genel olarak nasıl itiraz edilir? Örnek bir dilekçe şablonu ver, isim yerine [Ad Soyad] yaz.`,
  ],
  [
    "tr",
    "contact:log:structured",
    `Bu kargo bildirim loglarında neden SMS'ler gitmiyor?

2026-12-02 09:10:44 notify.sms order=TR-558120 to=⟦phone|+905354127788⟧ status=REJECTED err=blacklist
2026-12-02 09:10:46 notify.sms order=TR-558121 to=⟦phone|+905061934402⟧ status=REJECTED err=blacklist
2026-12-02 09:10:49 notify.email order=TR-558121 to=⟦email|gokhan.ersoy@gmail.com⟧ status=SENT`,
  ],
  [
    "tr",
    "neg-contact:log:structured",
    `Bu kargo bildirim loglarında neden SMS'ler gitmiyor?

2026-12-02 09:10:44 notify.sms order=TR-558120 to=<masked> status=REJECTED err=blacklist gw=10.40.1.7
2026-12-02 09:10:46 notify.sms order=TR-558121 to=<masked> status=REJECTED err=blacklist gw=10.40.1.7
2026-12-02 09:10:49 notify.email order=TR-558121 status=SENT`,
  ],
  [
    "tr",
    "neg-health:kendi-sorusu:free",
    `30 yaşındayım, doktor bende demir eksikliği anemisi buldu (ferritin 6). Demir hapını aç karnına mı tok karnına mı almalıyım, çay içmek emilimi bozar mı?`,
  ],
  // --- Russian --------------------------------------------------------------------------------------------
  [
    "ru",
    "health:vypiska:free",
    `Перескажи эту выписку простыми словами для родственников:

Пациентка: Лебедева Ольга Викторовна, дата рождения ⟦date_of_birth|18.06.1957⟧, полис ОМС ⟦medical_record|7751 2340 8816 0049⟧.
Диагноз: ⟦health|гипертоническая болезнь III стадии⟧, ⟦health|фибрилляция предсердий, постоянная форма⟧, ⟦health|ХСН IIА⟧.
Рекомендовано: ⟦health|варфарин под контролем МНО, бисопролол 5 мг, торасемид 10 мг⟧. Наблюдение кардиолога по месту жительства.`,
  ],
  [
    "ru",
    "neg-health:учебник:free",
    `Сделай конспект этого абзаца для подготовки к аккредитации: «При постоянной форме фибрилляции предсердий показана антикоагулянтная терапия (варфарин под контролем МНО или прямые оральные антикоагулянты) и контроль частоты сердечных сокращений бета-блокаторами.»`,
  ],
  [
    "ru",
    "financial:кредит-письмо:free",
    `Помоги написать ответ банку, хочу реструктуризацию:

Уважаемый Гусев Артём Сергеевич! По кредитному договору № 625/0018-0412977 образовалась просроченная задолженность ⟦financial|48 316,90 руб.⟧ Остаток основного долга ⟦financial|612 480,00 руб.⟧ Погашение производится со счёта ⟦bank_account|40817810938160925714⟧ в ПАО «Банк». Ваш доход по справке 2-НДФЛ: ⟦financial|94 000 руб. в месяц⟧.`,
  ],
  [
    "ru",
    "neg-financial:кредит-общий:free",
    `Как в целом работает реструктуризация потребительского кредита в России? Какие документы обычно просит банк и можно ли получить кредитные каникулы при снижении дохода более чем на 30 %? Без конкретных договоров.`,
  ],
  [
    "ru",
    "identity:анкета:structured",
    `Проверь, правильно ли заполнена анкета соискателя:

ФИО: Никитина Дарья Андреевна
Дата рождения: ⟦date_of_birth|02.03.1995⟧
Паспорт: серия ⟦passport|45 17⟧ № ⟦passport|803264⟧, выдан ОВД «Хамовники» г. Москвы
СНИЛС: ⟦national_id|${snils("148302957")}⟧
Адрес регистрации: ⟦street_address|г. Москва, ул. Льва Толстого, д. 23, кв. 41⟧
Телефон: ⟦phone|+7 916 402-38-17⟧`,
  ],
  [
    "ru",
    "neg-identity:анкета-шаблон:structured",
    `Переведи на английский этот шаблон анкеты соискателя (пустой):

ФИО: ______
Дата рождения: ДД.ММ.ГГГГ
Паспорт: серия __ __ № ______, кем выдан ______
СНИЛС: ___-___-___ __
Адрес регистрации: ______
Телефон: +7 (___) ___-__-__`,
  ],
  [
    "ru",
    "health:чат:adversarial",
    `перескажи переписку в телеге коротко
Света: ты знаешь что у Игоря Савельева с работы?
Дима: ему поставили ⟦health|биполярное расстройство⟧, сидит на ⟦health|литии⟧
Света: ого, а на работе знают?
Дима: нет и не надо. он на больничном до 20го`,
  ],
  [
    "ru",
    "neg-health:чат-общий:free",
    `перескажи переписку коротко
Света: смотрела лекцию про биполярное расстройство?
Дима: да, интересно про препараты лития, оказывается их до сих пор назначают
Света: и что нужно контролировать уровень в крови
Дима: ага, лектор сказал раз в 3 месяца`,
  ],
  [
    "ru",
    "credentials:конфиг:structured",
    `Почему не подключается к базе? Вот кусок config.py:

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "pg-main.shop-prod.ru",
        "USER": "shop",
        "PASSWORD": "⟦password|Zima2026!Moroz⟧",
    }
}
YANDEX_API_KEY = "⟦api_key|AQVNz8x4Kq2Lr7tWbE9mYc3PdV6hGj1sFo5u⟧"`,
  ],
  [
    "ru",
    "neg-credentials:конфиг:structured",
    `Почему не подключается к базе? Вот кусок config.py:

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ["DB_HOST"],
        "USER": os.environ["DB_USER"],
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}
# локально HOST = 127.0.0.1, в докере 172.18.0.2`,
  ],
  [
    "ru",
    "financial:выписка:structured",
    `Разбери по категориям траты из выписки:

Владелец счёта: Орлова Ксения Игоревна, ИНН ⟦national_id|${innPerson("7728149305")}⟧
Карта ⟦payment_card|${luhn("2200 7001 4529 381")}⟧
01.11 Пятёрочка −1 243,50
03.11 Зарплата +⟦financial|87 400,00⟧
05.11 Аренда −⟦financial|45 000,00⟧
Остаток на 30.11: ⟦financial|23 118,72 ₽⟧`,
  ],
  [
    "ru",
    "neg-financial:выписка-демо:structured",
    `Разбери по категориям траты из демо-выписки (обезличенный пример для урока финграмотности):

01.11 Продукты −1 250,00
03.11 Зарплата +80 000,00
05.11 Аренда −45 000,00
10.11 Транспорт −2 900,00
Остаток на 30.11: 20 000,00 ₽`,
  ],
  [
    "ru",
    "neg-identity:историческая-личность:free",
    `Напиши короткую справку для школьного доклада: Юрий Гагарин родился 9 марта 1934 года в Клушине, 12 апреля 1961 года совершил первый полёт в космос, погиб в 1968 году.`,
  ],
  [
    "ru",
    "neg-contact:достопримечательность:free",
    `Составь маршрут на день: Государственный Эрмитаж (Дворцовая площадь, 2), Исаакиевский собор (Исаакиевская площадь, 4), Петропавловская крепость. Сколько времени заложить на каждое место?`,
  ],
  [
    "ru",
    "health:школа:free",
    `Оформи аккуратно записку для классного руководителя:

7 «А». У Матвея Кудрявцева ⟦health|бронхиальная астма⟧, ингалятор ⟦health|сальбутамол⟧ в рюкзаке. У Полины Зуевой ⟦health|эпилепсия⟧, принимает ⟦health|вальпроат⟧, при приступе звонить маме ⟦phone|8 903 771-29-40⟧. Физкультура для Матвея — подготовительная группа.`,
  ],
  [
    "ru",
    "neg-health:школа-общее:free",
    `Напиши памятку для учителей: что делать, если у ученика на уроке начался приступ бронхиальной астмы или эпилептический приступ. Коротко, по шагам, без имён.`,
  ],
  [
    "ru",
    "contact:почта:free",
    `Перешли это объявление в чат дома, только сократи: "Соседи, это Галина Петровна Шубина из кв. 56. Потерялись ключи с брелоком-медведем. Нашедшего прошу позвонить ⟦phone|+7 921 644-18-03⟧ или написать ⟦email|g.shubina1961@mail.ru⟧. Адрес: ⟦street_address|Санкт-Петербург, пр. Просвещения, д. 87, корп. 2, кв. 56⟧."`,
  ],
  [
    "ru",
    "neg-health:свой-вопрос:free",
    `Мне 45, на УЗИ нашли узловой зоб, ТТГ в норме. Врач сказал наблюдать. Как часто обычно делают контрольное УЗИ и когда нужна биопсия?`,
  ],
  // --- Chinese --------------------------------------------------------------------------------------------
  [
    "zh",
    "health:出院小结:free",
    `请把这份出院小结改写成家属能看懂的说明：

患者：郑秀兰，女，68岁，身份证号 ⟦national_id|${chineseId("32010219580716284")}⟧，住院号 ⟦medical_record|ZY20261108337⟧。
出院诊断：⟦health|2型糖尿病伴糖尿病肾病⟧；⟦health|高血压3级（很高危）⟧；⟦health|慢性肾脏病3期⟧。
出院带药：⟦health|达格列净10mg qd，氨氯地平5mg qd，胰岛素（甘精）14U睡前⟧。两周后内分泌科门诊复诊。`,
  ],
  [
    "zh",
    "neg-health:指南:free",
    `帮我把这段指南内容整理成三条要点，用于科室学习：“2型糖尿病合并慢性肾脏病的患者，若eGFR≥20，推荐使用SGLT2抑制剂（如达格列净）以延缓肾病进展；血压控制目标一般为<130/80 mmHg。”`,
  ],
  [
    "zh",
    "financial:贷款邮件:free",
    `帮我回复这封银行邮件，想申请延期还款：

尊敬的王志强先生：您在我行的个人经营贷（合同号JY-2024-00871）本期应还 ⟦financial|12,860.00元⟧ 尚未扣款成功，当前逾期本息合计 ⟦financial|25,934.17元⟧，剩余本金 ⟦financial|386,000.00元⟧。还款账户：⟦bank_account|6222 0216 0200 4418 376⟧。请于3日内存入足额资金。`,
  ],
  ["zh", "neg-financial:贷款常识:free", `个人经营贷逾期一天会上征信吗？一般银行有几天宽限期？延期还款需要准备哪些材料？请讲讲一般规则，不涉及具体合同。`],
  [
    "zh",
    "identity:入职登记:structured",
    `帮我检查这份入职登记表有没有漏填：

姓名：陈思雨
性别：女
出生日期：⟦date_of_birth|1996年3月14日⟧
身份证号：⟦national_id|${chineseId("44030519960314322")}⟧
手机：⟦phone|138 2651 9047⟧
现住址：⟦street_address|广东省深圳市南山区科技园南路18号海岸城2栋1203室⟧
紧急联系人：陈建国（父亲）`,
  ],
  [
    "zh",
    "neg-identity:登记表模板:structured",
    `把这个空白入职登记表翻译成英文：

姓名：________
性别：□男 □女
出生日期：____年__月__日
身份证号：__________________（18位）
手机：___________
现住址：____省____市____区____路____号
紧急联系人：________`,
  ],
  [
    "zh",
    "health:微信群:adversarial",
    `帮我总结一下这段微信群聊：
小刘：你们知道吗 财务部的 周婷 怀孕了
阿杰：真的假的
小刘：而且是⟦health|双胎⟧，医生说有⟦health|妊娠期高血压⟧，要住院保胎
阿杰：她还没跟领导说吧
小刘：嘘 别外传`,
  ],
  [
    "zh",
    "neg-health:电视剧:free",
    `帮我总结这段剧情：电视剧《人世间》里，周秉昆的妻子郑娟生孩子时难产，医生说有妊娠高血压风险。剧中这段情节的医学细节准确吗？`,
  ],
  [
    "zh",
    "credentials:运维群:free",
    `帮我整理一下这段运维群的聊天记录，写成事故报告：

[10:02] 老赵：生产库连不上了
[10:04] 小吴：我改了root密码，新的是 ⟦password|Wz#2026prod!db⟧，你们先用
[10:05] 老赵：连上了，CPU 98%
[10:20] 小吴：慢查询已kill，明天复盘`,
  ],
  [
    "zh",
    "neg-credentials:运维群:free",
    `帮我整理一下这段运维群的聊天记录，写成事故报告：

[10:02] 老赵：生产库连不上了
[10:04] 小吴：密码轮换了，新密码在保险柜（Vault）里，路径 secret/prod/db
[10:05] 老赵：连上了，CPU 98%，主库 10.10.2.15
[10:20] 小吴：慢查询已kill，明天复盘`,
  ],
  [
    "zh",
    "financial:工资表:structured",
    `把这个工资表按部门汇总一下：

姓名,部门,基本工资,绩效,银行卡号
李娜,销售部,⟦financial|9800⟧,⟦financial|3200⟧,⟦payment_card|${luhn("6214 8301 2345 678")}⟧
赵磊,技术部,⟦financial|18500⟧,⟦financial|5000⟧,⟦payment_card|${luhn("6217 0002 8876 1204 00")}⟧
孙芳,行政部,⟦financial|7200⟧,⟦financial|800⟧,⟦payment_card|${luhn("6228 4801 1920 3345 67")}⟧`,
  ],
  [
    "zh",
    "neg-financial:统计数据:structured",
    `根据这份国家统计局的数据写一段简短分析：

年份,城镇非私营单位平均工资（元）,增长率
2021,106837,9.7%
2022,114029,6.7%
2023,120698,5.8%`,
  ],
  [
    "zh",
    "neg-identity:名人:free",
    `写一段简短的介绍：姚明，1980年9月12日出生于上海，前NBA休斯顿火箭队中锋，2016年入选奈史密斯篮球名人堂，现任中国篮协主席（至2024年）。`,
  ],
  ["zh", "neg-contact:景点:free", `帮我规划北京一日游：故宫博物院（北京市东城区景山前街4号）、天坛公园（东城区天坛东里甲1号）、颐和园。每个地方建议待多久？`],
  [
    "zh",
    "health:体检报告:structured",
    `这份体检报告的异常项帮我解释一下：

姓名：黄建华 | 性别：男 | 年龄：52 | 体检编号：⟦medical_record|TJ2026-114582⟧
⟦health|空腹血糖 7.8 mmol/L（↑）⟧
⟦health|谷丙转氨酶 86 U/L（↑）⟧
⟦health|乙肝表面抗原 阳性⟧
⟦health|甲胎蛋白 12.4 ng/mL（↑）⟧`,
  ],
  [
    "zh",
    "neg-health:体检科普:free",
    `体检报告里“空腹血糖7.8”、“谷丙转氨酶偏高”、“乙肝表面抗原阳性”分别是什么意思？一般需要去哪个科室复查？我只想了解一般情况。`,
  ],
  [
    "zh",
    "contact:快递日志:structured",
    `为什么这些短信通知发送失败？

2026-12-02 15:21:07 sms.send waybill=SF1403928811 receiver=吴晓明 mobile=⟦phone|+86 139 1065 2284⟧ addr="⟦street_address|北京市朝阳区望京街道阜通东大街6号院3号楼1502⟧" status=FAIL
2026-12-02 15:21:09 sms.send waybill=SF1403928812 mobile=⟦phone|18610479325⟧ status=FAIL`,
  ],
  [
    "zh",
    "neg-contact:快递日志:structured",
    `为什么这些短信通知发送失败？

2026-12-02 15:21:07 sms.send waybill=SF1403928811 mobile=139****2284 status=FAIL gateway=172.20.3.8
2026-12-02 15:21:09 sms.send waybill=SF1403928812 mobile=186****9325 status=FAIL gateway=172.20.3.8`,
  ],
  [
    "zh",
    "identity:护照:adversarial",
    `帮我看看签证表上的信息有没有写错：姓 名：刘 畅　护 照 号：⟦passport|Ｅ８７３４１０２６⟧　出生日期：⟦date_of_birth|１９９１年７月２日⟧　身份证：⟦national_id|${chineseId("11010819910702451").split("").join(" ")}⟧`,
  ],
  ["zh", "neg-health:自己:free", `我今年35岁，最近查出来甲状腺结节TI-RADS 3类，医生说半年后复查。需要忌口吗？平时能吃海带吗？`],
  [
    "zh",
    "financial:转账:free",
    `帮我把这段话改得礼貌一点发给房东：“张阿姨，12月房租 ⟦financial|6500元⟧ 我已经转到您的建设银行卡 ⟦payment_card|${luhn("6227 0033 2146 8890 21")}⟧ 了，户名张桂芳，麻烦查收。押金 ⟦financial|13000元⟧ 退租时请退到我的招行卡尾号 4471。”`,
  ],
  // --- Japanese -------------------------------------------------------------------------------------------
  [
    "ja",
    "health:紹介状:free",
    `この紹介状を患者さん向けにやさしい言葉でまとめてください。

紹介先：○○大学病院 消化器内科 御侍史
患者氏名：佐々木 美智子 様（⟦date_of_birth|昭和34年5月21日⟧生）
傷病名：⟦health|潰瘍性大腸炎（全大腸炎型）⟧、⟦health|貧血（Hb 8.9 g/dL）⟧
現在の処方：⟦health|メサラジン 4,000mg/日、プレドニゾロン 20mg/日⟧
ステロイド減量困難のため、生物学的製剤の導入についてご高診をお願いいたします。`,
  ],
  [
    "ja",
    "neg-health:ガイドライン:free",
    `次のガイドラインの一節を看護師向けに3行でまとめてください。「潰瘍性大腸炎の寛解導入には5-ASA製剤を基本とし、効果不十分例ではステロイドを用いる。ステロイド依存例では免疫調節薬や生物学的製剤を検討する。」`,
  ],
  [
    "ja",
    "financial:ローン通知:free",
    `銀行からのこの通知に返信する文面を丁寧に作ってください。

山口 健太 様
住宅ローン（契約番号 HL-0081273）の⟦financial|11月分返済額 128,400円⟧が、ご指定口座（⟦bank_account|三井住友銀行 渋谷支店 普通 7481203⟧）の残高不足により引き落としできませんでした。⟦financial|ローン残高 31,862,000円⟧。12月10日までにご入金ください。`,
  ],
  [
    "ja",
    "neg-financial:ローン一般:free",
    `住宅ローンの返済日に残高不足で引き落としできなかった場合、一般的にどうなりますか？延滞が何日続くと信用情報に載るのか、目安を教えてください。`,
  ],
  [
    "ja",
    "identity:応募フォーム:structured",
    `この応募フォームの内容をJSONにしてください。

氏名：高橋 悠真
生年月日：⟦date_of_birth|1998年11月3日⟧
住所：⟦street_address|〒150-0001 東京都渋谷区神宮前4丁目12-10 サンハイツ302⟧
電話：⟦phone|090-4817-2263⟧
メール：⟦email|yuma.takahashi98@docomo.ne.jp⟧
マイナンバー：⟦national_id|${myNumber("41932857104")}⟧`,
  ],
  [
    "ja",
    "neg-identity:記入例:structured",
    `この応募フォームの記入例（サンプル）をJSONにしてください。

氏名：山田 太郎
生年月日：2000年1月1日
住所：〒100-0001 東京都千代田区千代田1-1（記入例）
電話：03-0000-0000
メール：taro.yamada@example.jp
マイナンバー：（記入不要）`,
  ],
  [
    "ja",
    "health:介護記録:free",
    `この介護記録を家族への報告文にしてください。

12/2 夜勤 記録者：中村
201号室 木村 トシ子様：⟦health|アルツハイマー型認知症⟧、夜間不穏あり。2時に⟦health|転倒⟧、右前腕に皮下出血。⟦health|ワーファリン服用中⟧のため主治医に報告、経過観察。朝食は半量摂取。`,
  ],
  [
    "ja",
    "neg-health:介護研修:free",
    `介護職の研修用に、次の事例の対応手順を書いてください（事例は架空です）。「認知症のある入居者が夜間に転倒し、腕に皮下出血がある。抗凝固薬を服用している。」`,
  ],
  [
    "ja",
    "credentials:Slack:free",
    `このSlackのやりとりを要約して、決まったことだけ書いてください。

田中：本番のRedisに入れない
鈴木：パスワード変えたよ ⟦password|Sakura!Redis2026⟧ で入れるはず
田中：入れた。メモリ使用率95%
鈴木：キャッシュのTTL見直そう`,
  ],
  [
    "ja",
    "neg-credentials:Slack:free",
    `このSlackのやりとりを要約して、決まったことだけ書いてください。

田中：本番のRedisに入れない
鈴木：パスワードはローテーションしたので、Secrets Managerから取得して
田中：入れた。メモリ使用率95%、ホストは10.0.12.4
鈴木：キャッシュのTTL見直そう`,
  ],
  [
    "ja",
    "financial:給与明細:structured",
    `この給与明細の控除額が正しいか確認してください。

社員番号 0482 / 氏名 松本 彩花
基本給 ⟦financial|285,000円⟧ / 残業手当 ⟦financial|42,300円⟧
健康保険 16,380円 / 厚生年金 30,012円 / 所得税 8,420円 / 住民税 14,500円
差引支給額 ⟦financial|258,988円⟧
振込先：⟦bank_account|みずほ銀行 新宿支店 普通 3390172⟧`,
  ],
  [
    "ja",
    "neg-financial:給与統計:structured",
    `この統計表から短い解説を書いてください。

年齢階級,平均賃金（千円）
20〜24歳,229.6
25〜29歳,264.9
30〜34歳,297.6
35〜39歳,326.5
（出典：賃金構造基本統計調査）`,
  ],
  [
    "ja",
    "neg-identity:有名人:free",
    `短いプロフィールを書いてください：大谷翔平は1994年7月5日、岩手県奥州市生まれのプロ野球選手。2024年からロサンゼルス・ドジャースに所属している。`,
  ],
  [
    "ja",
    "neg-contact:観光地:free",
    `京都の一日観光プランを作ってください：清水寺（京都市東山区清水1丁目294）、伏見稲荷大社（伏見区深草薮之内町68）、金閣寺。移動手段も教えてください。`,
  ],
  [
    "ja",
    "health:学校:free",
    `修学旅行の引率メモを見やすく整理してください。

2年3組：伊藤 蓮（⟦health|1型糖尿病⟧、⟦health|インスリンポンプ⟧使用、補食あり）、小林 さくら（⟦health|そばアレルギー⟧、エピペン携帯）、渡辺 陽太（⟦health|ADHD⟧、⟦health|コンサータ⟧朝服用）。夜の点呼は22時。`,
  ],
  [
    "ja",
    "neg-health:学校一般:free",
    `修学旅行で持病（1型糖尿病、食物アレルギー、ADHDなど）のある生徒を引率するときの一般的な注意点を、先生向けにまとめてください。`,
  ],
  [
    "ja",
    "identity:全角:adversarial",
    `パスポート更新の書類、これで合ってますか？
氏名：森　大輔
旅券番号：⟦passport|ＴＲ４８１０２７３⟧
生年月日：⟦date_of_birth|１９８５年０９月１８日⟧
本籍：東京都
電話：⟦phone|０８０－３９１２－５５０７⟧`,
  ],
  ["ja", "neg-identity:旅券説明:free", `日本のパスポートの旅券番号は何桁で、英字はいくつ入りますか？更新申請書のどの欄に書くのか教えてください。`],
  [
    "ja",
    "neg-health:自分:free",
    `40代です。健康診断でLDLコレステロールが165と言われました。薬を飲むほどではないそうですが、食事で気をつけることを教えてください。`,
  ],
  [
    "ja",
    "health:メール:free",
    `上司に送るメールを整えてください。「お疲れさまです、経理の岡田 真理です。先日の検査で⟦health|乳がん（ステージI）⟧と診断され、来月⟦health|乳房部分切除術⟧を受けます。術後は⟦health|放射線治療⟧のため週5日通院になります。」`,
  ],
  // --- Hindi and Hinglish ---------------------------------------------------------------------------------
  [
    "hi-Latn",
    "health:whatsapp:free",
    `is WhatsApp msg ka summary bana do please:

"Bhaiya, Rohit Chaturvedi ki reports aa gayi. Doctor ne bola ⟦health|TB (pulmonary)⟧ hai, sputum positive. ⟦health|AKT ki 4 dawaiyan⟧ 6 mahine chalengi. Office mein abhi kisi ko mat batana, woh khud bolega. Uska number ⟦phone|98104 72236⟧ hai agar baat karni ho."`,
  ],
  [
    "hi-Latn",
    "neg-health:awareness:free",
    `TB awareness ke liye ek short Instagram caption likho Hinglish mein: TB ka ilaaj free hai DOTS centre pe, 6 mahine dawai poori khani zaroori hai, aur khansi 2 hafte se zyada ho toh test karao.`,
  ],
  [
    "hi-Latn",
    "financial:loan-msg:adversarial",
    `ye bank wala sms sahi hai ya fraud? "Dear Sunita Agarwal, aapke Personal Loan A/c ⟦bank_account|50100482736615⟧ ki EMI ⟦financial|Rs.18,450⟧ bounce ho gayi hai. Outstanding ⟦financial|Rs 3,12,800⟧. PAN ⟦national_id|BQRPA7142K⟧ linked. Turant pay karein warna CIBIL kharab hoga."`,
  ],
  [
    "hi-Latn",
    "neg-financial:loan-general:free",
    `Personal loan ki EMI bounce ho jaye toh kitna penalty lagta hai generally, aur CIBIL score pe kitna asar padta hai? Koi specific account nahi, bas samajhna hai.`,
  ],
  [
    "hi-Latn",
    "identity:kyc-form:structured",
    `is KYC form ko check karo kuch missing toh nahi:

Naam: Pradeep Kumar Yadav
Janm tithi: ⟦date_of_birth|12/08/1984⟧
Aadhaar: ⟦national_id|${aadhaar("53917206488")}⟧
PAN: ⟦national_id|AHKPY3391M⟧
Pata: ⟦street_address|Flat 304, Shanti Niketan Apartments, Sector 21, Dwarka, New Delhi 110075⟧
Mobile: ⟦phone|+91 88260 41793⟧`,
  ],
  [
    "hi-Latn",
    "neg-identity:kyc-template:structured",
    `is blank KYC form ka English version banao:

Naam: ____________
Janm tithi: DD/MM/YYYY
Aadhaar: XXXX XXXX XXXX
PAN: ABCDE1234F (format)
Pata: ____________
Mobile: +91 XXXXX XXXXX`,
  ],
  [
    "hi-Latn",
    "credentials:family-chat:free",
    `is family group chat ko summarise karo:
Mummy: beta netbanking ka password kya tha
Ankit: mummy ⟦password|Gulmohar@1962⟧ hai, capital G
Papa: aur UPI pin?
Ankit: woh kisi ko mat batana papa, main ghar aake set kar dunga`,
  ],
  [
    "hi-Latn",
    "neg-credentials:family-chat:free",
    `is family group chat ko summarise karo:
Mummy: beta netbanking ka password bhool gayi
Ankit: mummy "Forgot password" dabao, OTP aayega
Papa: aur UPI pin?
Ankit: woh kisi ko mat batana, bank wale bhi nahi poochte`,
  ],
  [
    "hi-Latn",
    "health:hr-mail:free",
    `is mail ko professional bana do:

Hi Neha, FYI Karthik Iyer next 3 weeks leave pe hai. Uski ⟦health|appendix ki surgery (laparoscopic appendectomy)⟧ hui hai aur ⟦health|post-op infection⟧ ho gaya. Antibiotics chal rahe hain. Client ko bas "medical leave" bolna. Thanks, Vikram`,
  ],
  [
    "hi-Latn",
    "neg-health:hr-policy:free",
    `HR policy ka ye para simple Hinglish mein likho: "Employees on medical leave beyond 3 days must submit a doctor's certificate. The nature of the illness will be kept confidential and shared only with HR."`,
  ],
  [
    "hi",
    "health:पर्चा:free",
    `इस पर्चे को आसान भाषा में समझा दो:

मरीज़: श्रीमती कमला देवी शर्मा, उम्र 63, पता ⟦street_address|मकान नं. 45, गली नं. 3, राजेंद्र नगर, पटना 800016⟧
निदान: ⟦health|मोतियाबिंद (दायीं आँख)⟧, ⟦health|ग्लूकोमा⟧
दवा: ⟦health|टिमोलोल आई ड्रॉप दिन में दो बार⟧, ऑपरेशन की तारीख 18 दिसंबर।`,
  ],
  ["hi", "neg-health:जानकारी:free", `मोतियाबिंद और ग्लूकोमा में क्या फ़र्क है? क्या दोनों का ऑपरेशन एक साथ हो सकता है? आम जानकारी दीजिए।`],
  [
    "hi",
    "financial:वेतन:structured",
    `इस वेतन पर्ची में PF सही कटा है या नहीं, जाँच दो:

कर्मचारी: राजेश कुमार मिश्रा | UAN: ⟦national_id|100948273615⟧ | PAN: ⟦national_id|CMNPM4821Q⟧
मूल वेतन: ⟦financial|₹32,000⟧ | HRA: ⟦financial|₹12,800⟧
PF कटौती: ₹3,840 | शुद्ध वेतन: ⟦financial|₹41,760⟧
खाता: ⟦bank_account|SBI 38201746552⟧, IFSC SBIN0001234`,
  ],
  [
    "hi",
    "neg-financial:सरकारी-आँकड़े:free",
    `इन आँकड़ों पर एक छोटा लेख लिखो: भारत में 2024-25 में प्रति व्यक्ति आय लगभग ₹2,00,000 रही, और EPFO के पास 7 करोड़ से ज़्यादा सक्रिय सदस्य हैं।`,
  ],
  [
    "hi-Latn",
    "neg-identity:celebrity:free",
    `Sachin Tendulkar ke baare mein 100 words likho: 24 April 1973 ko Mumbai mein paida hue, 100 international centuries, 2013 mein retire hue. School project ke liye hai.`,
  ],
  [
    "hi-Latn",
    "neg-contact:landmark:free",
    `Delhi trip plan karo: India Gate (Rajpath), Red Fort (Netaji Subhash Marg, Chandni Chowk), Qutub Minar (Mehrauli). Metro se kaise jaayein?`,
  ],
  [
    "hi-Latn",
    "health:school-note:adversarial",
    `class teacher ke liye note saaf karke likho:
class 6B — Aarav Malhotra ko ⟦health|asthma⟧ hai inhaler bag mein; Ishita Bose ka ⟦health|thyroid (hypothyroid)⟧ ka ilaaj chal raha, ⟦health|Thyronorm 25⟧ subah; Kabir Sethi ⟦health|dyslexia⟧ — exam mein extra time. Parents ka no. ⟦phone|9 8 7 1 0 2 4 4 6 3⟧`,
  ],
  [
    "hi-Latn",
    "neg-health:own-question:free",
    `mujhe 28 saal ki umar mein PCOS diagnose hua hai, doctor ne metformin diya hai. kya diet se control ho sakta hai? general tips batao`,
  ],
  [
    "hi-Latn",
    "financial:rent-upi:free",
    `landlord ko message likhna hai polite: "Sharma ji, December ka rent ⟦financial|₹22,000⟧ aapke account ⟦bank_account|HDFC 50100219384776⟧ mein transfer kar diya hai. Deposit ke ⟦financial|₹66,000⟧ ka receipt bhi bhej dijiye. — Meenakshi Rao, Flat ⟦street_address|B-702, Prestige Lakeside, Varthur Road, Bengaluru 560087⟧"`,
  ],
  [
    "hi-Latn",
    "neg-financial:rent-agreement:free",
    `rent agreement ka ek sample draft banao jisme [Tenant Name], [Landlord Name], [Monthly Rent] aur [Security Deposit] placeholders hon. Bengaluru ke liye typical 11 mahine ka.`,
  ],
  // --- Korean ---------------------------------------------------------------------------------------------
  [
    "ko",
    "health:진료의뢰서:free",
    `이 진료의뢰서를 환자 가족이 이해하기 쉽게 풀어 써 주세요.

환자명: 박정숙 (여, 67세), 주민등록번호 ⟦national_id|${rrn("590314228431")}⟧
진단명: ⟦health|파킨슨병⟧, ⟦health|우울장애⟧
복용약: ⟦health|레보도파/카비도파 100/25mg 1일 3회, 에스시탈로프람 10mg⟧
보행장애 악화로 신경과 정밀검사를 의뢰드립니다.`,
  ],
  [
    "ko",
    "neg-health:교과서:free",
    `다음 내용을 간호학과 시험 대비용으로 요약해 주세요: "파킨슨병의 주요 증상은 안정 시 떨림, 경직, 서동, 자세 불안정이다. 레보도파는 가장 효과적인 약물이며, 우울증이 흔히 동반된다."`,
  ],
  [
    "ko",
    "financial:대출문자:free",
    `이 문자에 어떻게 답해야 할지 알려 주세요: "[OO은행] 최민준 고객님, 신용대출 계좌 ⟦bank_account|110-482-937261⟧ 이자 ⟦financial|384,200원⟧이 연체되었습니다. 대출잔액 ⟦financial|28,500,000원⟧. 연락처 ⟦phone|010-7342-1958⟧로 상담원이 연락드릴 예정입니다."`,
  ],
  ["ko", "neg-financial:대출일반:free", `신용대출 이자가 며칠 연체되면 신용점수에 반영되나요? 일반적인 기준과 연체 이자율 상한을 알려 주세요.`],
  [
    "ko",
    "identity:이력서:structured",
    `이 이력서 인적사항을 영문으로 바꿔 주세요.

성명: 이서연
생년월일: ⟦date_of_birth|1997년 4월 9일⟧
주소: ⟦street_address|서울특별시 마포구 월드컵북로 396, 102동 1504호⟧
휴대폰: ⟦phone|010-2298-6173⟧
이메일: ⟦email|seoyeon.lee97@naver.com⟧`,
  ],
  [
    "ko",
    "neg-identity:이력서양식:structured",
    `이 이력서 양식(빈칸)을 영문으로 바꿔 주세요.

성명: 홍길동 (예시)
생년월일: YYYY년 MM월 DD일
주소: 시/도, 구, 도로명, 건물번호
휴대폰: 010-0000-0000
이메일: example@example.com`,
  ],
  [
    "ko",
    "credentials:카톡:adversarial",
    `카톡 대화 요약해 줘
형: 공유기 관리자 비번 뭐였지
나: 아이디 admin 비번 ⟦password|Haneul!0419wifi⟧
형: ㅇㅋ 들어감. 근데 192.168.0.1 말고 다른 주소였나
나: 아니 그거 맞아`,
  ],
  [
    "ko",
    "neg-credentials:카톡:free",
    `카톡 대화 요약해 줘
형: 공유기 관리자 비번 뭐였지
나: 공유기 뒷면 스티커에 초기 비번 있어, 로그인하면 바꾸라고 뜰 거야
형: ㅇㅋ 192.168.0.1 로 들어가면 되지?
나: 응`,
  ],
  [
    "ko",
    "neg-identity:유명인:free",
    `짧은 소개글을 써 주세요: 손흥민은 1992년 7월 8일 춘천에서 태어났으며, 토트넘 홋스퍼에서 활약한 뒤 2025년 LAFC로 이적했다.`,
  ],
  [
    "ko",
    "health:단톡방:free",
    `회사 단톡방 내용을 정리해 줘: "김도윤 대리님 ⟦health|공황장애⟧로 2주 병가 내셨어요. ⟦health|항불안제⟧ 복용 중이시고 본인이 팀에는 비밀로 해 달라고 하셨어요."`,
  ],
  // --- Arabic ---------------------------------------------------------------------------------------------
  [
    "ar",
    "health:تقرير-طبي:free",
    `أعد صياغة هذا التقرير الطبي بلغة بسيطة للعائلة:

المريض: خالد عبد الرحمن الزهراني، تاريخ الميلاد ⟦date_of_birth|1971/02/14⟧، رقم الملف ⟦medical_record|MRN-5520391⟧
التشخيص: ⟦health|فشل كلوي مزمن في المرحلة الرابعة⟧ مع ⟦health|فقر الدم⟧
العلاج: ⟦health|إريثروبويتين أسبوعياً، وتحضير لغسيل الكلى⟧`,
  ],
  [
    "ar",
    "neg-health:كتاب:free",
    `لخّص هذه الفقرة من كتاب الباطنية في ثلاث نقاط: "يصاحب الفشل الكلوي المزمن في مراحله المتقدمة فقر الدم بسبب نقص الإريثروبويتين، ويُحضَّر المريض لغسيل الكلى عندما ينخفض معدل الترشيح تحت 15."`,
  ],
  [
    "ar",
    "financial:رسالة-بنك:free",
    `ساعدني في الرد على هذه الرسالة من البنك:

السيدة نورة بنت سعد القحطاني، نود إبلاغك بأن رصيد بطاقتك الائتمانية ⟦payment_card|${luhn("4847 3520 1198 663")}⟧ المستحق هو ⟦financial|14,820 ريال⟧، وقد تأخر السداد. الحساب المرتبط: ⟦iban|${iban("SA", "10000001483920571046")}⟧.`,
  ],
  [
    "ar",
    "neg-financial:عام:free",
    `ما هي الرسوم المعتادة على التأخر في سداد البطاقة الائتمانية في السعودية، وكيف يؤثر ذلك على سجل سمة؟ أريد معلومات عامة فقط.`,
  ],
  [
    "ar",
    "identity:نموذج:structured",
    `تحقق من اكتمال هذا النموذج:

الاسم: عمر يوسف الحداد
رقم الهوية الوطنية: ⟦national_id|${luhn("108273645")}⟧
رقم الجوال: ⟦phone|+966 55 418 2730⟧
العنوان: ⟦street_address|حي الملقا، شارع أنس بن مالك، مبنى 7421، الرياض 13521⟧
البريد الإلكتروني: ⟦email|omar.haddad@outlook.sa⟧`,
  ],
  [
    "ar",
    "neg-identity:نموذج-فارغ:structured",
    `ترجم هذا النموذج الفارغ إلى الإنجليزية:

الاسم: ______
رقم الهوية الوطنية: (10 أرقام)
رقم الجوال: 05XXXXXXXX
العنوان: الحي، الشارع، رقم المبنى، المدينة
البريد الإلكتروني: name@example.com`,
  ],
  [
    "ar",
    "health:واتساب:free",
    `لخّص هذه المحادثة: "سمعت أن ليلى منصور من قسم المحاسبة حامل في الشهر الخامس، وعندها ⟦health|سكري الحمل⟧ وتأخذ ⟦health|الأنسولين⟧. لا تخبر أحداً، هي لم تعلن بعد."`,
  ],
  ["ar", "neg-health:توعية:free", `اكتب منشوراً توعوياً قصيراً عن سكري الحمل: أعراضه، ومتى يُجرى فحص تحمل الجلوكوز، ولماذا قد تحتاج بعض الحوامل إلى الأنسولين.`],
  [
    "ar",
    "neg-contact:معلم:free",
    `اقترح برنامج زيارة ليوم واحد في دبي: برج خليفة (1 شارع الشيخ محمد بن راشد، وسط مدينة دبي)، دبي مول، ومتحف المستقبل. كم من الوقت يحتاج كل مكان؟`,
  ],
  [
    "ar",
    "credentials:بريد:free",
    `ترجم هذه الرسالة إلى الإنجليزية: "مرحباً أحمد، بيانات الدخول إلى نظام الرواتب: اسم المستخدم ahmad.salem وكلمة المرور ⟦password|Nakhla#7720rs⟧. غيّرها بعد أول دخول."`,
  ],
  // --- Swedish --------------------------------------------------------------------------------------------
  [
    "sv",
    "health:remiss:free",
    `Sammanfatta den här remissen på enkel svenska för patienten:

Patient: Annika Lindqvist, personnummer ⟦national_id|${personnummer("780412", "318")}⟧
Frågeställning: ⟦health|misstänkt reumatoid artrit⟧, ⟦health|positiv anti-CCP⟧, morgonstelhet i händerna. Behandlas med ⟦health|naproxen⟧. Önskar bedömning av reumatolog.`,
  ],
  [
    "sv",
    "neg-health:lärobok:free",
    `Gör en studieanteckning av detta: "Reumatoid artrit ger symmetrisk inflammation i små leder. Anti-CCP är en specifik markör. Tidig behandling med metotrexat minskar ledskador."`,
  ],
  [
    "sv",
    "financial:lån:free",
    `Hjälp mig svara banken: "Hej Oskar Bergström, ditt bolån har en skuld på ⟦financial|2 340 000 kr⟧ och din månadskostnad ökar till ⟦financial|14 820 kr⟧. Autogiro dras från konto ⟦bank_account|8327-9, 914 702 381-6⟧."`,
  ],
  [
    "sv",
    "neg-financial:lån-allmänt:free",
    `Hur fungerar amorteringskravet i Sverige om man har ett bolån på 70 % av bostadens värde och skuldkvoten är över 4,5? Allmänt, inget eget exempel.`,
  ],
  [
    "sv",
    "contact:förening:structured",
    `Gör om den här medlemslistan till en tabell:

Namn: Elsa Nyström, tel ⟦phone|070-438 21 95⟧, e-post ⟦email|elsa.nystrom@telia.com⟧, adress ⟦street_address|Storgatan 14, 852 30 Sundsvall⟧
Namn: Viktor Åberg, tel ⟦phone|073-901 44 27⟧, adress ⟦street_address|Norra vägen 3B, 903 31 Umeå⟧`,
  ],
  [
    "sv",
    "neg-contact:kommun:free",
    `Skriv en kort text för turister: Vasamuseet ligger på Galärvarvsvägen 14 på Djurgården i Stockholm, och Kungliga slottet i Gamla stan. Vilka öppettider brukar gälla på vintern?`,
  ],
  [
    "sv",
    "neg-identity:egen-fråga:free",
    `Jag är född 1985 och ska byta jobb. Hur påverkar det min tjänstepension om den nya arbetsgivaren inte har kollektivavtal? Allmänna råd tack.`,
  ],
  [
    "sv",
    "health:skola:adversarial",
    `gör om lappen till vikarien:
7C: Alva H. (Alva Holmberg) har ⟦health|diabetes typ 1⟧, mäter blodsocker innan lunch. Liam Sandberg har ⟦health|adhd⟧ o tar ⟦health|Elvanse⟧. Ring Alvas pappa på ⟦phone|076-552 18 03⟧ vid problem.`,
  ],
  // --- English: records and developer formats -------------------------------------------------------------
  [
    "en",
    "health:hl7:structured",
    `Parse this HL7 message and tell me which segment has the wrong field count:

MSH|^~\\&|LAB|RIVERSIDE|EHR|RIVERSIDE|202612021045||ORU^R01|MSG00417|P|2.5
PID|1||⟦medical_record|004418273⟧^^^RIV^MR||Haverford^Nina^J||⟦date_of_birth|19840611⟧|F|||⟦street_address|88 Juniper Hollow Rd^^Asheville^NC^28804⟧
OBX|1|NM|4548-4^Hemoglobin A1c^LN||⟦health|9.1⟧|%|4.0-5.6|H|||F
OBX|2|ST|HIV-1/2 Ab^HIV screen||⟦health|REACTIVE⟧||||||F`,
  ],
  [
    "en",
    "neg-health:hl7-spec:structured",
    `Parse this HL7 example from the v2.5 spec and tell me which segment has the wrong field count:

MSH|^~\\&|SENDING_APP|SENDING_FAC|RECEIVING_APP|RECEIVING_FAC|20000101000000||ORU^R01|CNTRL-0001|P|2.5
PID|1||PATID1234^^^FAC^MR||EVERYMAN^ADAM^A||19000101|M
OBX|1|NM|4548-4^Hemoglobin A1c^LN||<value>|%|4.0-5.6|||F`,
  ],
  [
    "en",
    "health:fhir:structured",
    `Why does the FHIR validator reject this resource?

{
  "resourceType": "Condition",
  "subject": {"reference": "Patient/88213", "display": "Oluwaseun Adebayo"},
  "identifier": [{"type": {"text": "MRN"}, "value": "⟦medical_record|RH-7730912⟧"}],
  "code": {"text": "⟦health|Major depressive disorder, recurrent, severe⟧"},
  "note": [{"text": "Started ⟦health|venlafaxine 75 mg⟧; safety plan discussed"}],
  "onsetDateTime": "2026-09-14"
}`,
  ],
  [
    "en",
    "neg-health:fhir-example:structured",
    `Why does the FHIR validator reject this resource? It's from our synthetic Synthea test bundle.

{
  "resourceType": "Condition",
  "subject": {"reference": "Patient/example"},
  "code": {"coding": [{"system": "http://snomed.info/sct", "code": "44054006", "display": "Diabetes mellitus type 2"}]},
  "onsetDateTime": "YYYY-MM-DD"
}`,
  ],
  [
    "en",
    "identity:sql:structured",
    `Rewrite this query so it uses a parameter instead of literals:

UPDATE customers
SET phone = '⟦phone|(617) 842-3309⟧', email = '⟦email|tmcallister@comcast.net⟧'
WHERE ssn = '⟦us_ssn|318-62-4097⟧' AND last_name = 'McAllister';`,
  ],
  [
    "en",
    "neg-identity:sql:structured",
    `Rewrite this migration so it is idempotent:

ALTER TABLE customers ADD COLUMN ssn_hash CHAR(64);
UPDATE customers SET ssn_hash = encode(digest(ssn, 'sha256'), 'hex');
ALTER TABLE customers DROP COLUMN ssn;
-- example row after migration: ('cus_000001', 'a3f1…9c', '555-0134')`,
  ],
  [
    "en",
    "financial:payment-json:structured",
    `Our refund job crashed on this payload, what field is malformed?

{"refund": {"customer": "Gabriela Montes", "card": "⟦payment_card|${luhn("4024 0071 5336 077")}⟧", "exp": "08/28", "amount": 349.00,
 "bank": {"routing": "021000021", "account": "⟦bank_account|483920117654⟧"}, "reason": "duplicate charge"}`,
  ],
  [
    "en",
    "neg-financial:payment-json:structured",
    `Our refund job crashed on this payload from the Stripe test environment, what field is malformed?

{"refund": {"customer": "cus_TEST123", "card": "4242 4242 4242 4242", "exp": "12/34", "amount": 349.00,
 "bank": {"routing": "110000000", "account": "000123456789"}, "reason": "duplicate charge"}`,
  ],
  [
    "en",
    "health:patient-csv:structured",
    `Plot systolic BP over time for each patient from this export:

mrn,patient_name,visit_date,sbp,dbp,dx
⟦medical_record|A-220194⟧,Roisin Keaveney,2026-09-02,152,94,⟦health|essential hypertension⟧
⟦medical_record|A-220194⟧,Roisin Keaveney,2026-10-07,141,88,⟦health|essential hypertension⟧
⟦medical_record|A-310877⟧,Desmond Achterberg,2026-09-15,168,101,⟦health|hypertensive CKD stage 3⟧`,
  ],
  [
    "en",
    "neg-health:trial-csv:structured",
    `Plot mean systolic BP by arm and week from this de-identified trial summary:

arm,week,n,mean_sbp,sd
placebo,0,212,151.2,12.4
placebo,12,205,148.9,13.1
active,0,209,150.8,11.9
active,12,201,137.5,12.6`,
  ],
  [
    "en",
    "credentials:http:structured",
    `This request returns 403, what's wrong with the headers?

POST /v2/payouts HTTP/1.1
Host: api.payroll-partner.com
Authorization: Bearer ⟦api_key|ghp_R7kX2mQ9vL4tB8nW1cY6zP3sD5fH0jA2uE7i⟧
Content-Type: application/json
X-Employee-Email: ⟦email|kpatel@brightwaveclinic.org⟧`,
  ],
  [
    "en",
    "neg-credentials:http:structured",
    `This request returns 403, what's wrong with the headers?

POST /v2/payouts HTTP/1.1
Host: api.example.com
Authorization: Bearer <YOUR_TOKEN>
Content-Type: application/json
X-Request-Id: 6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8
X-Forwarded-For: 203.0.113.42`,
  ],
  [
    "en",
    "health:discharge:adversarial",
    `pls make this readable for the family, copied from the portal (formatting broke):
DISCHARGE SUMMARY   pt: ALVAREZ-KING,  Tobias   MRN:⟦medical_record|9 9 0 2 1 4 7⟧
dx:   ⟦health|DKA⟧  /  ⟦health|T1DM⟧  /  ⟦health|alcohol use disorder⟧
meds on d/c:  ⟦health|insulin glargine 22u qhs, lispro SSI, thiamine 100mg⟧
f/u  endo  2 wks`,
  ],
  [
    "en",
    "neg-health:exam-vignette:free",
    `USMLE-style question, check the answer: "A 24-year-old man with type 1 diabetes presents with vomiting, abdominal pain and Kussmaul breathing. Glucose 512 mg/dL, pH 7.12, anion gap 24. What is the first step in management?" I think it's IV fluids before insulin.`,
  ],
  [
    "en",
    "neg-financial:example-iban:free",
    `I'm writing docs for our payouts API. Is this example fine to publish? "To receive payouts, enter an IBAN such as GB82 WEST 1234 5698 7654 32 (example only) and a sort code such as 00-00-00." Or should I use a more obviously fake value?`,
  ],
  [
    "en",
    "neg-identity:fiction:free",
    `For my fan-fic timeline: Harry Potter was born on 31 July 1980 and lived at 4 Privet Drive, Little Whinging, Surrey. Hermione's birthday is 19 September 1979. Can you list the other main characters' birthdays?`,
  ],
  [
    "en",
    "financial:divorce-email:free",
    `Can you make this email to my solicitor more concise?

Hi Ms Fenwick, as requested, here are the figures for the financial disclosure. My name's Carys Llewellyn. My salary is ⟦financial|£52,300⟧ gross; Huw's is about ⟦financial|£78,000⟧ plus bonus. Joint savings account ⟦bank_account|sort code 09-01-28, account 61739204⟧ holds ⟦financial|£23,940⟧. Mortgage outstanding ⟦financial|£187,600⟧ with Nationwide.`,
  ],
  [
    "en",
    "neg-financial:hypothetical-divorce:free",
    `Hypothetically, if one spouse earns £52k and the other £78k, with £24k in joint savings and a £188k mortgage, how would an English court usually approach splitting assets? Just the general principles.`,
  ],
  [
    "en",
    "contact:meeting-invite:free",
    `Summarise this thread for my manager:

From: Bogdan Ilie
Hi all, for the offsite please send dietary needs to me directly (⟦email|bogdan.ilie.home@yahoo.com⟧ works better than work email this week) or text ⟦phone|07984 211 536⟧. If you're driving, park at my place — ⟦street_address|23 Wrenfield Close, Harpenden AL5 2QT⟧ — and we'll share cars.`,
  ],
  [
    "en",
    "neg-contact:meeting-invite:free",
    `Summarise this thread for my manager:

From: Events team
Hi all, the offsite is at the British Library conference centre, 96 Euston Road, London NW1 2DB. Dietary needs to events@ourcompany.example by Friday. Reception: 020 7946 0118. Nearest station: King's Cross St Pancras.`,
  ],
  // --- More positives on the weak spots, and adversarial negatives (all languages) -------------------------
  [
    "de",
    "health:arztbrief-kurz:adversarial",
    `Mach daraus bitte einen verständlichen Absatz für die Patientin:
Pat.: Fr. Gül Demirtaş, *⟦date_of_birth|12.05.1979⟧ | Dx: ⟦health|Z. n. Mamma-Ca re. (pT1c pN0 G2, HR+)⟧, ⟦health|Z. n. BET + Radiatio⟧ | Med: ⟦health|Tamoxifen 20 mg 1-0-0⟧ | Proc.: ⟦health|V. a. depressive Episode⟧ → Psychoonko. angebunden | WV 3 Mo.`,
  ],
  [
    "fr",
    "financial:avis-impot:structured",
    `Explique-moi ce que signifient ces champs de mon avis d'impôt (copié depuis le PDF) :

{"declarant1": "Aurélien Besnard", "numero_fiscal": "⟦national_id|3012749650187⟧", "revenu_fiscal_reference": ⟦financial|41287⟧,
 "impot_net": ⟦financial|2914⟧, "prelevement_a_la_source_deja_paye": ⟦financial|3380⟧, "restitution": ⟦financial|466⟧,
 "adresse": "⟦street_address|9 allée des Cerisiers, 44300 Nantes⟧"}`,
  ],
  [
    "es",
    "health:residencia-csv:structured",
    `Ordena esta lista de residentes por riesgo de caídas y explícame el criterio:

residente;dni;habitacion;diagnosticos;medicacion
Amparo Villalobos;⟦national_id|${dni("21847390")}⟧;12;⟦health|Parkinson, osteoporosis⟧;⟦health|levodopa, alendronato⟧
Eusebio Marín;⟦national_id|${dni("18293047")}⟧;14;⟦health|demencia mixta, FA⟧;⟦health|donepezilo, apixabán⟧`,
  ],
  [
    "it",
    "financial:yaml-stipendio:structured",
    `Correggi l'indentazione di questo YAML del gestionale paghe:

dipendente:
  nome: Rocco Santangelo
  codice_fiscale: ${"⟦national_id|"}${codiceFiscale("SNTRCC85C14F839")}⟧
  ral: ⟦financial|41200⟧
   netto_mensile: ⟦financial|2187.40⟧
  iban: ⟦iban|${ibanCompact("IT", "Z0503401633000000047712")}⟧
  pignoramento: ⟦financial|quinto dello stipendio, residuo 6.840 €⟧`,
  ],
  [
    "pt",
    "health:evolucao:adversarial",
    `reescreve essa evolução em português claro p/ a filha:
pcte Sr. Aníbal Teixeira Brandão, 79a, ⟦health|HAS⟧ + ⟦health|DM2 insulinodependente⟧ + ⟦health|DRC estágio 4⟧, admitido c/ ⟦health|ICC descompensada⟧. em uso ⟦health|furosemida EV 40mg 12/12h⟧. prognóstico reservado, família ciente.`,
  ],
  [
    "nl",
    "health:zorgdossier:structured",
    `Maak van dit zorgdossier-fragment een overdracht voor de avonddienst:

cliënt: mevr. Geertruida (Truus) Hofstede | kamer 4 | geb. ⟦date_of_birth|08-12-1938⟧
diagnoses: ⟦health|CVA li. hemisfeer 2024⟧, ⟦health|afasie⟧, ⟦health|slikstoornis⟧
medicatie: ⟦health|clopidogrel 75 mg, dik vloeibaar (IDDSI 2)⟧
bijzonderheden: ⟦health|decubitus stuit cat. 2⟧`,
  ],
  [
    "pl",
    "health:czat-praca:free",
    `Streść tę rozmowę z Teams:
Marta: wiesz czemu Kasia Nowicka nie przyjdzie na integrację?
Bartek: jest w ⟦health|ciąży, 10 tydzień⟧, ma ⟦health|silne wymioty⟧ i jest na zwolnieniu. Mówiła tylko mnie, więc cicho
Marta: jasne, nikomu nie mówię`,
  ],
  [
    "tr",
    "financial:kredi-email:adversarial",
    `bu maili toparlar mısın, ev kredisi için bankaya gidecek:
ad soyad: Serkan Toprak | aylık net gelir ⟦financial|64.000 TL⟧ | mevcut borç: ⟦financial|kredi kartı 47.300 TL + taşıt kredisi 212.000 TL⟧
maaş hesabı IBAN: ⟦iban|${iban("TR", "0006400000142083719265").replace(/ /g, "  ")}⟧`,
  ],
  [
    "ru",
    "health:json:structured",
    `Почему этот JSON не проходит валидацию в МИС?

{"patient": {"fio": "Захарова Алина Рустамовна", "birth_date": "⟦date_of_birth|1990-07-25⟧", "snils": "⟦national_id|${snils("219573408")}⟧"},
 "diagnosis": {"mkb10": "⟦health|O24.4⟧", "text": "⟦health|Гестационный сахарный диабет, беременность 26 недель⟧"},
 "therapy": "⟦health|инсулин аспарт по 4 ЕД перед едой⟧",}`,
  ],
  [
    "zh",
    "financial:征信:structured",
    `帮我看看这份征信报告摘要，哪些负债最急需处理？

姓名：马晓东　证件号码：⟦national_id|${chineseId("37020319850923611")}⟧
信用卡：招商银行 已用额度 ⟦financial|48,200元⟧ / 授信 50,000元（逾期1次）
贷款：房贷 余额 ⟦financial|1,126,400元⟧；消费贷 余额 ⟦financial|86,000元⟧（逾期30天）
查询记录：近3个月 7 次`,
  ],
  [
    "ja",
    "financial:借入一覧:structured",
    `債務整理の相談に持っていく一覧を見やすくしてください。

相談者：前田 隆志（⟦date_of_birth|1979年2月8日⟧生）
・カードローン A社 ⟦financial|残高 1,480,000円⟧
・リボ払い B社 ⟦financial|残高 620,000円⟧（延滞2か月）
・奨学金 ⟦financial|残高 2,310,000円⟧
月収（手取り）⟦financial|243,000円⟧`,
  ],
  [
    "ko",
    "health:검사결과:structured",
    `이 검사 결과표를 보기 좋게 정리해 주세요.

환자: 정우진 / 등록번호 ⟦medical_record|01928374⟧ / 생년월일 ⟦date_of_birth|1988-12-30⟧
⟦health|HBsAg 양성⟧
⟦health|ALT 142 U/L (H)⟧
⟦health|HBV DNA 2.1×10^6 IU/mL⟧
처방: ⟦health|테노포비르 300mg 1일 1회⟧`,
  ],
  [
    "en",
    "health:care-plan-yaml:structured",
    `Convert this care plan to a table for the team meeting:

service_user: "Keeley Ashdown"
nhs_number: "⟦national_id|943 476 5870⟧"
diagnoses: ["⟦health|borderline personality disorder⟧", "⟦health|PTSD⟧"]
risk: "⟦health|self-harm (cutting), last episode 2026-11-20⟧"
medication: ["⟦health|quetiapine 50 mg nocte⟧"]
key_worker: "J. Obi"`,
  ],
  [
    "en",
    "financial:zero-width:adversarial",
    `Customer chat transcript, please summarise the complaint:
Agent: How can I help?
Customer (Ifeoma Chukwu): you charged my card ⟦payment_card|${luhn("4539 1488 0343 646").replace(/ /g, "\u200b ")}⟧ twice for £89.99, my balance is now ⟦financial|-£412.06⟧ and I've got rent going out tomorrow`,
  ],
  [
    "sv",
    "financial:lönespec:structured",
    `Stämmer skatteavdraget på den här lönespecifikationen?

Anställd: Hanna Sjöberg | Personnr: ⟦national_id|${personnummer("910227", "462")}⟧
Månadslön: ⟦financial|38 400 kr⟧ | Skatt (tabell 32): ⟦financial|9 214 kr⟧ | Netto: ⟦financial|29 186 kr⟧
Utbetalning till konto: ⟦bank_account|Nordea 3300 9102274620⟧`,
  ],
  [
    "ar",
    "health:مختلط:adversarial",
    `please summarise for the family in English, the report is mixed Arabic/English:
المريضة: فاطمة الزهراء بن علي — DOB ⟦date_of_birth|03/11/1966⟧
Dx: ⟦health|سرطان القولون stage III⟧، s/p ⟦health|hemicolectomy⟧
Plan: ⟦health|FOLFOX × 6 cycles⟧، متابعة بعد 3 أسابيع`,
  ],
  [
    "hi",
    "identity:आवेदन:adversarial",
    `इस फ़ॉर्म में कुछ ग़लत तो नहीं? नाम: सुरेश पाल सिंह | आधार: ⟦national_id|${aadhaar("72018364951", "-")}⟧ | जन्मतिथि: ⟦date_of_birth|०४/०९/१९७६⟧ | मोबाइल: ⟦phone|९८२९० ४४१७३⟧ | पता: ⟦street_address|वार्ड नं. 7, मकान 112, सिविल लाइंस, जयपुर 302006⟧`,
  ],
  [
    "en",
    "neg-financial:fullwidth-test-card:adversarial",
    `Our checkout breaks on this input from the QA sheet (it's Stripe's documented test card typed with a Japanese keyboard): "４２４２ ４２４２ ４２４２ ４２４２", exp 12/34, CVC 123. Should we normalise full-width digits before validation?`,
  ],
  [
    "de",
    "neg-financial:beispiel-iban-gesperrt:adversarial",
    `Unser Formular lehnt die Beispiel-IBAN aus der Bundesbank-Doku ab, wenn man sie mit Leerzeichen zwischen jedem Zeichen eingibt: "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0". Wie entferne ich alle Whitespace-Zeichen, bevor ich die Prüfsumme rechne?`,
  ],
  [
    "en",
    "neg-contact:drama-spaced:adversarial",
    `Proofread this screenplay line, the formatting is odd on purpose (the character spells it out): "Call me. Five. Five. Five. Zero-one-four-seven. That's ( 2 1 2 ) 5 5 5 - 0 1 4 7, got it?" It's the standard fictional 555-01xx number.`,
  ],
  [
    "zh",
    "neg-contact:全角内网:adversarial",
    `日志里的IP是全角的，怎么转成半角再匹配？例：“连接 １０．０．３．７：６３７９ 超时，重试 １９２．１６８．１．１”。这些都是内网地址。`,
  ],
  [
    "ja",
    "neg-contact:全角記入例:adversarial",
    `申込書の記入例にある「電話：０９０－００００－００００、メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ」を半角に変換する関数をPythonで書いてください。`,
  ],
  [
    "es",
    "neg-health:abreviaturas:adversarial",
    `Desarrolla las abreviaturas de este caso de examen MIR (paciente ficticio): "Pte varón 67a, HTA, DM2, DLP, FA permanente, ACxFA en tto con ACOD, IC FEVIr. Acude por disnea CF III." No necesito el diagnóstico, solo las siglas.`,
  ],
  [
    "ru",
    "neg-financial:инн-компании:adversarial",
    `Проверь контрольную сумму ИНН организации из открытого реестра (ПАО Сбербанк): 7 7 0 7 0 8 3 8 9 3. Напиши функцию на Python, которая сначала удаляет пробелы.`,
  ],
  [
    "hi-Latn",
    "neg-identity:masked-aadhaar:adversarial",
    `masked Aadhaar ka format kya hota hai? jaise "XXXX XXXX 4821" — kya sirf last 4 digits dikhana safe hai? UIDAI ka rule batao.`,
  ],
  [
    "fr",
    "neg-identity:specimen:adversarial",
    `Sur le spécimen de la carte d'identité publié par le ministère, le nom est « MARTIN Maëlys-Gaëlle, Marie » et la date de naissance 13 07 1990 — c'est une personne fictive, non ? Explique la zone MRZ du spécimen.`,
  ],
  [
    "it",
    "neg-financial:test-iban:adversarial",
    `Nel nostro ambiente di test usiamo l'IBAN d'esempio IT60X0542811101000000123456 scritto anche come "IT60 X054 2811 1010 0000 0123 456". Come lo normalizzo in Java prima del controllo mod 97?`,
  ],
];

/**
 * Halves: within each language, positives and negatives alternate separately between half A (may be tuned on
 * later) and half B (report only, never tuned on), so both halves hold both kinds in every language (entries are
 * written as positive/negative pairs, and a plain even/odd split would have sent the positives to one half).
 */
const halves = alternatingHalves(ENTRIES, (entry) => `${entry[0]}|${entry[2].includes("⟦")}`, "dev10");
writeMarkedSet("dev-10/a.jsonl", halves.a);
writeMarkedSet("dev-10/b.jsonl", halves.b);
