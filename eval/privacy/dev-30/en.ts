/**
 * Development set 30, English entries: street addresses of public places (museums, stadiums, embassies, government
 * offices, warehouses, hotels, film and novel addresses, historical homes), address formats and geocoding code; dates
 * that are nobody's private birth date (public figures, releases, history, fiction, company anniversaries, log and
 * code formats, age arithmetic); fiction, role-play, case studies, guidelines and leaflets with invented or no
 * patients — then matched positives (a private person's home address, a named person's birth date, a named patient).
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- addresses of public places -------------------------------------------------------------------------------------
  [
    "en",
    "neg-address:stadium:free",
    `Best way to get from King's Cross to Emirates Stadium, Hornsey Road, London N7 7AJ on a matchday? I'd rather avoid Holloway Road station if it's rammed.`,
  ],
  [
    "en",
    "neg-address:government:free",
    `Does the passport office at 89 Eccleston Square, London SW1V 1PN still do one-day Premium appointments, or did they move everything online?`,
  ],
  [
    "en",
    "neg-address:warehouse:doc",
    `Subject: carrier appointment\n\nHi team, our pallets for PO 88213 go to the Amazon fulfillment center ONT8, 24300 Nandina Ave, Moreno Valley, CA 92551. Can you draft the booking request to the carrier for Thursday morning dock slots?`,
  ],
  [
    "en",
    "neg-address:film:free",
    `Is the Home Alone house at 671 Lincoln Avenue, Winnetka, Illinois really the one they filmed in, or was the interior a set? Asking for a movie-trivia night.`,
  ],
  [
    "en",
    "neg-address:format:free",
    `What's the right line order for a UK address label? For example: Flat 2, 18 Example Road, Townsville AB1 2CD. Does the flat go on its own line above the street?`,
  ],
  [
    "en",
    "neg-address:geocoding:code",
    `from geopy.geocoders import Nominatim\ngeo = Nominatim(user_agent="demo")\nloc = geo.geocode("350 Fifth Avenue, New York, NY 10118")\nprint(loc.latitude, loc.longitude)\n# Empire State Building comes back 200 m off. Is Nominatim that imprecise?`,
  ],
  [
    "en",
    "neg-address:historical:free",
    `Einstein lived at 112 Mercer Street, Princeton from 1935 until his death. Who owns the house now and can visitors go inside?`,
  ],
  [
    "en",
    "neg-address:embassy:free",
    `The Canadian Embassy at 501 Pennsylvania Avenue NW, Washington, DC — do I need an appointment to get a document notarised there, or only at the consulates?`,
  ],
  [
    "en",
    "neg-address:business:code",
    `<footer class="site-footer">\n  <p>Northwind Analytics Ltd · Suite 400, 225 Bush Street, San Francisco, CA 94104</p>\n</footer>\nHow do I make this footer stack on mobile without a media query?`,
  ],
  [
    "en",
    "neg-address:store-seed:code",
    `INSERT INTO stores (name, street, city, zip) VALUES\n  ('Downtown', '1550 Market St', 'Denver', '80202'),\n  ('Cherry Creek', '3000 E 1st Ave', 'Denver', '80206');\n-- Postgres says "column zip is of type integer" — should postcodes be text?`,
  ],
  [
    "en",
    "neg-address:returns:doc",
    `Please rewrite our returns policy in a friendlier tone: "Returns must be sent within 30 days to ReturnCo Warehouse, Unit 7, Brookside Industrial Estate, 40 Mill Lane, Leeds LS12 4HX. Items must be unused. Postage is not refunded."`,
  ],
  [
    "en",
    "neg-address:hotel:free",
    `We're booked at the Hotel Adlon, Unter den Linden 77, 10117 Berlin for three nights. How long is the walk to Museum Island and is there anything open on a Monday?`,
  ],
  [
    "en",
    "neg-address:regex:code",
    `Write a regex that matches US street lines like "1234 Elm St Apt 5" or "742 Evergreen Terrace" but not "PO Box 12". I'll run it over a column of store locations.`,
  ],
  [
    "en",
    "neg-address:museum:free",
    `Is the Rijksmuseum entrance at Museumstraat 1, 1071 XX Amsterdam step-free? My dad uses a wheelchair and I want to plan the route from Centraal.`,
  ],
  // --- dates that are nobody's private birth date ---------------------------------------------------------------------
  [
    "en",
    "neg-date:public-figure:free",
    `Freddie Mercury was born on 5 September 1946 in Stone Town, Zanzibar. Write four quiz questions about his early life with the answers.`,
  ],
  [
    "en",
    "neg-date:release:free",
    `The iPhone was announced on 9 January 2007 and went on sale on 29 June 2007. How many days is that, and what came out in between from Apple?`,
  ],
  [
    "en",
    "neg-date:history:doc",
    `Turn this into a timeline for Year 9: the Berlin Wall was built from 13 August 1961, Reagan's speech was 12 June 1987, the border opened on 9 November 1989 and reunification was 3 October 1990.`,
  ],
  [
    "en",
    "neg-date:log-format:code",
    `2026-03-14T09:12:44.512Z ERROR payment-worker retry=3 job=af31c2\n2026-03-14T09:12:49.007Z WARN  payment-worker backoff=5000\nHow do I parse these timestamps with datetime.strptime when some lines have milliseconds and some don't?`,
  ],
  [
    "en",
    "neg-date:age-arithmetic:free",
    `Hypothetically, if someone was born on 29 February 2000, on which day do they legally turn 18 in England in a non-leap year — 28 February or 1 March?`,
  ],
  [
    "en",
    "neg-date:fiction:free",
    `Harry Potter's birthday is 31 July 1980, same as Neville's the day before. Plan a Hogwarts-themed party menu for a fan club meetup on his birthday.`,
  ],
  [
    "en",
    "neg-date:anniversary:doc",
    `Draft a LinkedIn post: "Bramble & Finch was founded on 12 May 1998 in a garage in Bristol. Twenty-eight years later we're 140 people strong…" — make it less cheesy.`,
  ],
  [
    "en",
    "neg-date:schema:code",
    `CREATE TABLE patients (id serial primary key, full_name text, date_of_birth date);\n-- sample row: ('Test Patient', '1900-01-01')\nShould date_of_birth be DATE or TEXT if some records only know the year?`,
  ],
  ["en", "neg-date:pet:free", `Our cat Mochi was born on 3 April 2019. Is it silly to throw her a birthday party, and what treats are safe for cats?`],
  [
    "en",
    "neg-date:historical-figure:doc",
    `Proofread this museum label: "Ada Lovelace (born 10 December 1815, London) wrote what is often called the first published algorithm, in her notes on Babbage's Analytical Engine (1843)."`,
  ],
  [
    "en",
    "neg-date:js-date:code",
    `new Date("1985-07-13") prints Fri Jul 12 1985 in my browser. Live Aid was on the 13th! Why is JavaScript shifting the day and how do I stop it?`,
  ],
  [
    "en",
    "neg-date:tv-character:free",
    `In The Big Bang Theory, is Sheldon Cooper's birthday given as February 26, 1980? I want to check before I put it in a fan wiki.`,
  ],
  [
    "en",
    "neg-date:deadline:free",
    `The self-assessment deadline is 31 January 2027 and my second payment on account is due 31 July. Can I pay both at once without a penalty?`,
  ],
  [
    "en",
    "neg-date:band-release:free",
    `"Love Me Do" was released on 5 October 1962 and "Please Please Me" on 11 January 1963. Which charted higher in the UK?`,
  ],
  // --- health in fiction, role-play, teaching and leaflets ------------------------------------------------------------
  [
    "en",
    "neg-health:role-play:free",
    `Let's role-play an OSCE station. You're Dr. Hale, the examiner's patient is a character I'll play: Marcus Reed, 54, crushing chest pain radiating to the left arm for 40 minutes, a smoker with high cholesterol. Start the consultation.`,
  ],
  [
    "en",
    "neg-health:novel:free",
    `In my novel, Clara Whitfield is diagnosed with early-onset Alzheimer's at 49. Write the scene where she tells her husband over breakfast, without melodrama.`,
  ],
  [
    "en",
    "neg-health:guideline:doc",
    `Summarise for a patient leaflet: "Offer standard-release metformin as first-line drug treatment for adults with type 2 diabetes. Review the dose if eGFR is below 45 and stop it if below 30."`,
  ],
  [
    "en",
    "neg-health:leaflet:doc",
    `Paracetamol 500 mg tablets. Adults and children over 16: take 1 or 2 tablets every 4 to 6 hours. Do not take more than 8 tablets in 24 hours. Do not take with other paracetamol-containing products.\n\nRewrite this at a reading age of 9.`,
  ],
  [
    "en",
    "neg-health:game:code",
    `{"npc": "Brother Aldric", "faction": "Grey Abbey", "condition": "plague", "hp": 12, "dialogue": "cough_01"}\nIn Unity, how do I make NPCs with condition "plague" slowly lose hp?`,
  ],
  [
    "en",
    "neg-health:public-figure:free",
    `How did Stephen Hawking live for more than fifty years with ALS when most patients survive only a few years after diagnosis?`,
  ],
  [
    "en",
    "neg-health:simulated-patient:doc",
    `Simulated patient brief (training only): Jane Doe, 35, presents with a throbbing unilateral headache, nausea and photophobia, worse with movement. Write the actor's script for the history-taking.`,
  ],
  [
    "en",
    "neg-health:vignette:free",
    `A 23-year-old man presents with polyuria, polydipsia and weight loss; glucose 22 mmol/L, ketones 3.4. What's the next step? Explain for my exam revision.`,
  ],
  [
    "en",
    "neg-health:tv-character:free",
    `Does Gregory House's Vicodin addiction in House M.D. realistically show how opioid dependence after a leg infarction develops?`,
  ],
  [
    "en",
    "neg-health:case-study:doc",
    `Case study (invented for teaching): Mrs A, 72, COPD exacerbation, SpO2 86% on air. Write three reflective questions for second-year nursing students.`,
  ],
  // --- matched positives ------------------------------------------------------------------------------------------------
  [
    "en",
    "address:tenant-letter:doc",
    `Please draft a polite letter to my tenant, Gareth Pryce, at ⟦street_address|27 Alder Close, Swindon SN3 4PL⟧, saying the boiler service is booked for 14 March between 8 and 12.`,
  ],
  [
    "en",
    "address:order-json:code",
    `{"order_id": "SO-55120", "customer": "Priya Natarajan", "ship_to": "⟦street_address|1180 Birchwood Dr, Apt 3C, Columbus, OH 43214⟧", "items": 3}\nWhy does our label printer cut off the ship_to line?`,
  ],
  [
    "en",
    "address:own-home:free",
    `My ex keeps turning up outside my flat at ⟦street_address|9 Harrow Court, Leicester LE2 1RP⟧ at night. What's the process for a non-molestation order?`,
  ],
  [
    "en",
    "date:form:doc",
    `New starter form\nName: Daniel Okafor\nDOB: ⟦date_of_birth|14/08/1987⟧\nNI number: to follow\nStart date: 02/03/2026\nCheck this is complete for payroll.`,
  ],
  [
    "en",
    "date:named-child:free",
    `My son Theo was born on ⟦date_of_birth|2 March 2018⟧ — which school year is he in, in England, and when do I apply for secondary school?`,
  ],
  [
    "en",
    "date:csv:code",
    `employee,dob,start_date\nR. Svensson,⟦date_of_birth|1979-11-23⟧,2021-04-01\nM. Adeyemi,⟦date_of_birth|1990-02-08⟧,2023-09-18\nWrite pandas code to compute each employee's age at start.`,
  ],
  [
    "en",
    "health:hr-email:doc",
    `Hi Karen, just so you know before the rota meeting: Tom Baxter has been signed off with ⟦health|stress-related depression⟧ until the end of the month. Please keep it confidential.`,
  ],
  [
    "en",
    "health:clinical:doc",
    `Patient: Eleanor Vance, 68. Admitted with ⟦health|community-acquired pneumonia⟧, CURB-65 score 2. Started on amoxicillin. Turn this into a handover note.`,
  ],
  [
    "en",
    "health:colleague:free",
    `My colleague Ravi Menon told me in confidence he's got ⟦health|Crohn's disease⟧. How can I support him at work without making it awkward?`,
  ],
  [
    "en",
    "address:application:doc",
    `Tenant application\nFull name: Lucy Hargreaves\nDate of birth: ⟦date_of_birth|05.06.1992⟧\nCurrent address: ⟦street_address|48 Kingsley Road, Norwich NR1 3RB⟧\nSummarise this for the landlord.`,
  ],
  ["en", "date:grandma:free", `Write a short birthday poem for my grandma Edith, born ⟦date_of_birth|17 January 1941⟧ — she loves gardening and crosswords.`],
  [
    "en",
    "address:delivery-route:code",
    `stops = [\n  {"name": "Mrs J. Whitmore", "addr": "⟦street_address|6 Orchard Lane, Hitchin SG4 9HJ⟧"},\n  {"name": "Mr P. Dunne", "addr": "⟦street_address|31 Walsworth Road, Hitchin SG4 9SP⟧"},\n]\nOrder these stops to minimise driving with OR-Tools.`,
  ],
];
