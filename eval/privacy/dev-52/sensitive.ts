/**
 * dev-52 sensitive entries: English requests to a chat assistant in which personal data is the material of the task
 * (cover letters, forms, replies, payslip and tax checks, medical letters, invites, disputes, log-in help, school
 * forms), in many registers (terse, rambling, typos, lower case, voice-typed, non-native) with the data at the start,
 * in the middle or pasted at the end (see README.md). `kind` is `<task>:<category>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const COVER: MarkedEntry[] = [
  [
    "en",
    "cover:address",
    `write me a cover letter for a barista job at Grindhouse Coffee. my details: Tom Whitfield, ⟦street_address|14 Larch Close, Bristol BS7 9QD⟧, ⟦phone|07700 914 382⟧, ⟦email|tom.whitfield94@gmail.com⟧. 2 yrs at costa, can do latte art`,
  ],
  [
    "en",
    "cover:dob",
    `Hi! Could you please turn this into a proper CV header? Name Priya Raman, date of birth ⟦date_of_birth|3 September 1996⟧, nationality Indian, currently living ⟦street_address|Flat 6, 22 Cowley Road, Oxford OX4 1HZ⟧. I am applying for lab technician positions.`,
  ],
  [
    "en",
    "cover:email",
    `Make this sound more professional, it's the end of my cover letter: "you can email me at ⟦email|dani.kowalczyk@outlook.com⟧ or ring ⟦phone|(312) 555-7821⟧ any time, thanks Daniela Kowalczyk"`,
  ],
  [
    "en",
    "cover:health",
    `im applying to a warehouse job and the form asks about disabilities. should i mention in my cover letter that i have ⟦health|type 1 diabetes and wear an insulin pump⟧? my name is Jordan Pike if you need it for the letter`,
  ],
  [
    "en",
    "cover:passport",
    `Please write cover letter for visa sponsorship job in UK. I am Mehmet Arslan, Turkish passport number ⟦passport|U12847395⟧, born ⟦date_of_birth|21.06.1991⟧ in Izmir, I am civil engineer 8 years experience. Please make good english.`,
  ],
  [
    "en",
    "cover:financial",
    `Help me write the salary bit of my application. I'm Laura Benitez, currently on ⟦financial|$68,500 a year⟧ at Keller Logistics and I want to ask for at least 80k. Don't make it sound greedy.`,
  ],
  [
    "en",
    "cover:phone",
    `can u fix the grammar
Dear hiring manager I am Kwame Asante I see your advert for security guard I have SIA licence and 5 year experience please call me ⟦phone|07956 228 104⟧ thank you`,
  ],
  [
    "en",
    "cover:ssn",
    `the background check company wants a letter authorising them, can you write it? Applicant: Marcus Delgado, SSN ⟦us_ssn|417-82-6093⟧, DOB ⟦date_of_birth|11/02/1988⟧, current address ⟦street_address|2210 Birch Hollow Dr, Austin, TX 78745⟧.`,
  ],
];

const FORM: MarkedEntry[] = [
  [
    "en",
    "form:ni",
    `Fill in this form for me using my info:
Full name: ____
NI number: ____
Address: ____
Info: Sarah Louise Metcalfe, NI ⟦national_id|JT 48 21 93 C⟧, ⟦street_address|9 Orchard Way, Harrogate HG2 8PL⟧`,
  ],
  [
    "en",
    "form:sin",
    `hey so the rental application wants my SIN, is it normal to give it? it's ⟦national_id|423 868 314⟧ btw if you need it to fill the rest in. name Chloe Tremblay, moving to ⟦street_address|1184 Rue Saint-Denis, Montréal QC H2X 3J6⟧`,
  ],
  [
    "en",
    "form:tfn",
    `Can you put this into the super choice form format? Member: Liam O'Connor, TFN ⟦national_id|213 535 432⟧, DOB ⟦date_of_birth|07/04/1993⟧, phone ⟦phone|0412 775 309⟧.`,
  ],
  [
    "en",
    "form:passport",
    `I'm doing the ESTA tonight, just check I've got it in the right boxes: Surname HALLORAN, Given names NIAMH CLAIRE, Passport no ⟦passport|539174826⟧, Issued 02 MAR 2021, Expiry 01 MAR 2031, DOB ⟦date_of_birth|19 AUG 1985⟧`,
  ],
  [
    "en",
    "form:driver",
    `car hire form wants the licence number in 2 boxes, 16 characters, mine is ⟦driver_license|WHITF802154TJ9AB⟧, which part goes where? (Tom Whitfield)`,
  ],
  [
    "en",
    "form:bank",
    `Which of these goes in "sort code" and which in "account number"? For the direct debit form for my gym: Name Gareth Pryce, ⟦bank_account|20-45-77⟧ ⟦bank_account|41938265⟧`,
  ],
  ["en", "form:iban", `please fill the refund form, payee Anja Krüger, IBAN ⟦iban|DE44 5001 0517 5407 3249 31⟧, amount 120 EUR, reason double booking`],
  [
    "en",
    "form:routing",
    `Direct deposit form for my new job, can you tell me if these look right before I submit? Routing ⟦bank_account|026870997⟧ Account ⟦bank_account|4471 2093 58⟧ — Denise Carter, checking`,
  ],
  [
    "en",
    "form:health",
    `Help me answer the "medical conditions" box on the swim club form for my son Oliver Nash (age 9): he has ⟦health|asthma, uses a blue salbutamol inhaler before exercise⟧ and ⟦health|is allergic to penicillin⟧.`,
  ],
  [
    "en",
    "form:taxid",
    `W-9 question. I'm a freelancer, Raymond Okafor, my EIN is ⟦national_id|84-3927165⟧ and my address is ⟦street_address|57 Greene Ave Apt 3R, Brooklyn NY 11238⟧. Do I put the EIN or my SSN in part I?`,
  ],
  [
    "en",
    "form:utr",
    `self assessment form box 1 asks for UTR, mine is ⟦national_id|8273946150⟧ and the name is Helen Atkinson. is UTR the same thing as the 10 digit number on my letter from HMRC?`,
  ],
  [
    "en",
    "form:biometric",
    `The immigration form wants me to describe distinguishing features. This is what I wrote, make it shorter: Adaeze Nwosu, height 168 cm, ⟦biometric|fingerprints enrolled at the BRP appointment, left index finger scan failed twice⟧, scar on right forearm.`,
  ],
];

const REPLY: MarkedEntry[] = [
  [
    "en",
    "reply:address",
    `Draft a reply to my landlord Mr Paterson. He says I owe for the broken boiler. I live at ⟦street_address|Flat 3, 41 Kingsway, Swansea SA1 5LB⟧, tenancy started June. Be firm but polite, I'm Ellie Vaughan.`,
  ],
  [
    "en",
    "reply:health",
    `can you write an email to my boss saying im off sick this week. i got told i have ⟦health|shingles⟧ and the GP signed me off till friday. boss is Karen, i'm Dev Malhotra`,
  ],
  [
    "en",
    "reply:phone",
    `reply to this for me, keep it short:
"Hi, is the sofa still available? — Becky"
yes still here, collection only, text me on ⟦phone|07403 551 926⟧, I'm at ⟦street_address|12 Hillside Rd, Dundee DD2 1QR⟧, Alan`,
  ],
  [
    "en",
    "reply:financial",
    `My brother-in-law Stuart Bell keeps asking to borrow again. He already owes me ⟦financial|£3,200⟧ from last year. Write me a text saying no without starting a war.`,
  ],
  [
    "en",
    "reply:email",
    `write a polite follow up email from me (Ana Sousa, ⟦email|ana.sousa.design@gmail.com⟧) to the recruiter, I had interview on monday and heard nothing`,
  ],
  [
    "en",
    "reply:dob",
    `So my gran, Margaret Doyle, she's ⟦date_of_birth|born 2 May 1938⟧ and the council keep sending letters to the wrong name, can you write a letter for her asking them to fix it, her address is ⟦street_address|88 Glenview Terrace, Paisley PA2 6JH⟧`,
  ],
  [
    "en",
    "reply:health-named",
    `Please write a short note to my daughter's teacher. Ruby Hartley (Year 4) has been diagnosed with ⟦health|ADHD⟧ and starts ⟦health|methylphenidate 18 mg⟧ next week, so she might be tired in the afternoons.`,
  ],
  [
    "en",
    "reply:card",
    `The hotel emailed asking me to confirm my card for the deposit. Write a reply with the details: card ⟦payment_card|4226 5316 8677 1779⟧, exp 08/28, name on card Julian Moss`,
  ],
  [
    "en",
    "reply:ip",
    `write a complaint to my ISP. my static IP ⟦ip_address|82.31.174.209⟧ keeps dropping every evening since tuesday, account holder Peter Lang`,
  ],
  [
    "en",
    "reply:financial-debt",
    `ok so long story short, me and my ex Jake Thornton split and he left me with the car loan, ⟦financial|£11,400 still outstanding⟧ with Santander, and now they're chasing me, can you write a letter to them explaining it was his idea and he should be paying`,
  ],
];

const CHECK: MarkedEntry[] = [
  [
    "en",
    "check:financial",
    `is this payslip right? Emma Lowry, gross ⟦financial|£2,916.67⟧, tax ⟦financial|£373.40⟧, NI ⟦financial|£161.07⟧, pension £145.83, net ⟦financial|£2,236.37⟧. tax code 1257L`,
  ],
  [
    "en",
    "check:ni",
    `Check my tax return numbers pls. Name Mohammed Iqbal, NI ⟦national_id|PK 73 58 21 D⟧, employment income ⟦financial|£41,250⟧, tax paid ⟦financial|£5,736⟧, self-employed profit ⟦financial|£8,900⟧. Do I owe anything?`,
  ],
  [
    "en",
    "check:iban",
    `my friend Luca Moretti sent me his bank details for the holiday money, can you check if this IBAN is valid before I send 400 euro? ⟦iban|IE84 AIBK 9311 5248 2719 36⟧`,
  ],
  [
    "en",
    "check:bank",
    `This is my statement, why is my balance so low? Account ⟦bank_account|41938265⟧ Sort ⟦bank_account|20-45-77⟧, Gareth Pryce. Opening ⟦financial|£1,284.10⟧, closing ⟦financial|£-212.44⟧. Lots of Deliveroo lol`,
  ],
  [
    "en",
    "check:financial-named",
    `My dad, Brian Kellerman, got this pension statement: ⟦financial|pot value £186,420⟧, ⟦financial|projected income £7,950 a year at 67⟧. He's 59. Is that enough to retire on or should he keep working?`,
  ],
  ["en", "check:card", `does this card number look mistyped? the online shop keeps rejecting it ⟦payment_card|5383 4848 4617 2809⟧ exp 11/27`],
  [
    "en",
    "check:ssn",
    `Look over this 1040 info and tell me if something's off: Taxpayer Denise Carter SSN ⟦us_ssn|532-71-4408⟧, wages ⟦financial|$54,310⟧, federal withholding ⟦financial|$6,102⟧, dependent Caleb Carter SSN ⟦us_ssn|612-04-9937⟧`,
  ],
  [
    "en",
    "check:health",
    `can you check these blood test results and tell me if I should worry? patient: Fiona Graham, ⟦health|HbA1c 52 mmol/mol, LDL 4.8, eGFR 58⟧. the GP wants to see me thursday`,
  ],
  [
    "en",
    "check:financial-voice",
    `okay so um my credit card statement says ⟦financial|balance owing 4,872 dollars⟧ and the minimum payment is 146 and I only earn ⟦financial|about 3100 a month after tax⟧ how long will it take to pay off if I pay 300 a month my name's Trina Hollis by the way`,
  ],
  [
    "en",
    "check:tfn",
    `hi mate, quick one, my payslip from Bunnings shows TFN ⟦national_id|213535432⟧ but the ATO letter says something different, which one do I trust? — Josh Kemp`,
  ],
];

const SUMMARISE: MarkedEntry[] = [
  [
    "en",
    "summarise:health",
    `Summarise my discharge letter in plain English:
Patient: Alan Whitcombe  DOB: ⟦date_of_birth|14/07/1956⟧  NHS No: ⟦national_id|186 091 3903⟧
Diagnosis: ⟦health|NSTEMI; triple-vessel coronary artery disease⟧
Plan: ⟦health|CABG referral, dual antiplatelet therapy (aspirin + ticagrelor) 12 months⟧`,
  ],
  [
    "en",
    "summarise:health-terse",
    `explain this like im 12: "Mrs Okoye has ⟦health|stage 2 chronic kidney disease secondary to hypertension⟧." thats my mum Grace Okoye`,
  ],
  [
    "en",
    "summarise:medical-record",
    `What does this referral mean? Hospital no ⟦medical_record|RX4419027⟧, patient Samir Haddad, reason: ⟦health|suspected obstructive sleep apnoea, Epworth 16⟧.`,
  ],
  [
    "en",
    "summarise:health-typos",
    `can u sumarise this its from the psychiatrist for my husbund Greg Tomlin, he has ⟦health|bipolar II disorder, currently depressed episode⟧ and they want to start ⟦health|lamotrigine 25mg titrating⟧, what dose is that`,
  ],
  [
    "en",
    "summarise:biometric",
    `Summarise this letter from the passport office for me: "Dear Ms Farah Hussein, your ⟦biometric|facial image and fingerprints⟧ captured on 12 November could not be matched to the record held, reference ⟦passport|128493761⟧, please attend another appointment."`,
  ],
  [
    "en",
    "summarise:health-pasted",
    `Can you make a bullet point summary of the attached for the family group chat, so everyone knows what's happening with grandad

Name: Harold Finch-Davies
Date of birth: ⟦date_of_birth|23 October 1941⟧
Address: ⟦street_address|Rose Cottage, Mill Lane, Ludlow SY8 1BB⟧
Diagnosis: ⟦health|vascular dementia, moderate; recurrent falls⟧
Medication: ⟦health|donepezil 10 mg nocte⟧`,
  ],
  [
    "en",
    "summarise:financial",
    `tl;dr this debt letter please. "Dear Mr Kieran Doyle, our records show an outstanding balance of ⟦financial|£2,947.15⟧ on account ⟦bank_account|7741 0382⟧. Unless payment is received within 14 days…"`,
  ],
  [
    "en",
    "summarise:health-nonnative",
    `Please explain me this paper from doctor, it is about my wife Oksana Bondarenko: "⟦health|Gestational diabetes mellitus, diet controlled, 28 weeks⟧". Is dangerous for baby?`,
  ],
];

const TRANSLATE: MarkedEntry[] = [
  [
    "en",
    "translate:health",
    `translate my prescription into Spanish so I can show the pharmacy in Malaga: "⟦health|Sertraline 100 mg once daily; Propranolol 40 mg as required for anxiety⟧" — Patient: Rachel Dunn`,
  ],
  [
    "en",
    "translate:address",
    `Translate to French for the Airbnb host: my name is Callum Reid, I live at ⟦street_address|3 Thistle Street, Edinburgh EH2 1DF⟧, my phone ⟦phone|+44 7512 660 841⟧, we arrive 9pm.`,
  ],
  [
    "en",
    "translate:passport",
    `Put this into Japanese please, it's for the hotel check in: Guest Sophie Turner-Blake, passport ⟦passport|548213907⟧, nationality British, DOB ⟦date_of_birth|30 January 1990⟧.`,
  ],
  [
    "en",
    "translate:health-allergy",
    `translate into Thai, I need a card for restaurants: "My name is Ben Archer. I have a ⟦health|severe shellfish allergy (anaphylaxis)⟧. Please no prawns, crab or fish sauce."`,
  ],
  [
    "en",
    "translate:dob",
    `Translate to German for the Standesamt: Full name: Aoife Brennan, born ⟦date_of_birth|17 December 1994⟧ in Galway, father Declan Brennan, mother Siobhan Brennan née Walsh.`,
  ],
];

const INVITE: MarkedEntry[] = [
  [
    "en",
    "invite:dob",
    `make a birthday invite for Sam Patel (turning 7 on ⟦date_of_birth|14 March 2020⟧), party at our house ⟦street_address|26 Beech Avenue, Solihull B91 2EX⟧, 2-4pm, RSVP to ⟦phone|07824 193 650⟧`,
  ],
  [
    "en",
    "invite:address",
    `Write a cute housewarming invite. New place: ⟦street_address|Unit 4, 118 Smith Street, Fitzroy VIC 3065⟧. Saturday from 6. Hosts Mia & Jack Fraser`,
  ],
  ["en", "invite:email", `invite text for my 40th pls. RSVP to ⟦email|nkechi.obi40@yahoo.co.uk⟧ by 1 Feb, it's at The Crown, dress code 90s, I'm Nkechi Obi`],
  [
    "en",
    "invite:health",
    `Can you do a kids party invite for Lily Chen's 5th, and add a line asking parents not to bring anything with nuts because Lily has ⟦health|a tree nut allergy and carries an EpiPen⟧`,
  ],
  [
    "en",
    "invite:phone-lower",
    `baby shower invite for my sister jess moran, saturday 8 march 1pm at ⟦street_address|17 wren close, basingstoke rg22 4tf⟧, rsvp to me on ⟦phone|07391 044 286⟧ make it pink and cute`,
  ],
];

const DISPUTE: MarkedEntry[] = [
  [
    "en",
    "dispute:card",
    `help me dispute this charge on card ⟦payment_card|4664 2884 0727 7250⟧ — £89.99 from "FITPRO ANNUAL" on 3 Nov, I cancelled in September. Name Ruth Adeyemi.`,
  ],
  [
    "en",
    "dispute:card-amex",
    `write a chargeback letter to amex for me. card ending... actually here's the whole number ⟦payment_card|3796 182328 39797⟧, merchant never delivered the sofa ($1,240), order placed Aug 12, I'm Victor Salas`,
  ],
  [
    "en",
    "dispute:bank",
    `Someone took £450 out of my account by direct debit I never set up. Account ⟦bank_account|63849102⟧ sort code ⟦bank_account|09-01-28⟧, Santander, Leanne Fisher. Write the indemnity claim.`,
  ],
  [
    "en",
    "dispute:iban",
    `I paid the deposit to the wrong IBAN, can you write to my bank to recall it? I sent from ⟦iban|FR58 3000 6000 0148 2193 7651 089⟧ (Camille Laurent) to an account that isn't the landlord's.`,
  ],
  [
    "en",
    "dispute:financial",
    `Draft a complaint to the energy company. They say I owe ⟦financial|£1,836.22⟧ after a meter reading mix-up, my account is under Hannah Jeffries at ⟦street_address|5 Canal Walk, Leicester LE2 7GH⟧.`,
  ],
  [
    "en",
    "dispute:card-voice",
    `hey can you write an email to my bank saying I didn't make this payment the card is ⟦payment_card|4408 7560 2262 5708⟧ the charge is 312 pounds 40 from some website called luxdeals I've never heard of it my name is Oliver Brandt`,
  ],
];

const LOGIN: MarkedEntry[] = [
  [
    "en",
    "login:password",
    `why cant i log in, I typed ⟦password|Sunflower!2024⟧ exactly and it says incorrect password. username ⟦email|paula.r.grant@hotmail.com⟧`,
  ],
  [
    "en",
    "login:api",
    `my script fails with 401, here's the call:
curl -H "Authorization: Bearer ⟦api_key|sk-proj-7Hq2LmX9vR4tN8wK1pZ6yB3cD5fG0jS⟧" https://api.example-llm.com/v1/chat
what am I doing wrong?`,
  ],
  [
    "en",
    "login:ip",
    `I got an email saying "new sign-in from ⟦ip_address|185.44.231.17⟧". That's not my IP, mine is ⟦ip_address|86.142.77.203⟧. Should I be worried? Account is Dave Ramsey-Hall's`,
  ],
  [
    "en",
    "login:password-wifi",
    `new router. SSID BT-7QK2 and the password on the card is ⟦password|XbT4-qrN7-Lp92⟧ but my laptop won't connect, says wrong password. what am i missing`,
  ],
  [
    "en",
    "login:password-nonnative",
    `Hello, my account of bank app is blocked. I write my user ⟦email|nguyen.thi.mai88@gmail.com⟧ and password ⟦password|Mai@Hanoi1988⟧ three time. What I must do now?`,
  ],
  [
    "en",
    "login:biometric",
    `Face ID stopped recognising me after my surgery. Apple support asked for details: I'm Gemma Hardcastle, I had ⟦health|a left orbital fracture repair⟧ and ⟦biometric|my enrolled face template was registered before the swelling⟧. Write the support message for me.`,
  ],
];

const SCHOOL: MarkedEntry[] = [
  [
    "en",
    "school:dob",
    `my kid's school form asks for all this, can you lay it out neatly? Child: Noah Okonjo, DOB ⟦date_of_birth|09/05/2017⟧, address ⟦street_address|31 Clover Drive, Milton Keynes MK4 3AZ⟧, emergency contact mum ⟦phone|07852 406 119⟧`,
  ],
  [
    "en",
    "school:health",
    `School trip consent, help me word the medical bit: Isla McBride, Year 6, ⟦health|epilepsy, last seizure April, buccal midazolam in her bag⟧.`,
  ],
  [
    "en",
    "school:email",
    `write an email to the office to update our contact details for Freya and Alfie Knowles, new mobile ⟦phone|07711 380 452⟧ and email ⟦email|knowles.family@btinternet.com⟧`,
  ],
  [
    "en",
    "school:ssn",
    `the school district enrollment packet asks for my son's social, is that required? it's ⟦us_ssn|284-61-7730⟧, Mateo Rivera, grade 3, we live at ⟦street_address|4417 Palm Ridge Ct, Orlando FL 32808⟧`,
  ],
  [
    "en",
    "school:financial",
    `Free school meals application — does our family qualify? Parent: Stacey Wilkins, ⟦financial|household income £14,200 a year⟧, ⟦financial|on Universal Credit £812 per month⟧, 2 kids.`,
  ],
];

/** Mixed placement: the data at the very start, before the request. */
const START: MarkedEntry[] = [
  [
    "en",
    "start:phone",
    `⟦phone|07984 552 017⟧ — that's my number, Josie Marsh. Can you write a lost dog poster with it? Brown spaniel called Biscuit, lost near Victoria Park.`,
  ],
  [
    "en",
    "start:email",
    `⟦email|r.singh.accounts@protonmail.com⟧ is my email, Rohan Singh, please write an out of office that tells people to use it while I'm away`,
  ],
  [
    "en",
    "start:address",
    `⟦street_address|22 Acacia Road, Nuneaton CV10 8QP⟧. That's the address, I'm Jean Whitlow and I need a letter to the council about the bins not being collected for 3 weeks`,
  ],
  [
    "en",
    "start:ni",
    `⟦national_id|NE 62 38 71 B⟧ my national insurance, Craig Fenwick, the job centre asked me to write a statement of my work history, can you help`,
  ],
  [
    "en",
    "start:health",
    `⟦health|Crohn's disease, on adalimumab fortnightly⟧ — this is me, Tasha Greaves. Write a message to my new manager asking for home-working days during flares.`,
  ],
  ["en", "start:dob-lower", `⟦date_of_birth|12/11/1979⟧ is my birthday and my name is pete sullivan, write me a funny bio for my dating profile`],
];

