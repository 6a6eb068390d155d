/**
 * Development set 23, English entries: money, secrets, health, phones and driver's licences as ordinary people put
 * them into a chatbot (short chat questions, forwarded e-mails and SMS, WhatsApp-style messages, forms pasted from
 * PDFs with broken lines, OCR'd scans with odd spacing, bullet lists, voice-dictated text with numbers in words),
 * then hard negatives of the same shapes. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // financial
  ["en", "financial:card-chat:free", `my card got declined at tesco again?? its ⟦payment_card|4571 1366 7423 7873⟧ exp 09/28, is it blocked or what`],
  [
    "en",
    "financial:card-voice:voice",
    `ok so the card number is ⟦payment_card|four five seven one one three six six seven four two three seven eight seven three⟧ and the expiry is oh nine twenty eight can you check if that's a visa`,
  ],
  [
    "en",
    "financial:sortcode-sms:sms",
    `Fwd: Hi Dan, for the deposit send to: Name K. Whitlow, sort code ⟦bank_account|40-47-84⟧, acc no ⟦bank_account|31926645⟧. Ta! — is this a scam text or legit?`,
  ],
  [
    "en",
    "financial:sortcode-whatsapp:free",
    `[14:02] Gemma: pay me back for the flights when u can x\n[14:02] Gemma: ⟦bank_account|20 32 06⟧ / ⟦bank_account|73095516⟧\n[14:05] me: 👍\nhow do i write a polite reminder if she forgets?`,
  ],
  [
    "en",
    "financial:routing-email:email",
    `---------- Forwarded message ---------\nFrom: Tom Reyes\nSubject: direct deposit\n\nHi payroll, please switch my pay to my new credit union. Routing ⟦bank_account|030414585⟧ Account ⟦bank_account|4418 2290 37⟧. Thanks, Tom\n\nCan you make this sound more professional?`,
  ],
  [
    "en",
    "financial:routing-form:form",
    `Direct Deposit Authorization\nEmployee name: Brenda   Okafor\nBank routing\nnumber: ⟦bank_account|036402850⟧\nAccount\nnumber: ⟦bank_account|009 8812 4471⟧   Checking [x]  Savings [ ]\n(pasted from the pdf, can you tidy it into a table)`,
  ],
  [
    "en",
    "financial:iban-ocr:ocr",
    `OCR output from my landlord's letter, is the IBAN complete?\nPlease pay rent to R . Castellano\nI BAN : ⟦iban|GB16 NW BK 7395 3365 3763 09⟧\nRef: Flat 2`,
  ],
  ["en", "financial:iban-chat:free", `is ⟦iban|DE85023891891617921200⟧ a german or austrian account? my cousin Lena sent it for the wedding gift`],
  [
    "en",
    "financial:loan-chat:free",
    `My brother Aaron Fitch owes ⟦financial|£6,200⟧ on his car loan and another ⟦financial|£1,850⟧ on a Klarna plan. Should he consolidate?`,
  ],
  [
    "en",
    "financial:debt-email:email",
    `Fwd from my dad:\n"Sue, the bank says Grandpa Harold Pryce still owes ⟦financial|$14,380.22⟧ on the home equity line, and the payment of ⟦financial|$412⟧ bounced."\nWhat are our options after his death?`,
  ],
  ["en", "financial:salary-list:list", `pls make a budget for me:\n- Jordan Mbeki, take home ⟦financial|£2,340⟧/month\n- rent 950\n- car 180\n- kids club 220`],
  ["en", "financial:score-chat:free", `my husband Pete Lowry's credit score just dropped to ⟦financial|581⟧ from 690, will that stop us getting a mortgage?`],
  ["en", "financial:refund-sms:sms", `HMRC text to Maria Duarte: "Your tax refund of ⟦financial|£734.18⟧ has been approved." is this genuine? there's a link`],
  [
    "en",
    "financial:card-list:list",
    `Cards for the hotel booking (my mum Jean Tully's):\n• Visa ⟦payment_card|4740 2698 7996 2577⟧\n• MasterCard ⟦payment_card|5316-1180-1458-2298⟧\nwhich has better travel insurance?`,
  ],
  [
    "en",
    "financial:account-voice:voice",
    `send twenty pounds to my son his account number is ⟦bank_account|seven three one one zero four two six⟧ sort code ⟦bank_account|six oh one two three four⟧ write that as a message please`,
  ],
  ["en", "financial:amex-chat:free", `Amex ⟦payment_card|3768 841516 25962⟧ charged me twice for Deliveroo, how do I dispute it?`],
  [
    "en",
    "financial:salary-form:form",
    `Application form (copied from PDF):\nApplicant: Nadia Rahman   Annual gross\nsalary: ⟦financial|£41,500⟧   Other income: ⟦financial|£3,200⟧ (lodger)\nIs this enough to rent a 2-bed in Leeds?`,
  ],
  // credentials
  ["en", "credentials:wifi-chat:free", `the wifi at mum's is BT-Hub7-K29X and the key is ⟦password|fern-Lamp-4417⟧, how do I make the printer join it`],
  [
    "en",
    "credentials:door-sms:sms",
    `Airbnb host: "Hi Chloe! Key safe is left of the door, code ⟦password|2580⟧. Alarm code ⟦password|71#39⟧ if it beeps." — translate into Spanish for my friend`,
  ],
  ["en", "credentials:pin-voice:voice", `remind me tomorrow my new PIN is ⟦password|four seven one two⟧ and not the old one`],
  [
    "en",
    "credentials:bank-login-chat:free",
    `the login for the bank is jcarver88 / ⟦password|Biscuit!2019⟧ — my dad keeps forgetting, what's a safe place to write it down?`,
  ],
  [
    "en",
    "credentials:security-answer-list:list",
    `My security questions for the building society:\n- mother's maiden name: ⟦password|Hargreaves⟧\n- first pet: ⟦password|Muffin⟧\nIs it bad that these are real?`,
  ],
  [
    "en",
    "credentials:recovery-email:email",
    `Fwd: your backup codes\n\n⟦password|4829 1736⟧\n⟦password|9051 2284⟧\n⟦password|6637 0419⟧\n\nwhere should I keep these, my phone died last month`,
  ],
  ["en", "credentials:sky-chat:free", `Sky login is maggie.t@btinternet.com and it's ⟦password|Dorset1956⟧ — it says locked, why?`],
  [
    "en",
    "credentials:alarm-whatsapp:free",
    `[Dad]: alarm code is now ⟦password|4 0 9 1⟧ not the old one\n[Dad]: and the garage is ⟦password|1966⟧\nhow do I set a reminder to change these in a month`,
  ],
  [
    "en",
    "credentials:netflix-chat:free",
    `can u log in with mine, email sarahbeth.k@gmail.com pw ⟦password|sunflower22⟧ and tell me if the profile is still there`,
  ],
  ["en", "credentials:pin-chat:free", `my debit card PIN is ⟦password|8305⟧ and it keeps saying incorrect at the ATM, did they change it?`],
  [
    "en",
    "credentials:voice-wifi:voice",
    `okay write down the wifi password it's ⟦password|capital M m o o n l i g h t seven seven⟧ and the network is Vodafone 5G`,
  ],
  // health
  ["en", "health:chat-friend:free", `my friend Olivia Brandt was just diagnosed with ⟦health|multiple sclerosis⟧, what can I bring her in hospital?`],
  [
    "en",
    "health:sms-fwd:sms",
    `Fwd SMS from surgery: "Dear Mr K. Osei, your ⟦health|HbA1c 71 mmol/mol⟧ result is ready. GP wants to start ⟦health|metformin 500mg twice daily⟧." what does this number mean`,
  ],
  [
    "en",
    "health:pregnancy-email:email",
    `Hi Mark,\nJust to let you know Hannah Price is ⟦health|14 weeks pregnant⟧ and will need lighter duties from Monday.\nThanks, Bev\n\n(reword this for HR please)`,
  ],
  [
    "en",
    "health:mental-whatsapp:free",
    `[Tue 22:14] Becky: Liam's been signed off again, the ⟦health|depression⟧ is back and he's on ⟦health|sertraline 100mg⟧ now\nwhat should i say to him`,
  ],
  [
    "en",
    "health:disability-form:form",
    `School form (from PDF):\nPupil: Ethan  Marsh   Year 4\nMedical conditions: ⟦health|Type 1 diabetes⟧, ⟦health|ADHD⟧\nMedication in school: ⟦health|insulin pen⟧\ncan you fix the spacing`,
  ],
  [
    "en",
    "health:test-list:list",
    `Grandad's (Frank Dooley) blood results:\n• ⟦health|PSA 9.8⟧\n• ⟦health|eGFR 42⟧\n• cholesterol ⟦health|6.9⟧\nshould we be worried?`,
  ],
  [
    "en",
    "health:voice-med:voice",
    `note for Sandra Quinn she takes ⟦health|warfarin five milligrams⟧ every evening and ⟦health|bisoprolol two point five⟧ in the morning make it a list`,
  ],
  ["en", "health:chat-colleague:free", `how do I cover for Priya Nair while she's off with ⟦health|postnatal depression⟧? she hasn't told anyone else`],
  [
    "en",
    "health:ocr-letter:ocr",
    `scanned letter, fix the OCR:\nRe: Mrs  J o a n   Whitty  DOB on file\nDiag nosis: ⟦health|early onset Alzhei mer's disease⟧\nPlan: start ⟦health|donepezil 5 mg⟧ nocte`,
  ],
  ["en", "health:chat-autism:free", `my nephew Callum Reid has ⟦health|autism⟧ and ⟦health|epilepsy⟧, is it okay to take him to a fireworks show?`],
  // phones
  ["en", "phone:uk-chat:free", `can you text my neighbour Ruth for me, her mobile's ⟦phone|07823 461 905⟧ - say the parcel is with me`],
  ["en", "phone:uk-landline-ext:free", `Call Dr Patel's secretary on ⟦phone|0161 496 2273 ext. 214⟧ before noon, can you draft what I should say?`],
  [
    "en",
    "phone:us-dotted-sms:sms",
    `Fwd: "This is Mike the plumber, call me back at ⟦phone|412.867.3091⟧ to confirm Thurs." — how much should a leaky valve cost?`,
  ],
  ["en", "phone:voice-words:voice", `call my sister her number is ⟦phone|oh seven nine one two three four five six seven eight⟧ and tell her I'm late`],
  [
    "en",
    "phone:au-list:list",
    `Emergency contacts for the school trip:\n- Mum (Kylie Ng): ⟦phone|0412 739 856⟧\n- Dad (Sam Ng): ⟦phone|(02) 9847 3310⟧\nformat nicely please`,
  ],
  ["en", "phone:us-ocr:ocr", `OCR of a business card: J A M E S   T O R R E S   Realtor   cell  ⟦phone|( 6 1 7 )  5 2 8 - 4 4 9 1⟧ what's his area?`],
  ["en", "phone:ie-chat:free", `Whats the best time to ring Ireland from NY? my aunt's number is ⟦phone|087 214 6639⟧`],
  ["en", "phone:in-mixed:free", `bhai ka number ⟦phone|98201 47736⟧ hai, can you write a birthday wish for WhatsApp`],
  ["en", "phone:us-ext-email:email", `Fwd: Please reach me at my desk ⟦phone|(303) 555 2194 x 318⟧ or cell ⟦phone|720-481-6622⟧. — Carla\nsummarise`],
  // driver licences
  [
    "en",
    "driver_license:uk-chat:free",
    `the car hire place wants my licence number, it's ⟦driver_license|WHITL807154KJ9AB⟧ — do they also need the DVLA check code?`,
  ],
  [
    "en",
    "driver_license:ca-form:form",
    `Rental agreement (pasted from PDF)\nDriver: Marcus   Bell\nCA DL\n#: ⟦driver_license|D4418293⟧  Exp 03/29\nadditional driver: none\nis anything missing?`,
  ],
  ["en", "driver_license:ny-chat:free", `got a ticket and the form asks for my NY licence, it's ⟦driver_license|734 219 806⟧, where do I write it`],
  ["en", "driver_license:fl-ocr:ocr", `OCR of my Florida license, the numbers look wrong: DL NO  ⟦driver_license|T 6 2 4 - 7 1 8 - 5 3 - 2 1 4 - 0⟧  CLASS E`],
  [
    "en",
    "driver_license:au-voice:voice",
    `my licence number is ⟦driver_license|one one four seven three two nine eight⟧ from New South Wales put it in the form`,
  ],
  [
    "en",
    "driver_license:nolabel-list:list",
    `For the insurance quote:\n- Name: Aisha Begum\n- Licence: ⟦driver_license|BEGUM753116A99KT⟧\n- years driving: 6\nwhat else do they need?`,
  ],
  ["en", "driver_license:tx-sms:sms", `Fwd: "Hi, to release the van we need Derek's TX DL ⟦driver_license|28461937⟧ and DOB" — is that normal?`],
  // hard negatives
  ["en", "neg-financial:test-card:free", `What is the Stripe test card number, 4242 4242 4242 4242? Does any expiry work with it?`],
  ["en", "neg-financial:generic-loan:free", `Is it better to pay off a £6,000 car loan or save the money in an ISA at 4.5%?`],
  ["en", "neg-financial:example-iban:free", `How many characters is a UK IBAN? The example on the bank's site is GB82 WEST 1234 5698 7654 32.`],
  ["en", "neg-financial:average-salary:free", `What's the average salary for a nurse in the UK, around £35,000? Is that before tax?`],
  ["en", "neg-financial:score-range:free", `What credit score range counts as "good" in the US, 670 to 739?`],
  ["en", "neg-financial:sortcode-format:free", `How do sort codes work, why are they six digits like 12-34-56?`],
  ["en", "neg-financial:scam-sms:sms", `Got this SMS: "Your account has been suspended, call us to verify." No numbers in it, is it phishing?`],
  ["en", "neg-credentials:advice:free", `What makes a strong password? Is something like three random words with a number better than P@ssw0rd?`],
  ["en", "neg-credentials:pin-advice:free", `Which 4-digit PINs should you never use? I read 1234 and 0000 are the most common.`],
  ["en", "neg-credentials:wifi-howto:free", `How do I find the wifi password on my BT hub? Is it on the sticker at the back?`],
  ["en", "neg-credentials:security-q:free", `Is it safer to give fake answers to security questions like "mother's maiden name"?`],
  ["en", "neg-health:generic:free", `What are the early signs of multiple sclerosis, and how is it diagnosed?`],
  ["en", "neg-health:generic-dose:free", `What's the usual starting dose of metformin, 500mg twice a day?`],
  ["en", "neg-health:pregnancy-generic:free", `At 14 weeks pregnant, what size is the baby usually?`],
  ["en", "neg-health:public-figure:free", `Michael J. Fox has spoken publicly about Parkinson's disease — summarise his foundation's work.`],
  ["en", "neg-phone:helpline:free", `What's the NHS non-emergency number, 111? And is Samaritans still 116 123?`],
  ["en", "neg-phone:drama:free", `Write a short film scene where the villain says "call me at 555-0147".`],
  ["en", "neg-phone:format-question:free", `How do I write a UK mobile number in international format, e.g. 07700 900123 → +44 7700 900123?`],
  ["en", "neg-phone:company:free", `Is the Amazon customer service number 0800 279 7234 actually free to call from a mobile?`],
  ["en", "neg-driver_license:format:free", `What format does a UK driving licence number have? I know it's 16 characters and starts with the surname.`],
  ["en", "neg-driver_license:generic:free", `Can I drive in France with a US driver's license, or do I need an international permit?`],
];
