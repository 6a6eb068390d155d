/**
 * Development set 22, English entries: hard negatives that look private but identify nobody (the writer's own birth
 * date with no name, children's ages and birthdays in parenting questions, business and public-office addresses,
 * dates in contracts between companies, password policies and strength questions about example strings, PIN and OTP
 * explanations, first-person health questions, salary ranges and public company financials, business and helpline
 * phone numbers, licence-plate and driving-licence formats), then matched positives (the same shapes with a named
 * private person). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- the writer's own birth date, no name ---------------------------------------------------------------------
  ["en", "neg-own-dob:zodiac-casual:free", `I was born on 14 February 1993 — which star sign does that make me, and what day of the week was it?`],
  ["en", "neg-own-dob:age-math-casual:free", `My birthday is 3 September 1988. How many days old am I today, roughly? Show the calculation.`],
  ["en", "neg-own-dob:retirement-formal:free", `If my date of birth is 22/07/1971, when can I claim the UK State Pension under the current rules?`],
  ["en", "neg-own-dob:form-dev:code", `Our signup form rejects "1999-02-30" as a birth date but accepts "1999-02-28". Is the validator right?`],
  ["en", "neg-own-dob:chinese-zodiac-casual:free", `Born 11 November 1996 — am I a Rat or an Ox in the Chinese zodiac?`],
  // --- children's ages and birthdays in parenting questions, no name ---------------------------------------------
  ["en", "neg-child-age:sleep-casual:free", `My daughter turned 2 on 5 March and still wakes up three times a night. Is that normal for her age?`],
  ["en", "neg-child-age:school-start-uk:free", `My son was born on 29 August 2021. Does he start Reception in September 2025 or can we defer to 2026?`],
  ["en", "neg-child-age:party-casual:free", `Ideas for a dinosaur-themed 6th birthday party on Saturday 18 April for about 12 kids?`],
  ["en", "neg-child-age:vaccines-us:free", `Our baby was born 10 January 2026. Which vaccines are due at the 2-month and 4-month visits?`],
  ["en", "neg-child-age:milestones-casual:free", `My twins are 14 months old (born 2 October 2024) and only one of them walks. Should I worry?`],
  // --- business and public-office addresses inside ordinary requests ----------------------------------------------
  ["en", "neg-address:dmv-us:free", `Is the DMV office at 1377 Fell Street, San Francisco, CA 94117 open on Saturdays for licence renewals?`],
  ["en", "neg-address:council-uk:free", `Where do I hand in a parking appeal? The letter says Westminster City Council, 64 Victoria Street, London SW1E 6QP.`],
  [
    "en",
    "neg-address:restaurant-review-casual:free",
    `Write a 3-star review for Luigi's Trattoria, 42 High Street, Oxford OX1 4AP — pasta great, service slow.`,
  ],
  [
    "en",
    "neg-address:supplier-formal:doc",
    `Draft a purchase order to Brightline Office Supplies Ltd, Unit 7, Riverside Industrial Estate, 15 Mill Lane, Leicester LE2 7QT, for 20 reams of A4.`,
  ],
  ["en", "neg-address:tax-office-in:free", `Which documents should I carry to the Income Tax Office, Aayakar Bhavan, 121 Mahatma Gandhi Road, Chennai 600034?`],
  ["en", "neg-address:gym-casual:free", `Does PureGym at 200 Deansgate, Manchester M3 3NW have showers and lockers? I'm thinking of joining.`],
  ["en", "neg-address:clinic-au:free", `The walk-in clinic at Level 2, 580 George Street, Sydney NSW 2000 — do they bulk bill on weekends?`],
  // --- dates in contracts and leases between companies -------------------------------------------------------------
  [
    "en",
    "neg-contract:lease-formal:doc",
    `Review this clause: "The Lease between Harbourside Properties Ltd and Nimbus Analytics Ltd commences on 1 April 2026 and expires on 31 March 2031, with a break option on 1 April 2029." Is the break date enforceable?`,
  ],
  [
    "en",
    "neg-contract:nda-formal:doc",
    `This NDA between Orbital Foods Inc. and Greenfield Packaging LLC is dated 15 January 2026 and lasts three years. When does confidentiality end?`,
  ],
  [
    "en",
    "neg-contract:supply-dev:code",
    `contract:\n  parties: ["Kestrel Motors GmbH", "Alpine Steel AG"]\n  signed: 2026-02-12\n  effective: 2026-03-01\n  term_months: 24\nWrite a YAML schema for this.`,
  ],
  [
    "en",
    "neg-contract:sla-formal:free",
    `Our SLA with the hosting provider runs from 01/05/2025 to 30/04/2027 with 99.9% uptime. How much downtime per month is allowed?`,
  ],
  // --- password policies and strength questions about example strings ---------------------------------------------
  [
    "en",
    "neg-password:policy-formal:free",
    `Write a password policy: minimum 12 characters, at least one digit and one symbol, no reuse of the last 5 passwords, rotation every 90 days.`,
  ],
  [
    "en",
    "neg-password:xkcd-casual:free",
    `Is "correct horse battery staple" really stronger than "Tr0ub4dor&3"? Explain the entropy maths from the xkcd comic.`,
  ],
  [
    "en",
    "neg-password:strength-example-dev:code",
    `zxcvbn scores "P@ssw0rd2024!" as 1 out of 4 even though it has every character class. Why? Example output:\n{ score: 1, guesses_log10: 5.2 }`,
  ],
  [
    "en",
    "neg-password:regex-dev:code",
    `My regex ^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%]).{10,}$ accepts "Abcdefgh1!" — test it against "abcdefgh1!", "ABCDEFGH1!" and "Abcdefghij" too.`,
  ],
  [
    "en",
    "neg-password:generator-dev:free",
    `Our generator produced sample strings like "kT9#vQ2m!Lp4" and "Zr8$wN5x@Hb1" in the docs. Do 12 random characters from 94 symbols give 78 bits?`,
  ],
  // --- PIN and OTP explanations ---------------------------------------------------------------------------------
  ["en", "neg-pin:pin-stats-casual:free", `Why are 1234, 1111 and 0000 the most common 4-digit PINs, and how many guesses does a thief get at an ATM?`],
  [
    "en",
    "neg-pin:totp-dev:free",
    `How does TOTP turn the shared secret and the current 30-second window into a 6-digit code like 492 039? Walk me through RFC 6238.`,
  ],
  [
    "en",
    "neg-pin:otp-scam-casual:free",
    `A caller claiming to be my bank asked me to read out the one-time passcode they just texted. I didn't. Was that a scam?`,
  ],
  // --- first-person health questions, no identifier ---------------------------------------------------------------
  [
    "en",
    "neg-health:own-diabetes-casual:free",
    `I was diagnosed with type 2 diabetes last month and my HbA1c is 58 mmol/mol. What breakfasts keep blood sugar steady?`,
  ],
  ["en", "neg-health:own-anxiety-casual:free", `I've had panic attacks twice this week and I take 50 mg sertraline. Is it safe to drink coffee?`],
  ["en", "neg-health:own-injury-casual:free", `I sprained my ankle playing football on Sunday; it's still swollen. Ice or heat?`],
  // --- salary ranges and public company financials ----------------------------------------------------------------
  [
    "en",
    "neg-salary:range-formal:free",
    `Senior backend engineers in Berlin earn €75,000–€95,000 a year according to the survey. Write a job ad with that range.`,
  ],
  [
    "en",
    "neg-salary:public-company-formal:free",
    `Apple reported revenue of $383.3 billion and net income of $97.0 billion for fiscal 2023. Compute the net margin.`,
  ],
  ["en", "neg-salary:own-negotiation-casual:free", `I've been offered £52,000 for a data analyst role in Leeds. Is that fair, and how do I ask for £56,000?`],
  [
    "en",
    "neg-salary:payband-table:table",
    `Band | Min | Max\nB4 | 38,000 | 46,000\nB5 | 45,000 | 56,000\nB6 | 54,000 | 68,000\nWhich bands overlap, and by how much?`,
  ],
  // --- business and helpline phone numbers ------------------------------------------------------------------------
  ["en", "neg-phone:helpline-uk:free", `Is the Samaritans number 116 123 free from mobiles, and is NHS 111 open 24 hours?`],
  ["en", "neg-phone:business-casual:free", `Rewrite our flyer: "Tony's Plumbing — call 0161 496 0823, Mon–Sat 8am to 6pm, no call-out fee."`],
  ["en", "neg-phone:support-us:free", `The airline's customer service line is 1-800-864-8331. What's the best time of day to call to avoid long waits?`],
  // --- licence-plate and driving-licence formats ------------------------------------------------------------------
  [
    "en",
    "neg-licence:plate-format-uk:free",
    `Explain the UK number plate format: two letters for the region, two digits for the age identifier and three random letters, e.g. AB12 CDE.`,
  ],
  [
    "en",
    "neg-licence:dl-format-uk:free",
    `How is a UK driving licence number built? I know the first five characters are the surname padded with 9s and then the birth date is encoded somehow.`,
  ],
  [
    "en",
    "neg-licence:dl-regex-dev:code",
    `Write a regex for US state driver's licence numbers: California is one letter and 7 digits (like A1234567), Florida a letter and 12 digits.`,
  ],
  // --- matched positives: the same shapes with a named private person ----------------------------------------------
  ["en", "date:hr-own-formal:free", `Update the HR record for Megan Holloway — her date of birth should be ⟦date_of_birth|22/07/1971⟧, not 1974.`],
  [
    "en",
    "date:child-named-casual:free",
    `Enrol Oliver Fenwick-Shaw (date of birth ⟦date_of_birth|29 August 2021⟧) in the Reception class at St Anne's; his mother is Claire Fenwick-Shaw.`,
  ],
  ["en", "address:home-named-casual:free", `Please post the spare keys to my aunt, Rosemary Atkins, ⟦street_address|9 Willow Crescent, Harrogate HG2 8LS⟧.`],
  [
    "en",
    "password:in-use-casual:free",
    `My colleague Ben Carter is on leave — log into his mailbox with ben.carter and password ⟦password|Gr33nBanana!47⟧ and forward the invoices.`,
  ],
  [
    "en",
    "health:named-employee-formal:free",
    `Confidential: Marcus Ellery in accounts has ⟦health|bipolar disorder⟧ and will be off until March; adjust his workload.`,
  ],
  ["en", "financial:named-salary-formal:free", `Draft the offer letter for Hannah Okonjo at a salary of ⟦financial|£52,000⟧ per year, starting 2 March.`],
  ["en", "phone:named-mobile-casual:free", `If the parcel comes while I'm out, ring my neighbour Graham Whitfield on ⟦phone|07911 384 552⟧.`],
  [
    "en",
    "driver-licence:named-formal:free",
    `Car hire form: driver Kevin Doyle, driving licence number ⟦driver_license|DOYLE812082K99LM⟧, licence valid until 2031.`,
  ],
];