/** More categories and registers in the middle of a rambling request. */
const MIXED: MarkedEntry[] = [
  [
    "en",
    "mixed:driver",
    `So I got a speeding ticket and the form asks me to nominate the driver which was actually my partner Alex Moyo, his licence number is ⟦driver_license|MOYOA906103AM8LK⟧ and he lives with me, how do I fill this in without getting us both in trouble`,
  ],
  [
    "en",
    "mixed:driver-us",
    `Write a letter to the DMV to fix a typo on my license. Name: Kayla Brooks, License # ⟦driver_license|B4721938⟧, DOB ⟦date_of_birth|04/29/1997⟧, they spelled my street wrong.`,
  ],
  [
    "en",
    "mixed:passport-renew",
    `My passport ⟦passport|561093287⟧ expires in March, I'm Owen Price. Can you make me a checklist for renewing it online and tell me if I need a countersignatory?`,
  ],
  [
    "en",
    "mixed:health-rambling",
    `ok this is a lot but basically my flatmate Hamish Gillespie has been really low and yesterday he told me he was diagnosed with ⟦health|major depressive disorder⟧ and started ⟦health|fluoxetine 20mg⟧ and I want to write him a supportive message that isn't cringe can you help`,
  ],
  [
    "en",
    "mixed:financial-lower",
    `my girlfriend maya holt makes ⟦financial|52k⟧ and i make ⟦financial|31k⟧, we want to split rent fairly, rent is 1400, how much should each of us pay`,
  ],
  [
    "en",
    "mixed:email-phone",
    `Turn this into an email signature:
Nadia Petrova | Freelance Translator | ⟦phone|+44 7700 512 883⟧ | ⟦email|nadia@petrova-translates.co.uk⟧ | ⟦street_address|14 Fenwick Street, Liverpool L2 7NE⟧`,
  ],
  [
    "en",
    "mixed:sin",
    `I'm filling out my T4 return and I'm not sure about line 10100. Employment income ⟦financial|$57,840⟧, SIN ⟦national_id|420 905 416⟧. Name is Arjun Sidhu. What's line 10100 for?`,
  ],
  [
    "en",
    "mixed:health-voice",
    `hey so I just got back from the doctors and she said my blood pressure was ⟦health|168 over 102⟧ and she wants to start me on ⟦health|amlodipine five milligrams⟧ can you write down some questions I should ask at the next appointment my name is Winston Clarke`,
  ],
  [
    "en",
    "mixed:iban-pasted",
    `Write a friendly reminder to the people who owe for the hen do. Pay to:

Name: Kirsty Abernethy
IBAN: ⟦iban|GB58 BARC 2003 1847 2659 13⟧
Amount: £145 each`,
  ],
  [
    "en",
    "mixed:card-pasted",
    `this is what my mum wrote down from her card to buy the train tickets, can you tell me what's the expiry and what's the number? she wrote it all in one line lol

Jean Porter ⟦payment_card|4636161494881851⟧ 0926 cvv 418`,
  ],
  [
    "en",
    "mixed:medical-record",
    `Letter to the hospital asking for my records. MRN ⟦medical_record|MRN 00482917⟧, Tobias Lindqvist, born ⟦date_of_birth|02/08/1974⟧, treated in A&E 14 Oct for ⟦health|a fractured wrist⟧.`,
  ],
  [
    "en",
    "mixed:password-pasted",
    `can you write a note for my dad explaining how to log in to his email, i'll print it and stick it on the fridge:
email: ⟦email|derek.hollins1952@aol.com⟧
password: ⟦password|Poppy&Rosie1952⟧`,
  ],
];

export const SENSITIVE: MarkedEntry[] = [
  ...COVER,
  ...FORM,
  ...REPLY,
  ...CHECK,
  ...SUMMARISE,
  ...TRANSLATE,
  ...INVITE,
  ...DISPUTE,
  ...LOGIN,
  ...SCHOOL,
  ...START,
  ...MIXED,
];
