/** Development set 41, English: public documents as published, each with (often) a twin where one fact is personal. */
import type { Group } from "./group.js";

export const EN: Group[] = [
  // encyclopaedia biographies and obituaries
  [
    [
      "en",
      "neg-date:biography:doc",
      `Ada Lovelace

Augusta Ada King, Countess of Lovelace (née Byron; 10 December 1815 – 27 November 1852) was an English mathematician and writer, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.

Early life
Lovelace was born in London on 10 December 1815, the only legitimate child of the poet Lord Byron and his wife Anne Isabella Milbanke.

Shorten this to three sentences for a school poster.`,
    ],
    [
      "en",
      "date:biography:doc",
      `Can you turn my neighbour's notes into a short "about me" for the residents' association newsletter? She isn't famous, just lovely.

Margaret Ellen Hobbs
Born: ⟦date_of_birth|14 February 1951⟧, Leeds
Retired school librarian, lives on Ferncliffe Road, grows prize dahlias, has chaired the allotment committee since 2019.`,
    ],
  ],
  [
    [
      "en",
      "neg-date:obituary:doc",
      `OBITUARY — Tributes poured in for the broadcaster Sir Terry Wogan, who died on 31 January 2016 aged 77. Born in Limerick on 3 August 1938, Wogan joined RTÉ as a newsreader before moving to the BBC, where he presented Wake Up to Wogan for almost three decades.

Summarise this obituary for a radio trivia quiz, keep the dates.`,
    ],
    [
      "en",
      "date:obituary:doc",
      `Please tidy the wording of this death notice before I send it to the Herald:

KOWALCZYK, Dorothy Anne (née Price). Born ⟦date_of_birth|9 May 1939⟧ in Swansea, passed away peacefully at home on 28 November 2026. Beloved wife of the late Stan, mum to Carol and Mike. Funeral at St Teilo's, Friday 11am.`,
    ],
  ],
  [
    [
      "en",
      "neg-date:biography:doc",
      `From the Nobel Prize website:

Kazuo Ishiguro – Biographical. Kazuo Ishiguro was born on 8 November 1954 in Nagasaki, Japan. His family moved to Britain in 1960. He studied at the University of Kent and the University of East Anglia. Awarded the Nobel Prize in Literature 2017.

What are his best-known novels besides The Remains of the Day?`,
    ],
  ],
  [
    [
      "en",
      "neg-date:biography:doc",
      `Infobox (copied from Wikipedia):
Name: Serena Williams
Born: September 26, 1981 (age 45), Saginaw, Michigan, U.S.
Height: 1.75 m
Turned pro: 1995
Retired: 2022
Prize money: US$94,816,730

Make a fact card with these fields.`,
    ],
  ],
  // company imprints / contact pages
  [
    [
      "en",
      "neg-address:imprint:doc",
      `Legal notice
Northwind Analytics Ltd
Registered office: 20 Farringdon Road, London EC1M 3HE, United Kingdom
Registered in England and Wales, company number 08412276
VAT registration number GB 294 7714 26
Contact: legal@northwind-analytics.co.uk, +44 20 3868 4410

Does this legal notice satisfy the UK Companies Act disclosure rules for a website?`,
    ],
    [
      "en",
      "address:letter:doc",
      `Can you make this complaint letter sound firmer?

From: Gareth Pryce
⟦street_address|14 Willow Close, Harrogate HG2 8QT⟧

To: Northwind Analytics Ltd, 20 Farringdon Road, London EC1M 3HE

Dear Sir or Madam, I cancelled my subscription on 2 October and you have charged me twice since.`,
    ],
  ],
  [
    [
      "en",
      "neg-email:contact:doc",
      `Contact us
Press enquiries: press@halcyonbio.com
Investor relations: ir@halcyonbio.com
Careers: jobs@halcyonbio.com
Data protection officer: dpo@halcyonbio.com
Halcyon Biosciences Inc., 450 Kendall Street, Cambridge, MA 02142

Turn this into an HTML contact block with mailto links.`,
    ],
    [
      "en",
      "email:contact:doc",
      `Reply to this applicant politely saying the role is filled. Her message:

"Hi, I'm Rosalind Tembo, I applied for the lab tech job last month. You can reach me at ⟦email|rosie.tembo88@gmail.com⟧ any time. Thanks!"`,
    ],
  ],
  // press releases and annual reports
  [
    [
      "en",
      "neg-financial:annual-report:doc",
      `Extract from the 2025 Annual Report, Directors' Remuneration Report (audited):

Single total figure of remuneration — Chief Executive, Amanda Blevins: base salary £842,000; annual bonus £1,020,000; LTIP vesting £2,316,000; pension £84,200; total £4,262,200.
Chief Financial Officer, Rajiv Menon: base salary £560,000; total £2,118,400.

Calculate what share of the CEO's pay was variable.`,
    ],
    [
      "en",
      "financial:message:chat",
      `Slack DM, can you help me word a reply?

Dan Whitcombe: hey, HR says my new salary from January is ⟦financial|£41,500⟧, that's only 2% up, is it worth pushing back?
me: ...

I'm his manager; draft something supportive but honest.`,
    ],
  ],
  [
    [
      "en",
      "neg-financial:press-release:doc",
      `FOR IMMEDIATE RELEASE
Ridgeway Foods reports third-quarter results
CHICAGO, Oct. 29, 2026 — Ridgeway Foods (NYSE: RDGW) today reported net sales of $2.41 billion, up 6.3%, and adjusted earnings per share of $1.18. "Our brands continue to win share," said Chief Executive Officer Maria Gonzalez-Pratt.
Media contact: media@ridgewayfoods.com

Write a two-line summary for an investor newsletter.`,
    ],
  ],
  [
    [
      "en",
      "neg-financial:proxy:doc",
      `From the proxy statement (DEF 14A), Summary Compensation Table, fiscal 2025:
Name and principal position | Salary ($) | Stock awards ($) | Total ($)
Thomas Keller, President and CEO | 1,250,000 | 9,800,000 | 14,732,118
Linda Osei, EVP and CFO | 780,000 | 3,100,000 | 5,008,440

Explain what "stock awards" means in this table for a non-finance reader.`,
    ],
  ],
  // job adverts
  [
    [
      "en",
      "neg-financial:job-ad:doc",
      `Job advert — Senior Data Engineer (Hybrid, Manchester)
Salary: £62,000 – £74,000 per annum plus 8% pension
Benefits: 27 days' holiday, private medical
To apply, send your CV to talent@greyfriars-tech.com by 15 January 2027.
Greyfriars Technology Ltd, 3 Hardman Street, Manchester M3 3HF

Rewrite this ad to be more inclusive.`,
    ],
    [
      "en",
      "financial:offer:doc",
      `Please check the grammar of this offer letter before I sign it off:

Dear Ms Chloe Adebayo,
We are pleased to offer you the position of Senior Data Engineer at a starting salary of ⟦financial|£68,500⟧ per annum, commencing 2 February 2027.`,
    ],
  ],
  [
    [
      "en",
      "neg-financial:job-ad:doc",
      `USAJOBS posting: Park Ranger (Interpretation), GS-0025-07
Salary: $49,025 to $63,733 per year
Location: Yellowstone National Park, WY
Announcement number: IMR-12659001-26

Summarise the pay and grade for me.`,
    ],
  ],
  // real estate and venues
  [
    [
      "en",
      "neg-address:listing:doc",
      `FOR SALE — 3 bed semi-detached
42 Orchard Lane, Didsbury, Manchester M20 2LN
Guide price £485,000. Freehold, EPC C, south-facing garden, chain free.
Viewings through Hartley & Shaw Estate Agents, 0161 445 9021.

Write an Instagram caption for this listing.`,
    ],
    [
      "en",
      "address:letter:chat",
      `My friend Priya Raman just moved, she's at ⟦street_address|42 Orchard Lane, Didsbury, Manchester M20 2LN⟧. Can you help me write a housewarming card to send her there?`,
    ],
  ],
  [
    [
      "en",
      "neg-address:venue:doc",
      `Venue information
The Roundhouse, Chalk Farm Road, London NW1 8EH
Box office: open Mon–Sat 11:00–18:00
Nearest Tube: Chalk Farm (Northern line)
Step-free access via the main entrance.

What's the easiest way to get there from King's Cross?`,
    ],
  ],
  [
    [
      "en",
      "neg-address:listing:doc",
      `Apartment for rent: 1BR, 850 sq ft
Address: 1180 Peachtree St NE, Unit 1402, Atlanta, GA 30309
Rent: $2,150/month, 12-month lease, pets allowed (fee applies)
Leasing office: leasing@1180peachtree.com

Make a comparison table with the other listing I'll paste next.`,
    ],
  ],
  // scientific paper front matter
  [
    [
      "en",
      "neg-email:paper:doc",
      `Title: Sparse attention for long-context protein language models

Hannah J. Okafor¹*, Wei Zhang², Lukas Brenner¹
¹ Department of Computer Science, ETH Zürich, Universitätstrasse 6, 8092 Zürich, Switzerland
² School of Life Sciences, Tsinghua University, Beijing 100084, China
* Correspondence: hokafor@inf.ethz.ch

Format this front matter in LaTeX with \\author and \\affil.`,
    ],
    [
      "en",
      "email:paper:chat",
      `I'm organising the reading group. One of the members, Tobias Lund, asked to get the paper PDFs at his private address ⟦email|tobias.lund.home@outlook.com⟧ instead of the uni one. Write him a short note confirming.`,
    ],
  ],
  [
    [
      "en",
      "neg-email:paper:doc",
      `Author information
Corresponding author: Maria Fernanda Rocha, Instituto de Física, Universidade de São Paulo, Rua do Matão 1371, São Paulo, SP 05508-090, Brazil. E-mail: mfrocha@if.usp.br
ORCID: 0000-0002-1825-0097
Received 12 March 2026; accepted 30 June 2026.

Convert to the journal's "Affiliations" style.`,
    ],
  ],
  // court calendars and gazettes
  [
    [
      "en",
      "neg-address:gazette:doc",
      `THE LONDON GAZETTE — Corporate Insolvency
Company Number: 10338512
Name of Company: BRIGHTWATER LOGISTICS LIMITED
Registered office: c/o Begbies Traynor, 31st Floor, 40 Bank Street, London E14 5NR
Date of Appointment: 24 November 2026
Liquidator: Paul Appleton (IP No. 8883), liquidators@btguk.com

Explain in plain English what this notice means for the company's suppliers.`,
    ],
  ],
  [
    [
      "en",
      "neg-date:court:doc",
      `Daily cause list — Royal Courts of Justice, Court 13, Tuesday 8 December 2026
At 10:30 — BEFORE MR JUSTICE FORDHAM
KB-2026-001842 R (on the application of Friends of the Earth Ltd) v Secretary of State for Energy Security
KB-2026-002210 Patel Holdings Ltd v Westminster City Council

What kind of case is the first one likely to be?`,
    ],
  ],
  // museums and heritage
  [
    [
      "en",
      "neg-address:museum:doc",
      `Visit us
The Whitworth, University of Manchester, Oxford Road, Manchester M15 6ER
Open daily 10am–5pm, Thursdays until 9pm. Free entry.
Group bookings: whitworth.groups@manchester.ac.uk

Translate this into Spanish for our exchange students.`,
    ],
  ],
  [
    [
      "en",
      "neg-date:heritage:doc",
      `Blue plaque text: "CHARLES DICKENS 1812–1870 Novelist lived here 1837–1839" — 48 Doughty Street, London WC1N 2LX, now the Charles Dickens Museum.

Write a 60-word audio-guide script for the plaque.`,
    ],
  ],
  // event programmes
  [
    [
      "en",
      "neg-address:programme:doc",
      `PyData Dublin 2027 — Programme, Day 1
Venue: The Convention Centre Dublin, Spencer Dock, North Wall Quay, Dublin 1, D01 T1W6
09:00 Registration
09:30 Keynote: "Ten years of pandas" — Dr. Aoife Byrne (Trinity College Dublin)
11:00 Talks in Liffey A and Liffey B
Speaker contact: speakers@pydata-dublin.org

Make a one-slide agenda from this.`,
    ],
    [
      "en",
      "address:invitation:doc",
      `Fix the formatting of my son's party invitation:

You're invited to Oliver Brennan's 7th birthday!!
Saturday 16 Jan, 2–4pm
at our house: ⟦street_address|27 Castle Park Road, Dalkey, Co. Dublin A96 K2Y3⟧
RSVP to his mum Sinead`,
    ],
  ],
  // product manuals with example data
  [
    [
      "en",
      "neg-email:manual:doc",
      `User manual, section 4.2 Setting up e-mail alerts
1. Open Settings > Notifications.
2. Enter the recipient address, for example alerts@yourcompany.example.
3. Enter the SMTP server (e.g. smtp.yourcompany.example, port 587).
4. Press Test. A message "ThermoLink test alert" is sent.

Rewrite these steps as a numbered checklist for our technicians.`,
    ],
    [
      "en",
      "email:manual:chat",
      `The thermostat app wants an alert e-mail. My dad Harold Fenwick doesn't check his, so I'm putting in ⟦email|harold.fenwick1947@btinternet.com⟧ and mine as backup — is there a limit on how many addresses it takes?`,
    ],
  ],
  [
    [
      "en",
      "neg-date:manual:doc",
      `Quick-start guide — Date of birth field
The DOB field accepts DD/MM/YYYY. Example: 01/04/1985 shows as "1 April 1985". Entries before 01/01/1900 are rejected with error E-214.

Is this date format validation a good idea for international users?`,
    ],
  ],
  // government forms, blank instructions
  [
    [
      "en",
      "neg-date:form:doc",
      `Form DS-82 instructions (U.S. Passport Renewal), section 4:
"Date of birth: Enter your date of birth in MM/DD/YYYY format, e.g., 03/14/1990. It must match your most recent passport."
"Place of birth: Enter the city and state if born in the U.S."

What documents do I need to send with this form?`,
    ],
    [
      "en",
      "date:form:doc",
      `I'm filling out the renewal for my wife, does this look right?
Name: Teresa Marie Quinlan
Date of birth: ⟦date_of_birth|07/22/1986⟧
Place of birth: Dayton, Ohio
Most recent passport issued 2017.`,
    ],
  ],
  [
    [
      "en",
      "neg-financial:form:doc",
      `HMRC guidance, Self Assessment SA100, box 1: "Pay from all employments — enter the figure from your P60, for example £28,450.00. Do not include pension income here."

What goes in box 2?`,
    ],
  ],
  // news pieces on public people
  [
    [
      "en",
      "neg-financial:news:doc",
      `According to the club's published accounts, manager Eddie Howe's salary was reported at around £6 million a year, while the wage bill rose to £240m in 2025.

Write a neutral headline for this paragraph.`,
    ],
  ],
  [
    [
      "en",
      "neg-address:news:doc",
      `The Prime Minister returned to 10 Downing Street, London SW1A 2AA, on Monday evening after the summit in Brussels, a spokesperson said.

Rewrite this for a children's news site.`,
    ],
  ],
  // charity / company register extracts
  [
    [
      "en",
      "neg-address:register:doc",
      `Companies House — Overview
ACME WIDGETS LIMITED, Company number 09876543
Registered office address: Unit 4, Riverside Business Park, Stoney Lane, Bristol BS4 3EZ
Company status: Active
Incorporated on: 2 March 2016
Nature of business (SIC): 25990 – Manufacture of other fabricated metal products
Officers: JONES, Rebecca Louise — Director — Date of birth: March 1979

Is the director's date of birth here something I should redact before sharing the extract?`,
    ],
  ],
  [
    [
      "en",
      "neg-phone:contact:doc",
      `Customer service: 0800 028 0348 (free from UK landlines and mobiles), Mon–Fri 8am–8pm.
From abroad: +44 161 600 0020.
Textphone: 18001 0800 028 0348.
Write a short IVR greeting with these numbers.`,
    ],
  ],
];
