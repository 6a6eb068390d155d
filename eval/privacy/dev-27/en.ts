/**
 * Development set 27, English entries: hard negatives whose street addresses, dates, money, password talk and phone
 * numbers identify nobody (embassies, hospitals, venues, offices, listings, fiction, shipping-API and geocoding code,
 * fixtures; release dates, deadlines, founding dates, historical and fictional birthdays, date formats in code; company
 * results, prices, budgets, job-ad salary ranges, averages, hypotheticals; password policies, placeholders, env-var
 * references, documented hashes and defaults, strength questions about public examples; hotlines, public directories,
 * format examples), then matched positives that do identify a private person or hold a secret in use.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- street addresses of places -----------------------------------------------------------------------------------
  [
    "en",
    "neg-address:embassy:free",
    `I need to collect my visa — the German Embassy is at 4645 Reservoir Road NW, Washington, DC 20007. Do they accept walk-ins for passport pickup or only appointments?`,
  ],
  [
    "en",
    "neg-address:hospital:free",
    `Which entrance of St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH is closest to the fracture clinic? My appointment letter just says "main reception".`,
  ],
  [
    "en",
    "neg-address:fiction:doc",
    `In my novel the detective rents a room above a launderette at 14 Cobbler's Row, Dunmore. Suggest three reasons the landlord might be hiding something in the cellar.`,
  ],
  [
    "en",
    "neg-address:shipping-api:code",
    `curl -X POST https://api.shipcarrier.io/v2/labels -H "Authorization: Bearer $SHIP_TOKEN" -d '{"from":{"company":"Acme Widgets Inc.","street1":"417 Montgomery St","city":"San Francisco","state":"CA","zip":"94104"},"to":{"company":"Fulfilment Centre 3","street1":"2200 Logistics Pkwy","city":"Reno","state":"NV","zip":"89502"}}'\n# returns 422 invalid_address_type — what's wrong with the payload?`,
  ],
  [
    "en",
    "neg-address:fixture:code",
    `def test_unit_is_split_off():\n    parsed = parse_address("Apt 5B, 742 Evergreen Terrace, Springfield")\n    assert parsed["unit"] == "5B"\n    assert parsed["house_number"] == "742"\n# fails with KeyError: 'unit' — the parser drops the prefix. Ideas?`,
  ],
  [
    "en",
    "neg-address:listing:doc",
    `Polish this listing for Rightmove: "Charming three-bedroom Victorian semi at 27 Albert Grove, Leeds LS6 4DA. South-facing garden, new boiler, no onward chain. Offers over £325,000."`,
  ],
  [
    "en",
    "neg-address:venue:doc",
    `Our wedding reception is at The Grain Barn, Hollow Lane, Little Wenham, Suffolk IP7 6PS — write short directions for guests driving up from the A12.`,
  ],
  [
    "en",
    "neg-address:office-move:doc",
    `Draft a press release: Brightline Analytics is moving its London office to 3rd Floor, 85 Great Portland Street, London W1W 7LT from 1 March. Phone numbers stay the same.`,
  ],
  [
    "en",
    "neg-address:geocode-docs:code",
    `In the Nominatim docs example \`/search?q=135+pilkington+avenue,+birmingham&format=json\` the result has a house number but no postcode. Is that a data gap in OSM or do I need addressdetails=1?`,
  ],
  [
    "en",
    "neg-address:sql-seed:code",
    `INSERT INTO restaurants (name, street, city, zip) VALUES\n  ('Pho Saigon', '1620 Broadway', 'Oakland', '94612'),\n  ('Taqueria El Sol', '3010 24th St', 'San Francisco', '94110');\n-- Postgres says column "zip" is of type integer. Should postcodes be text?`,
  ],
  [
    "en",
    "neg-address:consulate:free",
    `The Consulate General of India at 3 East 64th Street, New York, NY 10065 handles OCI renewals — what documents do they want for a minor?`,
  ],
  [
    "en",
    "neg-address:open-house:doc",
    `Turn this into an Instagram caption: Open house Saturday 11–2 at 518 Birchwood Drive, Naperville IL 60540 — 4 bed, 2.5 bath, finished basement, $589,000.`,
  ],
  ["en", "neg-address:library:free", `Is the Central Library at 1000 4th Ave, Seattle, WA 98104 open on Juneteenth, and does it have bookable study rooms?`],
  [
    "en",
    "neg-address:email-footer:doc",
    `Summarise this reply in one line: "Thank you for contacting us. Your replacement part has been dispatched. Kind regards, Customer Service Team | Harlow Mills Ltd | 12 Station Approach, Harlow CM20 2EP | Registered in England No. 04417829"`,
  ],
  [
    "en",
    "neg-address:hackathon:doc",
    `Write the logistics paragraph for our hackathon invite: venue Factory Berlin Görlitzer Park, Lohmühlenstraße 65, 12435 Berlin; doors at 9:00, Wi-Fi details at the desk.`,
  ],
  [
    "en",
    "neg-address:game-world:free",
    `For my D&D campaign the thieves' guild safehouse is at 9 Lantern Street in the port city of Vhal. Describe the building and two secret exits.`,
  ],
  [
    "en",
    "neg-address:store-locator:code",
    `const stores = [\n  { id: 12, label: "Covent Garden", line1: "28 Long Acre", postcode: "WC2E 9LZ" },\n  { id: 19, label: "Kings Road", line1: "120 King's Road", postcode: "SW3 4TR" },\n];\n// how do I sort these by distance from the user's lat/lng?`,
  ],
  [
    "en",
    "neg-address:charity-shop:free",
    `Does the British Heart Foundation furniture store at 55 Wellington Road, Bilston WV14 6AH collect sofas, or do I have to drop them off?`,
  ],
  // --- dates that are nobody's birth date -----------------------------------------------------------------------------
  [
    "en",
    "neg-date:changelog:doc",
    `Summarise this changelog for the release notes page: v4.2.0 released 2025-03-18, v4.1.3 released 2025-01-07; v3.x reaches end of life on 2025-06-30.`,
  ],
  [
    "en",
    "neg-date:tax-deadline:free",
    `Self Assessment for 2025/26 is due 31 January 2027 — if I file on 2 February, what's the penalty and does interest start straight away?`,
  ],
  [
    "en",
    "neg-date:founding:doc",
    `Write an "About us" blurb: founded on 12 May 1998 in a garage in Leicester, Pennington Tools now employs 240 people and ships to 30 countries.`,
  ],
  ["en", "neg-date:historical:free", `Ada Lovelace was born on 10 December 1815 — give me five facts about her for a Year 6 assembly.`],
  [
    "en",
    "neg-date:mascot-born:doc",
    `Our mascot Pixel the robot was "born" on 3 April 2019 when the app launched. Write a playful post for Pixel's sixth birthday.`,
  ],
  ["en", "neg-date:fictional-character:free", `Harry Potter's birthday is 31 July 1980 — plan a themed party for a group of eight-year-olds on a £150 budget.`],
  [
    "en",
    "neg-date:strptime:code",
    `datetime.strptime(line, "%Y-%m-%d") raises ValueError: unconverted data remains: \\n for "1990-07-14\\n" read from the file. strip() first, or is there a format flag?`,
  ],
  [
    "en",
    "neg-date:schema-example:code",
    `const signup = z.object({\n  email: z.string().email(),\n  dob: z.string().regex(/^\\d{4}-\\d{2}-\\d{2}$/), // e.g. "1985-04-23"\n});\n// how do I also reject dates in the future?`,
  ],
  [
    "en",
    "neg-date:excel-age:doc",
    `=DATEDIF(B2, TODAY(), "Y") returns #NUM! when B2 holds 29/02/1996 — what's the right formula for age from a birth-date column in a UK-locale sheet?`,
  ],
  ["en", "neg-date:public-figure:free", `Taylor Swift was born on December 13, 1989 — how old was she when the album 1989 came out?`],
  ["en", "neg-date:company-birthday:free", `Google was incorporated on September 4, 1998, so why does it celebrate its birthday on 27 September?`],
  [
    "en",
    "neg-date:lease:free",
    `The lease runs from 1 October 2025 to 30 September 2026 with a break clause after six months — when's the earliest date I can give notice?`,
  ],
  ["en", "neg-date:warranty:free", `Purchase date 14/11/2024, two-year manufacturer warranty — is the dishwasher still covered if it breaks on 20/11/2026?`],
  [
    "en",
    "neg-date:cert-expiry:code",
    `openssl x509 -enddate -noout -in cert.pem\nnotAfter=Mar  3 23:59:59 2026 GMT\nHow do I make certbot renew 30 days before that automatically?`,
  ],
  ["en", "neg-date:age-cutoff:doc", `Write the error message for our sign-up form: users must be born on or before 05/12/2008 (18+) to open an account.`],
  [
    "en",
    "neg-date:wiki-infobox:doc",
    `Convert this infobox to YAML: Character: Leslie Knope | Series: Parks and Recreation | Born: January 18, 1975 | Hometown: Pawnee, Indiana | Occupation: Deputy Director, Parks Department`,
  ],
  [
    "en",
    "neg-date:moment-format:code",
    `moment("12-25-1995", "MM-DD-YYYY").format("Do MMMM YYYY") gives "25th December 1995" but dayjs with the same input gives Invalid Date — which plugin am I missing?`,
  ],
  [
    "en",
    "neg-date:timeline:doc",
    `Make a timeline for a history poster: Mahatma Gandhi born 2 October 1869 in Porbandar; Salt March begins 12 March 1930; assassinated 30 January 1948.`,
  ],
  // --- money that is not a private person's finances -------------------------------------------------------------------
  [
    "en",
    "neg-financial:results:doc",
    `Summarise for a newsletter: Q3 revenue rose 12% to $4.8 billion; net income was $612 million, or $1.43 per diluted share; free cash flow $890 million.`,
  ],
  ["en", "neg-financial:price:free", `Is the Framework Laptop 13 at €1,149 better value than a MacBook Air at €1,199 for a CS student?`],
  [
    "en",
    "neg-financial:team-budget:free",
    `Our team's offsite budget is £12,000 for 25 people — suggest a two-day itinerary in Lisbon including flights from Manchester.`,
  ],
  [
    "en",
    "neg-financial:job-ad:doc",
    `Rewrite this job ad to sound less corporate: Senior Data Engineer, remote (EU), salary €72,000–€88,000 + 10% bonus, 30 days holiday, £1,000 learning budget.`,
  ],
  [
    "en",
    "neg-financial:average-salary:free",
    `The median full-time salary in the UK was about £37,400 in 2025 — how does that compare with Germany and France after tax?`,
  ],
  ["en", "neg-financial:hypothetical:free", `If I earn 50k a year and put 15% into a pension, roughly how much would I have after 30 years at 5% real growth?`],
  [
    "en",
    "neg-financial:invoice-template:doc",
    `Tidy up the wording of this sample invoice for our template gallery: "Bill to: [Client Name] · Amount due: $1,250.00 · Terms: Net 30 · Late fee: 1.5% per month."`,
  ],
  [
    "en",
    "neg-financial:council-budget:doc",
    `Write a neutral two-sentence news summary: the city council approved a $2.3 million budget for protected bike lanes, funded partly by a $900,000 state grant.`,
  ],
  [
    "en",
    "neg-financial:rounding-code:code",
    `const net = 19.99;\nconst vat = net * 0.2; // 3.998\nconsole.log((net + vat).toFixed(2)); // "23.99" but the till says £23.99 and accounting says £23.98 — which rounding is right?`,
  ],
  [
    "en",
    "neg-financial:word-problem:free",
    `Maria has $240 and spends a third of it on books and a quarter of the rest on a jacket. How much does she have left? Show the steps for my 11-year-old.`,
  ],
  [
    "en",
    "neg-financial:salary-bands:doc",
    `Turn this into a table: L3 engineers $120k–$150k base, L4 $150k–$190k, L5 $185k–$230k, equity refreshers from $40k a year.`,
  ],
  [
    "en",
    "neg-financial:restaurant-bill:free",
    `Dinner came to $186.40 for six of us — with an 18% tip on the pre-tax amount of $171.20, how much does each person pay?`,
  ],
  ["en", "neg-financial:kickstarter:doc", `Write a backer update: we raised $48,300 from 612 backers, 161% of our goal, and the first batch ships in March.`],
  // --- password talk with no real secret --------------------------------------------------------------------------------
  [
    "en",
    "neg-password:policy:doc",
    `Rewrite our password policy in plain English: passwords must be at least 12 characters with one symbol, may not reuse any of the last 5 passwords, and expire every 180 days.`,
  ],
  [
    "en",
    "neg-password:placeholder-cli:code",
    `mysql -u root -p'<your-password>' -h db.internal -e "SHOW DATABASES;"\nThe docs write it like this — is passing the password on the command line a bad idea?`,
  ],
  [
    "en",
    "neg-password:changeme:code",
    `# values.yaml\ngrafana:\n  adminUser: admin\n  adminPassword: changeme\nHow do I override adminPassword from an existing Kubernetes secret instead of keeping it in the chart?`,
  ],
  [
    "en",
    "neg-password:env-ref:code",
    `DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app\ndocker compose doesn't seem to expand DB_PASSWORD inside the .env file — the app logs "password authentication failed". Why?`,
  ],
  [
    "en",
    "neg-password:argon-docs:code",
    `The argon2 README shows an encoded hash like $argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG — which of those fields do I store separately?`,
  ],
  [
    "en",
    "neg-password:xkcd:free",
    `Is "correct horse battery staple" really stronger than "Tr0ub4dor&3" like the xkcd comic says, given modern cracking rigs?`,
  ],
  [
    "en",
    "neg-password:tutorial-example:doc",
    `Our onboarding guide shows a generated example password, e.g. vN7#qLp2!xWr9sTz, with a note "don't use this one". Should we stop showing examples at all?`,
  ],
  [
    "en",
    "neg-password:k8s-secret:code",
    `kubectl create secret generic db-pass --from-literal=password=<PASSWORD>\nThe tutorial says to replace <PASSWORD> — does the secret end up base64-encoded or encrypted at rest?`,
  ],
  [
    "en",
    "neg-password:env-example:code",
    `# .env.example\nSMTP_HOST=smtp.mailgun.org\nSMTP_USER=postmaster@your-domain\nSMTP_PASSWORD=your_smtp_password_here\nShould .env.example be committed, and how do I stop people committing the real .env?`,
  ],
  ["en", "neg-password:spring-default:code", `spring.datasource.password=\${SPRING_DATASOURCE_PASSWORD:}\nWhat does the trailing colon mean — empty default?`],
  [
    "en",
    "neg-password:documented-default:free",
    `The default password for the "pi" user on Raspberry Pi OS used to be raspberry — is there still a default user on the current image?`,
  ],
  [
    "en",
    "neg-password:regex-test:code",
    `const strong = /^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%]).{12,}$/;\nstrong.test("Password123!") // true\nIs it silly that such an obvious password passes? What should I check instead?`,
  ],
  [
    "en",
    "neg-password:ansible-vault:code",
    `ansible_become_password: "{{ vault_become_password }}"\nWhere does Ansible look for vault_become_password when I run with --ask-vault-pass?`,
  ],
  [
    "en",
    "neg-password:sha1-tutorial:code",
    `In the hashcat tutorial: echo -n password | sha1sum gives 5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8 and it's cracked instantly with rockyou.txt. Why does salting stop that?`,
  ],
  [
    "en",
    "neg-password:strength-question:free",
    `What actually makes a password strong — length, symbols, or not being in a breach list? Keep it short for a staff newsletter.`,
  ],
  // --- phones that belong to no private person ---------------------------------------------------------------------------
  [
    "en",
    "neg-phone:airline-hotline:free",
    `Lufthansa's service line is +49 69 86 799 799 — is calling faster than the chat for a rebooking after a cancelled flight?`,
  ],
  [
    "en",
    "neg-phone:uni-directory:doc",
    `Convert this contact table to CSV:\n| Department | Phone |\n| Admissions | 0161 275 2077 |\n| Library | 0161 275 3751 |\n| Accommodation | 0161 275 2888 |`,
  ],
  ["en", "neg-phone:style-guide:free", `For our style guide, should UK mobiles be written 07911 123456 or +44 7911 123456, and where do the spaces go?`],
  [
    "en",
    "neg-phone:libphonenumber-test:code",
    `it("formats GB numbers", () => {\n  expect(toE164("020 8366 1177", "GB")).toBe("+442083661177");\n});\n// passes locally, fails in CI with "Invalid country calling code" — metadata not bundled?`,
  ],
  ["en", "neg-phone:helplines:doc", `Put these on our school's safeguarding poster: Childline 0800 1111, Samaritans 116 123, NSPCC helpline 0808 800 5000.`],
  [
    "en",
    "neg-phone:pizza-flyer:doc",
    `Rewrite this flyer to fit on an A6 card: "Mario's Pizzeria — call 0115 947 3321 for free delivery on orders over £15, open till midnight Fri & Sat."`,
  ],
  ["en", "neg-phone:scam-check:free", `A pop-up told me to call 1-800-426-9400 for "Microsoft Support" — is that Microsoft's real number or a scam?`],
  [
    "en",
    "neg-phone:india-regex:code",
    `I need a regex that accepts Indian mobile numbers written like 98765 43210, 09876543210 or +91-9876543210 but rejects landlines. Mine: /^(\\+91[-\\s]?|0)?[6-9]\\d{4}\\s?\\d{5}$/`,
  ],
  [
    "en",
    "neg-phone:gp-surgery:free",
    `Our GP surgery's reception line, 01865 311 234, is engaged every morning at 8 — is there a better time to call for same-day appointments?`,
  ],
  [
    "en",
    "neg-phone:tel-placeholder:code",
    `<input type="tel" name="phone" placeholder="e.g. (202) 456-1111" pattern="\\(\\d{3}\\) \\d{3}-\\d{4}">\nThe pattern rejects numbers without brackets — how do I accept both forms?`,
  ],
  [
    "en",
    "neg-phone:twilio-docs:code",
    `The Twilio quickstart sends From=+15017122661 in the example request — do I need to URL-encode the plus sign when I use curl --data-urlencode?`,
  ],
  ["en", "neg-phone:excel-format:doc", `In Excel, how do I display 4915112345678 as +49 151 12345678 without it turning into 4.92E+12?`],
  // --- matched positives ---------------------------------------------------------------------------------------------------
  [
    "en",
    "address:redirect:doc",
    `Fill in the mail redirection note: from Monday please deliver to my new flat — Joanne Whitfield, ⟦street_address|Flat 3, 41 Carnarvon Road, Reading RG1 5SB⟧.`,
  ],
  [
    "en",
    "address:tenant-reference:doc",
    `Write a landlord reference for our tenant Priya Raman, who has lived at ⟦street_address|18 Lime Tree Walk, Cheltenham GL52 2HR⟧ since 2021 and always paid on time.`,
  ],
  [
    "en",
    "address:shipping-api:code",
    `const shipment = await client.labels.create({\n  to: { name: "Daniel Okafor", street1: "⟦street_address|77 Wharf Lane⟧", city: "Leeds", zip: "LS10 1PR" },\n  parcel: { weight: 1.2 },\n}); // real customer order #88412, label comes back blank`,
  ],
  [
    "en",
    "address:neighbour:free",
    `Help me write a polite letter to my neighbour Mr Gareth Hughes at ⟦street_address|29 Albert Grove, Leeds LS6 4DA⟧ about his fence leaning into our garden.`,
  ],
  [
    "en",
    "date:debut-kin:free",
    `My daughter Emma was born on ⟦date_of_birth|14 March 2016⟧ and makes her stage debut in the school play on Friday — write a short card from her grandparents.`,
  ],
  [
    "en",
    "date:hr-form:doc",
    `Check this onboarding form for typos: Name: Thomas Brandt | Date of birth: ⟦date_of_birth|02/11/1987⟧ | Start date: 01/09/2025 | Team: Logistics`,
  ],
  [
    "en",
    "date:seed-real:code",
    `// migrating the live customers table, row 1,204:\nusers.insert({ name: "Grace Liu", dob: "⟦date_of_birth|1993-06-21⟧", tier: "gold" });\n// Mongo stores dob as a string — should I convert to Date first?`,
  ],
  [
    "en",
    "financial:debt-letter:doc",
    `I'm Tom Fletcher, my salary is ⟦financial|£41,500⟧ and I owe ⟦financial|£7,820⟧ on my credit card. Write to the bank asking for a payment plan.`,
  ],
  ["en", "financial:offer:doc", `Draft the offer letter for Ana Kovač: base salary ⟦financial|€68,000⟧, signing bonus ⟦financial|€5,000⟧, start 3 November.`],
  [
    "en",
    "password:wifi:free",
    `The Wi-Fi password for the flat is ⟦password|Kettle-Moss-81⟧ — write a friendly welcome text for the new lodger that includes it.`,
  ],
  [
    "en",
    "password:env-real:code",
    `# .env on the staging box\nDB_HOST=10.2.0.14\nDB_USER=orders\nDB_PASSWORD=⟦password|q7Rb!m2Vz9pL⟧\nThe app still can't connect — is the "!" breaking the dotenv parser?`,
  ],
  ["en", "password:own-reset:free", `I just changed my Netflix password to ⟦password|Sunflower#2024⟧ — is that strong enough or should I use a generator?`],
  ["en", "phone:format-mum:free", `Format my mum Linda's mobile ⟦phone|07841 622905⟧ in E.164 for the emergency-contact field in the school app.`],
  [
    "en",
    "phone:contacts-code:code",
    `contacts.add({ name: "Fiona Reid", relation: "sister", mobile: "⟦phone|+447912663018⟧" });\n// the import shows her number twice — dedupe by normalised E.164?`,
  ],
];
