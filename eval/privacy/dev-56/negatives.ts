/**
 * dev-56 hard negatives: the same machine- and mail-processed artefacts (ASR transcripts, OCR'd scans, quoted and
 * forwarded email, SMS/WhatsApp exports, meeting notes, ticket histories) carrying no private person's data — business
 * switchboards and office addresses, transcripts of public talks, OCR'd textbooks and public notices, newsletters,
 * automated notices, documented example values, order and tracking numbers, dates that are not birthdays. `kind` is
 * `neg-<medium>:<what>`. Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const NEGATIVES: MarkedEntry[] = [
  // voicemail and call transcripts
  [
    "en",
    "neg-voicemail:business-phone",
    `transcribe: "hi this is uh Brightside Plumbing returning your call about the quote our office line is oh one one three four nine six two two eight eight that's our main number we're open eight till five"`,
  ],
  [
    "en",
    "neg-voicemail:business-phone",
    `voicemail text: hello this is a message from Riverside Dental to confirm an appointment tomorrow at ten thirty if you need to reschedule please call reception on nine oh five five five two seven seven one two`,
  ],
  [
    "en",
    "neg-voicemail:business-phone",
    `Auto transcript: "Thank you for calling First Metro Credit Union. Our branch hours are nine to five. For lost cards call one eight hundred four two two six nine one oh, twenty four hours."`,
  ],
  [
    "en",
    "neg-voicemail:automated",
    `voicemail (transcribed): this is an automated message from Thames Water there is planned work in your area on Tuesday between nine and three your supply may be interrupted`,
  ],
  [
    "en",
    "neg-voicemail:automated",
    `transcript: uh this is the school office just a reminder that Friday is a non uniform day bring one pound for charity thanks bye`,
  ],
  [
    "en",
    "neg-voicemail:automated",
    `auto transcript: "your package with tracking number one Z nine nine nine A A one oh one two three four five six seven eight four will be delivered today between two and six"`,
  ],
  [
    "en",
    "neg-voicemail:numbers",
    `voicemail transcript: hey it's Mike uh the game starts at seven forty five and tickets are twenty two fifty each section one oh four row twelve see you there`,
  ],
  [
    "en",
    "neg-voicemail:numbers",
    `clean this up: hi its Priya the recipe is two cups flour one and a half teaspoons baking soda bake at three fifty for twenty eight minutes`,
  ],
  [
    "en",
    "neg-call:public-talk",
    `Transcript of the keynote, make it a blog post: "so uh diabetes affects about one in eleven adults worldwide and metformin has been the first line treatment for decades, um, what's changed is the GLP-1 drugs"`,
  ],
  [
    "en",
    "neg-call:public-talk",
    `podcast transcript [00:14:02] HOST: and today we're talking about ADHD in adults, uh, Dr. Levin, what does diagnosis actually look like? [00:14:09] GUEST: so typically you'd see a psychiatrist`,
  ],
  [
    "en",
    "neg-call:public-talk",
    `Webinar captions: "the password should be at least twelve characters and um never reuse it across sites, a passphrase like three random words works well"`,
  ],
  [
    "en",
    "neg-call:public-talk",
    `lecture transcript: "Abraham Lincoln was born February twelfth eighteen oh nine in a log cabin in Kentucky uh and that's going to be on your quiz"`,
  ],
  [
    "en",
    "neg-call:earnings",
    `earnings call transcript Q3: "revenue grew eleven point four percent to two point three billion, uh, operating margin was eighteen point two" — summarise for investors`,
  ],
  [
    "en",
    "neg-call:earnings",
    `Transcript: "for investor questions please contact our IR team at four one five five five five zero one nine nine" — the operator then closed the line. pull the key figures`,
  ],
  [
    "en",
    "neg-call:support-script",
    `call centre training transcript: AGENT: can I take your date of birth please CALLER: sure AGENT: thank you and the first line of your address — write a better greeting for this script`,
  ],
  [
    "en",
    "neg-call:support-script",
    `[00:01:10] agent: for security I'll send a code to your phone, please don't read it out to me [00:01:20] customer: ok got it — is this a good verification practice?`,
  ],
  [
    "en",
    "neg-call:fiction",
    `Audiobook captions: "Inspector Hale read the dead man's address aloud, forty two Cable Street, and the room went quiet" — what chapter is this from`,
  ],
  [
    "en",
    "neg-call:health-general",
    `meeting transcript: uh so the study enrolled three hundred patients with type two diabetes and the A1C dropped by one point one on average — summarise the results`,
  ],

  // OCR
  ["en", "neg-ocr:textbook", `OCR from my textbook, fix the errors:\nExample 4.2 Solve 3x + l2 = 45. Subtract l2 from both sides: 3x = 33, so x = ll.`],
  ["en", "neg-ocr:textbook", `scanned history page:\nMarie Curie (born 7 November l867, Warsaw) was the first woman to win a Nobe1 Prize.\nmake flashcards`],
  [
    "en",
    "neg-ocr:textbook",
    `OCR text, biology chapter:\nType l diabetes is an autoimmune condition. lnsulin is produced by beta cel1s in the pancreas.\nsummarise`,
  ],
  ["en", "neg-ocr:textbook", `OCR from the pharmacology notes: Metf0rmin 5OO mg — first-line for T2DM; contraindicated if eGFR < 3O. quiz me`],
  [
    "en",
    "neg-ocr:form-template",
    `OCR of a blank form, make it a Google Form:\nFull name: ____________\nDate of birth: __ /__ / ____\nNational Insurance No: __ __ __ __ __\nSignature: ________`,
  ],
  ["en", "neg-ocr:form-template", `scanned template text:\nSSN: XXX-XX-XXXX   DOB: MM/DD/YYYY   Phone: (___) ___-____\nconvert to a fillable pdf layout`],
  [
    "en",
    "neg-ocr:business-card",
    `OCR'd business card: Greenleaf Landscaping Ltd | Unit 4, Riverside Ind. Est., Totnes TQ9 5JB | Office O18O3 55O 120 | info@greenleaf-landscaping.co.uk — make a vCard`,
  ],
  [
    "en",
    "neg-ocr:business-card",
    `card text: DR. NAOMI FELDMAN, Orthodontist — Smile Studio, Suite 2O0, 45O Main St, Burlington VT — Front desk (8O2) 864-32OO`,
  ],
  ["en", "neg-ocr:public-notice", `OCR of the council notice:\nROAD CLOSURE — Mill Lane, 14-l8 March, 7am-6pm.\nEnquiries: Highways, 0l392 383 OOO.`],
  [
    "en",
    "neg-ocr:public-notice",
    `text from the poster: LOST CAT "Biscuit" — ginger, white paws — last seen near Elm Park — please call the vet at Parkside Veterinary 0ll8 947 22OO`,
  ],
  ["en", "neg-ocr:receipt", `OCR receipt:\nTESC0 STORES 2l4l\n2 x MILK 1.45\nTOTAL £l2.80\nCARD ****l234\nAUTH 0O4l72\nwhat did I spend on dairy`],
  [
    "en",
    "neg-ocr:receipt",
    `scanned invoice: Invoice No INV-2O24-O881  Date l2/O3/2O24  Amount due $1,45O.OO  Bank: Northside Builders Pty Ltd — can you check the maths`,
  ],
  ["en", "neg-ocr:menu", `menu OCR: Mains — Lamb shank £l8.5O, Fish & chips £l4.OO. Bookings: O2O 7946 O0l8 (restaurant)\nconvert to JSON`],
  [
    "en",
    "neg-ocr:book",
    `OCR from a novel: "Eleanor swallowed the last of her pil1s; the doctor had said her heart would not last the winter." what's the tone here`,
  ],
  ["en", "neg-ocr:example", `OCR of the HMRC leaflet: An example National Insurance number is QQ l2 34 56 C. Yours is on your payslip.`],

  // email
  [
    "en",
    "neg-email:signature",
    `Kind regards,\nSarah Whitlock\nHead of Partnerships, Larkfield Homes\nT: 0161 496 0000 (switchboard)\n1 Spinningfields, Manchester M3 3AP\n\nshorten this signature`,
  ],
  [
    "en",
    "neg-email:signature",
    `--\nCustomer Success | Vantage Analytics Inc.\n+1 (800) 555-0199 | support@vantage-analytics.com\n500 Howard St, San Francisco CA\n\nis this signature too long?`,
  ],
  [
    "en",
    "neg-email:thread-work",
    `> On Wed, Tom Ashby wrote:\n> > can we move the Q3 review to Thursday 2pm?\n> Works for me.\nSounds good, booked Room 4.\n\nsummarise the thread`,
  ],
  [
    "en",
    "neg-email:thread-work",
    `>> the deploy failed on build 4417 because of the lockfile\n> fixed in PR #2291, please re-run\nthanks!\nwrite a changelog line`,
  ],
  [
    "en",
    "neg-email:forward-newsletter",
    `---------- Forwarded message ---------\nFrom: The Running Club <news@runclub.org>\nSubject: Spring 10K — 14 April\n\nRace starts 9am at Hyde Park, register by 1 April, £25.\n\nmake a calendar entry`,
  ],
  [
    "en",
    "neg-email:forward-newsletter",
    `Fwd: Health Matters newsletter\n> This month: 5 signs of vitamin D deficiency, and why sleep matters for blood pressure.\n> Unsubscribe\nsummarise for my blog`,
  ],
  [
    "en",
    "neg-email:automated",
    `> From: no-reply@accounts.example-bank.co.uk\n> Your password was changed on 3 March at 10:41. If this wasn't you, call us on the number on the back of your card.\nis this phishing?`,
  ],
  [
    "en",
    "neg-email:automated",
    `Fwd: Your order has shipped\n> Order #112-4471902-55831 — arriving Thursday. Track at the carrier's site.\nwhen will it arrive`,
  ],
  [
    "en",
    "neg-email:automated",
    `> Reminder: your annual flu jab is due. Book online or call the practice on 01632 960 000.\n> Parkview Medical Centre\nwrite a reminder to myself`,
  ],
  [
    "en",
    "neg-email:policy",
    `Fwd: IT notice\n> Never send your password by email. IT will never ask for it. Passwords must be 14+ characters.\ncan you make this a poster`,
  ],
  [
    "en",
    "neg-email:thread-health-general",
    `> > is the office closed for the bank holiday?\n> Yes, and reminder that flu vaccines are available at reception on the 12th.\nthanks\n\nturn this into a staff announcement`,
  ],
  [
    "en",
    "neg-email:public-figure",
    `Fwd: press release\n> Senator Dana Ruiz (born 1962) will speak at the town hall on 9 May about healthcare funding.\nwrite a tweet`,
  ],
  [
    "en",
    "neg-email:example",
    `> For the test account use SSN 123-45-6789 and IBAN GB29 NWBK 6016 1331 9268 19 (documented examples)\n> Do not use real customer data.\nrewrite as a QA guideline`,
  ],
  [
    "en",
    "neg-email:business-bank",
    `> Please pay invoice 2291 to Harbour Supplies Ltd, sort code 20-00-00 on the invoice, reference INV2291.\nis this a common invoice scam format?`,
  ],

  // SMS / WhatsApp
  [
    "en",
    "neg-sms:logistics",
    `[14/03/2025, 18:02:11] Mum: dinner at 7\n[14/03/2025, 18:03:40] Kiera: can we do 7:30, bus is late\n[14/03/2025, 18:04:02] Mum: ok\nsummarise`,
  ],
  [
    "en",
    "neg-sms:logistics",
    `WhatsApp export:\n12/1/24, 9:00 AM - Dan: flight BA 2491 lands 14:35 gate 22\n12/1/24, 9:01 AM - Sam: I'll be at arrivals\nmake a plan`,
  ],
  [
    "en",
    "neg-sms:logistics",
    `texts:\nJosh (3:12 PM): parcel tracking 9400 1118 9922 3346 1577 50, says out for delivery\nMe: nice\nwhat carrier uses this format`,
  ],
  [
    "en",
    "neg-sms:group",
    `[02/06/2024, 08:11] Anjali: match starts 7:30 IST, India need 184 off 20 overs\n[02/06/2024, 08:12] Rahul: easy 😂\nwrite a funny reply`,
  ],
  [
    "en",
    "neg-sms:group",
    `school mums chat:\nKayleigh: bake sale is Friday, 2-4pm\nRachel: I'll bring 24 cupcakes\nTash: gluten free ones too pls\nmake a list`,
  ],
  ["en", "neg-sms:business", `SMS: Your appointment at Bright Smiles Dental is on 14 Mar at 10:30. Reply C to confirm or call 0207 946 0321.\nis this real`],
  [
    "en",
    "neg-sms:business",
    `Text from Domino's: your order #5521 is out for delivery, ETA 18:42. Questions? call the store on 01632 960 117.\nwhat does ETA mean`,
  ],
  ["en", "neg-sms:automated", `SMS: AUSPOST: Your parcel 33LPX0048812 is ready to collect from Fitzroy Post Office, 6 Johnston St. Bring ID.\nwhere do I go`],
  [
    "en",
    "neg-sms:automated",
    `text: NHS: Your COVID booster is available. Book at the national booking service or call 119. Do not reply.\nis 119 a real number?`,
  ],
  [
    "en",
    "neg-sms:health-general",
    `[21/02/2025, 10:31] Bukola: reading about sickle cell awareness month, sharing this article for the group 🔗\n[21/02/2025, 10:32] Femi: thanks\nwrite a caption`,
  ],
  ["en", "neg-sms:own-nonidentifying", `chat:\nMe: ugh I've got a cold\nJo: drink some lemsip and sleep\nMe: will do\nmake this funnier`],
  [
    "en",
    "neg-sms:fiction",
    `WhatsApp roleplay export for my story:\n[9/14/24, 11:04] Detective Ray: the victim lived at 221B Baker Street\n[9/14/24, 11:05] Watson: classic\nis this a plot hole?`,
  ],
  [
    "en",
    "neg-sms:password-talk",
    `[03/01/2025, 12:00] Grandma: what's a password manager?\n[03/01/2025, 12:02] Zoe: it remembers all your passwords so you only need one\nexplain it simpler`,
  ],

  // meeting notes
  ["en", "neg-notes:work", `Meeting notes 3 Apr:\n- Q2 OKRs signed off\n- budget £42k approved for the CRM\n- next review 17 April 10:00\nclean these up`],
  ["en", "neg-notes:work", `Standup 11/4\n- Marta: rotated the staging creds (stored in vault, not here)\n- Ben: release 2.14.1 blocked on QA\nsummarise`],
  [
    "en",
    "neg-notes:work",
    `sprint retro notes:\n• too many meetings\n• deploy on Fridays = pain\n• action: Kwame to set up on-call rota by 19/12\nformat as a table`,
  ],
  [
    "en",
    "neg-notes:health-policy",
    `HR meeting notes:\n- new sick leave policy: self-cert up to 7 days\n- mental health first aiders trained: 6\n- EAP number on intranet\nturn into an announcement`,
  ],
  [
    "en",
    "neg-notes:public",
    `Notes from the council meeting (public minutes):\n- Cllr Patel moved the motion on Mill Lane parking\n- vote 7-3\n- next meeting 14 May, Town Hall, 7pm`,
  ],
  ["en", "neg-notes:lecture", `Lecture notes wk 5:\n* hypertension: >140/90\n* first line: ACE inhibitors e.g. ramipril\n* lifestyle changes\nmake flashcards`],
  [
    "en",
    "neg-notes:tenants",
    `Notes from tenants' meeting:\n- heating repairs scheduled for block C on Tues\n- landlord's office: 0113 496 0400, open weekdays\nwrite the summary letter`,
  ],

  // ticket histories
  [
    "en",
    "neg-ticket:reset",
    `Ticket #48213 history:\n[2025-01-09 10:02] Customer: can't log in\n[2025-01-09 10:15] Agent: I've sent a reset link to the email on file\n[2025-01-09 10:30] Customer: worked, thanks\nwrite a closing note`,
  ],
  [
    "en",
    "neg-ticket:reset",
    `Zendesk thread:\n--- Customer: lost my 2FA device\n--- Agent: identity verified via the standard process, 2FA reset. Please set up new backup codes.\nsummarise`,
  ],
  [
    "en",
    "neg-ticket:order",
    `Case history #55190:\n09:12 customer: order 8842-1190 arrived damaged\n09:40 agent: replacement sent, tracking JD014600003828123456\ndraft a follow up`,
  ],
  ["en", "neg-ticket:order", `Freshdesk ticket:\nRequester: (redacted)\nMessage: invoice INV-10442 shows the wrong VAT, should be 20%\nstatus: pending\nreply`],
  [
    "en",
    "neg-ticket:bug",
    `Jira SUP-3312 comments:\nreporter: date picker shows 01/01/1970 for every user\nassignee: epoch default bug, fix in 3.2.0\nwrite release notes`,
  ],
  [
    "en",
    "neg-ticket:bug",
    `GitHub issue thread:\n> phone field rejects +44 numbers\n> repro: enter +44 20 7946 0958 (Ofcom drama number) — validation fails\nwrite a test case`,
  ],
  [
    "en",
    "neg-ticket:business-address",
    `Ticket 7731: customer asks where to return the item. Agent: send to Returns Dept, Unit 7 Park Royal Trading Estate, London NW10 7LQ.\nsummarise`,
  ],
  [
    "en",
    "neg-ticket:health-general",
    `Ticket #66120 (facilities): request for an accessible parking bay near entrance B and a ramp for deliveries\nwrite the reply`,
  ],
  [
    "en",
    "neg-ticket:test-data",
    `Ticket QA-77: test user created — name Test User, DOB 01/01/1900, SSN 000-00-0000, phone 555-0100 (dummy values)\nis the fixture OK?`,
  ],
  [
    "en",
    "neg-ticket:national-id-talk",
    `Service desk log:\n14:02 caller asked how to find their TFN — directed to the ATO website\n14:10 resolved\nwrite a summary`,
  ],
  [
    "en",
    "neg-ticket:national-id-talk",
    `Ticket #3021 — applicant asks whether SIN is required for a student job. Agent: yes, apply at Service Canada.\nrewrite politely`,
  ],
];
