/**
 * Development set 17, English entries (US, UK, Canadian, Australian, Indian registers in `kind`). Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- driver's licences ----------------------------------------------------------------------------------------
  [
    "en",
    "dl:ocr-us:structured",
    `ocr output from the back office scanner, fix spacing:\nWASHINGTON DRIVER LICENSE\n4d DLN ⟦driver_license|WDL7Q4MR29XB⟧\n1 NAKAMURA 2 JOEL T\n3 DOB ⟦date_of_birth|08/19/1990⟧`,
  ],
  [
    "en",
    "dl:form-us:structured",
    `Rental agreement #RA-55102 — Renter: Dwayne Colquitt | Lic. State: NJ | Lic. No.: ⟦driver_license|C4417 20983 07751⟧ | Exp 2028-11-30. Summarise the damage section below.`,
  ],
  [
    "en",
    "dl:claim-us:free",
    `Help me word my insurance claim: the other driver, Becca Lindqvist, gave me her Michigan DL, number ⟦driver_license|L 416 203 957 180⟧, and said her insurer was Progressive.`,
  ],
  ["en", "dl:chat-us:free", `my dl # is ⟦driver_license|K82-6610-4473⟧ (wisconsin) — does the DMV site want the dashes or not?`],
  [
    "en",
    "dl:json-us:structured",
    `Why does this fail schema validation? {"driver":{"name":"Omar Haddad","dl_state":"PA","dl_num":"⟦driver_license|27 419 835⟧","dl_exp":"2030-01-14"}}`,
  ],
  [
    "en",
    "dl:csv-au:structured",
    `Courier roster, merge duplicates:\nname,licence_no,state\nJack Pyke,⟦driver_license|047 392 118⟧,VIC\nAva Tran,⟦driver_license|21930457⟧,QLD`,
  ],
  ["en", "dl:email-uk:free", `Proofread: "Dear hire desk, my driving licence no. is ⟦driver_license|MORGA657054SM9IJ⟧ and the DVLA check code is attached."`],
  ["en", "dl:chat-in:free", `bhai car rental wale mera DL number maang rahe, ⟦driver_license|MH12 20190034761⟧ hai, whatsapp pe bhej du kya?`],
  [
    "en",
    "neg-dl:doc-us:free",
    `Explain the format: California driver's licence numbers are one letter followed by seven digits, e.g. the DMV's sample card shows D1234567.`,
  ],
  [
    "en",
    "neg-dl:form-us:structured",
    `Rental agreement template fields: Lic. State: [__] | Lic. No.: [____________] | Exp: [YYYY-MM-DD]. Make this a nicer HTML form.`,
  ],
  [
    "en",
    "neg-dl:doc-uk:free",
    `What do the 16 characters of a UK driving licence number encode? Surname letters, birth decade, month (+5 for women), day, year, initials, a check digit and two computer digits.`,
  ],
  // --- credentials ----------------------------------------------------------------------------------------------
  ["en", "cred:chat-us:free", `ok so my mom's netflix login is her gmail and the pass is ⟦password|sunflower1962!⟧ — can you write her a note to change it`],
  [
    "en",
    "cred:note-us:free",
    `Turn into a checklist for the house sitter: garage door code ⟦password|4471⟧, alarm disarm ⟦password|0925⟧ then #, wifi "Hartley_5G" key ⟦password|oakleaf-river-88⟧.`,
  ],
  [
    "en",
    "cred:config-us:structured",
    `Why can't the app connect?\nspring.datasource.url=jdbc:postgresql://db01.internal:5432/payroll\nspring.datasource.username=payroll_svc\nspring.datasource.password=⟦password|Wq7!vR2#pLx9⟧`,
  ],
  [
    "en",
    "cred:uri-us:structured",
    `celery worker won't start with BROKER_URL=⟦connection_string|amqp://ops:T4nk3r-Bl00m@rabbit.prod.local:5672/vhost⟧ — what's wrong?`,
  ],
  ["en", "cred:sms-uk:free", `Forwarding this so you can log in for me: "Your Barclays one-time passcode is ⟦password|731 904⟧. Never share it."`],
  [
    "en",
    "cred:chat-au:free",
    `For the bank's security question "first pet's name" I put ⟦password|Biscuit the Second⟧, and my PIN is ⟦password|6620⟧ — can you remind me which account that was for in this note`,
  ],
  [
    "en",
    "cred:router-us:structured",
    `Set up port forwarding on my Netgear: admin page 192.168.1.1, user admin, password ⟦password|Gr33nB4nana⟧. Steps please.`,
  ],
  [
    "en",
    "neg-cred:doc-us:free",
    `Rewrite our password policy: at least 12 characters, one digit, one symbol; never reuse your last 5 passwords; PINs cannot be 1234 or 0000.`,
  ],
  [
    "en",
    "neg-cred:config-us:structured",
    `Explain each line of this sample from the docs:\nspring.datasource.url=jdbc:postgresql://localhost:5432/demo\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}`,
  ],
  [
    "en",
    "neg-cred:doc-us:free",
    `The router's manual says the default login is admin / password and tells you to change it on first boot. Why do vendors still ship defaults?`,
  ],
  // --- phones ---------------------------------------------------------------------------------------------------
  ["en", "phone:chat-us:free", `text my landlord for me, he's at ⟦phone|(412) 623-0187 ext. 3⟧ no wait that's his office, cell is ⟦phone|412.683.9921⟧`],
  [
    "en",
    "phone:chat-uk:free",
    `Can you draft a message to my gran, her landline's ⟦phone|01273 620 418⟧ and she never checks her mobile ⟦phone|07781 402 562⟧`,
  ],
  ["en", "phone:vanity-us:free", `My plumbing side business number is ⟦phone|1-800-FIX-DRIP⟧ — it rings my personal cell, can you add it to my flyer?`],
  ["en", "phone:csv-au:structured", `client,mobile\nAisha Karim,⟦phone|0412 739 205⟧\nTom Reyes,⟦phone|+61 4 1873 3390⟧\nformat these as E.164`],
  ["en", "neg-phone:doc-us:free", `Add our support line to the footer: Acme Corp customer service 1-800-555-0100, Mon–Fri 9–5 ET.`],
  ["en", "neg-phone:doc-uk:free", `Which UK numbers are reserved for TV and radio drama? I know 01632 960 000 to 960 999 and 07700 900 000 to 900 999 are.`],
  // --- addresses ------------------------------------------------------------------------------------------------
  ["en", "address:chat-us:free", `ship the care package to my brother: ⟦street_address|RR 2 Box 118, Harlan, IA 51537⟧ — rural route, the carrier knows him`],
  [
    "en",
    "address:form-us:structured",
    `Mailing address: ⟦street_address|PO Box 4417, Bozeman, MT 59772⟧\nName: Carla Jimenez\nturn this into a return-address label`,
  ],
  [
    "en",
    "address:chat-in:free",
    `delivery for Ramesh Iyer: ⟦street_address|Flat 3B, Sai Krupa Apartments, near Hanuman temple, 4th Cross, Malleshwaram, Bengaluru 560003⟧ — write it in Kannada too`,
  ],
  [
    "en",
    "address:email-au:free",
    `Please tidy my forwarding note: from Monday my post goes to ⟦street_address|Unit 4/27 Wattle St, Ultimo NSW 2007⟧, not the old place.`,
  ],
  ["en", "neg-address:doc-us:free", `Write a tweet for our store: Harlan Hardware, 212 Court St, Harlan, IA — open Saturdays till 4!`],
  [
    "en",
    "neg-address:doc-in:free",
    `How do Indian addresses use landmarks like "near Hanuman temple" or "opp. bus stand"? Explain for a courier app's address form.`,
  ],
  // --- dates of birth -------------------------------------------------------------------------------------------
  ["en", "dob:chat-us:free", `for the daycare form, my daughter Mia Ochoa was born ⟦date_of_birth|March 3rd, 2021⟧ — which age group is she?`],
  ["en", "dob:csv-uk:structured", `Sort oldest first:\nname,dob\nHarriet Vale,⟦date_of_birth|14/07/1954⟧\nIvor Pugh,⟦date_of_birth|02/11/1949⟧`],
  ["en", "dob:email-us:free", `Fix the tone: "Hi HR, my date of birth is wrong in the system, it should be ⟦date_of_birth|1987-09-23⟧, not the 32nd lol"`],
  ["en", "neg-dob:doc-us:free", `Which date formats should our birthday field accept? e.g. 03/04/2021 is ambiguous between March and April.`],
  ["en", "neg-dob:doc-us:free", `Summarise: Abraham Lincoln was born on February 12, 1809, in a log cabin in Kentucky.`],
  ["en", "neg-phone:csv-us:structured", `department,phone\nCity Hall switchboard,(412) 255-2621\nPublic Works hotline,311\nformat these as E.164`],
  [
    "en",
    "neg-address:form-us:structured",
    `Store locator entry — Name: Bozeman Public Library | Address: 626 E Main St, Bozeman, MT 59715 | Hours: 10–8. Make it JSON.`,
  ],
  ["en", "neg-dob:csv-uk:structured", `Sort oldest first:\nmonarch,born\nVictoria,24/05/1819\nEdward VII,09/11/1841`],
  ["en", "neg-dl:csv-us:structured", `state,dl_format,example\nCA,1 letter + 7 digits,A1234567\nFL,1 letter + 12 digits,A123-456-78-901-0\nexplain this table`],
  [
    "en",
    "neg-cred:sms-uk:free",
    `Is this a scam text? "Your Barclays account is locked. Reply with the one-time passcode we just sent to unlock it." What should I tell my dad?`,
  ],
];
