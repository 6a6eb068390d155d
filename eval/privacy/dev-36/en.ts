/**
 * Development set 36, English entries: a birth date right after a name, a letter-block postal address with an
 * initial, shorthand diagnoses of a named person or a relative, a salary written in words, a password after a cue with
 * a parenthesis — each beside hard negatives of the same shape (public people's birthdays, placeholder and company
 * addresses, textbook cases and drug leaflets, salary surveys and adverts, cues with no secret). Written before
 * anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- a birth date right after a name -----------------------------------------------------------------------------
  ["en", "dob:name-born:free", "Can you fill in this tenancy form for my neighbour? Tom Hadley, born ⟦date_of_birth|14/07/1983⟧, moving in on the 1st."],
  [
    "en",
    "dob:name-b:free",
    "Emily Watson-Reyes (b. ⟦date_of_birth|3 Nov 1991⟧) is applying for the flat above ours; draft a short character reference for her.",
  ],
  [
    "en",
    "dob:guest-list:free",
    "Ski trip insurance wants names and birth dates — Oliver Brandt, ⟦date_of_birth|1988-05-21⟧; Sara Lind, ⟦date_of_birth|1990-11-02⟧. Put them in a table.",
  ],
  ["en", "dob:son:free", "My son Daniel, born on ⟦date_of_birth|9 March 2015⟧, needs a letter for his passport renewal — write it for me."],
  ["en", "dob:csv-no-header:doc", "Fix the quoting in this row before I import it:\nHannah Osei, ⟦date_of_birth|17.08.1979⟧, Walthamstow, member since 2012"],
  ["en", "dob:name-dash:free", "Reminder for the club register: Callum Price – ⟦date_of_birth|22/12/2004⟧ – junior section, paid."],
  ["en", "dob:name-comma-age:free", "Write a birthday message for my colleague Nadia Karimi, born ⟦date_of_birth|5 June 1987⟧ — she hates fuss."],
  ["en", "dob:json:code", 'Why does my validator reject this? {"name": "Marcus Lee", "born": "⟦date_of_birth|1979-02-13⟧"}'],
  ["en", "neg-dob:public:free", "Albert Einstein, born 14 March 1879 in Ulm, was a theoretical physicist. Summarise his school years in five sentences."],
  ["en", "neg-dob:public-paren:free", "Taylor Swift (born December 13, 1989) — list her studio albums in release order."],
  ["en", "neg-dob:fiction:free", "Harry Potter, born 31 July 1980, shares a birthday with his author; why does the prophecy make that date matter?"],
  ["en", "neg-dob:placeholder:doc", "The form guide shows 'Name: John Smith, born 01/01/1970' as its example — explain why the date is written DD/MM."],
  ["en", "neg-dob:contract:free", "The lease between Acme Ltd and Brightwater Homes, dated 02/03/2020, runs for five years; when does it end?"],
  ["en", "neg-dob:public-list:free", "Queen Elizabeth II (21 April 1926) and Prince Philip (10 June 1921): how many years apart were they born?"],
  // --- a letter-block postal address with an initial ----------------------------------------------------------------
  ["en", "address:letter-block:doc", "Format this for a window envelope:\nMrs. A. Pembroke\n⟦street_address|17 Larch Avenue\nBedford MK40 2QR⟧"],
  [
    "en",
    "address:letter-block:doc",
    "Send the refund cheque to:\nDr. K. Abernathy\n⟦street_address|Flat 4, 22 Mill Lane\nHexham NE46 1AB⟧\nand tell me how long it takes.",
  ],
  ["en", "address:letter-block-us:doc", "Return address for my letter to the council:\nMs. R. Delgado\n⟦street_address|908 Cedar Ridge Dr.\nAustin, TX 78745⟧"],
  [
    "en",
    "address:grandma-inline:free",
    "Grandma's address is Mrs. E. Thornton, ⟦street_address|5 Church Row, Little Haddon, Norfolk NR12 7PL⟧ — write a birthday card message to go with the parcel.",
  ],
  ["en", "address:letter-block-slash:free", "Label for the parcel: Mr. D. Okonkwo / ⟦street_address|46 Ashgrove Road / Cardiff CF14 3JT⟧"],
  [
    "en",
    "address:letter-block-us:doc",
    "Cover letter header, please fix the spacing:\nMr. P. Sandoval\n⟦street_address|2210 West Maple Street, Apt 3\nDenver, CO 80219⟧\nDear Hiring Manager,",
  ],
  [
    "en",
    "neg-address:company:doc",
    "Send the application to:\nAcme Widgets Ltd.\nAttn: Recruitment\n1200 Industrial Parkway\nDayton, OH 45414\nWrite the cover letter.",
  ],
  [
    "en",
    "neg-address:company:doc",
    "Customer Service\nNorthwind Traders Inc.\n400 Market Street, Suite 200\nSan Francisco, CA 94105\nDraft a complaint about a late delivery to this address.",
  ],
  ["en", "neg-address:public:free", "The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500 — how do I address a letter to the President?"],
  ["en", "neg-address:fiction:doc", "Mr. S. Holmes\n221B Baker Street\nLondon NW1 6XE\nWhich museum is at this address today?"],
  [
    "en",
    "neg-address:placeholder:doc",
    "Address format example from the style guide:\nMr. J. Smith\n123 Main Street\nAnytown, ST 12345\nExplain what each line is for.",
  ],
  // --- shorthand diagnoses ------------------------------------------------------------------------------------------
  ["en", "health:shorthand-dad:free", "My dad has ⟦health|DM + HT⟧ and his creatinine came back high — what should he ask the GP on Monday?"],
  ["en", "health:handover:doc", "Handover: Mr. Okafor, 67, ⟦health|COPD exacerbation⟧, on 2L O2, ⟦health|s/p MI⟧ 2019, obs stable overnight."],
  ["en", "health:care-home:doc", "Note for the care home: Edith Marsh — ⟦health|T2DM⟧, ⟦health|CKD 3⟧, diabetic diet please, daughter visits Sundays."],
  ["en", "health:colleague:free", "Raj is off for a while — ⟦health|MDD⟧, just started sertraline. Can you rewrite the rota so nobody has to ask him?"],
  ["en", "health:pmh:doc", "Pt Gordon Fyfe. PMH: ⟦health|IHD⟧, ⟦health|T2DM⟧, ⟦health|HTN⟧. PC: central chest pain 2h. Write the referral."],
  ["en", "health:mum-shorthand:free", "mum's ⟦health|CHF⟧ + ⟦health|AFib⟧, she's on apixaban now, is it OK for her to fly to Malaga?"],
  ["en", "health:sp-stroke:free", "My father-in-law is ⟦health|s/p CVA⟧ with left-sided weakness — how do we make the bathroom safer for him?"],
  ["en", "neg-health:textbook:free", "What's the difference between T2DM and T1DM? Explain it for a first-year nursing exam."],
  ["en", "neg-health:case-study:free", "Textbook case: a 67-year-old man with COPD, s/p MI, presents with breathlessness. What is the most likely cause?"],
  ["en", "neg-health:flashcards:free", "Expand these abbreviations for my med-school flashcards: DM, HT, COPD, CKD, s/p, MI, CVA, IHD."],
  ["en", "neg-health:leaflet:doc", "From the metformin leaflet: 'Used in T2DM. Do not take if you have severe CKD.' Rewrite it in plain English."],
  ["en", "neg-health:statistics:free", "About 1.4 million people in the UK have a COPD diagnosis — which survey does that number come from?"],
  ["en", "neg-health:public:free", "Franklin D. Roosevelt had polio and hypertension while in office — how did the press cover it?"],
  // --- a salary in words --------------------------------------------------------------------------------------------
  ["en", "salary:sister-words:free", "My sister makes ⟦financial|forty-two thousand a year⟧ as a nurse — can she afford a £250k mortgage on her own?"],
  [
    "en",
    "salary:couple-words:free",
    "I earn ⟦financial|sixty-five thousand dollars a year⟧ before tax and my wife earns ⟦financial|thirty-eight thousand⟧ — help us build a budget.",
  ],
  [
    "en",
    "salary:offer-words:doc",
    "Offer letter for Daniel Kerr: base salary of ⟦financial|seventy-eight thousand pounds per annum⟧, start 1 February. Tighten the wording.",
  ],
  [
    "en",
    "salary:friend-words:free",
    "My friend Chloe just told me she's on ⟦financial|ninety grand a year⟧ — how do I ask for a raise without mentioning her?",
  ],
  ["en", "neg-salary:survey:free", "The median UK salary is about thirty-five thousand pounds a year — how does that compare with Germany?"],
  [
    "en",
    "neg-salary:advert:free",
    "The advert says 'salary forty to forty-five thousand a year, depending on experience' — is that fair for a junior developer in Leeds?",
  ],
  ["en", "neg-salary:exercise:free", "A company pays each of its 12 employees fifty thousand dollars a year. What is the total annual payroll?"],
  ["en", "neg-salary:cheque:free", "How do I write 42,000 in words on a cheque — 'forty-two thousand' with or without a hyphen?"],
  // --- a password after a cue with a parenthesis ---------------------------------------------------------------------
  ["en", "password:wifi-paren:free", "Wi-Fi PW (guest network, upstairs): ⟦password|Lantern-Otter-58⟧ — make a little sign for the spare room."],
  ["en", "password:router-paren:free", "Password for the cabin router (the grey box in the hall): ⟦password|gR7!mossyBay⟧ — print it on a card for guests."],
  ["en", "password:passcode-paren:free", "Mum's iPad passcode (the new one since Tuesday): ⟦password|482913⟧ — how does she change it to something longer?"],
  ["en", "neg-password:wifi-paren:free", "Wi-Fi PW (guest network): it's printed on the sticker under the router — where exactly is that on a FritzBox 7590?"],
  ["en", "neg-password:form-label:code", "Design a sign-up form with a field labelled 'Password (min. 12 characters):' and an eye icon to show it."],
];
