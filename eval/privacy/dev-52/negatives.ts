/**
 * dev-52 hard negatives: the same assistant tasks with no private person's data — templates with placeholders,
 * questions about formats, public figures and companies, fictional characters, anonymised examples, general health and
 * money questions, an unnamed relative's condition (policy: not reported), support numbers, office addresses and
 * documentation values (see README.md). `kind` is `neg-<task>:<what>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const COVER: MarkedEntry[] = [
  [
    "en",
    "neg-cover:template",
    `write me a cover letter template for a barista job with placeholders like [Your Name], [Address], [Phone], [Email] so I can fill it in later`,
  ],
  [
    "en",
    "neg-cover:format",
    `What should go in a UK CV header? Do I need my date of birth, nationality or full address, or just town and phone? Is it illegal for them to ask my age?`,
  ],
  [
    "en",
    "neg-cover:health-general",
    `should you mention a disability like type 1 diabetes in a cover letter or wait until after the offer? what does the Equality Act say`,
  ],
  [
    "en",
    "neg-cover:fiction",
    `For my novel: write the cover letter Elizabeth Bennet would send to apply as governess at Pemberley, 1813 style, signed from Longbourn, Hertfordshire.`,
  ],
  ["en", "neg-cover:salary-general", `how do I ask for a salary of around 80k when the advert says 65-75k? give me a couple of phrasings`],
  [
    "en",
    "neg-cover:nonnative",
    `Please write cover letter for visa sponsorship job in UK. I am civil engineer 8 years experience, I want to say I am ready to relocate. Please make good english, leave space for my name and contact.`,
  ],
  [
    "en",
    "neg-cover:company",
    `Write a cover letter to Grindhouse Coffee, 1 Market Street, Bristol BS1 1AA. The hiring email on their website is jobs@grindhousecoffee.co.uk. Leave my details blank.`,
  ],
  [
    "en",
    "neg-cover:ssn-question",
    `The background check company is asking me for my SSN before an offer, is that normal in the US? What's the safest way to send it?`,
  ],
];

const FORM: MarkedEntry[] = [
  [
    "en",
    "neg-form:ni-format",
    `what does a UK NI number look like? is it two letters six digits and a letter, like QQ 12 34 56 C? which letters are never used?`,
  ],
  ["en", "neg-form:sin-question", `Is it normal for a landlord in Quebec to ask for my SIN on a rental application? Can I refuse?`],
  ["en", "neg-form:tfn-format", `How many digits is an Australian tax file number and how does the check digit work? Show me with a made-up example.`],
  [
    "en",
    "neg-form:passport-specimen",
    `On the ESTA form, where do I put the passport number? On the UK specimen passport it's the 9 digits top right, is that the one?`,
  ],
  ["en", "neg-form:driver-format", `explain the UK driving licence number format, what do the 16 characters mean (surname, birth date, initials)?`],
  [
    "en",
    "neg-form:bank-template",
    `make a direct debit form template with boxes for Name, Sort code (__-__-__), Account number (8 digits), Signature and Date`,
  ],
  ["en", "neg-form:iban-example", `what's the format of a German IBAN? the Bundesbank example is DE89 3704 0044 0532 0130 00, what do the parts mean?`],
  ["en", "neg-form:routing-public", `What's the routing number for Chase in New York? Google shows 021000021, is that for ACH and wires both?`],
  [
    "en",
    "neg-form:health-relative",
    `help me answer the medical conditions box on the swim club form, my son has asthma and uses an inhaler before exercise, how much detail do they need?`,
  ],
  ["en", "neg-form:taxid-question", `W-9 question: as a sole proprietor should I put my EIN or my SSN in part I? Does it matter for the 1099?`],
  ["en", "neg-form:utr-question", `Where do I find my UTR? Is it the 10 digit number on HMRC letters? How is it different from my NI number?`],
  ["en", "neg-form:biometric-general", `What biometrics does the UK BRP appointment collect, just fingerprints and a photo? How long do they keep them?`],
];

const REPLY: MarkedEntry[] = [
  [
    "en",
    "neg-reply:template",
    `Draft a reply to a landlord who says the tenant owes for a broken boiler. Use [Landlord name], [Tenant name], [Property address] as placeholders.`,
  ],
  [
    "en",
    "neg-reply:relative-health",
    `can you write an email to my boss saying im off this week, my mum has had a fall and broke her hip so I need to look after her`,
  ],
  [
    "en",
    "neg-reply:marketplace",
    `reply to this for me, keep it short: "Hi, is the sofa still available?" — yes still here, collection only, message me here to arrange`,
  ],
  ["en", "neg-reply:money-general", `How do I say no to a family member who keeps asking to borrow money, without starting a war? Give me a text I can adapt.`],
  ["en", "neg-reply:public-email", `write a follow up email to press@bbc.co.uk asking if they received my pitch about the local library closing`],
  [
    "en",
    "neg-reply:council-office",
    `Write a letter to Renfrewshire Council, Renfrewshire House, Cotton Street, Paisley PA1 1AN, asking them to correct a misspelled name on council tax letters. Keep the person's name as [NAME].`,
  ],
  [
    "en",
    "neg-reply:teacher-general",
    `What's a good way to tell a teacher my child is starting ADHD medication? Should I include the dose or just say she may be tired?`,
  ],
  [
    "en",
    "neg-reply:card-test",
    `The hotel wants card details by email, is that safe? For the booking form on my test site I'm using Stripe's test card 4242 4242 4242 4242.`,
  ],
  [
    "en",
    "neg-reply:ip-docs",
    `write a complaint to my ISP that my connection drops every evening. for the example traceroute in the letter use 203.0.113.5 as the hop`,
  ],
  [
    "en",
    "neg-reply:debt-general",
    `if an ex leaves you with a joint car loan in the UK, are you both liable for the whole balance? what letter should you send the lender?`,
  ],
];

const CHECK: MarkedEntry[] = [
  [
    "en",
    "neg-check:payslip-general",
    `how do I check a UK payslip is right? what's the tax-free allowance for 1257L and what percentage is employee NI this year?`,
  ],
  [
    "en",
    "neg-check:tax-general",
    `If I earn £41,250 from a job and £8,900 from self employment, roughly how much tax and NI would someone owe? Just a ballpark, 2025/26 rates.`,
  ],
  ["en", "neg-check:iban-how", `How can I check an IBAN is valid before sending money? Explain the mod 97 check with the example GB82 WEST 1234 5698 7654 32.`],
  [
    "en",
    "neg-check:statement-general",
    `why is my bank balance always lower than I expect? give me a simple budgeting method for someone who orders a lot of takeaway lol`,
  ],
  ["en", "neg-check:pension-general", `Is a pension pot of £186,000 at 59 enough to retire on in the UK? What income would that give at 67 roughly?`],
  ["en", "neg-check:card-luhn", `how does the luhn check work for card numbers? walk me through it with 4111 1111 1111 1111`],
  [
    "en",
    "neg-check:ssn-format",
    `Which SSNs are invalid? I know 000, 666 and 900-999 area numbers are never issued, and 078-05-1120 was the famous wallet card one.`,
  ],
  ["en", "neg-check:health-general", `what does an HbA1c of 52 mmol/mol mean? is that diabetes or pre-diabetes? and what's a normal LDL?`],
  [
    "en",
    "neg-check:debt-general-voice",
    `okay so um if someone has a credit card balance of about five thousand dollars and pays three hundred a month at like 24 percent how long does it take to pay off`,
  ],
  [
    "en",
    "neg-check:public-figure-salary",
    `Is it true the Prime Minister's salary is about £172,000 including the MP salary? How does that compare to the US president's $400,000?`,
  ],
];

const SUMMARISE: MarkedEntry[] = [
  [
    "en",
    "neg-summarise:anonymised",
    `Summarise this anonymised case for my nursing exam: "A 68-year-old man presented with chest pain; diagnosis NSTEMI with triple-vessel disease; referred for CABG." Explain each term.`,
  ],
  [
    "en",
    "neg-summarise:relative",
    `explain this like im 12: my mum has stage 2 chronic kidney disease because of high blood pressure. what does stage 2 mean?`,
  ],
  ["en", "neg-summarise:term", `What does "suspected obstructive sleep apnoea, Epworth 16" mean on a referral letter? Is 16 high?`],
  [
    "en",
    "neg-summarise:relative-typos",
    `can u explain what lamotrigine titrating means, my husbund was started on it for bipolar, what dose do they usualy go up to`,
  ],
  ["en", "neg-summarise:public-figure", `Summarise what's publicly known about King Charles's cancer diagnosis announced in February 2024.`],
  [
    "en",
    "neg-summarise:fiction",
    `Write a discharge summary for a TV drama: patient is Dr Gregory House, diagnosis chronic leg pain after infarction, medication Vicodin. Make it look realistic.`,
  ],
  [
    "en",
    "neg-summarise:debt-template",
    `tl;dr what a standard debt collection letter usually says, and what my rights are if I get one with "outstanding balance" and a 14 day deadline`,
  ],
  [
    "en",
    "neg-summarise:health-nonnative",
    `Please explain me what is gestational diabetes, my wife is pregnant 28 weeks and doctor say diet controlled. Is dangerous for baby?`,
  ],
];

const TRANSLATE: MarkedEntry[] = [
  ["en", "neg-translate:own-symptom", `how do I say "I need my anxiety medication refilled" in Spanish? I'm going to a pharmacy in Malaga`],
  ["en", "neg-translate:public-address", `Translate to French: "Our office is at 10 Downing Street, London SW1A 2AA; for press enquiries call 020 7930 4433."`],
  ["en", "neg-translate:phrasebook", `Put these into Japanese for hotel check in: "I have a reservation", "Here is my passport", "What time is breakfast?"`],
  [
    "en",
    "neg-translate:allergy-card",
    `translate into Thai, I need a generic allergy card for restaurants: "I have a severe shellfish allergy. No prawns, crab or fish sauce please."`,
  ],
  [
    "en",
    "neg-translate:bio",
    `Translate to German: Seamus Heaney was born on 13 April 1939 at Mossbawn, County Derry, and won the Nobel Prize in Literature in 1995.`,
  ],
];

const INVITE: MarkedEntry[] = [
  ["en", "neg-invite:template", `make a birthday invite template for a 7 year old with blanks for [child's name], [date], [address] and [RSVP number]`],
  [
    "en",
    "neg-invite:venue",
    `Write a housewarming invite, it's at the Railway Club, 2 Station Road, Fitzroy VIC 3065 (the pub does functions), Saturday from 6`,
  ],
  ["en", "neg-invite:fiction", `invite text for Bilbo Baggins's eleventy-first birthday at Bag End, Hobbiton, RSVP by raven, dress code: respectable`],
  [
    "en",
    "neg-invite:nut-general",
    `Can you do a kids party invite and add a line asking parents not to bring anything with nuts because one of the guests has an allergy`,
  ],
  ["en", "neg-invite:lower", `baby shower invite for my sister, saturday 8 march 1pm at the church hall, rsvp on the whatsapp group, make it pink and cute`],
];

const DISPUTE: MarkedEntry[] = [
  ["en", "neg-dispute:how", `how do I dispute a card charge for a gym subscription I cancelled in September? Section 75 or chargeback?`],
  [
    "en",
    "neg-dispute:masked",
    `write a chargeback letter to amex for me, card ending 1005, merchant never delivered the sofa ($1,240), order placed Aug 12. leave my name as [Name]`,
  ],
  [
    "en",
    "neg-dispute:support-number",
    `Santander's fraud line is 0800 9 123 123, right? What should I have ready when I call about a direct debit I never set up?`,
  ],
  ["en", "neg-dispute:iban-format", `I paid a deposit to the wrong IBAN, can a bank recall a SEPA transfer? How long does it take and is there a fee?`],
  [
    "en",
    "neg-dispute:company",
    `Draft a complaint to Octopus Energy about an estimated meter reading. Their complaints address is on their website, UK House, 164-182 Oxford Street, London W1D 1NN.`,
  ],
  [
    "en",
    "neg-dispute:voice",
    `hey can you write an email to my bank saying I didn't make a payment of 312 pounds 40 to some website called luxdeals I've never heard of it and I want my money back`,
  ],
];

const LOGIN: MarkedEntry[] = [
  [
    "en",
    "neg-login:rules",
    `why cant i log in, it says password must have 12 characters, an uppercase letter and a symbol. is something like Password123! still weak?`,
  ],
  [
    "en",
    "neg-login:placeholder",
    `my script fails with 401, here's the call:
curl -H "Authorization: Bearer $API_KEY" https://api.example.com/v1/chat
what am I doing wrong? the env var is set in .bashrc`,
  ],
  [
    "en",
    "neg-login:ip-docs",
    `What does "new sign-in from 192.0.2.44" mean? Is that a real IP or a documentation address? How do I see which IP my router has?`,
  ],
  ["en", "neg-login:wifi-default", `new router won't connect. the default admin login is admin/admin and the page is at 192.168.1.1, what do I change first?`],
  ["en", "neg-login:nonnative", `Hello, my account of bank app is blocked after I write wrong password three time. What I must do now? Bank is Monzo.`],
  [
    "en",
    "neg-login:faceid-general",
    `Face ID stopped recognising me after facial surgery and swelling, will resetting it help? How does Apple store the face data?`,
  ],
];

const SCHOOL: MarkedEntry[] = [
  [
    "en",
    "neg-school:template",
    `my kid's school form asks for child name, date of birth, address and emergency contact, can you make me a neat layout with blank lines to fill by hand?`,
  ],
  [
    "en",
    "neg-school:health-general",
    `school trip consent form, how should a parent word an epilepsy care plan? what info do teachers usually need about rescue medication?`,
  ],
  ["en", "neg-school:office", `write an email to the school office at office@stmarys-primary.org.uk asking when the spring term starts`],
  ["en", "neg-school:ssn-question", `Does a US school district enrollment packet legally require a child's social security number? Florida specifically.`],
  ["en", "neg-school:financial-general", `Free school meals in England — what's the household income threshold for families on Universal Credit?`],
];

const START: MarkedEntry[] = [
  [
    "en",
    "neg-start:support-phone",
    `0800 111 999 — that's the number on the lost dog poster template from the council, can you write me the poster text around it? Brown spaniel, lost near Victoria Park.`,
  ],
  ["en", "neg-start:role-email", `support@example.com is what I want people to contact, write an out of office that points them there while the team is away`],
  ["en", "neg-start:address-public", `1600 Pennsylvania Avenue NW, Washington, DC 20500 — how would you format that on an envelope from the UK?`],
  ["en", "neg-start:ni-docs", `QQ 12 34 56 C is what HMRC uses in examples, right? I'm making a mock form for a training course and want a safe fake one.`],
  [
    "en",
    "neg-start:health-general",
    `Crohn's disease flares — what reasonable adjustments can someone ask their employer for? Write a generic request letter.`,
  ],
  [
    "en",
    "neg-start:date-lower",
    `12/11 is a weird date, is it the 12th of november or december 11? write me a funny bio for a dating profile that jokes about date formats`,
  ],
];

const MIXED: MarkedEntry[] = [
  [
    "en",
    "neg-mixed:driver-question",
    `So I got a speeding ticket and the form asks me to nominate the driver, what happens if it was someone else driving? do I need their licence number?`,
  ],
  ["en", "neg-mixed:dmv-general", `How do I get the DMV to fix a typo on a driver's license in California? Is there a form number?`],
  ["en", "neg-mixed:passport-renew", `Make me a checklist for renewing a UK passport online, and tell me when you need a countersignatory.`],
  [
    "en",
    "neg-mixed:friend-unnamed",
    `ok basically a friend has been really low and just started antidepressants and I want to write them a supportive message that isn't cringe can you help`,
  ],
  ["en", "neg-mixed:rent-split", `if one partner earns 52k and the other 31k, how should they split rent of 1400 fairly? proportional or 50/50?`],
  [
    "en",
    "neg-mixed:signature-template",
    `Turn this into an email signature template:
[Name] | [Job title] | [Phone] | [Email] | [Company address]`,
  ],
  ["en", "neg-mixed:t4-general", `What's line 10100 on a Canadian tax return? Is it the same as box 14 on the T4?`],
  [
    "en",
    "neg-mixed:bp-general-voice",
    `hey so what does a blood pressure of 168 over 102 mean is that stage 2 hypertension and what do doctors usually start you on`,
  ],
  [
    "en",
    "neg-mixed:iban-docs",
    `Write a friendly reminder to people who owe for the hen do. Pay to:

Name: [Organiser]
IBAN: GB00 XXXX 0000 0000 0000 00
Amount: £145 each`,
  ],
  [
    "en",
    "neg-mixed:card-test",
    `for testing our checkout, which card should I use? I've seen 4000 0000 0000 0002 for declines and 5555 5555 5555 4444 for Mastercard, expiry any future date, cvv 123`,
  ],
  ["en", "neg-mixed:records-general", `How do I request my hospital records in the UK? Is it a subject access request, and do they charge?`],
  [
    "en",
    "neg-mixed:password-note",
    `can you write a note for my dad explaining how to log in to his email, i'll print it and stick on the fridge. leave blank lines for the email and password, he'll write them himself`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
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
