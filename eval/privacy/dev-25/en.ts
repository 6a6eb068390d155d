/**
 * Development set 25, English entries: hard negatives that look private but identify nobody (business, venue and
 * public-office addresses, shipping and returns policies, reviews, geocoding and address-parsing code, fiction;
 * historical, product, contract and public-figure dates, ages in general, date-format code; password docs, CLI help,
 * config references, policies, hashes in tutorials, placeholder secrets, strength questions about generic examples;
 * business and hotline phones, phone-format code, E.164 docs; fees, prices, general salaries, placeholder statements),
 * then matched positives in the same styles. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- addresses that identify nobody ---------------------------------------------------------------------------------
  [
    "en",
    "neg-address:returns-policy:doc",
    `Rewrite this returns policy so it sounds friendlier: "Unworn items may be returned within 30 days to Returns Dept., Northwind Apparel Ltd, Unit 4 Harbour Trading Estate, 18 Quay Road, Bristol BS1 6QA. Refunds are issued within 10 working days."`,
  ],
  [
    "en",
    "neg-address:venue:free",
    `Going to a gig at the O2 Academy Brixton, 211 Stockwell Road, London SW9 9SL next week — what's the nearest tube and is there a cloakroom?`,
  ],
  [
    "en",
    "neg-address:review:doc",
    `Write a 3-star Google review for Luigi's Trattoria, 48 Elm Street, Northampton MA: pasta excellent, service slow, parking a nightmare.`,
  ],
  [
    "en",
    "neg-address:gov-office:free",
    `Is the Social Security office in the federal building at 300 N Los Angeles St open on Saturdays, or do I have to book online?`,
  ],
  [
    "en",
    "neg-address:geocode-code:code",
    `const res = await geocoder.geocode({ address: "1600 Amphitheatre Parkway, Mountain View, CA 94043" });\n// res.results is empty when I run this from a Cloud Function, works locally. API key restrictions?`,
  ],
  [
    "en",
    "neg-address:parser-test:code",
    `Why does this Jest test fail?\n\nexpect(parseAddress("123 Main St Apt 4B, Anytown, IL 62704")).toEqual({ number: "123", street: "Main St", unit: "Apt 4B", city: "Anytown", state: "IL", zip: "62704" });\n\nReceived: unit undefined`,
  ],
  [
    "en",
    "neg-address:fiction:free",
    `In my mystery novel the retired inspector lives above a laundrette at 14 Carver Lane, Whitby. Would he plausibly hear the abbey bells from there? Keep the answer in-world.`,
  ],
  [
    "en",
    "neg-address:shipping-policy:doc",
    `Translate this shipping FAQ into Spanish: "All orders ship from our warehouse at 2250 Commerce Drive, Suite B, Columbus, OH 43219, Monday to Friday. Orders placed after 2 pm ship the next business day."`,
  ],
  [
    "en",
    "neg-address:store-sql:code",
    `INSERT INTO stores (name, street, city, postcode) VALUES ('Riverside Hardware', '77 Mill Road', 'Cambridge', 'CB1 2AZ'), ('Fenland Garden Centre', '3 Station Approach', 'Ely', 'CB7 4BS');\n-- getting a duplicate key error on the second row, why?`,
  ],
  [
    "en",
    "neg-address:normalise-code:code",
    `Write a Python function that expands abbreviations like "42 Baker St." -> "42 Baker Street" and "9 Queen St. W" -> "9 Queen Street West" without touching "St. Albans".`,
  ],
  ["en", "neg-address:museum:free", `Does the Tenement Museum at 103 Orchard Street do guided tours for school groups, and how far is it from Grand Central?`],
  [
    "en",
    "neg-address:event-flyer:doc",
    `Make a flyer: Spring Book Fair, Saturday 10am–4pm, St Mary's Church Hall, 5 Vicarage Road, Kings Langley WD4 8EJ. Free entry, cake stall, children's corner.`,
  ],
  // --- dates that identify nobody -------------------------------------------------------------------------------------
  ["en", "neg-date:historical:free", `The Treaty of Versailles was signed on 28 June 1919 — summarise its main terms in five bullet points for a GCSE class.`],
  ["en", "neg-date:product:free", `The iPhone 15 came out on 22 September 2023. Roughly until when will it still get iOS updates?`],
  [
    "en",
    "neg-date:contract:doc",
    `The Master Services Agreement between Acme Logistics Ltd and Bluewave Analytics Inc. is effective 1 March 2025 and expires on 28 February 2028. Draft a clause for automatic one-year renewal unless either party gives 90 days' notice.`,
  ],
  ["en", "neg-date:public-figure:free", `Serena Williams was born on 26 September 1981. How old was she when she won her first US Open title?`],
  [
    "en",
    "neg-date:ages-general:free",
    `If a kid was born in 2009, in which year can they take the driving test in California, and at what age do restrictions end?`,
  ],
  [
    "en",
    "neg-date:format-code:code",
    `datetime.strptime("14/07/1985", "%Y-%m-%d") raises ValueError: time data '14/07/1985' does not match format. What format string do I need for day/month/year?`,
  ],
  [
    "en",
    "neg-date:dob-validator:code",
    `<label for="dob">Date of birth</label>\n<input type="date" id="dob" name="dob" min="1900-01-01" max="2008-12-31" value="1990-01-01">\nHow do I make the max date always "18 years ago today" instead of hardcoding it?`,
  ],
  [
    "en",
    "neg-date:warranty:free",
    `Bought a fridge on 3 May 2022 with a two-year warranty and the compressor died on 10 June 2024. Is there any consumer-law route left in the UK?`,
  ],
  [
    "en",
    "neg-date:anniversary:doc",
    `Our company was founded on 14 February 1998. Write a LinkedIn post for our 27th anniversary thanking customers and staff.`,
  ],
  ["en", "neg-date:excel-code:code", `In Excel =DATEDIF("1975-03-12",TODAY(),"y") gives #VALUE! on my Mac but works on Windows. Regional settings?`],
  ["en", "neg-date:public-figure-bio:doc", `Write a 100-word bio for a school poster: Marie Curie, born 7 November 1867 in Warsaw, died 4 July 1934 in Passy.`],
  // --- passwords that are nobody's ------------------------------------------------------------------------------------
  [
    "en",
    "neg-password:cli-help:code",
    `What does this line of mysql --help mean?\n  -p, --password[=name] Password to use when connecting to server. If password is not given it's asked from the tty.`,
  ],
  [
    "en",
    "neg-password:config-reference:code",
    `The sample redis.conf has "# requirepass foobared" commented out. If I just uncomment it in production, is that as bad as it sounds?`,
  ],
  [
    "en",
    "neg-password:policy-text:doc",
    `Our IT policy says: "Passwords must be at least 14 characters, expire every 90 days and may not reuse any of the last 5." Does NIST still recommend the 90-day expiry?`,
  ],
  [
    "en",
    "neg-password:hash-tutorial:code",
    `In a bcrypt tutorial the stored value is $2b$12$KIXQJfQ1bW8eZ0n8WkF1VeR0eE4h7yX0c6gN2Tq9pL3mO5sU1vW2y. What do the $2b$ and 12 mean, and where is the salt?`,
  ],
  [
    "en",
    "neg-password:placeholder-env:code",
    `Is it fine to commit .env.example containing DATABASE_PASSWORD=changeme and JWT_SECRET=replace-me, as long as .env is ignored?`,
  ],
  [
    "en",
    "neg-password:strength-generic:free",
    `How long would an offline attack take against an 8-character password like "Summer24!" compared with a random four-word passphrase?`,
  ],
  [
    "en",
    "neg-password:docs-example:code",
    `The Postgres image docs say: docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres. Is that value used anywhere besides the superuser?`,
  ],
  [
    "en",
    "neg-password:shadow-file:code",
    `In /etc/shadow what do the fields mean in "daemon:*:19345:0:99999:7:::" — why a star and why three colons at the end?`,
  ],
  [
    "en",
    "neg-password:ssh-passphrase:free",
    `ssh-keygen asks "Enter passphrase (empty for no passphrase):" — should a CI deploy key have an empty passphrase?`,
  ],
  [
    "en",
    "neg-password:router-default:free",
    `Older router manuals list the default login as admin / admin. Write a short paragraph for our newsletter on why people must change it.`,
  ],
  ["en", "neg-password:validator-config:code", `Explain each entry of Django's AUTH_PASSWORD_VALIDATORS and which ones reject "password123"-style passwords.`],
  // --- phones that are nobody's ---------------------------------------------------------------------------------------
  [
    "en",
    "neg-phone:business:doc",
    `Write a Google Business description for Crumb & Co. bakery, 18 Market Place, Devizes. Orders and cake enquiries: 01380 724 611, open Tue–Sat.`,
  ],
  ["en", "neg-phone:hotline:free", `Is 988 the crisis line everywhere in the US now, and does it accept texts or only calls?`],
  [
    "en",
    "neg-phone:e164-docs:code",
    `Twilio wants numbers in E.164, e.g. +14155552671. What's the cleanest way in Node to turn user input like "(415) 555-2671" into that format for any country?`,
  ],
  ["en", "neg-phone:regex-code:code", `Regex that accepts (212) 736-5000, 212.736.5000 and 212-736-5000 but rejects 736-5000 without the area code?`],
  [
    "en",
    "neg-phone:customer-service:free",
    `Amazon's customer service number is supposedly 1-888-280-4331 — is that legit or a scam number? I got a call from it.`,
  ],
  [
    "en",
    "neg-phone:input-code:code",
    `<input type="tel" name="phone" pattern="[0-9]{3}-[0-9]{3}-[0-9]{4}" placeholder="123-456-7890">\nThe placeholder shows but the pattern never matches on iOS, why?`,
  ],
  ["en", "neg-phone:childline:free", `Is Childline 0800 1111 free from every mobile network, and does it show up on the phone bill?`],
  [
    "en",
    "neg-phone:hotel:doc",
    `Summarise for our travel guide: The Balmoral, 1 Princes Street, Edinburgh, reservations +44 131 556 2414, afternoon tea from 12:00.`,
  ],
  // --- money that is nobody's -----------------------------------------------------------------------------------------
  ["en", "neg-financial:fees:free", `Wise charges 0.43% plus £0.26 to send pounds to euros. What would it cost to send £2,500?`],
  ["en", "neg-financial:prices:free", `Netflix Standard is £10.99 a month and Disney+ £7.99 — over a year, how much more is Netflix?`],
  [
    "en",
    "neg-financial:salary-general:free",
    `The average software engineer salary in Berlin is about €68,000. Is that enough for a family of four renting in Prenzlauer Berg?`,
  ],
  [
    "en",
    "neg-financial:statement-placeholder:doc",
    `Style this sample statement as HTML: Account holder: [CUSTOMER NAME] / Account no: XXXX-XXXX-1234 / Opening balance £0.00 / Card payment £12.50 / Closing balance £1,234.56.`,
  ],
  ["en", "neg-financial:company-results:free", `Nvidia reported $35.1 billion of revenue for Q3 fiscal 2025. What share came from the data-center segment?`],
  ["en", "neg-financial:card-fee:free", `My credit card has a $39 late fee and a 29.99% penalty APR. Is it worth calling to get the first late fee waived?`],
  [
    "en",
    "neg-financial:pay-band:doc",
    `Rewrite this job ad to attract more applicants: Senior Staff Nurse, Band 6, £37,338–£44,962 per annum, 37.5 hours, rotating shifts.`,
  ],
  [
    "en",
    "neg-financial:invoice-template:doc",
    `Turn this into a LaTeX invoice template: Invoice #INV-0042 / Subtotal $1,200.00 / Tax (8%) $96.00 / Total due $1,296.00 / Payment within 30 days.`,
  ],
  [
    "en",
    "neg-health:alcohol-licence:free",
    `Maria Lopez sells alcoholic drinks at her café on Friday nights. Which licence does she need in England, and how long does it take?`,
  ],
  // --- matched positives ----------------------------------------------------------------------------------------------
  [
    "en",
    "address:relative-delivery:free",
    `Please draft a note to the shop: the replacement blender should go to my sister-in-law Harriet Ogunleye at ⟦street_address|27 Wetherby Close, Leeds LS17 8QT⟧, she's home on weekdays.`,
  ],
  [
    "en",
    "address:neighbour-complaint:doc",
    `Write a complaint to the council: my neighbour Derek Fallon at ⟦street_address|9 Brook Terrace, Hexham NE46 3AY⟧ keeps burning rubbish in his garden every weekend.`,
  ],
  [
    "en",
    "address:label-code:code",
    `label = make_label(name="Priya Raman", street="⟦street_address|412 Maplewood Drive, Apt 3C⟧", city="Edison, NJ 08817")\n# the PDF cuts off the apartment number — how do I wrap long street lines?`,
  ],
  [
    "en",
    "date:hr-form:doc",
    `Check this HR form for gaps: Employee: Liam Corcoran / Date of birth: ⟦date_of_birth|11/04/1986⟧ / Start date: 01/09/2024 / NI number: (blank).`,
  ],
  [
    "en",
    "date:colleague:free",
    `My colleague Anneke Visser was born on ⟦date_of_birth|23 March 1985⟧, so she turns 40 this month. Suggest a funny card message.`,
  ],
  [
    "en",
    "date:dob-code:code",
    `patient = {"name": "Gloria Whitcombe", "dob": "⟦date_of_birth|1952-08-19⟧"}\nage = (date.today() - patient["dob"]).days // 365  # TypeError, why?`,
  ],
  [
    "en",
    "password:shared-mailbox:free",
    `Write a short email to the team: the password for the support@ shared mailbox is now ⟦password|Tulip-Ferry-2291⟧ and it changes again next month.`,
  ],
  [
    "en",
    "password:env-in-use:code",
    `Nodemailer says "Invalid login" with SMTP_USER=orders@kestrelbikes.co.uk and SMTP_PASSWORD=⟦password|q7Rz!mK2vLp9⟧ — is the ! breaking it?`,
  ],
  [
    "en",
    "password:cli-in-use:code",
    `mysql -u reporting -p⟦password|W1nt3rfell_88⟧ -h db.internal prints "Using a password on the command line interface can be insecure". How do I avoid that in cron?`,
  ],
  ["en", "phone:plumber:free", `Can you write a text to my plumber Gareth Pryce on ⟦phone|07823 419 556⟧ saying I'll be 20 minutes late?`],
  [
    "en",
    "phone:emergency-contact:doc",
    `Fill the emergency contact section: Name: Joan Whitaker (mother) / Mobile: ⟦phone|0412 883 190⟧ / Relationship: parent.`,
  ],
  [
    "en",
    "financial:flatmate-salary:free",
    `My flatmate Jonas Brandt earns ⟦financial|£52,000⟧ a year and I earn much less. How should we split the £1,800 rent fairly?`,
  ],
  [
    "en",
    "financial:statement-named:doc",
    `Style this as HTML: Statement for Mrs Eileen Prescott / Closing balance ⟦financial|£14,382.17⟧ / Overdraft limit £500.`,
  ],
  [
    "en",
    "financial:debt-named:free",
    `My uncle Ray Dunmore owes ⟦financial|$23,400⟧ on two credit cards. Would a balance transfer or a personal loan be better for him?`,
  ],
];
