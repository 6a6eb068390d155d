/**
 * Development set 16, English entries (US, UK, Canadian, Indian, Australian registers in `kind`). Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { luhn } from "../dev-10/values.js";
import { gstin, isbn13, mrzLine1, mrzLine2, nhs } from "./values.js";

const GB_MRZ = mrzLine2("533401372", "GBR", "850714", "F", "310302");
const US_MRZ = mrzLine2("A04821937", "USA", "921130", "M", "330818");
const BAD_MRZ = mrzLine2("L898902C3", "UTO", "740812", "F", "120415", "ZE184226B");

export const EN: MarkedEntry[] = [
  // --- medical record numbers ------------------------------------------------------------------------------------
  [
    "en",
    "mrn:hl7-us:structured",
    `Why does our interface engine reject this ADT? MSH|^~\\&|EPIC|MERCY|||20261203081500||ADT^A01|MSG00417|P|2.5.1
PID|1||⟦medical_record|E4471093⟧^^^MERCY^MR||HALVORSEN^TRINA^L||19880214|F|||`,
  ],
  [
    "en",
    "mrn:handover-uk:free",
    `Tidy this handover note: "Bed 14, Mr Dennis Arkwright, NHS no. ⟦medical_record|${nhs("401023213")}⟧, post-op day 2, obs stable, for physio review am."`,
  ],
  [
    "en",
    "mrn:fhir-us:structured",
    `Fix the JSON so it validates: {"resourceType":"Patient","identifier":[{"type":{"text":"MRN"},"system":"urn:oid:2.16.840.1.113883.3.4421","value":"⟦medical_record|00938217⟧"}],"name":[{"family":"Okonkwo","given":["Chidi"]}]}`,
  ],
  [
    "en",
    "mrn:email-us:free",
    `Polish this for the billing office: Hi, my son Tyler Brandt was seen in the ER on 11/02 — his patient ID on the bracelet was ⟦medical_record|MRN 2047-5518⟧ and we were billed twice.`,
  ],
  [
    "en",
    "mrn:csv-au:structured",
    `Sort by ward then by URN please:
urn,surname,ward
⟦medical_record|UR0459217⟧,Papadakis,4 West
⟦medical_record|UR0461830⟧,Nguyen,ICU`,
  ],
  [
    "en",
    "mrn:note-in:free",
    `Make it formal: Patient Mrs. Lakshmi Narayan, UHID ⟦medical_record|APH.0002938471⟧, IP no. ⟦medical_record|IP/24/118203⟧, discharged against medical advice on 2nd.`,
  ],
  [
    "en",
    "mrn:log-us:structured",
    `2026-12-01T09:14:02Z WARN chart-sync: duplicate patient merge candidate pat_id=⟦medical_record|P-00718264⟧ name="Wexler, Noah" dob=⟦date_of_birth|2011-06-09⟧ source=cerner`,
  ],
  // --- driver's licences ----------------------------------------------------------------------------------------
  [
    "en",
    "dl:form-us:structured",
    `OCR gave me this from the rental form, clean it up: NAME: GUTIERREZ, MARISOL  DL#: ⟦driver_license|D4820917⟧  STATE: CA  EXP: 04/2029  CLASS: C`,
  ],
  [
    "en",
    "dl:email-us:free",
    `Reword: "Officer, the other driver was Kevin Szabo, Florida license ⟦driver_license|S120-431-86-722-0⟧, he admitted he ran the light."`,
  ],
  [
    "en",
    "dl:json-us:structured",
    `Map this to our schema: {"applicant":"Priya Raman","license":{"state":"NY","number":"⟦driver_license|493 118 702⟧","class":"D"}}`,
  ],
  [
    "en",
    "dl:letter-uk:free",
    `Check the grammar: I am writing on behalf of my father, Mr Gareth Pendry (driving licence number ⟦driver_license|PENDR553127G99MK⟧), to appeal the penalty.`,
  ],
  [
    "en",
    "dl:ocr-ca:free",
    `the scan of my tenant's licence came out weird, can you read it: ONTARIO DRIVER'S LICENCE 4d NO/NO ⟦driver_license|M2047-38815-60712⟧ ROSSI, ANGELA`,
  ],
  [
    "en",
    "dl:chat-au:free",
    `mate can u fill the insurance claim form for me, the other guy was Liam O'Dwyer, NSW licence ⟦driver_license|17934462⟧, rego BX-42-PL`,
  ],
  [
    "en",
    "dl:csv-us:structured",
    `driver_name,dl_number,state
Hollis Fant,⟦driver_license|2193-4810-772⟧,IL
Rosa Ibarra,⟦driver_license|41207735⟧,TX
dedupe this list of our delivery drivers`,
  ],
  // --- tax identifiers --------------------------------------------------------------------------------------------
  [
    "en",
    "tax:w9-us:structured",
    `Fill the W-9 fields from this: Name: Darnell Whitfield (sole prop)  TIN type: ITIN  Number: ⟦national_id|912-78-4406⟧  Address on file.`,
  ],
  [
    "en",
    "tax:email-uk:free",
    `Shorten this: Hi Sue, for the self-assessment, my UTR is ⟦national_id|7143 82059 6⟧ and my NI number is ⟦national_id|SH 47 21 86 C⟧ — can you file before the 31st?`,
  ],
  ["en", "tax:form-ca:structured", `Employee onboarding — SIN: ⟦national_id|${luhn("04625891")}⟧ Name: Mélanie Tremblay. Put this into the payroll template.`],
  [
    "en",
    "tax:invoice-in:structured",
    `Make an invoice for consultant Rohit Khanna, PAN ⟦national_id|BKLPK4821M⟧, his GSTIN ⟦national_id|${gstin("07BKLPK4821M1Z")}⟧, amount 85,000.`,
  ],
  ["en", "tax:chat-us:free", `my contractor Anita just texted her ein as ⟦national_id|84-3917265⟧ for the 1099, is that enough or do i need her ssn too`],
  // --- passports -----------------------------------------------------------------------------------------------
  [
    "en",
    "passport:mrz-uk:structured",
    `Parse this MRZ for the check-in system:
${mrzLine1("GBR", "HARGREAVES", "ELEANOR JANE")}
⟦passport|${GB_MRZ}⟧`,
  ],
  [
    "en",
    "passport:mrz-us:structured",
    `The scanner returned this, which field is the expiry?
${mrzLine1("USA", "BOATENG", "KWAME")}
⟦passport|${US_MRZ}⟧`,
  ],
  [
    "en",
    "passport:email-in:free",
    `Kindly draft visa covering letter for my mother Smt. Kamala Iyer, passport no. ⟦passport|T6092714⟧, travelling to Toronto on 14 Jan.`,
  ],
  [
    "en",
    "passport:booking-au:structured",
    `Add these pax to the group booking: 1) Chloe Ferris — passport ⟦passport|PA9921437⟧ AUS exp 2031; 2) Jack Ferris — passport ⟦passport|PA9921438⟧ AUS exp 2031`,
  ],
  // --- credentials -------------------------------------------------------------------------------------------------
  [
    "en",
    "cred:chat-us:free",
    `hey can u make this msg nicer for my mom: the wifi password is ⟦password|tulip-Garage-88!⟧ and the alarm code is ⟦password|4471⟧, dont share it w the neighbors`,
  ],
  [
    "en",
    "cred:config-us:structured",
    `Why won't this connect?
DB_HOST=10.0.4.12
DB_USER=svc_billing
DB_PASSWORD=⟦password|Qv7#mzL2!rTw⟧
STRIPE_KEY=⟦api_key|sk_live_51MzQpLKd8T2vXeRu9ab3HcW0yNfE4jG7sAqPz⟧`,
  ],
  [
    "en",
    "cred:ticket-uk:free",
    `Summarise the ticket: User Fiona Blake locked out. Her recovery codes from setup were ⟦password|8271-5530⟧, ⟦password|1046-9382⟧; security question "first pet" answer ⟦password|Biscuit Malone⟧.`,
  ],
  [
    "en",
    "cred:log-us:structured",
    `What's wrong with this CI step? + curl -H "Authorization: token ⟦api_key|ghp_R8kWq2Lm9ZtX4vNb7CyH1sJd6PfA0eGu3oTi⟧" https://api.github.com/repos/acme/infra/actions`,
  ],
  [
    "en",
    "cred:email-in:free",
    `Rephrase politely: Dear Sir, as discussed the net banking login is rkapoor1977 and password ⟦password|Shree@Ganesh2024⟧, the transaction PIN is ⟦password|918273⟧, kindly pay the school fees.`,
  ],
  [
    "en",
    "cred:slack-us:free",
    `turn this into a proper runbook step: "just use the shared aws creds, key ⟦api_key|AKIAZ7QWERTY4GHJ2KLM⟧ secret ⟦api_key|w8Jk2+Lq9sVb3NcX7mZ1/pRt5YhG0dFe4aUo6iEy⟧"`,
  ],
  // --- biometric ----------------------------------------------------------------------------------------------
  [
    "en",
    "bio:json-us:structured",
    `Why does the matcher reject this enrolment? {"employee":"Marcus Delaney","finger":"R_INDEX","template_iso19794":"⟦biometric|464D520020323000000001A2000001F4016200C500C5010000003C1B80A1005E6A408C00C4D1⟧"}`,
  ],
  [
    "en",
    "bio:python-uk:structured",
    `Is the cosine similarity code right? known_faces = {"Harriet Nwosu": ⟦biometric|[0.0412, -0.1187, 0.0935, 0.2214, -0.0568, 0.1473, -0.0091, 0.0826, -0.1732, 0.0654]⟧}  # 128-d, truncated`,
  ],
  [
    "en",
    "bio:report-us:free",
    `Explain this to me in plain words: 23andMe raw data for Joanne Kessler — ⟦biometric|rs429358 CT, rs7412 CC⟧ (APOE), ⟦biometric|rs1801133 AG⟧ (MTHFR).`,
  ],
  [
    "en",
    "bio:log-au:structured",
    `2026-11-29 08:02:11 voice-auth enrol ok caller="Brendan Whitty" voiceprint_id=⟦biometric|VPR-7f3a91c2-0d44-4b8e-a1f2-66c09e4b8d17⟧ score=0.93`,
  ],
  // --- phones -----------------------------------------------------------------------------------------------------
  [
    "en",
    "phone:sms-uk:free",
    `Make this shorter: "Hi it's Becky from no. 9, if the parcel comes can you ring me on ⟦phone|07823 614209⟧ or my husband Tom on ⟦phone|07911 340 582⟧"`,
  ],
  [
    "en",
    "phone:csv-in:structured",
    `name,mobile
Sunita Bhatt,⟦phone|98201 47736⟧
Arjun Menon,⟦phone|+91 94470 21863⟧
make a whatsapp broadcast list`,
  ],
  ["en", "phone:email-au:free", `Proofread: You can reach my mum, Glenys Hart, on ⟦phone|0412 738 905⟧ or at home on ⟦phone|(03) 9521 4476⟧ after 4pm.`],
  // --- addresses ------------------------------------------------------------------------------------------------------
  [
    "en",
    "address:letter-uk:free",
    `Write a complaint to the council from Mrs Ivy Chambers, ⟦street_address|Flat 3, 27 Bellwood Road, Sheffield S7 2FN⟧, about the bins.`,
  ],
  [
    "en",
    "address:form-us:structured",
    `Ship-to: Corey Lindqvist
⟦street_address|4471 N Larkspur Ave Apt 2B, Fresno, CA 93722⟧
format as a shipping label`,
  ],
  [
    "en",
    "address:chat-in:free",
    `pls write a rent agreement clause, tenant Mr. Faizal Qureshi residing at ⟦street_address|Flat 702, B-Wing, Sai Krupa CHS, Sector 17, Vashi, Navi Mumbai 400703⟧`,
  ],
  // === hard negatives =============================================================================================
  ["en", "neg-mrn:docs-us:free", `What is an MRN and why do hospitals use 8-digit ones like the placeholder 00000000 in Epic training environments?`],
  [
    "en",
    "neg-mrn:hl7-us:structured",
    `Explain each field of the HL7 PID segment from the spec example: PID|1||PATID1234^^^HOSP^MR||DOE^JOHN||19700101|M — it's the standard sample.`,
  ],
  ["en", "neg-mrn:email-uk:free", `Is 943 476 5919 a valid NHS number? The NHS Digital docs use it as the test example for the modulus 11 check.`],
  [
    "en",
    "neg-mrn:csv-us:structured",
    `sku,description,lot
MED-20471,Nitrile gloves M,LOT 4471093
MED-20472,Syringe 5ml,LOT 4471094
total the stock by sku`,
  ],
  [
    "en",
    "neg-dl:docs-us:free",
    `How many characters is a California driver license number? I read it's one letter followed by seven digits, like the DMV's sample A1234567.`,
  ],
  [
    "en",
    "neg-dl:form-us:structured",
    `Order #D4820917 shipped via UPS 1Z999AA10123456784, estimated delivery Thursday. Reword this notification to sound friendlier.`,
  ],
  [
    "en",
    "neg-dl:docs-uk:free",
    `Explain how a UK driving licence number is built: the first five characters come from the surname, then the decade of birth, month, day, year, initials and two check characters.`,
  ],
  ["en", "neg-tax:docs-us:free", `What's the difference between an EIN like 12-3456789 (the IRS example) and an ITIN? Which forms need which?`],
  [
    "en",
    "neg-tax:invoice-in:structured",
    `Our company's GSTIN is printed on every public invoice — Infosys Limited, 29AABCI1681G1ZG. What do the first two digits mean?`,
  ],
  ["en", "neg-tax:book-us:free", `Cite this book in APA: ISBN ${isbn13("978030640615")}, published 2019, 412 pages.`],
  [
    "en",
    "neg-tax:validate-uk:free",
    `Our form accepted QQ 12 34 56 C as a National Insurance number — isn't QQ the prefix HMRC reserves for examples? Write a validation message.`,
  ],
  [
    "en",
    "neg-passport:docs-us:structured",
    `Decode the ICAO 9303 specimen MRZ for me:
P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
${BAD_MRZ}`,
  ],
  ["en", "neg-passport:faq-au:free", `How long does an Australian passport renewal take and does the passport number change when you renew?`],
  [
    "en",
    "neg-cred:config-us:structured",
    `Is this .env.example fine to commit?
DB_PASSWORD=changeme
STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
GITHUB_TOKEN=<your-token-here>`,
  ],
  ["en", "neg-cred:docs-us:free", `What format do GitHub personal access tokens have? I know classic ones start with ghp_ followed by 36 characters.`],
  ["en", "neg-cred:chat-uk:free", `What makes a good passphrase? Is something like "correct horse battery staple" still recommended?`],
  [
    "en",
    "neg-cred:log-us:structured",
    `2026-12-01 10:02:17 INFO auth: login failed user=jsmith reason=bad_password attempts=3 lockout=false — is this a brute force?`,
  ],
  [
    "en",
    "neg-bio:python-us:structured",
    `Why is this shape wrong? embeddings = np.random.rand(128); embeddings = [0.0, 0.0, 0.0, 0.0]  # dummy vector for the unit test`,
  ],
  ["en", "neg-bio:docs-us:free", `Explain what rs429358 and rs7412 are and how they determine APOE e4 status, in general terms.`],
  [
    "en",
    "neg-bio:spec-uk:structured",
    `The ISO 19794-2 header starts with the bytes 46 4D 52 00 ("FMR\\0") followed by the version "20 32 30 00". What comes next in the record?`,
  ],
  ["en", "neg-phone:docs-uk:free", `Are 07700 900000 to 07700 900999 really reserved by Ofcom for TV and film? I want to use one in a script.`],
  ["en", "neg-phone:faq-us:free", `Write a support page: call our help desk at 1-800-555-0199 (fictional number for the mockup) between 9 and 5.`],
  [
    "en",
    "neg-phone:csv-in:structured",
    `order_id,amount
98201 47736,450
98201 47737,1200
sum the amounts`,
  ],
  ["en", "neg-address:docs-uk:free", `How are UK postcodes structured, e.g. what do SW1A and 2AA mean in SW1A 2AA (Downing Street)?`],
  [
    "en",
    "neg-address:form-us:structured",
    `Ship-to: {{customer_name}}
{{street_line_1}} {{street_line_2}}, {{city}}, {{state}} {{zip}}
make this template handle missing line 2`,
  ],
  ["en", "neg-address:press-us:free", `Summarise: Apple's headquarters at One Apple Park Way, Cupertino, CA 95014 opened to employees in 2017.`],
];
