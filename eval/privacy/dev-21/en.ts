/**
 * Development set 21, English entries: hard negatives full of dates and addresses in public contexts (events,
 * releases, history, timetables, invoices, public and fictional birthdays, company anniversaries, businesses,
 * embassies, museums, venues, label templates, address formats, postal codes), then a few matched positives (a named
 * private person's birth date or home address). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  ["en", "neg-date:event-casual:free", `Is KubeCon Europe 2027 still on 23–26 March in Amsterdam? I need to book the hotel before 15 January.`],
  [
    "en",
    "neg-date:release-dev:free",
    `Node.js 22 became LTS on 29 October 2024 and Node 20 reaches end of life on 30 April 2026. Which should our Docker base image use?`,
  ],
  ["en", "neg-date:history-formal:free", `Summarise the causes of the fall of the Berlin Wall on 9 November 1989 in 150 words for a Year 10 history class.`],
  [
    "en",
    "neg-date:timetable-uk:table",
    `Train times, London King's Cross to York, Saturday 14 March 2026:\n07:00 → 08:52\n07:30 → 09:24\n08:00 → 09:51\nWhich one gets me there before 10:00 with a 15-minute walk?`,
  ],
  [
    "en",
    "neg-date:invoice-formal:doc",
    `Check this invoice header for errors:\nInvoice INV-2026-0412\nIssue date: 02/03/2026\nDue date: 01/04/2026\nSupplier: Northwind Traders Ltd, 12 Harbour Road, Bristol BS1 5TT\nPayment terms: 30 days net`,
  ],
  ["en", "neg-date:public-birthday-us:free", `Barack Obama was born on August 4, 1961 in Honolulu. Write a short quiz question about his early life.`],
  ["en", "neg-date:fiction-birthday-casual:free", `Harry Potter's birthday is 31 July 1980 — does the book ever say what day of the week that was?`],
  [
    "en",
    "neg-date:company-anniversary-formal:free",
    `Draft a LinkedIn post: Acme Logistics was founded on 1 June 1976 in Rotterdam and celebrates its 50th anniversary on 1 June 2026.`,
  ],
  ["en", "neg-date:schedule-dev:code", `cron: "0 2 * * 1" — does this run every Monday at 02:00? Our maintenance window is 2026-01-05 to 2026-01-09.`],
  [
    "en",
    "neg-date:dob-field-dev:code",
    `What's the best Postgres type for a date_of_birth column? We validate it as YYYY-MM-DD, e.g. 1990-01-01 in our API docs.`,
  ],
  [
    "en",
    "neg-date:holiday-in:free",
    `List the public holidays in India for 2026: Republic Day 26 January, Independence Day 15 August, Gandhi Jayanti 2 October — what else?`,
  ],
  [
    "en",
    "neg-date:deadline-formal:free",
    `The grant application opens 12 January 2026 and closes 27 February 2026 at 17:00 GMT. Write a reminder e-mail to the department.`,
  ],
  [
    "en",
    "neg-address:embassy-formal:free",
    `The Embassy of Japan in London is at 101-104 Piccadilly, London W1J 7JT. What documents do I need for a visa appointment?`,
  ],
  [
    "en",
    "neg-address:museum-us:free",
    `Plan a day: the Metropolitan Museum of Art, 1000 Fifth Avenue, New York, NY 10028, then lunch near 5th Ave and 86th St.`,
  ],
  ["en", "neg-address:venue-uk:free", `Directions from Paddington to the O2 Arena, Peninsula Square, London SE10 0DX, by Tube please.`],
  [
    "en",
    "neg-address:office-dev:code",
    `Our footer component hardcodes the office address:\n<address>Contoso Ltd<br>Suite 400, 250 Market Street<br>San Francisco, CA 94105</address>\nHow do I load it from the CMS instead?`,
  ],
  [
    "en",
    "neg-address:unit-business-au:free",
    `Unit 5, 21 Smith Street, Fitzroy VIC 3065 is the address of the bakery on our flyer — how should Australian addresses be laid out on a menu?`,
  ],
  [
    "en",
    "neg-address:label-template-dev:code",
    `Fix this shipping label template:\nTO: {{recipient.name}}\n{{recipient.line1}}\n{{recipient.line2}}\n{{recipient.city}}, {{recipient.state}} {{recipient.zip}}\nFROM: Widget Co, 1 Infinite Loop, Cupertino, CA 95014`,
  ],
  [
    "en",
    "neg-address:format-formal:free",
    `Explain the UK address format: building number and street, locality, post town in capitals, postcode such as SW1A 1AA (Buckingham Palace) on the last line.`,
  ],
  ["en", "neg-address:postcodes-casual:table", `Are these postcodes all in central Manchester? M1 1AE, M2 3WS, M3 4LQ, M4 5JD, M60 1QD`],
  [
    "en",
    "neg-address:landmark-us:free",
    `The White House is at 1600 Pennsylvania Avenue NW, Washington, DC 20500. How long is the walk from there to the Lincoln Memorial?`,
  ],
  ["en", "neg-address:shop-hours-in:free", `Is the Apple Store at BKC, Jio World Drive, Bandra Kurla Complex, Mumbai 400051 open on 26 January?`],
  [
    "en",
    "neg-address:hq-formal:free",
    `Google's headquarters is at 1600 Amphitheatre Parkway, Mountain View, CA 94043. Write one paragraph on the history of the campus since 2004.`,
  ],
  [
    "en",
    "neg-address:returns-casual:free",
    `Amazon says to send the return to Returns Centre, Unit 1, Kingsway, Dunfermline KY11 8UB by 20 December. Do I need the original box?`,
  ],
  // --- matched positives ------------------------------------------------------------------------------------------
  [
    "en",
    "date:hr-mail-formal:free",
    `Please add Daniel Okafor to the payroll system; his date of birth is ⟦date_of_birth|14 March 1987⟧ and he starts on 5 January.`,
  ],
  [
    "en",
    "address:home-casual:free",
    `Can you send the birthday card to my cousin Priya Raman at ⟦street_address|Flat 3, 27 Elm Grove, Leeds LS6 2AX⟧? She moved there last month.`,
  ],
];
