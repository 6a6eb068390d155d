/**
 * Development set 33, English entries: business and institution addresses (signatures, letterheads, invoices from a
 * company, shipping-label templates, store locators, venues, embassies and offices, fixtures, geocoding, address
 * formats, listings, historical buildings) and dates that are nobody's private birth date (founding and release
 * dates, deaths of historical figures, statistics, date formats, the writer's own birthday, expiry dates, an unnamed
 * child's age) — then positives of the same shapes with a private person's home address or a named person's birth
 * date. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- business and institution addresses ------------------------------------------------------------------------
  [
    "en",
    "neg-address:signature:doc",
    `Can you make this email signature shorter and cleaner?\n\nBest regards,\nPriya\nCustomer Success Lead | Northwind Analytics Ltd.\n4th Floor, 25 Old Broad Street, London EC2N 1HQ\nRegistered in England and Wales`,
  ],
  [
    "en",
    "neg-address:letterhead:doc",
    `HARBORVIEW DENTAL GROUP\n1180 Harbor Blvd, Suite 210, Oxnard, CA 93035\n\nDear [Patient Name],\nIt has been six months since your last cleaning.\n\nPlease finish this recall letter template in a friendly tone, keep the placeholders.`,
  ],
  [
    "en",
    "neg-address:invoice-from:doc",
    `INVOICE 2026-0457\nFrom: Brightline Print Co., 77 Canal Street, Manchester M1 3HE\nTo: {{customer.company}}\nItem: 500 business cards — £84.00\nPayment terms: 30 days\n\nRewrite the footer so late-payment terms sound less aggressive.`,
  ],
  [
    "en",
    "neg-address:shipping-template:code",
    `^XA\n^FO50,50^A0N,30,30^FDSHIP FROM: Acme Fulfillment Center^FS\n^FO50,90^A0N,25,25^FD4200 Industrial Pkwy, Reno, NV 89502^FS\n^FO50,160^A0N,30,30^FDSHIP TO: {recipient_name}^FS\n^FO50,200^A0N,25,25^FD{address_line1}^FS\n^XZ\nWhy does my ZPL template print the recipient block cut off on 4x6 labels?`,
  ],
  [
    "en",
    "neg-address:store-locator:code",
    `const stores = [\n  { id: 1, name: "Midtown", address: "350 5th Ave, New York, NY 10118", hours: "9-21" },\n  { id: 2, name: "Union Square", address: "33 E 17th St, New York, NY 10003", hours: "8-22" },\n];\nHow do I render these as Leaflet markers and open the nearest store's popup?`,
  ],
  [
    "en",
    "neg-address:venue:free",
    `Our Kubernetes meetup is at the Moscone Center, 747 Howard St, San Francisco, CA 94103 on the 14th. Write a short invitation for the mailing list.`,
  ],
  [
    "en",
    "neg-address:embassy:free",
    `What are the visa section's opening hours at the US Embassy, 33 Nine Elms Lane, London SW11 7US, and do I need to book online?`,
  ],
  [
    "en",
    "neg-address:government-office:free",
    `Is the DMV field office at 2570 24th St, Sacramento, CA 95818 walk-in friendly for REAL ID, or do I need an appointment?`,
  ],
  [
    "en",
    "neg-address:test-fixture:code",
    `test("formats US address", () => {\n  expect(formatAddress({ line1: "1600 Amphitheatre Parkway", city: "Mountain View", state: "CA", zip: "94043" }))\n    .toBe("1600 Amphitheatre Parkway\\nMountain View, CA 94043");\n});\nThis fails with an extra comma. Where is the bug likely?`,
  ],
  [
    "en",
    "neg-address:geocoding:code",
    `curl "https://maps.googleapis.com/maps/api/geocode/json?address=1600+Pennsylvania+Ave+NW,+Washington,+DC+20500&key=YOUR_API_KEY"\nThe response has two results. How do I pick the one with location_type ROOFTOP?`,
  ],
  [
    "en",
    "neg-address:format-question:free",
    `In the US, should an apartment number go on the same line — "123 Main St Apt 4B, Springfield, IL 62704" — or on a separate line above the street?`,
  ],
  [
    "en",
    "neg-address:listing:doc",
    `Rewrite this listing to sound warmer: "Charming 3-bed Victorian at 48 Linden Avenue, Oak Park, IL 60302. Original woodwork, new roof 2022. Listed at $649,000. Open house Sunday 1–4 pm."`,
  ],
  ["en", "neg-address:historical:free", `The Flatiron Building at 175 Fifth Avenue, New York, NY 10010 — when was it finished and why is it that shape?`],
  [
    "en",
    "neg-address:hotel:free",
    `Our team offsite hotel is the Hilton Chicago, 720 S Michigan Ave, Chicago, IL 60605. Plan a three-day walking itinerary starting from there.`,
  ],
  [
    "en",
    "neg-address:returns:doc",
    `Returns\nSend unworn items within 30 days to: Returns Dept., Lumen Apparel, Unit 7, Brookside Business Park, Milton Keynes MK12 5TS.\nTurn this into three FAQ entries for our shop.`,
  ],
  [
    "en",
    "neg-address:headquarters:doc",
    `Edit this boilerplate for our press release: "Founded in 2011, Quillstone Labs is headquartered at 200 Clarendon Street, Boston, MA 02116, and employs 140 people."`,
  ],
  [
    "en",
    "neg-address:university-office:free",
    `Do I mail official transcripts to the Office of Undergraduate Admissions, 515 E Jefferson St, Ann Arbor, MI 48109, or can my school upload them?`,
  ],
  [
    "en",
    "neg-address:hospital:free",
    `How do I get from Waterloo station to St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH, on foot with a walking frame?`,
  ],
  [
    "en",
    "neg-address:seed-data:code",
    `INSERT INTO warehouses (name, street, city, zip) VALUES\n  ('Reno DC', '4200 Industrial Pkwy', 'Reno', '89502'),\n  ('Memphis DC', '3101 Tchulahoma Rd', 'Memphis', '38118');\nHow do I add a unique constraint on (street, zip) without locking the table?`,
  ],
  [
    "en",
    "neg-address:parser-example:code",
    `import usaddress\nprint(usaddress.tag("1234 Oak Street, Springfield, IL 62704"))\nWhy does it return "Ambiguous" for some inputs, and how do I catch RepeatedLabelError?`,
  ],
  [
    "en",
    "neg-address:court:doc",
    `Fix the formatting of this filing footer: "Filed with the Clerk of Court, U.S. District Court for the Southern District of New York, 500 Pearl Street, New York, NY 10007."`,
  ],
  [
    "en",
    "neg-address:office-move:doc",
    `We moved! From 1 March our office is at WeWork, 1 Lincoln St, Boston, MA 02111. Please write a two-line announcement for our clients' newsletter.`,
  ],
  [
    "en",
    "neg-address:bank-branch:free",
    `The bank branch at 400 Market St, Philadelphia, PA 19106 is closing. What usually happens to safe deposit boxes when a branch closes?`,
  ],
  ["en", "neg-address:airport-museum:free", `How long does it take from Heathrow Terminal 5 to Tate Modern, Bankside, London SE1 9TG by public transport?`],
  [
    "en",
    "neg-address:api-example:code",
    `stripe.customers.create({\n  name: "Jenny Rosen",\n  address: { line1: "510 Townsend St", postal_code: "98140", city: "San Francisco", state: "CA", country: "US" },\n});\nIs "address" required for Indian customers under export rules?`,
  ],
  [
    "en",
    "neg-address:directory:code",
    `business,street,city,postcode\nThe Old Bakery Café,14 High Street,Whitby,YO21 3BH\nHarbour Books,2 Flowergate,Whitby,YO21 3BA\nConvert this chamber of commerce CSV into GeoJSON (I will geocode separately).`,
  ],
  [
    "en",
    "neg-address:contact-page:doc",
    `Translate our "Find us" page into plain English: "Visit our showroom at Unit 3, Riverside Trade Park, Cardiff CF10 4LZ. Free parking. Mon–Sat 9–5."`,
  ],
  // --- business addresses: positives of the same shapes (a private person's home) --------------------------------------
  [
    "en",
    "address:signature:doc",
    `Tidy up my personal email signature for the parish newsletter:\nTom Becker\n⟦street_address|22 Hawthorn Close, Caversham, Reading RG4 8TT⟧ (home)\nVolunteer treasurer`,
  ],
  [
    "en",
    "address:invoice-to:doc",
    `INVOICE 2026-0458\nFrom: Brightline Print Co.\nBill to: Daniel Ruiz, ⟦street_address|3817 W Wrightwood Ave, Chicago, IL 60647⟧\nItem: wedding invitations x 120\nDaniel says he never got it — write a polite reminder email to him.`,
  ],
  [
    "en",
    "address:shipping-label:code",
    `^XA\n^FO50,160^A0N,30,30^FDSHIP TO: Karen Liu^FS\n^FO50,200^A0N,25,25^FD⟦street_address|59 Maple Ridge Dr, Apt 3, Edison, NJ 08820⟧^FS\n^XZ\nThe label for my customer Karen prints blank — what's wrong with this ZPL?`,
  ],
  [
    "en",
    "address:tenant:free",
    `My tenant Joe Fischer at ⟦street_address|1234 Oak Street, Apt 5⟧ is two months behind on rent. What notice do I have to give him in Ohio?`,
  ],
  [
    "en",
    "address:geocoding:code",
    `geocode("⟦street_address|88 Cedar Crest Rd, Boulder, CO 80304⟧")  # Mrs. Ellen Park, home visit Tuesday\nWhy does this return a point 200 m off? She keeps missing our nurse visits.`,
  ],
  [
    "en",
    "address:airport-pickup:free",
    `I'm picking my grandmother Doris Kemp up at Gatwick airport and driving her home to ⟦street_address|41 Meadow View, Crawley RH10 3PL⟧. What's the quickest route avoiding the M23?`,
  ],
  [
    "en",
    "address:bank-agent:free",
    `The bank agent asked me to confirm my mother Irene Walsh's home address for the joint account: ⟦street_address|7 Willow Court, Knocknacarra, Galway H91 X2P4⟧. Is it safe to give that over the phone?`,
  ],
  [
    "en",
    "address:legal-letter:doc",
    `Draft a cease-and-desist letter to our former employee Mark Dunn, residing at ⟦street_address|2209 Elm Street, Austin, TX 78705⟧, who is contacting our clients.`,
  ],
  [
    "en",
    "address:home-party:doc",
    `Lily's 7th birthday party! Saturday 2–5 pm at our house: the Hendersons, ⟦street_address|27 Poplar Grove, Swindon SN2 7HX⟧. Make this invitation rhyme.`,
  ],
  [
    "en",
    "address:emergency-contact:doc",
    `Emergency contact: Sarah Nguyen (sister)\nAddress: ⟦street_address|450 Pine St Apt 12, Seattle, WA 98101⟧\nCheck this onboarding form section for missing fields.`,
  ],
  [
    "en",
    "address:route-list:code",
    `const visits = [\n  { client: "Harold Briggs", address: "⟦street_address|12 Ashdown Road, Worthing BN11 1DE⟧" },\n  { client: "Mavis Penrose", address: "⟦street_address|3 Seaview Terrace, Worthing BN11 3QR⟧" },\n];\nSort my home-care visits by distance from the office.`,
  ],
  [
    "en",
    "address:listing-owner:doc",
    `Write a friendly letter to Alan Whitfield at his home, ⟦street_address|9 Church Street, Ely CB7 4BL⟧, asking whether he would consider selling his cottage to us.`,
  ],
  [
    "en",
    "address:discharge:doc",
    `Discharge summary — Mr George Hale, of ⟦street_address|5 Larch Road, Norwich NR3 2QP⟧. Lives alone. Please rewrite for the district nurse in plain language.`,
  ],
  [
    "en",
    "address:delivery-note:doc",
    `Delivery note\nDeliver to: Pavel Novak\n⟦street_address|Flat 2, 19 Granby Street, Leicester LE1 6FB⟧\nLeave with neighbour if out.\nRewrite the instructions for our driver.`,
  ],
  // --- dates that are nobody's private birth date ----------------------------------------------------------------------
  ["en", "neg-date:founding:free", `Apple was incorporated on January 3, 1977. How many years ago was that, and what day of the week was it?`],
  [
    "en",
    "neg-date:release:doc",
    `Make a Markdown timeline: the iPhone was released on June 29, 2007; Android 1.0 shipped on September 23, 2008; the iPad went on sale April 3, 2010.`,
  ],
  ["en", "neg-date:death-historical:free", `Abraham Lincoln died on April 15, 1865. What day of the week was that?`],
  [
    "en",
    "neg-date:statistics:doc",
    `| Cohort | Born | n | Median age |\n|---|---|---|---|\n| Millennials | 1981–1996 | 1,204 | 36 |\n| Gen Z | 1997–2012 | 986 | 22 |\nWrite two sentences summarising this survey table.`,
  ],
  [
    "en",
    "neg-date:format-question:free",
    `On a form for a German authority, should a date of birth be written 03.04.1990 or 1990-04-03? Which is more common?`,
  ],
  ["en", "neg-date:own-birthday:free", `I was born on 14 March 1992. How many days old am I today, roughly?`],
  ["en", "neg-date:own-birthday:free", `My birthday is 29 February 2000 — on which date do I legally turn 18 in the UK in a non-leap year?`],
  ["en", "neg-date:expiry:free", `My passport expires on 12/08/2027. Can I still enter Thailand on a trip starting in June 2027?`],
  ["en", "neg-date:child-age:free", `My daughter turns 4 on 12 June. What party games work for a group of eight 4-year-olds in a small garden?`],
  ["en", "neg-date:child-age:free", `Our baby was born on 2 September 2026. When are her 8-week vaccinations due, and can we do them a few days early?`],
  [
    "en",
    "neg-date:test-fixture:code",
    `const testUser = { name: "Test User", email: "test@example.com", dob: "1990-01-01" };\nit("rejects under-18s", () => expect(isAdult({ ...testUser, dob: "2010-05-10" })).toBe(false));\nThis passes locally but fails in CI around midnight. Why?`,
  ],
  ["en", "neg-date:software-eol:free", `Node.js 18 reached end-of-life on 30 April 2025. What breaks if we keep running it in a private network?`],
  [
    "en",
    "neg-date:warranty:free",
    `I bought a dishwasher on 15/03/2024 with a 24-month warranty. It broke on 20/03/2026. Do I have any rights under UK consumer law?`,
  ],
  ["en", "neg-date:anniversary:doc", `Our company was founded on 12 May 1998 in a garage in Leeds. Write a LinkedIn post for the anniversary.`],
  [
    "en",
    "neg-date:form-instruction:doc",
    `Proofread this form help text: "Date of birth (DD/MM/YYYY), for example 07/11/1985. You must be 16 or over to apply."`,
  ],
  [
    "en",
    "neg-date:statistics:code",
    `births_2022 = {"Jan": 51234, "Feb": 47120, "Mar": 52011}\n# Source: ONS, live births by month of occurrence\nHow do I plot these as a seasonal bar chart in matplotlib?`,
  ],
  ["en", "neg-date:own-birthday:free", `Today is my 40th birthday (born 5 Dec 1986)! Suggest a half-day hike near Denver that isn't too crowded.`],
  ["en", "neg-date:expiry:free", `My visa expires on 2026-12-31 and I entered on 2026-10-02. How many days do I have left to stay?`],
  [
    "en",
    "neg-date:recall:doc",
    `Summarise this recall notice: "Lots manufactured between 2024-01-03 and 2024-02-28 (best before 03/2027) may contain undeclared peanuts."`,
  ],
  [
    "en",
    "neg-date:validation:code",
    `def test_dob_validation():\n    assert not valid_dob("31/02/1990")\n    assert valid_dob("29/02/1996")\n    assert not valid_dob("01/01/1899")\nWhy does the leap-year case fail with dateutil?`,
  ],
  ["en", "neg-date:statistics:free", `In 2023 the average age of first-time mothers in England and Wales was 30.9. How has that changed since 1973?`],
  // --- dates: positives of the same shapes (a named or identified person's birth date) ---------------------------------
  [
    "en",
    "date:enrolment:free",
    `My son Ethan Walker was born on ⟦date_of_birth|3 April 2019⟧. Which school year does he start in England, and when do I apply?`,
  ],
  ["en", "date:format-question:doc", `Convert the date of birth to the German format for this form: Name: Ahmed Karimi, DOB: ⟦date_of_birth|1987-09-14⟧.`],
  [
    "en",
    "date:child-age:free",
    `Our daughter Chloe Bennett (born ⟦date_of_birth|17 January 2021⟧) still wakes three times a night. Is that normal at her age?`,
  ],
  [
    "en",
    "date:staff-table:code",
    `employee,dob,start_date\nGraham Pike,⟦date_of_birth|1972-06-30⟧,2015-09-01\nLucy Amadi,⟦date_of_birth|1994-11-08⟧,2021-02-15\nHow do I compute each employee's age at start date in pandas?`,
  ],
  [
    "en",
    "date:insurance:doc",
    `Policyholder: Richard Moss\nDate of birth: ⟦date_of_birth|2 February 1964⟧\nPolicy start: 1 July 2025, renews 1 July 2026\nCheck whether his age band premium looks right.`,
  ],
  [
    "en",
    "date:passport-expiry:doc",
    `Passport holder: Julia Stein, born ⟦date_of_birth|08.05.1990⟧, passport expires 12.03.2031. Does she need a new one for a 2030 US trip?`,
  ],
  [
    "en",
    "date:colleague-birthday:free",
    `Set a yearly reminder: my colleague Priya Raman was born on ⟦date_of_birth|21 October 1993⟧. What's a good gift for a 33rd birthday?`,
  ],
  [
    "en",
    "date:test-fixture:code",
    `// TODO replace: using my real details as seed data for now\nconst seedUser = { name: "Liam O'Connor", dob: "⟦date_of_birth|1996-12-02⟧", city: "Cork" };\nWrite a faker-based replacement.`,
  ],
  [
    "en",
    "date:grandparent:free",
    `My grandfather, Walter Pryce, was born on ⟦date_of_birth|9 November 1931⟧ in Merthyr. How old will he be at his next birthday party?`,
  ],
  [
    "en",
    "date:patient-label:doc",
    `Rewrite this specimen label in the lab's format:\nPatient: Maria Gonzalez\nDOB: ⟦date_of_birth|11/23/1958⟧\nCollected: 2026-12-04 08:15`,
  ],
];
